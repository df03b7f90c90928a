"""Dutch and Flemish templates of test_v44: banks and payment apps (Tikkie, iDEAL disputes, fraud and phishing),
the tax office and benefits, pension funds, housing associations and childcare."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- banks, payment apps, fraud and phishing
    ("nl", "Ik ben opgelicht via een Tikkie voor {reason}, het geld ging naar {IBAN}. Mijn naam is {NAME_FULL}."),
    (
        "nl",
        "Hoi, ik heb een Tikkie van {amount} betaald aan {IBAN} maar die persoon reageert niet meer. Gr {NAME_FIRST}",
    ),
    (
        "nl",
        "Goedemiddag, {NAME_INITIALS} hier, klant bij {bank} met relatienummer {CUSTOMER_NUMBER_BANK}. Er is "
        "om {time} {amount} afgeschreven via iDEAL die ik niet herken.",
    ),
    ("nl", "iDEAL-betaling {order} van {amount} teruggeboekt? Het ging van {IBAN} af, op naam van {NAME_MARRIED}."),
    (
        "nl",
        "Ik kreeg een sms dat mijn pas verliep en heb op de link {phish} geklikt. Daar heb ik mijn kaart "
        "{CARD} ingevuld. Kunt u hem blokkeren? Bel me op {PHONE}.",
    ),
    (
        "nl",
        "Melding fraude: klant {NAME_FULL} ({DOB}) heeft zijn pincode gegeven aan een nep-medewerker. "
        "Rekening {IBAN} geblokkeerd om {time}.",
    ),
    (
        "nl",
        "Mijn moeder {NAME_FULL} is gebeld door iemand van 'de bank'; haar nummer is {PHONE_LAND}. Rekening {IBAN}.",
    ),
    (
        "nl",
        "Na de WhatsApp 'hoi mam, nieuw nummer' heeft mijn vader {amount} overgemaakt naar {IBAN_FOREIGN}. "
        "Hij heet {NAME_FULL} en woont op {ADDRESS}.",
    ),
    (
        "nl",
        "De creditcard eindigend op 4417 is vervangen door {CARD}, graag koppelen aan klantnummer "
        "{CUSTOMER_NUMBER_BANK}.",
    ),
    (
        "nl",
        "Kunt u de terugbetaling doen op de rekening van mijn man? Dat is {IBAN} ten name van {NAME_REVERSED}.",
    ),
    (
        "nl",
        "Goeiedag, ik ben {NAME_FULL} uit {city}. Ik betaal met Payconiq en er is dubbel afgeschreven van "
        "{IBAN_BE}. Mijn gsm: {PHONE_BE}.",
    ),
    (
        "nl",
        "Allez, da's nu al de derde keer: mijne kaart {CARD} werkt nie in Nederland. {NAME_FIRST}, {ADDRESS_BE}, "
        "{city}.",
    ),
    ("nl", "Ik heb per ongeluk {amount} naar {IBAN} gestuurd in plaats van naar {IBAN}. Kunt u dat terughalen?"),
    ("nl", "Identiteitscheck: naam {NAME_UPPER}, geboren {DOB}, postcode {POSTCODE}, laatste transactie {amount}."),
    ("nl", "Ik heb bij een webshop betaald met {CARD} en niks ontvangen; graag een chargeback. {NAME_FULL}, {EMAIL}"),
    ("nl", "Creditcard {CARD} (geldig tot 08/27) staat nog op naam van {NAME_REVERSED}, graag opzeggen."),
    ("nl", "Mijne Visa {CARD} is geblokkeerd na een betaling in Genk, kunt ge mij bellen op {PHONE_BE}?"),
    # ---- tax office and benefits
    (
        "nl",
        "Ik moet {amount} {benefit} terugbetalen maar mijn inkomen klopt niet. BSN {BSN}, telefoon {PHONE}.",
    ),
    (
        "nl",
        "Wijziging {benefit}: mijn partner {NAME_FULL} (BSN {BSN}) woont sinds {date} niet meer op {ADDRESS}.",
    ),
    ("nl", "De BelastingTelefoon vroeg mijn BSN, dat is {BSN_SPOKEN}, en mijn geboortedatum {DOB_WORDS}."),
    (
        "nl",
        "Voor mijn schoonmoeder {NAME_MARRIED} wil ik machtiging aanvragen; haar BSN is {BSN}, ze woont op "
        "{ADDRESS}, {POSTCODE} {city}.",
    ),
    (
        "nl",
        "Mijn {benefit} wordt gestort op {IBAN} maar dat is de rekening van mijn ex {NAME_FULL}. Graag "
        "wijzigen naar {IBAN}.",
    ),
    (
        "nl",
        "Ik woon in België ({ADDRESS_BE}, {city}) maar werk in Terneuzen. Voor de aangifte: BSN {BSN}, "
        "geboren {DOB_BE}.",
    ),
    ("nl", "Beste, ik heb brief gekregen over toeslagen maar ik snap niet. Mijn naam {NAME_FULL}, BSN {BSN}."),
    (
        "nl",
        "Herstel-operatie toeslagen: dossier van {NAME_INITIALS}, geboren {DOB}, kinderen {NAME_CHILD} en "
        "{NAME_CHILD}. Contact via {EMAIL}.",
    ),
    # ---- pension funds
    (
        "nl",
        "Ik ga met pensioen op {date} en wil het op {IBAN} ontvangen. Deelnemersnummer {CUSTOMER_NUMBER_PENSION}, "
        "geboren {DOB}.",
    ),
    (
        "nl",
        "Mijn vader {NAME_FULL} is overleden; hij kreeg pensioen van {fund} onder nummer "
        "{CUSTOMER_NUMBER_PENSION}. Ik ben bereikbaar op {PHONE}.",
    ),
    (
        "nl",
        "Adreswijziging pensioen: van {ADDRESS} naar {ADDRESS}, postcode {POSTCODE}. Klantnummer "
        "{CUSTOMER_NUMBER_PENSION}.",
    ),
    (
        "nl",
        "Ik heb 20 jaar in Nederland gewerkt en woon nu in Griekenland. Mijn pensioen van {fund} graag op "
        "{IBAN_FOREIGN}. {NAME_FULL}, {EMAIL}",
    ),
    ("nl", "Inloggen op Mijn {fund} lukt niet. Geboortedatum {DOB}, deelnemersnummer {CUSTOMER_NUMBER_PENSION}."),
    (
        "nl",
        "Hallo, mijn man {NAME_FIRST} krijgt AOW van de SVB maar zijn pensioen van {fund} komt niet. "
        "Zijn nummer {CUSTOMER_NUMBER_PENSION}, ons adres {ADDRESS}.",
    ),
    # ---- housing associations and landlords
    (
        "nl",
        "Reparatieverzoek {corp}: lekkage in de badkamer, {ADDRESS}, {POSTCODE} {city}. Huurder {NAME_FULL}, "
        "tel {PHONE}.",
    ),
    (
        "nl",
        "Ik heb huurachterstand van {amount} en wil een regeling. Huurdernummer {CUSTOMER_NUMBER_TENANT}, "
        "rekening {IBAN}.",
    ),
    (
        "nl",
        "De buren op {ADDRESS} maken elke nacht herrie. Ik woon op {ADDRESS}. Groet, {NAME_SURNAME}",
    ),
    (
        "nl",
        "Opzegging huur per {date}: {NAME_FULL} en {NAME_FULL}, {ADDRESS}. Borg terug op {IBAN}.",
    ),
    (
        "nl",
        "Woningruil aangevraagd door huurder {CUSTOMER_NUMBER_TENANT} ({NAME_REVERSED}), nieuw adres {ADDRESS}.",
    ),
    (
        "nl",
        "Mijne verhuurder in Borgerhout wil de waarborg nie teruggeven. Appartement {ADDRESS_BE}, mijn nummer "
        "{PHONE_BE}, {NAME_FULL}.",
    ),
    ("nl", "Schimmel in de slaapkamer van mijn dochter. Adres {ADDRESS}, {POSTCODE_SPOKEN}, huurder sinds {year}."),
    (
        "nl",
        "Wij zijn met 5 personen op {ADDRESS} en de verwarming doet het niet. {NAME_FULL}, {PHONE_INTL}.",
    ),
    # ---- childcare
    (
        "nl",
        "Aanmelding {childcare}: {NAME_CHILD}, geboren {DOB_CHILD}, ouder {NAME_FULL}, {EMAIL}, {PHONE}.",
    ),
    (
        "nl",
        "De jaaropgave voor de {benefit} klopt niet, relatienummer {CUSTOMER_NUMBER_CHILDCARE}, kind "
        "{NAME_CHILD} ({DOB_CHILD}).",
    ),
    (
        "nl",
        "Mijn zoontje {NAME_CHILD} wordt vanaf {date} opgehaald door oma {NAME_FULL}, haar mobiel is {PHONE}.",
    ),
    (
        "nl",
        "Incasso opvang graag van {IBAN} in plaats van de oude rekening. Contractnr {CUSTOMER_NUMBER_CHILDCARE}, "
        "{NAME_MARRIED}.",
    ),
    (
        "nl",
        "Voor de wachtlijst: {NAME_CHILD}, {DOB_CHILD}, BSN kind {BSN}, adres {ADDRESS} {city}.",
    ),
]
