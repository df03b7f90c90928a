"""Dutch templates of the `test_v25` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v25_nl`, the English ones in `privacy_templates_v25_en`, sentences without personal data in
`privacy_templates_v25_clean`. Written by someone who never saw the redaction rules.

Frames: a golf club's member administration, a diving school, a rowing club, a sauna and wellness resort, a
foster-care agency, a food bank's intake desk, a sworn-translation agency, an au pair agency, a tree surgeon with a
felling permit, a gliding club, a boating-licence exam centre, an orthopaedic shoemaker, an energy-label adviser and
a civic-integration (inburgering) school. Channels: Google Sheets rows pasted with tabs, LinkedIn messages, PDF form
fields ('Veld: ... Waarde: ...'), Telegram group messages, Trello cards, till receipts, out-of-office replies,
speech-to-text dictation with 'eh' and 'uhm', handwritten intake forms through OCR ('Naarn', 'lntake'), bank
transfers with 'Omschrijving', Zendesk macros filled in, envelope address windows, Jira tickets, SQL INSERT
statements, Facebook group posts and web call-back requests.

Labels: a span is exactly the personal data; a title (dhr., mevr., dr.), a cue ('BSN', 'Waarde:', 'lidnr'), SQL
quotes, tabs and 'eh'/'uhm' around it are outside ('eh' inside a number read aloud is inside). A person's name is
labelled wherever it stands (customer, relative, child, agent, doctor after 'dr.', signer); first name and surname
side by side are one span, initials and surname too, a double surname too, and so is 'Wal, J. van der'. Firms,
clubs and streets that hold a person's name are not labelled. A street with house number is one ADDRESS; Dutch,
Belgian, German, Irish and British postcodes are POSTCODE; a town alone is not labelled. An e-mail address written
so bots miss it is one EMAIL. Member, client, candidate, dossier, pass, brevet and customer numbers are
CUSTOMER_NUMBER; order, ticket, Jira, booking, invoice and exam-session numbers, company phone numbers and mailboxes,
amounts and dates that are no birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v25_en import TEST_V25_PII_EN
from benchmarks.privacy_templates_v25_nl import NL_FIRST

_NL = [
    # au pair agency: LinkedIn messages, Facebook group posts
    "LinkedIn-bericht\nGoedemiddag, ik zoek via {aupair} een au pair voor onze tweeling. Groet, {NAME_FULL} "
    "(bereikbaar op {PHONE})",
    "Facebook-groep Au pairs in Nederland\nHelp! Onze au pair {NAME_PH} is haar verblijfskaart kwijt, iemand tips? "
    "- {NAME_FIRST_F}",
    "Gastgezin {CUSTOMER_NUMBER_AUPAIR}: {NAME_FULL} en {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, 2 kinderen.",
    "Au pair {NAME_BR}, geboren {DOB_FOREIGN}, aankomst {date}, zakgeld naar {IBAN}.",
    "Zorgverzekering au pair aangevraagd, BSN {BSN}, gastvader {NAME_FULL_M}.",
    "Au pair {NAME_ES} mag de auto ({PLATE}) gebruiken voor het halen en brengen van {NAME_CHILD}.",
    # tree surgeon: web call-back requests, Facebook posts
    "Terugbelverzoek via website\nNaam: {NAME_FULL}\nTelefoon: {PHONE_LAND}\nOnderwerp: eik te dicht bij huis",
    "Terugbelverzoek\nNaam: {NAME_INITIALS}\nTel: {PHONE}\nAdres: {ADDRESS}, {POSTCODE}\nBeste tijd: na {time}",
    "Facebook-groep Buurt {city}\nWie kent een goede boomverzorger? Onze wilg hangt over de schuur. {NAME_FULL_SMALL}",
    "Kapvergunning aangevraagd door {NAME_FULL} voor {ADDRESS}, {POSTCODE} {city}, klant {CUSTOMER_NUMBER_TREE}.",
    "Hoogwerker {PLATE} staat vrijdag voor {ADDRESS}, buurman {NAME_SURNAME_M} is ingelicht.",
    "Aanbetaling snoeiwerk {amount} ontvangen van {IBAN}, klant {CUSTOMER_NUMBER_TREE}.",
    # gliding club: SQL INSERT statements, Telegram
    "INSERT INTO leden (naam, geboortedatum, email) VALUES ('{NAME_FULL}', '{DOB_ISO}', '{EMAIL}');",
    "INSERT INTO vliegers VALUES ('{CUSTOMER_NUMBER_GLIDE}', '{NAME_SORTED}', '{PHONE}', '{POSTCODE}');",
    "UPDATE leden SET iban = '{IBAN_PLAIN}' WHERE lidnr = '{CUSTOMER_NUMBER_GLIDE}';",
    "Telegram — Lierploeg\n{NAME_FIRST_M}: ik sta met de lierwagen ({PLATE}) bij hek 2, wie heeft de sleutel?",
    "Medisch LAPL-keuring {NAME_FULL}, geboren {DOB}, bij dr. {NAME_DOCTOR} op {date}.",
    "Instructeur {NAME_STAFF} vliegt zaterdag met leerling {NAME_FULL} ({CUSTOMER_NUMBER_GLIDE}).",
    # boating licence exam: Jira tickets, PDF form fields
    "[{jira}] Kandidaat kan niet inloggen\nReporter: {NAME_STAFF}\nBeschrijving: kandidaat {NAME_FULL}, "
    "{CUSTOMER_NUMBER_BOAT}, mail {EMAIL}",
    "[{jira}] Dubbele betaling\nBeschrijving: {amount} 2x afgeschreven van {IBAN}, kandidaat {CUSTOMER_NUMBER_BOAT}",
    "[{jira}] Geboortedatum fout op vaarbewijs\nBeschrijving: staat {DOB}, moet {DOB} zijn. Klant: {NAME_FULL}",
    "Veld: Kandidaatnummer\nWaarde: {CUSTOMER_NUMBER_BOAT}\nVeld: BSN\nWaarde: {BSN}\nVeld: Examen\nWaarde: {course}",
    "Veld: Pasfoto\nWaarde: ontbreekt\nVeld: Naam\nWaarde: {NAME_DOUBLE}\nVeld: Mobiel\nWaarde: {PHONE}",
    "Examen betaald met creditcard {CARD}, bevestiging naar {EMAIL_HIDDEN}.",
    # orthopaedic shoemaker: Zendesk macros, insurer authorisation
    "Beste {NAME_SURNAME_F},\n\nUw machtiging voor orthopedische schoenen is goedgekeurd. Uw patiëntnummer is "
    "{CUSTOMER_NUMBER_SHOES}. Passen op {date} om {time}.",
    "Machtiging zorgverzekeraar: verzekerde {NAME_FULL_ELDER}, geboren {DOB_ELDER}, BSN {BSN}.",
    "Schoenen klaar voor {NAME_FULL}, ophalen of bezorgen op {ADDRESS}, {POSTCODE} {city}?",
    "Eigen bijdrage {amount} via pinbetaling, kaart {CARD}, patiënt {CUSTOMER_NUMBER_SHOES}.",
    "Verwijzing van podotherapeut voor {NAME_INITIALS}, tel. {PHONE_LAND}, diabetische voet.",
    # energy-label adviser: Jira tickets, Google Sheets rows
    "[{jira}] Opname energielabel\nBeschrijving: {ADDRESS}, {POSTCODE} {city}, eigenaar {NAME_FULL}, {PHONE}",
    "Adres\tPostcode\tEigenaar\tLabel\n{ADDRESS}\t{POSTCODE}\t{NAME_SORTED}\tC",
    "Opnemer {NAME_STAFF} kon niet binnen bij {ADDRESS}; bewoner {NAME_SURNAME_M} bellen op {PHONE}.",
    "Klantnummer {CUSTOMER_NUMBER_LABEL}: label nodig voor verkoop, notaris vraagt het vóór {date}.",
    "Factuur label betaald met {CARD} door {NAME_FULL}.",
    # civic-integration school: speech-to-text of a learner, Zendesk
    "spraakbericht: hallo eh ik ben {NAME_SY} uhm mijn nummer is {PHONE} ik kan niet komen dinsdag",
    "spraakbericht: goedemorgen met {NAME_ER} eh ik woon nu op {ADDRESS} uhm {POSTCODE} {city}",
    "Beste {NAME_FIRST},\n\nUw inburgeringsplicht loopt via DUO, klantnummer {CUSTOMER_NUMBER_INTEGRATION}. "
    "Neem uw verblijfsdocument mee.",
    "Cursist {NAME_SO}, geboren {DOB}, BSN {BSN}, niveau A2, start {date}.",
    "Lening DUO: lesgeld {amount} rechtstreeks van {IBAN} van {NAME_ER}.",
    # mixed frames and formats
    "Mijn geboortedatum is eh {DOB_SPOKEN} en mijn BSN {BSN_SPOKEN}.",
    "mijn telefoonnummer is {PHONE_SPOKEN}",
    "Mailadres: {EMAIL_SPELLED}.",
    "Postcode {POSTCODE_SPELLED}, huisnummer 18.",
    "Kaartnummer voorgelezen: {CARD_SPOKEN}.",
    "Emailadres {EMAIL_HIDDEN} (zo tegen de spam).",
    "{NAME_FULL}\t{EMAIL}\t{PHONE}\t{IBAN}",
    "Met vriendelijke groet,\n\n{NAME_FULL}\nPenningmeester {rowing}\n{PHONE} | {EMAIL_WORK}",
    "Groetjes,\n{NAME_FIRST}\n\nVerstuurd vanaf mijn iPad\n\n> Op {date} schreef {NAME_STAFF} <{company_mail}>:",
    "Nieuwe mail van {NAME_FULL} ({EMAIL}), oud adres {EMAIL} graag verwijderen.",
    "Belgische cursist {NAME_BE}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}, rekening {IBAN_BE}.",
    "Duitse gast {NAME_DE}, {ADDRESS_DE}, {POSTCODE_DE} Kleve, Tel. {PHONE_DE}, Kennzeichen {PLATE_DE}.",
    "Poolse vrijwilliger {NAME_PL}, tel. {PHONE_PL}, auto {PLATE_PL}, geboren {DOB_FOREIGN}.",
    "Belgische nummerplaat {PLATE_BE}, eigenaar {NAME_BE}, {EMAIL_BE}.",
    "Surinaamse pleegoma {NAME_SR_F}, geboren {DOB_ELDER}, {ADDRESS}, {city}.",
    "Moluks gezin: vader {NAME_ML_M}, contactpersoon dochter {NAME_ML_F}, {PHONE}.",
    "Friese roeier {NAME_FY_M} en zijn zus {NAME_FY_F} delen een skiff.",
    "Klant {NAME_IT} belt vanuit Spanje, {PHONE_ES}, of via WhatsApp {PHONE}.",
    "Syrische vader {NAME_SY_M} belt namens zijn zoon; eigen nummer {PHONE_SY}, Nederlands nummer {PHONE}.",
    "IBAN buitenland: {IBAN_ABROAD}, rekeninghouder {NAME_FULL}, adres {ADDRESS}.",
    "Kentekens deelnemers: {PLATE}, {PLATE} en {PLATE}.",
    "Lijst wachtende kandidaten: {NAME_FULL}, {NAME_FULL}, {NAME_INITIALS}.",
]

TEST_V25_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V25_PII_EN
