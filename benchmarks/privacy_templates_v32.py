"""Dutch templates of the `test_v32` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v32_nl`, the English ones in `privacy_templates_v32_en`, sentences without personal data in
`privacy_templates_v32_clean`. Written by someone who never saw the redaction rules.

Frames: a music school with piano lessons (children and their parents, adult pupils, rental pianos, exams), a
wedding-car hire (bride and groom, witnesses, chauffeurs, deposits, damage by a following car), a dog-grooming
salon (owners, dogs, no-shows, a pick-up service, a bite), a stair-lift supplier (elderly customers and their
children, WMO provision by the municipality, service contracts, engineers' visits), a farrier (horse owners,
livery stables, trailers) and a costume-rental shop (deposits, ID checks, carnival groups, theatre companies).
Channels: Zammad tickets, tawk.to and LiveChat chats, Kustomer conversations, Pipedrive deal notes, Simplicate
relation cards, Google Business Profile messages, Threema messages, Webex transcripts, Tally form submissions,
Notion table rows, RingCentral call logs, scanned rental contracts, Flemish customers.

Labels: a span is exactly the personal data; a title (mevr., dhr., fam.), a cue ('leerlingnr', 'BSN') and brackets
stay outside. A person's name is labelled wherever it stands (customer, parent, child, partner, chauffeur,
neighbour), a first name alone too; given name and surname are one span, as are initials with surname, a married
name with a dash and register order ('Meulen, Gerrit van der'). Firms, music schools, salons, pieces of music and
the names of dogs and horses are not labelled. A street with its house number and addition is one ADDRESS, a
postcode one POSTCODE, a town alone nothing. Customer, pupil, hirer, dog-card, contract, stable-client and member
numbers are CUSTOMER_NUMBER; orders, bookings, rides, tickets, invoices, quotes, company phones and mailboxes, KvK
and VAT numbers, amounts and dates that are no birth date are not labelled; every licence plate is a PLATE."""

from __future__ import annotations

from benchmarks.privacy_templates_v32_en import TEST_V32_PII_EN
from benchmarks.privacy_templates_v32_nl import NL_FIRST

_NL = [
    # stair-lift supplier: elderly customers, their children, WMO, service contracts, engineers
    "RingCentral-gesprek {time}\nBeller: {NAME_FULL}, dochter van mevr. {NAME_LAST}\nTerugbelnr: {PHONE}\n"
    "Notitie: traplift {lift_model} piept, contract {CUSTOMER_NUMBER_LIFT}",
    "WMO-aanvraag traplift via gemeente {city}: cliënt {NAME_FULL}, geboren {DOB_OLD}, BSN {BSN}.",
    "Monteur {NAME_FIRST} staat voor de deur bij {ADDRESS}, {POSTCODE} {city}, maar niemand doet open; buurman "
    "heeft sleutel.",
    "Servicecontract {CUSTOMER_NUMBER_LIFT} overgezet op zoon {NAME_M}, incasso voortaan van {IBAN}.",
    "Simplicate relatiekaart\nNaam: {NAME_REG}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nTelefoon: {PHONE_FIXED}\n"
    "Contractnr: {CUSTOMER_NUMBER_LIFT}",
    "mevrouw {NAME_LAST} (geb {DOB_OLD}) kan niet meer naar boven, lift staat stil halverwege!! bel {PHONE_SAID}",
    "Opmeting bij {NAME_INIT}, {ADDRESS}; trap met kwartdraai, offerte volgt. Parkeren: bus {PLATE}.",
    "De gemeente vraagt BSN voor de beschikking; zoon leest voor: {BSN_SAID}.",
    "Klant verhuist naar verzorgingshuis, lift terugkopen; ex-adres {ADDRESS}, {POSTCODE}, contactpersoon "
    "{NAME_MARRIED} ({EMAIL}).",
    "Huurlift: maandbedrag {amount} van rekening {IBAN} t.n.v. {NAME_CAPS}, contract {CUSTOMER_NUMBER_LIFT}.",
    # farrier: horse owners, stables, trailers, invoices
    "Planning hoefsmid {weekday}: {stable} — {horse} van {NAME_FULL} ({CUSTOMER_NUMBER_FARRIER}), tel {PHONE}.",
    "Eigenaar {NAME_FIRST} vraagt of {horse} nieuwe ijzers krijgt; betaalt altijd contant.",
    "Factuur naar {NAME_INIT}, {ADDRESS}, {POSTCODE} {city}, klantnr {CUSTOMER_NUMBER_FARRIER}.",
    "Trailer {PLATE} met paard stond in de weg op het erf; eigenaar {NAME_LOWER}, {PHONE}.",
    "Stalhouder {NAME_FULL} betaalt voor 6 paarden, rekening {IBAN_NL}, machtiging getekend {date}.",
    "Sms: hoi met {NAME_F} van {horse}, verloren ijzer, kan je morgen? groetjes",
    "Duitse klant {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}, paardentrailer {PLATE_DE}, tel {PHONE_ABROAD}.",
    # costume-rental shop: deposits, ID checks, carnival groups, theatre companies
    "Tally-formulier\nNaam: {NAME_FULL}\nE-mail: {EMAIL}\nTelefoon: {PHONE}\nKostuum: {costume}\nOphalen: {date}",
    "Borg {amount} via kaart {CARD}, huurder {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_COSTUME}.",
    "ID gecontroleerd bij balie: {NAME_REG}, geb. {DOB}; kopie NIET bewaard, BSN {BSN} afgeplakt.",
    "Carnavalsgroep 12 pakken, penningmeester {NAME_FULL}, terugstorten borg op {IBAN}.",
    "LiveChat\nKlant: is het {costume} nog vrij voor {date}?\nAgent: Ja! Op welke naam?\nKlant: {NAME_LOWER}, "
    "{EMAIL_OBF}",
    "Toneelvereniging huurt 30 kostuums; contact regisseur {NAME_M}, {ADDRESS}, {POSTCODE} {city}, {PHONE_FIXED}.",
    "Kostuum te laat terug; lid {CUSTOMER_NUMBER_COSTUME} ({NAME_LAST}) krijgt boete, mail naar {EMAIL}.",
    "Verzending pak naar {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}; klant corrigeert de postcode later naar "
    "{POSTCODE_BE}.",
    # mixed: identity, payment and contact data from every desk
    "Klant geeft alles in eigen volgorde: {PHONE}, {NAME_FULL}, {POSTCODE}, {ADDRESS}.",
    "Klantnummer {CUSTOMER_NUMBER}, naam {NAME_FULL}, geboren {DOB}, e-mail {EMAIL}.",
    "Betaling mislukt, kaartnummer in opmerkingenveld: {CARD}; veld leeggemaakt.",
    "Twee incasso's van {IBAN} en {IBAN} voor dezelfde klant {NAME_LAST}, eentje terugboeken.",
    "postcode {POSTCODE_SAID}, huisnummer 12, zegt klant {NAME_FIRST}; systeem vindt {POSTCODE}.",
    "dhr {NAME_LAST} geboren {DOB_SAID}, vraagt of zijn gegevens goed staan",
    "Parkeerlijst open dag: {PLATE}, {PLATE}, {PLATE_BE}.",
    "BSN {BSN} per ongeluk in ticket gezet door klant {NAME_FULL}; ticket geschoond.",
    "Verhuisd naar Engeland: {NAME_FULL}, {ADDRESS_GB}, {POSTCODE_GB}, tel {PHONE_ABROAD}.",
    "Terugbelverzoek: {NAME}, {PHONE}, na {time}",
    "Klant {CUSTOMER_NUMBER} meldt nieuw mailadres {EMAIL}, het oude {EMAIL} vervalt.",
    "allee, ik heb mijn gsm-nummer verkeerd doorgegeven, 't is {PHONE_BE}, groetjes {NAME_FIRST}",
    "Kunt ge het pak ook naar {ADDRESS_BE}, {POSTCODE_BE} {city_be} sturen? Mvg {NAME_FULL}",
    "klant typt alles achter elkaar: geboortedatum {DOB} postcode {POSTCODE} naam {NAME_LOWER}",
    "Export trimsalon.csv\n{NAME_REG};{EMAIL};{PHONE};{CUSTOMER_NUMBER_DOG}",
    "Vergunning stoet: kentekens {PLATE} en {PLATE}, beide van {NAME_FULL}.",
    "Incassomachtiging\nNaam: {NAME_REG}\nIBAN: {IBAN}\nKlantnr: {CUSTOMER_NUMBER}\nDatum: {date}",
]

TEST_V32_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V32_PII_EN
