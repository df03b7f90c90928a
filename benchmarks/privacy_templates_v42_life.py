"""Dutch and Flemish templates of test_v42, daily life: gyms and sports clubs, rental cars and car sharing,
furniture delivery and rental agencies, in WhatsApp messages, complaint letters and voicemails."""

from __future__ import annotations

NL_LIFE: list[tuple[str, str]] = [
    # ---- sportschool en sportclub
    ("nl", "Opzegging lidmaatschap {gym}: lidnummer {CUSTOMER_NUMBER_MEMBER}, naam {NAME_FULL}, IBAN {IBAN}."),
    ("nl", "yo ik wil mn abbo pauzeren ivm blessure 🤕 lidnr {CUSTOMER_NUMBER_MEMBER}, mail is {EMAIL}"),
    ("nl", "Nieuw jeugdlid {club}: {NAME_FULL}, geboortedatum {DOB_CHILD}, ouder/verzorger {NAME_FULL}, tel {PHONE}."),
    ("nl", "Contributie {amount} van rekening {IBAN} is gestorneerd; lid {NAME_INITIALS}, {ADDRESS}."),
    (
        "nl",
        "Mijn pasje werkt niet bij de poortjes van {gym} in {city}. Lidnummer {CUSTOMER_NUMBER_MEMBER}, "
        "geboortedatum {DOB}.",
    ),
    ("nl", "Hoi trainer! {NAME_FIRST} kan {weekday} niet naar de training, hij heeft een wedstrijd met school 😅"),
    (
        "nl",
        "De incasso van {gym} loopt door na mijn opzegging per {date}. Ik wil {amount} terug op {IBAN_DE}. {NAME_FULL}",
    ),
    ("nl", "Vrijwilliger bardienst zaterdag: {NAME_FULL} ({PHONE}) ruilt met {NAME_FULL}."),
    ("nl", "Gegevens voor de VOG-aanvraag: {NAME_FULL}, geboren {DOB} in {city}, {ADDRESS}, {POSTCODE}."),
    ("nl", "Graag mijn e-mailadres aanpassen van {EMAIL} naar {EMAIL}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    # ---- autoverhuur en autodelen
    (
        "nl",
        "Schademelding: mijn eigen auto {PLATE} is geraakt door een deelauto op de {street}. Naam {NAME_FULL}, "
        "tel {PHONE}.",
    ),
    (
        "nl",
        "Borg van {amount} is twee keer afgeschreven van creditcard {CARD}; huurder {NAME_FULL}, klantnummer "
        "{CUSTOMER_NUMBER_RENTAL}.",
    ),
    ("nl", "Rijbewijscontrole mislukt: {NAME_FULL}, geboren {DOB}, woonadres {ADDRESS}, {POSTCODE} {city}."),
    (
        "nl",
        "Ik verhuur mijn eigen {car} via jullie platform, kenteken {PLATE}, maar de huurder heeft de tank leeg "
        "teruggebracht.",
    ),
    ("nl", "Boete voor een huurauto ontvangen; de bestuurder was {NAME_FULL}, {ADDRESS_DE}, {de_city}, geboren {DOB}."),
    (
        "nl",
        "ik sta bij de deelauto op {street} maar hij gaat niet open 😩 account {CUSTOMER_NUMBER_RENTAL}, bel me "
        "{PHONE}",
    ),
    (
        "nl",
        "Voicemail: ja, met {NAME_FULL}, ik heb de huurauto, eh, bij {place} neergezet in plaats van op het "
        "station, mijn klantnummer is {CUSTOMER_NUMBER_SPOKEN}.",
    ),
    ("nl", "Mijn eigen auto ({PLATE}) blijft op jullie terrein staan tijdens de huur, is dat ok? Groet {NAME_FIRST}"),
    ("nl", "Tweede bestuurder toevoegen: {NAME_FULL}, geboortedatum {DOB}, rijbewijs in {country} gehaald."),
    ("nl", "Terugbetaling eigen risico graag op {IBAN_PT}, t.n.v. {NAME_FULL}."),
    # ---- meubels en bezorging
    (
        "nl",
        "Bezorging {furniture} op {date}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, derde etage zonder lift, tel "
        "{PHONE}.",
    ),
    ("nl", "hoi!! de bank is afgeleverd maar er zit een scheur in de stof 😭😭 order {order}, groetjes {NAME_LOWER}"),
    (
        "nl",
        "Geachte heer/mevrouw,\n\nOp {date} zou de {furniture} worden bezorgd op {ADDRESS}. Niemand is gekomen. "
        "Ik heb een dag vrij genomen.\n\nHoogachtend,\n{NAME_INITIALS}\n{EMAIL}",
    ),
    ("nl", "Restbedrag {amount} betaald met kaart {CARD}, levering naar {ADDRESS_LOWER} {POSTCODE}."),
    ("nl", "De chauffeur belde naar {PHONE} maar dat is het nummer van mijn ex. Mijn nummer is {PHONE}."),
    ("nl", "Bezorgadres wijzigen: niet {ADDRESS} maar het adres van mijn zus {NAME_FIRST}, {ADDRESS}, {POSTCODE}."),
    (
        "nl",
        "Voicemail: hallo, ja, met {NAME_SURNAME}, het gaat om de kast die vandaag, eh, zou komen op de "
        "{ADDRESS_WORDS}, ik ben er vanaf {time}.",
    ),
    ("nl", "Wij wonen in {be_city}, levering over de grens kan dat? Adres {ADDRESS_BE}, gsm {PHONE_BE}."),
    ("nl", "Klacht: de monteurs hebben het parket beschadigd bij {NAME_FULL}, {ADDRESS}. Foto's volgen via {EMAIL}."),
    ("nl", "postcode is {POSTCODE} en huisnummer staat in de bestelling, de bezorger kon het niet vinden 🙄"),
    ("nl", "Mijn postcode is {POSTCODE_SPOKEN}, ja, en het huisnummer, eh, staat op de bon."),
    # ---- verhuurmakelaar en woningzoekenden
    (
        "nl",
        "Inschrijving woningzoekende: {NAME_FULL}, inschrijfnummer {CUSTOMER_NUMBER_HOUSING}, huidig adres "
        "{ADDRESS}, bruto inkomen {amount}.",
    ),
    ("nl", "Borg graag terugstorten naar {IBAN_PT}, t.n.v. {NAME_FULL}; ik woon weer in Portugal."),
    ("nl", "Huurcontract: huurder 1 {NAME_FULL}, geb. {DOB}; huurder 2 {NAME_FULL}, geb. {DOB}."),
    (
        "nl",
        "Ik wil reageren op de woning aan de {street}. Mijn inschrijfnummer is {CUSTOMER_NUMBER_HOUSING}, tel {PHONE}.",
    ),
    ("nl", "Verhuurder {NAME_FULL} heeft de borg na {count} maanden nog niet terugbetaald, ik woonde op {ADDRESS}."),
    ("nl", "Referentie vorige verhuurder: {NAME_FULL}, {EMAIL}, {PHONE_LANDLINE}."),
    ("nl", "Voor de bezichtiging: ik ben {NAME_FULL}, kom uit Syrië, werk bij {firm}. Mijn e-mail is {EMAIL_SPOKEN}."),
    ("nl", "Huurachterstand {amount}: huurder {NAME_REVERSED}, {ADDRESS}, {POSTCODE}; betalingsregeling via {IBAN}."),
    ("nl", "goeiemiddag, we zoeken een appartement voor mijn ouders uit {country}, ik ben {NAME_FULL}, tel {PHONE_DE}"),
    ("nl", "Sleuteloverdracht {date}: oude huurder {NAME_INITIALS}, nieuwe huurder {NAME_FULL}, {ADDRESS}."),
    # ---- betalen met kaart
    (
        "nl",
        "Voicemail: ja, met {NAME_FULL}, ik wil de no-show kosten betalen, mijn creditcardnummer is, eh, "
        "{CARD_SPOKEN}.",
    ),
    ("nl", "De borg voor de huurauto ({amount}) graag blokkeren op creditcard {CARD}, niet op mijn pinpas."),
    ("nl", "Er is met mijn kaart {CARD} bij {gym} betaald terwijl ik daar geen lid ben 😡"),
    ("nl", "Eerste maand huur plus borg betaald met creditcard {CARD} op naam van {NAME_INITIALS}."),
]
