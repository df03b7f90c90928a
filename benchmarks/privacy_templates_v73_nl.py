"""Dutch and Flemish templates of test_v73, some from Moroccan-Dutch and Polish customers: orthodontists, marina
berths, riding stables, coworking, caravan and boat storage, student housing, music lessons and piano tuning,
integration language schools, bicycle repair and home alarms, in Signal messages, Google Forms CSV exports, scanned
sticky notes, call transcripts with inline agent notes, Marketplace messages, e-mails with HTML remnants, Zoom chat
logs and lawyers' letters."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- orthodontists
    ("nl", "Signal van {NAME_HANDLE}: hoi, de beugel van {NAME_FIRST} zit los, kunnen we {weekday} langskomen?"),
    ("nl", "Patiënt {NAME_FULL}, geb. {DOB}, patiëntnr. {CUSTOMER_NUMBER_PATIENT}, controle {date} om {time}."),
    ("nl", "Machtiging orthodontie: ouder {NAME_INITIALS}, rekening {IBAN_NL}, {count} termijnen van {amount}."),
    (
        "nl",
        "Tijdstempel,Naam kind,Geboortedatum,BSN,Telefoon ouder\n{date} {stamp},{NAME_FULL},{DOB},{BSN},{PHONE}",
    ),
    ("nl", "Goedemiddag,&nbsp;onze dochter {NAME_FIRST} heeft morgen een afspraak.<br>Groet, {NAME_FULL}<br>{PHONE}"),
    ("nl", "Zorgverzekeraar vraagt polisnummer {CUSTOMER_NUMBER_POLICY} en BSN {BSN} van {NAME_FULL}."),
    # ---- marina berths
    (
        "nl",
        "Ligplaatshuur {code}: huurder {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Havenmeester [NOTITIE: boot {boat} ligt op verkeerde plek] eigenaar {NAME_SURNAME} gebeld op {PHONE}."),
    ("nl", "Signal van {NAME_HANDLE}: is steiger C nog vrij? mijn mailadres is {EMAIL}"),
    ("nl", "Haventarief {amount} per seizoen afgeschreven van {IBAN} t.n.v. {NAME_INITIALS}."),
    ("nl", "Trailer met kenteken {PLATE} van {NAME_FULL} staat nog op de helling bij {firm}."),
    # ---- riding stables
    ("nl", "Pensionstal: {horse} (merrie), eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE}, tel. {PHONE}."),
    ("nl", "Hoi!! ik ben {NAME_FIRST} en wil graag op les bij {firm}, ben geboren {DOB}, mijn moeder belt je nog"),
    ("nl", "Lidmaatschap ruitersportvereniging {CUSTOMER_NUMBER_MEMBER} op naam van {NAME_CAPS}, incasso via {IBAN}."),
    ("nl", "Paardentrailer {PLATE} van mevr. {NAME_SURNAME} mag op {weekday} op het erf blijven staan."),
    ("nl", "Memo op de stalkast (gescand): dierenarts voor {horse} gebeld — {NAME_FIRST} {NAME_SURNAME}, {PHONE}"),
    # ---- coworking
    (
        "nl",
        "Zoom-chat {stamp} Van {NAME_HANDLE} aan Iedereen: factuur klopt niet, klantnummer {CUSTOMER_NUMBER_CUSTOMER}",
    ),
    (
        "nl",
        "Vaste werkplek {code} verhuurd aan {NAME_FULL}, factuur naar {EMAIL}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Toegangspas geblokkeerd voor {NAME_FULL} ({EMAIL}), nieuwe pas ligt bij de receptie."),
    ("nl", "Betaald met creditcard {CARD} door {NAME_REVERSED} voor een dagplek op {date}."),
    # ---- caravan and boat storage
    ("nl", "Stallingscontract {CUSTOMER_NUMBER_CONTRACT}: caravan {product}, kenteken {PLATE}, eigenaar {NAME_FULL}."),
    ("nl", "Gele plakbriefje: {NAME_SURNAME} komt caravan {weekday} halen, kenteken {PLATE}, tel {PHONE}"),
    ("nl", "Winterstalling sloep {boat}: {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, {IBAN_NL}."),
    (
        "nl",
        "Marketplace-bericht van {NAME_HANDLE}: is de stallingsplek nog beschikbaar? "
        "Ik kan {weekday} kijken, bel maar {PHONE}",
    ),
    # ---- student housing
    ("nl", "Huurcontract {code}: student {NAME_FULL}, studentnummer {CUSTOMER_NUMBER_STUDENT}, geb. {DOB}."),
    ("nl", "Borg {amount} terug naar {IBAN} van {NAME_FULL}, nieuw adres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Inschrijving gemeente: {NAME_FULL}, BSN {BSN}, woont vanaf {date} op {ADDRESS}."),
    (
        "nl",
        "Hallo,&nbsp;ik ben {NAME_FIRST} en ik zoek een kamer.<br><br>Mijn nummer: {PHONE}<br>"
        "E-mail: {EMAIL}&nbsp;&amp; WhatsApp",
    ),
    ("nl", "Signal van {NAME_HANDLE}: de verwarming in {code} is weer stuk, ik ben {NAME_FULL} btw"),
    # ---- music lessons and piano tuning
    ("nl", "Pianostemmen {product}: klant {NAME_FULL}, {ADDRESS}, {POSTCODE}, {weekday} tussen {time} en 12:00."),
    ("nl", "Leerling {NAME_FIRST} {NAME_SURNAME} (geb. {DOB}) zit in het {count}e jaar gitaarles."),
    ("nl", "Lesgeld muziekschool afgeschreven van {IBAN_NL}, leerlingnummer {CUSTOMER_NUMBER_STUDENT}."),
    ("nl", "Zoom-chat {stamp} Van {NAME_HANDLE}: juf, mijn moeder vraagt of u kunt mailen naar {EMAIL}"),
    ("nl", "Stemmer belde [NOTITIE: klant niet thuis, buurvrouw had sleutel] terugbellen {NAME_SURNAME} op {PHONE}"),
    # ---- integration language schools
    (
        "nl",
        "Salam, ik ben {NAME_FULL}, ik wil inschrijven voor inburgering niveau B1. mijn telefoon {PHONE}, "
        "ik woon {ADDRESS} {POSTCODE}",
    ),
    ("nl", "Dag meneer, ik {NAME_FULL}, ik kom uit Polen, mijn BSN is {BSN} en mijn geboortedatum {DOB}."),
    ("nl", "Cursist {NAME_CAPS}, cursistnummer {CUSTOMER_NUMBER_STUDENT}, DUO-lening, e-mail {EMAIL}."),
    ("nl", "Wollah ik heb al {count} keer gebeld, mijn naam is {NAME_FULL} en mijn nummer {PHONE}, bel terug aub"),
    (
        "nl",
        "Goedendag, ik ben {NAME_FULL}, ik pracuję in kas in {town}, rekening voor les is {IBAN}, dziękuję.",
    ),
    ("nl", "Voornaam: {NAME_FIRST}\nAchternaam: {NAME_SURNAME}\nBSN: {BSN}\nAdres: {ADDRESS}, {POSTCODE} {city}"),
    # ---- bicycle repair
    ("nl", "Reparatiebon {ref}: {product}, eigenaar {NAME_FULL}, {PHONE}, klaar op {weekday}."),
    ("nl", "Marketplace: hoi {NAME_FIRST}, is de fiets nog te koop? groetjes {NAME_HANDLE}"),
    ("nl", "Bakfiets gestolen, aangifte door {NAME_FULL}, {ADDRESS}, {POSTCODE}, framenummer bij {firm} bekend."),
    ("nl", "Lease-fiets klantnummer {CUSTOMER_NUMBER_CUSTOMER} van {NAME_LOWER}, ophalen op {ADDRESS}."),
    ("nl", "Pinbon Fietsenmaker De Ketting: kaart {CARD}, {amount}, {date}"),
    # ---- home alarms
    (
        "nl",
        "Gesprek alarmcentrale\nKlant: met {NAME_FULL}\n[NOTITIE: wachtwoord klopt]\nAgent: wat is uw adres?\n"
        "Klant: {ADDRESS}, {POSTCODE} {city}",
    ),
    ("nl", "Sleutelhouders bij alarm: {NAME_FULL} ({PHONE}) en {NAME_FULL} ({PHONE})."),
    ("nl", "Abonnement {product} opgezegd door {NAME_INITIALS}, contractnummer {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Installateur komt {weekday} {time} bij fam. {NAME_SURNAME}, {ADDRESS}; parkeren naast {PLATE}."),
    ("nl", "Telefonisch [NOTE: klant spelt naam] e-mail is {EMAIL_SPOKEN}, geboren {DOB}."),
    ("nl", "Beller gaf nummer door: {PHONE_SPOKEN} [NOTITIE: terugbellen na 17u]"),
    # ---- lawyers' letters
    (
        "nl",
        "Ons kenmerk: {CUSTOMER_NUMBER_DOSSIER}\nBetreft: uw cliënt {NAME_FULL}, wonende te {ADDRESS}, {POSTCODE} "
        "{city}\nGeachte heer, mevrouw,",
    ),
    (
        "nl",
        "Namens cliënte, mevrouw {NAME_INITIALS}, geboren op {DOB}, sommeren wij u {amount} te voldoen op "
        "{IBAN} o.v.v. dossier {CUSTOMER_NUMBER_DOSSIER}.",
    ),
    ("nl", "Mr. {NAME_FULL}, advocaat te {city}, verzoekt uw reactie binnen {count} dagen per e-mail aan {EMAIL}."),
    # ---- Flemish
    ("nl", "Ik woon in de {ADDRESS_BE}, {POSTCODE_BE} {city_be}, kunt ge den technieker sturen?"),
    ("nl", "Allee, mijn gsm is {PHONE_ABROAD} en mijn rekeningnummer {IBAN}, groetjes {NAME_FIRST}"),
    ("nl", "Geboren {DOB}, rijksregister niet nodig zeker? Ik ben {NAME_FULL} uit {city_be}."),
    ("nl", "Auto met Belgische nummerplaat {PLATE_ABROAD} van {NAME_FULL} staat op plek 88."),
    # ---- Moroccan-Dutch and Polish customers, mixed channels
    (
        "nl",
        "Signal van {NAME_HANDLE}: wallah de alarm gaat elke nacht af, mijn oom {NAME_FIRST} belt u, {PHONE_ABROAD}",
    ),
    ("nl", "Hallo, mijn auto {PLATE_ABROAD} staat bij jullie stalling, ik ben {NAME_FULL}, telefon {PHONE_ABROAD}"),
    ("nl", "e-mail&nbsp;: {EMAIL}<br>tel&nbsp;: {PHONE}<br>naam&nbsp;: {NAME_REVERSED}"),
    (
        "nl",
        "Plakbriefje bij de kassa: terugbellen {NAME_FIRST} — {PHONE} — gaat over klantnr {CUSTOMER_NUMBER_CUSTOMER}",
    ),
    ("nl", "Bevestiging: {NAME_FULL}, {ADDRESS}, {POSTCODE}, pasnummer {CARD}, vervalt {count}/27."),
    ("nl", "Mijn zoon {NAME_FIRST} is geboren op {DOB}, zijn BSN is {BSN_SPOKEN}."),
    ("nl", "Het kenteken is {PLATE}, op naam van {NAME_FULL}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Verzekering inboedel en alarm, polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_REVERSED}."),
    ("nl", "Lidnummer {CUSTOMER_NUMBER_MEMBER} ({NAME_FULL}) heeft de contributie van {amount} nog niet betaald."),
    ("nl", "Stuur de sleutel naar {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}."),
    # ---- more channels
    ("nl", "Zoom-chat {stamp} Van {NAME_FULL} aan Iedereen: sorry, camera doet het niet, bel me op {PHONE}"),
    ("nl", "naam,email,telefoon,postcode,geboortedatum\n{NAME_LOWER},{EMAIL},{PHONE},{POSTCODE},{DOB}"),
    ("nl", "Post-it op de monitor: {NAME_SURNAME} / {PHONE} / stalling {code} / {PLATE}"),
    ("nl", "Klant belt [NOTE: boos, derde keer] over incasso van {IBAN_NL}, naam {NAME_FULL}"),
    (
        "nl",
        "Marketplace-bericht: Goedemiddag, ik ben {NAME_FIRST}, kan ik de piano ophalen op {ADDRESS}? Mvg {NAME_FULL}",
    ),
    ("nl", "Beste {NAME_FIRST},<br>Uw nieuwe toegangscode staat klaar.<br>Met vriendelijke groet,&nbsp;{NAME_FULL}"),
    ("nl", "Ik heb betaald met mijn Visa {CARD}, maar er staat nog {amount} open op naam {NAME_SURNAME}."),
    ("nl", "Mijn dochter is geboren {DOB}, mag ze al op de pony? Groetjes {NAME_FULL}, {EMAIL}"),
    ("nl", "Polski klient: dzień dobry, ik heb kamer nodig, mijn naam {NAME_FULL}, tel {PHONE_ABROAD}, mail {EMAIL}"),
    (
        "nl",
        "Verhuisd naar {ADDRESS}, {POSTCODE} {town}; oude adres {ADDRESS} mag uit het systeem, groet {NAME_INITIALS}",
    ),
    ("nl", "Fietsenmaker: slot-sleutelnummer bij {NAME_FULL}, ophalen {weekday}, klantnr. {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", "Zoom-chat {stamp} Van {NAME_HANDLE} aan {NAME_HANDLE} (privé): kun je mijn IBAN {IBAN} doorgeven?"),
]
