"""Dutch and Flemish `test_v34` templates with personal data: a driving school, a funeral insurer, a municipal
parking-permit desk, a home-care meal service, a donation platform's helpdesk and an orthodontist's front desk,
seen through Intercom exports, Zendesk macros, WhatsApp Business, Freshcaller summaries, Teams chats, SMS replies,
typed-in paper forms, Excel pastes and voicemail transcriptions. Written by someone who never saw the rules."""

from __future__ import annotations

DRIVING = [
    "Intercom | {NAME_FULL}: hoi, ik wil mijn {exam} bij {cbr} verzetten, mijn nummer is {PHONE_MOBILE}",
    "Beste {NAME_FIRST}, je {exam} staat op {weekday} om {clock} bij {cbr}. Groet, {school}",
    "WhatsApp van moeder {NAME_MARRIED}: kan {NAME_CHILD} morgen om {clock} opgehaald worden op {ADDRESS}?",
    "Leerling {NAME_INITIALS} (leerlingnr {CUSTOMER_NUMBER_PUPIL}) heeft nog {lesson} lessen tegoed.",
    "lesauto {PLATE} staat bij de garage, les van {NAME_LOWER} verplaatst naar {weekday}",
    "Freshcaller samenvatting: vader van {NAME_CHILD_FULL} belde over factuur {invoice}, terugbellen op {PHONE_LAND}.",
    "Aanmelding rijopleiding\nNaam: {NAME_UPPER}\nGeb.datum: {DOB}\nBSN: {BSN}\nTel: {PHONE_MOBILE}",
    "Incasso voor het lespakket van {amount} gaat van {IBAN} af, t.n.v. {NAME_INITIALS}.",
    "Pakket van {lesson} lessen, leerlingnummer: {CUSTOMER_NUMBER_PUPIL}; e-mail {EMAIL}",
    "teams: {NAME_FIRST} heeft de tussentijdse toets gehaald!! ze rijdt nu in de {car} ({PLATE})",
    "Voicemail: ja goedemiddag met {NAME_FULL}, mijn zoon wil rijles, bel me terug op {PHONE_SPOKEN}, dank u.",
    "Dag, ik ben {NAME_BE} uit {town}, ik heb een Belgisch voorlopig rijbewijs. GSM {PHONE_BE}.",
    "Leerling {NAME_DE} uit {town} rijdt met eigen auto {PLATE_DE} naar de les in Enschede.",
    "Excel:\t{CUSTOMER_NUMBER_PUPIL}\t{NAME_REGISTER}\t{DOB}\t{PHONE_MOBILE}\t{exam}",
    "Ik kan mijn pasje niet vinden, het staat op naam van {NAME_FULL} en mijn postcode is {POSTCODE}.",
    "Het ophaaladres voor de les van {NAME_CHILD} is {ADDRESS}, {POSTCODE} {town}.",
]
FUNERAL = [
    "Zendesk macro: Geachte heer {NAME_SURNAME}, wij hebben het overlijden van uw moeder {NAME_OLD} "
    "geregistreerd onder polisnummer {CUSTOMER_NUMBER_POLICY}.",
    "Overledene: {NAME_REGISTER}, geboren {DOB_OLD}, laatst wonend {ADDRESS}, {POSTCODE} {town}.",
    "Freshcaller: dochter {NAME_MARRIED} belde namens haar vader, polis {CUSTOMER_NUMBER_POLICY}, wil "
    "{funeral} in {crematorium}.",
    "Uitkering van de verzekering graag op rekening {IBAN} van de executeur {NAME_INITIALS}.",
    "Contactpersoon nabestaanden: {NAME_FULL}, tel. {PHONE_LAND}, mail {EMAIL}",
    "Formulier (handmatig ingevoerd): N a a m  overledene : {NAME_UPPER} / BSN : {BSN_OCR} / geb : {DOB_OLD}",
    "De uitvaart van mevrouw {NAME_SURNAME} is op {date} om {clock} in {crematorium}.",
    "Mijn schoonvader {NAME_OLD} had een polis bij {insurer}, relatienummer {CUSTOMER_NUMBER}.",
    "whatsapp: hallo, hier {NAME_FIRST}, de kleinzoon van {NAME_OLD}. Kan de rouwauto {PLATE} voor {ADDRESS} parkeren?",
    "Voicemail: goedemorgen, u spreekt met {NAME_BE}, mijn vader is overleden in {town}, mijn nummer is {PHONE_BE}.",
    "Graag de premie voortaan van {IBAN_BE} afschrijven, het rekeningnummer van mijn broer {NAME_BE}.",
    "De akte van overlijden van {NAME_OLD} (BSN {BSN}) is ontvangen op {date}.",
    "Kunt u de rouwkaarten sturen naar {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} {town}?",
    "Mijn tante {NAME_DE} woont in {town}, {ADDRESS_DE}, {POSTCODE_DE}; zij is de begunstigde.",
    "Excel;{CUSTOMER_NUMBER_POLICY};{NAME_REGISTER};{DOB_OLD};{funeral};{amount}",
]
PARKING = [
    "Aanvraag {permit}: {NAME_FULL}, {ADDRESS}, {POSTCODE}, kenteken {PLATE}.",
    "Bezoekerskenteken {PLATE} aangemeld door bewoner {NAME_INITIALS} voor {zone}.",
    "Mijn moeder komt uit België met {PLATE_BE}, mag die op mijn {permit}? Groet, {NAME_FIRST}",
    "Bezwaar naheffingsaanslag {ticket}: ik ({NAME_FULL}) stond met {PLATE} gewoon in {zone}.",
    "Intercom: klant {EMAIL} vraagt of kenteken {PLATE} kan worden vervangen door {PLATE}.",
    "Vergunninghouder: {NAME_REGISTER}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nKenteken: {PLATE}",
    "Ik woon sinds {date} op {ADDRESS} en mijn Duitse auto heeft kenteken {PLATE_DE}.",
    "sms: ja is goed, kenteken is {PLATE}, groetjes {NAME_LOWER}",
    "De {permit} van dhr. {NAME_SURNAME} (klantnummer {CUSTOMER_NUMBER}) verloopt op {date}.",
    "Mantelzorger {NAME_FULL} ({PHONE_MOBILE}) bezoekt {NAME_OLD} op {ADDRESS}.",
    "Terugbetaling van {amount} aan {NAME_INITIALS} op {IBAN} voor de te veel betaalde vergunning.",
    "Teams: kan iemand {POSTCODE} checken? mevrouw {NAME_SURNAME} zegt dat ze in {zone} valt",
    "Papieren formulier: Postcode : {POSTCODE} Huisnr : zie boven   Kenteken 1 : {PLATE}  Kenteken 2 : {PLATE}",
    "Voor de gehandicaptenparkeerkaart heb ik het BSN van mijn vader nodig: {BSN}, geboren {DOB_OLD}.",
]
MEALS = [
    "Nieuwe cliënt {NAME_OLD}, cliëntnummer {CUSTOMER_NUMBER_CLIENT}, dieet {diet}, sleutelkluis naast de "
    "voordeur van {ADDRESS}.",
    "Dochter {NAME_MARRIED} ({PHONE_MOBILE}) vraagt of haar moeder {dish} kan krijgen, {diet} graag.",
    "Bezorgnotitie: mw. {NAME_SURNAME}, {ADDRESS}, achterom via de schuur, code kluis bij planning.",
    "Freshcaller: dhr. {NAME_INITIALS} belde, cliëntnr. {CUSTOMER_NUMBER_CLIENT}, maaltijd van {weekday} "
    "niet ontvangen.",
    "Machtiging maaltijden: {NAME_OLD}, IBAN {IBAN}, ingangsdatum {date}.",
    "Voicemail: ja, met {NAME_FIRST}, buurvrouw van meneer {NAME_SURNAME}, hij doet niet open, mijn nummer "
    "{PHONE_SPOKEN}",
    "Intake: {NAME_UPPER}, geb. {DOB_OLD}, BSN {BSN}, huisarts bekend, {diet}.",
    "Excel\t{CUSTOMER_NUMBER_CLIENT}\t{NAME_REGISTER}\t{ADDRESS}\t{POSTCODE}\t{dish}",
    "Whatsapp: mijn vader {NAME_OLD} is opgenomen, graag geen maaltijden tot {date}. {NAME_FULL}",
    "De mail van de contactpersoon is {EMAIL_SPOKEN}, zei ze aan de telefoon.",
    "Cliënt woont op {ADDRESS}, {POSTCODE} {town}; bezorger {NAME_FIRST} heeft een nieuwe sleutel.",
    "Betaling via creditcard {CARD} van zoon {NAME_FULL} voor de maand {month}.",
]
DONATIONS = [
    "Intercom | donateur {NAME_FULL} ({EMAIL}) wil zijn gift van {amount} aan {campaign} terug.",
    "Refund van {amount} gaat naar {IBAN} t.n.v. {NAME_INITIALS}, donateursnummer {CUSTOMER_NUMBER_DONOR}.",
    "Ik heb per ongeluk twee keer betaald met mijn kaart {CARD}, kan één terug? {NAME_FIRST}",
    "Trustpilot: 'Top platform, {platform} regelde alles snel' - {NAME_FULL}. Reactie: Dank u, {NAME_FIRST}!",
    "Trustpilot review van {NAME_LOWER}: nog steeds geen refund, mail mij op {EMAIL}",
    "De actie is opgezet door {NAME_MARRIED} voor haar neefje {NAME_CHILD}.",
    "Donateur uit België, {NAME_BE}, rekening {IBAN_BE}, wil een fiscaal attest.",
    "Spende von {NAME_DE} uit {town}, IBAN {IBAN_DE}, graag een Quittung naar {EMAIL}.",
    "Zendesk: Beste {NAME_FIRST}, uw donatie (donateursnr {CUSTOMER_NUMBER_DONOR}) is teruggestort.",
    "Voor de giftenaftrek heb ik uw BSN nodig; u gaf {BSN} op, klopt dat, {NAME_FULL}?",
    "Chargeback op kaart {CARD_AMEX} ({NAME_UPPER}), transactie {order}.",
    "Mijn ex {NAME_FULL} gebruikt mijn naam voor een actie, ik woon op {ADDRESS} en niet in {town}.",
    "Formulier: geboortedatum {DOB}, adres {ADDRESS}, {POSTCODE}, telefoon {PHONE}",
]
ORTHO = [
    "Afsprakenbrief: {NAME_CHILD_FULL}, geboren {DOB_CHILD}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}, "
    "controle {brace} op {date}.",
    "WhatsApp: Hoi, hier de moeder van {NAME_CHILD}, de {brace} is los, kunnen jullie bellen op {PHONE_MOBILE}?",
    "Verzekerdennummer {CUSTOMER_NUMBER_INSURED} bij {healthins}, verzekerde {NAME_CHILD_FULL}.",
    "Zendesk macro: Beste ouder(s) van {NAME_CHILD}, de afspraak van {date} om {clock} is verzet.",
    "Nieuwe patiënt: {NAME_REGISTER}, geb. {DOB_CHILD}, BSN {BSN}, adres {ADDRESS}, {POSTCODE} {town}",
    "Teams: ouder {NAME_INITIALS} belde, wil de nota van {amount} op naam van {NAME_FULL}",
    "Voicemail: hallo, met {NAME_FIRST}, de vader van {NAME_CHILD}, mijn nummer is {PHONE_SPOKEN}",
    "sms: ok dan komen we donderdag, {NAME_CHILD} heeft vrij. gr {NAME_LOWER}",
    "De kinderen {NAME_CHILD} en {NAME_CHILD} komen samen; patiëntnrs {CUSTOMER_NUMBER_PATIENT} en "
    "{CUSTOMER_NUMBER_PATIENT}.",
    "Mijn dochter {NAME_CHILD} is geboren op {DOB_CHILD} en is verzekerd bij {healthins} (nummer "
    "{CUSTOMER_NUMBER_INSURED}).",
    "Vlaamse ouder: {NAME_BE}, GSM {PHONE_BE}, woont {ADDRESS_BE}, {POSTCODE_BE} {town}.",
    "Duitse patiënt {NAME_DE}, Telefon {PHONE_DE}, Anschrift {ADDRESS_DE}, {POSTCODE_DE} {town}, geb. {DOB_CHILD}.",
    "Excel;{CUSTOMER_NUMBER_PATIENT};{NAME_CHILD_FULL};{DOB_CHILD};{EMAIL};{PHONE}",
    "OCR formulier: I B A N  {IBAN_OCR}  t.n.v.  {NAME_INITIALS}",
    "Graag de rekening naar {EMAIL_SPOKEN} sturen, zei mevrouw {NAME_SURNAME} aan de balie.",
]
TEST_V34_NL = [("nl", t) for t in DRIVING + FUNERAL + PARKING + MEALS + DONATIONS + ORTHO]
