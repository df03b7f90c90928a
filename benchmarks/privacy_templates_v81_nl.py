"""Dutch and Flemish templates of test_v81, some written by Polish and Romanian seasonal workers: station bicycle
parking, clinics abroad, CJIB hearings, baby gear rental, stairlifts, tutors for sick children, parcel lockers,
houseboats, costume rental and horse physiotherapy, in Gorgias tickets, Threema, call transcripts, spreadsheet rows,
letters, pasted screenshots, numbered complaint forms and dictation to a voice assistant."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- bicycle parking at stations
    ("nl", "Gorgias #{count}{count} | Klant: {NAME_FULL} <{EMAIL}> | Onderwerp: fiets weggeknipt bij {station}"),
    ("nl", "Stallingsabonnement {CUSTOMER_NUMBER_MEMBER} op naam van {NAME_INITIALS} is per {date} verlengd."),
    ("nl", "Mijn fiets stond {count} dagen in de stalling, graag het teveel betaalde terug op {IBAN_NL}. {NAME_FIRST}"),
    (
        "nl",
        "Weesfiets opgehaald door {NAME_FULL}, legitimatie gezien, "
        "telefoon {PHONE}, stallingspas {CUSTOMER_NUMBER_MEMBER}.",
    ),
    (
        "nl",
        "Threema | {NAME_NICK}: mijn OV-fiets is niet ingeleverd volgens jullie "
        "maar ik heb een bon | {bot}: Even kijken!",
    ),
    # ---- private clinics abroad
    ("nl", "Patiëntdossier {CUSTOMER_NUMBER_PATIENT}: {NAME_FULL}, geb. {DOB}, behandeling in {city} op {date}."),
    ("nl", "Aanbetaling implantaten {amount} is afgeschreven van creditcard {CARD}, patiënt {NAME_SURNAME}."),
    ("nl", "De kliniek in Istanbul belde mij vanaf {PHONE_ABROAD} over mijn nazorg. Groet, {NAME_FULL}"),
    ("nl", "Declaratie buitenlandse zorg: BSN {BSN}, polisnummer {CUSTOMER_NUMBER_POLICY}, nota van {amount}."),
    ("nl", "Vervoer naar Schiphol geregeld voor {NAME_FULL}, ophaaladres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "[afbeelding] Boarding pass – Passenger: {NAME_CAPS} – Flight TK1958 – Seat 14C"),
    ("nl", "Terugbetaling van de kliniek graag naar {IBAN}; rekeninghouder {NAME_LOWER}."),
    # ---- CJIB hearing for traffic fines
    ("nl", "Hoorzitting CJIB: betrokkene {NAME_FULL}, kenteken {PLATE}, geboren {DOB}, zitting op {date} om {time}."),
    ("nl", "Ik ging in beroep tegen de boete voor {PLATE}, want op die dag reed mijn zoon {NAME_FIRST} de auto."),
    ("nl", "Beroepschrift ingediend namens {NAME_INITIALS}, BSN {BSN}, woonadres {ADDRESS}, {POSTCODE} {city}."),
    (
        "nl",
        "Boete voor busje {PLATE_ABROAD}, maar ik ben al terug in Polen, mijn telefoon {PHONE_ABROAD}, {NAME_FULL}.",
    ),
    ("nl", "Betalingsregeling CJIB aangevraagd, termijnen van {amount} van rekening {IBAN_NL}, naam {NAME_CAPS}."),
    (
        "nl",
        "{ts} ja goedemiddag {ts} u spreekt met {NAME_FULL} {ts} ik bel over de boete {ts} "
        "voor kenteken {PLATE} {ts} mijn nummer is {PHONE}",
    ),
    # ---- second-hand baby gear rental
    ("nl", "Huurcontract {CUSTOMER_NUMBER_CONTRACT}: kinderwagen {product} voor {NAME_FULL}, borg via {IBAN}."),
    ("nl", "Baby {NAME_FIRST} is geboren op {DOB}, we willen het bedje graag {count} maanden langer huren."),
    ("nl", "Bezorgen op {ADDRESS}, {POSTCODE}, vierde verdieping zonder lift, t.a.v. {NAME_SURNAME}."),
    ("nl", "Spreadsheet-export rij {count}: {PHONE};{NAME_FULL};{product};{POSTCODE};{amount}"),
    ("nl", "Spreadsheet-export rij {count}: {POSTCODE};{amount};{EMAIL};{NAME_CAPS};{product}"),
    ("nl", "Spreadsheet-export rij {count}: {product};{CUSTOMER_NUMBER_CUSTOMER};{ADDRESS};{NAME_LOWER}"),
    ("nl", "De autostoel is terug maar de borg van {amount} staat nog niet op mijn kaart {CARD}. {NAME_FULL}"),
    # ---- elevators and stairlifts
    ("nl", "Storingsmelding traplift {product} bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, tel. {PHONE}."),
    ("nl", "Onderhoudscontract {CUSTOMER_NUMBER_CONTRACT} loopt af op {date}; klant {NAME_FULL} wil verlengen."),
    ("nl", "Mijn moeder {NAME_FULL} (geboren {DOB}) zit vast halverwege de trap, bel alsjeblieft {PHONE}!"),
    (
        "nl",
        "Monteur komt {weekday} tussen {time} en {time}; "
        "sleutel ligt bij buurvrouw {NAME_SURNAME}, huisnummer {count}.",
    ),
    ("nl", "Wmo-aanvraag trapliftvoorziening: aanvrager {NAME_FULL}, BSN {BSN}, adres {ADDRESS}."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}, lift Otis in het portiek, melder {NAME_NICK} via Threema."),
    # ---- home-schooling tutors for sick children
    ("nl", "Bijles aan huis voor {NAME_FIRST} (geb. {DOB}), ligt in het ziekenhuis; ouder {NAME_FULL}, {PHONE}."),
    ("nl", "Leerling {NAME_FULL}, leerlingnummer {CUSTOMER_NUMBER_MEMBER}, krijgt {count} uur per week les aan bed."),
    ("nl", "Factuur bijles graag naar {EMAIL}, betaling vanaf {IBAN} t.n.v. {NAME_INITIALS}."),
    ("nl", "Docent {NAME_FULL} heeft een VOG, woont aan {ADDRESS} en is bereikbaar op {PHONE}."),
    ("nl", "Schooladministratie: BSN van de leerling {BSN}, geboortedatum {DOB}, school in {city}."),
    # ---- parcel lockers
    ("nl", "Mijn pakket zit al {count} dagen in de kluis en de code werkt niet. {NAME_FULL}, {POSTCODE}"),
    ("nl", "[afbeelding] Uw pakket ligt klaar | Ontvanger: {NAME_FULL} | Kluis {count} | Ophalen voor {date}"),
    ("nl", "Klantaccount {CUSTOMER_NUMBER_CUSTOMER} gekoppeld aan {EMAIL}; melding over pakketautomaat {station}."),
    ("nl", "Retour via de automaat, geld terug op {IBAN}, afzender {NAME_SURNAME}, {ADDRESS}."),
    ("nl", "Gorgias #{count}{count} | {NAME_LOWER} | 'dat ding bij de supermarkt geeft foutcode' | tel: {PHONE}"),
    # ---- houseboat mooring and berth fees
    ("nl", "Ligplaatsvergunning voor de woonboot aan {ADDRESS_BOAT}, houder {NAME_FULL}, BSN {BSN}."),
    ("nl", "Ligplaatsgeld {amount} per jaar wordt geïncasseerd van {IBAN_NL}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Post voor de woonark graag naar {ADDRESS_BOAT}, {POSTCODE} Amsterdam, t.a.v. {NAME_FULL}."),
    ("nl", "Walstroomkast kapot bij {ADDRESS_BOAT}; bewoner {NAME_FIRST} is bereikbaar op {PHONE}."),
    ("nl", "Brief van de havendienst – voettekst: {NAME_FULL} · {ADDRESS_BOAT} · {POSTCODE} · {EMAIL}"),
    # ---- costume rental for theatre groups
    ("nl", "Reservering kostuum {role} voor toneelgroep, contactpersoon {NAME_FULL}, {PHONE}, ophalen {weekday}."),
    ("nl", "Borg kostuums {amount} betaald met kaart {CARD}; lidnummer vereniging {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Speler {NAME_FIRST} {NAME_SURNAME} heeft maat {count}; het kostuum van {role} moet worden ingenomen."),
    ("nl", "Leveren op {ADDRESS}, {POSTCODE} {city} (achteringang theater), t.a.v. {NAME_INITIALS}."),
    ("nl", "Met vriendelijke groet, Toneelvereniging — {NAME_FULL} | {ADDRESS} | {POSTCODE} {city} | {PHONE}"),
    # ---- sports physiotherapy for horses
    ("nl", "Behandelverslag paard {horse}: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, {EMAIL}."),
    ("nl", "Trailer met kenteken {PLATE} van {NAME_SURNAME} staat voor de behandelstal."),
    ("nl", "Factuur lasertherapie {horse}, {amount}, graag voldoen vanaf {IBAN}; klantnr {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Paardenverzekering polis {CUSTOMER_NUMBER_POLICY}, verzekeringnemer {NAME_FULL}, geboren {DOB}."),
    # ---- numbered complaint forms
    ("nl", "1. Naam: {NAME_FULL} 2. Adres: {ADDRESS} 3. Postcode: {POSTCODE} 4. Telefoon: {PHONE} 5. Klacht: te laat"),
    ("nl", "1. Naam: {NAME_CAPS} 2. Geboortedatum: {DOB} 3. BSN: {BSN} 4. Wat ging er mis? De lift bleef hangen."),
    (
        "nl",
        "1. Klantnummer: {CUSTOMER_NUMBER_CUSTOMER} 2. E-mail: {EMAIL} 3. Rekeningnummer: {IBAN} 4. Bedrag: {amount}",
    ),
    # ---- dictation to a voice assistant
    ("nl", "Spraakassistent, dicteer: 'mijn mailadres is {EMAIL_SPOKEN}', herkend met {count}% zekerheid."),
    ("nl", "Spraakassistent, dicteer: 'bel me terug op {PHONE_SPOKEN}', gebruiker {NAME_FIRST}."),
    ("nl", "Spraakassistent-transcript: 'burgerservicenummer {BSN_SPOKEN}, ja dat klopt'."),
    ("nl", "Spraakassistent, dicteer: 'stuur de rekening naar {NAME_FULL} op {ADDRESS}'"),
    # ---- Polish and Romanian seasonal workers
    (
        "nl",
        "Goedemorgen, ik ben {NAME_FULL}, werk in kassen in Westland, "
        "mijn fiets gestolen bij station, bel {PHONE_ABROAD}.",
    ),
    ("nl", "Ik heb geen geld gekregen, mijn rekening is {IBAN}, mijn naam {NAME_FULL}, alstublieft helpen."),
    ("nl", "Mijn adres nu is {ADDRESS}, {POSTCODE}, maar in december ik ga naar Roemenië. {NAME_FIRST}"),
    ("nl", "Ik ben geboren {DOB}, BSN {BSN}, ik wil weten waarom boete CJIB. Dank u, {NAME_CAPS}"),
    ("nl", "Auto van mij {PLATE_ABROAD} heeft boete, maar ik was op werk in {city}. Mail {EMAIL}"),
    ("nl", "Threema | {NAME_NICK}: hallo, pakket niet gekomen, telefoon {PHONE}, adres {ADDRESS}"),
    ("nl", "Vlaamse klant {NAME_FULL}, {ADDRESS}, gsm {PHONE_ABROAD}: de buggy {product} is stuk geleverd."),
    ("nl", "Call {ts} klant spelt: {NAME_SURNAME} {ts} postcode {POSTCODE} {ts} huisnummer {count} {ts} klopt dat?"),
    ("nl", "Rijdend paardenarts noteert: klant {NAME_LOWER}, paard {horse}, trailer {PLATE}, volgende sessie {date}."),
]
