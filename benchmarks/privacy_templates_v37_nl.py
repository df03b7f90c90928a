"""Dutch `test_v37` templates (Frisian and Limburg customers among them): a mortgage advisor's intake, a moving
company, a dental-insurance claims desk, a garden centre's deliveries and loyalty programme, an island ferry and a
municipal waste-collection desk, seen through Dynamics case notes, Typeform exports, Outlook threads, Viber,
reviews, OCR'd letters, agent shorthand and webhook JSON. Written without seeing the redaction rules."""

from __future__ import annotations

NL = [
    # mortgage advisor intake -----------------------------------------------------------------------------
    "Intake hypotheek: aanvrager {NAME_FULL}, geb. {DOB}, partner {NAME_FULL} (geb. {DOB}), werkgever {employer}.",
    "Aanvrager 1: {NAME_REGISTER} | BSN {BSN} | bruto jaarinkomen {amount} bij {employer}",
    "Partner {NAME_FIRST} werkt sinds {date} bij {employer}; werkgeversverklaring nog nodig, BSN {BSN}.",
    "Dossiernotitie: dhr. {NAME_INITIALS} en mw. {NAME_MARRIED}, klantnr {CUSTOMER_NUMBER}, offerte {quote}.",
    "Salaris wordt gestort op {IBAN} t.n.v. {NAME_INITIALS}, loonstrook oktober ontbreekt nog.",
    "Huidig adres aanvragers: {ADDRESS}, {POSTCODE} {town}; gewenste woning kost {amount}.",
    "Vraag van {NAME_FIRST}: mag de IBAN {IBAN} gebruikt worden voor de maandlasten? Klantnummer {CUSTOMER_NUMBER}.",
    "Inkomensverklaring UWV voor BSN {BSN_OCR} is onleesbaar gescand, graag opnieuw. Naam: {NAME_OCR}",
    "Typeform | Wat is uw geboortedatum? {DOB} | Wat is uw e-mailadres? {EMAIL} | Werkgever? {employer}",
    "Typeform export; vraag 4 'telefoonnummer overdag': {PHONE}; vraag 5 'postcode woning': {POSTCODE}",
    # moving company ----------------------------------------------------------------------------------------
    "Ophaaladres: {ADDRESS}, {POSTCODE} {town}. Afleveradres: {ADDRESS}, {POSTCODE} {town}. Ladderlift nodig.",
    "Verhuizing fam. {NAME_SURNAME} op {date}, {mover} komt {time}; contact {PHONE}.",
    "Inventarislijst {NAME_FULL}: 3 kasten, 1 piano, 25 dozen. Klant bereikbaar op {PHONE}.",
    "Liftverhuur {date} bij {ADDRESS} op naam van {NAME_INITIALS}, betaling met creditcard {CARD}.",
    "De bus van {mover} staat geparkeerd, kenteken bus is niet nodig maar klant rijdt zelf mee in {PLATE}.",
    "Klant {NAME_FULL} (relatienr. {CUSTOMER_NUMBER}) wil de offerte {quote} omzetten naar een opdracht.",
    "Nieuw adres doorgeven aan de buren? Nee, alleen aan {NAME_FIRST} en haar zoon {NAME_FIRST}.",
    "verhuisdatum verschoven naar {date}, sleutels ophalen bij buurman {NAME_FULL} op {ADDRESS}",
    # dental insurance claims -----------------------------------------------------------------------------
    "Declaratie: verzekerde {NAME_FULL}, polisnummer {CUSTOMER_NUMBER_POLICY}, behandelaar dr. {NAME_SURNAME}.",
    "Verzekerde {NAME_INITIALS}, geb. {DOB}, BSN {BSN}: nota van {practice} ({amount}) afgewezen.",
    "Medeverzekerde dochter {NAME_FIRST} ({DOB}) valt onder polis {CUSTOMER_NUMBER_POLICY}.",
    "Uitbetaling vergoeding op {IBAN} t.n.v. {NAME_REGISTER}; factuur {invoice} van {practice}.",
    "Behandelend tandarts: Dr. {NAME_FULL}, {practice}, {town}. Patiëntnummer {CUSTOMER_NUMBER}.",
    "Klant belt over kroon, tandarts {NAME_INITIALS} heeft machtiging aangevraagd, cb gevraagd op {PHONE}.",
    "Graag de nota's mailen naar {EMAIL} en niet naar {mailbox}, schrijft mw. {NAME_SURNAME}.",
    # garden centre ----------------------------------------------------------------------------------------
    "Bezorging {plant} bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}. Bel 30 min vooraf: {PHONE}.",
    "Groene Pas lidnummer {CUSTOMER_NUMBER_MEMBER} van {NAME_FULL}: punten van {order} bijschrijven.",
    "Klantenkaart aangevraagd door {NAME_MARRIED}, geboortedatum {DOB} (voor de verjaardagskorting).",
    "Bestelling {order} bij {shop}: afleveren {ADDRESS}, achterom via de poort; bij geen gehoor {PHONE}.",
    "Pinbetaling mislukt, klant betaalt met kaart {CARD}; bon op naam {NAME_LOWER}.",
    "Retour {plant}: terugstorten op {IBAN}, lidnummer {CUSTOMER_NUMBER_MEMBER}.",
    "Bezorgbus kon niet parkeren; auto van klant ({PLATE}) stond op de oprit van {ADDRESS}.",
    # ferry / island transport -----------------------------------------------------------------------------
    "Boeking {booking}: passagiers {NAME_FULL} en {NAME_FULL}, auto {PLATE} mee op de {ship} naar {island}.",
    "Eilanderkaart: bewoner {NAME_FULL}, {ADDRESS}, {POSTCODE} {island}; geboren {DOB}.",
    "Kenteken op boeking wijzigen van {PLATE} naar {PLATE}, klantnummer {CUSTOMER_NUMBER}.",
    "Aanhanger met Duits kenteken {PLATE_DE} hoort bij reservering van {NAME_INITIALS}.",
    "Belgische gast {NAME_FULL}, auto {PLATE_BE}, gsm {PHONE}, afvaart {time}.",
    "Creditcard {CARD} geweigerd voor {booking}, klant {NAME_FIRST} probeert opnieuw.",
    "Reizigers met eilanderkorting: {NAME_REGISTER} (BSN-check {BSN}), woonachtig {ADDRESS}.",
    "Wachtlijst auto-overtocht: {PLATE_NL} – {NAME_SURNAME} – {PHONE}",
    # municipal waste desk ---------------------------------------------------------------------------------
    "Melding: {container} niet geleegd bij {ADDRESS}, {POSTCODE}. Melder {NAME_FULL}, tel. {PHONE}.",
    "Afvalpas kwijt, nieuwe pas sturen naar {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}. BSN {BSN}.",
    "Klacht van {NAME_FULL}: de vuilniswagen heeft haar auto {PLATE} geraakt.",
    "Containerpas voor huurder {NAME_FULL}, huurdernummer {CUSTOMER_NUMBER_TENANT}, adres {ADDRESS}.",
    "Terugbetaling afvalstoffenheffing op {IBAN} t.n.v. {NAME_MARRIED}.",
    "Grofvuil ophalen {date} bij {ADDRESS} ({POSTCODE}); aanvrager {EMAIL}.",
    "Buurvrouw {NAME_FIRST} zet steeds haar {container} voor ons raam, klaagt {NAME_FULL}.",
    # Dynamics case notes ----------------------------------------------------------------------------------
    "[Dynamics 365] Case {ticket} | Contact: {NAME_FULL} | E-mail: {EMAIL} | Telefoon: {PHONE}",
    "[Dynamics] Notitie door {NAME_FULL} (Klantenservice): klant {NAME_INITIALS} vraagt status van {ticket}.",
    "Case-eigenaar: {NAME_FIRST} | Klant-ID: {CUSTOMER_NUMBER} | Postcode: {POSTCODE} | Geboortedatum: {DOB}",
    # agent shorthand --------------------------------------------------------------------------------------
    "kl. belt terug ivm polis, nr {CUSTOMER_NUMBER_POLICY}, tel {PHONE}, cb gevraagd na 14u",
    "cb gevraagd door mw {NAME_SURNAME}, 06 nr {PHONE}, gaat om IBAN wijz. naar {IBAN}",
    "gespr. m/ {NAME_FIRST} ({NAME_LOWER}), pc {POSTCODE}, hnr ontbreekt, terugbellen {weekday}",
    "kl. geverifieerd obv geb.dat. {DOB} + pc {POSTCODE}; klnr {CUSTOMER_NUMBER}",
    "kl. geeft mailadres door als {EMAIL_SPOKEN}, klopt niet met systeem",
    "adres gewijzigd -> {ADDRESS}, {POSTCODE}, kl. akkoord, zn {NAME_FIRST} belt evt terug",
    # Viber ------------------------------------------------------------------------------------------------
    "Viber: Hoi, met {NAME_FIRST}! Mijn mail is {EMAIL_DISGUISED} hoor, stuur de bevestiging daar maar heen 👍",
    "Viber • {NAME_FULL}: kenteken is {PLATE}, sorry vergat ik door te geven",
    "Viber: ik ben {NAME_UPPER}, bel me op {PHONE} als de bus er is",
    # Frisian / Limburg customers --------------------------------------------------------------------------
    "Goeie, ik bin {NAME_FULL} út {town}, myn postkoade is {POSTCODE} en myn nûmer {PHONE}.",
    "Moi, {NAME_FIRST} hjir. De kliïntnûmer is {CUSTOMER_NUMBER}, ik wenje op {ADDRESS}.",
    "Hoije, ich bin {NAME_FULL} oet {town}, mien adres is {ADDRESS}, {POSTCODE}.",
    "Sjoen daag, ich heb mien pas kwiet, klantnómmer {CUSTOMER_NUMBER}, gebaore {DOB}.",
    # OCR scanned letter -----------------------------------------------------------------------------------
    "Geachte heer/mevrouw, hierbij zend ik, {NAME_OCR}, de gevraagde stukken. Postcode {POSTCODE_OCR}.",
    "[scan p.2] Tel: {PHONE_OCR}  Rek.nr: {IBAN_OCR}  Klantnr: {CUSTOMER_NUMBER_OCR}",
    "[OCR] Naam verzekerde: {NAME_OCR} Geb.datum: {DOB_OCR} Adres: {ADDRESS_OCR}",
    "[OCR] BSN: {BSN_OCR} -- handtekening: {NAME_INITIALS}",
    # Outlook thread ---------------------------------------------------------------------------------------
    "> Op {date} schreef {NAME_FULL} <{EMAIL}>:\n> Kunt u mij terugbellen op {PHONE}?\nGraag gedaan.",
    "Met vriendelijke groet,\n{NAME_FULL}\nHypotheekadviseur\nT {company_phone} | M {PHONE}",
    "Van: {NAME_FULL} <{EMAIL}>\nAan: {mailbox}\nOnderwerp: adreswijziging {ADDRESS}",
    "Groet, {NAME_INITIALS} | Teamleider Afvalbeheer | gemeente {town}",
    # JSON webhook -----------------------------------------------------------------------------------------
    '{"event": "booking.created", "passenger": {"name": "{NAME_FULL}", "plate": "{PLATE}"}, "ref": "{booking}"}',
    '{"form_id": "hyp-intake", "answers": {"bsn": "{BSN}", "iban": "{IBAN}", "dob": "{DOB}"}}',
    '{"type": "claim", "insured": "{NAME_FULL}", "policy": "{CUSTOMER_NUMBER_POLICY}", "email": "{EMAIL}"}',
    '{"loyalty": {"member": "{CUSTOMER_NUMBER_MEMBER}", "zip": "{POSTCODE}", "card_last_used": "{CARD}"}}',
    # review -----------------------------------------------------------------------------------------------
    "★☆☆☆☆ Verhuizing door {mover} was een ramp. Groet, {NAME_FULL} uit {town}",
    "Aanbetaling verhuizing {amount} met creditcard {CARD}, vervaldatum 09/27; klant {NAME_FULL}.",
    "Kaartnummer {CARD} staat nog op de boeking van {NAME_INITIALS}, graag verwijderen uit Dynamics.",
    "Viber: kun je het contract mailen naar {EMAIL}? Of anders naar mn werkmail, groetjes {NAME_FIRST}",
    "Tandartsnota voorgeschoten met Visa {CARD}, graag terug op {IBAN}. Verzekerde {NAME_FULL}.",
    "Nieuw mailadres van mw. {NAME_SURNAME}: {EMAIL}, oude adres {EMAIL} vervalt.",
    "★★★★★ Top service van {NAME_FIRST} bij {shop}! {NAME_FULL}, {town}",
]
