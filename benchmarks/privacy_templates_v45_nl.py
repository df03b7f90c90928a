"""Dutch and Flemish templates of test_v45 by theme: grocery delivery and loyalty cards, meal boxes, pharmacies,
opticians and hearing aids, home care and alarms, waste collection, festivals, sport, coworking, solar."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- supermarket home delivery and loyalty cards
    ("nl", "Bezorging {order} kwam niet aan op {ADDRESS}, {POSTCODE} {city}. Graag contact via {PHONE}."),
    ("nl", "Mijn klantenkaart {CUSTOMER_NUMBER_LOYALTY} staat nog op naam van mijn ex, {NAME_FULL}. Kan dat eraf?"),
    ("nl", "Hoi {grocer}, de bezorger heeft de boodschappen bij de buren gezet ({ADDRESS}). Gr {NAME_FIRST}"),
    ("nl", "Spaarpunten van kaart {CUSTOMER_NUMBER_LOYALTY} overzetten naar de app van {EMAIL} aub."),
    ("nl", "Mevr. {NAME_SURNAME} (klantnr {CUSTOMER_NUMBER}) wil voortaan bezorging tussen {slot}."),
    ("nl", "Statiegeld en {amount} retour graag op {IBAN} t.n.v. {NAME_INITIALS}, bestelling {order}."),
    ("nl", "Bezorgadres gewijzigd naar {ADDRESS}, {POSTCODE}. Bel aan bij {NAME_COUPLE}, 2e verdieping."),
    ("nl", "Bestelling {order} is betaald met creditcard {CARD}, maar er staat nog {amount} open."),
    # ---- meal boxes
    ("nl", "Graag mijn {mealbox}-abonnement pauzeren. Account: {EMAIL}, klantnummer {CUSTOMER_NUMBER}."),
    ("nl", "De box van {date} lag om {time} nog op de stoep bij {ADDRESS}; {NAME_FULL} is niet blij."),
    ("nl", "Incasso {mealbox} mislukt op {IBAN}. Ik ben {NAME_FULL}, geboren {DOB}, graag nieuwe poging."),
    ("nl", "Opzegging per {date}: {NAME_REGISTER}, {EMAIL}, tel {PHONE}."),
    # ---- pharmacies and online drugstores
    ("nl", "Herhaalrecept {medicine} voor {NAME_INITIALS}, geb. {DOB}, patiëntnr {CUSTOMER_NUMBER_PATIENT}."),
    (
        "nl",
        "{pharmacy}: uw medicijnen liggen klaar. Ophalen met legitimatie door {NAME_FULL} of gemachtigde (BSN {BSN}).",
    ),
    ("nl", "Bestelling bij {pharmacy} naar {ADDRESS}, {POSTCODE} {city} i.p.v. naar het oude adres van mijn moeder."),
    ("nl", "Mijn zorgverzekeraar vraagt mijn BSN ({BSN}) op de bon van {medicine}, kunt u die aanpassen? {NAME_FIRST}"),
    ("nl", "Apotheek belt {NAME_SURNAME} terug op {PHONE_LANDLINE} over de interactie met {medicine}."),
    ("nl", "Klant {NAME_LOWER} betaalde {amount} met kaart {CARD} en vraagt een creditnota."),
    # ---- opticians and hearing aids
    ("nl", "Afspraak oogmeting bij {optician} voor {NAME_FULL} op {date} om {time}, bevestiging naar {EMAIL}."),
    (
        "nl",
        "Het hoortoestel ({hearing}) van dhr. {NAME_SURNAME}, geb. {DOB}, is ter reparatie. Klantnr {CUSTOMER_NUMBER}.",
    ),
    ("nl", "Machtiging hoorzorg: verzekerde {NAME_FULL}, BSN {BSN}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Nieuwe bril met {prescription} klaar; {NAME_INITIALS} wil dat we hem naar {ADDRESS} sturen."),
    ("nl", "Lenzenabonnement {lens}: incasso van {IBAN_BE} stopzetten, groeten {NAME_FULL} uit {be_area}."),
    # ---- home care and elderly alarms
    (
        "nl",
        "Alarmopvolging {care}: cliënt {NAME_FULL}, {ADDRESS}, sleutelkluis code bij wijkteam. "
        "Cliëntnr {CUSTOMER_NUMBER_CLIENT}.",
    ),
    ("nl", "Mantelzorger {NAME_FIRST} ({PHONE}) blijft eerste contactpersoon voor de cliënt, geboren {DOB}."),
    ("nl", "Zorgplan aangepast voor mevr. {NAME_SURNAME}, BSN {BSN}, ivm val op {date}."),
    ("nl", "De alarmknop ({alarm}) van {NAME_INITIALS} gaf om {time} een valmelding, {ADDRESS} {POSTCODE}."),
    ("nl", "Eigen bijdrage thuiszorg voortaan afschrijven van {IBAN}, t.n.v. {NAME_COUPLE}."),
    ("nl", "Nieuwe cliënt: {NAME_REGISTER}, °{DOB_BE}, {ADDRESS_BE}, {be_area}, tel. {PHONE_BE}."),
    # ---- municipal waste collection and bulky waste
    ("nl", "Afspraak {waste_type} ophalen op {date} bij {ADDRESS}, {POSTCODE} {city}, aanvrager {NAME_FULL}."),
    ("nl", "Mijn afvalpas ({CUSTOMER_NUMBER}) is kwijt; adres {ADDRESS}, {city}. Groet, {NAME_FULL}"),
    ("nl", "Container niet geleegd bij {ADDRESS}. {waste} gebeld, melding {ticket}, melder {NAME_SURNAME}, {PHONE}."),
    ("nl", "Kosten grofvuil {amount} betaald met {CARD}, maar de wagen kwam niet. {NAME_FULL}"),
    ("nl", "Enlèvement encombrants / ophaling grofvuil: {NAME_FULL}, {ADDRESS_BE}, {be_area}, {PHONE_BE}."),
    ("nl", "De aanhangwagen met kenteken {PLATE} mag gratis naar de milieustraat, bevestiging naar {EMAIL}."),
    # ---- festivals and ticketing
    ("nl", "Tickets {festival} staan op naam van {NAME_FULL} ({EMAIL}), maar ik ben {NAME_FIRST}. Omzetten kan?"),
    ("nl", "Parkeerticket {festival} gekoppeld aan kenteken {PLATE}, besteller {NAME_INITIALS}."),
    ("nl", "Refund {festival} via {ticketer}: {amount} terug op {IBAN}, geboortedatum ter controle {DOB}."),
    ("nl", "Polsbandje kwijt. Naam: {NAME_FULL}, geboortedatum: {DOB}, tel: {PHONE_WA}."),
    ("nl", "Crew-aanmelding {festival}: {NAME_FULL}, {DOB}, {ADDRESS}, {POSTCODE} {city}, BSN {BSN}."),
    # ---- sport federations and swimming lessons
    (
        "nl",
        "Inschrijving zwemles {pool} ({diploma}): kind {NAME_CHILD}, geboren {DOB_CHILD}, ouder {NAME_FULL}, {PHONE}.",
    ),
    ("nl", "Bondsnummer {CUSTOMER_NUMBER_MEMBER} hoort bij {NAME_FULL}, niet bij zijn broer."),
    ("nl", "Contributie {amount} wordt per kwartaal geïncasseerd van {IBAN}; lid {NAME_REGISTER}."),
    ("nl", "Zwemdiploma van {NAME_CHILD_FULL} opsturen naar {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Spelerspas {CUSTOMER_NUMBER_MEMBER}: pasfoto en geboortedatum {DOB} kloppen niet met de {sport}-app."),
    ("nl", "Afmelding lidmaatschap {sport} per {date}: {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    # ---- coworking and office cleaning
    ("nl", "Toegangspas {cowork} voor nieuwe collega {NAME_FULL}, {EMAIL}, kenteken voor de garage {PLATE}."),
    ("nl", "Schoonmaker van {cleaner} mist de sleutel; contactpersoon {NAME_INITIALS}, {PHONE}."),
    ("nl", "Factuur {invoice} van {cowork} graag op naam van {NAME_FULL}, privé-adres {ADDRESS}, {POSTCODE}."),
    ("nl", "Flexplek-abonnement: betaling met {CARD} geweigerd, lid {CUSTOMER_NUMBER}, {NAME_UPPER}."),
    # ---- solar panels and heat pumps
    ("nl", "Offerte {solar_size} bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; dak op het zuiden, {PHONE}."),
    ("nl", "Monteur {installer} komt {weekday} voor de {heat} bij {NAME_SURNAME}, {ADDRESS}."),
    ("nl", "ISDE-subsidie voor de {heat}: aanvrager {NAME_FULL}, BSN {BSN}, uitbetaling op {IBAN}."),
    ("nl", "Omvormer {inverter} geeft storing. Klantnummer {CUSTOMER_NUMBER}, {NAME_FULL}, {EMAIL}."),
    ("nl", "Terugleververgoeding naar {IBAN}, contract op naam {NAME_COUPLE}."),
    ("nl", "Bedrijfsbus {PLATE} van {installer} stond op de oprit van {ADDRESS}; bewoner {NAME_FIRST} klaagt."),
    # ---- Brussels, Curaçao and other backgrounds
    ("nl", "Ik woon sinds {month} op {ADDRESS_CW}, Willemstad. Mijn Nederlandse nummer {PHONE} blijft."),
    ("nl", "Bonjour/dag, mijn kaart {CARD} werd tweemaal gedebiteerd. {NAME_FULL}, {ADDRESS_BE}, {be_area}."),
    ("nl", "Terugstorting graag op mijn buitenlandse rekening {IBAN_INTL}, t.n.v. {NAME_FULL}."),
    ("nl", "Klant {NAME_FULL} spreekt geen Nederlands, bel familielid {NAME_FIRST} op {PHONE_INTL}."),
    ("nl", "Kenteken {PLATE_BE} is Belgisch, de boete voor de milieuzone klopt niet. {NAME_FULL}, {EMAIL}"),
]
