"""Dutch templates of the `test_v27` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v27_nl`, the English ones in `privacy_templates_v27_en`, sentences without personal data in
`privacy_templates_v27_clean`. Written by someone who never saw the redaction rules.

Frames: a laundry and dry-cleaning pick-up service, an emergency glazier, a tennis club, a bridal boutique, a pest
control firm, a piano tuner and a student-housing foundation. Channels: Freshdesk ticket bodies, Salesforce case
notes, Messenger chat transcripts with 'Agent:'/'Klant:' and typos, postal return labels, customer-satisfaction
survey free text, OCR of ID-card photos, e-mail signatures with disclaimers, court-booking CSV exports and
semicolon rows, insurer claim forms and voicemail-to-text.

Labels: a span is exactly the personal data; a title (dhr., mevr., dr.), a cue ('BSN', 'naam:', 'klantnr') and
quotes around it are outside. A person's name is labelled wherever it stands (customer, relative, child, staff
member, doctor after 'dr.', signer); first name and surname side by side are one span, initials and surname too, a
double surname too, and so is 'Linden, Sanne van der'. Firms, clubs and streets that hold a person's name are not
labelled. A street with house number is one ADDRESS; Dutch, Belgian, German, French and British postcodes are
POSTCODE; a town alone is not labelled. An e-mail address written so bots miss it is one EMAIL. Subscription,
policy, member, KNLTB, tenant and customer numbers are CUSTOMER_NUMBER; order, ticket, case, booking, invoice and
tracking numbers, company phone numbers and mailboxes, amounts and dates that are no birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v27_en import TEST_V27_PII_EN
from benchmarks.privacy_templates_v27_nl import NL_FIRST

_NL = [
    # pest control: Freshdesk tickets, inspection reports, voicemail-to-text
    "Freshdesk #{fd}\nVan: {EMAIL}\nOnderwerp: muizen in de keuken\n\nGoedemorgen, wij hebben sinds een week "
    "muizen. Adres {ADDRESS}, {POSTCODE} {city}. Groet, {NAME_FULL}",
    "Inspectierapport {pest}\nKlant: {NAME_FULL}\nContract: {CUSTOMER_NUMBER_PEST}\nBevinding: wespennest onder "
    "dakpannen, behandeld",
    "Voicemail (automatisch uitgeschreven): ja hallo met {NAME_FULL} eh ik bel over de bedwantsen, mijn nummer is "
    "{PHONE_SPOKEN}, graag terugbellen",
    "Voicemail: goedemiddag u spreekt met mevrouw {NAME_SURNAME_F}, contractnummer {CUSTOMER_NUMBER_PEST}, de "
    "ratten zijn terug",
    "Jaarcontract {CUSTOMER_NUMBER_PEST} ({amount}/kwartaal) van rekening {IBAN}, {NAME_INITIALS}.",
    "Bestrijder {NAME_STAFF} parkeert de {PLATE} bij {ADDRESS}; bewoner {NAME_FULL} laat hem binnen.",
    "VvE-beheerder {NAME_FULL} vraagt offerte voor het hele complex, mail {EMAIL_WORK}, tel {PHONE_LAND}.",
    # piano tuner: appointment SMS, customer cards, invoices
    "Klantkaart pianostemmer\n{NAME_SORTED}\n{ADDRESS}\n{POSTCODE} {city}\nPiano: {piano}\nLaatst gestemd: {date}",
    "SMS: Goedemorgen {NAME_SURNAME}, de stemmer komt {weekday} om {time}. Niet gelegen? Bel {company_phone}.",
    "Stembeurt {amount} betaald met {CARD}, klant {CUSTOMER_NUMBER_TUNER}.",
    "Vleugel verhuizen voor {NAME_FULL} van {ADDRESS} naar {ADDRESS}, contact {PHONE}.",
    "Muziekschool stuurt leerling {NAME_CHILD} (geboren {DOB_CHILD}), ouder {NAME_FULL}, {EMAIL}.",
    # student housing: tenancy applications, ID-card OCR, chat
    "OCR identiteitsbewijs (upload)\nNaam/Surname: {NAME_SURNAME_CAPS}\nVoornamen/Given names: {NAME_FIRST_AGAIN}\n"
    "Geboortedatum/Date of birth: {DOB_ID}\nPersoonsnummer/Personal no.: {BSN_PLAIN}",
    "OCR rijbewijs: 1. {NAME_SURNAME_CAPS} 2. {NAME_FIRST_AGAIN} 3. {DOB_ID} {city}",
    "Huuraanvraag kamer\nNaam: {NAME_FULL}\nGeboortedatum: {DOB}\nBSN: {BSN}\nStudie: bestuurskunde\n"
    "Huurdersnummer: {CUSTOMER_NUMBER_HOUSING}",
    "Huur {amount} per maand, machtiging {IBAN}, huurder {NAME_FULL}, nummer {CUSTOMER_NUMBER_HOUSING}.",
    "Klant: hoi ik woon op {ADDRESS} kamer 4 en de verwarming doet het niet\nAgent: wat is uw huurdersnummer?\n"
    "Klant: {CUSTOMER_NUMBER_HOUSING}",
    "Internationale student {NAME_DE}, {ADDRESS_DE}, {POSTCODE_DE} Köln, mobiel {PHONE_DE}, geboren {DOB}.",
    "Ouder/garantsteller {NAME_FULL_ELDER}, geboren {DOB_ELDER}, BSN {BSN}, tel. {PHONE_LAND}.",
    "Sleuteloverdracht: {NAME_FULL} geeft kamersleutel af aan {NAME_FULL}, mail {EMAIL}.",
    # mixed frames and formats
    "Mijn BSN is {BSN_SPOKEN}, geboren op {DOB_SPOKEN}.",
    "mijn mailadres spel ik even: {EMAIL_SPELLED}",
    "De postcode is {POSTCODE_SPELLED}.",
    "Kaartnummer voorgelezen: {CARD_SPOKEN}, vervaldatum 08/28.",
    "Stuur het maar naar {EMAIL_HIDDEN} aub",
    "Met vriendelijke groet,\n{NAME_FULL}\n{ADDRESS} | {POSTCODE} {city}\nM {PHONE}\n\nDISCLAIMER: aan dit bericht "
    "kunnen geen rechten worden ontleend.",
    "Verzonden vanaf mijn iPhone\n\n{NAME_FIRST}\n{PHONE_INTL}",
    "Verhuisd per {date}: nieuw adres {ADDRESS}, {POSTCODE} {city}; oud adres {ADDRESS}.",
    "Belgische klant {NAME_BE}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}, rekening {IBAN_BE}.",
    "Franse studente {NAME_FR}, {ADDRESS_FR}, {POSTCODE_FR} Lille, tel {PHONE_FR}, voiture {PLATE_FR}.",
    "Turkse klant {NAME_TR}, geboren {DOB_FOREIGN}, tel. {PHONE_TR}; zoon {NAME_TR_M} tolkt.",
    "Marokkaanse klant {NAME_MA_F}, {ADDRESS}, {EMAIL}, kenteken {PLATE}.",
    "Surinaamse klant {NAME_HS_ELDER}, geboren {DOB_ELDER}, kleindochter {NAME_HS_F} regelt het via {PHONE}.",
    "Monteur met Duitse auto {PLATE_DE}, Roemeense collega {NAME_RO_M} belt vanaf {PHONE_RO}.",
    "Friese klant {NAME_FY}, {ADDRESS}, {POSTCODE}, IBAN {IBAN}.",
    "Limburgse klant {NAME_LI_F}, geboren {DOB}, tel {PHONE_LAND}.",
    "Indische klant {NAME_ID_ELDER}, dochter {NAME_FULL_F}, adres {ADDRESS}.",
    "Terugbellijst: {NAME_FULL} ({PHONE}), {NAME_INITIALS} ({PHONE_LAND}), {NAME_VN} ({PHONE}).",
    "Kentekens aangemeld voor de parkeerplaats: {PLATE}, {PLATE}, {PLATE_BE}.",
    "Klantnr {CUSTOMER_NUMBER}, {NAME_FULL}, {POSTCODE}, {IBAN}.",
    # more channels: Freshdesk replies, Salesforce fields, chat with typos, survey free text, return labels
    "Freshdesk #{fd} — reactie klant\nVan: {NAME_FULL} <{EMAIL}>\n\nnog steeds niks gehoord!! bel me op {PHONE}",
    "Freshdesk #{fd}\nAanvrager: {NAME_SORTED}\nE-mail: {EMAIL}\nTags: retour, klacht",
    "Contact Name: {NAME_FULL} | Birthdate: {DOB_ISO} | Mobile: {PHONE} | Customer ID: {CUSTOMER_NUMBER_GLASS}",
    "Klant: hoi, ik ben verhuist naar {ADDRESS} , postcode {POSTCODE}\nAgent: dank u, ik pas het aan",
    "Klant: mn iban is {IBAN} graag daarop terugstorten\nAgent: komt in orde",
    "Klant: bsn nodig? {BSN}\nAgent: nee hoor, dat hoeven wij niet te hebben",
    "Enquête na contact, open antwoord: 'Medewerker {NAME_STAFF} hielp me snel, top!' — {NAME_FULL}, {city}",
    "Enquête: 'rijbewijs ligt nog in de auto, kenteken {PLATE}, kunnen jullie {NAME_FIRST_M} bellen op {PHONE}?'",
    "AFZENDER: {NAME_FULL_CAPS} · {ADDRESS} · {POSTCODE} {city}",
    "Retourzending {track}\nAfzender: {NAME_INITIALS}, {ADDRESS}, {POSTCODE}\nReden: verkeerde maat",
    "Pinbetaling mislukt, daarna met {CARD} betaald door {NAME_FULL}, klantnr {CUSTOMER_NUMBER_LAUNDRY}.",
    "Geboortedatum klopt niet in ons systeem: {DOB} moet {DOB} zijn, aldus {NAME_FULL}.",
    "Lidmaatschap opgezegd per {date}: {NAME_FULL}, {CUSTOMER_NUMBER_TENNIS}, laatste incasso van {IBAN}.",
    "Bruid {NAME_FULL_F} en getuige {NAME_FULL} komen {weekday} passen; parkeren met {PLATE}.",
    "Betaling via Tikkie mislukt, wel overgemaakt van {IBAN_ABROAD} door {NAME_PT}.",
]

TEST_V27_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V27_PII_EN
