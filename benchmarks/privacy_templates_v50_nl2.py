"""Dutch templates of test_v50 about services in and around the home: lift and intercom maintenance, pest
control, chimney sweeps, locksmiths, removals and storage units, furniture delivery and assembly, mattress trials
and returns; as web chats with pasted signature blocks, call notes, spoken details and CSV exports."""

from __future__ import annotations

NL_SERVICE: list[tuple[str, str]] = [
    # ---- lifts and intercoms
    (
        "nl",
        "Storing lift {lift} in {vve}. Melder: {NAME_FULL}, {ADDRESS_UNIT}, tel. {PHONE}. Monteur {lift_firm} "
        "onderweg.",
    ),
    (
        "nl",
        "De intercom bij {ADDRESS} zoemt niet meer en op het naambordje staat nog {NAME_SURNAME}; dat moet "
        "{NAME_FULL} worden.",
    ),
    ("nl", "Opgesloten in de lift sinds {time}! Mijn nummer {PHONE}, ik woon op {ADDRESS_UNIT}."),
    ("nl", "Nieuwe videofoon graag koppelen aan het mobiele nummer van {NAME_FIRST}: {PHONE}."),
    # ---- pest control
    (
        "nl",
        "Ongediertebestrijding: {pest} in de kruipruimte bij fam. {NAME_SURNAME}, {ADDRESS}, {POSTCODE} {city}. "
        "Klantnummer {CUSTOMER_NUMBER}.",
    ),
    (
        "nl",
        "Bedwantsen na verblijf in een hotel. Behandeling op {date} bij {NAME_FULL}, {ADDRESS}, bel {PHONE} vooraf.",
    ),
    ("nl", "Werkbon {ticket} {pest_firm}: {pest} bestreden, klant {NAME_INITIALS} tekende af, betaald met {CARD}."),
    # ---- chimney sweeps
    ("nl", "Veegcertificaat op naam van {NAME_FULL} voor de opstalverzekering, schoorsteen {ADDRESS}, geveegd {date}."),
    (
        "nl",
        "Schoorsteenveger komt {weekday} tussen {window} naar {ADDRESS}, {POSTCODE} {city}. Contact: "
        "{NAME_FIRST}, {PHONE_LANDLINE}.",
    ),
    ("nl", "Telefonische betaling schoorsteenveger: kaart {CARD}, houder {NAME_FULL}, bedrag {amount}."),
    # ---- locksmiths
    ("nl", "Buitengesloten! Slotenmaker graag naar {ADDRESS}, {city}. Ik ben {NAME_FULL} en sta buiten met {PHONE}."),
    ("nl", "Spoedtarief slotenmaker {amount} betaald met {CARD} op naam van {NAME_UPPER}; dat was nooit gezegd."),
    ("nl", "Voor een nieuwe sleutel bij het SKG-slot moet ik mijn ID laten zien: {NAME_FULL}, geboren {DOB}."),
    # ---- removals and storage units
    (
        "nl",
        "Verhuizing {date}: laden {ADDRESS}, {POSTCODE} {city}; lossen {ADDRESS_BE}, {be_city}. Contact "
        "{NAME_FULL} {PHONE_BE}.",
    ),
    (
        "nl",
        "Verhuiswagen {PLATE} staat {weekday} tussen {window} op de {street_public}, ontheffing op naam van "
        "{NAME_FULL}.",
    ),
    (
        "nl",
        "Opslagbox {unit} is gehuurd door {NAME_FULL}, contract {CUSTOMER_NUMBER_STORAGE}, maandelijkse incasso "
        "van {IBAN}.",
    ),
    ("nl", "Huur van de opslag graag incasseren van mijn buitenlandse rekening {IBAN_FOREIGN}, {NAME_FULL}."),
    ("nl", "Toegangscode van box {unit} graag sturen naar {EMAIL}, contractnummer {CUSTOMER_NUMBER_STORAGE}."),
    ("nl", "Opzegging opslag {CUSTOMER_NUMBER_STORAGE} per {date}, borg terug naar {IBAN}. Groet, {NAME_INITIALS}"),
    (
        "nl",
        "De verhuizers hebben onze kast beschadigd; schade gemeld bij {mover}, mijn kenteken voor de poort: {PLATE}.",
    ),
    ("nl", "Aanhanger gehuurd voor de verhuizing, kenteken {PLATE}, huurder {NAME_FULL}, rijbewijs gezien."),
    ("nl", "Borg verhuislift {amount} staat gereserveerd op creditcard {CARD}; na de verhuizing graag vrijgeven."),
    ("nl", "[{chat_stamp}] {NAME_CHAT}: oeps verkeerde groep 🙈 {CARD} was voor de matraswinkel"),
    # ---- furniture: delivery and assembly
    (
        "nl",
        "Bestelling {order} bij {shop}: {product}, levering met montage op {date}, {ADDRESS}, {floor}. Tel. {PHONE}",
    ),
    (
        "nl",
        "De bezorgers van {shop} kwamen niet op {date}. Ik ben {NAME_FULL}, ordernummer {order}, klantnr "
        "{CUSTOMER_NUMBER}.",
    ),
    ("nl", "Graag het afleveradres wijzigen naar {ADDRESS}, {POSTCODE} {city} (nu nog {ADDRESS}). {NAME_FULL}"),
    ("nl", "Montage bank mislukt, bouten passen niet. Klantnummer {CUSTOMER_NUMBER}, contact via {EMAIL} of {PHONE}."),
    ("nl", "Betaald met creditcard {CARD}, maar {shop} heeft het bedrag van {amount} twee keer afgeschreven."),
    # ---- mattress trials and returns
    (
        "nl",
        "Ik wil de {mattress} binnen de proefperiode van {count} nachten retour sturen. Klantnummer "
        "{CUSTOMER_NUMBER}, {NAME_FULL}.",
    ),
    ("nl", "Terugbetaling van {amount} voor het matras graag op {IBAN} (t.n.v. {NAME_INITIALS})."),
    ("nl", "Ophalen retourmatras bij {NAME_COUPLE}, {ADDRESS}, {POSTCODE} {city}, {floor}, geen lift."),
    ("nl", "Na {count} nachten rugpijn. Retour graag regelen, {NAME_FULL}, {PHONE}."),
    # ---- web chat with a pasted signature block
    (
        "nl",
        "Klant plakt handtekening in chat: Met vriendelijke groet, {NAME_FULL} | {ADDRESS} | {POSTCODE} {city} | "
        "M {PHONE} | {EMAIL}",
    ),
    (
        "nl",
        "Chat: hier mijn gegevens\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE}  {city}\nT {PHONE_LANDLINE}\nIBAN {IBAN}",
    ),
    (
        "nl",
        "Met vriendelijke groet,\n\n{NAME_FULL}\nHypotheekadviseur\n{lender} | {EMAIL_WORK} | {PHONE}",
    ),
    # ---- call notes with spoken details
    ("nl", "Agent: en uw telefoonnummer? Klant: {PHONE_SPOKEN}. Agent: en de postcode? Klant: {POSTCODE_SPOKEN}."),
    ("nl", "Klant spelt e-mailadres: {EMAIL_SPOKEN}; klantnummer {CUSTOMER_NUMBER_SPOKEN}."),
    ("nl", "Mijn burgerservicenummer is {BSN_SPOKEN}, geboren {DOB_WORDS}."),
    ("nl", "Belnotitie: mevrouw {NAME_SURNAME} geeft geboortedatum {DOB_WORDS} en postcode {POSTCODE_SPOKEN}."),
    ("nl", "Terugbelverzoek van {NAME_FULL}, nummer {PHONE_SPOKEN}, over de levering van {date}."),
    ("nl", "Verificatie: naam {NAME_FULL}, geboortedatum {DOB}, postcode {POSTCODE}. Klopt."),
    # ---- CSV exports with English headers
    (
        "nl",
        '"customer_id";"name";"birth_date";"street";"zip";"city";"plate"\n"{CUSTOMER_NUMBER}";"{NAME_REGISTER}";'
        '"{DOB}";"{ADDRESS}";"{POSTCODE}";"{city}";"{PLATE}"',
    ),
    ("nl", '"{CUSTOMER_NUMBER_STORAGE}","{NAME_FULL}","{EMAIL}","{PHONE}","{unit}","actief"'),
    ("nl", '"loan_no","applicant","bsn","iban"\n"{CUSTOMER_NUMBER_LOAN}","{NAME_REGISTER}","{BSN}","{IBAN}"'),
    ("nl", '"order";"delivery";"name";"address";"postcode"\n"{order}";"{date}";"{NAME_FULL}";"{ADDRESS}";"{POSTCODE}"'),
    (
        "nl",
        '"member_id","unit","owner","card_on_file"\n"{CUSTOMER_NUMBER_VVE}","{ADDRESS_UNIT}","{NAME_FULL}","{CARD}"',
    ),
]
