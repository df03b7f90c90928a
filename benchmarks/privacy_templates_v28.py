"""Dutch templates of the `test_v28` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v28_nl`, the English ones in `privacy_templates_v28_en`, sentences without personal data in
`privacy_templates_v28_clean`. Written by someone who never saw the redaction rules.

Frames: a hair-salon chain (Treatwell and Salonized bookings, patch tests, gift cards), a wig and hair-prosthesis
supplier (referrals, insurer claims), a classic-car insurer and its club (valuation reports, rallies, Kifid
complaints), a tool and machine rental shop (deposits, ID checks at the counter, trailers), a party-tent and event
rental firm (street parties, weddings, photo booths) and a brass band (member administration, instrument loans).
Channels: AI call-summary bullet points, HubSpot contact records and timeline entries, Intercom chats with a bot,
Typeform response exports, booking-platform notifications, complaint letters to the Kifid, counter intake forms,
phone memo slips, quote requests, member-change forms and bank-transfer descriptions.

Labels: a span is exactly the personal data; a title (dhr., mevr., dr.), a cue ('BSN', 'polis', 'klantnummer')
and brackets around it stay outside. A person's name is labelled wherever it stands (customer, relative, staff
member, doctor, signer), first name alone too; given name and surname are one span, and so are initials with
surname, a double surname and register order ('Heijden, A.J. van der'). Firms, bands, cars and streets named after
a person are not labelled. A street with its house number and addition is one ADDRESS, a postcode one POSTCODE,
a town alone nothing. Contract, policy, member and customer numbers are CUSTOMER_NUMBER; order, invoice, gift card,
Typeform, ticket and booking numbers, company phone numbers, addresses and mailboxes, amounts and dates that are no
birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v28_en import TEST_V28_PII_EN
from benchmarks.privacy_templates_v28_nl import NL_FIRST

_NL = [
    # tool and machine rental: counter intake, deposits, trailers
    "Balie-intake verhuur\nHuurder: {NAME_FULL}\nLegitimatie: rijbewijs, gecontroleerd\nAdres: {ADDRESS}, "
    "{POSTCODE} {city}\nContract: {CUSTOMER_NUMBER_RENT}\nBorg: {amount}",
    "Borg {amount} voor {machine} geblokkeerd op kaart {CARD}, huurder {NAME_INIT}.",
    "Aanhanger met kenteken {PLATE} niet teruggebracht; huurder {NAME_FULL} neemt niet op ({PHONE}).",
    "Huurcontract {CUSTOMER_NUMBER_RENT}: {machine} van {date} t/m {date}, bezorgen op {ADDRESS}, contactpersoon "
    "{NAME_FIRST} {PHONE}",
    "Samenvatting (AI)\n• klant {NAME_FULL} (contract {CUSTOMER_NUMBER_RENT}) zegt dat de trilplaat defect was\n"
    "• wil borg terug op {IBAN}",
    "Klant: ik kom morgen de bouwdroger halen, staat op naam van mijn man {NAME_M}\nMedewerker: prima, "
    "neem zijn rijbewijs mee",
    "Zakelijke huurder, contactpersoon {NAME_INIT}, mobiel {PHONE}, mail {EMAIL}; factuur naar de zaak.",
    "Schade aan steiger gemeld door {NAME}, {ADDRESS}. Foto's volgen via {EMAIL}.",
    "Boete Duitse politie voor bus {PLATE} — huurder op dat moment: {NAME_FULL}, geboren {DOB}.",
    "Terugbetaling borg per overboeking naar {IBAN}, omschrijving: borg {CUSTOMER_NUMBER_RENT} {NAME_SMALL}",
    # party tents and events: quote requests, street parties, weddings
    "Offerteaanvraag feesttent\nNaam: {NAME_FULL}\nE-mail: {EMAIL}\nTelefoon: {PHONE}\nDatum feest: {date}\n"
    "Locatie: {ADDRESS}, {city}\nAantal gasten: 80",
    "Straatfeest {street_party}: aanvrager {NAME_FULL}, {ADDRESS}, vergunning gemeente {city} aangevraagd.",
    "Samenvatting (AI):\n- beller: {NAME}\n- bruiloft op {date}, tent 10x20 m\n- klantnummer {CUSTOMER_NUMBER_TENT}\n"
    "- terugbellen {PHONE_FIXED}",
    "Opbouwploeg: tent bij {NAME_LAST} staat scheef, buurman {NAME_FULL} klaagt over de haringen in zijn gazon.",
    "Photobooth, {order}, klant {CUSTOMER_NUMBER_TENT}, aanbetaling {amount} van {IBAN} ({NAME_INIT}).",
    "Intercom\nBot: Wat is je ordernummer of klantnummer?\nBezoeker: {CUSTOMER_NUMBER_TENT}\nBot: Dank je, "
    "{NAME_FIRST}! Een collega helpt je zo.",
    "Opdrachtbevestiging aan {NAME_CAPS}, {ADDRESS}, {POSTCODE} — tent + 10 statafels, {amount} incl. btw.",
    "Chauffeur neemt de vrachtwagen {PLATE}; sleutel tuin bij {NAME_FIRST}, code poort 4411.",
    "Klacht: tent bij {NAME_FULL} in {city} pas om 14:00 geleverd i.p.v. 9:00. Klant eist {amount} terug op {IBAN}.",
    "Buitenlandse klant {NAME}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}, {PHONE_ABROAD}, huurt partytent voor camping.",
    # brass band: member administration, instrument loans
    "Mutatieformulier ledenadministratie\nNaam: {NAME_REG}\nGeboortedatum: {DOB}\nAdres: {ADDRESS}\n"
    "Postcode: {POSTCODE}\nIBAN contributie: {IBAN}\nLidnummer: {CUSTOMER_NUMBER_BAND}",
    "Bruikleen instrument: {instrument} serienr. {serial} aan {NAME_FULL} (lid {CUSTOMER_NUMBER_BAND}).",
    "Jeugdlid {NAME_FULL}, geboren {DOB_YOUNG}, ouder/verzorger {NAME_FULL}, {PHONE}.",
    "Afmelding repetitie: {NAME_FIRST} ({PHONE}) kan {weekday} niet, heeft de {instrument} nog.",
    "Contributie {year} niet ontvangen van {NAME_INIT}, lidnummer {CUSTOMER_NUMBER_BAND}; herinnering naar {EMAIL}.",
    "Jubilaris 40 jaar lid: {NAME_FULL}, geboren {DOB_OLD}, woont {ADDRESS} — oorkonde laten maken.",
    "Samenvatting (AI):\n• {NAME_FULL} wil lid worden als slagwerker\n• mail: {EMAIL_OBF}\n• BSN genoemd door "
    "beller: {BSN} (niet opslaan!)",
    # mixed channels and forms
    "Overboeking ontvangen\nVan: {IBAN}\nNaam: {NAME_CAPS}\nOmschrijving: borg {CUSTOMER_NUMBER} {order}",
    "Telefoonnotitie: {NAME} belde, nummer {PHONE_SAID}, wil weten waar de offerte blijft.",
    "De postcode? Ja: {POSTCODE_SAID}, huisnummer 14.",
    "Mijn e-mail is {EMAIL_SPELL}, heeft u dat?",
    "Ik spel het even: {EMAIL_SPELL}.",
    "Kaartnummer telefonisch: {CARD_SAID}, geldig tot 11/29, op naam van {NAME_CAPS}.",
    "Verhuisd: oud adres {ADDRESS}, {POSTCODE}; nieuw adres {ADDRESS}, {POSTCODE} ({NAME_FULL}).",
    "Belgische klant {NAME}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, rekening {IBAN_BE}, gsm {PHONE_BE}.",
    "Klant {NAME_F} geboren {DOB_SAID}, althans dat zei ze aan de telefoon.",
    "Kenteken Belgische aanhanger {PLATE_BE}, trekauto {PLATE}, bestuurder {NAME}.",
    "Klantnummer {CUSTOMER_NUMBER}, naam {NAME_FULL}, tel {PHONE}, mail {EMAIL}.",
    "Klant {NAME_FULL} vraagt of wij het BSN {BSN} wel veilig bewaren; antwoord: wij bewaren dat niet.",
    "Pasfoto-upload mislukt. Handmatig ingevoerd: {NAME_REG}, geb. {DOB}, BSN {BSN}.",
    "Mevr. {NAME_LAST} ({DOB_OLD}) wil dat haar schoonzoon {NAME_M} voortaan belt: {PHONE_FIXED}.",
    "Klant: hai ik ben {NAME_FIRST} van {ADDRESS}, de tent waait bijna weg!! bel {PHONE} AUB",
    "Facturatieadres gewijzigd naar {ADDRESS}, {POSTCODE} {city} door {NAME_FULL} (klant {CUSTOMER_NUMBER}).",
    "Duitse kenteken {PLATE_DE} op de parkeerplaats van de fanfare; eigenaar {NAME} gevraagd te verplaatsen.",
    "Pinautomaat kapot; klant {NAME_FULL} betaalt de huur van de {machine} met creditcard {CARD}.",
    "Aanbetaling feesttent met {CARD}, kaarthouder {NAME_CAPS}, klantnummer {CUSTOMER_NUMBER_TENT}.",
    "Kassabon {salon}: knippen + kleuren {amount}, betaald met {CARD} (contactloos mislukt).",
    "Klant leest kaart voor: {CARD_SAID}. Vervaldatum 09/27, CVC niet genoteerd.",
    "Zorgverzekeraar vraagt BSN van verzekerde: {BSN}, geboren {DOB}, naam {NAME_INIT}.",
    "Belastingdienst-formulier vrijwilligersvergoeding: {NAME_FULL}, BSN {BSN}, IBAN {IBAN}.",
    "Nieuw mailadres van {NAME_FULL}: {EMAIL} (oud: {EMAIL}).",
    "Klant wil de nieuwsbrief niet meer op {EMAIL_OBF} ontvangen.",
    "Huurder {NAME_LAST}, geb. {DOB}, rijbewijs B+E gecontroleerd, kenteken aanhanger {PLATE}.",
    "Oldtimerpolis {CUSTOMER_NUMBER_CLASSIC}: tweede auto {PLATE_OLD} toegevoegd, regelmatige bestuurder "
    "{NAME_FULL} ({DOB}).",
    "Postcodecheck webformulier: {POSTCODE} + huisnummer gaf geen adres; klant typte {ADDRESS}.",
    "Haarwerkklant {CUSTOMER_NUMBER_WIG} verhuist naar {ADDRESS}, {POSTCODE} {city}.",
    "Kapsalon-abonnement {CUSTOMER_NUMBER_SALON} opgezegd door {NAME_FULL} per {date}.",
]

TEST_V28_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V28_PII_EN
