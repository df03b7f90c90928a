"""Dutch templates of the `test_v19` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v19_nl`, the English ones in `privacy_templates_v19_en`, sentences without personal data in
`privacy_templates_v19_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: an energy supplier's meter readings, a housing corporation's repair
request, a municipality's parking permit, a pharmacy's repeat prescription, a driving school, a funeral insurance,
a lease car's return, a moving company, a dentist's invoice, a broadband installation, a parcel locker, a lottery
prize claim, a bank's fraud desk, a pension fund, the student-loan office, a ticket site's refund, a hearing-aid
shop and a childcare provider. Channels: call transcripts (K:/A:), voicemail, e-mail with greeting and signature,
chat, SMS, app messages, tweets and posts, web forms, agent notes.

Labels: a span is exactly the personal data; a title or role before it (meneer, mevrouw, mw., dhr., juf, oma,
buurman), a label ('BSN:', 'tel.') and the punctuation around it are outside. Street with house number and any
suffix ('12-hs', '3 bis', '7 app. 12', '40-2hg', a houseboat's 'Prinsengracht t/o 263') is one ADDRESS, also when a
line break falls inside it; the postcode apart is POSTCODE; a town or country alone is not labelled. A person's name
is labelled wherever it stands: caller, agent, child, neighbour, the deceased, in a greeting or a signature, broken
over a line; a firm or product named after a person (Hans Anders, Verkeersschool Ten Brink, Verhuisbedrijf Van der
Meer) is not. Customer, contract, policy, member, patient, client, participant, relation, debtor, lease, tenant and
subscriber numbers are CUSTOMER_NUMBER; order, shipment, ticket, invoice, dossier, prescription and lot numbers,
pick-up codes, meter readings, treatment codes, company phone numbers and mailboxes, amounts, and dates that are no
birth date are not labelled. Foreign values (Belgian, German and Polish IBANs and plates; Belgian, Polish, Turkish,
Surinamese and Moroccan phones; Polish and Belgian addresses) carry their own type."""

from __future__ import annotations

from benchmarks.privacy_templates_v19_en import TEST_V19_PII_EN
from benchmarks.privacy_templates_v19_nl import NL_FIRST

_NL = [
    # broadband installation
    "Monteur {provider} komt {weekday} tussen 8 en 13 uur voor glasvezel. Adres {ADDRESS}, {POSTCODE} {city}. "
    "Contactpersoon {NAME_FULL}, {PHONE}.",
    "K: De {device} heb ik nooit ontvangen.\nA: Wat is uw klantnummer?\nK: {CUSTOMER_NUMBER}.\nA: En de postcode?\n"
    "K: {POSTCODE_VOICE}.",
    "Abonnement {provider} op naam van {NAME_FULL}, abonneenummer {CUSTOMER_NUMBER_SUBSCRIBER}, incasso van {IBAN}.",
    "@{provider} monteur kwam weer niet opdagen op {ADDRESS}! Drie keer vrij genomen. Mail me maar: {EMAIL}",
    "Aansluiting glasvezel op naam van mijn ex, {NAME_FULL}. Zet hem op mijn naam: {NAME_FULL}, geboren {DOB}.",
    # parcel locker
    "Pakket zit vast in de {locker} bij de supermarkt, {pickup} werkt niet. Ontvanger {NAME_FULL}, {PHONE}.",
    "De code kwam op het verkeerde nummer binnen: {PHONE} in plaats van {PHONE}. Gaat om {order}.",
    "Retour via de {locker}: afzender {NAME_INITIALS}, {ADDRESS}, {POSTCODE}.",
    "Buurman {NAME_FULL_M} heeft met mijn code mijn pakket uit de locker gehaald?! {order}",
    # lottery prize claim
    "Prijsclaim {lottery}: {lot}, winnaar {NAME_FULL}, geboren {DOB}, graag uitbetalen op {IBAN}.",
    "Brief gekregen dat ik {amount} heb gewonnen, maar ik speel niet eens mee! Deelnemersnummer "
    "{CUSTOMER_NUMBER_PARTICIPANT}? Ik ben {NAME_FULL}, {ADDRESS}.",
    "Opzeggen {lottery}, deelnemer {CUSTOMER_NUMBER_PARTICIPANT}, stop de afschrijving op {IBAN}. {NAME_FULL_UP}",
    "Moet ik echt een kopie van mijn ID sturen voor de prijs? Mijn BSN {BSN} ga ik niet zomaar mailen.",
    # bank fraud desk
    "Fraudemelding ({fraud}): de beller kende mijn IBAN ({IBAN}) en geboortedatum ({DOB}).",
    "Er is {amount} afgeschreven met mijn creditcard {CARD} terwijl ik thuis zat. Blokkeren aub! {NAME_FULL}, {PHONE}.",
    "Notitie fraudedesk: {NAME_FULL} heeft {amount} overgemaakt naar {IBAN} (katvanger), aangifte gedaan. "
    "Relatienummer {CUSTOMER_NUMBER_RELATION}.",
    "Mijn moeder ({NAME_FULL_F}, {DOB_ELDER}) heeft haar pincode gegeven aan iemand 'van de {bank}'. Haar "
    "rekening:\n{IBAN_WRAP}",
    "K: Het nummer dat jullie hebben klopt niet meer.\nA: Wat is het nieuwe?\nK: {PHONE_VOICE}.\nA: Ik lees het terug.",
    "Pas geblokkeerd? Kaart {CARD}, houder {NAME_FULL}. Nieuwe pas naar {ADDRESS}, {POSTCODE} {city}.",
    # pension fund
    "Pensioen {fund}: ik stop op {date} met werken. Deelnemersnummer {CUSTOMER_NUMBER_PARTICIPANT}, BSN {BSN}.",
    "Partnerpensioen na het overlijden van {NAME_FULL_M}, geb. {DOB_ELDER}. Ik ben zijn weduwe, {NAME_FULL_F}.",
    "Pensioen voortaan naar {IBAN}, graag per {date}. {NAME_INITIALS}, {POSTCODE}",
    "Het UPO komt nog steeds op mijn oude adres. Nieuw adres:\n{ADDRESS}\n{POSTCODE} {city}",
    "Waardeoverdracht van {fund} naar mijn nieuwe werkgever. {NAME_FORM}, geboren {DOB}, {EMAIL_WORK_SAME}.",
    # student-loan office
    "DUO, mijn aanvullende beurs is zomaar gestopt. BSN {BSN_VOICE}, ik studeer in {city}.",
    "Studieschuld terugbetalen vanuit Polen: {ADDRESS_PL}, {POSTCODE_PL} {city_pl}. Rekening {IBAN_PL}. {NAME_PL}",
    "Studentenreisproduct stopgezet terwijl ik nog studeer. {NAME_FULL}, {DOB}, {EMAIL_SAME}.",
    "Machtiging voor mijn zoon {NAME_FULL_M}, BSN {BSN}, geboren {DOB}. Ik ben zijn moeder.",
    "BSN op het formulier is half over de regel gevallen:\n{BSN_WRAP}\nklopt dat zo?",
    # ticket site refund
    "{event} afgelast, krijg ik de {amount} terug op creditcard {CARD}? {order}, naam {NAME_FULL}.",
    "Tickets doorverkocht via {ticketsite}, maar de koper {NAME_FULL} zegt dat de barcode niet werkt. Zijn mail: "
    "{EMAIL_SAME}.",
    "Refund graag naar {IBAN}, account {EMAIL}.",
    # hearing-aid shop
    "Meneer {NAME_SURNAME_M} ({DOB_ELDER}) hoort slecht aan de telefoon, bel zijn dochter op {PHONE}.",
    "Machtiging zorgverzekeraar hoortoestel: {NAME_FULL}, geb. {DOB_ELDER}, BSN {BSN}, {ADDRESS}, {POSTCODE}.",
    "Batterijen voor de {aid} opsturen naar {NAME_FORM}, {ADDRESS_WRAP}, {POSTCODE} {city}.",
    "{hearing} in {city}: mijn {aid} piept. Klantnummer {CUSTOMER_NUMBER}, bel {PHONE_LAND}.",
    # childcare
    "Inschrijving {childcare} {group}: {NAME_CHILD}, geboren {DOB_CHILD}. Ouders {NAME_FULL} en {NAME_FULL}.",
    "Kinderopvangtoeslag: de jaaropgave moet op naam van {NAME_FULL} met BSN {BSN}.",
    "Ophalen door oma {NAME_FULL_F}, {PHONE}, ze rijdt in een grijze {car} ({PLATE}).",
    "Contract {CUSTOMER_NUMBER_CLIENT} opzeggen per {date}, {NAME_CHILD} gaat naar de basisschool.",
    "App-bericht: Hoi juf {NAME_STAFF}, {NAME_CHILD} heeft vannacht gespuugd en blijft thuis. Gr {NAME_FIRST}",
    # in other people's ways: abroad, capitals, lower case, greetings, signatures
    "Turkse klant {NAME_TR}, tolk via zijn broer op {PHONE_TR}.",
    "Terugstorten op Belgische rekening {IBAN_BE}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}.",
    "Schoonmoeder in Paramaribo, {NAME_SR}, bereikbaar op {PHONE_SR}.",
    "Broer van de klant zit in Marokko: {NAME_MA}, {PHONE_MA}.",
    "Duitse auto {PLATE_DE} in de bewonerszone, eigenaar {NAME_FULL}.",
    "Poolse bestelbus {PLATE_PL} van mijn zwager {NAME_PL} mag die voor de deur?",
    "Belgisch kenteken {PLATE_BE}, de bestuurder {NAME_FULL} woont in {city_be}.",
    "Terugbetalen op mijn Duitse rekening {IBAN_DE}, ik woon net over de grens.",
    "dag {NAME_FIRST_LOW}, je nieuwe nummer staat erin: {PHONE}. groetjes",
    "ADRES: {ADDRESS_UP}, {POSTCODE}. NAAM: {NAME_FULL_UP}. TEL: {PHONE}.",
    "naam {NAME_FULL_LOW}, mail {EMAIL_SAME}, verder geen gegevens bekend",
    "Met vriendelijke groet,\n\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE}  {city}\nT {PHONE}\nE {EMAIL_SAME}",
    "Beste {NAME_FIRST},\n\nUw kaart {CARD} verloopt binnenkort. De nieuwe sturen we naar {ADDRESS}.",
    "Naam staat op twee regels in ons systeem:\n{NAME_WRAP}\nkan dat samengevoegd?",
    "Mailadres brak af in het formulier: {EMAIL_WRAP}",
    "Telefoon (mobiel): {PHONE_WRAP}",
    "Ik spel mijn mailadres even: {EMAIL_VOICE}.",
    "Kaartnummer, ik lees het voor: {CARD_VOICE}.",
    "Rekeningnummer opgelezen: {IBAN_VOICE}.",
    "Geboren op {DOB_VOICE}, en mijn postcode is {POSTCODE_VOICE}.",
    "Kenteken van de leaseauto: {PLATE_VOICE}.",
    "Vraag van {NAME_TYPO} (of eigenlijk {NAME_FULL_SAME}, typfout in ons systeem): klantnummer {CUSTOMER_NUMBER}.",
    "Nieuw mobiel nummer {PHONE}, het vaste nummer {PHONE_LAND} mag eruit.",
    "Lidnummer {CUSTOMER_NUMBER_MEMBER} op naam van {NAME_DOUBLE}.",
]

TEST_V19_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V19_PII_EN
