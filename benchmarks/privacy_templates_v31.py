"""Dutch templates of the `test_v31` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v31_nl`, the English ones in `privacy_templates_v31_en`, sentences without personal data in
`privacy_templates_v31_clean`. Written by someone who never saw the redaction rules.

Frames: an awning and sun-blind installer (measuring visits, work orders, VvE permission, motors under warranty),
an osteopathy practice (babies, adults, supplementary cover, no-show fees), a travel-vaccination clinic (yellow-fever
booklets, families travelling, malaria pills), a bowling centre (company outings, league members, children's
parties, the car park), a picture framer (commissions, museum glass, estates) and a tailor's alterations atelier
(wedding suits, measurements, pick-up and delivery). Channels: Dixa and Crisp chats, Help Scout and Front threads,
TOPdesk calls, SnelStart and AFAS debtor records, Odoo CRM leads, SMS threads, JSON pasted by an agent, CSV exports
with quoted fields, OCR of handwritten forms with errors, chatbot hand-over summaries, Outlook forwards with
'Van:/Verzonden:' headers, voicemails typed out.

Labels: a span is exactly the personal data; a title (mevr., dhr.), a cue ('klantnr.', 'BSN') and brackets or
quotes stay outside. A person's name is labelled wherever it stands (customer, partner, child, staff member,
landlord), first name alone too; given name and surname are one span, and so are initials with surname, a married
name with a dash and register order ('Wal, Sanne van der'). Firms, practices, brands and works of art named after a
person are not labelled. A street with its house number and addition is one ADDRESS, a postcode one POSTCODE, a town
alone nothing. Customer, patient, client, league-member and debtor numbers are CUSTOMER_NUMBER; work orders,
orders, bookings, quotes, invoices, tickets, batch numbers, company phones and mailboxes, KvK and VAT numbers,
amounts and dates that are no birth date are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v31_en import TEST_V31_PII_EN
from benchmarks.privacy_templates_v31_nl import NL_FIRST

_NL = [
    # bowling centre: company outings, league members, children's parties, car park
    "Bedrijfsuitje, {booking}, {lane}\nContactpersoon: {NAME_FULL}\nTel: {PHONE}\nMail: {EMAIL}",
    "Kinderfeestje zaterdag voor {NAME_CHILD}, jarig ({DOB_CHILD}); moeder {NAME_F} betaalt aan de balie.",
    "Competitielid {CUSTOMER_NUMBER_BOWL}, {NAME_FULL}, wil zijn contributie per kwartaal, IBAN {IBAN}.",
    "Auto {PLATE} staat al 3 dagen op de parkeerplaats, eigenaar volgens buren {NAME_FULL}, nr. {PHONE}.",
    "Gevonden voorwerp: portemonnee met rijbewijs op naam van {NAME_INIT}, geboren {DOB}.",
    "Front · gedeelde inbox bowling\nOpmerking collega: klant {NAME_LOWER} belde 2x, terugbellen op "
    "{PHONE_FIXED} voor {time}",
    "Chatbot-overdracht: gebruiker noemt naam {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_BOWL}, wil baan annuleren; "
    "geen telefoon opgegeven.",
    "Schade aan baan 6 door bal van {NAME_M}; factuur naar {ADDRESS}, {POSTCODE} {city}.",
    "Creditcard geweigerd bij online boeking van {NAME_FULL}: {CARD}.",
    "Groepje uit België, begeleider {NAME_FULL}, {PHONE_BE}, betaalt via overschrijving van {IBAN_ABROAD}.",
    'Ledenlijst competitie (csv)\n"lidnr";"naam";"geboren"\n"{CUSTOMER_NUMBER_BOWL}";"{NAME_REG}";"{DOB}"',
    "Busje van {bowling} {PLATE} bij de ingang; privé-auto van de bedrijfsleider {NAME_FULL}: {PLATE_ANY}.",
    # picture framer: commissions, museum glass, estates
    "Opdrachtbon {order}\nKlant: {NAME_FULL}\nWerk: {artwork}\nLijst: {frame}\nKlantnr.: {CUSTOMER_NUMBER_FRAME}",
    "Ophalen door {NAME_F} namens haar vader {NAME_M}, klantnummer {CUSTOMER_NUMBER_FRAME}.",
    "Nalatenschap: erven van {NAME_FULL} (geboren {DOB_OLD}) laten 12 prenten inlijsten; contact {EMAIL}.",
    "AFAS Profit relatie\nNaam: {NAME_REG}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nTelefoon: {PHONE}",
    "Klant wil lijst laten bezorgen bij zijn zus {NAME_F}, {ADDRESS}, {POSTCODE} {city}.",
    "Betaald met {CARD} voor {artwork}, kaarthouder {NAME_CAPS}.",
    "Mail klant: beste, wanneer is de lijst klaar? groet {NAME_FULL}\n{ADDRESS}\n{POSTCODE}  {city}",
    "Restbedrag {amount} storten op NL-rekening van de winkel; klant betaalt van {IBAN} ({NAME_LAST}).",
    "Klant {CUSTOMER_NUMBER_FRAME} spelt zijn mail: {EMAIL_SPELL}.",
    "Lijst past niet in de auto van mevr. {NAME_LAST}, kenteken {PLATE}; bezorgen met onze bus.",
    # tailor's alterations atelier: wedding suits, measurements, pick-up and delivery
    "Maatkaart {CUSTOMER_NUMBER_TAILOR}\nNaam: {NAME_FULL}\nTrouwdatum: {date}\nTel: {PHONE}",
    "Trouwpak {brand} voor {NAME_M}, bruid {NAME_F}; pas-afspraak {weekday} {time}.",
    "Outlook doorgestuurd\nVan: {NAME_FULL} <{EMAIL}>\nVerzonden: {date}\nAan: {company_mail}\nOnderwerp: "
    "jurk innemen\n\nKan ik de jurk ophalen bij jullie?",
    "Ophaalservice: {garment} ophalen bij {NAME_FULL}, {ADDRESS}, {POSTCODE}; bellen op {PHONE} bij aankomst.",
    "Klant uit Duitsland: {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}, Tel. {PHONE_ABROAD}.",
    "Kassabon: klant {NAME_LOWER}, klantnr {CUSTOMER_NUMBER_TAILOR}, betaald {amount} met pin.",
    "SMS-draad\nKlant: is mijn broek al klaar?\nAtelier: Ja, wie spreek ik?\nKlant: {NAME_FIRST}, van de "
    "zomerjurk, {PHONE}",
    'Agent plakt JSON uit webshop: {"klant": "{NAME_FULL}", "email": "{EMAIL}", "telefoon": "{PHONE}"}',
    "Klant wil retour op rekening {IBAN_NL} t.n.v. {NAME_INIT}.",
    # mixed: identity, payment and contact data from every desk
    "Klantnummer {CUSTOMER_NUMBER}, naam {NAME_FULL}, geboren {DOB}, tel {PHONE}.",
    "Klant geeft alles door in eigen volgorde: {POSTCODE}, {NAME_FULL}, {ADDRESS}, {city}.",
    "Graag alleen mailen naar {EMAIL_OBF} — niet naar {EMAIL}, daar kijkt {NAME_FIRST} niet meer in.",
    "BSN voorgelezen: {BSN_SAID}; opgeslagen is {BSN}.",
    "Kopie ID-kaart ontvangen van {NAME_FULL}, BSN {BSN} leesbaar — document verwijderd.",
    "Twee betalingen van {IBAN} en {IBAN}, beide {NAME_LAST}.",
    "Kaartnummer in het opmerkingenveld: {CARD}. Veld leeggemaakt.",
    "Kentekens op de parkeerlijst: {PLATE}, {PLATE} en {PLATE_BE}.",
    "Klant verhuist naar Engeland: {NAME_FULL}, {ADDRESS_GB}, tel {PHONE_ABROAD}.",
    "Terugbelverzoek: {NAME}, {PHONE}, na {time}.",
    "dhr {NAME_LAST} klantnummer {CUSTOMER_NUMBER} wil contract opzeggen per {date}",
    "Klant noemt postcode {POSTCODE_SAID} en huisnummer, en nog een keer anders: {POSTCODE}.",
    "Mevr. {NAME_LAST} zegt geboren {DOB_SAID}, nummer {PHONE_SAID}.",
    "Incassomachtiging\nNaam: {NAME_REG}\nIBAN: {IBAN}\nKlantnr: {CUSTOMER_NUMBER}\nDatum: {date}",
]

TEST_V31_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V31_PII_EN
