"""Sentences of the `test_v23` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v23_words` (`CLEAN_FILLERS["test_v23"]`). Written by someone who never saw
the rules.

The traps: firms, boats, clubs and pavilions named after a person (Stomerij Van Dam, Pianohandel Jan Steenbergen,
Bloemsierkunst Annemieke, Busreizen Jan de Wit, Zeilschool Pieter Vos, Strandpaviljoen Bij Kees, de 'Johanna
Maria', Bridgeclub De Lange Zeven, Stomerij Jopie); towns that are also words or surnames (Best, Born, Echt, Goes,
Tiel, Cuijk); streets named after people without a house number (Jan Pieterszoon Coenstraat, Willem de
Zwijgerlaan); pigeon rings, container numbers, assessment numbers, mandate references, order, ticket, booking and
invoice numbers (also in WhatsApp exports, audit trails, tab-separated pastes, Markdown tables, IVR logs and XML);
company phone numbers and mailboxes; piano models and product codes; prices, times, opening hours, versions and
dates that are no birth date; OCR noise and shouting in capitals. Dutch sentences avoid the words the/I/is/my, by
which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v23_words  # noqa: F401  (registers CLEAN_FILLERS["test_v23"])

_NL = [
    # pigeon racing
    "Inkorven voor {city_fr} op {weekday} vanaf {time} in het clublokaal van {pigeon}.",
    "Ring {ring} gevonden in een tuin in {city}, duif gezond en aan het eten.",
    "[12-04-26 07:50:12] {pigeon}: De vlucht van zaterdag gaat niet door wegens tegenwind.",
    "Lossing {city_fr} om {time}, wind noordoost, zicht goed.",
    "Duivenhandel Gebr. Koopman verkoopt jonge duiven vanaf {amount}.",
    "Uitslag {city_fr}: 812 duiven in concours, eerste duif om 14:32:07.",
    # skating tour
    "{skate} meldt: het ijs bij {city} draagt nog niet, tocht uitgesteld.",
    "| Tocht | Afstand | Start |\n|---|---|---|\n| Kinderronde | 15 km | {time} |\n| Toertocht | 60 km | 07:00 |",
    "Startkaarten worden vanaf {date} verstuurd, inschrijving via de app {version}.",
    "IVR {skate} 06:40 menu=ijsberichten keuze=2 wachtrij=118 duur=00:04:12",
    "Stempelposten in Sneek, Dokkum en Harlingen open van {time} tot 18:00.",
    # cemetery
    "Grafrechten op {cemetery} lopen twintig jaar, verlengen kost {amount}.",
    "2026-02-11 10:14:02 | status | oud: nieuw | nieuw: in behandeling | {ticket}",
    "Vak C, rij 12, graf 104: steen verzakt, melding doorgezet naar de hovenier.",
    "De begraafplaats aan de Willem de Zwijgerlaan sluit om {time}.",
    "Geachte heer/rnevrouw,\n\nHierbij ontvangt u {invoice} voor de onderhoudsbijdrage van {year}.",
    "Ruimen van graven op {cemetery} gepland vanaf {date}.",
    # pawnbroker
    "{pawn}\t{date}\tgouden armband\t18k\t{amount}\tverlengd",
    "Rente bij {pawn}: 2,5 procent per maand, minimaal {amount}.",
    "Veiling van niet-opgehaalde panden op {weekday} {date} om {time}.",
    "Fietsen, gitaren en horloges worden beleend, geen telefoons.",
    # coach tour
    "{tour} vertrekt om {time} vanaf het busstation in {city}, {booking}.",
    "Reis naar het Moezeldal: vijf dagen halfpension voor {amount} per persoon.",
    "Opstapplaatsen: Zwolle, Apeldoorn en Best, parkeren gratis.",
    "Chauffeur Jan de Wit rijdt al dertig jaar voor Busreizen Jan de Wit.",
    "Bus met toilet, airco en een rolstoellift, maximaal 49 reizigers.",
    # wine club
    "{wine} levert zes flessen per maand voor {amount}.",
    "Pakket maart: Rioja Crianza 2021, Grüner Veltliner en een Chileense Carménère.",
    "Alcohol verkopen aan personen onder 18 jaar doen wij niet.",
    "Bezorging {order} verschoven naar {date} tussen {time} en 17:00.",
    # windscreen
    "{glass} repareert een sterretje meestal kosteloos via {insurer}.",
    "Kalibratie van de camera na ruitvervanging kost {amount}.",
    "Autoruit Anton Beekman zit aan de Jan Pieterszoon Coenstraat, naast de wasstraat.",
    "Ruitvervanging duurt ongeveer anderhalf uur, wachtruimte met koffie.",
    # freight
    "{container} vertrekt {date} uit Rotterdam naar Willemstad.",
    "Doorlooptijd Rotterdam - Curaçao ongeveer 14 dagen, inklaren 3 werkdagen.",
    "{forwarder} rekent {amount} voor een 20ft-container, verzekering apart.",
    "Paklijst graag in het Engels, douane Curaçao vraagt dat.",
    "Ophaalafspraak gemaakt onder {booking}, verhuizers komen met twee man.",
    # piano
    "Een {model} huren kost vanaf {amount} per maand.",
    "Pianohandel Jan Steenbergen stemt piano's in heel Gelderland.",
    "Stemmen twee keer per jaar aanbevolen, na een verhuizing altijd.",
    "Huurkoop: na 24 maanden wordt de huur verrekend met de koopprijs van de {model}.",
    # escape room
    "{escape} heeft een nieuwe kamer: {room}, voor 3 tot 6 spelers.",
    "[10:20] ok, {booking} verplaatst naar {time}",
    "Spelduur 60 minuten, hints via de walkietalkie.",
    "Vrijgezellenfeest? Vraag naar het arrangement met borrel voor {amount} per persoon.",
    # water board
    "{waterboard} verstuurt de aanslagen in februari.",
    "Aanslagnummer {assessment}: betalen in tien termijnen mogelijk.",
    "Zuiveringsheffing {year}: {amount} per vervuilingseenheid.",
    '<aanslag nr="{assessment}"><bedrag>412,30</bedrag><termijnen>10</termijnen></aanslag>',
    "Dijkversterking bij Tiel en Cuijk begint in het voorjaar.",
    # sailing
    "{charter} verhuurt {boat} voor {amount} per week.",
    "Zeilschool Pieter Vos start het CWO-seizoen op {date}.",
    "Windkracht 6 verwacht, lessen op het IJsselmeer afgelast.",
    "Borg wordt binnen vijf werkdagen vrijgegeven, {invoice}.",
    "Ligplaats 41 aan steiger B vrij vanaf {date}.",
    # couriers
    "{platform} betaalt de bezorgers elke twee weken uit.",
    "Storing in de rider-app {version}, bestellingen blijven hangen.",
    "Bezorgkosten {amount}, gratis boven de 25 euro.",
    "Scooters mogen niet op het fietspad in Delft en Leiden.",
    # florist
    "{florist} bezorgt rouwstukken op dezelfde dag als besteld voor {time}.",
    "Rouwkrans 60 cm met witte rozen: {amount}.",
    "Bloemist Gerrit Jan levert ook in Hattem en Echt.",
    "Lint bedrukt met eigen tekst, zwart of wit, binnen twee uur klaar.",
    # tutoring
    "{tutor} geeft bijles wiskunde B en natuurkunde voor {amount} per uur.",
    "Examentraining in de meivakantie, {booking}.",
    "Bijlesinstituut Mr. Visser zoekt studenten als docent.",
    "Huiswerkklas van {time} tot 17:00 op de Willem de Zwijgerlaan.",
    # bridge
    "{bridge} speelt op dinsdagmiddag in het buurthuis, aanvang {time}.",
    "Uitslag zitting 14: lijn A gewonnen door paar 7 met 61,2%.",
    "Bridgeclub De Lange Zeven zoekt nieuwe leden, ook beginners.",
    "Competitie gaat door ondanks de verbouwing van de zaal.",
    # dry cleaner
    "{drycleaner} haalt op dinsdag en vrijdag op, {company_phone}.",
    "Stomen van een pak kost {amount}, binnen drie dagen klaar.",
    "Stomerij Jopie verhuist naar het winkelcentrum in Oss.",
    "Trouwjurken alleen na afspraak, {ticket}.",
    # beach huts
    "{beach} verhuurt strandhuisjes van april tot oktober.",
    "Strandpaviljoen Bij Kees open vanaf {time}, keuken tot 21:00.",
    "Huur seizoen {year}: {amount}, exclusief toeristenbelasting.",
    "Strandhuisjes bij Paal 17 worden na 1 oktober afgebroken.",
    # channels: tabs, Markdown, audit trails, IVR, OCR, vCards without people
    "{ticket}\t{date}\tstatus gesloten\tteam backoffice",
    "| Ordernummer | Status |\n|---|---|\n| {order} | verzonden |",
    "2026-03-02 14:11:09 | prioriteit | oud: laag | nieuw: hoog | {ticket}",
    "IVR 12:04 menu=openingstijden keuze=1 duur=00:00:41",
    "BEGIN:VCARD\nFN:{drycleaner}\nTEL;TYPE=work:{company_phone}\nEMAIL:{company_mail}\nEND:VCARD",
    "Bel {company_phone} of mail {company_mail}.",
    "BELANGRIJK: KANTOOR GESLOTEN OP {date}.",
    "KvK 41128833, btw NL804412288B01, vermeld op {invoice}.",
    "Prijs {amount}, geldig tot {date}.",
    "Voicemail (0:12) van afgeschermd nummer: geen bericht ingesproken.",
    "Gescand document, pagina 2 van 3: Artikel 4 - Betalingsvoorwaarden.",
]

_EN = [
    "The race from {city_fr} is cancelled, the club says.",
    "I found a pigeon with ring {ring} in my garden.",
    "Is the skating tour going ahead on {weekday_en}?",
    "The grave rights at {cemetery} expire next year, is that right?",
    "The pawnbroker {pawn} is open until {time_en}.",
    "The coach leaves at {time_en}, says the confirmation for {ticket_en}.",
    "I ordered the wine box from {wine} on {date_en}.",
    "I had my windscreen replaced by {glass} in an hour.",
    "Is {container} on the ship yet? I need my furniture.",
    "The piano tuner from {piano} is coming on {date_en}.",
    "The {model} is out of stock, the shop says.",
    "We did {room} at {escape} and I loved it.",
    "The water board sent me {invoice_en} twice, is that normal?",
    "The boat {boat} is lovely but the engine is weak.",
    "The app for couriers is on {version} now.",
    "The wreath from {florist} was beautiful, thank you for the quick delivery.",
    "My son loves the tutor at {tutor}.",
    "I think the bridge club meets at {time_en} on {weekday_en}.",
    "The dry cleaner {drycleaner} lost a button on my coat, not a big deal.",
    "The beach hut at {beach} is booked from {date_en}.",
    "I called {company_phone} and nobody picked up.",
    "Please reply to {company_mail} about {ticket_en}, the letter says.",
    "The price is {amount_en} per person.",
    "My parcel, {order_en}, is late again.",
    "The reference on the letter is {ticket_en}.",
    "Is Stomerij Van Dam the one near the station?",
    "Busreizen Jan de Wit is the company my parents use.",
    "The skipper at Zeilschool Pieter Vos is very patient.",
    "The town of Best is where the coach stops.",
    "I think Strandpaviljoen Bij Kees is closed on Mondays.",
    "The tax bill from {waterboard} is {amount_en}.",
    "I got {invoice_en}, due on {date_en}.",
    "My flight lands at {time_en}, so the beach hut key is for tomorrow.",
    "The release was at 7:15 and the first bird was home by noon.",
    "Is the escape room suitable for kids of ten?",
    "The charter company {charter} is in Friesland.",
    "Why is {order_en} with {platform}? That is odd.",
    "I paid {amount_en} for tutoring on {date_en}.",
    "The form says {version}, is that the latest?",
    "The piano is a {model}, about twenty years old.",
]

TEST_V23_CLEAN = _NL + _EN
