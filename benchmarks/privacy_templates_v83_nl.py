"""Dutch and Flemish templates of test_v83: wedding cars, pet cremation, dog care, senior housing, debt collection,
bicycle claims, wine clubs, community centres, sailing schools and adapted swimming, in Zammad tickets, Facebook
comments, CRM meeting notes, read-back transcripts, Word tables, WeChat, Slack huddles and complaint letters."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- wedding cars and limousines
    ("nl", "Zammad #{count}{count}{count} | Klant: {NAME_FULL} | {EMAIL} | Betreft: Rolls-Royce voor de trouwdag"),
    ("nl", "Ophaaladres bruid: {ADDRESS}, {POSTCODE} {town}; bruidegom {NAME_FIRST} wacht bij het stadhuis."),
    (
        "nl",
        "Aanbetaling limousine {amount} ontvangen van {IBAN} t.n.v. {NAME_CAPS}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Chauffeur meldt: volgauto met kenteken {PLATE} rijdt achter de trouwauto, contact {PHONE}."),
    ("nl", "Geachte {NAME_INITIALS}, in uw brief van {date} schreef u: 'de auto kwam te laat'. Wij betreuren dat."),
    ("nl", "Borg trouwauto blokkeren op creditcard {CARD}, huurder {NAME_FULL}, rijbewijs gezien."),
    ("nl", "Agent: dus het bruidspaar is {NAME_COUPLE}, en het mobiele nummer is {PHONE_SPOKEN}? Klant: ja, klopt."),
    # ---- pet cremation
    ("nl", "Crematie van onze kat Minoes, eigenaar {NAME_FULL}, ophalen op {ADDRESS} na {time}."),
    ("nl", "Facebook-reactie van {NAME_NICK}: dank jullie wel voor de liefdevolle afscheid van onze Bobby ❤️"),
    ("nl", "↳ Reactie van {firm}: Gecondoleerd {NAME_FIRST}, de as ligt klaar, bel gerust {public_phone}."),
    ("nl", "Factuur huisdiercrematie naar {EMAIL}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, betaald via {IBAN_NL}."),
    ("nl", "Wij komen uit Ambon, mijn opa {NAME_FULL} wil de hond laten cremeren, ons nummer {PHONE}, danke."),
    # ---- dog daycare and walking
    ("nl", "| Hond | Eigenaar | Telefoon |\n| Guus | {NAME_FULL} | {PHONE} |"),
    ("nl", "| Naam baasje | {NAME_FULL} |\n| Adres | {ADDRESS} |\n| Postcode | {POSTCODE} |"),
    ("nl", "Uitlaatservice: sleutel ophalen bij {NAME_SURNAME}, {ADDRESS}, achterdeur; hond heet Pip."),
    ("nl", "Strippenkaart hondenopvang verlengd, lidnummer {CUSTOMER_NUMBER_MEMBER}, incasso van {IBAN}."),
    ("nl", "Slack huddle-notities: {NAME_FIRST} belt {NAME_FULL} terug over de bijtincident-melding, nr {PHONE}."),
    ("nl", "Bent u {NAME_LOWER}? Uw hond mag {weekday} komen spelen, graag even mailen naar {EMAIL}."),
    # ---- senior-housing waiting lists
    (
        "nl",
        "Inschrijving wachtlijst seniorenwoning: {NAME_FULL}, geboren {DOB}, "
        "inschrijfnummer {CUSTOMER_NUMBER_WAITLIST}.",
    ),
    ("nl", "Voor urgentie hebben wij het BSN nodig: {BSN} (van mevrouw {NAME_SURNAME}, geb. {DOB})."),
    ("nl", "Agent: uw BSN is dus {BSN_SPOKEN}, en uw geboortedatum {DOB}? Beller: ja meneer."),
    ("nl", "Mijn moeder {NAME_FULL} staat al {count} jaar op de lijst onder nummer {CUSTOMER_NUMBER_WAITLIST}."),
    ("nl", "Outlook-notities (geplakt in CRM): overleg met dochter {NAME_FULL}, tel. {PHONE}, woont op {ADDRESS}."),
    ("nl", "Huidig adres aanvrager: {ADDRESS}, {POSTCODE} {city}; gewenst: gelijkvloers in {town}."),
    ("nl", "Wij zijn Molukse familie, oma {NAME_FULL} is {DOB} geboren in kamp Vught."),
    # ---- debt collection
    ("nl", "Dossiernummer {CUSTOMER_NUMBER_DOSSIER}: debiteur {NAME_CAPS}, openstaand {amount}, BSN {BSN}."),
    ("nl", "In uw brief van {date} staat: 'wij hebben niets ontvangen'. Maar ik betaalde van {IBAN} ! {NAME_FULL}"),
    (
        "nl",
        "Betalingsregeling incasso, dossier {CUSTOMER_NUMBER_DOSSIER}, maandelijks {amount} van rekening {IBAN_NL}.",
    ),
    (
        "nl",
        "Zammad #{count}{count} – Afzender: {EMAIL} – Onderwerp: bezwaar tegen "
        "incassokosten dossier {CUSTOMER_NUMBER_DOSSIER}",
    ),
    ("nl", "Deurwaarder heeft beslag gelegd op de auto {PLATE} van {NAME_INITIALS}, woonachtig {ADDRESS}."),
    ("nl", "Klant belt namens broer {NAME_FULL} uit Kaapverdië, terugbellen op {PHONE_ABROAD}."),
    ("nl", "Agent: ik herhaal even, postcode {POSTCODE}? Klant: ja, en het adres is {ADDRESS}."),
    ("nl", "Namens keluarga {NAME_SURNAME}: bapak {NAME_FIRST} wil de hond laten ophalen op {ADDRESS}."),
    ("nl", "Geb.datum debiteur: {DOB} | Klantnr.: {CUSTOMER_NUMBER_CUSTOMER} | Schuldeiser: {firm}"),
    # ---- bicycle insurance claims
    ("nl", "Diefstalmelding e-bike, polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, {POSTCODE} {city}."),
    ("nl", "Schadeformulier fiets: naam {NAME_SURNAME}, voorletters {NAME_INITIALS}, e-mail {EMAIL}, tel {PHONE}."),
    ("nl", "De tegenpartij reed met kenteken {PLATE} over het fietspad, meldt {NAME_FULL}."),
    ("nl", "Uitkering van {amount} voor de gestolen VanMoof gaat naar {IBAN}, rekeninghouder {NAME_FULL}."),
    (
        "nl",
        "Polis {CUSTOMER_NUMBER_POLICY} | verzekerde geboren {DOB} | framenummer bekend | aangifte gedaan op {date}",
    ),
    ("nl", "mijn fiets is weg bij station {city}!! ik ben {NAME_LOWER}, bel me op {PHONE_SPOKEN}"),
    # ---- vineyard tours and wine clubs
    ("nl", "Wijnclub lidmaatschap {CUSTOMER_NUMBER_MEMBER}: {NAME_COUPLE}, bezorgadres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Rondleiding wijngaard geboekt door {NAME_FULL}, betaald met {CARD}, {count} personen."),
    ("nl", "Leeftijdscheck wijnclub: geboortedatum {DOB} ingevuld door {EMAIL}."),
    (
        "nl",
        "Facebook: {NAME_NICK} schreef 'is de proeverij op {date} nog vrij?' ↳ "
        "{bot}: ja {NAME_FIRST}, er zijn nog plekken!",
    ),
    ("nl", "Incasso wijnabonnement mislukt op {IBAN_NL}, lid {NAME_CAPS}, nummer {CUSTOMER_NUMBER_MEMBER}."),
    # ---- community centres and room bookings
    (
        "nl",
        "Zaalreservering buurthuis: {NAME_FULL} namens de Kaapverdiaanse vereniging, {weekday} {time}, tel {PHONE}.",
    ),
    ("nl", "| Datum | Zaal | Huurder | E-mail |\n| {date} | De Linde | {NAME_FULL} | {EMAIL} |"),
    ("nl", "Sleutel buurthuis meegegeven aan {NAME_INITIALS} ({PHONE}), borg {amount} op {IBAN}."),
    ("nl", "WeChat van {NAME_CN}: 你好, ik wil zaal B.03 huren voor Chinese les, mijn nummer {PHONE_ABROAD}."),
    ("nl", "Huurovereenkomst {CUSTOMER_NUMBER_CONTRACT} ruimte 1.14, huurder {NAME_FULL}, {ADDRESS}."),
    ("nl", "Slack huddle: {NAME_NICK} regelt de sleutel, {NAME_FIRST} mailt de factuur naar {EMAIL}."),
    # ---- sailing schools
    ("nl", "Inschrijving zeilkamp: kind {NAME_FULL}, geboortedatum {DOB}, ouder bereikbaar op {PHONE}."),
    ("nl", "Zeilschool WeChat: {NAME_CN} 说 zoon komt {weekday}, betaling via {IBAN}."),
    ("nl", "Ouder {NAME_FULL} parkeert de auto {PLATE} op het terrein van de zeilschool in {town}."),
    ("nl", "Cursusgeld CWO {amount} betaald met kaart {CARD}, cursist {NAME_FULL}."),
    ("nl", "Agent: het e-mailadres is {EMAIL_SPOKEN}, correct? Klant: ja, en mijn postcode {POSTCODE}."),
    (
        "nl",
        "Klacht: in uw mail van {date} schreef uw medewerker {NAME_FIRST} dat de boot klaarlag. Niet dus. {NAME_FULL}",
    ),
    # ---- adapted swimming memberships
    (
        "nl",
        "Aangepast zwemmen: pasnummer {CUSTOMER_NUMBER_MEMBER}, deelnemer {NAME_FULL}, geb. {DOB}, begeleider gratis.",
    ),
    ("nl", "Voor de tillift hebben we de indicatie nodig op naam van {NAME_CAPS}, BSN {BSN}."),
    ("nl", "Abonnement aangepast zwemmen wordt afgeschreven van {IBAN_NL}, tnv {NAME_INITIALS}, {ADDRESS}."),
    ("nl", "Zammad #{count}{count}{count} Van: {NAME_LOWER} <{EMAIL}> Onderwerp: rolstoel-toegang zwembad"),
    ("nl", "Kaapverdiaanse familie: tia {NAME_FIRST} gaat zwemmen met {NAME_FULL}, mobiel {PHONE}, morabeza!"),
    ("nl", "Bezorg de nieuwe zwempas op {ADDRESS}, {POSTCODE}, t.a.v. {NAME_FULL}."),
    # ---- mixed channels
    ("nl", "Van de vorige brief (d.d. {date}): 'Uw klantnummer {CUSTOMER_NUMBER_CUSTOMER} is beëindigd.' Waarom?"),
    ("nl", "CRM-notitie uit Outlook: {NAME_FULL} ({EMAIL}) wil het contract {CUSTOMER_NUMBER_CONTRACT} opzeggen."),
    ("nl", "Broer {NAME_FIRST} uit Indonesië belt mee: {PHONE_ABROAD}; adres hier {ADDRESS}, {POSTCODE}."),
    ("nl", "Dossier {CUSTOMER_NUMBER_DOSSIER} gekoppeld aan {NAME_FULL}, BSN {BSN_SPOKEN} (telefonisch doorgegeven)."),
    ("nl", "Agent: uw IBAN, ik lees voor: {IBAN}. Klopt dat? Klant: ja, op naam van {NAME_INITIALS}."),
    ("nl", "Kenteken {PLATE_ABROAD} (buitenlands) van {NAME_FULL} staat op de parkeerplaats van het buurthuis."),
    ("nl", "| Klant | Geboortedatum | BSN |\n| {NAME_CAPS} | {DOB} | {BSN} |"),
]
