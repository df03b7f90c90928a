"""Dutch templates of the `test_v26` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v26_nl`, the English ones in `privacy_templates_v26_en`, sentences without personal data in
`privacy_templates_v26_clean`. Written by someone who never saw the redaction rules.

Frames: a boiler-maintenance subscription, a youth hostel (night register, school groups), a municipal bicycle
depot, a medical-aids lender, a Sinterklaas agency, a firewood seller, a sun-blind installer, a heritage steam
railway and its volunteers, a chess club, a sign-language interpreter agency, a dog-walking service, a shooting club
(licences and WM4 permits), a home-exchange platform and a cake bakery. Channels: work orders (werkbon), e-mail
threads with 'Op ... schreef ...:' headers, SMS with emoji, night registers, Microsoft Forms exports (tab rows and
'Vraag/Antwoord'), chat widgets, drivers' stop lists, Signal and Discord messages, webforms, YAML and INI snippets,
iCalendar VEVENT blocks, CSV with quoted fields, Apple Notes lists and postcards.

Labels: a span is exactly the personal data; a title (dhr., mevr., dr.), a cue ('BSN', 'naam:', 'klantnr'), quotes,
YAML keys and emoji around it are outside. A person's name is labelled wherever it stands (customer, relative,
child, staff member, doctor after 'dr.', signer, attendee in a calendar block); first name and surname side by side
are one span, initials and surname too, a double surname too, and so is 'Berg, Annelies van den'. Firms, clubs,
hostels, locomotives and streets that hold a person's name are not labelled. A street with house number is one
ADDRESS; Dutch, Belgian, German, French and British postcodes are POSTCODE; a town alone is not labelled. An e-mail
address written so bots miss it is one EMAIL. Subscription, member, depot, lending, hostel-card, licence, contract
and customer numbers are CUSTOMER_NUMBER; order, ticket, booking, invoice and work-order numbers, bicycle frame
numbers, company phone numbers and mailboxes, amounts and dates that are no birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v26_en import TEST_V26_PII_EN
from benchmarks.privacy_templates_v26_nl import NL_FIRST

_NL = [
    # heritage railway: volunteer rosters (CSV with quoted fields), Discord, ticket office
    '"naam";"functie";"mobiel";"rijbewijs"\n"{NAME_FULL}";"conducteur";"{PHONE}";"ja"',
    '"{NAME_SORTED}","{EMAIL}","{DOB_ISO}","stoker"',
    "Vrijwilliger {NAME_FULL}, geboren {DOB}, lidnummer {CUSTOMER_NUMBER_RAIL}, medische keuring stoker op {date}.",
    "Kaartje verloren? {NAME_FULL} belt vanaf {PHONE_LAND}, heeft {booking} betaald met {CARD}.",
    "Contributie vereniging: {amount} per jaar, machtiging {IBAN} ({NAME_FULL}), lid {CUSTOMER_NUMBER_RAIL}.",
    "Machinist {NAME_FULL_M} zet zijn auto ({PLATE}) op het terrein achter de remise.",
    # chess club: Discord, member lists, tournament registration (INI)
    "Discord #interne-competitie\n{NAME_FIRST_M}: wie speelt er dinsdag tegen {NAME_FULL}? ik sta op {PHONE} als "
    "iemand niet kan",
    "[speler]\nnaam = {NAME_FULL}\nknsb = {CUSTOMER_NUMBER_CHESS}\ngeboortedatum = {DOB}\nrating = 1784",
    "[contact]\nemail = {EMAIL}\ntelefoon = {PHONE}\nadres = {ADDRESS}, {POSTCODE} {city}",
    "Jeugdlid {NAME_CHILD} ({DOB_CHILD}), ouder {NAME_FULL}, bondsnummer {CUSTOMER_NUMBER_CHESS}.",
    "Toernooigeld {amount} ontvangen van {IBAN} o.v.v. simultaan {NAME_SURNAME}.",
    "Hongaarse grootmeester {NAME_HU} speelt simultaan; geboren {DOB_FOREIGN}, contact {EMAIL}.",
    # sign-language interpreter: iCalendar blocks, referrals
    "BEGIN:VEVENT\nSUMMARY:Tolkopdracht huisarts\nATTENDEE;CN={NAME_FULL}:mailto:{EMAIL}\nLOCATION:{ADDRESS}, "
    "{city}\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Gebarentolk sollicitatiegesprek\nORGANIZER;CN={NAME_STAFF}:mailto:{company_mail}\n"
    "DESCRIPTION:Cliënt {NAME_FULL}, klantnr {CUSTOMER_NUMBER_INTERP}\nEND:VEVENT",
    "Tolkvoorziening aangevraagd voor {NAME_FULL}, BSN {BSN}, geboren {DOB}, doof sinds geboorte.",
    "Beeldbellen: cliënt {NAME_FULL} heeft alleen WhatsApp-video, nummer {PHONE}.",
    "Tolk {NAME_FULL_F} declareert reiskosten: {amount}, kenteken {PLATE}, {workorder}.",
    # dog walking: Apple Notes lists, intake, SMS with emoji
    "Notities — ma/wo/vr\n- Boef: {NAME_SURNAME_F}, {ADDRESS}, sleutel onder de mat\n- Luna: {NAME_FULL}, {PHONE}",
    "Intake uitlaatservice: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE}, noodnummer {PHONE}, dierenarts {city}.",
    "Boef is weer thuis 🐕 Heeft heerlijk gerend! Factuur volgt op {EMAIL}. Groet, {NAME_STAFF}",
    "Abonnement {CUSTOMER_NUMBER_DOG}: 3x per week, incasso van {IBAN}, eigenaar {NAME_FULL}.",
    "Vervangende uitlater {NAME_FULL_M} rijdt met de {PLATE}, bel hem op {PHONE} als hij er niet is.",
    # shooting club: licence administration, WM4 permits
    "Aanvraag verlof WM4: {NAME_FULL}, geboren {DOB}, BSN {BSN}, KNSA-licentie {CUSTOMER_NUMBER_SHOOT}.",
    "Ledenlijst schietvereniging\n{NAME_SORTED}\t{CUSTOMER_NUMBER_SHOOT}\t{DOB}\t{ADDRESS}",
    "Verklaring van geen bezwaar voor {NAME_FULL} ({POSTCODE} {city}) doorgestuurd naar de korpschef.",
    "Baanhuur {amount} betaald met {CARD} door {NAME_INITIALS}.",
    "Aspirant-lid {NAME_MA} heeft zich gemeld, telefoon {PHONE}, e-mail {EMAIL}.",
    # home exchange: platform messages, profile exports
    "Bericht via {swap}\nHallo {NAME_FIRST}, wij ruilen graag in juli! Ons huis: {ADDRESS_FR}, {POSTCODE_FR} "
    "Lyon. Groet, {NAME_FR}",
    "Profiel {CUSTOMER_NUMBER_SWAP}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, 2 kinderen, geen huisdieren.",
    "Gasten {NAME_DE} en {NAME_DE} komen met de {PLATE_DE}, bereikbaar op {PHONE_DE}.",
    "Borg {amount} geblokkeerd op creditcard {CARD}, lid {CUSTOMER_NUMBER_SWAP}.",
    "Sleutel ligt bij buurman {NAME_FULL_M}, {ADDRESS}, tel. {PHONE_LAND}.",
    "Belgische ruilers {NAME_BE} en partner {NAME_BE}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}.",
    # cake bakery: order forms, postcards, e-mail
    "Taartbestelling\nNaam: {NAME_FULL}\nTel: {PHONE}\nTekst op taart: 'Gefeliciteerd {NAME_FIRST}!'\nOphalen: {date}",
    "Verjaardagstaart voor {NAME_FULL_ELDER}, 90 jaar op {date}: geboren {DOB_ELDER} in {city}.",
    "Bruidstaart {order}: bruidspaar {NAME_FULL} en {NAME_FULL}, bezorgen op {ADDRESS}, {POSTCODE} {city}.",
    "Aanbetaling bruidstaart {amount} van {IBAN}, klant {CUSTOMER_NUMBER_CAKE}.",
    "Ansichtkaart: Lieve bakkers, de taart was prachtig! Liefs, {NAME_FULL} en {NAME_CHILD}\n{ADDRESS}\n{POSTCODE}",
    # mixed frames and formats
    "Mijn BSN is {BSN_SPOKEN}, en geboren op {DOB_SPOKEN}.",
    "ik spel mijn mail even: {EMAIL_SPELLED}",
    "Postcode is {POSTCODE_SPELLED}.",
    "telefoon: {PHONE_SPOKEN} (na zes uur)",
    "Kaartnummer zoals voorgelezen: {CARD_SPOKEN}",
    "Mail maar naar {EMAIL_HIDDEN}, anders komt het in de spam.",
    "Met vriendelijke groet,\n\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\nT {PHONE_LAND} | M {PHONE}",
    "Groet,\n{NAME_FIRST}\n\n---- Op {date} schreef {NAME_STAFF} ({company_mail}) ----\n> Uw afspraak staat gepland.",
    "Ons nieuwe adres per {date}: {ADDRESS}, {POSTCODE} {city}. Het oude, {ADDRESS}, vervalt.",
    "Franse klant {NAME_FR}, {ADDRESS_FR}, {POSTCODE_FR} Nice, portable {PHONE_FR}, plaque {PLATE_FR}.",
    "Belgische klant {NAME_BE}, rekening {IBAN_BE}, {EMAIL_BE}, nummerplaat {PLATE_BE}.",
    "Portugese gast {NAME_PT}, nascida {DOB_FOREIGN}, IBAN {IBAN_ABROAD}.",
    "Hindoestaanse familie {NAME_HS_ELDER} (geb. {DOB_ELDER}), kleinzoon {NAME_HS_M} regelt alles via {PHONE}.",
    "Kaapverdiaanse klant {NAME_CV} belt via {PHONE_INTL}; dochter {NAME_CV_F} tolkt.",
    "Roemeense monteur {NAME_RO_M}, tel. {PHONE_RO}, busje {PLATE}.",
    "Vietnamese studente {NAME_VN_F}, kamer 14, e-mail {EMAIL}, geboren {DOB}.",
    "Griekse vrijwilliger {NAME_GR}, Molukse collega {NAME_ID}, beide op {date} ingeroosterd.",
    "Kentekens op de parkeerplaats: {PLATE}, {PLATE}, {PLATE_BE}.",
    "Lijst terugbellen: {NAME_FULL} ({PHONE}), {NAME_INITIALS} ({PHONE_LAND}), {NAME_FY} ({PHONE}).",
    "Limburgse klant {NAME_LI_ELDER}, {ADDRESS}, geboren {DOB_ELDER}, IBAN {IBAN}.",
]

TEST_V26_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V26_PII_EN
