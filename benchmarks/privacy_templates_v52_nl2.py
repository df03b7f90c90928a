"""More Dutch templates of test_v52: payroll and HR (loonstroken, verzuim, arbodienst), temp agencies and job
applications, business travel, company car lease, office supplies; Jira comments, payslips pasted from PDF,
LinkedIn messages, sales calls with two agents, e-mail signatures and CSV/TSV exports."""

from __future__ import annotations

NL2: list[tuple[str, str]] = [
    # ---- payroll and HR
    (
        "nl",
        "LOONSTROOK {period}   {payroll}\nWerknemer: {NAME_UPPER}     Pers.nr  {CUSTOMER_NUMBER_EMPLOYEE}\n"
        "BSN:   {BSN}    Geb.datum {DOB}\nNetto   {amount}   naar  {IBAN}",
    ),
    (
        "nl",
        "Naam       {NAME_REVERSED}          Afdeling  Keuken\nAdres  {ADDRESS}\n      {POSTCODE}  {city}   "
        "Loonheffingskorting: ja",
    ),
    (
        "nl",
        "Ziekmelding via {arbo}: medewerker {NAME_FULL} (personeelsnummer {CUSTOMER_NUMBER_EMPLOYEE}) is sinds "
        "{date} ziek, bereikbaar op {PHONE}.",
    ),
    (
        "nl",
        "Wijziging bankrekening voor de salarisbetaling: oud {IBAN}, nieuw {IBAN_EU} (buitenlandse rekening). "
        "Akkoord, {NAME_FULL}",
    ),
    (
        "nl",
        "Nieuwe medewerker aanmelden in {payroll}: {NAME_FULL}, geboren {DOB}, BSN {BSN}, adres {ADDRESS}, "
        "{POSTCODE} {city}.",
    ),
    (
        "nl",
        "De arbo-arts belt {NAME_FIRST} {date} om {time} op {PHONE_INTL}, zij is tijdelijk bij familie.",
    ),
    (
        "nl",
        "Jaaropgaaf kwam niet aan, ik woon sinds {month} op {ADDRESS}, {POSTCODE}. Personeelsnr "
        "{CUSTOMER_NUMBER_EMPLOYEE}, {NAME_FULL}.",
    ),
    # ---- temp agencies and job applications
    (
        "nl",
        "Sollicitatie via {agency}: CV van {NAME_FULL}, {EMAIL}, {PHONE}, kandidaatnummer "
        "{CUSTOMER_NUMBER_CANDIDATE}. Beschikbaar vanaf {date}.",
    ),
    (
        "nl",
        "Curriculum Vitae\n{NAME_UPPER}\n{ADDRESS} | {POSTCODE} {city}\nGeboortedatum: {DOB}\nRijbewijs B, "
        "eigen auto ({PLATE})",
    ),
    (
        "nl",
        "Kandidaat {CUSTOMER_NUMBER_CANDIDATE} ({NAME_FIRST}) heeft zijn BSN doorgegeven: {BSN}. Plaatsing bij "
        "{shop} per {date}.",
    ),
    (
        "nl",
        "Uitzendkracht {NAME_FULL} meldt dat het loon van week 9 niet op {IBAN} is gestort. Telefoon {PHONE_INTL}.",
    ),
    (
        "nl",
        "Intake gedaan met {NAME_FULL}, geboren op {DOB_WORDS}, spreekt Tigrinya, Arabisch en een beetje Nederlands.",
    ),
    # ---- business travel
    (
        "nl",
        "Boeking via {travel} voor {NAME_UPPER} naar Warschau op {date}; paspoortnaam exact zoals opgegeven, "
        "geboortedatum {DOB}.",
    ),
    (
        "nl",
        "Reiziger {NAME_FULL} heeft de hotelkosten met zijn privékaart {CARD} voorgeschoten, {amount}, graag "
        "declareren.",
    ),
    (
        "nl",
        "Zakenreis gewijzigd: bel {NAME_FIRST} op {PHONE}; NS Business Card van de zaak blijft gewoon geldig.",
    ),
    # ---- company car lease
    (
        "nl",
        "Schademelding {lease}: kenteken {PLATE}, bestuurder {NAME_FULL}, contract {CUSTOMER_NUMBER_LEASE}, "
        "gebeurd op de {place}.",
    ),
    (
        "nl",
        "Leaseauto {PLATE} wordt op {date} opgehaald bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}.",
    ),
    (
        "nl",
        "Boete voor {PLATE} kwam bij ons binnen; de berijder was {NAME_FULL}, personeelsnummer "
        "{CUSTOMER_NUMBER_EMPLOYEE}.",
    ),
    (
        "nl",
        "Tankpas van leasecontract {CUSTOMER_NUMBER_LEASE} kwijt. Nieuwe pas naar {ADDRESS}. Mvg {NAME_FIRST}",
    ),
    ("nl", "De bijtelling voor {PLATE} klopt niet op mijn loonstrook van {period}. Groet, {NAME_FULL}"),
    # ---- office supplies and printing
    (
        "nl",
        "Visitekaartjes bestellen bij {office}: {NAME_FULL} | {job} | {PHONE} | {EMAIL_WORK}.",
    ),
    (
        "nl",
        "Levering {sku} graag naar mijn huisadres {ADDRESS}, {POSTCODE} {city}, de winkel is {weekday} dicht.",
    ),
    # ---- Jira-style comments
    ("nl", "[~{NAME_HANDLE}] kun jij de chargeback {ref} oppakken? Klant belde weer, terugbellen op {PHONE}."),
    (
        "nl",
        "@{NAME_HANDLE} merchant {CUSTOMER_NUMBER_PSP} wil uitbetaling op {IBAN_BE}, check eerst de KYC. "
        "cc [~{NAME_HANDLE}]",
    ),
    ("nl", "{ticket}: @{NAME_HANDLE} BSN {BSN} staat in de bijlage van de klant, graag verwijderen uit het ticket."),
    # ---- LinkedIn messages
    (
        "nl",
        "Hoi {NAME_FIRST}, ik zag je profiel als {job}. Zin om even te bellen? Mijn nummer: {PHONE}. "
        "Groet, {NAME_FULL}",
    ),
    (
        "nl",
        "Dag {NAME_FULL}, dank voor je connectie! Stuur je cv gerust naar {EMAIL}, dan kijk ik mee.",
    ),
    # ---- sales calls with two agents and a customer
    (
        "nl",
        "Agent 1: Goedemiddag, u spreekt met {NAME_FIRST} van {telecom}, ik heb mijn collega {NAME_FIRST} erbij. "
        "Klant: Ja, met {NAME_FULL}, van {shop}.",
    ),
    (
        "nl",
        "Agent 2: Mag ik uw geboortedatum? Klant: {DOB_WORDS}. Agent 2: En de postcode? Klant: {POSTCODE_SPOKEN}.",
    ),
    (
        "nl",
        "Klant: Mijn e-mail is {EMAIL_SPOKEN}. Agent 1: Dank u, en het klantnummer? Klant: {CUSTOMER_NUMBER_SPOKEN}.",
    ),
    (
        "nl",
        "Agent 1: En naar welk rekeningnummer? Klant: {IBAN_SPOKEN}. Agent 2: Dan zet ik dat erin.",
    ),
    # ---- e-mail signatures
    (
        "nl",
        "Met vriendelijke groet,\n{NAME_FULL}\n{job} | {shop}\n{biz_address}, {city}\nKvK {kvk} | btw {btw}\n"
        "M {PHONE} | {EMAIL_WORK}",
    ),
    (
        "nl",
        "Groet,\n{NAME_INITIALS}\nEigenaar {shop}\nT {company_phone} (winkel) | M {PHONE} (privé)",
    ),
    # ---- CSV and TSV exports with Dutch headers
    (
        "nl",
        "naam;geboortedatum;bsn;iban;personeelsnummer\n{NAME_REVERSED};{DOB_ISO};{BSN};{IBAN};"
        "{CUSTOMER_NUMBER_EMPLOYEE}",
    ),
    (
        "nl",
        "klantnr\tbedrijfsnaam\tcontactpersoon\ttelefoon\te-mail\n{CUSTOMER_NUMBER_TELECOM}\t{shop}\t{NAME_FULL}\t"
        "{PHONE}\t{EMAIL}",
    ),
    (
        "nl",
        "kenteken,berijder,leasecontract,woonplaats\n{PLATE},{NAME_FULL},{CUSTOMER_NUMBER_LEASE},{city}",
    ),
    (
        "nl",
        "Voornaam;Achternaam;Straat;Postcode;Plaats\n{NAME_FIRST};{NAME_SURNAME};{ADDRESS};{POSTCODE};{city}",
    ),
]
