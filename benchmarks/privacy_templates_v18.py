"""Dutch templates of the `test_v18` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v18_nl`, the English ones in `privacy_templates_v18_en`, sentences without personal data in
`privacy_templates_v18_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: a ferry to the Wadden islands, a ski-holiday insurance claim, a
passport-photo shop, a print shop, a wedding photographer, a tattoo studio, a piercing aftercare complaint, a vet's
emergency bill, a horse-transport firm, a beekeepers' association, a choir membership, a hobby-club newsletter, a
school's lost-property desk; and callers who give their data in an unusual order, correct themselves twice, or read
numbers off a photo of a card. Channels: phone transcripts, voicemail, e-mail, chat, WhatsApp, web forms, letters,
SMS, agent notes, CSV exports and a newsletter's mailing list.

Labels: a span is exactly the personal data, never a title (meneer, mevrouw, dhr., mw., juf), a label or the
punctuation around it, never a possessive 's. Street and house number with any addition ('12b', '12-2', '12 III',
'12 bus 4', '12 boven', 'Flat 3/2, 14 Elm Grove') are ADDRESS, even when the number stands on the next line; the
postcode apart is POSTCODE; a town alone, order, ticket, invoice, booking, claim and case numbers, top-up and voucher
codes, company phone numbers and mailboxes, amounts and dates that are no birth date are not labelled. A name is
labelled wherever it stands (an agent's, a nickname, a child's, a horse's owner, a deceased person's); a firm named
after a person is not, nor is an animal's name. Customer, member, contract, policy, patient, employee, pass and account
numbers are CUSTOMER_NUMBER; a Belgian national number is BSN. A value given twice (a slip, then put right) is
labelled twice, each time as itself."""

from __future__ import annotations

from benchmarks.privacy_templates_v18_en import TEST_V18_PII_EN
from benchmarks.privacy_templates_v18_nl import NL_FIRST

_NL = [
    # ferry to the Wadden islands
    "Overtocht {ferry} naar {island} op {date}, {order}. Auto {PLATE} mee, bestuurder {NAME_FULL}.",
    "Ik heb het verkeerde kenteken opgegeven bij het boeken: {PLATE}, moet zijn {PLATE}. Kan dat nog?",
    "Boot gemist door file bij Harlingen. Terugbetaling naar {IBAN}, boeking op naam van {NAME_FULL}, {EMAIL}.",
    "Eilandbewoner-korting: ik woon op {ADDRESS}, {POSTCODE} {island}. Pasnummer {CUSTOMER_NUMBER_PASS}.",
    "Mijn hond mag mee in de auto? Boeking {NAME_SURNAME}, tel {PHONE}. Retour {weekday}.",
    # ski-holiday insurance claim
    "Schadeclaim wintersport {resort}: been gebroken op de piste. Polis {CUSTOMER_NUMBER_POLICY}, verzekerde "
    "{NAME_FULL}, geboren {DOB}.",
    "Skihuur en skipas niet gebruikt, {amount}. Vergoeding op {IBAN} t.n.v. {NAME_INITIALS}, {case}.",
    "Repatriëring van mijn man {NAME_FULL_M} ({DOB}) uit {resort}, de alarmcentrale belt mij op {PHONE}.",
    "Doktersrekening Oostenrijk betaald met creditcard {CARD}; bonnetjes volgen per post vanaf {ADDRESS}, {POSTCODE}.",
    "Medereiziger {NAME_FULL}, BSN {BSN}, staat ook op de polis, toch?",
    # passport-photo shop
    "Pasfoto's gemaakt bij {photo_shop}, maar de gemeente keurt ze af. Naam {NAME_FULL}, betaald met pin {CARD}.",
    "Pasfoto voor baby {NAME_CHILD}, geboren {DOB_CHILD}: ogen moeten open zijn, dat lukt niet!",
    "Digitale pasfoto-code naar {EMAIL} sturen, ik vraag een ID-kaart aan in {city}. Mijn BSN {BSN}.",
    # print shop
    "Drukwerk {print_shop}: 200 visitekaartjes met mijn gegevens {NAME_FULL}, {PHONE}, {EMAIL}. Er staat een "
    "typfout in het nummer!",
    "Flyers bezorgen op {ADDRESS}, {POSTCODE}, {order}. Contactpersoon {NAME_FIRST}.",
    "Geboortekaartjes voor {NAME_CHILD}, {DOB_CHILD}, 60 stuks, naar {NAME_FULL} en {NAME_FULL}.",
    "Proefdruk afgekeurd: de naam moet {NAME_FULL} zijn, niet {NAME_TYPO}.",
    # wedding photographer
    "Trouwfotograaf {photographer} geboekt voor onze bruiloft op {date}: {NAME_FULL} en {NAME_FULL}, aanbetaling "
    "{amount} van {IBAN}.",
    "Foto's nog steeds niet ontvangen, vier maanden na de bruiloft! Mail {EMAIL}, bel {PHONE}. {NAME_FIRST} & "
    "{NAME_FIRST}",
    "Contract fotograaf {CUSTOMER_NUMBER_CONTRACT}: de getuige {NAME_FULL} staat nergens op de foto's.",
    "Locatie bruiloft: {ADDRESS}, {POSTCODE} {city}. De bruid heet {NAME_FULL_F}, de bruidegom {NAME_FULL_M}.",
    # tattoo studio
    "Afspraak {tattoo}: ik ben {NAME_FULL}, {DOB}, wil een tattoo op mijn onderarm. Aanbetaling via {CARD}.",
    "Tattoo-ontwerp met de naam van mijn dochter, {NAME_CHILD}, en haar geboortedatum ({DOB_CHILD}) erin.",
    "Toestemmingsformulier\nNaam: {NAME_FORM}\nGeb.: {DOB}\nBSN: {BSN}\nTel: {PHONE}",
    # piercing aftercare
    "Piercing ontstoken na een week, de nazorg-spray hielp niet. {NAME_FULL}, klantnummer {CUSTOMER_NUMBER}.",
    "Mijn dochter {NAME_FIRST_F} ({DOB_CHILD}) kreeg een piercing zonder mijn toestemming! Bel mij: {PHONE}.",
    "Huisarts moest de piercing eruit halen, rekening van {amount}. Vergoeding op {IBAN}. {NAME_DOUBLE}",
    # vet's emergency bill
    "Spoedrekening {vet}: {amount} voor onze {animal} midden in de nacht. Betalen in termijnen van {IBAN}?",
    "Eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, {PHONE_LAND}. Patiëntnummer dier {CUSTOMER_NUMBER_PATIENT}.",
    "Betaald bij de spoedkliniek met {CARD}, maar de huisdierenverzekering wil de factuur op naam van {NAME_FULL_M}.",
    "Dierenarts {NAME_SURNAME} zei dat we konden bellen, maar het nummer werkt niet. Onze mail: {EMAIL}.",
    # horse transport
    "Paardentransport {horse_firm}: merrie ophalen bij {NAME_FULL}, {ADDRESS}, {POSTCODE}. Trailer achter {PLATE}.",
    "Chauffeur {NAME_FIRST_M} belde vanaf de grens, het paspoort van het paard ontbreekt. Eigenaar {NAME_FULL}, "
    "{PHONE_DE}.",
    "Transport naar Duitsland: afleveradres {ADDRESS_DE}, {POSTCODE_DE} Kleve, bij {NAME_DE}.",
    "Factuur vervoer {horse_firm}, {invoice}, graag op naam van {NAME_FORM}, BTW verlegd.",
    # beekeepers' association
    "Aanmelding {club}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, {EMAIL}. Twee volken in de achtertuin.",
    "Contributie imkers {amount}, lidnummer {CUSTOMER_NUMBER_MEMBER}, van {IBAN}.",
    "Zwerm in de tuin van {NAME_INITIALS}! Imker {NAME_FIRST} komt hem ophalen, bel {PHONE}.",
    # choir membership
    "Koorlidmaatschap opzeggen, ik verhuis naar {city}. {NAME_FULL_F}, lid {CUSTOMER_NUMBER_MEMBER}.",
    "Dirigent {NAME_FULL} vraagt nieuwe tenoren. Aanmelden bij de secretaris: {EMAIL}.",
    "Ledenlijst sopranen:\n{NAME_FULL}, {PHONE}\n{NAME_FULL}, {PHONE}\n{NAME_FULL}, {PHONE_LAND}",
    # hobby-club newsletter
    "Nieuwsbrief {club}: afmelden graag, {EMAIL_HIDDEN}. Ik ontvang hem drie keer.",
    "In de nieuwsbrief staat ons huisadres ({ADDRESS}, {POSTCODE}) en telefoonnummer {PHONE}! Dat wilden we niet.",
    "Felicitaties in de nieuwsbrief: {NAME_FULL} wordt 80 ({DOB_ELDER})!",
    "naam;email;telefoon\n{NAME_FULL};{EMAIL};{PHONE}\n{NAME_FULL};{EMAIL};{PHONE}",
    # school's lost-property desk
    "Gevonden voorwerpen {school}: blauwe jas met naam '{NAME_CHILD}' in de kraag. Ouder {NAME_FULL}, {PHONE}.",
    "Juf {NAME_SURNAME} zei dat de gymtas van {NAME_CHILD} bij de conciërge ligt. Ik kom {weekday} om {time}.",
    "Schoolpas van {NAME_FULL}, leerlingnummer {CUSTOMER_NUMBER}, gevonden op het schoolplein.",
    # unusual order, corrections, photo of a card
    "Ik geef het even achterstevoren: postcode {POSTCODE}, dan {ADDRESS}, en ik heet {NAME_SURNAME}, "
    "{NAME_FIRST_SAME}.",
    "K: Mijn nummer is {PHONE}.\nA: Dank u.\nK: Nee wacht, {PHONE_FIX}. Of toch... nee, die tweede klopt.",
    "Postcode {POSTCODE}, nee, {POSTCODE_FIX}, cijfers omgedraaid. Sorry, lastig met mijn bril.",
    "Geboren {DOB}, o nee, dat is Amerikaans genoteerd: {DOB_FIX}.",
    "Ik lees de kaart van een foto op mijn telefoon: {CARD_PHOTO}",
    "Van de foto van de pas: {CARD_PHOTO}, vervaldatum 11/28, naam {NAME_FULL_UP}.",
    "IBAN van de foto van het bankpasje: {IBAN}, ik herhaal: {IBAN_FIX}.",
    "K: Rekening {IBAN_VOICE}.\nA: Ik lees terug...\nK: Klopt.",
    "Kenteken van de taxi was {PLATE_VOICE}, volgens mij.",
    "Mijn adres is {ADDRESS_VOICE} in {city}, postcode {POSTCODE_VOICE}.",
    "Ik spel mijn mail: {EMAIL_VOICE}.",
    "Geboortedatum? {DOB_VOICE}.",
    "Kaartnummer oplezen: {CARD_VOICE}.",
    "SMS: nieuw nr {PHONE}, oude {PHONE} graag verwijderen. {NAME_FIRST}",
    "Belgische klant, rijksregisternummer {BSN_BE}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}.",
    "Terugstorten op Belgische rekening {IBAN_BE}, op naam van {NAME_FULL}.",
    "Oekraïense vluchteling {NAME_UA}, woont bij gastgezin op {ADDRESS}, BSN {BSN}.",
    "Eritrese cliënt {NAME_ER}, tolk via {PHONE}.",
    "Duits kenteken {PLATE_DE} op de boot naar {island}, bestuurder {NAME_DE}.",
    "Ik was klant onder {CUSTOMER_NUMBER}, nu onder {CUSTOMER_NUMBER} na de verhuizing.",
    "Review: {NAME_STAFF} van de telefoon was super, maar {NAME_STAFF} van de chat begreep er niets van.",
]

TEST_V18_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V18_PII_EN
