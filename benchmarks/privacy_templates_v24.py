"""Dutch templates of the `test_v24` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v24_nl`, the English ones in `privacy_templates_v24_en`, sentences without personal data in
`privacy_templates_v24_clean`. Written by someone who never saw the redaction rules.

Frames: a hospital's sleep clinic, a hot-air balloon operator, a home charge-point installer and charge card, a
service importing used cars from Germany, airport valet parking, a domain registrar and web host, an indoor
playground's birthday parties, a scouting group, a carnival association, self-storage, an angling club and its
fishing licence (VISpas), a dog and cat kennel, a kringloop shop's pick-up service, an art library (kunstuitleen),
a stamp and coin auction house, a party-rental firm, a Flemish social-housing company and a DNA-test firm.
Channels: fax cover sheets, PDF-to-text with broken columns, scanned forms with checkboxes, SMS-gateway and
two-factor logs, application error logs, WHOIS records, Slack messages with @mentions, Instagram DMs, bank
statement lines, EPC payment QR payloads, HTML-to-text remnants (&nbsp;, <br>), shipping labels, pasted Outlook
invites and Google Forms exports.

Labels: a span is exactly the personal data; a title (dhr., mevr., dr.), a cue ('BSN', 'Registrant Name:'), the
'@' of a Slack mention, '&nbsp;', '<br>', checkboxes, tabs and column padding around it are outside. A person's
name is labelled wherever it stands (customer, relative, child, staff member, doctor after 'dr.', signer, sender);
first name and surname side by side are one span, initials and surname too, and so is a married name
('Smits-van Rijn') and 'Bosch, Floor van den'. Firms, clubs, groups and streets that hold a person's name are not
labelled. A street with house number is one ADDRESS; Dutch, Belgian, German and British postcodes are POSTCODE; a
town alone is not labelled. An e-mail address written so bots miss it ('floor [at] ziggo [dot] nl') is one EMAIL.
A Belgian national register number is BSN. Patient, member, contract, client, account, dossier, lender, buyer,
tenant, licence (VISpas) and registrant-handle numbers are CUSTOMER_NUMBER; order, ticket, booking, voucher,
invoice, lot and request numbers, one-time codes, flight numbers, barcodes, chassis numbers, company phone numbers
and mailboxes, amounts and dates that are no birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v24_en import TEST_V24_PII_EN
from benchmarks.privacy_templates_v24_nl import NL_FIRST

_NL = [
    # self-storage: PDF-to-text contracts
    "Huurovereenkomst opslagruimte\nHuurder            {NAME_FULL}\nAdres             {ADDRESS}\n"
    "                  {POSTCODE}  {city}\nContractnummer    {CUSTOMER_NUMBER_STORAGE}",
    "Box B-114 van {NAME_FULL} wordt geveild wegens achterstand, laatste brief naar {ADDRESS}, {POSTCODE} {city}.",
    "Toegangscode unit gewijzigd op verzoek van {NAME_FULL}, legitimatie gezien, geboren {DOB}.",
    "Incasso {amount} mislukt op {IBAN}, huurder {CUSTOMER_NUMBER_STORAGE}, sms gestuurd naar {PHONE}.",
    "Tweede sleutelhouder toegevoegd: {NAME_FULL_M}, {PHONE}, {EMAIL}.",
    # angling club and VISpas: HTML-to-text remnants
    "Naam:&nbsp;{NAME_FULL}<br>VISpas:&nbsp;{CUSTOMER_NUMBER_VISPAS}<br>E-mail:&nbsp;{EMAIL}<br>",
    "<p>Geboortedatum: {DOB}</p><p>Adres: {ADDRESS}, {POSTCODE} {city}</p>",
    "VISpas {CUSTOMER_NUMBER_VISPAS} niet ontvangen, wel afgeschreven van {IBAN}. Groet, {NAME_FULL}",
    "Jeugdlid {NAME_CHILD}, geboren {DOB_CHILD}, wil nachtvissen bij {angling}; ouder {NAME_FULL} geeft toestemming.",
    "Controleur {NAME_STAFF} schreef op: visser zonder VISpas, {NAME_FULL_SMALL}, woont {ADDRESS_SMALL}.",
    # kennel: Slack messages
    "#planning-pension  {NAME_STAFF}  14:02\n@{NAME_STAFF} kun je de beagle van {NAME_FULL} morgen om 08:00 "
    "inchecken? eigenaar bereikbaar op {PHONE}",
    "#balie  {NAME_STAFF}  09:17\nmevrouw {NAME_SURNAME_F} belt, kat Muis moet medicijnen, noodcontact {NAME_FULL} "
    "{PHONE_LAND}",
    "Klantnummer {CUSTOMER_NUMBER_KENNEL}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, 2 honden, ingeënt.",
    "Vakantieadres eigenaar tijdens verblijf: {ADDRESS_DE}, {POSTCODE_DE} Winterberg, mobiel {PHONE}.",
    "Aanbetaling pension {amount} via {CARD}, ophalen {date} door {NAME_FULL}.",
    # kringloop pick-up: SMS
    "SMS van {PHONE}: goedemiddag, kunnen jullie dinsdag een bankstel ophalen op {ADDRESS}? {NAME_FIRST}",
    "Ophaalronde {date}: 1) {NAME_FULL}, {ADDRESS}, {POSTCODE} 2) {NAME_INITIALS}, {ADDRESS}, 3e etage zonder lift",
    "Chauffeur {NAME_STAFF} met bus {PLATE}; klant {NAME_SURNAME_M} wil ook de kast kwijt.",
    "Per ongeluk de doos met foto's van {NAME_FULL_ELDER} meegenomen, graag terug naar {ADDRESS}, tel {PHONE_LAND}.",
    # art library: bank statement lines
    "{date} SEPA Incasso Crediteur: {artlib} Naam: {NAME_INITIALS_CAPS} IBAN: {IBAN_PLAIN} Omschrijving: "
    "leenabonnement lener {CUSTOMER_NUMBER_ART}",
    "/TRTP/SEPA OVERBOEKING/IBAN/{IBAN_PLAIN}/BIC/RABONL2U/NAME/{NAME_REGISTER_CAPS}/REMI/kunstwerk terug",
    "Lener {CUSTOMER_NUMBER_ART} heeft het schilderij beschadigd teruggebracht; {NAME_FULL}, {EMAIL}.",
    "Bezorgen van drie werken op {ADDRESS}, {POSTCODE} {city}, voor {NAME_FULL_F}, ophangen op afspraak.",
    # stamp and coin auction house
    "Kopersnummer {CUSTOMER_NUMBER_AUCTION} ({NAME_REGISTER}) kocht {lot}, betaling via {CARD}.",
    "Inzender {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; opbrengst na veiling naar {IBAN_ABROAD}.",
    "Nalatenschap: verzameling van wijlen {NAME_FULL_ELDER} (geb. {DOB_ELDER}), erfgenaam {NAME_MARRIED}.",
    "Telefonisch bieden op {lot}: {NAME_FULL}, bereikbaar op {PHONE_BE} of {PHONE}.",
    "Schriftelijk bod van {NAME_FULL_CAPS}, klant {CUSTOMER_NUMBER_AUCTION}, e-mail {EMAIL_CAPS}.",
    # party rental: EPC payment QR payloads
    "BCD\n002\n1\nSCT\nRABONL2U\n{NAME_FULL}\n{IBAN_PLAIN}\nEUR150.00\n\n\nBorg springkussen retour",
    "Opbouw partytent {date} op {ADDRESS}, {POSTCODE} {city}; aanspreekpunt {NAME_FULL}, {PHONE}.",
    "Klant {CUSTOMER_NUMBER_PARTY} wil de borg terug op een andere rekening: {IBAN} in plaats van {IBAN}.",
    "Springkussen geleverd bij de buren ({ADDRESS}), klant {NAME_FULL_SMALL} woont op nummer 12.",
    "Aanhanger {PLATE} met de tent staat nog bij {NAME_FULL}, ophalen vóór {time}.",
    # Flemish social-housing company
    "Kandidaat-huurder {NAME_BE}, rijksregisternummer {BSN_BE}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}.",
    "Huurdersnummer {CUSTOMER_NUMBER_HOUSING}: lekkende chauffageketel bij {NAME_BE}, gsm {PHONE_BE}.",
    "Huurwaarborg terugstorten op {IBAN_BE} t.n.v. {NAME_BE}, na plaatsbeschrijving op {date}.",
    "Gezinssamenstelling: {NAME_BE} (°{DOB}), partner {NAME_MA} (°{DOB}), kind {NAME_CHILD} (°{DOB_CHILD}).",
    "Mail van {EMAIL_BE}: mijn rijksregisternummer {BSN_BE} staat verkeerd in jullie brief.",
    "Parkeerplaats in de garage voor nummerplaat {PLATE_BE}, huurder {CUSTOMER_NUMBER_HOUSING}.",
    # DNA-test firm: shipping labels, error logs
    "VERZENDLABEL\nAan: {NAME_FULL_CAPS}\n{ADDRESS_CAPS}\n{POSTCODE} {city}\nNEDERLAND\n{order}",
    "ERROR kit-registratie: account {CUSTOMER_NUMBER_DNA}, geboortedatum '{DOB_ISO}' ongeldig voor {EMAIL}",
    "Verwantschap gevonden: {NAME_FULL} en {NAME_FULL} delen 1.740 cM. Toestemming gedeeld profiel: ja.",
    "Verzoek tot verwijdering van alle gegevens van {NAME_FULL}, account {CUSTOMER_NUMBER_DNA}, geboren {DOB}.",
    "Klant zoekt biologische vader, geboren {DOB_PT} in Lissabon, naam volgens moeder {NAME_PT_M}.",
    # more of the same frames: BSN, cards, accounts, plates, mail
    "Zorgverzekeraar wil BSN {BSN} en geboortedatum {DOB} bij de machtiging voor de CPAP van {NAME_FULL}.",
    "[x] Kopie ID bijgevoegd\nBSN (zie paspoort): {BSN}\nNaam: {NAME_FULL}\n[ ] Tweede huurder",
    "Tenaamstelling RDW na import: {NAME_INITIALS}, BSN {BSN_PLAIN}, {ADDRESS}, {POSTCODE} {city}.",
    "2026-03-14 10:22:01 WARN pii-in-vrije-tekst veld=opmerking bevat bsn {BSN} (klant {CUSTOMER_NUMBER_DNA})",
    "Instagram DM\nhoi ik heb mijn bsn {BSN} via het formulier gestuurd, is dat wel veilig?? groetjes {NAME_FIRST}",
    "Extra dag parkeren {amount} afgeschreven van creditcard {CARD}, klant {NAME_FULL} is het er niet mee eens.",
    "Ballonvaart voor twee betaald met {CARD}, voucher graag naar {EMAIL}.",
    "Automatische verlenging mislukt: kaart {CARD} verlopen, klant {CUSTOMER_NUMBER_DOMAIN}.",
    "#balie  {NAME_STAFF}  16:48\n@{NAME_STAFF} kaart van {NAME_FULL} geweigerd ({CARD}), mag ze contant betalen?",
    "Kaartnummer:&nbsp;{CARD}<br>Naam op kaart:&nbsp;{NAME_FULL_CAPS}<br>Vervaldatum:&nbsp;07/28<br>",
    "Betaalwijze        Creditcard\nKaartnummer       {CARD}\nKaarthouder       {NAME_FULL}",
    "Chargeback op {CARD}: {NAME_FULL} zegt de kit nooit ontvangen te hebben, {order}.",
    "Terugboeking borg springkussen: {IBAN_PLAIN} / {NAME_REGISTER}",
    "[x] Eenmalige machtiging  [ ] Doorlopende machtiging\nRekeningnummer (IBAN): {IBAN}\nNaam rekeninghouder: "
    "{NAME_FULL}",
    "Instagram DM\nmail me de voucher maar op {EMAIL_HIDDEN}, niet hier aub",
    "From: Formulier kringloop <noreply@dehuisraad.nl>\nReply-To: {EMAIL}\nOnderwerp: ophalen kast {ADDRESS}",
    "Outlook-uitnodiging\nOnderwerp: Bezichtiging opslagunit\nDeelnemers: {EMAIL}; {company_mail}\nBegin: {date} 10:00",
    "2026-04-02 06:10:12 anpr.in plaat={PLATE} zone=P3 match=valet boeking={booking}",
    "Kenteken aanhanger springkussen {PLATE}, trekkend voertuig {PLATE}, chauffeur {NAME_STAFF}.",
    "<td>{NAME_FULL}</td><td>{CUSTOMER_NUMBER_VISPAS}</td><td>{PHONE}</td><td>{POSTCODE}</td>",
    "Kavel   Omschrijving          Koper\n1184    Rijksdaalder 1930    {CUSTOMER_NUMBER_AUCTION} {NAME_REGISTER}",
    "Buurman {NAME_BE} klaagt over lawaai op {ADDRESS_BE}, {POSTCODE_BE} {city_be}; hij belt vanaf {PHONE_BE}.",
    "Retourzending DNA-kit: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, {PHONE_LAND}.",
    "Dierenarts van de eigenaar: dr. {NAME_DOCTOR}, {PHONE_LAND}; eigenaar {NAME_FULL}, geboren {DOB}, wil chip laten "
    "checken.",
    "SMS van {PHONE}: de kast staat klaar bij {ADDRESS}, {POSTCODE}, sleutel onder de mat. {NAME_FIRST}",
    # names of many origins, other channels
    "Klant {NAME_TR}, {PHONE_TR} (Turks nummer) en {PHONE}, spreekt liever Turks.",
    "Nüfus-kopie ontvangen: {NAME_TR}, doğum tarihi {DOB_TR}, nu wonend op {ADDRESS}.",
    "Mevrouw {NAME_MA_F} belt namens haar schoonvader {NAME_MA_M}, geboren {DOB_FR_ELDER} volgens zijn paspoort.",
    "Oekraïense klant {NAME_UA}, tijdelijk adres {ADDRESS}, {city}, tel {PHONE_UA}.",
    "Klant {NAME_CV} uit Rotterdam-Zuid, nicht {NAME_CV_F}, beiden via {PHONE}.",
    "{NAME_CN} en {NAME_GH} delen een opslagbox, contract op naam van de eerste, {IBAN}.",
    "Griekse huurder {NAME_GR}, Hongaarse collega {NAME_HU}, Indiase expat {NAME_IN}: allemaal {PHONE}.",
    "Mijn geboortedatum is {DOB_SPOKEN} en mijn bsn {BSN_SPOKEN}.",
    "Mail me maar op {EMAIL_SPELLED}.",
    "Telefoonnummer: {PHONE_SPOKEN}, na zessen bereikbaar.",
    "Postcode {POSTCODE_SPELLED}, huisnummer 7.",
    "Kaartnummer zoals voorgelezen: {CARD_SPOKEN}.",
    "NAAM {NAME_FULL_CAPS} | BSN {BSN} | IBAN {IBAN} | KENTEKEN {PLATE}",
    "Groet,\n{NAME_FIRST}\n\n--\n{NAME_FULL_AGAIN}\n{ADDRESS} | {POSTCODE} {city}\nM {PHONE} | {EMAIL_WORK}",
    "Mvg, {NAME_INITIALS} (via Outlook voor Android)",
]

TEST_V24_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V24_PII_EN
