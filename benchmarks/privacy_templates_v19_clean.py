"""Sentences of the `test_v19` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v19_words` (`CLEAN_FILLERS["test_v19"]`). Written by someone who never saw the rules.

The traps: firms and products named after a person or with a surname's particle (Hans Anders, Albert Heijn, Jan
Linders, Douwe Egberts, Verkeersschool Ten Brink, Verhuisbedrijf Van der Meer, Bakkerij De Jong), towns that look
like surnames or words (Ten Boer, Ter Apel, De Bilt, Ede, Epe, Best, Son, Beek, Stein), streets without a house
number (Laan van Meerdervoort, Plein 1944), characters and shows (Nijntje, Dikkie Dik, Soldaat van Oranje), bands
(Doe Maar, Racoon), titles and roles without a name (de monteur, de tandarts, juf), order, shipment, ticket,
invoice, lot, prescription and dossier numbers, pick-up codes, meter readings and meter serials, payment references
of sixteen digits, product barcodes, KvK and VAT numbers, a company's phone number and mailbox, amounts, dates that
are no birth date (a deadline, a draw, a founding year), times, capitalised ordinary words and shouting in capitals.
Dutch sentences avoid the words the/I/is/my, by which the corpus builder tells English apart; English ones hold one.
"""

from __future__ import annotations

import benchmarks.privacy_templates_v19_words  # noqa: F401  (registers CLEAN_FILLERS["test_v19"])

_NL = [
    # energy
    "Geef uw meterstanden door vóór {date}, anders schat {supplier} het verbruik.",
    "Bij {supplier} daalt het vaste leveringstarief per {date} naar {amount} per maand.",
    "Meternummer E0031 4000 1234 5678 hoort bij de aansluiting in de meterkast.",
    "Een slimme meter stuurt de {reading} automatisch door, elke vijftien minuten.",
    "Salderen stopt vanaf 2027; teruglevering wordt dan apart verrekend.",
    "Betalingskenmerk 7000 1234 5678 9012 vermelden bij elke overboeking.",
    # housing
    "{corporation} pakt in {city} eerst de daken aan, daarna de kozijnen.",
    "Een reparatieverzoek voor {repair} handelt de aannemer binnen tien werkdagen af.",
    "De monteur komt op {weekday} rond {time}, {ticket}.",
    "Huurders van {corporation} kunnen schimmel melden via de app of {company_phone}.",
    "De renovatie aan de Laan van Meerdervoort duurt tot {date}.",
    "Bewonerscommissie Plein 1944 vergadert op {weekday} in het buurthuis.",
    # parking
    "Een parkeervergunning in {zone} kost {amount} per jaar.",
    "Bezoekers parkeren met de app tot maximaal drie uur achter elkaar.",
    "Wegwerkzaamheden in Ten Boer: de parkeerplaats bij het gemeentehuis blijft dicht tot {date}.",
    "De wachtlijst voor een vergunning in {zone} bedraagt ongeveer acht maanden.",
    "HANDHAVING CONTROLEERT VANAF {date} OOK OP ZONDAG.",
    # pharmacy
    "{pharmacy} zet herhaalmedicatie binnen twee werkdagen klaar.",
    "Voor {medicine} geldt het eigen risico, tenzij het via het ziekenhuis gaat.",
    "Recept {dossier} ligt klaar in de afhaalkluis, {pickup}.",
    "De apotheek in Ter Apel sluit op {holiday} om {time}.",
    "Neem {medicine} in op een lege maag, een half uur voor het ontbijt.",
    # driving school
    "{driving} rekent {amount} voor een les van zestig minuten.",
    "Het {exam} duurt ongeveer 55 minuten, inclusief de ogentest.",
    "Verkeersschool Ten Brink heeft nieuwe lesauto's: twee keer een {car}.",
    "Na drie keer zakken adviseert de instructeur een {exam}.",
    "Examenlocatie Den Bosch verhuist per {date} naar de Graafsebaan.",
    # funeral
    "{funeral} vergoedt de uitvaart in natura of als kapitaal.",
    "De premie van {funeral} stijgt per {date} met twee procent.",
    "Een uitvaart kost gemiddeld {amount}, inclusief de condoleance.",
    "Uitvaartcentrum De Bilt heeft een nieuwe aula met plaats voor 120 gasten.",
    # lease
    "{lessor} haalt de {car} op bij het einde van het contract.",
    "Schade boven {amount} wordt bij inlevering doorbelast.",
    "De {car} heeft een actieradius van ongeveer 400 kilometer.",
    "Inleverpunt {lessor} in {city}: open van {time} tot 17:00.",
    # moving
    "{mover} verhuist ook piano's en kluizen tot 300 kilo.",
    "Verhuisbedrijf Van der Meer rekent {amount} voor een halve dag met twee man.",
    "Een verhuislift huurt u per dagdeel, {order}.",
    "Verhuisdozen zijn gratis op te halen in Son en Best.",
    # dentist
    "{dentist} declareert {treatment} onder code {code}.",
    "De tandarts maakte een foto en adviseerde {treatment}.",
    "Mondhygiëne valt onder de aanvullende verzekering, niet onder de basis.",
    "Betaal {invoice} binnen dertig dagen via iDEAL.",
    "Lach & Zo opent een tweede praktijk in {city}.",
    # broadband
    "{provider} legt glasvezel aan in {city}, de wijk volgt in het voorjaar.",
    "Herstart de {device} door de stekker dertig seconden los te halen.",
    "Storing bij {provider} in {city} opgelost om {time}, {ticket}.",
    "Het abonnement van {provider} kost {amount} per maand, tv inbegrepen.",
    # parcel locker
    "Pakketten blijven zeven dagen in de {locker} liggen.",
    "Met {pickup} gaat het vak open; daarna gaat {order} terug naar de afzender.",
    "Zending 3SABCD1234567 ligt klaar bij de Jan Linders in Stein.",
    "De {locker} bij het station van Beek heeft veertig vakken.",
    # lottery
    "De {lottery} trekt op {date}, de uitslag staat om {time} online.",
    "Met {lot} valt helaas geen prijs.",
    "Prijzen boven {amount} worden binnen vier weken uitbetaald.",
    "Vijftig procent van de inleg van de {lottery} gaat naar goede doelen.",
    # fraud desk
    "{bank} vraagt nooit om uw pincode, ook niet via de telefoon.",
    "Bij {fraud} belt een oplichter met een nummer dat op {company_phone} lijkt.",
    "Controleer altijd de naam van de ontvanger bij een Tikkie.",
    "Fraudemeldingen zijn 24 uur per dag bereikbaar via {company_phone}.",
    # pension
    "{fund} verhoogt de pensioenen per {date} met 1,8 procent.",
    "Het UPO staat vanaf juni in Mijn {fund}.",
    "De nieuwe pensioenregels gaan in op 1 januari 2027.",
    # student loan
    "DUO stuurt het jaarbedrag vóór {date} naar alle oud-studenten.",
    "Het studentenreisproduct stopt zeven maanden na het einde van de studie.",
    "Schriftelijk contact via {company_mail} beantwoordt DUO binnen vijf werkdagen.",
    # tickets
    "{event} gaat niet door; kopers krijgen automatisch hun geld terug via {ticketsite}.",
    "{ticketsite} rekent {amount} servicekosten per bestelling.",
    "Kaarten voor Soldaat van Oranje zijn te koop tot {date}.",
    "Doe Maar speelt op {weekday} in Ahoy, deuren open om {time}.",
    # hearing aid
    "Hans Anders biedt een gratis gehoortest aan, ook op {weekday}.",
    "De {aid} laadt op in drie uur en gaat dan een dag mee.",
    "{hearing} in {city} verhuist naar de overkant van de markt.",
    "Een hoortoestel wordt om de vijf jaar vergoed door de zorgverzekeraar.",
    # childcare
    "{childcare} opent {group} per {date} met twaalf kindplaatsen.",
    "De toeslag voor kinderopvang wordt maandelijks vooruitbetaald.",
    "Bij {group} lezen ze elke ochtend voor uit Nijntje en Dikkie Dik.",
    "De BSO gaat op {holiday} dicht, de vakantieopvang draait gewoon door.",
    # general traps
    "KvK 81234567, BTW NL862145009B01, {company_mail}.",
    "Barcode 8710400123456 op de verpakking van Douwe Egberts.",
    "Bakkerij De Jong en de Albert Heijn in Epe zijn op {holiday} open.",
    "Opgericht op 12-03-1998, dus dit jaar bestaat de praktijk 27 jaar.",
    "Doorverbonden met de tweede lijn, {ticket}.",
    "Klant belde over {invoice}, uitgelegd dat de creditnota onderweg zit.",
    "Beller hing op voordat de identificatie klaar was.",
    "Cadeaubon 6063 1200 4410 2291 ongeldig, nieuwe bon aangevraagd.",
    "Geen persoonsgegevens doorgegeven, alleen een vraag over {order}.",
]

_EN = [
    "The meter readings for {supplier} are due before {date_en}, the letter says.",
    "A smart meter sends the readings every fifteen minutes, so I don't need to.",
    "The repair request is handled by {corporation} within ten working days.",
    "My parking permit for {zone} is valid until {date_en}.",
    "Visitors can park with the app for up to three hours; the fee is {amount_en}.",
    "The pharmacy says the repeat prescription is ready on {weekday_en}.",
    "A driving lesson at {driving} is {amount_en} for sixty minutes.",
    "The funeral insurance from {funeral} pays out in kind or in cash, which is common.",
    "The lease company collects the {car} at the end of the contract.",
    "The movers charge {amount_en} for half a day with two men and the van.",
    "The dentist says I need {treatment_en}, code {code} on the invoice.",
    "The fibre installation for my flat was moved to {date_en}.",
    "Parcels stay in the {locker} for seven days, then they go back.",
    "The {lottery} draw is on {date_en}; the results are online at {time}.",
    "My bank will never ask for my PIN code over the phone.",
    "The pension fund {fund} raises pensions by 1.8 percent from {date_en}, I read.",
    "The student travel product stops seven months after graduation, which is strict.",
    "{event} was cancelled and the ticket site is refunding everyone.",
    "Hans Anders is a chain of opticians and hearing-aid shops, not a person I know.",
    "The {aid} charges in three hours and lasts the whole day.",
    "The childcare centre is closed on {holiday}.",
    "My parcel ({order}) is on its way, the tracking page says.",
    "I called twice about {invoice} and nobody got back to me.",
    "The agent transferred me to the second line, {ticket}.",
    "Payment reference 7000 1234 5678 9012 is printed on the invoice.",
    "The KvK number of the moving company is 81234567.",
    "Verhuisbedrijf Van der Meer is the mover my neighbours used.",
    "Ten Boer is a village near Groningen, not a surname here.",
    "The road works on Laan van Meerdervoort last until {date_en}, the sign says.",
    "The shipment code 3SABCD1234567 is from PostNL.",
    "Soldaat van Oranje is a musical, and it is still running.",
    "My kids love Nijntje and Dikkie Dik, and so do I.",
    "The fraud desk is open 24/7 on {company_phone}.",
    "The company was founded on 12 March 1998, according to the website.",
    "I have no complaints, just a question about the new tariff.",
    "Is the {device} compatible with my old router? The manual is unclear.",
    "The repair for {repair_en} is planned for {weekday_en} morning.",
    "Best and Son are towns in Brabant; the parcel is going to Best.",
    "The lottery says {lot} did not win, which is a pity.",
    "My prescription number is {dossier}, ready at {pharmacy} after {time}.",
    "The Ziggo Dome concert is sold out, so the refund is automatic.",
    "Ter Apel is where the hearing-aid shop opened its new branch.",
    "Albert Heijn and Jan Linders both sell the {medicine} over the counter? I doubt it.",
    "Mondial Movers is cheaper than the other two quotes I got.",
    "The invoice {invoice} shows {amount_en}, which is more than quoted.",
]

TEST_V19_CLEAN = _NL + _EN
