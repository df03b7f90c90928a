"""Dutch templates of the `test_v17` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v17_nl`, the English ones in `privacy_templates_v17_en`, sentences without personal data in
`privacy_templates_v17_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: a mobile-phone repair shop, a smart-thermostat installer, a garden
centre's delivery, a kitchen-appliance recall, a baby-product recall, a carpet cleaner, a sewer blockage, a
chimney-fire insurance claim, caravan storage, a marina, a kite-surfing school, a language school, a driving-licence
exchange for expats, a bank's inheritance desk, a crowdfunding refund, a concert cancellation refund, a theatre
subscription, a photo-print service, a pet-microchip registry, lost and found at a train station, a bicycle-parking
fine, a school-photo order, a sports-injury clinic, a hearing test, an allergy clinic, a home-nursing agency, meals
delivered to the elderly; messages by a notary's clerk, a bailiff, a debt counsellor, a social worker for a client
and a relative for someone who died. Channels: phone transcripts, voicemail, e-mail, chat, WhatsApp, web forms,
letters, SMS, agent notes and exports.

Labels: a span is exactly the personal data, never a title (meneer, mevrouw, dhr., mw.), a label or the punctuation
around it, never a possessive 's. Street and house number with any addition ('12 hs', '12-1', '12 II', '12 bus 3',
'Flat 2, 14 Holly Lane') are ADDRESS, the postcode apart POSTCODE; a town alone, order, ticket, invoice, case and
batch numbers, serial, chip and frame numbers, company phone numbers and mailboxes, amounts and dates that are no
birth date are not labelled. A name is labelled wherever it stands (an agent's, a nickname, a child's, a deceased
person's); a firm named after a person is not. Customer, member, contract, policy, patient, employee, pass, student
and account numbers are CUSTOMER_NUMBER; a Belgian national number is BSN. A value given twice (a slip, then put
right) is labelled twice."""

from __future__ import annotations

from benchmarks.privacy_templates_v17_en import TEST_V17_PII_EN
from benchmarks.privacy_templates_v17_nl import NL_FIRST

_NL = [
    # crowdfunding refund
    "Project op {crowdfund} gaat niet door, ik wil mijn inleg van {amount} terug op {IBAN}. Account {EMAIL}.",
    "Ik heb als backer betaald met {CARD}. De initiatiefnemer, {NAME_FULL}, reageert niet meer.",
    "Investeerdersnummer {CUSTOMER_NUMBER_ACCOUNT}, lening aan een bakkerij in {city}. Rente gaat naar de "
    "verkeerde rekening, moet {IBAN} zijn.",
    # concert cancellation refund
    "Concert {concert} in {venue} afgelast. Kaarten gekocht op naam van {NAME_FULL}, {order}. Geld graag terug op "
    "{IBAN}.",
    "Ik had vier tickets, de andere drie waren voor {NAME_FIRST}, {NAME_FIRST} en {NAME_FIRST}. Krijg ik alles terug?",
    "Refund aangevraagd via het formulier maar niets gehoord. Mijn gegevens: {EMAIL}, {PHONE}.",
    "Betaald met creditcard {CARD}, kan de terugbetaling daarheen? {NAME_INITIALS}",
    # theatre subscription
    "Abonnement {theatre} seizoen 2025/26: abonneenummer {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL} en {NAME_FULL}, rij 8.",
    "Mijn man is overleden, het abonnement stond op zijn naam ({NAME_FULL_M}). Kan het op mijn naam, {NAME_FULL_F}?",
    "Adreswijziging theaterabonnement: van {ADDRESS} naar {ADDRESS}, {POSTCODE} {city}. Pasnummer "
    "{CUSTOMER_NUMBER_PASS}.",
    "Rolstoelplaats gewenst voor mevrouw {NAME_SURNAME}, geboren {DOB_ELDER}, begeleider {NAME_FIRST}.",
    # photo-print service
    "Fotoboek bij {photo_service} kwam beschadigd aan. Besteld door {NAME_FULL}, {EMAIL}, {order}.",
    "Verzending naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Het is een verrassing, dus niet aanbellen!",
    "Jullie hebben de foto's van iemand anders gestuurd, met naam {NAME_FULL} op de doos. Mijn klantnummer "
    "{CUSTOMER_NUMBER}.",
    # pet microchip registry
    "Chipregistratie {registry}: {pet} met {chip}, eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, {PHONE}.",
    "Onze {pet} is gevonden in {city}! De dierenarts las de chip uit maar het staat nog op het oude nummer "
    "{PHONE_LAND}. Nieuw nummer {PHONE}.",
    "Overschrijving chip naar nieuwe eigenaar: {NAME_FULL}, geboren {DOB}, e-mail {EMAIL}. Vorige eigenaar "
    "{NAME_INITIALS}.",
    "De {pet} van mijn overleden moeder {NAME_FULL_F} moet op mijn naam, {NAME_FULL}.",
    # lost and found at a train station
    "Gevonden voorwerpen {station}: zwarte rugzak verloren op {date}. Graag bellen naar {PHONE} of mailen {EMAIL}.",
    "In de portemonnee zit mijn pinpas ({CARD_VOICE}) en mijn rijbewijs, naam {NAME_FULL}.",
    "OV-chipkaart gevonden? Kaartnummer {CUSTOMER_NUMBER_PASS}, op naam van {NAME_FULL}, geboren {DOB}.",
    "Opsturen naar {ADDRESS_BE}, {POSTCODE_BE} {city_be}, ik woon in België. {NAME_FULL}",
    # bicycle-parking fine
    "Fiets weggehaald bij {station}, {frame}. Ophalen bij {depot}, maar de fiets staat op naam van {NAME_FULL}.",
    "Boete fietsparkeren betaald met {IBAN}, toch een aanmaning. Mijn adres: {ADDRESS}, {POSTCODE}.",
    "Ik stond maar 10 minuten in het vak! {NAME_FULL_UP}, {PHONE}. Dit is belachelijk.",
    # school-photo order
    "Schoolfoto's {school_photo}: inlogcode kwijt. Kind {NAME_CHILD}, groep 5, ouder {NAME_FULL}, {EMAIL}.",
    "Foto's besteld voor {NAME_CHILD} en {NAME_CHILD}, betaald met iDEAL van {IBAN}, niets ontvangen.",
    "Ik wil niet dat de foto van ons kind ({NAME_CHILD}, {DOB_CHILD}) op de site blijft staan.",
    # sports-injury clinic
    "Intake {clinic}: {NAME_FULL}, {DOB}, knieblessure bij voetbal. Zorgverzekeraar {insurer}, polis "
    "{CUSTOMER_NUMBER_POLICY}.",
    "Fysio-afspraak verzetten naar {weekday}. Patiëntnummer {CUSTOMER_NUMBER_PATIENT}, {NAME_SURNAME}.",
    "Verwijsbrief huisarts\nPatiënt: {NAME_FORM}\nGeb.datum: {DOB}\nBSN: {BSN}\nAdres: {ADDRESS}, {POSTCODE}",
    "Mijn trainer {NAME_FULL} wil graag meekijken met het revalidatieplan, mag hij gemaild worden op {EMAIL}?",
    # hearing test
    "Gratis hoortest bij {hearing} op {date}. Mevrouw {NAME_SURNAME}, {DOB_ELDER}, tel. {PHONE_LAND}, hoort slecht "
    "dus hard praten.",
    "Vergoeding hoortoestel: BSN {BSN}, verzekerd bij {insurer} onder {CUSTOMER_NUMBER_POLICY}.",
    "A: Kunt u uw geboortedatum herhalen?\nK: Wat zegt u?\nA: Uw geboortedatum.\nK: O, {DOB_VOICE}.",
    # allergy clinic
    "Verwijzing {allergy}: {NAME_FULL}, {DOB_CHILD}, pinda-allergie. Ouders: {NAME_FULL} en {NAME_FULL}, {PHONE}.",
    "Uitslag allergietest graag naar {EMAIL}, niet per post naar {ADDRESS}. Patiëntnummer {CUSTOMER_NUMBER_PATIENT}.",
    "Epipen-recept voor {NAME_CHILD}, geboren {DOB_CHILD}, BSN {BSN}.",
    # home-nursing agency
    "Aanvraag thuiszorg {homecare}: cliënt {NAME_FULL}, geboren {DOB_ELDER}, {ADDRESS}, {POSTCODE} {city}. Sleutel in "
    "kluisje, code via dochter {NAME_FIRST_F}.",
    "Zuster {NAME_FIRST} kwam vandaag niet opdagen, mijn vader heeft zijn medicijnen gemist! Bel {PHONE} meteen.",
    "Eigen bijdrage Wmo afschrijven van {IBAN} t.n.v. {NAME_INITIALS}. Cliëntnummer {CUSTOMER_NUMBER}.",
    "Wijkverpleegkundige: {NAME_STAFF}, personeelsnummer {CUSTOMER_NUMBER_EMPLOYEE}. Overdracht: dhr. {NAME_SURNAME} "
    "wondzorg di/do.",
    # meals for the elderly
    "{meals}: maaltijden vanaf {weekday} bezorgen bij {NAME_FULL}, {ADDRESS}, {POSTCODE}. Zoutarm dieet.",
    "Mijn oude buur ({NAME_NICK}) doet de deur niet open voor onbekenden, bel eerst het vaste nummer {PHONE_LAND}.",
    "Maaltijdservice stoppen, mevrouw {NAME_SURNAME} is opgenomen. Laatste nota naar {EMAIL}, of rekening {IBAN}.",
    # notary's clerk
    "Namens {notary}: in het dossier van wijlen {NAME_FULL}, geboren {DOB_ELDER}, ontvangen wij graag het "
    "saldo per overlijdensdatum van rekening {IBAN}.",
    "Kandidaat-notaris {NAME_FULL} verzoekt de akte van levering te sturen naar de koper, {NAME_FULL}, BSN {BSN}.",
    "Transportakte {ADDRESS}, {POSTCODE} {city}: verkoper {NAME_INITIALS}, koper {NAME_DOUBLE}. Passeren op {date}.",
    # bailiff
    "Deurwaarder {bailiff}: beslag op loon van {NAME_FULL}, BSN {BSN}, {case}. Werkgever gevestigd in {city}.",
    "Betreft: {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}. Openstaand {amount}. Betalen op onze rekening onder "
    "vermelding van {case}.",
    "Ik ben {NAME_FULL} en de deurwaarder stond vandaag bij mij op de stoep voor de schuld van mijn ex, {NAME_FULL}! "
    "Ik woon hier pas sinds {date}.",
    "Beslag op de auto met kenteken {PLATE}, eigenaar volgens RDW {NAME_FULL}.",
    # debt counsellor
    "Namens {debt_help}: cliënt {NAME_FULL}, geboren {DOB}, heeft een stabilisatieovereenkomst. Graag alle post naar "
    "ons. Klantnummer bij u {CUSTOMER_NUMBER}.",
    "Budgetbeheerrekening voor {NAME_FULL}: {IBAN}. Contactpersoon bij ons is {NAME_STAFF}, {PHONE}.",
    "Schuldhulp: {NAME_FULL} ({BSN}) wil een betalingsregeling van {amount} per maand. Gaat u akkoord?",
    # social worker on behalf of a client
    "Ik bel als maatschappelijk werker namens mijn cliënt, {NAME_FULL}, {ADDRESS}, {POSTCODE}. Hij spreekt weinig "
    "Nederlands. Mijn nummer {PHONE}.",
    "Machtiging van cliënt {NAME_FULL_F}, geboren {DOB}, toegevoegd. Zij wil dat wij meelezen op {EMAIL_WORK}.",
    "Cliënt heeft geen vaste verblijfplaats, postadres {ADDRESS} (bij zijn broer {NAME_FIRST_M}).",
    # relative for someone who died
    "Mijn broer {NAME_FULL_M} is overleden. Zijn abonnement, klantnummer {CUSTOMER_NUMBER}, graag stoppen. "
    "Zijn laatste adres was {ADDRESS}, {POSTCODE} {city}.",
    "Overlijdensakte van {NAME_FULL}, geboren {DOB_ELDER}, bijgevoegd. Restitutie naar {IBAN_WRAP}",
    "Onze oudtante, voor de familie {NAME_NICK} (officieel {NAME_FULL_F}), is op {date} "
    "gestorven; haar kenteken {PLATE} moet uit de verzekering.",
    # channels
    "SMS: Hoi met {NAME_FIRST}, mijn nieuwe nr is {PHONE}, oude {PHONE} gaat eruit. Klantnr {CUSTOMER_NUMBER}",
    "Nummer is {PHONE}, nee wacht {PHONE_FIX}. Sorry!",
    "Mijn postcode is {POSTCODE}... of nee, {POSTCODE_FIX}, we zijn net verhuisd.",
    "Geboren {DOB}, sorry typfout, {DOB_FIX} moet het zijn.",
    "Mailadres: {EMAIL_TYPO}, correctie: {EMAIL_SAME}",
    "E-mail ivm spam: {EMAIL_HIDDEN}",
    "IVR-transcript: uw klantnummer alstublieft. '{CUSTOMER_NUMBER}'. Uw postcode. '{POSTCODE_VOICE}'.",
    "K: Mijn rekening is {IBAN_VOICE}.\nA: Dank u, ik lees het even terug.",
    "Kenteken van de bus? {PLATE_VOICE}, van het bedrijf van mijn man.",
    "K: Ik woon op de {ADDRESS_VOICE}.\nA: In {city}?\nK: Ja.",
    "naam,adres,postcode,telefoon\n{NAME_FULL},{ADDRESS},{POSTCODE_BARE},{PHONE}\n{NAME_FULL},{ADDRESS},"
    "{POSTCODE_BARE},{PHONE_LAND}",
    "Duitse klant, {NAME_DE}, {ADDRESS_DE}, {POSTCODE_DE} Kleve, Handy {PHONE_DE}, kenteken {PLATE_DE}.",
    "Poolse medewerker van de stalling, {NAME_PL}, {PHONE_PL}, loon naar {IBAN}.",
    "Bellen naar familie in Marokko: {NAME_MA}, {PHONE_MA}.",
    "Review: Top geholpen door {NAME_STAFF} van de klantenservice! Alleen jammer dat {NAME_STAFF} eerst ophing.",
    "Belgische klant wil terugbetaling op {IBAN_BE}, rijksregisternummer {BSN_BE}, gsm {PHONE_BE}.",
]

TEST_V17_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V17_PII_EN
