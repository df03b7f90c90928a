"""Dutch and Flemish templates of test_v68: pet food, campsites, tax advisers, glasses and lenses, kitchens and
bathrooms, bicycle repair, festival tickets, alarm buttons, party rental and cemeteries, in public reviews with
reply threads, meeting transcripts, scanned invoices, WeChat/Line chats, Flemish voice-mails, CSV exports, parcel
labels, agent wrap-up notes and forms filled in by elderly people in capitals."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- pet food subscriptions and pet shops
    (
        "nl",
        "Trustpilot ★☆☆☆☆ door {NAME_NICK}: al {count} weken geen brokken voor {pet}, "
        "abonnement {CUSTOMER_NUMBER_SUBSCRIPTION}.",
    ),
    ("nl", "Reactie van {firm}: Beste {NAME_FIRST}, wat vervelend! Wil je je adres ({ADDRESS}) nog even bevestigen?"),
    ("nl", "Antwoord reviewer: ja dat klopt, {ADDRESS}, {POSTCODE} {city}, maar er kwam niks. Groet {NAME_FULL}"),
    ("nl", "Abonnement {product}: elke {count} weken, incasso van {IBAN} op naam van {NAME_INITIALS}."),
    ("nl", "Dierenpaspoort van {pet} hoort bij eigenaar {NAME_FULL}, tel. {PHONE}, chip gemeld bij NDG."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}: {NAME_SURNAME} wil het abonnement pauzeren tot {date}."),
    # ---- camping and caravan sites
    ("nl", "Reservering {refno}: {NAME_FULL}, plaats 47, caravan met kenteken {PLATE}, aankomst {weekday}."),
    ("nl", "Seizoensplaats {CUSTOMER_NUMBER_CONTRACT} van {NAME_PAIR} wordt verlengd; incasso via {IBAN_NL}."),
    ("nl", "Gast {NAME_FULL} reed met camper {PLATE_ABROAD} door de slagboom, mobiel {PHONE_BE}."),
    ("nl", "Nachtregister: {NAME_CAPS}, geb. {DOB}, {ADDRESS_BE}, {POSTCODE_BE} {town}."),
    ("nl", "Wrap-up: gst {NAME_SURNAME} bel. ivm lekke voortent, cb {time} op {PHONE}, res. {refno}, afh. ok."),
    ("nl", "Borg caravanstalling {amount} teruggestort op {IBAN}; stallingsnummer {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "ANWB-lidnummer {CUSTOMER_NUMBER_MEMBER} geeft {count}% korting; lid is {NAME_FULL}."),
    # ---- tax advisers and annual returns
    ("nl", "Teams-transcript [{stamp}] Adviseur: Wat is uw BSN? [{stamp}] {NAME_FULL}: {BSN}."),
    ("nl", "[{stamp}] {NAME_FIRST} {NAME_SURNAME}: mijn partner is geboren op {DOB}, moet die ook in de aangifte?"),
    ("nl", "Aangifte IB {count}: cliënt {NAME_INITIALS}, BSN {BSN}, klantcode {CUSTOMER_NUMBER_CLIENT}."),
    ("nl", "Teruggave van {amount} wordt gestort op {IBAN_NL}, rekeninghouder {NAME_FULL}."),
    ("nl", "Machtiging DigiD voor {NAME_FULL} ({DOB}), contact via {EMAIL}."),
    ("nl", "Fiscaatje: vul hier je burgerservicenummer in → {BSN}"),
    ("nl", "Wrap-up: clt {NAME_LOWER} wil vnl. hypotheekrente aftrek, BSN ontbr., nabellen {PHONE}."),
    # ---- glasses and contact lens webshops
    ("nl", "Bestelling {product}, sterkte -2,25, voor {NAME_FULL}, verzenden naar {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Lensabonnement {CUSTOMER_NUMBER_SUBSCRIPTION}: afschrijving van creditcard {CARD} mislukt."),
    (
        "nl",
        "Oogmeting bij de opticien: klant {NAME_FULL}, geboren {DOB}, zorgverzekering polis {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "Trustpilot ★★★★☆ {NAME_NICK}: bril snel binnen, alleen stond mijn naam verkeerd ({NAME_FULL})."),
    ("nl", "Recept-scan kwam binnen van {EMAIL}, maar de bestelling staat op naam van {NAME_SURNAME}; koppelen?"),
    # ---- kitchen and bathroom renovation
    ("nl", "Offerte keuken {refno} voor {NAME_PAIR}, montageadres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Teams-transcript [{stamp}] {NAME_FIRST}: De tegelzetter mag bellen op {PHONE}. [{stamp}] Verkoper: Prima."),
    ("nl", "Aanbetaling {amount} ontvangen van {IBAN}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Wrap-up: mvr {NAME_SURNAME}, badk. lekt na plaatsing, foto's via {EMAIL}, mont. inpl. {weekday}."),
    ("nl", "Bouwdepot-contract {CUSTOMER_NUMBER_CONTRACT}: opdrachtgever {NAME_FULL}, geb. {DOB}."),
    ("nl", "Gescande factuur (OCR): Debiteur  {NAME_CAPS}\nAdres  {ADDRESS}\n{POSTCODE}  {city}\nTotaal  {amount}"),
    # ---- bicycle repair and e-bike batteries
    ("nl", "Werkbon {refno}: accu {product} van {NAME_FULL} doorgemeten, klant bellen op {PHONE}."),
    ("nl", "Fiets op naam van {NAME_SURNAME}, framenummer onbekend, bakfiets-kenteken nvt, tel {PHONE_SPOKEN}."),
    ("nl", "Lease-e-bike contract {CUSTOMER_NUMBER_CONTRACT}, werknemer {NAME_FULL}, {ADDRESS}."),
    ("nl", "Betaald met kaart {CARD} voor de nieuwe accu, bon naar {EMAIL}."),
    ("nl", "Fietsverzekering polis {CUSTOMER_NUMBER_POLICY}: diefstal gemeld door {NAME_INITIALS} op {date}."),
    ("nl", "Swapfiets-lid {CUSTOMER_NUMBER_MEMBER} ({NAME_FIRST}) meldt lekke band bij {place}."),
    # ---- festival tickets
    ("nl", "Ticket op naam: {NAME_FULL}, geboortedatum {DOB} (18+ check), e-mail {EMAIL}."),
    ("nl", "Naamswijziging ticket {refno}: van {NAME_FULL} naar {NAME_FULL}, kosten {amount}."),
    ("nl", "Line-chat | {NAME_NICK}: mijn ticket is niet aangekomen, mail is {EMAIL} | Festi: Ik kijk even!"),
    ("nl", "Refund na afgelasting naar {IBAN}, tickethouder {NAME_LOWER}."),
    ("nl", "Parkeerticket camping-auto {PLATE}, bestuurder {NAME_FIRST}, {count} nachten."),
    # ---- elderly alarm buttons and home care technology
    ("nl", "FORMULIER ALARMKNOP\nNAAM: {NAME_CAPS}\nADRES: {ADDRESS_CAPS}\nPOSTCODE: {POSTCODE}\nGEBOREN: {DOB}"),
    ("nl", "CONTACTPERSOON 1: {NAME_CAPS} TEL {PHONE}\nCONTACTPERSOON 2: {NAME_CAPS} TEL {PHONE}"),
    ("nl", "BSN VAN MIJ IS {BSN} EN MIJN ZOON {NAME_FIRST} REGELT DE REST"),
    (
        "nl",
        "Alarmmelding {time}: {NAME_FULL}, {ADDRESS}, valdetector ging af; "
        "mantelzorger {NAME_FIRST} gebeld op {PHONE}.",
    ),
    ("nl", "Abonnement personenalarmering {CUSTOMER_NUMBER_SUBSCRIPTION}, maandbedrag {amount} van {IBAN}."),
    ("nl", "Zorgverzekeraar vergoedt de alarmknop voor {NAME_INITIALS}, polisnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Sleutelkluis-code gewijzigd bij {NAME_SURNAME} op {ADDRESS}; wijkverpleging geïnformeerd."),
    # ---- party equipment rental
    ("nl", 'CSV;"{NAME_FULL}";"{EMAIL}";"{PHONE}";"{product}";"{date}"'),
    ("nl", '"klantnr";"naam";"iban"\n"{CUSTOMER_NUMBER_CUSTOMER}";"{NAME_SURNAME}";"{IBAN}"'),
    ("nl", "Bezorgen {product} op {date} bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; bus {PLATE}."),
    ("nl", "Borg {amount} met creditcard {CARD}, huurder {NAME_FULL}, legitimatie gecheckt."),
    # ---- cemetery and cremation administration
    ("nl", "Grafrechtnummer {CUSTOMER_NUMBER_CONTRACT}, rechthebbende {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Overledene {NAME_FULL}, geboren {DOB}, BSN {BSN}; crematie op {date} om {time}."),
    ("nl", "Verlenging grafrecht: factuur {amount} aan {NAME_INITIALS}, graag voldoen via {IBAN}."),
    ("nl", "Asbestemming: urn ophalen door {NAME_FIRST} {NAME_SURNAME}, tel. {PHONE_BE}."),
    # ---- WeChat / Line, Chinese-Dutch customers
    ("nl", "WeChat | {NAME_CHINESE}: 你好, mijn bestelling voor het restaurant, levering {ADDRESS}, {POSTCODE} {city}"),
    ("nl", "WeChat | {NAME_CHINESE}: mijn dochter belt jullie, nummer {PHONE}, zij spreekt beter Nederlands"),
    ("nl", "Line | {NAME_CHINESE}: 谢谢! betaling gedaan met {IBAN}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", "WeChat-ID {NAME_NICK}, echte naam {NAME_CHINESE}, telefoon China {PHONE_ABROAD}"),
    # ---- Flemish voice-mails
    (
        "nl",
        "Voicemail {time}: Allee, ge spreekt me {NAME_FULL}, kunde gij mij ne keer terugbellen "
        "op {PHONE_SPOKEN}? Merci hé.",
    ),
    (
        "nl",
        "Voicemail: 't is {NAME_FIRST} van de {ADDRESS_BE}, de camionette van mij, {PLATE_ABROAD}, staat nog bij u.",
    ),
    ("nl", "Voicemail: Ja hallo, hier {NAME_SURNAME}, mijn gsm is {PHONE_BE}, 't gaat over de keuken, salukes."),
    ("nl", "Voicemail: mijn rijksregister... nee, mijn BSN is {BSN_SPOKEN}, voor de aangifte."),
    # ---- parcel address labels
    ("nl", "ADRESETIKET\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\nNederland"),
    ("nl", "Afzender: {firm} | Ontvanger: {NAME_INITIALS}, {ADDRESS_BE}, {POSTCODE_BE} {town} | Gewicht {count} kg"),
    ("nl", "Pakketlabel: T.a.v. {NAME_CAPS}, {ADDRESS_CAPS}, {POSTCODE}, tel {PHONE}"),
    # ---- misc mixed
    ("nl", "Mijn e-mail is {EMAIL_SPOKEN}, ik spel het nog een keer voor de zekerheid."),
    ("nl", "ingevuld door mijn moeder: E-MAIL {EMAIL_CAPS} GEBOORTEDATUM {DOB}"),
]
