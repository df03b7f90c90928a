"""Dutch templates of the `test_v30` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v30_nl`, the English ones in `privacy_templates_v30_en`, sentences without personal data in
`privacy_templates_v30_clean`. Written by someone who never saw the redaction rules.

Frames: a maternity-care (kraamzorg) organisation (intake, partners calling after a birth, own contribution,
maternity packs), a speech-therapy practice (children referred via ZorgDomein, parents, schools, adult patients
after a stroke), a podiatry practice (insoles, insurer checks, home visits), a watch and jewellery repair shop
(repair bags, engravings, valuations, loyalty cards), an upholsterer (sofas picked up by van, quotes, debtors) and a
canoe and SUP rental on the Dinkel, Ourthe and Semois (waivers, season passes, deposits, cars on the car park).
Channels: Trengo conversations (WhatsApp channel and mail), ZorgDomein referrals, Vecozo return lines, COV
checks, booking confirmations, Outlook forwards with 'Oorspronkelijk bericht' headers, voicemails typed out,
Moneybird contacts and invoices, Gorgias tickets, Teamleader Focus deals, Exact Online debtor cards, Freshchat
transcripts, Regiondo booking exports as CSV, printed waivers, iMessage copies and school consent forms.

Labels: a span is exactly the personal data; a title (mevr., dhr.), a cue ('BSN', 'patiëntnr.') and brackets stay
outside. A person's name is labelled wherever it stands (customer, partner, baby, child, parent, staff member),
first name alone too; given name and surname are one span, and so are initials with surname, a married name with
a dash and register order ('Heijden, A. van der'). Firms, practices, watch brands and fabrics named after a
person are not labelled. A street with its house number and addition is one ADDRESS, a postcode one POSTCODE, a
town alone nothing. Client, patient, loyalty, debtor, season-pass and member numbers are CUSTOMER_NUMBER; repair
bags, orders, quotes, invoices, tickets, referral and booking references, company phones and mailboxes, AGB and
KvK numbers, amounts and dates that are no birth date (a due date either) are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v30_en import TEST_V30_PII_EN
from benchmarks.privacy_templates_v30_nl import NL_FIRST

_NL = [
    # watch and jewellery repair: repair bags, engravings, valuations, loyalty cards
    "Reparatiezakje {repair}\nKlant: {NAME_FULL}\nTel: {PHONE}\nHorloge: {watch}, nieuwe batterij + "
    "waterdichtheidstest\nKlantenkaart: {CUSTOMER_NUMBER_WATCH}",
    "Moneybird contact\nBedrijfsnaam: —\nContactpersoon: {NAME_REG}\nAdres: {ADDRESS}\n{POSTCODE}  {city}\n"
    "E-mail: {EMAIL}\nIBAN: {IBAN}",
    "Gravure trouwringen: binnenkant '{NAME_FIRST} & {NAME_FIRST} {date}', ophalen door {NAME_FULL}.",
    "Taxatierapport voor verzekering opgesteld voor {NAME_INIT}, {ADDRESS}, {city}; ring en {watch}.",
    "Gorgias {ticket} — webshop: klant {NAME_FULL} ({EMAIL}) mist zijn horloge, verzonden met {order}.",
    "Klant wil teruggebeld worden over {repair}, nummer {PHONE_FIXED}, vraagt naar {NAME_FIRST} van de werkplaats.",
    "Aanbetaling reparatie {amount} per pin; restbedrag via betaalverzoek naar {PHONE}, klant {NAME_LOWER}.",
    "Klantenkaart {CUSTOMER_NUMBER_WATCH} samengevoegd met {CUSTOMER_NUMBER_WATCH}, beide van {NAME_MARRIED}.",
    "Erfenis: notaris vraagt waarde van horloges van wijlen dhr. {NAME_LAST}, geboren {DOB_OLD}.",
    "Betaling {CARD} geweigerd voor {watch} van {amount}; klant {NAME_FULL} komt morgen terug.",
    # upholsterer: pick-ups, quotes, debtors, Teamleader and Exact
    "Teamleader Focus — deal {quote}\nKlant: {NAME_FULL}\nOphaaladres: {ADDRESS}, {POSTCODE} {city}\nBank: 3-zits, "
    "stof {fabric}\nTelefoon: {PHONE}",
    "Exact Online debiteurkaart\nDebiteur: {CUSTOMER_NUMBER_UPHOLSTER}\nNaam: {NAME_CAPS}\nIBAN: {IBAN}\n"
    "Betaaltermijn: 14 dagen",
    "Bus {PLATE} haalt {weekday} de fauteuils op bij fam. {NAME_LAST}, {ADDRESS} — 2e verdieping, geen lift!",
    "Mail klant: goedemiddag, mijn schoonmoeder {NAME_FULL} woont op {ADDRESS}, {POSTCODE}, kunnen jullie daar de "
    "stoelen afleveren? Groet, {NAME_FIRST}",
    "Aanmaning debiteur {CUSTOMER_NUMBER_UPHOLSTER}: {invoice} van {amount} nog open, contact {NAME_INIT}, {EMAIL}.",
    "Klant zegt: zet het maar op mijn rekening, {IBAN}, op naam van mijn man {NAME_M}.",
    "Monteur {NAME_FULL} kreeg een bekeuring met bus {PLATE} in {city}; doorbelasten conform afspraak.",
    "Offerte {quote} verstuurd naar {EMAIL_OBF}, klant wilde geen gewone mail.",
    "Adres klant ligt in Duitsland: {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}; tel {PHONE_ABROAD}.",
    "Ophalen bij {ADDRESS}, dan lossen bij {NAME_FULL}, {ADDRESS}, beide in {city}.",
    # canoe and SUP rental: waivers, season passes, deposits, car park
    'Regiondo-export (csv)\n"boeking";"naam";"telefoon";"personen"\n"{booking}";"{NAME_FULL}";"{PHONE}";"4"',
    "Vrijwaringsformulier kano\nNaam: {NAME_FULL}\nGeboortedatum: {DOB}\nKan zwemmen: ja\nNoodnummer: {PHONE}",
    "Seizoenspas {CUSTOMER_NUMBER_CANOE} op naam van {NAME_FULL}, auto {PLATE} mag op de eigen parking.",
    "Borg sup-board {amount} geblokkeerd op creditcard {CARD}, kaarthouder {NAME_CAPS}.",
    "Freshchat\nBezoeker: allee, wij zijn met 6 man uit {city_be}, mag de borg ook via overschrijving? ons "
    "rekeningnummer is {IBAN_ABROAD}\nAgent: Dat kan, op welke naam?\nBezoeker: {NAME_FULL}",
    "Parking vol: Belgische auto {PLATE_BE} staat voor de loods, eigenaar {NAME_FIRST} gebeld via {PHONE_BE}.",
    "Groep jeugdkamp: begeleider {NAME_FULL} geeft deelnemerslijst met geboortedata, o.a. {NAME_CHILD} ({DOB_CHILD}).",
    "Kano omgeslagen bij stuw; huurder {NAME_FULL} (lid {CUSTOMER_NUMBER_CANOE}) geen letsel, telefoon nat, "
    "bereikbaar via vriendin op {PHONE}.",
    "Ik ben {NAME_FIRST}, die van de gele kajak vorige week 😅 mijn sleutels liggen nog bij jullie, app maar op "
    "{PHONE}",
    "Busje met aanhanger {PLATE} en Duitse camper {PLATE_DE} blokkeren de helling.",
    # mixed: identity, payment and contact data from every desk
    "Klantnummer {CUSTOMER_NUMBER}, naam {NAME_FULL}, tel {PHONE}, mail {EMAIL}.",
    "Verhuisd per {date}: {NAME_FULL}, nieuw adres {ADDRESS}, {POSTCODE} {city} (was {ADDRESS}).",
    "Postcode zei ze als {POSTCODE_SAID}, huisnummer 7, in {city}.",
    "Mijn e-mail? {EMAIL_SPELL}. Heeft u hem?",
    "Graag alleen contact via {EMAIL_OBF}, groet {NAME_INIT}",
    "Geboortedatum voorgelezen door klant: {DOB_SAID}.",
    "Klant verwisselt zelf de volgorde: eerst {DOB}, dan {NAME_REG}, dan pas het BSN {BSN}.",
    "Kopie paspoort ontvangen van {NAME_FULL}, BSN {BSN} zichtbaar — bestand gewist na controle.",
    "Loonstrook meegestuurd voor betalingsregeling, BSN {BSN}, naam {NAME_CAPS}. Verwijderd.",
    "Creditcardnummer voorgelezen: {CARD_SAID}, geldig tot 11/27.",
    "Kaartnummer in vrij tekstveld gezet door klant: {CARD}. Veld geleegd.",
    "Twee betalingen van {IBAN} en {IBAN}, beide {NAME_LAST}.",
    "Restitutie naar buitenlandse rekening {IBAN_ABROAD} van {NAME_FULL}.",
    "Klant {NAME} woont in Engeland: {ADDRESS_GB}, tel {PHONE_ABROAD}.",
    "Kentekens bij de deur: {PLATE}, {PLATE_ANY} en {PLATE}.",
    "Aanvraag uit webformulier: {NAME_LOWER} / {POSTCODE} / {PHONE} / geen opmerking",
    "Let op, {NAME_FULL} en {NAME_FULL} delen klantnummer {CUSTOMER_NUMBER}; splitsen.",
    "geboren {DOB} zegt ze, maar het paspoort zegt {DOB}. ID nogmaals checken bij {NAME_FIRST_F}.",
    "Terugbelverzoek: {NAME_F}, {PHONE_FIXED}, na {time}.",
    "iMessage (overgetypt)\n{NAME_FIRST}: ik sta voor de deur\n{NAME_FIRST}: welke deur? {ADDRESS}?\nGelezen {time}",
    "Extra's kraampakket betaald met {CARD}, kaarthouder {NAME_FULL}.",
    "Klant leest zakelijke creditcard voor: {CARD_SAID}; kaart staat op naam van {NAME_INIT}.",
    "Exact: debiteur {CUSTOMER_NUMBER_UPHOLSTER} betaalt per creditcard {CARD}, laatste poging mislukt.",
    "Mail van klant met foto van creditcard, nummer {CARD}, verloopt 03/29 — mail verwijderd.",
    "Machtiging doorlopende incasso\nNaam: {NAME_REG}\nIBAN: {IBAN_NL}\nPlaats: {city}\nDatum: {date}",
    "Cliënte wil terugbetaling op rekening van haar moeder, {IBAN}, t.n.v. {NAME_MARRIED}.",
    "BSN op de verwijzing ({BSN}) hoort niet bij {NAME_CHILD}; navragen bij {gp}.",
    "Klant noemt BSN {BSN}, bij tweede poging {BSN}; niets opgeslagen.",
    "Klant appt foto van rijbewijs, kenteken van zijn auto erbij: {PLATE}.",
    "Stoelen worden opgehaald met eigen auto {PLATE} en aanhanger {PLATE}, op naam van {NAME_LAST}.",
    "Contact via {EMAIL} of via dochter: {EMAIL}.",
    "mailadres klopt niet: {EMAIL} moet zijn {EMAIL}",
]

TEST_V30_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V30_PII_EN
