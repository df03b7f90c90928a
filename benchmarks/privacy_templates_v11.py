"""Dutch templates of the `test_v11` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v11_nl`, the English ones in `privacy_templates_v11_en`, sentences without personal data in
`privacy_templates_v11_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: call-centre QA transcripts with overlapping speech ('[' and '='),
IVR speech-to-text with digits as words and misheard words, review-site reviews with the company's reply,
app-store reviews, NPS comments, bailiffs' writs and lawyers' letters, notaries and inheritance, storm-damage
claims, toeslagen and child benefit, student loans, landlord disputes, marketplace fraud reports, phishing
messages forwarded for checking, loyalty cards, flight and train delay compensation, roaming bills, elderly
callers with a helper on the line, agent notes in abbreviations (KL, CB, TB, ivm, z.s.m.), e-mail signatures
with job titles, out-of-office replies naming a colleague, names inside compound words ('het Hylkema-dossier'),
names before a possessive z'n/d'r, Frisian, Limburg and Brabant speech, Caribbean-Dutch and Indonesian-Dutch
callers, and numbers split over two turns or two lines.

Labels: a span is exactly the personal data, never a title (meneer, mevrouw, mr.), 'wijlen', 'erven', a cue,
quote, bracket or overlap marker, and never a possessive 's or the z'n/d'r after a name; in a compound only the
name ('Hylkema' in 'Hylkema-dossier'). Street and house number together are ADDRESS, the postcode apart
POSTCODE; a town alone, case, claim, ticket, order, booking and invoice numbers, flight numbers, company phone
numbers, amounts and dates that are not a birth date are not labelled. A number split over two turns or lines
is two spans of its type. What an IVR engine misheard is still the caller's data and labelled; so are the
date of birth and the address of someone who has died, and the number a scammer wrote from."""

from __future__ import annotations

from benchmarks.privacy_templates_v11_en import TEST_V11_PII_EN
from benchmarks.privacy_templates_v11_nl import NL_FIRST

_NL = [
    # marketplace fraud
    "Fraude melden: 'koper' {NAME_FULL} stuurde een nep-betaalverzoek en wilde dat ik eerst {amount} "
    "overmaakte naar {IBAN_FOREIGN}. Advertentie: kinderfiets in {city_bb}.",
    "Melding oplichting: de verkoper belde van {PHONE} en gaf als ophaaladres {ADDRESS} op, maar daar woont "
    "niemand met die naam.",
    "Ik heb een spelcomputer verkocht aan ene {NAME_FIRST}, die stuurde een 'betaalbewijs' vanaf {EMAIL}. Het "
    "geld is nooit op mijn rekening {IBAN} gekomen.",
    "Een oplichter gebruikt mijn naam ({NAME_FULL}) en mijn oude nummer {PHONE} in advertenties voor concertkaartjes.",
    "Via {marketplace} een aanhanger gekocht; de verkoper gaf kenteken {PLATE} op, maar dat hoort bij een "
    "heel andere aanhanger.",
    "De koper wilde mijn bankpas 'even verifiëren' en vroeg om {CARD} plus de vervaldatum. Heb het helaas gegeven.",
    # phishing forwarded for checking
    "Doorgestuurd ter controle:\n> Beste {NAME_FULL}, uw pas verloopt. Bevestig uw gegevens via de link.\nDie "
    "naam klopt gewoon, hoe komen ze daaraan? Mijn mail is {EMAIL}.",
    "Ik kreeg een WhatsApp van {PHONE_INTL}: 'Hoi mam, dit is mijn nieuwe nummer, kun je {amount} overmaken "
    "naar {IBAN}?' Niks gedaan hoor.",
    "Phishingmail aan {EMAIL} met mijn echte geboortedatum ({DOB}) en postcode ({POSTCODE}) erin. Hoe kan dat?",
    "Sms doorgestuurd: 'Uw pakket voor {ADDRESS_LOWER} kon niet worden bezorgd, betaal {amount}.' Ik verwacht niets.",
    "Nepmail namens de Belastingdienst noemt mijn BSN {BSN}. Moet ik aangifte doen?",
    "Iemand heeft met mijn adres {EMAIL} een account aangemaakt en op mijn naam besteld. Dat was ik niet!",
    "Mail van {marketplace} doorgestuurd: 'Uw verkoop is betaald', maar die kwam van {EMAIL} en niet van hen.",
    # loyalty cards
    "Mijn spaarpunten staan op de oude klantenkaart {CUSTOMER_NUMBER_LOYALTY}; kunnen die over naar de kaart "
    "van mijn vrouw?",
    "Klantenkaart op naam van {NAME_FULL}, gekoppeld aan {EMAIL_SAME}, maar de persoonlijke aanbiedingen komen niet.",
    "{loyalty}-pas {CUSTOMER_NUMBER_LOYALTY} is gestolen, graag blokkeren en een nieuwe naar {ADDRESS}, {POSTCODE}.",
    "Bij de kassa in {city_fy} scanden ze de kaart van {NAME_FIRST_M} z'n moeder, nu staan mijn punten op "
    "{CUSTOMER_NUMBER_LOYALTY}.",
    # flight and train delays
    "Compensatieverzoek vlucht {flight} (vier uur vertraging): passagiers {NAME_FULL} en {NAME_CHILDFULL}; "
    "uitbetalen op {IBAN}. Frequent flyer {CUSTOMER_NUMBER_FFP}.",
    "Geld terug bij vertraging: de trein van {time} uit {city_fy} reed 45 minuten te laat. Ov-kaart op naam van "
    "{NAME_FY}, geboortedatum {DOB}.",
    "Boekingscode {pnr}; mijn frequent-flyernummer {CUSTOMER_NUMBER_FFP} ontbreekt, dus de miles zijn niet "
    "bijgeschreven.",
    "De vergoeding voor de geannuleerde vlucht graag terug op creditcard {CARD}, waarmee ook geboekt is.",
    "Koffer na vlucht {flight} niet aangekomen; graag bezorgen op {ADDRESS_BB}, {POSTCODE_BB}, mobiel {PHONE}.",
    # roaming bills
    "Roamingrekening van {amount}! Ik zat in Turkije en heb alleen WhatsApp gebruikt. Nummer {PHONE}, "
    "klantnummer {CUSTOMER_NUMBER_TELECOM}.",
    "Mijn zoon z'n telefoon ({PHONE}) heeft in Zwitserland data gebruikt; kan de bundel achteraf nog?",
    "Op de factuur staat {PHONE_CW} als premiumnummer, maar dat is gewoon mijn zus op Curaçao.",
    "Klantnummer {CUSTOMER_NUMBER_TELECOM}: data-blokkade buiten de EU graag aanzetten voor de cruise van {date}.",
    # elderly callers with a helper on the line
    "Mevrouw belt samen met de buurvrouw. Buurvrouw: 'zeg je geboortedatum maar, {NAME_FIRST_F}.' Mevrouw: "
    "'{DOB_ELDER}, maar dat weet u toch?'",
    "Meneer heeft zijn kleinzoon erbij. Kleinzoon: 'opa z'n mail is {EMAIL}, ik lees het wel voor.'",
    "Mevrouw {NAME_SURNAME} kan het pasnummer niet lezen; de thuiszorgmedewerker ({NAME_FIRST}) leest voor: {CARD}.",
    "Dochter op de achtergrond: 'Mam, het nummer is {PHONE_SPLIT_A}'... mevrouw: 'ja, en dan?' Dochter: "
    "'{PHONE_SPLIT_B}.'",
    "Meneer (91) weet zijn postcode niet meer; zoon roept vanuit de keuken: '{POSTCODE_WORDS}!'",
    # agent notes in abbreviations
    "KL belt ivm dubbele incasso op {IBAN}; CB z.s.m. op {PHONE}, TB ingelicht.",
    "KL {NAME_FULL} ivm verhuizing, nw adr {ADDRESS} {POSTCODE}; CB gepland do ochtend.",
    "nav tel KL: geb.dat. {DOB} gecontroleerd, BSN nvt, TB doorgezet naar {NAME_STAFF}.",
    "KL wil kenteken {PLATE} vervangen door {PLATE} obv nieuwe auto; bev. per mail naar {EMAIL} z.s.m.",
    "CB mislukt 2x ({PHONE_LAND}), vm ingesproken, KL {NAME_SURNAME} mag zelf terugbellen.",
    "klnr {CUSTOMER_NUMBER} – KL ivm roaming, creditering {amount} akk. door TL {NAME_STAFF}.",
    "KL belt tbv moeder (mw {NAME_SURNAME}, {DOB_ELDER}), machtiging ontbreekt, niets gewijzigd. CB nvt.",
    "i.o.m. KL pas {CARD} geblokkeerd, nieuwe pas naar {ADDRESS_LI}, {POSTCODE_LI}. TB: nee.",
    # e-mail signatures with job titles
    "Met vriendelijke groet,\n\n{NAME_FULL}\nSchade-expert\nM {PHONE} | {EMAIL_CLAIMS_SAME}",
    "Groet,\n{NAME_LI}\nofficemanager · {firm}\nT {firm_phone} (algemeen) · M {PHONE}",
    "Met vriendelijke groet,\n\n{NAME_FY}\nkandidaat-notaris\nDirect: {PHONE_FY} | {EMAIL_NOTARY_SAME}",
    "Hartelijke groet,\n{NAME_BB}\nwijkconsulent\nwerkdagen ma-di-do · {EMAIL_HOUSING_SAME}",
    # out-of-office replies naming a colleague
    "Automatisch antwoord: ik ben met ouderschapsverlof tot {date}. Uw mail wordt niet doorgestuurd; lopende "
    "dossiers neemt {NAME_FULL} ({EMAIL_OFFICE_SAME}) waar.",
    "Afwezig: ik zit tot {date} zonder bereik op Terschelling. Spoed? Bel {NAME_FIRST_F} d'r mobiel, {PHONE}.",
    "Niet op kantoor tot {weekday}. Voor schades na storm {storm}: {NAME_LI}, {PHONE_LI}.",
    # names inside compound words, names before z'n / d'r
    "Het {NAME_SURNAME}-dossier ligt nog bij bezwaar en beroep, niet bij ons.",
    "De {NAME_SURNAME}-klacht is vorige week al doorgezet, zie notitie bij klantnummer {CUSTOMER_NUMBER}.",
    "Ik zie twee {NAME_SURNAME}-contracten op dit adres; welke hoort bij {ADDRESS}?",
    "{NAME_FIRST_M} z'n rijbewijs is verlopen, maar kenteken {PLATE} staat op mijn naam.",
    "{NAME_FIRST_F} d'r telefoon is kapot, bel maar naar {PHONE}.",
    "Ik bel over {NAME_FULL_M} z'n abonnement, hij ligt in het ziekenhuis.",
    "Dit is {NAME_CHILD_F} d'r eerste eigen rekening, {IBAN}; kan de kinderbijslag daarheen?",
    # Frisian, Limburg and Brabant speech
    "Goeie, ik bin {NAME_FY} út {city_fy}. De rekken is te heech; myn klantnûmer is {CUSTOMER_NUMBER}.",
    "Tige tank foar it weromskiljen! Myn nije adres is {ADDRESS_FY}, {POSTCODE_FY} {city_fy}.",
    "Hallo, hie is {NAME_LI}, v'r höbbe gein internet sinds zaoterdag. Bel mich mer trök op {PHONE_LI}.",
    "Houdoe! Ge kunt de pakskes gewoon bij de buurvrouw afgeven, {NAME_BB_F}, {ADDRESS_BB}.",
    "Hedde gij mijnen brief gehad? Ik ben {NAME_BB}, geboren {DOB}, en ik wil dat abonnement kwijt.",
    "Ons moeder woont in {city_bb}, {ADDRESS_BB}; bel haar vaste nummer maar, {PHONE_BB}.",
    # Caribbean-Dutch and Indonesian-Dutch callers
    "Bon dia, mi ta {NAME_CW}. Sinds {date} woon ik in {city_nl}; mijn oude adres op Curaçao was {ADDRESS_CW}.",
    "Mijn opa, {NAME_ID_M}, geboren {DOB_ELDER} in Tjimahi, krijgt zijn pensioenbrief op het verkeerde adres.",
    "Ik ben {NAME_CW}, nog even op Aruba; bel me op {PHONE_AW} of mail {EMAIL_SAME}.",
    "Tante {NAME_FIRST_F}, de zus van mijn moeder {NAME_ID_F}, regelt de rekeningen; haar IBAN is {IBAN}.",
    "De achternaam is {NAME_SURNAME}; ik spel hem altijd twee keer, want niemand schrijft hem goed.",
    # numbers split over two turns or two lines
    "[{chat_time}] Klant: bsn is {BSN_SPLIT_A}\nKlant: {BSN_SPLIT_B}\nKlant: sorry te vroeg op verzenden gedrukt",
    "Klant (chat): NL rekening {IBAN_SPLIT_A}\nKlant (chat): {IBAN_SPLIT_B}",
    "K: eerste deel van de kaart: {CARD_SPLIT_A}\nA: ja, ga door\nK: {CARD_SPLIT_B}\n[QA: kaartnummer in "
    "opname, PCI-melding]",
    "Voicemail, afgebroken na 30 seconden: '...klantnummer {CUSTOMER_NUMBER_SPLIT_A}'\nTweede voicemail: "
    "'sorry, afgebroken, dan verder: {CUSTOMER_NUMBER_SPLIT_B}'",
    "Contactformulier, veld 'telefoon' te kort: '{PHONE_SPLIT_A}', rest in 'opmerking': '{PHONE_SPLIT_B}'",
    "[{chat_time}] Klant: pasnummer {CARD_SPLIT_A}\nKlant: {CARD_SPLIT_B}\nAgent: Stuur dat hier liever niet!",
    "PDF-formulier, tekst afgebroken:\nBurgerservicenummer: {BSN_SPLIT_A}-\n{BSN_SPLIT_B}",
]

TEST_V11_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V11_PII_EN
