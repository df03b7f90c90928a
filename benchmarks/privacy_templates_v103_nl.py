"""Dutch and Flemish templates of test_v103, with Frisian, Brabant and Limburg (BE) writers: chimney sweeps, braces,
beekeeping, funeral insurance, tiny house plots, language courses, garage passes, catering, gutters and car seat
recalls, in chat hand-overs, review replies, calendar invitations, networking messages, OCR'd notes, typed forms,
complaint spreadsheets and a dental text thread."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- chimney sweeping
    ("nl", "Afspraak schoorsteen vegen bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, op {weekday} om {time}."),
    ("nl", "Goeie, ik bin {NAME_FIRST} út {town}. Us skoarstien moat wer fage wurde, skilje my op {PHONE}?"),
    (
        "nl",
        "[Roetje] Ik verbind je door met een collega.\n[Medewerker] Dag {NAME_FIRST}, mag ik je postcode?\n"
        "[Klant] {POSTCODE}",
    ),
    ("nl", "Veegcertificaat voor de verzekering: bewoner {NAME_INITIALS}, adres {ADDRESS} te {town}."),
    ("nl", "Factuur vegen betaald via {IBAN_NL} t.n.v. {NAME_CAPS}, klantnr {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Onderwerp: Schoorsteenveger\nWanneer: {weekday} {time}\nLocatie: {ADDRESS}\nDeelnemers: {EMAIL}"),
    # ---- braces
    (
        "nl",
        "Hoi, met de assistente van de ortho. Kan {NAME_FIRST} {weekday} om {time} komen voor de elastiekjes?\n"
        "Ja hoor, groetjes {NAME_FULL}",
    ),
    ("nl", "Patiënt {NAME_FULL}, geboren {DOB}, BSN {BSN}, start beugelbehandeling op {date}."),
    ("nl", "Sms van {PHONE}: 'beugel van onze {NAME_FIRST} is losgeschoten, mag ze eerder komen?'"),
    ("nl", "Machtiging orthodontie: rekeninghouder {NAME_FULL}, IBAN {IBAN}, polis {CUSTOMER_NUMBER_POLICY}."),
    (
        "nl",
        "Jonge, ons {NAME_FIRST} d'r beugel doet zeer, bel effe terug op {PHONE} of mail {EMAIL}. Houdoe, {NAME_FULL}",
    ),
    ("nl", "Geboortedatum kind: {DOB} | Ouder: {NAME_CAPS} | Tel: {PHONE}"),
    # ---- beekeeping
    (
        "nl",
        "Bestelling bijenkast voor {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, lidnr {CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Imkersvereniging: nieuw lid {NAME_LOWER}, mailadres {EMAIL}, telefoon {PHONE}."),
    ("nl", "Pakbon (gescand)\nAFLEVERADRES: {NAME_CAPS}\n{ADDRESS}\n{POSTCODE} {city}\nART. BK-10R  1 st"),
    ("nl", "Kinne jim de imkerpakken nei {ADDRESS} stjoere? Myn namme is {NAME_FULL}, betelle mei {CARD}."),
    ("nl", "Betaling bijenvolk ontvangen van {IBAN} ({NAME_SURNAME}), bedrag {amount}."),
    # ---- funeral insurance
    (
        "nl",
        "Claim uitvaartverzekering: verzekerde {NAME_FULL}, geboren {DOB}, overleden op {date}, polisnr "
        "{CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "De uitkering gaat naar {IBAN_NL} ten name van erfgenaam {NAME_FULL}, {ADDRESS}."),
    (
        "nl",
        "Klachtenlijn | {date} | beller: {NAME_FULL} | tel: {PHONE} | polis {CUSTOMER_NUMBER_POLICY} | "
        "uitkering te laat",
    ),
    ("nl", "BSN overledene {BSN_SPOKEN}, zei de beller, en de polis staat op naam van {NAME_INITIALS}."),
    ("nl", "Formulier U-12\nF01 NAAM: {NAME_CAPS}\nF02 GEB.DAT: {DOB}\nF03 BSN: {BSN}\nF04 POSTCODE: {POSTCODE}"),
    # ---- tiny house
    ("nl", "Huurcontract kavel {count} tiny house, huurder {NAME_FULL}, contractnr {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Via LinkedIn: Hoi, ik ben {NAME_FULL}, ik zoek een kavel voor mijn tiny house. Mijn nummer: {PHONE}."),
    ("nl", "Huur kavel per maand van {IBAN} afgeschreven; huurder {NAME_SURNAME}, {ADDRESS}, {POSTCODE}."),
    (
        "nl",
        "Aanvraag tiny house: aanvrager {NAME_FULL}, geboortedatum {DOB}, huidig adres {ADDRESS_BE}, "
        "{POSTCODE_BE} {city}.",
    ),
    (
        "nl",
        "Google-review van {NAME_FULL}: 'Mooie kavel!'\nReactie: Dank je, we zien je mail op {EMAIL} "
        "en bellen je terug.",
    ),
    # ---- language course
    ("nl", "Inschrijving cursus Spaans A2: {NAME_FULL}, geboren {DOB}, cursistnr {CUSTOMER_NUMBER_STUDENT}."),
    ("nl", "Amai, ik wil mij inschrijven voor Frans, ge kunt mij bereiken op {PHONE} of {EMAIL}. {NAME_FULL}"),
    ("nl", "Cursusgeld wordt in {count} termijnen geïnd van {IBAN} ten name van {NAME_CAPS}."),
    (
        "nl",
        "Uitnodiging: Intake Nederlands\nOrganisator: taalschool\nGenodigden: {NAME_FULL} <{EMAIL}>\n"
        "Tijd: {weekday} {time}",
    ),
    ("nl", "Cursist {NAME_NICK} heeft gevraagd of de les naar {weekday} kan, cursistnr {CUSTOMER_NUMBER_STUDENT}."),
    ("nl", "Inburgeraar {NAME_FULL}, BSN {BSN}, woont op {ADDRESS}, {POSTCODE} {city}."),
    # ---- parking garage
    ("nl", "Abonnement parkeergarage {CUSTOMER_NUMBER_SUBSCRIPTION} voor kenteken {PLATE}, houder {NAME_FULL}."),
    (
        "nl",
        "[Parkie] Geef je kenteken?\n[Klant] {PLATE}\n[Parkie] Ik zet je door.\n[Medewerker] Hoi {NAME_FIRST}, "
        "klopt abonnement {CUSTOMER_NUMBER_SUBSCRIPTION}?",
    ),
    ("nl", "Slagboom ging niet open voor {PLATE_ABROAD}, bestuurder {NAME_FULL} belde vanaf {PHONE_ABROAD}."),
    ("nl", "Incasso parkeerabonnement mislukt op {IBAN_NL}; abonnee {NAME_INITIALS}, tel. {PHONE}."),
    ("nl", "Wij hebben nen tweede wagen, {PLATE}, kan die op hetzelfde abonnement? Mvg {NAME_FULL}, {ADDRESS_BE}"),
    ("nl", "Parkeerkaart kwijt. Mijn kenteken is {PLATE} en mijn creditcard {CARD}. {NAME_FIRST}"),
    # ---- bakery catering
    (
        "nl",
        "Cateringbestelling koffietafel voor {count} personen, besteller {NAME_FULL}, leveren op {ADDRESS}, "
        "{POSTCODE} {town}.",
    ),
    ("nl", "Afleverbon\nKLANT: {NAME_CAPS}   KLANTNR: {CUSTOMER_NUMBER_CUSTOMER}\nTEL: {PHONE}"),
    ("nl", "Uitnodiging Outlook: Proeverij bruidstaart\nWanneer: {weekday} {time}\nDeelnemers: {NAME_FULL}; {EMAIL}"),
    ("nl", "Broodjeslunch betaald met kaart {CARD}, naam op kaart {NAME_CAPS}."),
    ("nl", "Dag bakker, de taart moet naar {ADDRESS_BE}, {POSTCODE_BE} {city}. Bel me op {PHONE}, {NAME_FIRST}"),
    # ---- roof gutters
    ("nl", "Dakgoot reinigen bij {NAME_FULL}, {ADDRESS}, {POSTCODE}; ladder past niet, graag bellen {PHONE}."),
    ("nl", "Werkbon goot: klant {NAME_SURNAME}, contract {CUSTOMER_NUMBER_CONTRACT}, bus {PLATE}."),
    ("nl", "Moi, de goat sit wer fol blêden. Kom mar op {weekday}, adres {ADDRESS}. Groetnis, {NAME_FULL}"),
    ("nl", "Klachtenlijn | | {NAME_FULL} | {PHONE} | goot lekt nog steeds | terugbellen"),
    ("nl", "Betaling goot: {amount} van {IBAN} door {NAME_FULL} op {date}."),
    # ---- car seat recall
    ("nl", "Terugroepactie autostoeltje: registratie {NAME_FULL}, {EMAIL}, kind geboren {DOB}."),
    (
        "nl",
        "Ik heb het stoeltje van ons kleinste gekocht op {date}, stuur de nieuwe gesp naar {ADDRESS}, "
        "{POSTCODE}. {NAME_FULL}",
    ),
    ("nl", "Registratieformulier\nR1 naam ouder: {NAME_LOWER}\nR2 adres: {ADDRESS}\nR3 telefoon: {PHONE}"),
    ("nl", "Contact over terugroepactie via LinkedIn: {NAME_FULL}, mail {EMAIL_SPOKEN}."),
    (
        "nl",
        "Dienen autozetel is van de reeks die terug moet? Ik woon in {ADDRESS_BE}, {POSTCODE_BE}. Groeten, {NAME_FULL}",
    ),
    # ---- mixed channels
    ("nl", "Telefonisch doorgegeven nummer: {PHONE_SPOKEN}, naam {NAME_FULL}."),
    ("nl", "Klant {NAME_FULL} vraagt om terugbellen op {PHONE}; rijdt in {PLATE}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Contactformulier: naam={NAME_LOWER}; mail={EMAIL}; geb={DOB}; postcode={POSTCODE}"),
    ("nl", "De mevrouw aan de lijn spelde haar e-mail: {EMAIL_SPOKEN}, en haar BSN: {BSN}."),
    ("nl", "Nieuwe bezorgadres: {ADDRESS}, {POSTCODE} {city} (was {ADDRESS}), namens {NAME_INITIALS}."),
    ("nl", "Rekeningnummer gewijzigd naar {IBAN}, bevestigd door {NAME_FULL} via {PHONE}."),
]
