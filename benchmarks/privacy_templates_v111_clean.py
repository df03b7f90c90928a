"""Sentences of test_v111 without personal data: rail refunds, pensions, water meters, broadband installs, lease
returns, toeslagen, parcel claims, cancelled flights, dental lab bills and rent-to-own furniture; public numbers,
company mailboxes, amounts, non-birth dates, flight, tariff, product and queue codes, meter readings, people-named
stations, hospitals, airports and streets used as places, furniture named like people, bots and capitalised words."""

from __future__ import annotations

import benchmarks.privacy_templates_v111_words  # noqa: F401  (registers CLEAN_FILLERS["test_v111"])

TEST_V111_CLEAN: list[str] = [
    # ---- OV-chipkaart and season tickets
    "Vergeten uit te checken? Vraag binnen {count} dagen restitutie aan, het instaptarief is {amount}.",
    "Een {tariff}-abonnement op het traject {route} kost vanaf {date} {amount} per maand.",
    "[{t1}] Whisper: wachtrij {queue}, klant nog niet geverifieerd\n[{t2}] Agent: goedemorgen, waarmee kan ik helpen?",
    "Moi! De trein van {time} uut {station_gr} rydt vandoag nait, der gaait bussen.",
    "Houdoe, de sprinter naar {station} had {count} minuten vertraging, krijg ik dan iets terug?",
    "| Traject | Abonnement | Prijs |\n| --- | --- | --- |\n| {route} | {tariff} | {amount} |",
    "Reisinformatie voor {station}: 9292 is bereikbaar via 0900-9292 ({amount} per minuut) en in de app.",
    "Bij station Groningen staat de OV-fiets {weekday} bij de uitgang richting {place_gr}.",
    "Season tickets from {station_sc} to Glasgow Queen Street go up on {date_en}, the wee increase is {amount_gb}.",
    "howzit, is the {station_za} station parking open on {weekday_en}? the robot at the gate is broken",
    "[{time}] Chatbot {bot}: Wil je restitutie voor een enkele reis? Kies 'Vergeten uit te checken' in het menu.",
    "ov_restitutie:\n  max_dagen: 30\n  instaptarief: {amount}\n  kanaal: {utm}",
    # ---- pension funds and early retirement
    "Vanaf {date} kunt u bij {firm_pension} kiezen voor deeltijdpensioen vanaf 60 jaar.",
    "De AOW-leeftijd in {year} is 67 jaar; de RVU-drempel is {sum} bruto per jaar, meldt {firm_pension}.",
    "Geachte heer/mevrouw,\nBijgaand treft u het overzicht van uw keuzes bij vervroegd pensioen per {date}."
    "\n{firm_pension}",
    "Interaction {conv} · Queue PF_Vroegpensioen\nWhisper: wachttijd {count} minuten, IVR-keuze {firm_pension}",
    "Moi, as ik {count} joar eerder stop, kriej ik den minder? Ik wait t nait meer, {firm_pension} is mie te stoer.",
    "Hedde gij ook die brief van {firm_pension} van {date} over de nieuwe pensioenregeling gehad?",
    "| Regeling | Leeftijd | Korting |\n|---|---|---|\n| Deeltijdpensioen | 60 | {percent} |"
    "\n| Vervroegd | 6{count} | {percent} |",
    "Good day, please what is the minimum age to access my retirement savings in {town_ng}?"
    " Thanks and God bless, {time}.",
    "Early retirement from age 55 reduces the pension by roughly 4 per cent a year, per the rules of"
    " {date_en}, says {bot_en}.",
    "Eish, the pension fund office near {place_en} closes at {time} on {weekday_en}.",
    "Pensioenfonds Detailhandel publiceert op {date} om {time} de nieuwe dekkingsgraad.",
    "regeling:\n  naam: RVU\n  max_maanden: 36\n  drempel: {sum}\n  fonds: {firm_pension}",
    # ---- water meter readings
    "Geef uw meterstand door vóór {date}; een schatting gaat uit van {meter} m³ per jaar.",
    "Brabant Water vervangt in {town_br} vanaf {date} de oude meters, een monteur belt vooraf aan.",
    "Moi, de wotermeter in de kelder is bevroren sinds {weekday}, wat mout ik doun? Wie wonen in {town_gr}.",
    "De gemiddelde Nederlander gebruikt zo'n 120 liter water per dag; een gezin van {count} ongeveer {meter} m³.",
    "| Meter | Type | Laatste stand | Datum |\n|---|---|---|---|\n| WM-A | Q3 2,5 | {meter} | {date} |",
    "Chatbot {bot}: Je meterstand staat linksboven op de meter, de rode cijfers zijn liters. Doorgeven kan tot {date}.",
    "Scottish Water's helpline {public_phone_uk} is open 24 hours for burst pipes in {town_sc}.",
    "Hi, the water was off in {town_za} from {time} till late, is there a schedule for the load reduction?",
    "Kindly be informed that there will be no supply in parts of {town_ng} on {date_en} due to maintenance.",
    "Waterbedrijf Groningen verhoogt het vastrecht per {date} naar {amount} per maand.",
    "Storing in {town}? Bel {water} via {public_phone}, ook 's nachts.",
    # ---- broadband installations
    "De monteur van {isp} komt {weekday} {hours}; zorg dat de meterkast vrij is.",
    "Glasvezel in Groningen: de graafwerkzaamheden bij {place_gr} duren tot {date}.",
    "Ge hoeft {weekday} nie thuis te zijn veur de buitenaansluiting in {town_br}, alleen veur de binnenkant.",
    "| Wijk | Week | Aansluitingen |\n|---|---|---|\n| Oosterpoort | {count} | {meter} |\n| Woensel-Noord | 18 | 512 |",
    'installatie:\n  pakket: "{speed}"\n  venster: "{hours}"\n  router: Experia Box v12\n  week: {count}',
    "POST /aansluiting/afspraak\npostcode_check=ok&pakket={speed}&provider={isp}\n<!-- hidden --> campaign={campaign}",
    "Your {speed_en} install is booked {hours_en} on {weekday_en}; the engineer will call ahead.",
    "yoh, fibre is finally live in our complex near {place_en} since {weekday_en}, lekker fast",
    "The technician from {isp_be} comes to Leuven on {weekday_en} {hours_en}, according to the Proximus map.",
    "Chatbot {bot}: Staat het lampje op je {isp}-modem op oranje? Herstart het kastje {count} minuten.",
    "Installatie verzet naar {date} {hours} wegens storm; nieuwe bevestiging volgt per sms.",
    # ---- lease-car return damage
    "Bij inname van een {car} controleren we banden, ruiten en lak volgens de {lease}-schadewijzer.",
    "Bij {lease} geldt een kras kleiner dan een creditcard als normale slijtage, ook op een {car} uit {year}.",
    "Inleverrapport: {damage}, herstelkosten {amount}, exclusief btw.",
    "| Schadepost | Norm | Kosten |\n|---|---|---|\n| {damage} | > 2 cm | {amount} |",
    "Ik ben bij {lease} in {town_br} geweest, de inname duurde {count} minuten, da viel mee.",
    "Lease returns at the depot near {place_en} are handled {hours_en}.",
    "The {car} comes back after 48 months; a {damage_en} costs around {amount_gb} to fix.",
    "inname:\n  voertuig: {car}\n  km_stand: 84.210\n  schade: {damage}",
    "Mijn Volvo gaat {weekday} terug naar {lease}, de Wilhelminalaan is afgesloten dus ik rij om via {town_br}.",
    # ---- toeslagen repayments
    "Moet u {toeslag} terugbetalen? U kunt een betalingsregeling van maximaal {count} maanden aanvragen.",
    "De Belastingtelefoon is bereikbaar op 0800-0543, ook over de {toeslag}; de wachttijd is nu {count} minuten.",
    "Interactie {conv}\nWhisper: wachtrij {queue}, taal Engels, nog niet geverifieerd",
    "Moi, hoe lang duurt t veurdat de definitieve berekening van de {toeslag} over {year} der is?"
    " Al {count} weken wachten.",
    "Een terugvordering van {sum} mag u in {count} termijnen betalen; rente wordt niet berekend.",
    "| Toeslag | Jaar | Voorschot | Definitief |\n|---|---|---|---|\n| {toeslag} | {year} | {sum} | {sum} |",
    "Ik heb d'r niks van begrepen, die brief over de {toeslag} van {date}, mar ik heb wel gebeld.",
    "toeslag:\n  soort: {toeslag}\n  jaar: {year}\n  termijnen: {count}",
    "The Dienst Toeslagen office in Utrecht does not accept walk-ins on {weekday_en}; letters about {toeslag} come in"
    " Dutch from {date_en}.",
    "Mi e wakti al {count} weken op een antwoord over de {toeslag}, no span, ik bel morgen weer.",
    # ---- parcel damage claims
    "Schade melden kan tot {count} dagen na bezorging via het formulier van {courier}.",
    "Verzekerd verzenden met {courier} kost {amount} extra en dekt tot € 500.",
    "@{courier_handle} bedankt voor de snelle vergoeding, de {parcel_item} is vervangen 👍",
    "Pakketpunt bij {place} is {weekday} gesloten, pakketten liggen bij de Jumbo.",
    "| Status | Aantal claims | Gem. doorlooptijd |\n|---|---|---|\n| {status} | {count} | 6 dagen |",
    "Schadeclaim indienen\nOmschrijving: {parcel_item} gebroken\n[hidden] form_version={form_id}\n[hidden] bron={utm}",
    "The courier leaves parcels with a neighbour if nobody answers {hours_en} on {weekday_en}; the card"
    " from {courier} says where.",
    "Shame, the depot near {place_en} is closed for stocktake on {date_en}.",
    "Evri's helpline moved to chat only; phone support ends on {date_en} at {time}.",
    "Kindly note that GIG Logistics in {town_ng} delivers on {weekday_en}s only.",
    "De {parcel_item} is kepot aankommen in {town_gr}, mor de bezorger kon t ook nait helpen.",
    # ---- airline refunds
    "Vlucht {flight} op {date} is geannuleerd; u kunt kiezen tussen een voucher of terugbetaling.",
    "Bij annulering van {flight} binnen 14 dagen geldt een compensatie van {amount} per persoon.",
    "@{airline_handle} waarom duurt een refund voor {flight} langer dan {count} weken?",
    "[{t1}] Whisper: wachtrij AIR_Refunds_NL, vlucht {flight}, {count} bellers in de rij\n[{t2}] Agent: goedemiddag!",
    "Flight {flight_en} from {town_sc} is delayed until {time}; aye, it's the fog again.",
    "Good day, Air Peace has rescheduled all flights to {place_en} after the runway closure of {date_en}.",
    "Passengers on {flight_en} of {date_en} can request a refund online within 7 days, no voucher required.",
    "| Vlucht | Datum | Status |\n|---|---|---|\n| {flight} | {date} | Geannuleerd |",
    "De vlucht van Surinam Airways naar {place_sr} vertrekt vanaf {date} om {time}.",
    "Mi famiri vliegt {weekday} met {flight} naar Paramaribo, hopelijk gaat de vlucht nu wel.",
    "refund_policy:\n  voucher_valid_months: {count}\n  cash_refund_days: 7\n  airline: {airline}",
    "Parkeren bij Eindhoven Airport kost {amount} per dag op P3, vanaf {date}.",
    # ---- dental lab invoices
    "Een {dental_item} valt onder code {dental_code}; de labkosten staan apart op de factuur.",
    "{lab} levert werkstukken binnen {count} werkdagen aan de praktijk.",
    "| Code | Omschrijving | Techniekkosten |\n|---|---|---|\n| {dental_code} | {dental_item} | {amount} |",
    "De tandartsverzekering vergoedt {percent} van de techniekkosten tot {amount} per jaar.",
    "Moi, is n {dental_item} uut {lab} duurder as een van de tandarts zulf?",
    "Dental labs in {town_za} charge between {amount_za} and R6 000 for a crown.",
    "Lab fees for a {dental_item_en} from {lab_en} are listed separately, code {dental_code}.",
    "Het Martini Ziekenhuis heeft sinds {year} een eigen tandtechnisch lab, open op {weekday} {hours}.",
    "Factuur {lab}\nWerkstuk: {dental_item}\nMateriaal: zirkonia\nBedrag: {amount}",
    "Chatbot {bot}: Vragen over de techniekkosten? Kies 'Factuur' of bel {public_phone}.",
    # ---- rent-to-own furniture
    "Bij huurkoop betaalt u de {furniture} in {count} termijnen van {amount}.",
    "De {furniture} is ook los te koop voor {amount}.",
    "Een huurkoopovereenkomst voor een {furniture} van {amount} valt onder de regels voor consumentenkrediet.",
    "| Artikel | Termijnen | Per maand |\n|---|---|---|\n| {furniture} | {count} | {amount} |",
    "Aanbetaling huurkoop\n[hidden] product_sku={sku}\n[hidden] winkel={town}\n[hidden] bron={utm}",
    "Ge kunt de {furniture} ook gewoon contant betalen in de winkel in {town_br}.",
    "A {furniture_en} on rent-to-own in {town_za} works out about 40 per cent dearer than paying cash.",
    "Lewis and Bradlows stores in {town_za} are open {hours_en} on {weekday_en}.",
    "Kindly note that pay-small-small plans for a {furniture_en} start at {amount_ng} a month in {town_ng}.",
    "Mi e taki, huurkoop is duur, koop je {furniture} liever tweedehands op de markt in {town}.",
    "Artikel {sku}: de stof van de {furniture} is leverbaar in grijs en okergeel, levertijd {count} weken.",
    # ---- mixed channels without personal data
    "---------- Doorgestuurd bericht ---------\nVan: klantenservice\nOnderwerp: Fwd: nieuwe openingstijden\n"
    "\n> Vanaf {date} zijn wij telefonisch bereikbaar {hours}.",
    "Voicemail (transcriptie) {time}: u bent verbonden met {firm_pension}, kies 1 voor uw"
    " pensioenoverzicht, de wachttijd is {count} minuten.",
    "Voicemail transcript {time}: you've reached {airline_en}, for refunds press two, for baggage press three.",
    "Voicemail: hallo, met de planning van {isp}, de afspraak van {weekday} gaat gewoon door, {hours}.",
    "Forwarded message\nFrom: noreply\nSubject: FW: FW: service update\n> Our office near {place_en} reopens on "
    "{date_en}.",
    "@{isp_handle} top geholpen vandaag, de monteur was er om {time} 🙌",
    "Welkom in Eindhoven! Parkeren bij {place_br} is {weekday} na {time} gratis.",
    "De Herestraat en de Vismarkt zijn op {date} vanaf {time} afgesloten voor de markt.",
    "Houdoe en bedankt, de vorige keer in {town_br} ging alles in één keer goed, {weekday} weer.",
    "| Kanaal | Reactietijd |\n|---|---|\n| Instagram | {count} uur |\n| Genesys-chat | {t2} min |"
    "\n| E-mail | 2 werkdagen |",
    "Aye, the office near {place_en} handles all the {town_sc} cases the now.",
    "Kindly revert with the correct {lab_en} form by {date_en}; we do not accept screenshots after {time}.",
    "Howzit! The shop at Nelson Mandela Square has {furniture_en}s on sale till {date_en}, doors close at {time}.",
    "Reply from {bot_en} (virtual assistant) at {time}: I can help with refunds, meter readings and bookings.",
    "Chatbot {bot}: Ik ben een digitale assistent, ik kan je niet doorverbinden na {time}.",
    "Alle Genesys-wachtrijen van {queue} worden vanaf {date} samengevoegd.",
    "Van Gogh Village in Nuenen en {place_br} trekken {weekday} veel bezoekers.",
    "Kinderen tot {count} jaar reizen gratis mee met een Kids Vrij op het traject {route}.",
    "Interaction {conv}\nWrap-up: Informatie gegeven\nDuration: {t3}",
]
