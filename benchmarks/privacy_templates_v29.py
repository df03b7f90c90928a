"""Dutch templates of the `test_v29` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v29_nl`, the English ones in `privacy_templates_v29_en`, sentences without personal data in
`privacy_templates_v29_clean`. Written by someone who never saw the redaction rules.

Frames: a riding school with a livery stable (trial lessons, lesson cards, livery contracts, pony camp, horse
passports), a dance school (wedding dances, youth competition licences, cancellations), an indoor karting track
(waivers, company outings, racer licences, incidents, lost property), a heat-pump installer (site surveys, ISDE
subsidy, service contracts, malfunctions), a commuter vanpool (drivers, routes, fuel cards, fines) and an office
coffee-machine lease (B2B contracts, debtor numbers, direct debits, service visits).
Channels: Aircall call logs and voicemail transcriptions, Calendly booking notices, Jotform submissions, Mollie
payment notes, DocuSign envelope notices, Mailchimp bounce and unsubscribe reports, Zoho Desk tickets, Dynamics
365 case fields, Airtable records, Viber messages, Teams meeting captions, scanned handwritten forms, paper
waivers and letters.

Labels: a span is exactly the personal data; a title (dhr., mevr., dr.), a cue ('BSN', 'lidnummer') and brackets
stay outside. A person's name is labelled wherever it stands (customer, relative, child, staff member, driver),
first name alone too; given name and surname are one span, and so are initials with surname, a double surname and
register order ('Meulen, S. van der'). Firms, horses, heat pumps and dances named after a person are not labelled.
A street with its house number and addition is one ADDRESS, a postcode one POSTCODE, a town alone nothing.
Customer, member, contract, licence, loyalty, participant and debtor numbers are CUSTOMER_NUMBER; order, booking,
invoice, quote, ticket, Aircall, Jotform, Mollie and DocuSign references, company phone numbers, addresses and
mailboxes, amounts and dates that are no birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v29_en import TEST_V29_PII_EN
from benchmarks.privacy_templates_v29_nl import NL_FIRST

_NL = [
    # heat-pump installer: surveys, ISDE subsidy, service contracts
    "Dynamics 365 — case\nKlant: {NAME_FULL}\nAdres installatie: {ADDRESS}, {POSTCODE} {city}\n"
    "Contract: {CUSTOMER_NUMBER_HEAT}\nOmschrijving: {heatpump} geeft storing E7",
    "Schouwing gepland bij {NAME_INIT}, {ADDRESS}, {city}, op {date}; klant vraagt of {quote} nog geldig is.",
    "ISDE-aanvraag: klant {NAME_FULL} stuurt BSN {BSN} mee in de mail — niet bewaren, klant zelf laten aanvragen.",
    "Klant wil dat wij de subsidie aanvragen, noemt aan de telefoon BSN {BSN_SAID}. Doorverwezen naar RVO.",
    "Servicecontract {CUSTOMER_NUMBER_HEAT} overgezet op nieuwe eigenaar {NAME_FULL} na verkoop van {ADDRESS}.",
    "Aircall {aircall}, inkomend\nNotitie: {NAME_LAST} (contract {CUSTOMER_NUMBER_HEAT}) hoort tikkend geluid "
    "buitenunit, terugbellen op {PHONE_FIXED}",
    "Aanbetaling warmtepomp 30% per overboeking van {IBAN} t.n.v. {NAME_REG}, kenmerk {quote}.",
    "Monteur {NAME_FIRST} komt {weekday} tussen {time} en 12:00; klant {NAME_FULL} ({PHONE}) zorgt dat de "
    "meterkast vrij is.",
    "Busje {PLATE} van monteur {NAME_FULL} geflitst op de A2; boete doorbelasten.",
    "Airtable-record\nnaam: {NAME_LOWER}\nmail: {EMAIL}\npostcode: {POSTCODE}\nhuisnr: 14\ntype: {heatpump}\n"
    "status: offerte verstuurd",
    "Mail van klant: beste, hierbij mijn gegevens voor de offerte: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, "
    "telefoon {PHONE}. mvg",
    "Belgische klant {NAME}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}, vraagt naar levering zonder "
    "installatie.",
    # vanpool: drivers, routes, fuel cards, fines
    "Airtable vanpool\nroute: {route}\nchauffeur: {NAME_FULL}\nrijbewijs: B, geldig\nbus: {PLATE}\n"
    "deelnemer: {CUSTOMER_NUMBER_POOL}",
    "Deelnemer {NAME_FULL} ({CUSTOMER_NUMBER_POOL}) stapt voortaan in bij {ADDRESS} in plaats van station {city}.",
    "Verkeersboete {amount}: bus {PLATE} op {date}, bestuurder volgens rooster: {NAME_INIT}, geboren {DOB}.",
    "Tankpas van chauffeur {NAME_FULL} geblokkeerd; nieuwe pas naar {ADDRESS}, {POSTCODE} {city}.",
    "Viber groep vanpool 07:12 — {NAME_FIRST}: ik ben ziek, wie rijdt er? | 07:15 — {NAME_FIRST}: ik, bel me op "
    "{PHONE}",
    "Eigen bijdrage vanpool {amount}/maand, incasso van {IBAN}, deelnemer {CUSTOMER_NUMBER_POOL}.",
    "Nieuwe chauffeur aangemeld: {NAME_REG}, geb. {DOB}, rijbewijs gecontroleerd, privé-auto {PLATE} op P+R.",
    "Deelnemer woont in Duitsland: {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}, tel. {PHONE_ABROAD}.",
    "Parkeerplaats werkgever: Duitse auto {PLATE_DE} en Belgische {PLATE_BE} horen bij deelnemers {NAME_LAST} en "
    "{NAME_LAST}.",
    # office coffee-machine lease: B2B contracts, debtors, service visits
    "Leasecontract {coffee_machine}, debiteur {CUSTOMER_NUMBER_COFFEE}, contactpersoon {NAME_FULL}, {EMAIL}.",
    "Storing {coffee_machine} bij klant {CUSTOMER_NUMBER_COFFEE}: melder {NAME_INIT}, direct nummer {PHONE_FIXED}.",
    "DocuSign {docusign} — contract {CUSTOMER_NUMBER_COFFEE} ondertekend door {NAME_CAPS} namens de zaak.",
    "Incasso geweigerd: debiteur {CUSTOMER_NUMBER_COFFEE}, rekening {IBAN}, contactpersoon {NAME_FULL} belt "
    "terug op {PHONE}.",
    "Zoho Desk {ticket}: {NAME_FULL} vraagt of de bonen ({coffee_firm}) voortaan naar {ADDRESS} kunnen.",
    "Klant van eenmanszaak betaalt met privékaart {CARD}, naam op kaart {NAME_CAPS}, contract "
    "{CUSTOMER_NUMBER_COFFEE}.",
    # mixed
    "Telefoonnotitie: {NAME} belde, wil teruggebeld worden op {PHONE_SAID}, gaat over contract {CUSTOMER_NUMBER}.",
    "De postcode is {POSTCODE_SAID}, en het huisnummer 31.",
    "Mijn mailadres? Dat is {EMAIL_SPELL}.",
    "Ik spel het even: {EMAIL_SPELL}, heeft u het?",
    "Graag antwoorden op {EMAIL_OBF}, niet op het oude adres.",
    "Klantnummer {CUSTOMER_NUMBER}, {NAME_FULL}, {PHONE}, {EMAIL}.",
    "Adreswijziging {NAME_FULL}: oud {ADDRESS}, {POSTCODE}; nieuw {ADDRESS}, {POSTCODE} {city}.",
    "Belgische rekening voor restitutie: {IBAN_BE}, t.n.v. {NAME}.",
    "Terugbetaling {amount} naar {IBAN_FOREIGN} (Duitse/Franse rekening) van {NAME_FULL}.",
    "Creditcard {CARD} van {NAME_FULL} verlopen, nieuwe kaart komt nog.",
    "Kaartnummer telefonisch: {CARD_SAID}, vervaldatum 08/28.",
    "Klant {NAME_FULL} stuurde kopie ID met BSN {BSN} en geboortedatum {DOB}; direct verwijderd.",
    "Loonstrook van deelnemer in bijlage, BSN {BSN} zwartgemaakt? Nee, nog zichtbaar. Naam: {NAME_REG}.",
    "Mevr. {NAME_LAST} ({DOB_OLD}) belt namens haar kleinzoon {NAME_M}, die zit bij de dansschool.",
    "Opa {NAME_FULL}, geboren {DOB_OLD}, wil ook een proefles paardrijden. Kan dat op die leeftijd?",
    "Klant: ik ben {NAME_FIRST} van {ADDRESS}, de warmtepomp maakt herrie!! bel {PHONE} aub",
    "Kenteken {PLATE} hoort bij {NAME_FULL}, die staat al een uur op de invalidenplek.",
    "Kentekenregistratie parkeren: {PLATE}, {PLATE} en {PLATE_BE}.",
    "Postadres van klant {NAME_INIT}: {ADDRESS}, {POSTCODE} {city}.",
    "Factuuradres: {NAME_CAPS}, {ADDRESS}, {POSTCODE}, {city} — {invoice}.",
    "Lid {CUSTOMER_NUMBER_RIDE} en lid {CUSTOMER_NUMBER_DANCE} hebben dezelfde rekening {IBAN}, {NAME_LAST}.",
    "Geboortedatum in systeem ({DOB}) klopt niet, moet {DOB} zijn, aldus {NAME_FIRST}.",
    "Pas op: {NAME_FULL} en {NAME_FULL} hebben beiden klantnummer {CUSTOMER_NUMBER}, dubbel account.",
    # more from the desks: identity, payment and vehicle details
    "Aircall {aircall}, inkomend\nNotitie: beller gaf ongevraagd BSN {BSN} en geboortedatum {DOB}; niet vastgelegd.",
    "Jotform {jotform} aanmelding vanpool\nNaam: {NAME_FULL}\nBSN: {BSN}\nIBAN: {IBAN}\n(BSN-veld moet eruit!)",
    "Dynamics 365 — notitie: ISDE-machtiging van {NAME_REG} bevat BSN {BSN}, bestand verwijderd uit case.",
    "Pensionklant {NAME_FULL} stuurt per Viber foto van paspoort, BSN {BSN} leesbaar. Gevraagd te verwijderen.",
    "Mollie {mollie}: chargeback op kaart {CARD}, kaarthouder {NAME_FULL}, klant {CUSTOMER_NUMBER_KART}.",
    "Groepsuitje vooraf betaald met {CARD} door {NAME_INIT}; {order}.",
    "Dansschool-jaarkaart betaald; volledig kaartnummer in notitie gezet: {CARD}. Verwijderen!",
    "Bus {PLATE} van de vanpool heeft schade aan de spiegel; tegenpartij {PLATE}, bestuurder {NAME_FULL}.",
    "Klant rijdt met paardentrailer {PLATE} achter auto {PLATE}; parkeren op het grasveld.",
    "Monteur rijdt voortaan in bus {PLATE}, oude bus {PLATE} gaat retour naar de lessor.",
    "Kenteken voor slagboom kartbaan aangemeld: {PLATE} ({NAME_FULL}).",
    "Leasebedrag koffieautomaat voortaan van {IBAN} in plaats van {IBAN}, debiteur {CUSTOMER_NUMBER_COFFEE}.",
    "Restitutie lesgeld {amount} naar {IBAN}, t.n.v. {NAME_FULL}.",
    "Geboren {DOB}, zegt klant {NAME_FIRST} bij de kassa, om de jeugdkorting te krijgen.",
    "E-mail {EMAIL} van {NAME_FULL} staat dubbel in Mailchimp, ook als {EMAIL}.",
]

TEST_V29_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V29_PII_EN
