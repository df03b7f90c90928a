"""Dutch, Flemish, Antillean- and Indonesian-Dutch-coloured templates of test_v65: hospital bills and insurers'
declarations, physiotherapy and GP posts, housing corporations, internet outages, blocked bank cards and fraud,
passports at the town hall, stolen bicycles, theatre bookings, pet insurance and energy subsidies, in handover notes,
escalation e-mails, CSV exports, web forms, voice-bot transcripts, ombudsman complaints, reviews and text messages."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- hospital bills and insurers' declarations
    ("nl", "Declaratie ziekenhuis ontvangen: verzekerde {NAME_FULL}, BSN {BSN}, polisnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Factuur van {firm} klopt niet, ik ben {NAME_INITIALS}, geboren {DOB}, en ik was daar nooit op {date}."),
    ("nl", "Graag het eigen risico van {amount} terugstorten op {IBAN_NL} t.n.v. {NAME_CAPS}."),
    ("nl", "Patiëntnummer {CUSTOMER_NUMBER_PATIENT}, naam {NAME_FULL}, adres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Ik kreeg een aanmaning terwijl de zorgverzekeraar het betaald heeft. Lidnr {CUSTOMER_NUMBER_MEMBER}."),
    # ---- physiotherapy and GP out-of-hours
    ("nl", "Huisartsenpost {time}: beller {NAME_SURNAME}, terugbelnummer {PHONE}, kind met koorts, geb. {DOB}."),
    ("nl", "Verwijzing fysiotherapie voor {NAME_FULL} ({DOB}), patiëntnr. {CUSTOMER_NUMBER_PATIENT}, 9 behandelingen."),
    ("nl", "Afspraak fysio verzet naar {weekday} {time}, bevestiging naar {EMAIL}."),
    ("nl", "Triage-notitie: mevr. {NAME_SURNAME}, {ADDRESS}, {POSTCODE} {town}, visite aangevraagd."),
    # ---- housing corporations: repairs and rent increases
    (
        "nl",
        "Reparatieverzoek: lekkende kraan bij {NAME_FULL}, {ADDRESS}, {POSTCODE}, huurcontract "
        "{CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Bezwaar huurverhoging {amount}, huurder {NAME_INITIALS}, huurdersnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "De monteur mag {weekday} komen, ik ben {NAME_FIRST} en bereikbaar op {PHONE}."),
    ("nl", "Woonbot Wes: wat is uw adres? | klant: {ADDRESS} {POSTCODE} | Woonbot Wes: dank u!"),
    ("nl", "Schimmel in de badkamer van {ADDRESS} meldt {NAME_LOWER} al voor de {count}e keer."),
    # ---- internet outages and router swaps
    ("nl", "Storing sinds {date}, abonneenummer {CUSTOMER_NUMBER_SUBSCRIBER}, adres {ADDRESS}, {POSTCODE}."),
    (
        "nl",
        "Nieuwe Smartwifi-modem sturen naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; retourlabel mailen "
        "naar {EMAIL}.",
    ),
    ("nl", "Klant {NAME_NICK} op het forum: al {count} dagen geen internet, bel me op {PHONE}!!"),
    ("nl", "Router omgewisseld, oude box ingeleverd door {NAME_FULL}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- bank cards and fraud
    ("nl", "Blokkeer aub mijn pas, creditcard {CARD} is gestolen. Rekening {IBAN}, naam {NAME_FULL}."),
    ("nl", "Fraudemelding: er is {amount} overgemaakt van {IBAN_NL} naar {IBAN}; klant {NAME_INITIALS} weet van niks."),
    ("nl", "Iemand belde namens de bank vanaf {PHONE} en vroeg om mijn kaartnummer {CARD}. Ik ben {NAME_FIRST}."),
    ("nl", "Nieuwe pas versturen naar {ADDRESS}, {POSTCODE} {city}, geboortedatum ter controle: {DOB}."),
    # ---- passports and ID cards at the town hall
    ("nl", "Afspraak gemeente: paspoort aanvragen voor {NAME_FULL}, BSN {BSN}, {weekday} {time}, {place}."),
    ("nl", "ID-kaart van mijn zoon {NAME_FIRST} ({DOB}) is verlopen, kan ik voor hem een afspraak maken?"),
    ("nl", "Bevestiging afspraak Stadsloket naar {EMAIL}; aanvrager {NAME_CAPS}, geboren {DOB}."),
    ("nl", "Verhuizing doorgeven: nieuw adres {ADDRESS}, {POSTCODE} {city}, BSN {BSN}."),
    # ---- bicycle theft and insurance
    ("nl", "Fiets gestolen bij {place}, verzekerd onder polis {CUSTOMER_NUMBER_POLICY}, eigenaar {NAME_FULL}."),
    ("nl", "Aangifte fietsdiefstal, framenummer onbekend, aangever {NAME_FULL}, tel. {PHONE}, {ADDRESS}."),
    ("nl", "Uitkering fietsverzekering: {amount} naar rekening {IBAN} van {NAME_INITIALS}."),
    ("nl", "De fietsendrager met kenteken {PLATE} is ook meegenomen, schrijft {NAME_FIRST}."),
    # ---- concerts and theatre
    ("nl", "Boeking balkon 1e rang voor {NAME_COUPLE}, {count} kaarten, betaald met {CARD}."),
    ("nl", "Vriendenpas {CUSTOMER_NUMBER_MEMBER} van {NAME_FULL} geeft voorrang bij de voorverkoop."),
    ("nl", "Voorstelling geannuleerd; terugbetaling naar {IBAN} (rekeninghouder {NAME_FULL}) binnen {count} dagen."),
    ("nl", "Rolstoelplaats gereserveerd voor {NAME_FULL}; begeleider belt op {PHONE_ABROAD} bij aankomst."),
    # ---- pet insurance
    ("nl", "Declaratie dierenarts voor kat Minoes, verzekeringnemer {NAME_FULL}, polis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Hond Bobbie ingeschreven op naam van {NAME_INITIALS}, {ADDRESS}, {POSTCODE_BE} {city_be}."),
    ("nl", "Premie {amount} per maand van {IBAN}; geboortedatum verzekeringnemer {DOB}."),
    # ---- solar boilers and insulation
    ("nl", "Subsidieaanvraag zonneboiler: aanvrager {NAME_FULL}, BSN {BSN}, adres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "ISDE-uitbetaling naar {IBAN_NL}, aanvrager {NAME_SURNAME}, e-mail {EMAIL}."),
    ("nl", "Isolatiebedrijf komt {weekday}, bus met kenteken {PLATE} mag op de oprit van {ADDRESS}."),
    # ---- agent handover notes
    (
        "nl",
        "Overdracht vroege dienst: {NAME_FULL} belt terug om {time} over de storing, nr {PHONE}. Nog niet opgelost.",
    ),
    (
        "nl",
        "Overdracht: klant {NAME_SURNAME} (klantnr {CUSTOMER_NUMBER_CUSTOMER}) is boos, niet nog eens in de "
        "wacht zetten.",
    ),
    ("nl", "Overdrachtsnotitie avond: pas van {NAME_INITIALS} geblokkeerd, kaart {CARD}, nieuwe pas onderweg."),
    # ---- escalation e-mails
    (
        "nl",
        "Escalatie aan teamleider — samenvatting klant: {NAME_FULL}, {ADDRESS}, {POSTCODE}, {PHONE}, sinds "
        "{date} zonder verwarming.",
    ),
    (
        "nl",
        "Onderwerp: Escalatie ombudsman\nKlant: {NAME_CAPS}\nGeboortedatum: {DOB}\nContract: "
        "{CUSTOMER_NUMBER_CONTRACT}",
    ),
    # ---- CSV exports
    ("nl", '"{NAME_CAPS}","{ADDRESS}, {POSTCODE} {city}","{PHONE}","{amount}"'),
    ("nl", 'export_declaraties.csv: {count};"{NAME_FULL}";"{BSN}";"{IBAN}";"{date}"'),
    ("nl", '"klantnr","naam","kenteken"\n"{CUSTOMER_NUMBER_CUSTOMER}","{NAME_FULL}","{PLATE}"'),
    # ---- web-form submissions
    ("nl", "Webformulier\nvoornaam: {NAME_FIRST}\nachternaam: {NAME_SURNAME}\npostcode: {POSTCODE}\ntelefoon: {PHONE}"),
    ("nl", "Formulier verzonden\nNaam: {NAME_FULL}\nE-mail: {EMAIL}\nGeboortedatum: {DOB}\nRekening: {IBAN_NL}"),
    (
        "nl",
        "Contactformulier | Naam: {NAME_LOWER} | Adres: {ADDRESS} | Postcode: {POSTCODE} | Bericht: modem "
        "knippert rood",
    ),
    # ---- voice-bot transcripts (ASR)
    ("nl", "Spraakbot transcript: klant zegt 'mijn nummer is {PHONE_SPOKEN}' [zekerheid 0,71]"),
    ("nl", "Transcript IVR: 'ik ben geboren op {DOB_SPOKEN}', naam verstaan als {NAME_LOWER}."),
    ("nl", "Spraakbot: 'burgerservicenummer {BSN_SPOKEN}' – niet opslaan in het CRM!"),
    ("nl", "ASR-log: 'mail maar naar {EMAIL_SPOKEN}' (herkend), postcode verstaan als {POSTCODE}."),
    # ---- ombudsman complaints
    (
        "nl",
        "Klacht bij de ombudsman, samenvatting: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, wacht al {count} maanden.",
    ),
    ("nl", "Aan de Ombudsman: mijn rekening {IBAN} is zonder reden bevroren. Met vriendelijke groet, {NAME_INITIALS}"),
    # ---- reviews
    ("nl", "Google-review door {NAME_NICK} ★☆☆☆☆: monteur kwam niet opdagen op {date}."),
    ("nl", "Review: 'Top geholpen door de fysio!' — {NAME_FULL}, {town}"),
    ("nl", "LinkedIn-bericht van {NAME_FULL}: 'Bel me gerust op {PHONE}, dan bespreken we de schade.'"),
    # ---- text messages with abbreviations
    ("nl", "sms: hoi idd de router is nog stuk, bel ff op {PHONE} mvg {NAME_FIRST}"),
    ("nl", "sms: thx! mn postcode is {POSTCODE} en huisnr {count}, grt {NAME_FIRST}"),
    ("nl", "whatsapp: ff checken, staat de afspraak voor {NAME_FIRST} {NAME_SURNAME} nog? idd {weekday} toch"),
    # ---- Antillean and Indonesian-Dutch customers
    ("nl", "Bon dia, mi ta {NAME_FULL}, mijn nummer op Kòrsou is {PHONE_CARIB}, ik kom in {date} terug."),
    ("nl", "Namens mijn oma {NAME_FULL} ({DOB}), zij woont op {ADDRESS}, {POSTCODE} {town}. Trima kasih!"),
    ("nl", "Selamat siang, ik ben {NAME_FULL}, mijn e-mail is {EMAIL}, de zonneboiler lekt."),
    ("nl", "Klant belt vanuit het buitenland op {PHONE_ABROAD}, kenteken huurauto hier {PLATE}, naam {NAME_SURNAME}."),
    ("nl", "Vlaamse klant: ik ben {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} {city_be}, gsm {PHONE_ABROAD}."),
    ("nl", "Auto met kenteken {PLATE_ABROAD} van {NAME_FULL} stond fout bij het theater, boete volgt."),
]
