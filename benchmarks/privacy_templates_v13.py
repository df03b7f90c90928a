"""Dutch templates of the `test_v13` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v13_nl`, the English ones in `privacy_templates_v13_en`, sentences without personal data in
`privacy_templates_v13_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: mortgage advice, valuation and the notary's transfer, childminder
agencies and after-school care, pet insurance and vet bills, bike lease and e-bike batteries, lottery prizes (the
street prize on a postcode), newspaper delivery and holiday stops, funeral insurance, heat-pump subsidies and
installers, student rooms and viewing evenings, the polling card, proxy votes, ID-card pick-up and notice of
marriage, a debt administrator (bewindvoerder) calling for a client, CJIB fines and payment plans, driving lessons
and the CBR exam, MOT and tyre changes, blood donation, hearing aids and glasses, seasonal campsite pitches and
caravan storage, football season tickets, music-school fees, transcribed WhatsApp voice notes, a customer reading
a letter aloud, links pasted into a chat, Surinamese, Antillean, Frisian and Flemish speakers.

Labels: a span is exactly the personal data, never a title (heer, mevrouw, mw., dhr.), a role (koper, papa,
gastouder, bewindvoerder), a label or cue, quotes, brackets or punctuation around it, the 'wa.me/' or 'tel:' of a
link, and never a possessive 's. Street and house number together are ADDRESS (a room or floor suffix belongs to
it, a house number without its street does not), the postcode apart POSTCODE; a town alone, a pet's name, order,
invoice, subsidy-file, fine, exam and offer numbers, Chamber of Commerce numbers, company phone numbers, amounts
and dates that are not a birth date are not labelled. A spelled, spoken or lower-case value is labelled like the
written one. Customer, subscriber, lottery-participant, student, donor, exam-candidate, season-ticket, lease,
child, loan and policy numbers are CUSTOMER_NUMBER; a Belgian rijksregisternummer is BSN; British and German
postcodes are POSTCODE."""

from __future__ import annotations

import benchmarks.privacy_templates_v13_words  # noqa: F401  (registers CLEAN_FILLERS["test_v13"])
from benchmarks.privacy_templates_v13_en import TEST_V13_PII_EN
from benchmarks.privacy_templates_v13_nl import NL_FIRST

_NL = [
    # funeral insurance
    "Uitvaartpolis bij {funeral}: polis {CUSTOMER_NUMBER_POLICY} op naam van {NAME_FULL_M}, geboren {DOB_ELDER}. "
    "Mijn vader is vannacht overleden.",
    "Het restant van de uitvaartuitkering moet naar {IBAN} t.n.v. {NAME_FULL}, niet naar de uitvaartondernemer.",
    "Voor de akte van overlijden vraagt de gemeente het BSN van mijn moeder: {BSN}. Ze woonde op {ADDRESS}, "
    "{POSTCODE}.",
    "Rouwkaarten komen retour: {NAME_DOUBLE} woont niet meer op {ADDRESS_FY}. Haar post graag naar mij, {EMAIL}.",
    # heat pumps, insulation, subsidy
    "ISDE-subsidie warmtepomp ({dossier}): aanvrager {NAME_FULL}, BSN {BSN}, uitbetaling op {IBAN}.",
    "Monteur van {installer} komt {weekday} de hybride warmtepomp plaatsen op {ADDRESS}, {POSTCODE}. Graag vooraf "
    "bellen: {PHONE}.",
    "De buitenunit bromt zo hard dat de buren klagen. U spreekt met {NAME_FIRST}, bereikbaar op {PHONE}.",
    "Offerte spouwmuurisolatie voor {NAME_FULL}, bouwjaar 1968, {ADDRESS}, {POSTCODE} {city}, {EMAIL_SAME}.",
    "Zakelijke klant: {EMAIL_WORK}, eenmanszaak, {invoice} op {kvk}. Vraag naar {NAME_FIRST_SAME}.",
    # student rooms
    "Hospiteeravond bij {housing}: ik kom kijken voor de kamer. {NAME_FULL}, studentnummer "
    "{CUSTOMER_NUMBER_STUDENT}, mail {EMAIL_STUDENT_SAME}.",
    "De verwarming op mijn kamer ({ADDRESS_STUDENT}) doet het al een week niet!! huurder {NAME_LOWER}, {PHONE}",
    "Borg van {amount} graag terug op {IBAN}. Ik woon nu op {ADDRESS}, {POSTCODE} {city}.",
    "Campuscontract {housing}: geboortedatum {DOB_STUDENT}, studentnummer {CUSTOMER_NUMBER_STUDENT}, inschrijving "
    "bij de {uni} volgt.",
    # polling card, proxy vote, ID card, notice of marriage
    "Ik heb geen stempas gekregen voor {election}. Sinds {date} woon ik op {ADDRESS}, {POSTCODE}; geboren {DOB}.",
    "Volmacht geven aan mijn buurman, {NAME_FULL_M}. Mijn eigen BSN staat op de stempas: {BSN}.",
    "ID-kaart ophalen lukt mij niet, mijn dochter {NAME_FULL_F} komt met een machtiging. Persoonsnummer {BSN}.",
    "Melding voorgenomen huwelijk: {NAME_FULL} (geb. {DOB}) en {NAME_FULL} (geb. {DOB}). Getuigen volgen.",
    "Ligt mijn paspoort klaar? Aanvraag op naam van {NAME_FORMAL}, bereikbaar op {PHONE}.",
    # a debt administrator calling for a client, CJIB, payment plans
    "Met de bewindvoerder van {NAME_FULL}, geboren {DOB}. Betalingsregeling graag via de beheerrekening {IBAN}.",
    "Post voor mijn cliënt {NAME_INITIALS} voortaan naar ons kantoor, niet meer naar {ADDRESS}, {POSTCODE}.",
    "CJIB-boete voor {PLATE}, maar die auto had ik toen al verkocht aan {NAME_FULL}; het vrijwaringsbewijs heb ik.",
    "Betalingsregeling voor {kenmerk}. Mijn BSN: {BSN}. Ik kan {amount} per maand missen.",
    "Schuldhulp vraagt wat er binnenkomt op {IBAN}. Mijn klantnummer bij jullie: {CUSTOMER_NUMBER}.",
    # driving lessons, CBR exam, MOT and tyres
    "Praktijkexamen bij {cbr}: kandidaat {NAME_FULL}, geboortedatum {DOB_STUDENT}, kandidaatnummer "
    "{CUSTOMER_NUMBER_CANDIDATE}.",
    "Lesauto {PLATE} staat in jullie systeem op de verkeerde instructeur; het moet {NAME_FORMAL} zijn.",
    "APK voor de {car} ({PLATE}) op {date}. Bel mij als hij klaar is: {PHONE}.",
    "Winterbanden wisselen, kenteken {PLATE_SAID} zegt de klant; de banden staan in de opslag op naam {NAME_SURNAME}.",
    "Rijlessen in termijnen, eerste termijn van {IBAN}. Leerling {NAME_FIRST}, {EMAIL_SAME}.",
    "Mijn kenteken voor het parkeren bij de rijschool: {PLATE}. De les staat op {date}.",
    "Het lespakket van {amount} is twee keer afgeschreven van creditcard {CARD}, vervaldatum 11/27.",
    # blood donation, hearing aids, glasses
    "Ik wil bloeddonor worden bij {bloodbank}: {NAME_FULL}, geboren {DOB}, {ADDRESS}, {POSTCODE} {city}.",
    "Donornummer {CUSTOMER_NUMBER_DONOR}. Ik ben verhuisd naar {ADDRESS}; de oproepen mogen naar {PHONE}.",
    "Nieuwe hoortoestellen bij {optician}: de zorgverzekeraar wil mijn BSN ({BSN}) en geboortedatum ({DOB_ELDER}).",
    "Is mijn bril al klaar? {NAME_DOUBLE}, besteld op {date}. Bel mij op {PHONE_LAND}.",
    "Eigen bijdrage voor de hoortoestellen betaald met mijn creditcard, {CARD}, maar het bedrag klopt niet.",
    # seasonal pitch, caravan storage, season ticket, music school
    "Seizoensplaats {camping}: caravan {PLATE_CARAVAN}, auto {PLATE}; het staangeld gaat van {IBAN}.",
    "Caravanstalling opzeggen: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE}; caravan {PLATE_CARAVAN}.",
    "Seizoenkaart {club}: clubcard {CUSTOMER_NUMBER_CLUB} staat op mijn zoon, {NAME_CHILDFULL_M}, geboren {DOB_CHILD}.",
    "Seizoenkaart {club} online betaald met {CARD}, maar geen bevestiging gekregen op {EMAIL}.",
    "Poortje weigert mijn seizoenkaart. Clubcard {CUSTOMER_NUMBER_CLUB}, geboortedatum {DOB}.",
    "Lesgeld {music} voor {NAME_CHILD} (gitaar) mag van {IBAN}; de huurgitaar komt terug op {date}.",
    "Inschrijving {music}: {NAME_CHILDFULL}, {DOB_CHILD}, ouder {NAME_FULL}, {EMAIL_SAME}.",
    # WhatsApp voice notes, transcribed
    "[spraakbericht 0:47] ja hoi met {NAME_FIRST} eh over de fiets van {market}, mijn nummer is {PHONE_SAID}, bel "
    "maar terug",
    "[spraakbericht 1:12] ehm het adres is {ADDRESS_SAID} en de postcode {POSTCODE_SAID}, de bel doet het niet dus "
    "even kloppen",
    "[transcriptie spraakbericht] hallo met {NAME_LOWER}, mijn rekeningnummer is {IBAN_SAID}, voor het geld terug",
    "[spraakbericht 0:31] mijn geboortedatum is {DOB_SAID} en mijn mail {EMAIL_SAID}",
    "[spraakbericht 0:22] mijn klantnummer, wacht even, {CUSTOMER_NUMBER_SAID}, ja dat is hem",
    "[spraakbericht 0:58] het kenteken is {PLATE_SAID}, die staat nog op mijn naam maar ik heb hem al verkocht",
    "[spraakbericht 0:36] mijn creditcard, {CARD_SAID}, en de vervaldatum weet ik zo niet",
    "[spraakbericht 0:40] mijn BSN, dat is {BSN_SAID}, dat vroeg uw collega",
    # a customer reading a letter aloud
    "Klant leest voor: 'Aan {NAME_LETTER}, {ADDRESS_CAPS}, {POSTCODE} {city_caps}.' Dat klopt dus allemaal.",
    "Op de brief staat het op twee regels, ik lees het voor: {IBAN_BREAK}.",
    "Er staat: 'Uw burgerservicenummer: {BSN}. Uw geboortedatum: {DOB}.' Maar die datum klopt niet.",
    "Klant leest de brief van de {lottery} voor: 'Gefeliciteerd {NAME_FULL}, deelnemersnummer "
    "{CUSTOMER_NUMBER_LOTTERY} valt in de prijzen.'",
    # links pasted into a chat
    "Chat: je kan me appen hoor, wa.me/{PHONE_WA}",
    "Ondertekening mail: {NAME_FULL} | tel:{PHONE_INTL} | {EMAIL_SAME}",
    "Link uit de bevestigingsmail: https://www.{site}.nl/afspraak?postcode={POSTCODE_URL}&huisnr=14&klant="
    "{CUSTOMER_NUMBER}",
    # Surinamese, Antillean, Frisian and Flemish speakers
    "Luister, mijn tante {NAME_SR_F} zit tot {date} in Paramaribo; bel haar daar op {PHONE_SR} of mail {EMAIL_SAME}.",
    "Bon dia, ik ben {NAME_AN}, net uit Curaçao. Mijn nummer daar, {PHONE_AN}, werkt hier niet; gebruik {PHONE}.",
    "Mijn zoon {NAME_AN_M} studeert hier en woont op {ADDRESS_STUDENT}; ik ben zijn moeder en betaal met {CARD}.",
    "We zijn pas uit Suriname. Mijn man wacht nog op zijn BSN, ik heb al een: {BSN}.",
    "Goeie, mei {NAME_FY} hjir. Ik wenje op {ADDRESS_FY}, {POSTCODE_FY} {city_fy}; de monteur mei my belje op {PHONE}.",
    "Goeiendag, {NAME_BE} hier uit {city_be}, {ADDRESS_BE}, {POSTCODE_BE}. De gazet komt hier nooit voor zevenen.",
    "Mijn Belgische rekening is {IBAN_BE}, ge moogt het daarop terugstorten.",
    "Rijksregisternummer {BSN_BE}, dat vroeg uw collega. Mijn gsm: {PHONE_BE}.",
    "Typ maar over, ik spel mijn achternaam: {NAME_SPELLED}. Voornaam zoals het klinkt.",
]

TEST_V13_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V13_PII_EN
