"""Dutch templates of the `test_v14` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v14_nl`, the English ones in `privacy_templates_v14_en`, sentences without personal data in
`privacy_templates_v14_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: a bank's fraud desk, crypto-exchange account recovery, a garage's APK
and tyre appointments, airline rebooking and compensation, ferries and campsites, holiday parks, wedding venues
and photographers, wholesale orders, a primary school's and a university's administration, sports injuries and
physiotherapy through the insurer, a housing corporation's waiting list, benefits (uitkering) questions to the
municipality, a tax adviser, a pension fund, a notary settling an estate, hearing-aid shops, opticians, mobility
scooters, cleaners, window cleaners, chimney sweeps, pest control, locksmiths at night; messages from elderly
customers in capitals without punctuation, from teenagers (lower case, abbreviations, emoji) and from Turkish-,
Moroccan-, Polish-, Ukrainian- and Eritrean-Dutch customers writing Dutch as a second language; call transcripts
with hesitations and corrections, chats, mails with headers and signatures, agent notes, ticket comments, web
forms and a form's URL, SMS.

Labels: a span is exactly the personal data, never a title (meneer, mevrouw, dhr., mw., wijlen), a label or the
punctuation around it, and never a possessive 's. Street and house number (with any addition: '-III', 'bus 3',
'app. 214', 't/o 12') are ADDRESS, the postcode apart POSTCODE; a town alone, a neighbour's house number without a
street, order, ticket, invoice, booking, deed and parcel numbers, flight numbers, company phone numbers and mail
boxes (info@), amounts and dates that are not a birth date are not labelled. A person's name is labelled wherever
it stands (an agent's, a buyer's, a deceased parent's, a nickname); a firm named after a person is not. Customer,
debtor, member, pass, exchange-account, frequent-flyer, pupil, student, policy, pension, waiting-list and tenancy
numbers are CUSTOMER_NUMBER; a Belgian national number is BSN. A value given twice (a wrong one, then the right
one) is labelled both times, each span its own."""

from __future__ import annotations

from benchmarks.privacy_templates_v14_en import TEST_V14_PII_EN
from benchmarks.privacy_templates_v14_nl import NL_FIRST

_NL = [
    # a primary school's administration: parents calling about their children
    "Goedemorgen, ik bel over {NAME_CHILDFULL} uit groep 6. Ziek vandaag, maar de app doet het niet. Mijn nummer "
    "is {PHONE}.",
    "Inschrijfformulier {school}\nLeerling: {NAME_CHILDFULL}\nGeboortedatum: {DOB_CHILD}\nBSN: {BSN}\n"
    "Ouder/verzorger: {NAME_PARENT}, {PHONE}\nAdres: {ADDRESS}, {POSTCODE} {city}",
    "Ouderbijdrage voor het schoolreisje van {NAME_CHILD} (leerlingnummer {CUSTOMER_NUMBER_PUPIL}) is overgemaakt "
    "vanaf {IBAN}.",
    "Wij zijn gescheiden. De rapporten van {NAME_CHILD} moeten ook naar de vader, {NAME_FULL_M}, {ADDRESS}.",
    "Ziekmelding via de site: kind {NAME_CHILDFULL}, groep 3, ouder {NAME_PARENT}, {EMAIL_SAME}.",
    # a university's student desk
    "Studentnummer {CUSTOMER_NUMBER_STUDENT}. Ik kan niet meer inloggen en mijn studentenmail {EMAIL_STUDENT} "
    "doet ook niks meer.",
    "Het collegegeld gaat via een machtiging van {IBAN}, maar dat is de rekening van mijn moeder. Die van mij is "
    "{IBAN}.",
    "Studentendesk, chat\nStudent: hoi! mijn naam staat verkeerd op mijn diploma, het moet {NAME_FULL} zijn\n"
    "Student: er staat nu {NAME_TYPO} als achternaam 🙈\nMedewerker: dank je, ik zet het door.",
    "Mijn Oekraïense nummer {PHONE_UA} werkt hier niet meer, bel mij op {PHONE}. Studentnummer "
    "{CUSTOMER_NUMBER_STUDENT}.",
    # sports injuries, physiotherapy through the insurer
    "Verwijzing fysio na een voetbalblessure: {NAME_FULL}, geb. {DOB}, polisnummer {CUSTOMER_NUMBER_POLICY}. "
    "Rechterknie, na de wedstrijd van {date}.",
    "A: En het burgerservicenummer van uw zoon?\nK: Ik lees het even voor van zijn pas: {BSN_SPOKEN}.\nA: Top, dank u.",
    "Machtiging: {physio} mag bij {insurer} declareren voor {NAME_FULL}, relatienummer {CUSTOMER_NUMBER}.",
    "Ticketnotitie ({ticket}) door {NAME_STAFF}: klant had al 9 behandelingen, vergoeding aanvullend op. "
    "Polis {CUSTOMER_NUMBER_POLICY}, adres {ADDRESS}.",
    # a housing corporation's waiting list
    "Ik sta al sinds 2014 ingeschreven, inschrijfnummer {CUSTOMER_NUMBER_HOUSING}. We wonen nu op "
    "{ADDRESS_FLOOR}, {POSTCODE}, maar daar moeten we weg.",
    "Urgentieaanvraag: {NAME_FULL} met twee kinderen, huidig adres {ADDRESS}, geboren {DOB}, BSN {BSN}.",
    "Bezichtiging bij {housing} doorgezet naar {NAME_DOUBLE}, tel. {PHONE}, mail {EMAIL_SAME}.",
    "Huurcontract {CUSTOMER_NUMBER_CONTRACT}: de huur komt voortaan van {IBAN}, de oude rekening is opgeheven.",
    # benefits (uitkering) questions to the municipality
    "Mijn uitkering staat deze maand niet op {IBAN}. BSN {BSN}, ik ben {NAME_FULL}.",
    "Ik werk soms als zzp'er, wat moet ik invullen op het inkomstenformulier? Klantnummer {CUSTOMER_NUMBER}, BSN "
    "{BSN}.",
    "Bijzondere bijstand aangevraagd voor een wasmachine, {gemeente}. Adres {ADDRESS}, {POSTCODE} {city}; bellen "
    "op {PHONE_LAND}.",
    # a tax adviser
    "Beste {NAME_FIRST},\n\nVoor de aangifte heb ik nog het BSN van uw partner {NAME_FULL} nodig, en de "
    "jaaropgave van {IBAN}.\n\nGroet, {taxadviser}",
    "De machtigingscode komt per post naar {ADDRESS}. BSN {BSN}, geboortedatum {DOB}.",
    "Mijn BSN is {BSN}... nee wacht, dat is die van mijn vrouw. Het mijne is {BSN}.",
    # a pension fund
    "{pension}, deelnemersnummer {CUSTOMER_NUMBER_PENSION}. Ik verhuis naar Spanje; tot {date} woon ik nog op "
    "{ADDRESS}.",
    "Nabestaandenpensioen voor mijn moeder, {NAME_DOUBLE}, geb. {DOB_ELDER}. Mijn vader, {NAME_FULL_M}, is "
    "{date} overleden.",
    "Pensioenoverzicht: er staat {NAME_FORMAL}, maar in de brief aan ons staat {NAME_NICK_SAME} als voornaam. "
    "Geboortedatum {DOB_ELDER}.",
    # a notary settling an estate
    "{notary}, {case}: erfgenamen {NAME_FORMAL} (roepnaam {NAME_NICK_SAME}) en {NAME_FULL}. Uitkering per erfgenaam "
    "naar eigen rekening, onder meer {IBAN}.",
    "Verklaring van erfrecht: overledene {NAME_FORMAL}, geboren {DOB_ELDER}, laatst wonende {ADDRESS_CARE}, "
    "{POSTCODE} {city}.",
    "De notaris vraagt het BSN van wijlen mijn vader: {BSN}. Waarom is dat nodig?",
    "Erfgenaam {NAME_BE_F} wil haar deel op {IBAN_BE}; bereikbaar op {PHONE_BE}, liefst na vier uur.",
    "Erfgenaam {NAME_BE} woont in België: {ADDRESS_BE}, {POSTCODE_BE}, rijksregisternummer {BSN_BE}.",
    # hearing-aid shops and opticians
    "{hearing_model} piept. Klant {NAME_TV}, klantnummer {CUSTOMER_NUMBER}, geb. {DOB_ELDER}. Komt {weekday} langs "
    "bij {hearing_shop}.",
    "Mijn moeder hoort de telefoon niet, bel liever mij: {PHONE}. Het gaat om {NAME_DOUBLE}, {ADDRESS}.",
    "Bril ligt klaar bij {optician} op naam van {NAME_FULL}, klantnummer {CUSTOMER_NUMBER}. De sms naar {PHONE} "
    "kwam niet aan.",
    "Lenzenabonnement stopzetten per {date}, afschrijving van {IBAN}. Klant {NAME_SORTED}.",
    # mobility scooters
    "Scootmobiel ({scooter}) staat stil, accu leeg. Ophalen bij {NAME_FULL}, {ADDRESS_CARE}, {POSTCODE}.",
    "Wmo-scootmobiel voor {NAME_SURNAME}, BSN {BSN}, indicatie loopt tot {date}. Contact via de buurvrouw, {PHONE}.",
    # cleaners, window cleaners, chimney sweeps, pest control, locksmiths
    "Glazenwasser kan niet bij de achterkant van {ADDRESS}. De sleutel van de poort ligt bij {NAME_FIRST} op "
    "nummer 14.",
    "Schoorsteenveger {weekday} bij {NAME_SURNAME}, {ADDRESS}, {POSTCODE}. Vooraf bellen: {PHONE_LAND}.",
    "Muizen in de kruipruimte. Melder {NAME_FULL}, huurder bij {housing}, contractnr {CUSTOMER_NUMBER_CONTRACT}.",
    "Slotenmaker nacht {time_night}: 'ik sta buiten in mijn pyjama op {ADDRESS}'. Terugbellen {PHONE}. Legitimatie: "
    "rijbewijs {NAME_FULL}, geb. {DOB}.",
    "Nieuwe klant {cleaner}: {NAME_FULL}, {ADDRESS}, om de week op donderdag. Incasso van {IBAN}.",
    "Ongediertebestrijding, wespennest onder de dakgoot.\nA: Uw postcode?\nK: {POSTCODE_SPOKEN}.\nA: En straat en "
    "huisnummer?\nK: {ADDRESS}.",
    # elderly customers: capitals, no punctuation
    "GOEDEMORGEN IK BEN {NAME_FULL_UP} MIJN PAS IS INGESLIKT DOOR DE AUTOMAAT REKENING {IBAN_PLAIN} WILT U MIJ "
    "BELLEN {PHONE_PLAIN}",
    "BESTE MENSEN MIJN ADRES IS VERANDERD HET IS NU {ADDRESS_UP} {POSTCODE_UP} {city_up} MET VRIENDELIJKE GROET "
    "{NAME_INITIALS_UP}",
    "IK BEN GEBOREN OP {DOB_ELDER_UP} EN MIJN BSN IS {BSN_PLAIN} IS DAT GENOEG VOOR DE HOORTOESTELLEN",
    "GRAAG DE FACTUUR NAAR {EMAIL_UP} DAT IS DE MAIL VAN MIJN KLEINZOON",
    "MIJN KLEINZOON HEEFT DE AUTO GELEEND {PLATE_UP} NU IS ER EEN BOETE MAAR DE AUTO STAAT OP MIJN NAAM {NAME_FULL_UP}",
    # teenagers: lower case, abbreviations, emoji
    "hoii ik ben {NAME_FULL_LOW} en ik heb mn pas kwijt 😭 klantnr {CUSTOMER_NUMBER} mail {EMAIL_TEEN}",
    "kan iemand mn nummer {PHONE} opwaarderen?? mama betaalt met {IBAN_LOW} thx 🙏",
    "yo mn scooter is gejat 😤 kenteken {PLATE_LOW} pls help",
    "mn geboortedatum is {DOB_TEEN} dus ik ben oud genoeg hoor 🙄 staat ook op mn id",
    "heyy wnnr komt mn pakketje? adres is {ADDRESS_LOW} {POSTCODE_LOW} btw",
    # second-language Dutch: Turkish-, Moroccan-, Polish-, Ukrainian-, Eritrean-Dutch
    "Goedendag, ik bel voor mijn vader {NAME_TR_M}, hij spreek niet goed Nederlands. Zijn pas geblokkeerd, rekening "
    "{IBAN}, geboren {DOB_ELDER}.",
    "Salam, mijn naam {NAME_MA}. Waarom mijn toeslag stop? Mijn BSN {BSN}, adres {ADDRESS}, telefoon {PHONE_MA}.",
    "Dzień dobry, sorry mijn Nederlands niet zo goed. Ik moet APK voor auto {PLATE_PL}, telefoon {PHONE_PL}.",
    "Ik ben {NAME_UA}, woon in Nederland sinds 2022, opvang op {ADDRESS}. Mijn Oekraïens IBAN {IBAN_UA} werkt niet "
    "voor huur, kan ik Nederlands rekening?",
    "Mijn naam is {NAME_ER}. Ik heb brief gekregen maar ik begrijp niet. Mijn klantnummer {CUSTOMER_NUMBER}, "
    "telefoon {PHONE}.",
    "Mijn zus in Eritrea belt soms voor mij, haar nummer {PHONE_ER}. Mijn naam {NAME_ER}, geboren {DOB}.",
    # more cards, mail addresses, postcodes and BSNs in the same frames
    "Bagagetoeslag twee keer afgeschreven van creditcard {CARD}, {booking}. Kan één keer terug?",
    "Aanbetaling {venue} graag per creditcard: {CARD}, geldig tot 09/27, naam op de kaart {NAME_FULL}.",
    "Slotenmaker, {time_night}: pinapparaat doet het niet, klant begint zijn kaartnummer voor te lezen: "
    "{CARD_SPOKEN}... agent onderbreekt hem.",
    "Lenzen besteld bij {optician}, betaald met {CARD}, maar het bedrag staat er twee keer gereserveerd.",
    "omg mn moeders creditcard {CARD} staat nog in mn account 😬 kan die eraf",
    "Notitie: pas {CARD} als gestolen gemeld om {time_night}, laatste transactie {amount} bij een tankstation in "
    "{city}.",
    "MIJN CREDITCARD {CARD} IS NIET MEER GOED WANT DE NIEUWE IS AL GEKOMEN",
    "Overtocht met {ferry} betaald met {CARD}, maar er kwam geen bevestiging.",
    "Offerte glazenwassen graag naar {EMAIL_OBF} (zo schrijf ik het altijd, tegen de spam).",
    "K: Mijn mail is {EMAIL_SPOKEN}.\nA: Ik herhaal even... ja, staat erin.",
    "In het systeem staat {EMAIL}, maar dat moet {EMAIL_FIX} zijn, daarom kreeg ik niks.",
    "Afspraakbevestiging van {hearing_shop} graag naar {EMAIL} in plaats van per post.",
    "Is deze link echt? https://mijn.pensioenportaal.nl/activeren?mail={EMAIL_URL}&code=4471",
    "mn mail is {EMAIL_TEEN} stuur de tickets daarheen pls 🙏",
    "De postcodecheck zegt dat {POSTCODE} niet bestaat, maar daar woon ik al twintig jaar!",
    "Het afleveradres klopt, alleen de postcode moet {POSTCODE} zijn in plaats van {POSTCODE}.",
    "K: Postcode {POSTCODE_SPOKEN}.\nA: Dank u, dan zie ik het adres al staan.",
    "MIJN POSTCODE IS {POSTCODE_UP} EN DE BRIEVEN KOMEN STEEDS BIJ DE BUREN",
    "A: Dan nog het BSN van {NAME_CHILD}?\nK: Dat staat op het paspoort, eh... {BSN}.",
    "Ik kreeg een brief van de {gemeente} met BSN {BSN} erop, maar dat nummer is niet van mij.",
    "Mijn rijksregisternummer is {BSN_BE}, ik woon in {city_be} maar werk in Nederland.",
    "K: Mijn nummer is {PHONE}... nee, de laatste twee andersom: {PHONE_SWAP}.\nA: Ik lees even terug.",
]

TEST_V14_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V14_PII_EN
