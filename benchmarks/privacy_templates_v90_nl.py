"""Dutch and Flemish templates of test_v90."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- allotment sheds and garden tool rental
    ("nl", "HappyFox #{count}{count} | Van: {NAME_FULL} <{EMAIL}> | Onderwerp: sleutel tuinhuisje kwijt"),
    ("nl", "Huurder van tuin 14B is {NAME_INITIALS}, wonend {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Borg heggenschaar {amount} terug naar {IBAN_NL} t.n.v. {NAME_CAPS}."),
    ("nl", "Lidnummer volkstuin {CUSTOMER_NUMBER_MEMBER}, contactpersoon {NAME_FIRST}, tel {PHONE}."),
    ("nl", "Naam: {NAME_FULL} // Adres: {ADDRESS} // Postcode: {POSTCODE} // Tel: {PHONE} // Gereedschap: bladblazer"),
    ("nl", "Abi, ik ben {NAME_FULL}, de kettingzaag is kapot teruggebracht, bel mij op {PHONE} ja."),
    # ---- hail claims on roofs
    ("nl", "<p>Klant <b>{NAME_FULL}</b> meldt hagelschade dak, polis {CUSTOMER_NUMBER_POLICY}</p>"),
    ("nl", "<div>Risicoadres: {ADDRESS}<br>{POSTCODE} {city}<br>Tel: {PHONE}</div>"),
    ("nl", "IK WACHT AL {count} WEKEN OP DE EXPERT!!! MIJN DAK LEKT!!! {NAME_CAPS}, POLIS {CUSTOMER_NUMBER_POLICY}!!!"),
    ("nl", "Uitkering hagelschade {amount} gaat naar rekening {IBAN}, verzekerde {NAME_SURNAME}."),
    ("nl", "Medewerker: ik herhaal even, uw polisnummer is {CUSTOMER_NUMBER_POLICY} en u woont op {ADDRESS}?"),
    ("nl", "Agent: dus u bent geboren op {DOB} en uw postcode is {POSTCODE}, klopt dat? Klant: ja klopt."),
    # ---- baby swimming
    ("nl", "Aanmelding babyzwemmen: baby {NAME_FIRST}, geboren {DOB}, ouder {NAME_FULL}, {EMAIL}."),
    ("nl", "Lesgeld babyzwemmen wordt maandelijks geïncasseerd van {IBAN} (lid {CUSTOMER_NUMBER_MEMBER})."),
    ("nl", "Mama {NAME_FIRST} heeft gebeld vanaf {PHONE_ABROAD}: {NAME_FIRST} is ziek deze week."),
    ("nl", "Zwemjuf, mijn dochter {NAME_FULL} (geb. {DOB}) mag ze naar het diepe bad?"),
    ("nl", "Kind ingeschreven met BSN {BSN}, adres {ADDRESS}, {POSTCODE} {town}."),
    # ---- pet microchips
    ("nl", "Chipregistratie: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, telefoon {PHONE}."),
    ("nl", "Hond gevonden, gechipt op naam van {NAME_INITIALS}, klantnr {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Overschrijving chip naar nieuwe eigenaar {NAME_LOWER}, e-mail {EMAIL}, geb. {DOB}."),
    ("nl", "Beller: mijn nummer is nul zes... wacht even, de kat... ja, {PHONE_SPOKEN}."),
    ("nl", "Registratiekosten {amount} betaald met {CARD}, door {NAME_FULL}."),
    # ---- hospital parking permits
    (
        "nl",
        "Parkeervergunning ziekenhuis voor kenteken {PLATE}, patiënt {NAME_FULL}, patiëntnr {CUSTOMER_NUMBER_PATIENT}.",
    ),
    ("nl", "Mantelzorger {NAME_FIRST} {NAME_SURNAME} vraagt vergunning voor {PLATE} en {PLATE_ABROAD}."),
    ("nl", "Web: Kenteken: {PLATE} // Patiëntnummer: {CUSTOMER_NUMBER_PATIENT} // Geboortedatum: {DOB}"),
    ("nl", "Wij hebben abonnement nodig, mijn moeder {NAME_FULL} ligt op dialyse, auto {PLATE}, bellen {PHONE}."),
    ("nl", "Boete parkeergarage voor {PLATE}; bezwaar van {NAME_COUPLE} ontvangen."),
    # ---- tennis court bookings
    ("nl", "Baan 3 geboekt door {NAME_NICK} (lidnr. {CUSTOMER_NUMBER_MEMBER}) voor {weekday} {time}."),
    ("nl", "Contributie tennisclub: {amount} van {IBAN_NL}, lid {NAME_FULL}, geboren {DOB}."),
    ("nl", "Maatje gezocht? Bel {NAME_FIRST} op {PHONE} of mail {EMAIL}."),
    ("nl", "Ledenlijst: {NAME_SURNAME}, {NAME_INITIALS}, {ADDRESS}, {POSTCODE}"),
    # ---- flooring installers
    ("nl", "Legadres PVC-vloer: {ADDRESS}, {POSTCODE} {city}; klant {NAME_FULL}; contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Vloerlegger: ik kom {weekday}, zeg even tegen {NAME_FIRST} dat ze de sleutel onder de mat legt."),
    ("nl", "Aanbetaling laminaat {amount} via {IBAN}, contractnummer {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Klacht: DE VLOER KRAAKT OVERAL!!! Adres {ADDRESS}!!! Bel {PHONE}!!! Groet {NAME_CAPS}"),
    ("nl", "<td>{NAME_FULL}</td><td>{PHONE}</td><td>{POSTCODE}</td>"),
    # ---- student theatre
    ("nl", "Studentenkaartjes besteld door {NAME_LOWER}, studentnummer {CUSTOMER_NUMBER_MEMBER}, mail {EMAIL}."),
    ("nl", "Kaartjes gaan naar {EMAIL}; betaald met creditcard {CARD}; naam op ticket {NAME_FULL}."),
    ("nl", "Hoi, {NAME_FIRST} hier van de zaal, kan {NAME_FULL} haar kaartje nog omruilen?"),
    # ---- second-hand bike webshop
    ("nl", "Bezorging Gazelle naar {ADDRESS}, {POSTCODE} {town}, t.a.v. {NAME_FULL}, tel {PHONE}."),
    ("nl", "Terugbetaling fiets {amount} op {IBAN}; klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Fiets ophalen met busje {PLATE} bij {NAME_SURNAME}, {ADDRESS}."),
    ("nl", "Kopersgegevens // {NAME_FULL} // {EMAIL} // {PHONE} // {POSTCODE}"),
    # ---- opticians at home
    ("nl", "Huisbezoek opticien bij mevrouw {NAME_SURNAME} ({DOB}), {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Declaratie bril met BSN {BSN}, polis {CUSTOMER_NUMBER_POLICY}, cliënt {NAME_INITIALS}."),
    ("nl", "Dochter {NAME_FULL} belt namens vader, terugbellen op {PHONE_ABROAD}."),
    ("nl", "Mijn BSN is eh... {BSN_SPOKEN}, dat staat op mijn pas."),
    # ---- guardian letters
    ("nl", "Zaaknummer bewind {ref}: namens cliënt {NAME_FULL}, geboren {DOB}, BSN {BSN}."),
    ("nl", "Als mentor van {NAME_INITIALS} verzoek ik betaling naar beheerrekening {IBAN}."),
    ("nl", "Curator {NAME_FULL}, correspondentieadres {ADDRESS}, {POSTCODE} {city}, tel {PHONE}."),
    # ---- Turkish-Dutch and Surinamese customers
    ("nl", "Abla ik heb al betaald hoor, van rekening {IBAN_NL}, naam {NAME_FULL}, wallah."),
    ("nl", "Mi brada {NAME_FIRST} gaat die fiets ophalen, zijn nummer is {PHONE_ABROAD}."),
    ("nl", "Zalo: chào, ik ben {NAME_FULL}, mijn klantnummer {CUSTOMER_NUMBER_CUSTOMER}, bril nog niet klaar?"),
    ("nl", "KakaoTalk {NAME_NICK}: ik woon {ADDRESS} {POSTCODE}, wanneer komt de vloerlegger?"),
    ("nl", "Klant onderbroken: 'mijn postcode is... sorry de baby huilt... {POSTCODE}'."),
    ("nl", "Transcript: uw IBAN? 'NL... momentje, ik pak mijn pasje... {IBAN}'."),
    ("nl", "Agent herhaalt: {EMAIL_SPOKEN}, klopt dat? Ja."),
    ("nl", "Bestelling op naam {NAME_COUPLE}, leveradres {ADDRESS}."),
    ("nl", "Kenteken {PLATE} staat op naam van {NAME_FULL}, geboortedatum {DOB}."),
    ("nl", "Creditcard {CARD} is geweigerd, {NAME_FIRST}, probeer een andere kaart."),
]
