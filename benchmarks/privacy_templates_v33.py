"""Dutch templates of the `test_v33` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v33_nl`, the English ones in `privacy_templates_v33_en`, sentences without personal data in
`privacy_templates_v33_clean`. Written by someone who never saw the redaction rules.

Frames: a hospice's volunteer desk (applicants and their VOG, rotas, relatives of guests, gifts), a sports-nutrition
webshop (orders, subscriptions, allergens, returns, chargebacks, team orders), a repairer of antique clocks (house
calls, repair tags, valuations for the insurer, inherited clocks), a sailmaker (sails collected from boats in
marinas, winter storage, covers measured on site), a party and bouncy-castle rental (children's parties, deposits,
set-up on a lawn, damage, municipal events) and a pottery studio (courses, kiln firings, members, children's
workshops). Channels: Userlike and Tidio chats, LiveAgent tickets, Shopify and WooCommerce order notes, 3CX and
Voys call logs, Genesys Cloud transcripts, Mattermost messages, Kiyoh reviews with the reply, an answering service's
memos, repair tags, Lightspeed till receipts, LimeSurvey answers, WeChat messages, Zoom chat, Flemish customers.

Labels: a span is exactly the personal data; a title (mw., dhr., meneer), a cue ('klantnr', 'BSN') and brackets
stay outside. A person's name is labelled wherever it stands (customer, volunteer, relative, child, parent, member),
a first name alone too; given name and surname are one span, as are initials with surname, a married name with a
dash and register order ('Linden, Joost van der'). Firms, hospices, studios, products, clocks and boats are not
labelled even when named after a person. A street with its house number and addition is one ADDRESS, a postcode one
POSTCODE, a town alone nothing. Customer, volunteer, member, course and client-card numbers are CUSTOMER_NUMBER;
orders, invoices, tickets, repair bags, quotes, batches, product codes, company phones and mailboxes, KvK and VAT
numbers, amounts and dates that are no birth date are not labelled; every licence plate is a PLATE."""

from __future__ import annotations

from benchmarks.privacy_templates_v33_en import TEST_V33_PII_EN
from benchmarks.privacy_templates_v33_nl import NL_FIRST

_NL = [
    # sailmaker: sails from boats in marinas, covers measured on site, winter storage
    "Genesys-transcript [00:01:55] klant: ja met {NAME_FULL}, de {sail} van de {boat} is gescheurd. [00:02:10] "
    "klant: mijn nummer is {PHONE}",
    "Werkorder zeilmaker: {sail} ophalen bij {NAME_INIT}, ligplaats jachthaven {city}, klantnr {CUSTOMER_NUMBER_SAIL}.",
    "Opmeten kuiptent aan huis: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; boot op de trailer {PLATE} in de tuin.",
    "Winterstalling zeilen {amount}, incasso van {IBAN} t.n.v. {NAME_REG}, klant {CUSTOMER_NUMBER_SAIL}.",
    "mail van {NAME_LOWER} ({EMAIL}): kan de {sail} voor {date} klaar zijn?",
    "Klant {CUSTOMER_NUMBER_SAIL} wil betalen met creditcard: {CARD_SAID}, gebeld vanaf {PHONE}.",
    "Zeil verzonden naar {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}.",
    "Trailer {PLATE_DE} van Duitse klant {NAME_LAST} staat nog op ons terrein.",
    # party and bouncy-castle rental: children's parties, deposits, set-up on a lawn, damage
    "Boeking {castle}\nHuurder: {NAME_FULL}\nAdres opbouw: {ADDRESS}, {POSTCODE} {city}\nTel: {PHONE}\n"
    "Klantnr: {CUSTOMER_NUMBER_PARTY}\nFeest voor: {NAME_CHILD}, wordt 7",
    "Borg {amount} teruggestort op {IBAN}, huurder {NAME_MARRIED}, klant {CUSTOMER_NUMBER_PARTY}.",
    "hoi! ik ben {NAME_FIRST}, mijn zoontje {NAME_CHILD} (geboren {DOB_YOUNG}) is jarig, is het {castle} vrij op "
    "{date}? groetjes",
    "Schade aan {castle}: scheur na feest bij {NAME_INIT}, {ADDRESS}; bus {PLATE} met twee man terug geweest.",
    "Gemeente {city} huurt stormbaan voor koningsdag, contact {NAME_FULL}, {EMAIL}, {PHONE_FIXED}.",
    "WhatsApp ging niet dus via Zoom-chat: {NAME_LOWER}: mijn postcode is {POSTCODE_SAID} en huisnummer 8",
    "Betaling met kaart {CARD} voor {castle}, kaarthouder {NAME_FULL}, klant {CUSTOMER_NUMBER_PARTY}.",
    "Chauffeur: adres klopt niet, klant {NAME_LAST} zegt {ADDRESS} ipv {ADDRESS}, bel {PHONE}",
    # pottery studio: courses, kiln firings, members, children's workshops
    "Inschrijving {course}\nCursist: {NAME_FULL}\nGeboortedatum: {DOB}\nE-mail: {EMAIL}\nLidnr: {CUSTOMER_NUMBER_CLAY}",
    "LimeSurvey antwoord: 'docent was top!! groetjes {NAME_LOWER}, lid {CUSTOMER_NUMBER_CLAY}'",
    "Stookbeurt {date}: werk van {NAME_INIT} en {NAME_INIT} in de oven, ophalen na {time}.",
    "Kinderworkshop: {NAME_CHILD} (geb. {DOB_YOUNG}), moeder {NAME_F}, {PHONE}.",
    "Lidmaatschap {CUSTOMER_NUMBER_CLAY} opgezegd, laatste termijn van {IBAN_NL}, mail naar {EMAIL_OBF}.",
    "WeChat-bericht van {NAME_FULL}: can I join {course}? my phone {PHONE_ABROAD}",
    # mixed: identity, payment and contact data from every desk
    "Klant geeft alles in één keer: {POSTCODE} {NAME_LOWER} {PHONE} {ADDRESS}",
    "Gegevens gecorrigeerd: geboortedatum {DOB}, niet {DOB}; klantnr {CUSTOMER_NUMBER}.",
    "bsn van mn moeder is {BSN_SAID} zegt {NAME_FIRST}, voor de aanvraag",
    "IBAN gewijzigd van {IBAN} naar {IBAN_FOREIGN} op verzoek van {NAME_FULL}.",
    "Klantnummer {CUSTOMER_NUMBER}\n{NAME_REG}\n{ADDRESS}\n{POSTCODE}  {city}\n{PHONE}",
    "Parkeercontrole open atelierdag: {PLATE}, {PLATE_ANY} en {PLATE}.",
    "meneer {NAME_LAST} geboren {DOB_SAID} wil weten welke gegevens we hebben",
    "BSN {BSN} stond in een bijlage van {NAME_INIT}; bijlage verwijderd, klant ingelicht.",
    "Kunt ge mij terugbellen op {PHONE_BE}? 't Is voor een bestelling, {NAME_FULL} uit {city_be}",
    "verhuisd naar Engeland: {NAME_FULL}, {ADDRESS_GB}, {POSTCODE_GB}, {EMAIL}",
    "Klant met kenteken {PLATE_BE} heeft de poort geblokkeerd, eigenaar {NAME_FIRST}, {PHONE_BE}.",
    "Incassomachtiging\nNaam: {NAME_REG}\nRekening: {IBAN}\nKlantnummer: {CUSTOMER_NUMBER}\nGetekend: {date}",
    "Twee keer besteld door {NAME_FULL}: {EMAIL} en {EMAIL}, zelfde postcode {POSTCODE}.",
    "Genesys-transcript [00:04:02] agent: en uw burgerservicenummer? [00:04:09] klant: eh dat is {BSN}",
    "VOG-aanvraag via Justis klaargezet voor {NAME_FULL}: BSN {BSN}, geboren {DOB} te {city}.",
    "Zorgverzekeraar vraagt gegevens gast {NAME_INIT}: BSN {BSN}, geb. {DOB_OLD}, opgenomen sinds {date}.",
    "LimeSurvey vrij veld: 'mijn bsn is {BSN} als jullie dat nodig hebben' — antwoord gewist.",
    "Vrijwilliger {NAME_FIRST} zette per ongeluk BSN {BSN} en rekening {IBAN_NL} in Mattermost.",
    "Levering {product} naar {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_FULL}; bel aan bij de achterdeur.",
    "Klok terugbrengen naar {ADDRESS} (fam. {NAME_LAST}), bellen bij aankomst {PHONE}.",
    "Afhaalpunt gewijzigd: niet meer {ADDRESS} maar {ADDRESS_BE}, {POSTCODE_BE} {city_be}, zegt {NAME_LOWER}.",
    "Bezorgbus {PLATE} stond op de oprit van {NAME_FULL}, {ADDRESS}; klacht via Voys.",
    "Parkeerboete {PLATE}: bestuurder was vrijwilliger {NAME_FIRST}, hospice betaalt niet.",
    "kenteken {PLATE} staat op naam van huurder {NAME_INIT}, bus {PLATE} van ons stond ernaast",
]

TEST_V33_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V33_PII_EN
