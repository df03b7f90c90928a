"""Dutch templates of test_v51, part one: health insurers (physiotherapy and dental claims), dentists and
orthodontists, GP practices (assistants, repeat prescriptions, callback requests), hospital outpatient clinics,
patient portals and referral letters."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- health insurer: physiotherapy and dental claims, premiums, cover
    ("nl", "Declaratie fysio {ticket} afgewezen: verzekerde {NAME_FULL}, relatienummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Ik heb al {count} behandelingen bij {physio} gehad, polisnummer {CUSTOMER_NUMBER_POLICY}, BSN {BSN}."),
    ("nl", "Vergoeding tandartsnota graag op {IBAN} t.n.v. {NAME_INITIALS}, het ging om {code} en {code}."),
    ("nl", "Premie wordt sinds {date} van de verkeerde rekening gehaald, moet {IBAN} zijn. Groet, {NAME_FIRST}"),
    (
        "nl",
        "Terugbelverzoek\nBeller: {NAME_REGISTER}\nTel: {PHONE}\nRelatienr: {CUSTOMER_NUMBER_POLICY}\n"
        "Vraag: machtiging fysio na knieoperatie in {hospital}",
    ),
    ("nl", "Mijn zoon {NAME_CHILD}, geboren {DOB_CHILD}, moet een beugel; valt dat onder de aanvullende polis?"),
    ("nl", "Verzekerde geverifieerd met geboortedatum {DOB} en postcode {POSTCODE}; nieuw adres is {ADDRESS}."),
    ("nl", "Wij storten {amount} terug op rekening {IBAN} van {NAME_MARRIED}, zoals besproken op {date}."),
    ("nl", "mn vrouw {NAME_FULL} zit bij jullie sinds {date}, haar bsn is {BSN} en ze wil overstappen naar {insurer}"),
    ("nl", "Overlijden verzekerde {NAME_UPPER} ({DOB_ELDER}) gemeld door dochter, tel {PHONE_LANDLINE}."),
    ("nl", "Het eigen risico van {amount} is al vol, toch betaal ik de fysio zelf? BSN {BSN}, mvg {NAME_SURNAME}"),
    ("nl", "Zorgpas kwijt van {NAME_FIRST} {NAME_SURNAME}, graag nieuwe sturen naar {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Gegevens gewijzigd via {portal}: e-mail nu {EMAIL}, mobiel {PHONE}, polis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Betaald met creditcard {CARD} voor de tandarts in {abroad}, nota van {amount} ingediend onder {ticket}."),
    # ---- physiotherapy practice
    ("nl", "Nieuwe patiënt fysio: {NAME_FULL}, {DOB}, {ADDRESS} te {city}, verzekerd bij {insurer}."),
    ("nl", "Kunt u de factuur sturen naar {EMAIL}? Groetjes {NAME_FIRST} (knie, dinsdag {time})"),
    ("nl", "Afspraak verzet voor {NAME_INITIALS}, nu {weekday} om {time}; bellen op {PHONE} als het niet past."),
    ("nl", "Oefenschema gemaild naar {EMAIL_MASKED}, patiënt {NAME_LOWER}, {count} sessies over."),
    # ---- dentist and orthodontist
    ("nl", "Tandarts: {tooth} getrokken bij {NAME_FULL}, pat.nr. {CUSTOMER_NUMBER_PATIENT}, controle over {wait}."),
    ("nl", "{dental}: intake orthodontie voor {NAME_CHILD} ({DOB_CHILD}), ouder {NAME_FULL}, tel. {PHONE}."),
    ("nl", "Beugelnota {amount} automatisch afschrijven van {IBAN}, rekeninghouder {NAME_FULL}, BSN kind {BSN}."),
    ("nl", "Mevrouw {NAME_SURNAME} belt: kroon op {tooth} is eraf, spoed? Terugbellen {PHONE_LANDLINE}."),
    ("nl", "Ik ben {NAME_FULL} en mijn nieuwe adres is {ADDRESS}, {POSTCODE}, wilt u dat doorgeven aan de tandarts"),
    ("nl", "Herinnering tandarts voor {NAME_FIRST} op {date} om {time}. Kunt u niet? Bel {company_phone}."),
    ("nl", "Patiëntkaart: {NAME_REGISTER} | geb. {DOB} | {ADDRESS_UPPER} | {POSTCODE} | {insurer}"),
    ("nl", "kind {NAME_CHILD} {NAME_SURNAME}, geb {DOB_CHILD}, heeft een melkkies gebroken op school in {city}"),
    # ---- GP practice: assistant, repeat prescriptions, callbacks
    ("nl", "Herhaalrecept {medicine} voor {NAME_FULL}, geboren {DOB}, ophalen bij {gp}."),
    ("nl", "Receptenlijn {time}: dit is {NAME_FULL}, geboortedatum {DOB_SPOKEN}, ik wil graag mijn {medicine}."),
    (
        "nl",
        "TERUGBELVERZOEK ({time})\nNaam: {NAME_UPPER}\nGeb.datum: {DOB}\nTel: {PHONE}\nKlacht: hoest "
        "{wait}, koorts\nUrgentie: U4",
    ),
    ("nl", "Assistente noteert: dhr. {NAME_INITIALS} wil terugbellen door de huisarts, nummer {PHONE_SPOKEN}."),
    ("nl", "goedemorgen, ik ben {NAME_FIRST} van {ADDRESS}, mijn vader is gevallen en kan niet opstaan"),
    ("nl", "Inschrijving huisarts: {NAME_FULL}, BSN {BSN}, vorig adres {ADDRESS} in {city}, nu {ADDRESS}."),
    ("nl", "Uitschrijven bij de praktijk: {NAME_MARRIED}, verhuisd naar {POSTCODE} {city} per {date}."),
    ("nl", "Uitslag ligt klaar voor {NAME_FULL}; patiënt wil die per mail op {EMAIL}, niet via {portal}."),
    ("nl", "Mijn moeder {NAME_FULL} ({DOB_ELDER}) krijgt haar {medicine} niet meer via de baxter, kan dat kloppen?"),
    ("nl", "ik heb gebeld vanaf {PHONE} maar de assistente zei dat ik via {portal} moet, ik ben {NAME_LOWER}"),
    ("nl", "Praktijkondersteuner: diabetescontrole {NAME_REGISTER}, bsn {BSN}, HbA1c-uitslag via {lab}."),
    # ---- hospital outpatient clinics and patient portals
    (
        "nl",
        "Verwijzing naar {clinic} van {hospital} voor {NAME_FULL}, BSN {BSN}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}.",
    ),
    ("nl", "Ik kan niet inloggen op {portal}; mijn patiëntnummer is {CUSTOMER_NUMBER_PATIENT}, mail {EMAIL}."),
    ("nl", "Afspraak {clinic} {date} {time}, {ward}. Patiënt: {NAME_INITIALS}, geb. {DOB}."),
    (
        "nl",
        "Van: {NAME_FULL} <{EMAIL}>\nAan: {clinic}, {hospital}\nOnderwerp: vraag over mijn operatie\n"
        "Mijn patiëntnummer is {CUSTOMER_NUMBER_PATIENT}.",
    ),
    (
        "nl",
        "Van: Secretariaat {clinic}\nAan: {NAME_REGISTER}\nOnderwerp: uw afspraak op {date}\n"
        "Wij hebben u niet kunnen bereiken op {PHONE}.",
    ),
    ("nl", "Parkeren bij {hospital}: kenteken {PLATE} is aangemeld voor de dagkaart van patiënt {NAME_FULL}."),
    ("nl", "Patiëntenvervoer halen bij {ADDRESS}, {POSTCODE}, mw. {NAME_SURNAME} zit in een rolstoel."),
    ("nl", "De taxi met kenteken {PLATE} stond om {time} voor de ingang, maar mevrouw {NAME_FULL} was er niet."),
    ("nl", "Nota van {hospital} klopt niet, mijn BSN {BSN} staat erop maar de behandeling is niet van mij."),
    ("nl", "Wijziging persoonsgegevens {portal}: telefoon {PHONE} -> {PHONE}, patiënt {CUSTOMER_NUMBER_PATIENT}."),
    (
        "nl",
        "Verwijsbrief\nPatiënt: {NAME_REGISTER}\nGeboortedatum: {DOB}\nAdres: {ADDRESS}, {POSTCODE} {city}\n"
        "BSN: {BSN}\nVerwezen naar: {clinic}",
    ),
    (
        "nl",
        "Geachte collega,\nHierbij verwijs ik {NAME_FULL} (geb. {DOB_WORDS}, BSN {BSN}) naar {clinic} "
        "wegens aanhoudende klachten.\nMet collegiale groet, {NAME_INITIALS}, huisarts",
    ),
    ("nl", "Ik wil mijn dossier opvragen. {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, geboren {DOB_WORDS}."),
    ("nl", "Machtiging {portal}: moeder {NAME_FULL} geeft zoon {NAME_FIRST} toegang, zijn mail is {EMAIL}."),
    ("nl", "gsm {PHONE_BE} graag gebruiken voor de sms-herinneringen, niet het vaste nummer, groeten {NAME_FIRST}"),
    # ---- callback / receptionist notes, code-switching callers
    ("nl", "Salam, ik bel voor mama {NAME_FULL}, zij spreekt geen Nederlands, wakha? Haar bsn is {BSN}."),
    ("nl", "Meneer belt namens zijn vader {NAME_FULL}, terugbellen op {PHONE}, inshallah voor {time}."),
    ("nl", "Annem {NAME_FULL} heeft morgen om {time} cardiologie, kolay gelsin, mag ik mee als tolk? {PHONE}"),
    ("nl", "Tante {NAME_FIRST} belde, fa waka, ze wil dat de poli haar neef belt op {PHONE}, geb. {DOB}."),
    ("nl", "Bon dia, mi mama {NAME_FULL} is geopereerd in {hospital}, danki voor het bellen naar {PHONE_ABROAD}."),
    ("nl", "Dzień dobry, ik ben {NAME_FULL}, mijn familie belt soms vanaf {PHONE_ABROAD}, ik woon op {ADDRESS}."),
    ("nl", "Hooyo {NAME_FULL} heeft een afspraak nodig, mahadsanid, dochter {NAME_FIRST} is bereikbaar op {PHONE}."),
    ("nl", "Tolk gewenst (Tigrinya/Arabisch) voor {NAME_FULL}, patiëntnr {CUSTOMER_NUMBER_PATIENT}, tel {PHONE}."),
    ("nl", "De naam van mijn man wordt anders gespeld: {NAME_SPELLED}, voornaam {NAME_FIRST}, geboren {DOB}."),
    ("nl", "Spelling achternaam patiënt: {NAME_SPELLED}. Postcode {POSTCODE_SPOKEN}, klopt dat?"),
]
