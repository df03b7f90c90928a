"""Dutch templates of the `test_v21` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v21_nl`, the English ones in `privacy_templates_v21_en`, sentences without personal data in
`privacy_templates_v21_clean`. Written by someone who never saw the redaction rules.

Frames: a telecom operator's number porting, a car dealer's recall notice, a boat-storage marina, a camping site
reservation, a notary's office, an estate agent's viewing, a dating app's account ban, a crowdfunding refund, a
blood-donation centre, a sports federation's membership, a school's parents' evening, a library fine, an optician's
order, a furniture delivery with assembly, a tax-advice office, a waste-collection container request, an e-bike
theft insurance claim, a wedding venue and a printer-ink subscription. Channels: call transcripts (K:/A:, speech
to text without capitals), chats, e-mails with a quoted earlier message ('> Op ... schreef') or a forwarded header
(Van:, Aan:, Onderwerp:), a table pasted from Excel (tabs or semicolons), a URL with a query string, web forms,
social posts, agent notes and complaint letters.

Labels: a span is exactly the personal data; a title or role before it (dhr., mevr., mr., dr., ir., drs., fam.,
t.a.v., makelaar), a cue ('BSN', 'tel.', 'bondsnummer') and the punctuation, quotes, angle brackets and URL keys
around it are outside. A person's name is labelled wherever it stands (customer, relative, child, agent, neighbour,
greeting, signature, a register's 'Linden, J.P. van der'); a first name and surname side by side are one span; a
firm, shop, school, venue, title or product that holds a person's name (Hans Anders, Leen Bakker, Autobedrijf Henk
Scholten, Ds. Pierson College, Ciske de Rat) is not. A street with its number and suffix is one ADDRESS, also a
private PO box ('Postbus 412'); the postcode apart is POSTCODE; a town alone is not labelled. A value mistyped and
then corrected gives two spans of its type, the wrong one too. A value broken by a line break stays one span; an
e-mail written with '[at]', '(at)', 'AT ... DOT', spelled aloud or URL-encoded ('%40') is one EMAIL, a bare
'316...' in a URL one PHONE. Customer, contract, policy, member (bondsnummer, relatiecode), donor, library pass,
subscriber, tax-client and app account numbers are CUSTOMER_NUMBER; order, booking, ticket, dossier, invoice and
fine numbers, recall codes, company phone numbers and mailboxes, amounts and dates that are no birth date are not
labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v21_en import TEST_V21_PII_EN
from benchmarks.privacy_templates_v21_nl import NL_FIRST

_NL = [
    # school: parents' evening
    "Oudergesprek {school} op {date}: ouders van {NAME_CHILD} (geb. {DOB_CHILD}), vader {NAME_FULL_M}, {PHONE}.",
    "Mentor {NAME_FULL} kan niet om {time}, wilt u een andere tijd kiezen via {company_mail}?",
    "Beste ouders van {NAME_CHILD},\n\nDe tienminutengesprekken zijn op {weekday}.\n\nGroet,\ndrs. {NAME_INITIALS}",
    "Nieuw mailadres ouder: {EMAIL}, oude {EMAIL_AGAIN} graag verwijderen. Leerling {NAME_CHILD}.",
    "Ouderbijdrage {amount} betaald van {IBAN}, toch een herinnering. {NAME_DOUBLE}",
    # library fine
    "Boete {invoice} voor {book}, maar dat boek heb ik teruggebracht! Pasnummer {CUSTOMER_NUMBER_PASS}.",
    "Bibliotheekpas op naam van {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, geblokkeerd door te late {book}.",
    "pas {CUSTOMER_NUMBER_PASS} van mijn zoon {NAME_CHILD} kwijt, graag blokkeren, groetjes {NAME_FIRST_SMALL}",
    "Boete betaald met {CARD}, kwitantie naar {EMAIL_PLUS}.",
    "Abonnement {library} verlengen voor {NAME_INITIALS}, geboren {DOB_ELDER} (65+ korting?).",
    # optician
    "Bestelling {frames} bij {optician}, klant {NAME_FULL}, klantnummer {CUSTOMER_NUMBER}, {PHONE}.",
    "Uw nieuwe bril ligt klaar, mevrouw {NAME_SURNAME_F}. Vragen? Bel {company_phone}.",
    "Vergoeding {frames} via zorgverzekeraar: verzekerde {NAME_FULL}, BSN {BSN}, polis {CUSTOMER_NUMBER_POLICY}.",
    "Oogmeting {optician}\nNaam: {NAME_REGISTER}\nGeboortedatum: {DOB}\nTelefoon: {PHONE_LAND}",
    "Bril verkeerd geslepen, ik wil mijn {amount} terug op {IBAN}. {NAME_FULL_CAPS}",
    # furniture delivery with assembly
    "Levering {furniture} van {furniture_shop} op {date}, montage inbegrepen. Adres: {ADDRESS}, {POSTCODE} {city}.",
    "Bezorgers van {furniture_shop} belden aan bij {NAME_FULL}, de buurvrouw, terwijl ik thuis was op {ADDRESS}.",
    "Monteur {NAME_AGENT} vroeg mijn BSN voor een garantieformulier?! Ik gaf {BSN_TYPO}, nee, {BSN_FIXED}.",
    "Bezorging {order}: bel eerst {PHONE_WRAP}, bel defect.",
    "Afleveradres wijzigen naar:\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE}  {city}",
    "{furniture} beschadigd geleverd. Foto's volgen. Klantnummer {CUSTOMER_NUMBER}, {NAME_INITIALS}",
    # tax advice
    "Aangifte {tax_form} via {tax_office}: {NAME_FULL}, BSN {BSN}, fiscaal partner {NAME_FULL}, BSN {BSN}.",
    "Machtiging DigiD voor mijn vader {NAME_FULL_M}, geboren {DOB_ELDER}, BSN {BSN_VOICE}.",
    "Teruggaaf {tax_form} graag op {IBAN_WRAP}, cliëntnummer {CUSTOMER_NUMBER_CLIENT}.",
    "Van: {NAME_FULL} <{EMAIL_AGAIN}>\nAan: {company_mail}\nOnderwerp: {tax_form}\n\nBijlage: jaaropgave.",
    "Post voor het belastingkantoor naar {ADDRESS_POBOX}, {POSTCODE} {city}, niet naar mijn huisadres.",
    # waste collection
    "Aanvraag {container} bij {waste} voor {ADDRESS}, {POSTCODE}. Aanvrager {NAME_FULL}, {PHONE}.",
    "Onze container staat al drie weken vol op de {ADDRESS_SMALL}, niemand komt!! {NAME_FIRST}",
    "Grofvuil ophalen bij mijn moeder, mevr. {NAME_SURNAME_F}, {ADDRESS_CAPS}. Tel {PHONE_LAND}.",
    "K: de container is gestolen\nA: op welk adres?\nK: {ADDRESS_VOICE}\nA: postcode?\nK: {POSTCODE}",
    "Afvalstoffenheffing {amount} dubbel geïncasseerd van {IBAN}, {NAME_REGISTER}.",
    # e-bike theft insurance
    "Diefstal {ebike} gemeld bij {bike_insurer}, polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}.",
    "Proces-verbaal van de politie bijgevoegd. Uitkering naar {IBAN_TYPO}, sorry, {IBAN_FIXED}.",
    "E-bike gestolen voor {ADDRESS}, {POSTCODE} {city}. Gezien: busje met kenteken {PLATE}.",
    "Schadeformulier {bike_insurer}\nNaam: {NAME_FULL}\nGeb.: {DOB}\nPolisnr: {CUSTOMER_NUMBER_POLICY}\n"
    "Mail: {EMAIL_AGAIN}",
    "Ik ben {NAME_FULL}, mijn {ebike} werd op {date} bij station {city} gestolen. Tel {PHONE}.",
    # wedding venue
    "Trouwdatum {date} bij {venue}: bruid {NAME_FULL_F}, bruidegom {NAME_FULL_M}. Openingsdans: {song}.",
    "Aanbetaling locatie {amount} via creditcard {CARD}. Factuur naar {NAME_DOUBLE}, {ADDRESS}.",
    "Ceremoniemeester {NAME_FULL} regelt de gasten, bereikbaar op {PHONE}.",
    "> Op {date} om {time} schreef {NAME_FULL} <{EMAIL_AGAIN}>:\n> Kunnen we de proeverij verzetten?\n\n"
    "Ja hoor, {NAME_FIRST_AGAIN}, {weekday} kan ook.",
    "Trouwambtenaar wil van beide getuigen de geboortedatum: {DOB} en {DOB}.",
    # printer-ink subscription
    "{ink} opzeggen voor de {printer}, abonneenummer {CUSTOMER_NUMBER_SUBSCRIBER}, {NAME_FULL}.",
    "Inkt komt steeds bij de buren aan, ik woon op {ADDRESS} en niet op nummer 12. {NAME_FIRST}",
    "Maandelijks {amount} van creditcard {CARD_WRAP} terwijl de printer stuk is.",
    "---------- Doorgestuurd bericht ---------\nVan: {ink} <{company_mail}>\nAan: {EMAIL}\nOnderwerp: "
    "abonnement {CUSTOMER_NUMBER_SUBSCRIBER}",
    "abonnee {NAME_FULL_SMALL} wil overstappen naar een ander plan, tel {PHONE}",
    # styles across frames
    "Turkse klant {NAME_TR_M}, terugbellen via zijn zoon op {PHONE_TR}.",
    "Mijn schoonmoeder {NAME_MA_F} belt vanuit Nador, nummer {PHONE_MA}.",
    "Surinaamse gast {NAME_SR}, nummer daar {PHONE_SR}.",
    "Klant uit Curaçao, {NAME_AN}, bereikbaar op {PHONE_AN}.",
    "Poolse monteur {NAME_PL}, tel {PHONE_PL}.",
    "Roemeense huurder {NAME_RO} heeft een Roemeens nummer: {PHONE_RO}.",
    "Syrische statushouder {NAME_SY}, via de tolk op {PHONE_SY}.",
    "Eritrese mevrouw {NAME_ER_F}, familie in Asmara op {PHONE_ER}.",
    "Indische oom {NAME_ID_M} uit Jakarta, {PHONE_ID}.",
    "Griekse klant {NAME_GR} op vakantie, {PHONE_GR}.",
    "Friese klant {NAME_FY}, {PHONE_LAND}.",
    "Duitse klant, rekening {IBAN_DE}, mobiel {PHONE_DE}.",
    "Belgische huurder {NAME_FULL}, {ADDRESS_BE}, {city_be}, rekening {IBAN_BE}.",
    "NAAM: {NAME_FULL_CAPS} ADRES: {ADDRESS_CAPS} POSTCODE: {POSTCODE} TEL: {PHONE}",
    "naam {NAME_FULL_SMALL} geboren {DOB} bsn {BSN}",
    "Groet,\n\n{NAME_INITIALS}\n{ADDRESS}\n{POSTCODE} {city}\nM {PHONE}",
    "Mailadres over twee regels in het formulier: {EMAIL_WRAP}",
    "E-mail doorgegeven: {EMAIL_VOICE}.",
    "Ik typte eerst {EMAIL_TYPO}, moet zijn {EMAIL_FIXED}.",
    "Formulier verstuurd: https://formulier.example.nl/bevestig?email={EMAIL_URL}&ref={booking}",
    "Creditcard voorgelezen: {CARD_VOICE}.",
    "IBAN voorgelezen: {IBAN_VOICE}.",
    "BSN staat op twee regels: {BSN_WRAP}",
    "Telefoon: {PHONE_TYPO}? Nee wacht, {PHONE_FIXED}.",
    "Kenteken {PLATE} of {PLATE}, ik weet niet meer welke auto.",
    "Mijn naam staat in het systeem als\n{NAME_WRAP}",
    "Antwoord graag per post naar {ADDRESS_POBOX}, {POSTCODE} {city}. {NAME_FULL}",
    "Creditcard eindigt niet op 1234, het volledige nummer is {CARD}.",
    "Kaart van mijn man {NAME_FULL_M}: {CARD}, vervalt 03/27.",
    "Geboren op {DOB}, niet op {date} zoals op de factuur.",
    "Contractnummer {CUSTOMER_NUMBER_CONTRACT}, kenteken lease {PLATE}.",
    "Klantnr. {CUSTOMER_NUMBER} / polis {CUSTOMER_NUMBER_POLICY} / {NAME_FULL}",
    "Relatienummer belastingadviseur: {CUSTOMER_NUMBER_CLIENT}.",
]

TEST_V21_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V21_PII_EN
