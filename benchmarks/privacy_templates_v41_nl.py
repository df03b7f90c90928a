"""Dutch templates of test_v41: telecom and internet, webshops and parcels, banks and cards, public transport,
travel and airlines, car insurance and roadside assistance, in customer messages and agents' shorthand notes."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- telecom and internet: modem swap, number porting, SIM cards
    ("nl", "Modemwissel: nieuwe {device} gaat naar {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_FULL}."),
    (
        "nl",
        "Ik wil mijn nummer {PHONE_MOBILE} meenemen van {provider} naar jullie, "
        "klantnummer daar {CUSTOMER_NUMBER_TELECOM}.",
    ),
    ("nl", "Nummerbehoud aangevraagd voor {PHONE_MOBILE}, overstapdatum {date}. Aanvrager: {NAME_INITIALS}."),
    ("nl", "Simkaart kwijt, graag blokkeren. Het gaat om {PHONE_MOBILE}, abonnement op naam van {NAME_FULL}."),
    ("nl", "Storing sinds {weekday}, wifi valt steeds weg. Monteur mag komen op {ADDRESS}, bel eerst {PHONE}."),
    ("nl", "nb klant {NAME_SURNAME} belt 3e x ivm {device}, modem gereset, geen sync. terugbellen {PHONE_LANDLINE}"),
    ("nl", "Kan de eSIM naar {EMAIL} gemaild worden? Mijn klantnummer is {CUSTOMER_NUMBER_TELECOM}."),
    ("nl", "Mijn partner {NAME_FULL} is overleden, ik wil het abonnement {CUSTOMER_NUMBER_TELECOM} opzeggen."),
    ("nl", "Glasvezel aansluiten op {ADDRESS} ({POSTCODE}) lukt niet, de graafploeg kwam niet. {NAME_FIRST}"),
    ("nl", "Verificatie beller: geb.datum {DOB}, postcode {POSTCODE_SPOKEN}, laatste factuur {amount}."),
    ("nl", "Klant spelt achternaam: {NAME_SPELLED}. Voornaam {NAME_FIRST}. Nummer {PHONE_SPOKEN}."),
    ("nl", "Ik heb {plan} maar krijg nog steeds een rekening van {amount}, incasso van {IBAN}. Gr {NAME_LOWER}"),
    # ---- webshops and parcels: returns, pick-up points, Track & Trace
    ("nl", "Pakket {tracking} ligt bij {pickup}, maar staat op naam van {NAME_FULL} en ik ben de buurman."),
    ("nl", "Retour van bestelling {order}: het geld graag terug op {IBAN} t.n.v. {NAME_INITIALS}."),
    ("nl", "Bezorger heeft mijn pakket bij nummer {count} afgegeven ipv {ADDRESS}. Groet, {NAME_FIRST}"),
    ("nl", "Afleveradres wijzigen naar {ADDRESS}, {POSTCODE} {city}, bestelling {order}."),
    ("nl", "Account {CUSTOMER_NUMBER_SHOP} staat op mijn oude e-mail, nieuwe is {EMAIL}."),
    ("nl", "Ik bestelde bij {shop} met {pay} maar de herinnering komt op naam van {NAME_DISPLAY}??"),
    ("nl", "Het pakket van {carrier} is nooit aangekomen op {ADDRESS} {POSTCODE}. Tel: {PHONE_MOBILE}"),
    ("nl", "Klantnr {CUSTOMER_NUMBER_SHOP}, {NAME_FULL}: wasmachine beschadigd bezorgd op {date}."),
    ("nl", "Afhalen bij {pickup} mag door mijn zoon {NAME_FULL}, hij neemt mijn ID mee."),
    # ---- banks and credit cards: blocked cards, chargebacks
    ("nl", "Mijn creditcard {CARD} is geblokkeerd na een betaling van {amount} bij {shop}."),
    ("nl", "Chargeback aangevraagd voor {amount}, kaart {CARD}, kaarthouder {NAME_UPPER}."),
    ("nl", "Pinpas ingeslikt bij automaat in {city}. Rekening {IBAN}, pashouder {NAME_FULL}, geb. {DOB}."),
    ("nl", "Onbekende afschrijving van {IBAN}, {amount} aan een webshop die ik niet ken. {NAME_INITIALS}"),
    ("nl", "Beller leest kaartnummer voor: {CARD_SPOKEN}. Kaart direct geblokkeerd, nieuwe pas naar {ADDRESS}."),
    ("nl", "Spoedopdracht: {amount} overmaken naar {IBAN_FOREIGN} voor familie in {country}."),
    ("nl", "Klant geeft rekeningnummer telefonisch door: {IBAN_SPOKEN}, tenaamstelling {NAME_FULL}."),
    ("nl", "Ik ben opgelicht via een nepbericht, ze hebben mijn BSN {BSN} en mijn pasnummer {CARD}."),
    ("nl", "Betwiste transactie {ticket}: kaart {CARD} verlopen {expiry}, klant {NAME_FULL}, {EMAIL}."),
    # ---- public transport: OV-chipkaart, NS refunds
    ("nl", "Vergeten uit te checken op {station}. Mijn OV-chipkaart is {CUSTOMER_NUMBER_OV}, graag {amount} terug."),
    (
        "nl",
        "Geld terug bij vertraging: {train} had {count} kwartier vertraging, "
        "OV-chip {CUSTOMER_NUMBER_OV}, IBAN {IBAN}.",
    ),
    ("nl", "Persoonlijke OV-chipkaart op naam van {NAME_FULL}, geboren {DOB}, aangevraagd op {date}."),
    ("nl", "Mijn kind {NAME_FIRST} is de kaart kwijt ({CUSTOMER_NUMBER_OV}), saldo overzetten aub."),
    ("nl", "Boete in {line} gekregen, ingecheckt met {CUSTOMER_NUMBER_OV}. Adres: {ADDRESS}, {POSTCODE}."),
    ("nl", "Reizigersnotitie: dhr {NAME_SURNAME} belt over dubbele check-in {station}, terugbellen op {PHONE}."),
    ("nl", "Studentenreisproduct stopgezet voor {NAME_FULL}, BSN {BSN}, per {date}."),
    # ---- travel agencies and airlines: bookings, passenger lists
    ("nl", "Boeking {booking}, vlucht {flight} naar {airport}: reiziger 2 is {NAME_FULL}, geb. {DOB}."),
    ("nl", "Naamswijziging op ticket {booking}: moet {NAME_PASSENGER} zijn, niet {NAME_PASSENGER}."),
    ("nl", "Passagierslijst {flight}\n1. {NAME_PASSENGER} ADT {DOB_AIRLINE}\n2. {NAME_PASSENGER} CHD {DOB_AIRLINE}"),
    ("nl", "Koffer niet aangekomen op {airport}. Bezorgadres: {ADDRESS}, {POSTCODE} {city}. Tel {PHONE_INTL}."),
    ("nl", "Wij vliegen met {airline} naar {country}; mijn frequent-flyernummer is {CUSTOMER_NUMBER_FLYER}."),
    ("nl", "Annulering reis {booking} bij {agency}: restitutie {amount} naar {IBAN}, t.n.v. {NAME_DISPLAY}."),
    ("nl", "Paspoortgegevens voor de reis: {NAME_UPPER}, geboortedatum {DOB_WORDS}."),
    ("nl", "Reiziger {NAME_FULL} heeft rolstoelassistentie nodig op {airport}, contactnummer familie {PHONE_INTL}."),
    # ---- car insurance and roadside assistance
    ("nl", "Pech op de A7 bij {city}, auto {PLATE}, lidnummer {CUSTOMER_NUMBER_ROADSIDE}. Ik sta op de vluchtstrook."),
    ("nl", "Schademelding: {car} met kenteken {PLATE} aangereden door {PLATE}. Polis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Wegenwacht graag naar {ADDRESS}, {POSTCODE}; {car} start niet. Contact {NAME_FIRST}, {PHONE_MOBILE}."),
    ("nl", "Tegenpartij {NAME_FULL}, kenteken {PLATE_BE}, Belgische verzekering, tel {PHONE_INTL}."),
    ("nl", "Ruitschade via {garage}; polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_INITIALS}."),
    ("nl", "Vervangend vervoer nodig, eigen auto {PLATE} staat bij {garage}, rijbewijs op naam {NAME_FULL}, {DOB}."),
    ("nl", "Lid belt: kenteken {PLATE_SPOKEN}, lidnummer {CUSTOMER_NUMBER_SPOKEN}, staat bij tankstation {city}."),
    ("nl", "Auto met {PLATE_FOREIGN} geparkeerd voor mijn uitrit op {ADDRESS}, al {count} dagen."),
    ("nl", "Schade-uitkering {amount} naar rekening {IBAN} van {NAME_FULL}, dossier {ticket}."),
    ("nl", "Polis overzetten naar nieuwe auto {PLATE}, oude was {PLATE}. Klantnummer {CUSTOMER_NUMBER}."),
    # ---- Frisian, Surinamese and other customers writing in Dutch
    ("nl", "Goeie, myn namme is {NAME_FULL} út {city}, myn ynternet docht it net. Tillefoan {PHONE}."),
    ("nl", "Hallo ik ben {NAME_FULL} ik heb pakket besteld maar niet gekomen, adres {ADDRESS} {POSTCODE}"),
    ("nl", "Mi e aksi, is mijn geld al teruggestort op {IBAN}? Groetjes {NAME_FIRST}"),
    ("nl", "Goedendag, ik bel namens {NAME_FULL}, die spreekt geen Nederlands, BSN {BSN_SPOKEN}."),
    ("nl", "Geachte heer/mevrouw, hierbij mijn gegevens: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, {EMAIL}."),
    ("nl", "Mijn e-mail is {EMAIL_SPOKEN}, met een hoofdletter? nee alles klein."),
    ("nl", "Bevestiging wordt gestuurd naar {EMAIL_CAPS}; klant {NAME_FULL} akkoord met opname van het gesprek."),
    ("nl", "Toeslagpartner {NAME_FULL}, BSN {BSN}, woont sinds {month} ook op {ADDRESS}."),
    ("nl", "Stuur de nieuwe pas liever naar mijn werk: {ADDRESS_CAPS}, {POSTCODE} {city}."),
    ("nl", "In het systeem staat {DOB} maar ik ben geboren op {DOB}, kunt u dat aanpassen? {NAME_FULL}"),
]
