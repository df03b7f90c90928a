"""Dutch templates of the `test_v20` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v20_nl`, the English ones in `privacy_templates_v20_en`, sentences without personal data in
`privacy_templates_v20_clean`. Written by someone who never saw the redaction rules.

Frames: a water company's leak report, a car-sharing app, a hotel booking dispute, an airline's lost-luggage desk,
a health insurer's claim, a gym membership freeze, an online supermarket's missing items, a bicycle repair shop, a
solar-panel installer, a mortgage advisor, a debt-collection agency, a language school, a pet insurance, a
music-streaming family plan, a second-hand marketplace scam report, a home-care organisation, an OV-chipkaart
refund and a kitchen fitter's complaint. Channels: call transcripts (K:/A:), chats with time stamps where a value
runs over two messages, e-mail with greeting and signature, app and social posts, web forms, agent notes.

Labels: a span is exactly the personal data; a title or role before it (meneer, mevrouw, dhr., mw., t.a.v.,
fietsenmaker), a cue ('BSN', 'tel.', 'polisnummer') and the punctuation around it are outside. A value cut over two
chat messages gives one span per piece, each with the value's type; a value broken by a line break stays one span.
A person's name is labelled wherever it stands (caller, relative, neighbour, agent, child, greeting, signature);
given name and surname side by side are one span; a firm, shop or product named after a person (Fietsenmaker Van der
Molen, Bike Totaal Jan de Boer, Dr. Oetker) and a pet's name are not. A street with its house number and any suffix
('-II', 'hs', 'bis', 'A-02', '/3') is one ADDRESS; the postcode apart is POSTCODE; a town or country alone is not
labelled. A landline with its extension ('030 123 4567 toestel 214') is one PHONE. Customer, contract, policy, member,
debtor, student, client and account numbers are CUSTOMER_NUMBER; order, booking, flight, baggage-tag, ticket,
invoice, article and transaction numbers, company phone numbers and mailboxes, amounts and dates that are no birth
date are not labelled. An e-mail written with '[at]', '(at)', 'punt' or spelled aloud is one EMAIL."""

from __future__ import annotations

from benchmarks.privacy_templates_v20_en import TEST_V20_PII_EN
from benchmarks.privacy_templates_v20_nl import NL_FIRST

_NL = [
    # mortgage advisor
    "Adviesgesprek {lender} op {date}: aanvragers {NAME_FULL} ({DOB}) en {NAME_FULL} ({DOB}).",
    "Hypotheekofferte {CUSTOMER_NUMBER_CONTRACT}, onderpand {ADDRESS}, {POSTCODE} {city}. Taxatie volgt.",
    "Voor de hypotheek hebben we nodig: BSN {BSN}, loonstrook en een afschrift van {IBAN}. Groet, {NAME_STAFF}",
    "Beste meneer {NAME_SURNAME_M},\n\nDe rentevaste periode loopt af. Belt u ons op {company_phone}?\n\n"
    "Met vriendelijke groet,\n{NAME_FULL}\nHypotheekadviseur",
    "Oversluiten naar {lender}: huidige leningnummer {CUSTOMER_NUMBER_ACCOUNT}, op naam van {NAME_DOUBLE}.",
    # debt-collection agency
    "Aanmaning van {collector}, debiteurnummer {CUSTOMER_NUMBER_DEBTOR}. Ik heb die {amount} allang betaald vanaf "
    "{IBAN}.",
    "Betalingsregeling aangevraagd door {NAME_FULL}, {ADDRESS}, {POSTCODE}. Bereikbaar na {time} op {PHONE}.",
    "Jullie sturen brieven naar mijn overleden vader, {NAME_FULL_M}, geb. {DOB_ELDER}. Stop hiermee.",
    "K: Ik krijg steeds brieven voor iemand anders.\nA: Welke naam staat erop?\nK: {NAME_FULL}.\nA: En uw naam?\n"
    "K: {NAME_FULL}, ik woon sinds {date} op {ADDRESS}.",
    "Deurwaarder stond bij {NAME_INITIALS} op de stoep, debiteur {CUSTOMER_NUMBER_DEBTOR}. Bel {PHONE_EXT}.",
    # language school
    "Inschrijving {course} bij {school}: {NAME_TR}, geboren {DOB}, tel. {PHONE}, e-mail {EMAIL_SAME}.",
    "Cursist {NAME_UA} ({CUSTOMER_NUMBER_STUDENT}) uit Oekraïne vraagt of de gemeente betaalt. Mail {EMAIL_SAME}.",
    "Lesgeld {course} ({amount}) betaald met creditcard {CARD}, toch een herinnering. Cursistnummer "
    "{CUSTOMER_NUMBER_STUDENT}.",
    "Docent {NAME_STAFF} meldt: {NAME_PL} en {NAME_ER} missen al drie lessen.",
    "Certificaat {course} opsturen naar {NAME_FULL}, {ADDRESS_WRAP}, {POSTCODE} {city}.",
    # pet insurance
    "Declaratie dierenarts voor {pet} bij {vet}: {amount}. Polis {CUSTOMER_NUMBER_POLICY}, eigenaar {NAME_FULL}.",
    "{pet} is geopereerd, vergoeding graag naar {IBAN} t.n.v. {NAME_INITIALS}.",
    "Mijn buurvrouw {NAME_FULL_F} past op {pet}, ze mag namens mij bellen: {PHONE}.",
    "Premie {vet} omhoog zonder bericht. {NAME_FORM}, {EMAIL_SAME}",
    # music-streaming family plan
    "{stream} Family: hoofdaccount {EMAIL}, leden {NAME_FIRST}, {NAME_CHILD} en {NAME_CHILD}.",
    "Iemand in Brazilië zit op ons familieabonnement! Account {EMAIL_VOICE}, betaald met {CARD}.",
    "Adres voor {stream} Family moet hetzelfde zijn: {ADDRESS}, {POSTCODE}. Mijn zoon {NAME_CHILD} woont op kamers.",
    "[20:14] {NAME_FIRST_LOW}: kaart eindigt op... wacht\n[20:15] {NAME_FIRST_LOW_SAME}: {CARD_HEAD}\n"
    "[20:15] {NAME_FIRST_LOW_SAME}: {CARD_TAIL}",
    # second-hand marketplace scam
    "Oplichting via {market}: verkoper {NAME_FULL} vroeg {amount} op {IBAN} en stuurde niets.",
    "Koper stuurde een nep-betaalverzoek. Zijn nummer: {PHONE}, naam op WhatsApp {NAME_FIRST_M}.",
    "Melding fraude {market}: tegenpartij gebruikt rekening {IBAN_BE} en telefoon {PHONE_BE}.",
    "Aangifte gedaan. Gegevens oplichter: {NAME_FULL_UP}, {ADDRESS_UP}, {POSTCODE}. Klopt vast niet.",
    "Ik heb mijn paspoort laten zien aan een 'koper', nu gebruikt iemand mijn BSN {BSN} en geboortedatum {DOB}.",
    # home care
    "Zorgaanvraag {homecare} voor mevrouw {NAME_SURNAME_F}, {DOB_ELDER}, {ADDRESS}, {POSTCODE} {city}.",
    "Wijkverpleging komt niet meer om {time}. Mijn vader {NAME_FULL_M} wacht dan met zijn steunkousen. Bel {PHONE}.",
    "Overdracht avonddienst {NAME_STAFF}: dhr. {NAME_INITIALS} ({DOB_ELDER}) gevallen, dochter {NAME_FIRST_F} "
    "gebeld op {PHONE}.",
    "Cliëntnummer {CUSTOMER_NUMBER_CLIENT}, sleutelkluisje code bij de buren, {NAME_FULL} {PHONE_LAND}.",
    "Eigen bijdrage CAK klopt niet, BSN moeder {BSN}, geboren {DOB_ELDER}. {NAME_FY}",
    # OV-chipkaart refund
    "Restitutie OV-chipkaart: uitcheck vergeten op {date}, {amount}. Terug op {IBAN}, {NAME_FULL}.",
    "Persoonlijke OV-chipkaart voor {NAME_FULL}, geboren {DOB}. Foto en pas naar {ADDRESS}, {POSTCODE} {city}.",
    "Mijn kind {NAME_CHILD} ({DOB_CHILD}) heeft een kinderkorting nodig, account {EMAIL}.",
    "Saldo terugvragen, ik verhuis naar België: {ADDRESS_BE}, {POSTCODE_BE} {city_be}, rekening {IBAN_BE}.",
    "[07:52] Reiziger: rekeningnummer is {IBAN_HEAD}\n[07:52] Reiziger: {IBAN_TAIL}\n[07:53] NS: genoteerd.",
    # kitchen fitter
    "Klacht {kitchen}: werkblad verkeerd gemaakt. Klantnummer {CUSTOMER_NUMBER}, adres {ADDRESS}, {POSTCODE}.",
    "Monteur {NAME_FULL_M} kwam met busje {PLATE} en is na een uur weggegaan.",
    "Restbetaling {amount} houd ik in tot de keuken af is. {NAME_FULL}, {PHONE}, {EMAIL_SAME}",
    "Keuken op {ADDRESS}, {POSTCODE}: sleutel bij {NAME_FULL}, {PHONE_VOICE}.",
    # abroad, capitals, lower case, greetings, signatures, fragments
    "Turkse klant {NAME_TR}, via zijn dochter op {PHONE_TR}.",
    "Indonesische tante {NAME_ID}, bereikbaar op {PHONE_ID}.",
    "Familie in Kaapverdië: {NAME_CV}, {PHONE_CV}.",
    "Chinese leverancier schrijft zijn naam als {NAME_CN}, mobiel {PHONE_CN}.",
    "Poolse klant {NAME_PL}, Pools nummer {PHONE_PL}, spreekt geen Nederlands.",
    "Fries gesprek met {NAME_FY}, terugbellen op {PHONE_LAND}.",
    "Belgische auto {PLATE_BE} van {NAME_FULL} stond op de parkeerplaats.",
    "hoi {NAME_FIRST_LOW}, dit is mijn nummer {PHONE}. gr",
    "NAAM: {NAME_FULL_UP} / GEB.DATUM: {DOB} / BSN: {BSN}",
    "naam {NAME_FULL_LOW} adres {ADDRESS_LOW} postcode {POSTCODE}",
    "Met vriendelijke groet,\n\n{NAME_INITIALS}\n{ADDRESS}\n{POSTCODE} {city}\n{PHONE}",
    "Groetjes,\n{NAME_FIRST}\n\nVerstuurd vanaf mijn iPhone",
    "Hallo {NAME_FIRST},\n\nUw klantnummer blijft {CUSTOMER_NUMBER}; de nieuwe pas gaat naar {ADDRESS}.",
    "Kenteken doorgeven: {PLATE_VOICE}.",
    "Wijzig kenteken {PLATE} naar {PLATE}, lease loopt af.",
    "Mailadres staat op twee regels: {EMAIL_WRAP}",
    "Mobiel nummer gebroken in het formulier: {PHONE_WRAP}",
    "Telefoon {PHONE_HEAD}\n{PHONE_TAIL} (tweede deel kwam in een los bericht)",
    "Mijn mail is {EMAIL_OBF}, met die haken erin tegen spam.",
    "Kaartnummer voorgelezen: {CARD_VOICE}.",
    "IBAN voorgelezen: {IBAN_VOICE}.",
    "Geboortedatum {DOB_VOICE}, postcode {POSTCODE_VOICE}.",
    "Vaste lijn werk: {PHONE_EXT}, mobiel {PHONE}.",
    "Relatie {CUSTOMER_NUMBER} op naam van {NAME_DOUBLE}.",
    "Zorgverzekeraar vraagt het BSN van mijn pasgeboren zoon: {BSN}. Hij heet {NAME_CHILD}, geboren {DOB_CHILD}.",
    "Inburgeringscursus: BSN staat op de brief als {BSN}, maar op mijn verblijfspas anders.",
    "Hypotheekadviseur wil het BSN van mijn partner {NAME_FULL}: {BSN}. Veilig via de mail?",
    "Kaartnummer in twee berichten:\n[13:10] Klant: {CARD_HEAD}\n[13:11] Klant: {CARD_TAIL} vervalt 04/28",
    "Creditcard {CARD} geblokkeerd na het boeken bij {booker}, ik wil een nieuwe. {NAME_INITIALS}",
    "Voorschot hotel ({amount}) liep via creditcard {CARD}, maar de boeking staat op {NAME_FULL}.",
    "Webformulier\nNaam: {NAME_FORM}\nKaart: {CARD}\nBedrag: {amount}\nReden: dubbele afschrijving",
    "Sportschool-app vraagt om een creditcard; ik heb {CARD} ingevoerd en nu staat er {amount} open.",
    "Keukenbedrijf schreef {amount} af van kaart {CARD} zonder akkoord. Klantnummer {CUSTOMER_NUMBER}.",
    "Deelauto {PLATE} rijdt met mijn account rond terwijl ik thuis ben! Lidnummer {CUSTOMER_NUMBER_MEMBER}.",
    "Parkeerboete voor de bus ({PLATE}) van de zonnepanelenmonteur kwam bij ons terecht.",
    "Tweedehands fiets gekocht van iemand met auto {PLATE}, nu blijkt hij gestolen. Verkoper noemde zich "
    "{NAME_FIRST_M}.",
    "Thuiszorgmedewerker {NAME_STAFF} parkeert op de invalidenplek met {PLATE}.",
    "Polis {CUSTOMER_NUMBER_POLICY} opzeggen per {date}; premie liep via {IBAN}.",
    "Contractnummer {CUSTOMER_NUMBER_CONTRACT}, nieuwe rekening voor de termijnen: {IBAN}.",
    "Debiteur {CUSTOMER_NUMBER_DEBTOR} betaalt voortaan in termijnen, eerste termijn {date}.",
    "Account {CUSTOMER_NUMBER_ACCOUNT} ({stream}) op naam van een overleden familielid, {NAME_FULL}.",
]

TEST_V20_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V20_PII_EN
