"""Dutch, Flemish and German-mixed templates of test_v71: vets, solar panels, wedding venues, taxis, driving
schools, holiday parks, pharmacy deliveries, tax advisers, removals, libraries and museums, in Trustpilot reviews,
Intercom chats, call transcripts, OCR of handwritten forms, CRM dumps, voicemails, signatures, vCards and X DMs."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- veterinary clinics
    ("nl", "Dierenkliniek {firm}: patiënt {pet} (kater), eigenaar {NAME_FULL}, klantnr. {CUSTOMER_NUMBER_CLIENT}."),
    ("nl", "Vaccinatieherinnering voor {pet} verstuurd naar {EMAIL}; eigenaar {NAME_INITIALS}, tel. {PHONE}."),
    ("nl", "Voicemail {time}: ja hallo, met {NAME_FULL}, {pet} eet niet meer, wilt u {PHONE_SPOKEN} terugbellen?"),
    ("nl", "Chipregistratie {pet}: houder {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, geboren {DOB}."),
    ("nl", "Betaalverzoek dierenarts van {amount} gestuurd naar {PHONE}; eigenaar {NAME_SURNAME}, {POSTCODE}."),
    (
        "nl",
        "Trustpilot ★★☆☆☆ door {NAME_NICK}: 'Rekening veel te hoog.'\n"
        "Reactie van {firm}: Hoi {NAME_FIRST}, wat vervelend! Bel ons gerust op {public_phone}.",
    ),
    # ---- solar panel installers
    ("nl", "Offerte zonnepanelen voor {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}: {count} panelen, {amount}."),
    ("nl", '{"klant": "{NAME_FULL}", "adres": "{ADDRESS}", "postcode": "{POSTCODE}", "tel": "{PHONE}"}'),
    ("nl", "Intercom [{stamp}] {NAME_NICK}: omvormer geeft {code}, terugbetaling graag op {IBAN}"),
    ("nl", "Installatiebus {PLATE} staat {weekday} om {time} bij fam. {NAME_SURNAME} op {ADDRESS}."),
    (
        "nl",
        "Btw-teruggave zonnepanelen: {NAME_FULL}, BSN {BSN}, rekening {IBAN_NL}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    # ---- wedding venues
    ("nl", "Bruiloft {NAME_COUPLE} op {date} in zaal De Serre; contactpersoon {NAME_FULL}, {PHONE}."),
    ("nl", "Aanbetaling trouwlocatie {amount} ontvangen van {IBAN}, t.n.v. {NAME_INITIALS}."),
    ("nl", "Met vriendelijke groet,\n{NAME_FULL}\nWeddingplanner | {firm}\nM {PHONE}\n{EMAIL}"),
    (
        "nl",
        "Huurovereenkomst trouwzaal {CUSTOMER_NUMBER_CONTRACT}: huurders {NAME_FULL} en {NAME_FULL}, "
        "factuuradres {ADDRESS}, {POSTCODE} {city}.",
    ),
    # ---- taxi and ride booking
    ("nl", "Rit {ref}: ophalen {NAME_FULL} op {ADDRESS}, {POSTCODE} {town}, {weekday} {time}, naar {place}."),
    ("nl", "DM van @{NAME_NICK}: mijn taxi kwam niet opdagen!! bel me op {PHONE} aub"),
    ("nl", "Chauffeur wagen {PLATE}: klant {NAME_SURNAME} betaalde met {CARD}, bon naar {EMAIL}."),
    (
        "nl",
        "Taxicentrale\nBeller: mijn nummer is {PHONE_HEAD}\nCentralist: ja?\n"
        "Beller: {PHONE_TAIL}, op naam van {NAME_FIRST}.",
    ),
    ("nl", "Valys-pas {CUSTOMER_NUMBER_CARD} van {NAME_FULL}, geboren {DOB}, rolstoelbus nodig op {date}."),
    # ---- driving schools
    ("nl", "Leerling {NAME_FULL}, geb. {DOB}, praktijkexamen op {date} om {time} in {city}."),
    ("nl", "Lesauto {PLATE} met instructeur {NAME_FIRST} staat om {time} voor de deur bij {ADDRESS}."),
    ("nl", "Lespakket {amount} in {count} termijnen van {IBAN}, leerlingnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Intercom [{stamp}] {NAME_FIRST}: kan ik de les van {weekday} verzetten? mijn mobiel is {PHONE}"),
    ("nl", "Gezondheidsverklaring CBR ingevuld door {NAME_CAPS}, BSN {BSN}, geboortedatum {DOB}."),
    # ---- holiday-park bungalows
    ("nl", "Boeking bungalow 214: hoofdboeker {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {town_de}."),
    ("nl", "Slagboom: kenteken {PLATE_ABROAD} van gast {NAME_SURNAME} toegevoegd voor huisje 14B."),
    ("nl", "Borg {amount} teruggestort op creditcard {CARD} van {NAME_FULL}."),
    ("nl", "Guten Tag, wij hebben gebucht op naam {NAME_FULL}, wir wohnen {ADDRESS_DE}. Telefon {PHONE_ABROAD}. Mfg"),
    ("nl", "Hallo, mein Name ist {NAME_FULL}, ik heb een vraag over de rekening, meine IBAN ist {IBAN}."),
    # ---- pharmacy home deliveries
    ("nl", "Bezorging medicijnen: {NAME_INITIALS}, {ADDRESS}, {POSTCODE}, geb. {DOB}; niet bij de buren afgeven."),
    ("nl", "Voicemail {time}: goeiemiddag, met {NAME_FULL}, geboren {DOB}, mijn pillen zijn niet gekomen. {PHONE}."),
    ("nl", "Herhaalrecept {product} voor patiënt met BSN {BSN}, polisnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Bezorger: op {ADDRESS} niemand thuis, pakket voor {NAME_FULL} mee terug naar de apotheek."),
    ("nl", "Zorgpas: {NAME_CAPS}, polis {CUSTOMER_NUMBER_POLICY}, geboortedatum {DOB}, BSN {BSN}."),
    # ---- tax advisers
    ("nl", "Aangifte IB {year}: cliënt {NAME_FULL}, BSN {BSN}, fiscaal partner {NAME_FULL}, BSN {BSN}."),
    ("nl", "Teruggaaf graag op {IBAN_NL} t.n.v. {NAME_CAPS}; cliëntnummer {CUSTOMER_NUMBER_CLIENT}."),
    (
        "nl",
        "BEGIN:VCARD\nFN:{NAME_FULL}\nORG:{firm}\nTEL;TYPE=cell:{PHONE}\nEMAIL:{EMAIL}\n"
        "ADR:;;{ADDRESS};{city};;{POSTCODE};Nederland\nEND:VCARD",
    ),
    ("nl", "Machtiging aangifte: ondergetekende {NAME_FULL}, geboren {DOB}, wonende {ADDRESS}, {POSTCODE} {city}."),
    # ---- removal companies
    ("nl", "Verhuizing {date}: van {ADDRESS}, {POSTCODE} {city} naar {ADDRESS}, {POSTCODE} {town}. Klant {NAME_FULL}."),
    ("nl", "Verhuiswagen {PLATE} rijdt {weekday} naar {NAME_SURNAME}, contact ter plaatse {PHONE}."),
    ("nl", "Offerte {CUSTOMER_NUMBER_CONTRACT}: {count} m³ inboedel, klant {NAME_LOWER}, {EMAIL}."),
    ("nl", "Verhuizing naar Duitsland: nieuw adres {ADDRESS_DE}, {POSTCODE_DE} {town_de}, tel {PHONE_ABROAD}."),
    ("nl", "Trustpilot ★★★★☆ {NAME_FULL}: 'Top verhuizers, alleen de kast op {ADDRESS} kreeg een deuk.'"),
    # ---- libraries and museums
    ("nl", "Bibliotheekpas {CUSTOMER_NUMBER_CARD} van {NAME_FULL} is verlopen; openstaande boete {amount}."),
    ("nl", "Museumkaart {CUSTOMER_NUMBER_CARD} op naam van {NAME_FULL}, geboortedatum {DOB}."),
    ("nl", "Gereserveerd boek ligt klaar voor {NAME_INITIALS}, sms gestuurd naar {PHONE}."),
    ("nl", "Lidmaatschap bieb: incasso van {IBAN}, lidnummer {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL}."),
    # ---- OCR of handwritten forms
    ("nl", "OCR aanmeldformulier: Naam: {NAME_OCR} | Geb.: {DOB_OCR} | Tel: {PHONE_OCR} | Postcode: {POSTCODE_OCR}"),
    ("nl", "OCR machtiging: IBAN {IBAN_OCR}, BSN {BSN_OCR}, handtekening {NAME_OCR}"),
    ("nl", "OCR pasaanvraag bieb: pasnr {CUSTOMER_NUMBER_OCR}, naam {NAME_OCR}, adres {ADDRESS}"),
    ("nl", "OCR betaalstrook: kaartnummer {CARD_OCR}, kaarthouder {NAME_OCR}"),
    # ---- call transcripts split across turns
    ("nl", "[agent] mag ik uw BSN?\n[klant] ja, dat is {BSN_HEAD}\n[agent] ja\n[klant] {BSN_TAIL}"),
    ("nl", "Agent: uw rekeningnummer?\nKlant: {IBAN_HEAD} eh\nAgent: ga door\nKlant: {IBAN_TAIL}"),
    ("nl", "Agent: en uw achternaam?\nKlant: {NAME_SPELLED}\nAgent: en de voornaam?\nKlant: {NAME_FIRST}"),
    ("nl", "Klant: ik ben {NAME_FIRST}\nAgent: en verder?\nKlant: {NAME_SURNAME}, van de {ADDRESS}"),
    # ---- Intercom, X and CRM
    ("nl", "[{stamp}] {NAME_FULL}: mijn postcode is {POSTCODE}, huisnr {count}\n[{stamp}] {bot}: Dank je!"),
    ("nl", "Intercom-export | {stamp} | {EMAIL} | 'kan ik met mijn creditcard {CARD} betalen?'"),
    ("nl", "DM van @{NAME_NICK}: ik ben geboren op {DOB}, waarom kan ik geen account maken?"),
    ("nl", "DM aan @{bot}: hoi, ik ben {NAME_FULL} en mijn klantnummer is {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", '{"id": "{CUSTOMER_NUMBER_CUSTOMER}", "naam": "{NAME_FULL}", "gebdat": "{DOB}", "bsn": "{BSN}"}'),
    ("nl", '{"contact": {"email": "{EMAIL}", "mobiel": "{PHONE}"}, "kenteken": "{PLATE}"}'),
    ("nl", "CRM-notitie: {NAME_LOWER} gaat verhuizen, nieuwe postcode {POSTCODE}, huisnummer {count}."),
    # ---- German border
    ("nl", "Moin, ik woon in {town_de} maar werk in {city}, mein Geburtsdatum ist {DOB}, BSN {BSN}."),
    ("nl", "Sehr geehrte Damen en heren, ons kenteken is {PLATE_ABROAD}, wir kommen am {date}. Gruß {NAME_FULL}"),
    ("nl", "Bitte schicken Sie de factuur naar {EMAIL}, danke! Groetjes {NAME_FIRST} uit {town_de}"),
    # ---- voicemails, signatures and Flemish
    ("nl", "Voicemail (uitgeschreven): hoi met {NAME_FIRST} van de {ADDRESS}, kunnen jullie {PHONE_SPOKEN} bellen?"),
    ("nl", "Voicemail: mijn klantnummer is {CUSTOMER_NUMBER_CUSTOMER} en mijn mail {EMAIL_SPOKEN}."),
    ("nl", "Met vriendelijke groet,\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\nT: {PHONE}"),
    ("nl", "Groeten,\n{NAME_INITIALS}\nPolisnr. {CUSTOMER_NUMBER_POLICY}\nVerzonden vanaf mijn iPhone"),
    ("nl", "Dag, ik ben {NAME_FULL} uit {city}, mijn gsm is {PHONE_ABROAD}, is de verhuis op {date} bevestigd?"),
]
