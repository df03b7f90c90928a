"""Dutch templates of the `test_v23` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v23_nl`, the English ones in `privacy_templates_v23_en`, sentences without personal data in
`privacy_templates_v23_clean`. Written by someone who never saw the redaction rules.

Frames: a pigeon-racing association, a natural-ice skating tour association, a municipal cemetery office, a
pawnbroker, a coach-tour operator for seniors, a wine subscription club, a car-windscreen repairer, a freight
forwarder moving a household to Curaçao, a piano rental and tuning firm, an escape room, a water board's tax desk,
a sailing school with yacht charter, a meal-delivery platform paying its couriers, a florist delivering funeral
flowers, a tutoring institute, a bridge club, a dry cleaner's pick-up service and a beach-hut rental. Channels:
WhatsApp Business exports with date and time, voicemail transcriptions, ticketing-system audit trails, CRM notes
pasted with tabs, OCR of scanned letters (with 'rn' for 'm', 'O' for '0'), forms rendered as Markdown tables, Teams
chat copies, IVR keypad logs, vCards, XML fragments and SEPA mandate forms.

Labels: a span is exactly the personal data; a title (dhr., mevr., mevrouw, wijlen), a cue ('BSN', 'tel', 'lid'),
'mailto:', 'tel:', the '#' of a keypad entry, the table bars, tabs, XML tags and vCard keys around it are outside.
A person's name is labelled wherever it stands (customer, relative, deceased, courier, agent in an audit trail or
a Teams header, sender of a WhatsApp message, signature, 'Veen, J.W. van der'); first name and surname side by side
are one span, initials and surname too. Firms, clubs, boats, products and streets that hold a person's name are
not labelled. A street with house number and suffix is one ADDRESS, also a Curaçao 'Kaya' address; Dutch, Belgian
and German postcodes are POSTCODE; a town alone is not labelled. Values garbled by OCR are still labelled as what
they are. Member, relation (relatienummer), policy, contract, client, courier, pupil and account numbers are
CUSTOMER_NUMBER; order, ticket, booking, invoice, assessment (aanslagnummer), container and reference numbers,
pigeon rings, company phone numbers and mailboxes, amounts and dates that are no birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v23_en import TEST_V23_PII_EN
from benchmarks.privacy_templates_v23_nl import NL_FIRST

_NL = [
    # escape room: Teams chat copies
    "[10:14] {NAME_TEAMS}\nkan iemand de boeking van {NAME_FULL} checken? betaald met {CARD}\n[10:16] {NAME_TEAMS}\n"
    "kijk ik even naar",
    "Groepsboeking {escape} {date}: contactpersoon {NAME_FULL}, {PHONE}, {EMAIL}. Vrijgezellenfeest voor "
    "{NAME_FIRST_F}.",
    "Kamer {room} om {time}, spelers: {NAME_FIRST}, {NAME_FIRST}, {NAME_FIRST} en {NAME_FULL}.",
    "Cadeaubon ingewisseld door {NAME_FULL_SMALL}, restant terug op {IBAN}.",
    "[16:02] {NAME_TEAMS}\nklant belt, {NAME_SURNAME_M} heeft de sleutel van locker 4 meegenomen, nummer {PHONE}",
    # water board tax desk
    "Aanslagnummer {assessment}, relatienummer {CUSTOMER_NUMBER_WATERBOARD}, {NAME_INITIALS}, {ADDRESS}, "
    "{POSTCODE} {city}.",
    "Kwijtschelding aangevraagd voor {NAME_FULL}, BSN {BSN}, alleenstaand, inkomen bijstandsniveau.",
    "Ik betaal zuiveringsheffing voor {ADDRESS} terwijl ik sinds {date} op {ADDRESS} woon.",
    "Automatische incasso in 10 termijnen van {IBAN}, tenaamstelling {NAME_DOUBLE}.",
    "<relatie><naam>{NAME_FULL}</naam><bsn>{BSN}</bsn><postcode>{POSTCODE}</postcode></relatie>",
    '<debiteur nr="{CUSTOMER_NUMBER_WATERBOARD}"><iban>{IBAN}</iban><tel>{PHONE_LAND}</tel></debiteur>',
    # sailing school and yacht charter
    "Charter {charter} week 31: schipper {NAME_FULL}, geboren {DOB}, vaarbewijs aanwezig, bemanning {NAME_FULL}.",
    "Borg {amount} geblokkeerd op creditcard {CARD}, wordt vrijgegeven na controle van de boot.",
    "Zeilkamp jeugd: {NAME_CHILD}, {DOB_CHILD}, ouder {NAME_FULL}, bereikbaar {PHONE}, zwemdiploma B.",
    "Lid {CUSTOMER_NUMBER_CHARTER} vraagt de ligplaats van zijn eigen boot op naam van {NAME_FULL_M} te zetten.",
    "Auto met trailer {PLATE} staat op het terrein, van wie? Volgens de receptie van {NAME_FULL}.",
    "Duitse gasten: {NAME_DE}, {ADDRESS_DE}, {POSTCODE_DE} Bocholt, Handy {PHONE_DE}, Kennzeichen {PLATE_DE}.",
    # meal-delivery platform couriers
    "Rider-ID {CUSTOMER_NUMBER_RIDER}: uitbetaling week 14 niet ontvangen op {IBAN}.",
    "Bezorger {NAME_FULL} heeft ongeluk gehad op {ADDRESS}, scooter {PLATE}, BSN voor de verzekering {BSN}.",
    "Nieuwe koerier: {NAME_PL}, geboren {DOB}, BSN {BSN}, tel {PHONE_PL} en {PHONE}.",
    "Klant zegt dat {NAME_FIRST} het eten bij nummer 21 heeft neergezet, klant woont op {ADDRESS}.",
    "Account {platform} van {EMAIL} gedeactiveerd, koerier {CUSTOMER_NUMBER_RIDER}, {NAME_FULL_SMALL}.",
    # funeral florist
    "Rouwstuk voor de uitvaart van {NAME_FULL_ELDER}, bezorgen {date} voor {time} bij {ADDRESS}, {city}.",
    "Tekst op het lint: 'Lieve opa, rust zacht. {NAME_CHILD} en {NAME_CHILD}'. Besteller {NAME_FULL}, {PHONE}.",
    "Betaling {florist} {amount} met {CARD}, factuur naar {EMAIL}.",
    "Kaartje: 'Veel sterkte, {NAME_FULL} en {NAME_FULL}'. Afleveren bij {NAME_SURNAME_F}, {ADDRESS}, {POSTCODE}.",
    # tutoring institute
    "Intake bijles wiskunde: {NAME_CHILD}, geboren {DOB_CHILD}, leerlingnummer {CUSTOMER_NUMBER_STUDENT}, "
    "moeder {NAME_FULL_F}.",
    "Huiswerkbegeleiding opzeggen per {date}, leerling {CUSTOMER_NUMBER_STUDENT}, groet {NAME_FULL}",
    "Docent {NAME_FULL} komt voortaan op {ADDRESS}, {POSTCODE} {city}, bel bij het achterhuis.",
    "Ouder vraagt de facturen naar {EMAIL} te sturen en niet meer naar {EMAIL}. {NAME_FULL}",
    "Wie haalt {NAME_CHILD} vandaag op? Vader {NAME_FULL_M}, {PHONE_SPOKEN}.",
    # bridge club
    "Uitslag drive: 1. {NAME_FULL_ELDER} & {NAME_FULL_ELDER} 62,4% 2. {NAME_LIST} & {NAME_LIST} 58,1%",
    "Nieuw lid {bridge}: {NAME_FULL_ELDER}, bondsnummer {CUSTOMER_NUMBER_BRIDGE}, {ADDRESS}, {PHONE_LAND}.",
    "Contributie {year} van {IBAN}, lid {CUSTOMER_NUMBER_BRIDGE}, {NAME_INITIALS}.",
    "Mevrouw {NAME_SURNAME_F} (geb. {DOB_ELDER}) zoekt een vaste partner voor dinsdagmiddag.",
    # dry cleaner pick-up service
    "Ophalen {drycleaner}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, tussen {time} en 21:00.",
    "Trouwjurk kwijt sinds {date}, klantkaart {CUSTOMER_NUMBER}, vergoeding graag op {IBAN}.",
    "Koerier {NAME_AGENT} belde aan, niemand thuis, klant {NAME_SURNAME_M} bereikbaar op {PHONE}.",
    "Abonnement overhemden {amount} per week met {CARD}. Groet, {NAME_FULL}",
    # beach-hut rental
    "Strandhuisje {beach} seizoen {year}: huurder {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, {EMAIL}.",
    "Parkeervergunning strand voor kenteken {PLATE} en tweede auto {PLATE_BE}, huurder {NAME_BE}.",
    "Belgische huurder {NAME_BE}, {ADDRESS_BE}, {POSTCODE_BE} Gent, gsm {PHONE_BE}, rekening {IBAN_BE}.",
    "Sleutel strandhuisje 23 bij {NAME_FULL}, {PHONE}. Borg {amount} terug op {IBAN}.",
    # channels across frames: vCards, SEPA mandates, IVR, voicemail, OCR, forms
    "BEGIN:VCARD\nFN:{NAME_FULL}\nTEL;TYPE=cell:{PHONE}\nEMAIL:{EMAIL}\nADR:;;{ADDRESS};{city};;{POSTCODE};NL\n"
    "END:VCARD",
    "BEGIN:VCARD\nN:{NAME_SURNAME};{NAME_FIRST_AGAIN}\nTEL;TYPE=home:{PHONE_LAND}\nBDAY:{DOB}\nEND:VCARD",
    "Doorlopende machtiging SEPA\nNaam: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode en woonplaats: {POSTCODE} "
    "{city}\nRekeningnummer [IBAN]: {IBAN}",
    "Machtiging ondertekend door {NAME_INITIALS} op {date}, IBAN {IBAN_SMALL}, kenmerk machtiging {mandate}.",
    "IVR 21:47 menu=betalen invoer_kaart={CARD_KEYPAD}# invoer_geb={DOB_KEYPAD}# status=afgebroken",
    "IVR 08:03 terugbelverzoek nummer={PHONE_KEYPAD}# bsn={BSN_KEYPAD}# wachtrij=3",
    "Voicemail (0:31) van onbekend: ja goeiemiddag, {NAME_FULL_SMALL} hier, mijn nummer is {PHONE_SPOKEN}, dank u.",
    "Voicemail (2:05): met {NAME_FULL}, mijn bsn is {BSN_SPOKEN} en geboren {DOB_SPOKEN}, bel me terug.",
    "Gescande brief: BSN {BSN_OCR}, narn: {NAME_FULL}, adres {ADDRESS_OCR}, {POSTCODE_OCR} {city}",
    "mijn iban is {IBAN_SPOKEN}, op naam van {NAME_FULL}",
    "Postcode? {POSTCODE_SPOKEN}. Huisnummer 12.",
    "Mijn mailadres spel ik even: {EMAIL_SPELLED}.",
    "Kaartnummer voorgelezen: {CARD_SPOKEN}.",
    "Straat: {ADDRESS_SPOKEN}, dat is in {city}.",
    "mailto:{EMAIL} | tel:{PHONE_INTL} | {NAME_FULL}",
    "Klant {NAME_SR}, woont bij zus {NAME_SR_F}, Paramaribo-nummer {PHONE_SR}.",
    "Eritrese klant {NAME_ER}, tolk {NAME_ER_F}, beiden via {PHONE}.",
    "Syrische klant {NAME_SY}, adres {ADDRESS}, IBAN {IBAN}.",
    "Klant {NAME_ID} en dochter {NAME_FULL_F}, Indische familie, {PHONE_LAND}.",
    "Filipijnse au pair {NAME_PH}, geboren {DOB}, gastgezin {NAME_FULL}.",
    "Italiaanse student {NAME_IT}, {EMAIL}, kamer op {ADDRESS}.",
    "Braziliaanse klant {NAME_BR}, Franse partner {NAME_FR}, {PHONE}.",
    "Spaanse klant {NAME_ES} ({DOB}), Friese buurman {NAME_FY}.",
    "NAAM: {NAME_FULL_CAPS} | GEB: {DOB} | KENTEKEN: {PLATE} | IBAN: {IBAN}",
    "Met vriendelijke groet,\n\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE}  {city}\nT {PHONE_LAND} | M {PHONE}",
    "Mvg {NAME_INITIALS}\n\nVerzonden vanaf mijn iPhone",
]

TEST_V23_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V23_PII_EN
