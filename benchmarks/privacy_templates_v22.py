"""Dutch templates of the `test_v22` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v22_nl`, the English ones in `privacy_templates_v22_en`, sentences without personal data in
`privacy_templates_v22_clean`. Written by someone who never saw the redaction rules.

Frames: a bank's mortgage arrears desk, a dairy farm's milk collection dispute, a zoo's annual pass, a theatre's
subscription, a driving-licence medical check (CBR), a scooter rental, a roofer's leak repair, a window cleaner's
subscription, an elderly care alarm service, a Belgian energy supplier, a German webshop selling to Dutch customers,
a student housing association, a youth sports club, a car-wash subscription, a garden centre delivery, a tyre hotel,
a cremation society and an alarm-system installer. Channels: voice-assistant transcripts without punctuation, text
messages full of abbreviations, letters with a reference block (Uw kenmerk / Ons kenmerk / Datum), e-mail
signatures over several lines, JSON and key=value logs pasted by an agent, call transcripts (K:/A:), web forms and
data corrected mid-sentence.

Labels: a span is exactly the personal data; a title (dhr., mevr., meneer, Herr, Frau), a cue ('BSN', 'tel',
'pasnummer') and the quotes, brackets and JSON keys around it are outside. A person's name is labelled wherever it
stands (customer, relative, child, agent, key holder, signature, a list's 'Hove, A.M. ten'); first name and surname
side by side are one span, initials and surname too. Firms, shops, clubs, products and shows that hold a person's
name are not labelled. A street with house number and suffix, also Belgian 'bus 2', is one ADDRESS; the Dutch
postcode and the four-digit Belgian one are POSTCODE; a town alone is not labelled. A wrong value followed by its
correction gives two spans. Customer, client, contract, loan (leningnummer), policy, member, annual-pass,
subscription and milk-supplier numbers are CUSTOMER_NUMBER; order, ticket, booking, invoice and reference numbers
(Uw kenmerk), company phone numbers and mailboxes, amounts and dates that are no birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v22_en import TEST_V22_PII_EN
from benchmarks.privacy_templates_v22_nl import NL_FIRST

_NL = [
    # Belgian energy supplier
    "Klantnummer {energy_be}: {CUSTOMER_NUMBER}, verbruiksadres {ADDRESS_BE}, {POSTCODE_BE} {city_be}.",
    "Domiciliëring voorschotfactuur graag via {IBAN_BE}, op naam van {NAME_FULL}.",
    "Wij verhuizen van {ADDRESS_BE} naar {ADDRESS}, {POSTCODE} {city}. Eindmeterstand volgt. {NAME_FULL}",
    "Contract {CUSTOMER_NUMBER_CONTRACT} op naam van mevrouw {NAME_SURNAME_F}, gsm {PHONE_BE}.",
    "Mijn Belgisch rijksregister heb ik niet, wel een Nederlands BSN: {BSN}. Geboren {DOB}.",
    "Met vriendelijke groeten\n\n{NAME_FULL}\n{ADDRESS_BE}\n{POSTCODE_BE} {city_be}\ngsm {PHONE_BE}\n{EMAIL_BE}",
    # German webshop
    "Bestellung bei {webshop}: {order}, lieferen an {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, Niederlande.",
    "De {product} van {webshop} werd afgeschreven van {CARD}, maar niet geleverd. Klant {CUSTOMER_NUMBER}.",
    "Retour naar het magazijn in {city_de}, terugbetalen op {IBAN}. {NAME_FULL}, {EMAIL}",
    "Sehr geehrter Herr {NAME_SURNAME_M}, Ihre Kundennummer lautet {CUSTOMER_NUMBER}.",
    "Pakket bezorgd bij de buren op {ADDRESS}, maar die heten {NAME_FULL} en wonen er niet meer.",
    "Kundendienst: Frau {NAME_FULL_F}, Telefon {PHONE_DE}, E-Mail {EMAIL_DE}.",
    "Afgeleverd op {ADDRESS_DE} in {city_de}, ik woon in {city}! Kenteken van de bezorgbus: {PLATE_DE}.",
    # student housing
    "Inschrijving {housing}: {NAME_FULL}, geboren {DOB}, studentnummer en BSN {BSN}.",
    "Kamer aan {ADDRESS}, {POSTCODE} {city}, huurder {NAME_FULL}, huur {amount} van {IBAN}.",
    "Huisgenoot {NAME_FIRST} heeft de lekkende kraan gemeld, mijn nummer is {PHONE}.",
    "huurcontract {CUSTOMER_NUMBER_CONTRACT} opzeggen, ik ga naar Lissabon, mail {EMAIL_OBF}",
    "Ouders staan garant: {NAME_FULL_M} en {NAME_FULL_F}, {ADDRESS}.",
    # youth sports club
    "Aanmelding {club}: {NAME_CHILD}, geboren {DOB_CHILD}, ouder {NAME_FULL}, {PHONE}, contributie van {IBAN}.",
    "Trainer {NAME_FULL} heeft VOG aangevraagd, BSN {BSN}, geboren {DOB}.",
    "Lidnummer {CUSTOMER_NUMBER_MEMBER} van {NAME_CHILD} klopt niet in de app, vraag {NAME_FULL_F}.",
    "carpool zaterdag: {NAME_FIRST} rijdt met {PLATE}, vertrek {time}",
    "Afmelding per {date}, lid {CUSTOMER_NUMBER_MEMBER}, groet {NAME_DOUBLE}",
    # car-wash subscription
    "Wasabonnement {carwash} voor kenteken {PLATE}, abonnement {CUSTOMER_NUMBER_SUBSCRIPTION}.",
    "Kentekencamera herkent {PLATE} niet meer, ik heb nu {PLATE} (nieuwe auto).",
    "Maandbedrag {amount} afgeschreven van {CARD}, maar de poort ging niet open. {NAME_FULL}",
    "Schade aan spiegel in de wasstraat, auto {PLATE_VOICE}, eigenaar {NAME_FULL}, {PHONE}.",
    # garden centre delivery
    "Bezorging {garden}: {plant}, {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, tel {PHONE}.",
    "Bezorger belde bij {ADDRESS} aan maar wij wonen op {ADDRESS}. Groet, {NAME_INITIALS}",
    "{garden} klantenpas {CUSTOMER_NUMBER_PASS}, punten staan niet bij, {EMAIL}.",
    "Plant dood binnen een week, terug op {IBAN} a.u.b. {NAME_LIST}",
    "Postcode klopt niet: ik woon in {POSTCODE_VOICE}, niet in {city}.",
    # tyre hotel
    "Bandenhotel {tyre}: winterbanden {tyres} voor {PLATE}, klant {NAME_FULL}, {PHONE}.",
    "Wissel op {date} om {time} voor de {PLATE}, eigenaar {NAME_INITIALS}, kenteken lease {PLATE}.",
    "Verkeerde banden onder mijn auto gezet, kenteken {PLATE}, niet {PLATE}! {NAME_FIRST}",
    "Opslagnummer vergeten, klantnummer {CUSTOMER_NUMBER} op naam {NAME_FULL}.",
    # cremation society
    "Lidmaatschap {cremation} van mijn overleden vader {NAME_FULL_M}, geboren {DOB_ELDER}, polis "
    "{CUSTOMER_NUMBER_POLICY}.",
    "Uitkering graag op {IBAN} t.n.v. {NAME_FULL_F}, dochter van de overledene.",
    "Condoleanceregister: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    "Contactpersoon uitvaart {NAME_FULL}, {PHONE}, {EMAIL}. BSN overledene {BSN}.",
    "Lid {CUSTOMER_NUMBER_MEMBER}, mevr. {NAME_DOUBLE_F}, wil premie betalen met {CARD} in plaats van incasso.",
    # alarm-system installer
    "Installatie {installer} op {date} bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Code wordt apart gemaild.",
    "Meldkamer belt bij alarm eerst {PHONE}, dan {PHONE_LAND}. Contract {CUSTOMER_NUMBER_CONTRACT}.",
    "Monteur {NAME_AGENT} heeft een camera op de oprit gericht, kenteken buurman {PLATE} staat in beeld.",
    "Factuur camera's {amount}, betaald met {CARD}, naam {NAME_FULL_CAPS}.",
    # logs, forms, corrections and styles across frames
    '{"klant": "{NAME_FULL}", "geboortedatum": "{DOB}", "iban": "{IBAN}", "tel": "{PHONE}"}',
    "log: user_email={EMAIL} user_phone={PHONE} status=retry ref=T-88410",
    "crm_export;{NAME_LIST};{ADDRESS};{POSTCODE};{city};{CUSTOMER_NUMBER}",
    '{"bsn": "{BSN}", "postcode": "{POSTCODE}", "kenteken": "{PLATE}", "app": "{version}"}',
    "Mijn telefoonnummer is {PHONE_TYPO}, oh wacht, {PHONE_FIXED}.",
    "IBAN {IBAN_TYPO}... nee, ik lees het verkeerd, {IBAN_FIXED}.",
    "Mijn e-mailadres spel ik even: {EMAIL_VOICE}.",
    "Rekeningnummer voorgelezen: {IBAN_VOICE}.",
    "Kaartnummer {CARD_VOICE}, vervaldatum 09/28.",
    "BSN voorgelezen: {BSN_VOICE}.",
    "Turkse klant {NAME_TR}, zoon belt terug vanaf {PHONE_TR}.",
    "Mevrouw {NAME_MA_F} is op vakantie in Nador, bereikbaar op {PHONE_MA}.",
    "Klant {NAME_GH} uit Ghana, woont nu op {ADDRESS}.",
    "Ondertekend: {NAME_CV}, {NAME_SO}",
    "Aanvrager {NAME_AF}, tolk {NAME_VN}, adres {ADDRESS}.",
    "Poolse? Nee, Oekraïense klant {NAME_UA}, tel {PHONE_UA}.",
    "Hongaarse student {NAME_HU} en Bulgaarse huisgenote {NAME_BG_F}.",
    "Klant {NAME_CN} en partner {NAME_IN}, mail {EMAIL}.",
    "Portugese monteur {NAME_PT}, geboren {DOB}.",
    "Limburgse klant {NAME_LB}, {PHONE_LAND}.",
    "Vlaamse klant {NAME_VL}, {IBAN_BE}.",
    "NAAM {NAME_FULL_CAPS} GEBOREN {DOB} ADRES {ADDRESS}",
    "Met vriendelijke groet,\n\n{NAME_INITIALS}\nT {PHONE_LAND}\nM {PHONE}\nE {EMAIL}",
]

TEST_V22_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V22_PII_EN
