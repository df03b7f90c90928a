"""Sentences of the `test_v24` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v24_words` (`CLEAN_FILLERS["test_v24"]`). Written by someone who never saw
the rules.

The traps: firms, clubs and groups named after a person (Ballonvaart Gijs Lammers, Kennel Huize Annemiek,
Veilinghuis Corneille Jacobs, Tentenverhuur Gebr. Kuijpers, Scouting Jan van Hoofgroep, Kringloop Tante Truus,
Feestverhuur Ed Vos); streets named after people without a house number (Karel Doormanstraat, Johan de Wittlaan);
towns that are also words (Ede, Weert, Uden); charger models and product codes; one-time codes, flight numbers,
EAN barcodes, chassis numbers, request ids, lot, voucher, order, ticket, booking and invoice numbers (also in SMS
logs, error logs, WHOIS records of firms, fax headers, Slack, EPC QR payloads, bank statement lines and HTML
remnants); company phone numbers and mailboxes; prices, times, versions and dates that are no birth date. Dutch
sentences avoid the words the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v24_words  # noqa: F401  (registers CLEAN_FILLERS["test_v24"])

_NL = [
    # sleep clinic
    "FAX\nAan: {sleep}\nVan: Huisartsenpost {city}\nBetreft: wachttijden poli\nAantal pagina's: 1",
    "{sleep} meet 's nachts hartslag, ademhaling en zuurstof; inchecken om {time}.",
    "Slaaponderzoek thuis: kastje ophalen op {weekday} en de volgende ochtend vóór 10:00 terugbrengen.",
    "[ ] Ik gebruik slaapmedicatie  [x] Ik drink koffie na 18:00  [ ] Ik werk 's nachts",
    "Onderwerp: MDO slaapgeneeskunde\nLocatie: vergaderzaal 3\nBegin: {date} 08:00",
    "CPAP-maskers maat M tijdelijk niet leverbaar, {ticket}.",
    # balloon
    "{balloon} vaart vanaf {city} om {time}, mits de wind onder de 15 knopen blijft.",
    "Instagram DM\nwat kost een ballonvaart voor twee? en kan dat ook met Koningsdag?",
    "Voucher {booking} geldig tot {date}, omzetten kost {amount}.",
    "Landingen in natuurgebied rond Ede niet toegestaan.",
    "Ballonvaart Gijs Lammers zoekt een chauffeur voor de volgauto, rijbewijs BE vereist.",
    # charge points
    "Een {charger} installeren kost vanaf {amount} inclusief montage.",
    "ERROR 2026-03-09T07:12:44Z ocpp heartbeat timeout station NL*ALF*E00321 ({request})",
    "Storing bij {chargeco}: laadpassen geweigerd tussen {time} en 09:30, {ticket}.",
    "Firmware {version} lost het probleem met de groene led op.",
    "Laadtarief {chargeco}: {amount} per kWh plus starttarief € 0,35.",
    "WARN sessie afgebroken na 0 kWh, connector 2, station AL-4410, {request}",
    # car import
    "Auto                VW Golf 1.5 eTSI\nChassisnummer       {vin}\nKm-stand            48.210",
    "RDW-keuring in {city} op {date} om {time}, meldcode volgt per post.",
    "BPM voor een diesel uit 2019 valt vaak hoger uit dan verwacht.",
    "{importer} haalt auto's op in Kleve, Düsseldorf en Keulen.",
    "Kosten import: transport {amount}, keuring € 85, leges kentekenbewijs € 52,40.",
    # valet parking
    '2026-04-02 05:41:07 sms.out to=VALETINFO text="Code {otp}" status=DELIVERED',
    "{valet}: chauffeurs staan klaar bij vertrekhal 2, vlucht {flight} landt om {time}.",
    "Parkeren 8 dagen kost {amount}, elke extra dag € 12,50.",
    "Sleutelkast 114 t/m 140 vol, nieuwe kast besteld, {ticket}.",
    "Tankservice en wasbeurt bij te boeken, {booking}.",
    # domains
    "Registrant Name: REDACTED FOR PRIVACY\nRegistrant Organization: Bakkerij De Kroon B.V.\nRegistrar: {registrar}",
    "Domein {site} verloopt op {date}, automatische verlenging staat aan.",
    "{registrar} verhoogt de prijs van .nl-domeinen naar {amount} per jaar.",
    "DNS-wijziging doorgevoerd, propagatie duurt tot 24 uur, {ticket}.",
    "SSL-certificaat voor {site} vernieuwd, versie TLS 1.3.",
    # playground
    "{playground} viert kinderfeestjes op woensdag en zaterdag vanaf {time}.",
    "Tijdstempel\tAantal kinderen\tArrangement\n2026-02-03 19:22:10\t8\tPatat + ijsje",
    "Sokken verplicht in de speelhal, ouders drinken koffie aan de tafels bij het raam.",
    "Kinderfeestje {booking} verplaatst naar {date}.",
    # scouting
    "{scouting} gaat op zomerkamp naar Nunspeet van {date} tot en met 1 augustus.",
    "[x] Welpen  [x] Scouts  [ ] Explorers  [ ] Stam",
    "Scouting Jan van Hoofgroep zoekt nieuwe leiding voor de bevers.",
    "Contributie {year}: {amount} per kwartaal, kamp apart.",
    "Opkomst zaterdag van {time} tot 12:00 bij het clubhuis aan de Karel Doormanstraat.",
    # carnival
    "{carnival} maakt de nieuwe prins bekend op 11-11 om 11:11 uur.",
    "Optocht in {city} start om {time}, route via de Johan de Wittlaan.",
    "Bouwhal open op dinsdag en donderdag, vergunning wagens tot 4 meter hoog.",
    "Kaartverkoop pronkzitting via {company_mail}, {amount} per kaart.",
    # self-storage
    "Huurovereenkomst opslagruimte\nUnit         B-114 (6 m²)\nIngangsdatum {date}\nHuur         {amount} p/m",
    "{storage} in {city} open van {time} tot 22:00, ook op zondag.",
    "Opslag Henk & Zonen verhuurt ook garageboxen bij het station.",
    "Slot vervangen bij unit C-08 na inbraakpoging, {ticket}.",
    # angling
    "VISpas {year} kost {amount}, inclusief ledenpas van {angling}.",
    "<p>Nachtvissen toegestaan van 1 juni tot 1 oktober</p><br>",
    "Wedstrijd&nbsp;{angling}&nbsp;op {date}, loten om {time}.",
    "Snoek terugzetten verplicht, ook buiten het gesloten seizoen.",
    # kennel
    "#planning-pension  {time}\nhokken 4 t/m 9 vrij vanaf {date}",
    "{kennel} vraagt een inentingsboekje en een kennelhoestvaccinatie.",
    "Kennel Huize Annemiek heeft plek voor 22 honden en 15 katten.",
    "Uitlaten drie keer per dag, extra wandeling {amount}.",
    # kringloop
    "{kringloop} haalt gratis op in {city}, behalve matrassen en vloerbedekking.",
    "SMS van KRINGLOOP: Ophaalafspraak {booking} op {weekday} om {time}.",
    "Kringloop Tante Truus verkoopt zaterdag alles voor half geld.",
    "Bankstellen alleen met brandveiligheidslabel.",
    # art library
    "{date} SEPA Incasso Crediteur: {artlib} Omschrijving: leenabonnement {year}",
    "/TRTP/SEPA OVERBOEKING/BIC/INGBNL2A/NAME/ARTOTHEEK NOORD/REMI/{invoice}",
    "{artlib} leent schilderijen uit voor {amount} per maand.",
    "Werken uit de Cobra-collectie tijdelijk niet uitleenbaar.",
    # auction
    "{auction} veilt {lot} op {date} vanaf {time}.",
    "Veilinghuis Corneille Jacobs rekent 22 procent opgeld.",
    "Munten uit de nalatenschap: zilveren rijksdaalder 1930, gulden 1954.",
    "Kijkdagen vrijdag en zaterdag bij {auction}, vanaf {time}.",
    # party rental
    "BCD\n002\n1\nSCT\nRABONL2U\nPartycentrale BV\n\nEUR245.00\n\n\n{invoice}",
    "Tentenverhuur Gebr. Kuijpers levert partytenten van 3x3 tot 10x20 meter.",
    "Springkussen huren kost {amount} per dag, opbouw inbegrepen.",
    "Feestverhuur Ed Vos zit sinds {year} in {city}.",
    "EAN {ean}: statafel wit, 4 stuks.",
    # Flemish social housing
    "{housing} verstuurt de huurprijsherziening in januari.",
    "Inschrijvingsregister {city_be}: gemiddelde wachttijd vier jaar.",
    "Renovatie van de blokken aan de Grote Markt start op {date}.",
    "Huurwaarborg bedraagt drie maanden huur, via {company_phone}.",
    # DNA
    "VERZENDLABEL\nAan: {dna}\nRetourcentrum\n{order}",
    "{dna} analyseert ruim 700.000 markers, resultaat binnen 6 weken.",
    "ERROR kit-activatie mislukt: code verlopen ({request})",
    "Uitslag bij {dna} geeft percentages per regio, geen medische informatie.",
    # channels across frames
    "Bel {company_phone} of mail {company_mail}.",
    "KvK 72114409, btw NL859210384B01, vermeld op {invoice}.",
    "Naam:&nbsp;<br>E-mail:&nbsp;<br>Telefoon:&nbsp;<br>",
    "#algemeen  {time}\n@channel koffieautomaat weer stuk, monteur komt {weekday}",
    "Verificatiecode {otp}, deel deze code met niemand.",
    "Prijs {amount}, geldig tot {date}.",
    "{order} onderweg, verwachte levering {date} vanaf {time}.",
]

_EN = [
    "The sleep study at {sleep} starts at {time_en}, is that right?",
    "I loved the balloon flight with {balloon}, the landing was bumpy though.",
    "Is the {charger} compatible with solar panels?",
    "My charge card stopped working at {time_en}; the app says {version}.",
    "The car from Germany passed the RDW inspection, chassis number {vin}.",
    "My flight is {flight}, landing at {time_en}.",
    "I paid {amount_en} for a week of valet parking with {valet}.",
    "The WHOIS shows the registrar is {registrar}, is that correct?",
    "The domain {site} expires on {date_en}, the registrar says.",
    "The kids had a great time at {playground}, my son says.",
    "Is {scouting} still looking for leaders? I could help.",
    "I heard the carnival parade in {city} starts at {time_en}.",
    "I rent a unit at {storage} for {amount_en} a month.",
    "My VISpas for {year} is in the post, says {angling}.",
    "My dog stayed at {kennel} and the staff were lovely.",
    "I dropped off a sofa at {kringloop} on {date_en}.",
    "The painting from {artlib} is lovely.",
    "I bought {lot} at {auction}.",
    "The tent from Tentenverhuur Gebr. Kuijpers was perfect for the party.",
    "The housing company {housing} sent me {invoice_en}, is that right?",
    "My DNA kit from {dna} is on its way, {order_en}.",
    "I called {company_phone} but nobody answered.",
    "Please reply to {company_mail} about {ticket_en}, the email says.",
    "The code was {otp}, but the link expired.",
    "My order, {order_en}, is late again.",
    "The price is {amount_en} per person.",
    "I think Kennel Huize Annemiek is the one near Ede.",
    "Is Veilinghuis Corneille Jacobs open on Saturday? I want to see the coins.",
    "Kringloop Tante Truus is my favourite shop.",
    "The barcode on the box is {ean}.",
    "Error {request}: the page is not available.",
    "I paid {invoice_en} on {date_en}.",
    "The Scouting Jan van Hoofgroep camp is in Nunspeet this year.",
    "The balloon company said the weather is too windy on {weekday_en}.",
    "My booking, {booking}, moved to {date_en}, the app says.",
    "Is the auction on {weekday_en} at {time_en}?",
    "The bouncy castle cost {amount_en} for the day.",
    "The charger app says {version} is the latest.",
    "I think the parade is on the Johan de Wittlaan this year.",
    "The kennel's number is {company_phone}, I believe.",
]

TEST_V24_CLEAN = _NL + _EN
