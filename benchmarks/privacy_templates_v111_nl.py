"""Dutch, Flemish and Surinamese-Dutch templates of test_v111: OV-chipkaart refunds and rail season tickets, pension
funds and early retirement, water meter readings, broadband installations, lease-car return damage, toeslagen
repayments, parcel damage claims, airline refunds, dental lab invoices and rent-to-own furniture, in Genesys Cloud
transcripts with whispers, Instagram DMs, forwarded mail threads, Notion tables, Groningen and Brabant writing,
YAML, dictated voicemails and web forms with hidden fields."""

from __future__ import annotations

_TEMPLATES = [
    # ---- OV-chipkaart refunds and rail season tickets
    "[{t1}] Klant: ik heb mijn trajectabonnement {route} opgezegd maar er is weer {amount} afgeschreven\n"
    "[{t2}] 🔒 Whisper (alleen agent): geverifieerd, klantnummer {CUSTOMER_NUMBER_RAIL}, {NAME_FULL}\n"
    "[{t3}] Agent: dank u wel, ik kijk even met u mee",
    "{NAME_HANDLE} · Instagram\nhoi @ns_online 🙏 mn ov-chip {CUSTOMER_NUMBER_OVCARD} is niet uitgecheckt in "
    "{station}, kan ik het geld terug krijgen?\nGezien {time}",
    "Moi, ik bin op {date} vergeten uut te checken in {station_gr}. Mien ov-kaart is {CUSTOMER_NUMBER_OVCARD}, "
    "t geld mag op {IBAN_NL}. Groutjes, {NAME_FULL}",
    "| Reiziger | OV-chipkaart | Terug | IBAN |\n| --- | --- | --- | --- |\n"
    "| {NAME_FULL} | {CUSTOMER_NUMBER_OVCARD} | {amount} | {IBAN} |",
    "Formulier: Restitutie aanvragen\nnaam={NAME_FULL}\ngeboortedatum={DOB}\nkaartnummer={CUSTOMER_NUMBER_OVCARD}\n"
    '<input type="hidden" name="utm_source" value="{utm}">\n'
    '<input type="hidden" name="klant_id" value="{CUSTOMER_NUMBER_CUSTOMER}">',
    "Houdoe, ge hebt m'n {tariff} twee keer afgeschreven, da kan toch nie. Klantnummer {CUSTOMER_NUMBER_RAIL}, "
    "ik woon op {ADDRESS_BR} in {town_br}. Groetjes {NAME_FIRST}",
    'ov_restitutie:\n  reiziger: {NAME_FULL}\n  geboortedatum: "{DOB}"\n  kaart: "{CUSTOMER_NUMBER_OVCARD}"\n'
    "  reden: dubbele check-in {station}\n  status: open",
    "Fa waka, mi boi kwam op {date} met de trein van Schiphol en ze hebben twee keer {amount} van z'n kaart "
    "gehaald. Ik ben al een week aan het wakti. Bel mij op {PHONE}, tantie {NAME_SR}",
    "---------- Doorgestuurd bericht ---------\nVan: {NAME_FULL} <{EMAIL}>\nDatum: {date} {time}\n"
    "Onderwerp: Fwd: Re: restitutie jaarabonnement\n\n> Mijn studentenreisproduct liep nog door, graag "
    "terugstorten op {IBAN}",
    "P+R-abonnement bij {station}: het kenteken {PLATE} wordt niet herkend bij de slagboom. Klantnr "
    "{CUSTOMER_NUMBER_RAIL}, {NAME_INITIALS}",
    # ---- pension funds and early retirement
    "Geachte heer {NAME_INITIALS},\nU bent geboren op {DOB_RETIRE}. Met de RVU-regeling kunt u stoppen per "
    "{date}. Uw relatienummer: {CUSTOMER_NUMBER_PENSION}.",
    "Interaction {conv} · Queue PF_Vroegpensioen\n[{t1}] Whisper: beller {NAME_CAPS}, BSN {BSN}, wil deeltijdpensioen\n"
    "[{t2}] Agent: goedemiddag, u spreekt met {firm_pension}",
    "Moi, ik wil geern waiten wat ik kriej as ik op mien 63e stop. Geboren {DOB_RETIRE}, relatienummer "
    "{CUSTOMER_NUMBER_PENSION}. {NAME_FULL}, {town_gr}",
    "Voicemail {time} (transcriptie): goedemiddag met {NAME_FULL}, ik bel over mijn vroegpensioen, mijn BSN is "
    "{BSN_SPOKEN}, u kunt mailen naar {EMAIL_SPOKEN}, dank u wel.",
    "deelnemer:\n  naam: {NAME_FULL}\n  bsn: {BSN}\n  geboortedatum: {DOB_RETIRE}\n  regeling: RVU\n"
    "  ingangsdatum: {date}",
    "| Deelnemer | Geb.datum | Pensioennr | Status |\n| :-- | :-- | :-- | :-- |\n"
    "| {NAME_INITIALS} | {DOB_RETIRE} | {CUSTOMER_NUMBER_PENSION} | {status} |",
    "Ik ben grensarbeider en woon in {town_be}, {ADDRESS_BE}. Moet mijn rijksregisternummer {BSN_BE} ook op het "
    "aanvraagformulier voor mijn Nederlandse pensioen?",
    "Van: {EMAIL}\nVerzonden: {date}\nOnderwerp: FW: FW: uitruil partnerpensioen\n\n>> Mijn man {NAME_FULL} en "
    "ik willen het partnerpensioen uitruilen. Zijn BSN: {BSN}",
    "Hedde gij mijn brief van {date} wel gehad? Ik wil {count} maanden eerder stoppen, pensioennummer "
    "{CUSTOMER_NUMBER_PENSION}, telefoon {PHONE}.",
    "Beste {firm_pension}, ik ben {NAME_TYPO} en mijn uitkering van {month} is op een oude rekening gestort. "
    "Het nieuwe nummer is {IBAN_NL}.",
    # ---- water meter readings
    "Moi, de meter stait op {meter}, dat kin nait kloppen, wie binnen mit zien tweeën. {NAME_FULL}, "
    "{ADDRESS_GR}, {POSTCODE}",
    "hey @{water_handle} 👋 de opnemer heeft mijn meter overgeslagen, stand {meter}. klantnr "
    "{CUSTOMER_NUMBER_WATER}, {NAME_LOWER}",
    "[{t1}] Klant: de stand is {meter}\n[{t2}] Agent: en om welk adres gaat het?\n"
    "[{t3}] Klant: {ADDRESS}, {POSTCODE} {town}",
    'meterstand:\n  klantnummer: {CUSTOMER_NUMBER_WATER}\n  adres: "{ADDRESS}"\n  postcode: "{POSTCODE}"\n'
    "  stand_m3: {meter}\n  opgenomen: {date}",
    "Goedemiddag, ik ben voor een maand bij familie in Paramaribo, bel me op {PHONE_SR}. De stand van de meter "
    "in mijn huis aan de {ADDRESS} is {meter}. {NAME_FULL}",
    "-----Oorspronkelijk bericht-----\nVan: {NAME_FULL} <{EMAIL}>\n> > De nieuwe huurder betaalt het voorschot "
    "van {amount}, maar de incasso loopt nog van mijn rekening {IBAN_NL}",
    "| Adres | Postcode | Bewoner | Stand |\n|---|---|---|---|\n| {ADDRESS} | {POSTCODE} | {NAME_FULL} | {meter} |",
    "Meterstand doorgeven\nKlantnummer: {CUSTOMER_NUMBER_WATER}\nStand: {meter}\nE-mail: {EMAIL_OBFUSCATED}\n"
    "[hidden] bron={utm}\n[hidden] formulier={form_id}",
    "Beste {water}, wij zijn verhuisd naar {ADDRESS_BR}, {POSTCODE} {town_br}. Eindstand oud adres {meter}. "
    "Groet, {NAME_FULL}",
    # ---- broadband installations
    "Whisper (agent): monteur staat bij {ADDRESS}, klant {NAME_FULL} niet thuis, order {CUSTOMER_NUMBER_ORDER}",
    "Ge zou {weekday} {hours} komen veur de glasvezel mar d'r kwam niemand. Order {CUSTOMER_NUMBER_ORDER}, bel "
    "mij efkes op {PHONE}. {NAME_FULL}, {town_br}",
    "@{isp_handle} heey al 3 weken geen internet sinds de overstap 😤 {ADDRESS}, {POSTCODE}. bel me pls {PHONE}",
    'installatie:\n  order: {CUSTOMER_NUMBER_ORDER}\n  contact: {NAME_FULL}\n  telefoon: "{PHONE}"\n'
    "  adres: {ADDRESS}\n  postcode: {POSTCODE}\n  pakket: {speed}",
    "POST /aansluiting/afspraak\nvoornaam={NAME_FIRST}&email={EMAIL}&datum={date}\n"
    "<!-- hidden --> campaign={utm}; klant_ref={CUSTOMER_NUMBER_CUSTOMER}",
    "Moi, de monteur het t kasje in de meterkaast nait goud ophongen. Mien klantnummer is "
    "{CUSTOMER_NUMBER_CUSTOMER}, mail mie mor op {EMAIL}",
    "De technieker van {isp_be} is niet opgedaagd op {ADDRESS_BE}, {POSTCODE_BE} {town_be}. Gelieve mij terug te "
    "bellen op {PHONE_BE}.",
    "Begin doorgestuurd bericht:\n\nVan: {NAME_FULL} <{EMAIL}>\nOnderwerp: Re: Re: Uw installatieafspraak\n\n"
    "> Ik ben er {weekday} niet, mijn buurman {NAME_FIRST} doet open.",
    "Voicemail {time}: ja goeiemiddag, de glasvezel is nog steeds niet aangesloten, u spreekt met "
    "{NAME_SPELLED}, terugbellen op {PHONE_SPOKEN} graag.",
    # ---- lease-car return damage
    "Inleverrapport {lease}: kenteken {PLATE}, berijder {NAME_FULL}, schade {damage}, {amount}, contractnr "
    "{CUSTOMER_NUMBER_LEASE}.",
    "[{t1}] Whisper: berijder belt over schadetaxatie, kenteken {PLATE}\n[{t2}] Agent: mag ik ter controle uw "
    "geboortedatum?\n[{t3}] Klant: {DOB}",
    "Ik heb de {car} op {date} ingeleverd in {town_br}, kenteken {PLATE}, en nou krijg ik unne rekening van "
    "{amount} veur de velgen. Da klopt nie! {NAME_FULL}",
    "| Kenteken | Berijder | Schade | Bedrag |\n|---|---|---|---|\n| {PLATE} | {NAME_FULL} | {damage} | {amount} |",
    "{NAME_HANDLE}: hoi, mijn private lease {car} ({PLATE}) loopt af en jullie rekenen {amount} voor een steenslagje??",
    "---------- Forwarded message ---------\nFrom: {lease} Schadeafdeling\nTo: {EMAIL}\n\n> Geachte heer/mevrouw "
    "{NAME_SURNAME}, bij inname van voertuig {PLATE} is schade vastgesteld.",
    "Ba, ik heb die auto netjes terug gebracht, no span. Nu sturen ze een factuur van {amount}. Kenteken {PLATE}, "
    "mijn nummer {PHONE}. {NAME_SR}",
    "Onze collega {NAME_FULL} rijdt tijdelijk in een auto met buitenlands kenteken {PLATE_ABROAD}; de oude {car} "
    "is ingeleverd.",
    "Mijn bedrijfswagen {PLATE_BE} werd opgehaald in {town_be}; het schaderapport vermeldt krassen die er al waren. "
    "Contract {CUSTOMER_NUMBER_LEASE}, {NAME_FULL}.",
    # ---- toeslagen repayments
    "Interactie {conv}\n[{t1}] Whisper: terugvordering {toeslag}, BSN {BSN} geverifieerd\n[{t2}] Klant: ik kan "
    "die {sum} echt niet in één keer betalen\n[{t3}] Agent: dan zet ik een betalingsregeling klaar",
    "Moi, ik mout {sum} zörgtoeslag terugbetoalen mor ik heb dat geld nait. Mien BSN is {BSN}, betoalingskenmerk "
    "{CUSTOMER_NUMBER_TOESLAG}. {NAME_FULL}",
    "Ik heb de kinderopvangtoeslag van {year} al terugbetaald hoor, kenmerk {CUSTOMER_NUMBER_TOESLAG} van "
    "rekening {IBAN_NL}. Dit is al de derde brief, kba! {NAME_SR}",
    'aanvrager:\n  naam: {NAME_FULL}\n  bsn: "{BSN}"\n  geboortedatum: {DOB}\n  toeslag: {toeslag}\n'
    "  terug_te_betalen: {sum}",
    "Voicemail (auto-transcriptie) {time}: ja hallo, u spreekt met {NAME_FULL}, mijn burgerservicenummer is "
    "{BSN_SPOKEN} en u kunt me terugbellen op {PHONE_SPOKEN}.",
    "Van: {NAME_FULL} <{EMAIL}>\nOnderwerp: FW: terugvordering\n\n> > Beste, mijn moeder (geboren {DOB}, BSN "
    "{BSN}) moet {sum} terugbetalen.",
    "| BSN | Naam | Toeslag | Bedrag |\n|---|---|---|---|\n| {BSN} | {NAME_CAPS} | {toeslag} | {sum} |",
    "Ik heb unne regeling van {count} maanden afgesproken mar ge schrijft nog steeds alles af van {IBAN_NL}. "
    "Burgerservicenummer {BSN}.",
    "Nieuw adres voor de huurtoeslag: {ADDRESS}, {POSTCODE} {town}, per {date}. BSN {BSN}, {NAME_FULL}",
    "Voicemail: met {NAME_FULL}, voor de betalingsregeling mag u het geld halen van {IBAN_SPOKEN}, dank u.",
    # ---- parcel damage claims
    "Mijn pakket {CUSTOMER_NUMBER_CLAIM} kwam kapot aan op {ADDRESS}, {POSTCODE} {town}. Inhoud: {parcel_item}, "
    "waarde {amount}.",
    "@{courier_handle} jullie bezorger heeft m'n pakket over de schutting gegooid 🙄 {parcel_item} aan gruzelementen. "
    "code {CUSTOMER_NUMBER_CLAIM}, {NAME_LOWER}",
    "[{t1}] Agent: op welk adres is het bezorgd?\n[{t2}] Klant: {ADDRESS_BR}, {POSTCODE}\n[{t3}] Whisper: claim "
    "aanmaken, foto's komen via {EMAIL}",
    "Schadeclaim indienen\nNaam afzender: {NAME_FULL}\nIBAN voor vergoeding: {IBAN}\nOmschrijving: {parcel_item}\n"
    '<input type=hidden name="claim_ref" value="{CUSTOMER_NUMBER_CLAIM}">\n'
    '<input type=hidden name="form_version" value="{form_id}">',
    "Het pakje veur mien dochter in {town_gr} is kepot aankommen. Zie woont op {ADDRESS_GR}, {POSTCODE}. Bel mie "
    "op {PHONE} as ie vroagen hebben.",
    "Pakje met {parcel_item} beschadigd toegekomen op {ADDRESS_BE} te {town_be}; zendingnummer "
    "{CUSTOMER_NUMBER_CLAIM}. Terugbetaling graag op {IBAN_BE}.",
    "Namens mijn vader {NAME_FULL} (hij spreekt weinig Nederlands): zijn pakket uit het buitenland is beschadigd. "
    "Hij is bereikbaar op {PHONE_ABROAD}.",
    "> Op {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> > Claimnummer {CUSTOMER_NUMBER_CLAIM}, nog steeds "
    "niks gehoord.\n\nDoorgestuurd naar schadeafdeling.",
    "Ik had extra verzekerd verstuurd en met mijn creditcard {CARD} betaald, maar de {parcel_item} is gebroken. "
    "Graag {amount} terug.",
    # ---- airline refunds
    "@{airline_handle} mijn vlucht {flight} is geannuleerd en ik wacht al 6 weken op {amount}. boeking "
    "{CUSTOMER_NUMBER_BOOKING}, {NAME_FULL}",
    "[{t1}] Klant: de boekingscode is {CUSTOMER_NUMBER_BOOKING}\n[{t2}] Whisper: Flying Blue "
    "{CUSTOMER_NUMBER_FLYER}, Platinum\n[{t3}] Agent: ik zie de annulering van {flight}",
    "Mi famiri zou met {flight} naar Paramaribo maar de vlucht ging niet. Stort het geld terug op {IBAN_NL}, ten "
    "name van {NAME_SR}. Lange tori, ik weet.",
    "passagier:\n  naam: {NAME_CAPS}\n  geboortedatum: {DOB}\n  pnr: {CUSTOMER_NUMBER_BOOKING}\n"
    '  terugbetalen_op: "{CARD}"',
    "Claim annulering\nvolledige naam: {NAME_FULL}\nadres: {ADDRESS}, {POSTCODE}\nticket: "
    "{CUSTOMER_NUMBER_BOOKING}\n[hidden] referrer={utm}\n[hidden] vlucht={flight}",
    "| Passagier | Boeking | Vlucht | Kaart |\n|---|---|---|---|\n"
    "| {NAME_FULL} | {CUSTOMER_NUMBER_BOOKING} | {flight} | {CARD} |",
    "Wij zouden met z'n vieren naar Gran Canaria, vlucht {flight} geannuleerd. Terugbetalen op de creditcard "
    "{CARD} van {NAME_FULL} a.u.b.",
    "Van: {EMAIL}\nDatum: {date}\nOnderwerp: Fwd: Fwd: Fwd: annulering {flight}\n\nIk stuur het nog maar eens "
    "door. Geboortedatum van mijn zoon {NAME_FIRST}: {DOB}.",
    "Mijn auto {PLATE} stond op P3 tot de vervangende vlucht, wie betaalt het parkeren? {NAME_FULL}, {PHONE}",
    # ---- dental lab invoices
    "Factuur {lab}: patiënt {NAME_INITIALS}, geb. {DOB}, patiëntnr. {CUSTOMER_NUMBER_PATIENT}, {dental_item} {amount}.",
    "[{t1}] Whisper: patiënt over labfactuur {dental_item}, geboortedatum {DOB} gecontroleerd\n[{t2}] Klant: "
    "de verzekering vergoedt maar {percent}\n[{t3}] Agent: ik vraag een gespecificeerde factuur op",
    "Moi, de rekening van t tandlab veur mien kroon klopt nait. {NAME_FULL}, geboren {DOB_SPOKEN}, "
    "patiëntnummer {CUSTOMER_NUMBER_PATIENT}",
    "| Patiënt | Geb. | Werkstuk | Bedrag |\n|---|---|---|---|\n| {NAME_FULL} | {DOB} | {dental_item} | {amount} |",
    "-------- Doorgestuurd bericht --------\nOnderwerp: labkosten {month}\n> Betreft patiënt {NAME_FULL}, "
    "patiëntnummer {CUSTOMER_NUMBER_PATIENT}. Graag {amount} aan patiënt doorberekenen.",
    "Mijn moeder {NAME_FULL} heeft een nieuwe {dental_item}, maar de factuur kwam op mijn adres {ADDRESS}. Zij "
    "is geboren op {DOB}.",
    "hoi! vraagje over de rekening van m'n facings 🦷 {amount} vind ik veel. {NAME_FIRST} | {PHONE}",
    "Betaald met kaart {CARD} bij {lab} voor de {dental_item}, toch een aanmaning gekregen. {NAME_FULL}",
    # ---- rent-to-own furniture
    "Huurkoopovereenkomst {CUSTOMER_NUMBER_CONTRACT}: {furniture}, {count} termijnen van {amount}, incasso van "
    "{IBAN_NL} t.n.v. {NAME_INITIALS}.",
    "[{t1}] Whisper: achterstand {count} termijnen, klant {NAME_FULL}, contract {CUSTOMER_NUMBER_CONTRACT}\n"
    "[{t2}] Klant: de bank is kapot geleverd\n[{t3}] Agent: dan zet ik de incasso even stil",
    "Mi e taki: de {furniture} is nooit gekomen maar jullie schrijven elke maand af. Bel me op {PHONE}, ik woon "
    "{ADDRESS}. {NAME_FULL}",
    "contract:\n  id: {CUSTOMER_NUMBER_CONTRACT}\n  klant: {NAME_FULL}\n  geboortedatum: {DOB}\n  iban: {IBAN}\n"
    "  artikel: {furniture}",
    "Die {furniture} uit de huurkoop gaat terug. Kunde gij 'm ophalen op {ADDRESS_BR}, {POSTCODE}? Ik ben d'r "
    "{weekday}. {NAME_FULL}, {PHONE}",
    "Doorgestuurd door schuldhulpmaatje:\n> Van: {NAME_FULL}\n> Klantnummer {CUSTOMER_NUMBER_CUSTOMER}\n> Ik wil "
    "mijn huurkoop van de {furniture} ontbinden.",
    "| Contract | Klant | Termijn | Achterstand |\n|---|---|---|---|\n"
    "| {CUSTOMER_NUMBER_CONTRACT} | {NAME_FULL} | {amount} | {count} mnd |",
    "Aanbetaling huurkoop\nkaarthouder: {NAME_CAPS}\nkaartnummer: {CARD}\n[hidden] product_sku={sku}\n"
    "[hidden] winkel={town}",
    "Goedemiddag, ik ben {NAME_FULL}, ik betaal de termijnen met {IBAN_BE}. Bij de kredietcheck is gevraagd naar "
    "mijn geboortedatum, {DOB}, is dat normaal?",
    "Mijn vrouw heeft de eettafel besteld, zij is tot {date} bereikbaar op {PHONE_ABROAD}. Groet,\n{NAME_FULL}\n"
    "{CUSTOMER_NUMBER_BARE}",
]

NL: list[tuple[str, str]] = [("nl", template) for template in _TEMPLATES]
