"""Dutch and Flemish templates of test_v48, part two: boat and caravan storage, marinas, camping clubs, funeral
insurance and undertakers, notaries and inheritance, dating apps and subscription traps, debt collectors and
payment plans; mail reply chains ('> ' quotes, 'Op ... schreef ...:') and scanned letters with broken lines."""

from __future__ import annotations

NL2: list[tuple[str, str]] = [
    # ---- marinas, boat and caravan storage, camping clubs
    (
        "nl",
        "Stalling bij {marina}: {berth} voor de {vessel} van {NAME_FULL}, ligplaatscontract "
        "{CUSTOMER_NUMBER_MEMBER}, incasso {IBAN}.",
    ),
    (
        "nl",
        "Caravan {PLATE_TRAILER} staat op {berth}. Eigenaar {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, "
        "tel. {PHONE_LAND}.",
    ),
    (
        "nl",
        "Beste havenmeester, ik kom de boot ophalen op {weekday}. Mijn nummer is {PHONE}. Groetjes {NAME_FIRST} "
        "({berth})",
    ),
    (
        "nl",
        "Lidmaatschap {camping} {year}: lidnummer {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL}, geb. {DOB}, e-mail {EMAIL}.",
    ),
    (
        "nl",
        "Reservering camping {city}: {NAME_FULL} + 2 kinderen, camper {PLATE}, aanbetaling {amount} met kaart {CARD}.",
    ),
    (
        "nl",
        "De campingkaart van {NAME_DOUBLE} is verstuurd naar {ADDRESS_ABROAD}, maar ze woont nu op {ADDRESS}.",
    ),
    # ---- funeral insurance and undertakers
    (
        "nl",
        "Melding overlijden: verzekerde {NAME_FULL}, geboren {DOB_WORDS}, polis {CUSTOMER_NUMBER_POLICY}, "
        "overleden op {date} in {city}. Melder: {NAME_FULL}, {PHONE}.",
    ),
    (
        "nl",
        "Uitkering uitvaartpolis {CUSTOMER_NUMBER_POLICY} graag op rekening {IBAN} t.n.v. {NAME_INITIALS} "
        "(zoon van de overledene).",
    ),
    (
        "nl",
        "gesprek nabestaande {NAME_LOWER}, moeder {NAME_LOWER} overleden {date}, polis {CUSTOMER_NUMBER_POLICY} "
        "via {funeral}, bsn overledene {BSN}",
    ),
    (
        "nl",
        "Verzekerde: {NAME_REVERSED}\nGeboortedatum: {DOB}\nAdres: {ADDRESS_BROKEN}\nPolisnummer: "
        "{CUSTOMER_NUMBER_POLICY}",
    ),
    (
        "nl",
        "voicemail {time} goeiemiddag u spreekt met {NAME_FULL} mijn man is vannacht overleden de polis staat "
        "op zijn naam geboren {DOB_SPOKEN} belt u mij terug op {PHONE_SPOKEN}",
    ),
    (
        "nl",
        "De premie voor de uitvaartverzekering van {NAME_FULL} wordt voortaan betaald door dochter {NAME_FULL}, "
        "{EMAIL}.",
    ),
    # ---- notaries and inheritance
    (
        "nl",
        "{notary}\nInzake: nalatenschap wijlen {NAME_BROKEN}, laatst wonende {ADDRESS}, {POSTCODE} "
        "{city}\nErfgenaam: {NAME_FULL}, BSN {BSN}",
    ),
    (
        "nl",
        "Verklaring van erfrecht: erflater {NAME_FULL}, geboren {DOB_WORDS}, overleden {date}; executeur "
        "{NAME_INITIALS}, tel {PHONE_LAND}.",
    ),
    (
        "nl",
        "Het saldo van de rekening {IBAN} van mijn overleden oom {NAME_FULL} mag naar de boedelrekening. "
        "Gr {NAME_FIRST}",
    ),
    (
        "nl",
        "Erfdeel voor kleinzoon {NAME_FULL} (geb. {DOB}) overmaken naar {IBAN_FOREIGN}, hij woont in {abroad}.",
    ),
    # ---- dating apps and subscription traps
    (
        "nl",
        "Ik heb mijn {dating} abonnement opgezegd maar er is weer {amount} afgeschreven van mijn kaart {CARD}. "
        "Account {EMAIL}, gebruikers-ID {CUSTOMER_NUMBER_DATING}.",
    ),
    (
        "nl",
        "proefabonnement {dating} 'gratis' maar nu 3x {amount} van {IBAN}! lid-id {CUSTOMER_NUMBER_DATING}, "
        "naam {NAME_FIRST} {NAME_SURNAME}",
    ),
    (
        "nl",
        "Verwijder graag mijn profiel ({CUSTOMER_NUMBER_DATING}) en alle foto's. Mijn e-mail is "
        "{EMAIL_OBSCURED}, telefoon {PHONE}.",
    ),
    (
        "nl",
        "Iemand gebruikt mijn foto's op {dating} onder de naam {NAME_FULL}. Ik ben {NAME_FULL}, geb. {DOB}.",
    ),
    # ---- debt collectors, payment plans, debt help
    (
        "nl",
        "Aan {collector}: ik wil een betalingsregeling voor dossier {invoice}. Debiteurnummer "
        "{CUSTOMER_NUMBER_DEBTOR}, {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    ),
    (
        "nl",
        "regeling afgesproken met {NAME_LOWER}: 12 x {amount}, eerste termijn {date}, deb.nr "
        "{CUSTOMER_NUMBER_DEBTOR}, tel {PHONE}",
    ),
    (
        "nl",
        "Mijn schuldhulpverlener van {debthelp} heeft u gemaild. Mijn BSN is {BSN_SPOKEN}, zegt u dat maar door.",
    ),
    (
        "nl",
        "Beslag op loon van {NAME_INITIALS} (BSN {BSN}), beslagvrije voet {amount}, werkgever in {city}.",
    ),
    (
        "nl",
        "Goeiendag, ik ben {NAME_FULL} en ik heb een brief van {collector} gekregen voor een schuld die niet "
        "van mij is, mijn geboortedatum is {DOB_WORDS}.",
    ),
    (
        "nl",
        "Ik kan niet betalen, ik heb al een WSNP-traject. Stuur de post naar {ADDRESS}, {POSTCODE_SPOKEN}. {NAME_FULL}",
    ),
    # ---- reply chains and scanned letters
    (
        "nl",
        "Dank voor uw reactie.\n\nOp {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Mijn klantnummer is "
        "{CUSTOMER_NUMBER_WATER}\n> en mijn telefoon {PHONE}",
    ),
    (
        "nl",
        "> Van: {EMAIL}\n> Verzonden: {weekday}\n> Onderwerp: kenteken {PLATE}\n>\n> Graag de vergunning omzetten."
        "\n\nBeste {NAME_FIRST}, dat is gebeurd.",
    ),
    (
        "nl",
        "Op {date} schreef {collector}:\n> Geachte heer {NAME_SURNAME},\n> u heeft een achterstand van {amount}"
        "\n\nIk heb al betaald vanaf {IBAN}!",
    ),
    (
        "nl",
        "Geachte mevrouw {NAME_SURNAME},\n\nHierbij ont-\nvangt u de polis. Uw geboortedatum ({DOB}) en\nBSN "
        "({BSN}) zijn gecontroleerd.",
    ),
    (
        "nl",
        "Naam aan-\nvrager: {NAME_FULL}\nPost-\ncode: {POSTCODE}\nTele-\nfoon: {PHONE}",
    ),
    # ---- Flemish, Brabant and Groningen voices
    (
        "nl",
        "Goeiemiddag, ik ben {NAME_FULL} uit {city}, ik woon op {ADDRESS_BE} en ik heb pech met de "
        "camionette, nummerplaat {PLATE_FOREIGN}. Mijn gsm is {PHONE_ABROAD}.",
    ),
    (
        "nl",
        "Wilt ge de terugbetaling op mijn rekening {IBAN_FOREIGN} zetten? Mijn rijksregister geef ik niet, "
        "mijn naam is {NAME_FULL}.",
    ),
    (
        "nl",
        "Houdoe, ik bel namens ons moeder {NAME_FULL}, die woont op {ADDRESS} in {city}, haar "
        "telefoon is {PHONE_LAND}.",
    ),
    (
        "nl",
        "Dag, hier {NAME_FULL} uit Nordhorn, mein Kennzeichen ist {PLATE_DE}, ik krijg een boete "
        "van de {parking} maar woon op {ADDRESS_DE}.",
    ),
    (
        "nl",
        "Spelling achternaam klant: {NAME_SPELLED}. Voornaam {NAME_FIRST}, postcode {POSTCODE}, woonplaats {city}.",
    ),
    (
        "nl",
        "Mijn naam is {NAME_FULL}, ik spel: {NAME_SPELLED}. Mail naar {EMAIL_SPOKEN} alstublieft.",
    ),
    (
        "nl",
        "Kunt u de factuur naar {EMAIL_SPOKEN} sturen, en mijn nieuwe bankrekening is {IBAN_SPOKEN}.",
    ),
    (
        "nl",
        "Ik lees mijn creditcard voor: {CARD_SPOKEN}, vervaldatum 11/28. Naam op de kaart {NAME_UPPER}.",
    ),
    ("nl", "Kenteken voorgelezen: {PLATE_SPOKEN}, postcode {POSTCODE_SPOKEN}, naam {NAME_FULL}."),
]
