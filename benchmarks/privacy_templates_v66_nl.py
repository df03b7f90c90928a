"""Dutch, Flemish and Caribbean-Dutch templates of test_v66: coaches and ferries, charging cards and home chargers,
wedding wear rental, salons, tutoring, parking garages, removals abroad, jewellers, cooking classes and meal kits
and window frames, in speech-to-text, Excel pastes, Jira/ServiceNow tickets, chatbot hand-offs, letters and SMS."""

from __future__ import annotations

_NL: list[str] = [
    # ---- coach and ferry travel (speech-to-text, SMS verification)
    "Spraak-naar-tekst: ja goedemiddag met met {NAME_FULL}, ik heb een stoel gereserveerd in de bus naar {abroad}.",
    "STT-transcript: mijn nummer is {PHONE} nee wacht, het is {PHONE}, sorry, slechte lijn.",
    "Reservering FLX-7F2K9: stoel 14C op naam van {NAME_INITIALS}, vertrek {date} om {time}, contact {EMAIL}.",
    "Overtocht Harlingen-Terschelling met auto {PLATE}, passagier {NAME_FULL}, geboren {DOB}.",
    "SMS van {firm}: Uw verificatiecode is 482913. Antwoord klant: 'code klopt niet, ik ben {NAME_FIRST}, {PHONE}'",
    "SMS-dialoog | klant: ik heb geen code gekregen op {PHONE} | bot: stuur uw geboortedatum | klant: {DOB}",
    "Frequent traveller-kaart {CUSTOMER_NUMBER_PASS} van {NAME_FULL} is verlopen, graag verlengen via {IBAN_NL}.",
    "Dekpassagier {NAME_CAPS}, camper {PLATE_ABROAD}, hut 6012; betaald met {CARD}.",
    # ---- charging cards and home chargers (ServiceNow/Jira)
    "INC0093311 | Caller: {NAME_FULL} | Short description: laadpas {CUSTOMER_NUMBER_CHARGECARD} geblokkeerd",
    "Jira LAAD-2291\nReporter: {NAME_LOWER}\nSummary: thuislader laadt niet\nAdres: {ADDRESS}, {POSTCODE} {town}",
    "Installatie laadpaal bij {NAME_FORMAL}, {ADDRESS}; netbeheerder vraagt EAN en BSN {BSN} voor de subsidie.",
    "Laadsessies worden verrekend met de werkgever; pasnummer {CUSTOMER_NUMBER_CHARGECARD}, kenteken {PLATE}.",
    "Terugleververgoeding thuislader overmaken naar {IBAN} t.n.v. {NAME_INITIALS}.",
    "Klant {NAME_SURNAME} belt: laadpas kwijt, nummer weet ze niet, wel klantnummer {CUSTOMER_NUMBER_CUSTOMER}.",
    "Excel-plak:\tNaam\tLaadpas\tKenteken\n\t{NAME_FULL}\t{CUSTOMER_NUMBER_CHARGECARD}\t\t{PLATE}",
    # ---- wedding dress and suit rental
    "Pasafspraak trouwjurk voor {NAME_FULL} en getuige {NAME_FIRST}, {weekday} {time}, bruidshuis {firm}.",
    "Huurcontract {CUSTOMER_NUMBER_CONTRACT}: driedelig pak maat 52, huurder {NAME_FULL}, borg via {CARD}.",
    "Bruidspaar {NAME_COUPLE} trouwt op {date}; de bruidegom belt op {PHONE} voor de smoking.",
    "Borg van {amount} wordt teruggestort op {IBAN} zodra de jurk van {NAME_FORMAL} retour is.",
    "Klantkaart bruidsmode: {NAME_CAPS} | geb. {DOB} | {ADDRESS} | {POSTCODE} | {EMAIL}",
    # ---- hairdressers and beauty salons (app profiles, reminders)
    "Salon-app: {NAME_NICK} heeft een afspraak voor balayage op {date} om {time}.",
    "Herinnering voor {NAME_FIRST}: morgen {time} bij {firm}. Annuleren? Bel {public_phone}. Uw nr: {PHONE}",
    "Klantkaart kapsalon, allergie voor PPD: {NAME_FULL}, {PHONE}, geboren {DOB}.",
    "Cadeaubon gekocht door {NAME_LOWER} voor haar zus, verstuurd naar {EMAIL}.",
    "Stamkaart {CUSTOMER_NUMBER_MEMBER} van {NAME_SURNAME}: 9 van de 10 stempels.",
    # ---- tutoring and homework help
    "Intake bijles: leerling {NAME_FIRST} (leerlingnummer {CUSTOMER_NUMBER_PUPIL}), 4 havo, ouder {NAME_FULL}.",
    "Ouder {NAME_FORMAL} vraagt of de bijles op {ADDRESS} kan, {POSTCODE}; bellen na 18 uur op {PHONE}.",
    "Kinderopvangtoeslag/bijles-aftrek: BSN ouder {BSN}, BSN kind {BSN}, geboortedatum kind {DOB}.",
    "Huiswerkbegeleiding maandelijks {amount} incasseren van {IBAN_NL}, rekeninghouder {NAME_CAPS}.",
    "Spraakbericht ouder (automatisch uitgeschreven): 'eh ja met {NAME_SURNAME} de moeder van {NAME_FIRST} eh'",
    # ---- private parking garages and season passes
    "Abonnement parkeergarage De Willem: pas {CUSTOMER_NUMBER_PASS}, kenteken {PLATE}, houder {NAME_FULL}.",
    "Kentekenherkenning faalt voor {PLATE}, houder {NAME_INITIALS} staat voor de slagboom, bel {PHONE}.",
    "Seizoenskaart P+R: incasso mislukt op {IBAN}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}.",
    "Tweede kenteken toevoegen aan abonnement {CUSTOMER_NUMBER_PASS}: {PLATE} (auto van {NAME_FIRST}).",
    "Parkeerboete van buitenlandse auto {PLATE_ABROAD}, bestuurder opgegeven: {NAME_FULL}, {ADDRESS}.",
    # ---- removals abroad (Spain, Canada, Caribbean)
    "Verhuizing naar Spanje: van {ADDRESS}, {POSTCODE} {city} naar {ADDRESS_ES}, {POSTCODE_ES} {abroad}.",
    "Emigratie Canada: nieuw adres {ADDRESS_EN}, {abroad} {POSTCODE_CA}; bereikbaar op {PHONE_ABROAD}.",
    "Verhuisofferte voor {NAME_FULL}: 40 m³ inboedel, contract {CUSTOMER_NUMBER_CONTRACT}, aanbetaling via {IBAN}.",
    "Uitschrijving gemeente i.v.m. emigratie, BSN {BSN}, vertrekdatum {date}, naam {NAME_FULL}.",
    "Container naar Curaçao voor {NAME_FULL}, Kaya Grandi {count}, tel. {PHONE_CARIB}.",
    "Bon dia, mi ta {NAME_FULL}, mi number ta {PHONE_CARIB}, por fabor bel mij over de verhuizing.",
    "Mi ke paga ku {CARD}, ma e no ta werk. Nomber: {NAME_FIRST} {NAME_SURNAME}, fecha di nasementu {DOB}.",
    # ---- jewellers and watch repairs (letters with sender block top-right)
    "                                        {NAME_FULL}\n                                        {ADDRESS}\n"
    "                                        {POSTCODE} {town}\nBetreft: reparatie horloge, uw kenmerk 6612",
    "Reparatiebon 6612: Seiko Presage, eigenaar {NAME_FULL}, tel {PHONE}, verzekerd onder polis "
    "{CUSTOMER_NUMBER_POLICY}.",
    "Ons kenmerk: 6612 | Uw kenmerk: polis {CUSTOMER_NUMBER_POLICY} | Geachte {NAME_FORMAL}, uw ring is gereed.",
    "Taxatierapport trouwring voor {NAME_COUPLE}, opgesteld voor de verzekeraar, geb. {DOB}.",
    "Aanbetaling horloge {amount} met creditcard {CARD}, klant {NAME_SURNAME}, klantnr {CUSTOMER_NUMBER_CUSTOMER}.",
    # ---- cooking classes and meal kits (chatbot hand-offs)
    'Overdracht chatbot -> medewerker: {"intent": "bezorging", "naam": "{NAME_FULL}", "postcode": "{POSTCODE}"}',
    'Hand-off {bot}: {"klant": "{NAME_LOWER}", "tel": "{PHONE}", "email": "{EMAIL}", "reden": "box beschadigd"}',
    "Maaltijdbox-abonnement {CUSTOMER_NUMBER_MEMBER} wordt afgeschreven van {IBAN}; bezorgadres {ADDRESS}.",
    "Kookworkshop voor {count} personen geboekt door {NAME_FULL}, allergieën: noten. Contact {EMAIL}.",
    "Bezorger staat op {ADDRESS} maar {NAME_FORMAL} doet niet open; nummer {PHONE} gaat niet over.",
    # ---- window and door frame replacement
    "Opname kozijnen bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}: 6 ramen, HR++ glas.",
    "Offerte kozijnen KZ-1187 aan {NAME_INITIALS}, e-mail {EMAIL}; aanbetaling 30% op {IBAN_NL}.",
    "Monteur: bewoner {NAME_SURNAME} wil de schuifpui pas na {date}; bel {PHONE} voor toegang.",
    "Energiesubsidie ISDE aangevraagd met BSN {BSN} voor de woning {ADDRESS}, {POSTCODE}.",
    "Garantieclaim kozijn, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, contract {CUSTOMER_NUMBER_CONTRACT}, {NAME_FULL}.",
    # ---- agents' Dutch-English notes, Moluccan and Chinese-Dutch customers
    "Notitie: mevrouw {NAME_SURNAME} spreekt beter Maleis dan Nederlands; dochter {NAME_FIRST} tolkt, {PHONE}.",
    "Klant {NAME_FULL} wil de ouderlijke woning in Vught-Lunetten afmelden; geboren {DOB}, BSN {BSN}.",
    "Meneer {NAME_SURNAME} van het restaurant aan {ADDRESS} bestelt de kookstudio af, tel {PHONE}.",
    # ---- SMS verification and speech-to-text self-corrections
    "STT: postcode is {POSTCODE} eh nee {POSTCODE}, huisnummer {count}",
    "STT: m'n BSN is {BSN_SPOKEN}, heeft u dat?",
    "STT: telefoon {PHONE_SPOKEN}, ja ja dat klopt",
    "STT: mijn mailadres is {EMAIL_SPOKEN}, met een punt ertussen",
    "STT: ik ben geboren op {DOB_SPOKEN}, nee wacht {DOB_SPOKEN}, ik haal het door elkaar",
    "SMS aan {PHONE}: Hallo {NAME_FIRST}, uw reparatie ligt klaar. Ophalen met bon 6612.",
    # ---- Flemish
    "Goeiendag, ik ben {NAME_FULL} uit {city}, mijn gsm is {PHONE_ABROAD} en mijn rekening {IBAN}.",
    "Allee, de bus naar Spanje vertrekt zonder mij! Boeking op naam van {NAME_FULL}, geboren {DOB}.",
    # ---- more Excel pastes, tickets and letters
    "Excel-plak leerlingen:\nNaam\tGeb.datum\tPostcode\n{NAME_FULL}\t{DOB}\t\t\t{POSTCODE}",
    "RITM0049911 | Requested for: {NAME_CAPS} | Caller: {NAME_FULL} | Categorie: nazorg kozijnen",
    "Aan {NAME_FORMAL}\n{ADDRESS}\n{POSTCODE} {city}\nOnderwerp: opzegging parkeerabonnement {CUSTOMER_NUMBER_PASS}",
    "Check-in veerboot: kenteken {PLATE} klopt niet met de boeking, klant {NAME_FULL} zegt het is {PLATE}.",
    "Mi adres ta {ADDRESS}, {POSTCODE} {city}; mi e-mail ta {EMAIL}. Danki, {NAME_FIRST}",
    "Lidmaatschap kookclub {CUSTOMER_NUMBER_MEMBER}, lid {NAME_FULL}, geboren {DOB}, rekening {IBAN}.",
]

NL: list[tuple[str, str]] = [("nl", template) for template in _NL]
