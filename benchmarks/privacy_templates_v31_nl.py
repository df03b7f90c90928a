"""The first half of the Dutch templates with personal data of the `test_v31` split (awning installer, osteopathy
practice and travel-vaccination clinic); the rest is in `privacy_templates_v31`. Written by someone who never saw
the redaction rules; the labelling conventions are in that module's docstring."""

from __future__ import annotations

NL_FIRST = [
    # awning and sun-blind installer: measuring visits, work orders, VvE permission, motors, warranty
    "Dixa · gesprek 4471\n[09:12] Klant: goedemorgen, {NAME_FULL} hier, de monteur zou vandaag komen meten?\n"
    "[09:14] Agent: Klopt, op {ADDRESS} in {city}, tussen 10 en 12.\n[09:14] Klant: top, bel even op {PHONE} als "
    "hij er bijna is",
    "Inmeetafspraak {awning_product}\nKlant: {NAME_INIT}\nAdres: {ADDRESS}\n{POSTCODE} {city}\nTel.: {PHONE}\n"
    "Klantnr.: {CUSTOMER_NUMBER_AWNING}",
    "{workorder}: monteur {NAME_FIRST} met bus {PLATE}, daarna door naar fam. {NAME_LAST}, {ADDRESS}.",
    "Klant {CUSTOMER_NUMBER_AWNING} belt: motor van het screen doet niks meer sinds de storm, garantie? "
    "Terugbellen op {PHONE_FIXED}.",
    "Toestemming VvE nodig voor knikarmscherm; secretaris VvE is {NAME_FULL}, bereikbaar via {EMAIL}.",
    "SnelStart debiteur\nDebiteurnr: {CUSTOMER_NUMBER_AWNING}\nNaam: {NAME_REG}\nIBAN: {IBAN}\n"
    "Incasso: ja, machtiging {date}",
    "Aanbetaling 30% voor {quote} via iDEAL ontvangen van rekening {IBAN} t.n.v. {NAME_CAPS}.",
    "ik woon op {ADDRESS_LOWER} en de postcode is {POSTCODE}, jullie monteur stond bij de buren aan te bellen haha",
    "Klant geeft postcode door als {POSTCODE_SAID}, huisnummer 14 hs.",
    "sms'je van klant: hoi met {NAME_FIRST}, kan ook zaterdag? mijn nr {PHONE} groetjes",
    "Rolluik geleverd bij {NAME_MARRIED}, {ADDRESS}, {POSTCODE} {city}; betaling achteraf met creditcard {CARD}.",
    "Klant woont in België: {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}.",
    "Monteur meldt: oprit geblokkeerd door {PLATE} en een Duitse bus {PLATE_DE}, kon niet lossen.",
    "Huurder {NAME_FULL} wil screens, eigenaar van de woning {NAME_INIT} moet tekenen; tel eigenaar {PHONE_FIXED}.",
    "Storing windsensor bij {CUSTOMER_NUMBER_AWNING}; klant {NAME_LOWER} stuurt filmpje naar {EMAIL}.",
    "Offerte gevraagd via Odoo CRM-lead\nContact: {NAME_FULL}\nE-mail: {EMAIL_OBF}\nOpmerking: graag na de bouwvak",
    # osteopathy practice: babies, adults, supplementary cover, invoices, cancellations
    "Intake osteopathie baby\nNaam kind: {NAME_CHILD}\nGeboortedatum: {DOB_BABY}\nOuder: {NAME_F}\n"
    "Telefoon: {PHONE}\nVerzekerd bij: {insurer}",
    "Patiënt {NAME_FULL} ({CUSTOMER_NUMBER_OSTEO}), geb. {DOB}, klachten onderrug na verhuizing.",
    "Nota voor {NAME_INIT}, patiëntnummer {CUSTOMER_NUMBER_OSTEO}, adres {ADDRESS}, {POSTCODE} {city}.",
    "Help Scout · gesprek #40221\nVan: {NAME_FULL} <{EMAIL}>\nOnderwerp: afzeggen\nIk kan {weekday} niet, "
    "ons kind {NAME_CHILD} is ziek. Kan het {weekday}?",
    "Verzekeraar wil BSN op de nota: {BSN}, patiënt {NAME_REG}.",
    "Mevr. {NAME_LAST} belt, geboren {DOB_OLD}, komt met de taxi; haar zoon {NAME_M} betaalt, {IBAN}.",
    "No-show {date}: {NAME_FULL}, {CUSTOMER_NUMBER_OSTEO}, no-showtarief {amount} geïncasseerd van {IBAN}.",
    "Voicemail uitgetypt: 'ja eh goedemiddag met eh {NAME_FULL}, mijn nummer is {PHONE_SAID}, ik bel over de "
    "afspraak van mijn zoontje'",
    "Crisp-chat\nbezoeker: mag mijn man {NAME_FIRST} ook komen op mijn afspraak? ik ben {NAME_F}, "
    "geboortedatum {DOB}\nbot: Ik verbind u door met de praktijk.",
    "Doorverwijzing van huisarts voor {NAME_FULL}, BSN {BSN}, geboortedatum {DOB}.",
    "Klant wil betalen met creditcard, leest voor: {CARD_SAID}.",
    "Adreswijziging patiënt {CUSTOMER_NUMBER_OSTEO}: nu {ADDRESS}, {POSTCODE} {city} (was {ADDRESS}).",
    # travel-vaccination clinic: yellow-fever booklet, trips, children, malaria pills
    "Reisadviesformulier (OCR, handgeschreven)\nNaarn: {NAME_FULL}\nGeb.dat: {DOB}\nBestemrning: {country}\n"
    "Telefoon: {PHONE}",
    "Gele boekje kwijt; {NAME_FULL} ({CUSTOMER_NUMBER_VAX}) kreeg {vaccine} op {date}, nieuw boekje aanvragen.",
    "Gezin reist naar {country}: {NAME_FULL}, partner {NAME_FULL}, kinderen {NAME_CHILD} ({DOB_CHILD}) en "
    "{NAME_CHILD} ({DOB_CHILD}).",
    "Recept malariatabletten voor {NAME_INIT}, geboren {DOB}, BSN {BSN}, naar apotheek gefaxt.",
    "TOPdesk-melding\nAanmelder: {NAME_REG}\nKlantnummer: {CUSTOMER_NUMBER_VAX}\nOmschrijving: betaling "
    "mislukt, kaart {CARD}",
    "Klant appt: hoi! ik ben {NAME_FIRST} en ik heb morgen om {time} een afspraak maar mijn BSN is {BSN} "
    "toch? staat verkeerd in de mail",
    "Terugbetaling reisvaccin naar {IBAN_ABROAD}, klant woont in {city_be} — naam {NAME_FULL}.",
    "Afspraak verzet: {NAME_LOWER}, {PHONE}, reist over 3 weken naar {country}.",
    "Nieuwe cliënt via webformulier: {NAME_FULL} / {EMAIL} / {PHONE} / {DOB} / {POSTCODE}",
    "Vaccinatiebewijs gemaild naar {EMAIL}; cliënt {CUSTOMER_NUMBER_VAX} wilde het ook per post, {ADDRESS}.",
    "Student {NAME_FULL} gaat op stage naar {country}; school betaalt, factuur naar {company_mail}.",
    "Geboortedatum volgens cliënt: {DOB_SAID}. In het systeem staat {DOB}.",
]
