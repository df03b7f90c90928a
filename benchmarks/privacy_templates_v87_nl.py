"""Dutch and Flemish templates of test_v87, some from Surinamese-Javanese and Curaçaoan customers: hearing dogs,
season passes, robot mowers, detectives, glass pickups, allergy clinics, collectors' shops, paragliding, sports halls
and mobile hairdressers, in Re:amaze tickets, Teams posts, dropped calls, hurried notes, order tables, letters with a
PS, voice messages and numbered lists."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- hearing dog training
    ("nl", "Re:amaze #{count}{count} | Van: {NAME_TEAMS} <{EMAIL}> | Onderwerp: training signaalhond | Kanaal: e-mail"),
    ("nl", "Aanvraag signaalhond voor {NAME_FULL}, geboren {DOB}, slechthorend sinds de geboorte; BSN {BSN}."),
    ("nl", "De trainer komt {weekday} om {time} naar {ADDRESS}, {POSTCODE} {city}, voor de wekkertraining met Wuf."),
    ("nl", "Eigen bijdrage hulphond: {amount} per maand van rekening {IBAN_NL}, t.n.v. {NAME_INITIALS}."),
    ("nl", "[spraakbericht] ja hallo met {NAME_FIRST}, de hond reageert niet op de deurbel, bel me op {PHONE_SPOKEN}"),
    ("nl", "Teams – kanaal Plaatsingen: @team hond Bo gaat naar {NAME_FULL} in {city}, contact via {PHONE}."),
    ("nl", "Gastgezin {NAME_COUPLE}, {ADDRESS}, zoekt vervanging voor de zomer; mail {EMAIL}."),
    # ---- theme parks and haunted houses
    ("nl", "Mijn seizoenspas {CUSTOMER_NUMBER_PASS} staat op naam van {NAME_FULL} maar de poort zegt 'ongeldig'."),
    (
        "nl",
        "Re:amaze-chat\nKlant: pasnummer {CUSTOMER_NUMBER_PASS}, geboortedatum {DOB}\nSpookie: dank je, even zoeken…",
    ),
    ("nl", "Jaarpas Gold verlengen voor {NAME_FIRST} en {NAME_FIRST}; afschrijven van {IBAN}, {amount} per pas."),
    (
        "nl",
        "Kind {NAME_FIRST} ({DOB}) was in het Spookhuis zijn jas kwijt; ouder {NAME_SURNAME} is bereikbaar op {PHONE}.",
    ),
    ("nl", "Betaald met creditcard {CARD}, maar de seizoenspassen zijn nooit naar {EMAIL} gestuurd."),
    ("nl", "Parkeren op P2 met kenteken {PLATE} hoort bij de pas van {NAME_LOWER}, dus graag geen boete."),
    # ---- robot mower repairs
    (
        "nl",
        "| Order | Klant | Product | Postcode | Tel |\n| #100{count} | {NAME_FULL} | Automower 430X | {POSTCODE} | "
        "{PHONE} |",
    ),
    (
        "nl",
        "Ophaalopdracht maairobot: {ADDRESS}, {POSTCODE} {town}; klantnr. {CUSTOMER_NUMBER_CUSTOMER}; foutcode E-07.",
    ),
    ("nl", "notitie: klnt {NAME_TYPO} blt over mes-set, robot staat stl, terugbelln op {PHONE} nr {time} ivm werk"),
    ("nl", "Reparatiecontract {CUSTOMER_NUMBER_CONTRACT} loopt tot {date}; eigenaar {NAME_INITIALS}, {ADDRESS}."),
    ("nl", "Factuur maairobot betalen op {IBAN} o.v.v. klantnummer {CUSTOMER_NUMBER_CUSTOMER}, groet {NAME_FULL}."),
    (
        "nl",
        "Gesprek 1 (verbroken na 40 s): beller {NAME_FULL}, robot in de vijver…\nGesprek 2: zelfde beller, nu vanaf "
        "{PHONE}, adres {ADDRESS}.",
    ),
    # ---- private detectives' invoices
    (
        "nl",
        "Factuur recherchebureau t.a.v. {NAME_CAPS}, {ADDRESS}, {POSTCODE} {city}; "
        "dossier {ref}; {count} uur observatie.",
    ),
    (
        "nl",
        "Observatie van voertuig {PLATE} op {date}; opdrachtgever {NAME_FULL}, opdrachtnr. {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Uw voorschot van {amount} ontvangen van {IBAN_NL} ({NAME_INITIALS}); het rapport volgt per post."),
    ("nl", "Betrokkene {NAME_FULL}, geb. {DOB}, reed volgens het rapport met een buitenlandse wagen {PLATE_ABROAD}."),
    (
        "nl",
        "Beste heer/mevrouw, hierbij mijn bezwaar tegen de factuur.\nMet vriendelijke groet,\n{NAME_FULL}\n"
        "PS: mijn nieuwe mailadres is {EMAIL}",
    ),
    # ---- glass recycling pickups for restaurants
    ("nl", "Glasophaal horeca: contactpersoon {NAME_FULL}, ophaaladres {ADDRESS}, {POSTCODE} {city}, elke {weekday}."),
    ("nl", "Teams – kanaal Planning Glas: @{NAME_TEAMS} de chauffeur kon er niet in, bel de keuken op {PHONE}"),
    (
        "nl",
        "Contractnummer {CUSTOMER_NUMBER_CONTRACT}, rolcontainer 660 L, incasso van {IBAN} ten name van {NAME_CAPS}.",
    ),
    (
        "nl",
        "notitie snel: eigenr {NAME_TYPO} wil extr glasbak, factuur naar {EMAIL}, klantnr {CUSTOMER_NUMBER_CUSTOMER}",
    ),
    ("nl", "Bestelwagen {PLATE} stond vol; morgen tweede rit naar {ADDRESS}."),
    # ---- allergy clinics
    (
        "nl",
        "Verwijzing allergiepoli: patiënt {NAME_FULL}, geb.datum {DOB}, BSN {BSN}, "
        "patiëntnr {CUSTOMER_NUMBER_PATIENT}.",
    ),
    ("nl", "Priktest voor {NAME_FIRST} ({DOB}) verzet naar {weekday} {time}; moeder bereikbaar op {PHONE}."),
    ("nl", "Zorgpolis {CUSTOMER_NUMBER_POLICY} dekt de EpiPen niet? Dan graag {amount} terugstorten op {IBAN_NL}."),
    (
        "nl",
        "Gegevens voor de poli:\n1. {NAME_FULL}\n2. {DOB}\n3. {BSN}\n4. {ADDRESS}, {POSTCODE}\n5. {PHONE}",
    ),
    ("nl", "[spraakbericht] dag mevrouw, mijn BSN is {BSN_SPOKEN}, en mijn geboortedatum is {DOB}, tot ziens"),
    # ---- stamp and coin collectors' shops
    ("nl", "Inkoop verzameling postzegels van {NAME_INITIALS}, {ADDRESS}; uitbetaling {amount} op {IBAN}."),
    ("nl", "Bestelling munthandel\nNaam: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nBetaald: {CARD}"),
    ("nl", "Lid van de verzamelaarsvereniging, lidnummer {CUSTOMER_NUMBER_MEMBER}; korting op naam van {NAME_FULL}."),
    ("nl", "Beste, het Lindner insteekboek kwam beschadigd aan. Groetjes {NAME_FIRST}\nPS bel gerust: {PHONE}"),
    ("nl", "Taxatie nalatenschap voor {NAME_FULL}, zoon van wijlen {NAME_FULL}; mail: {EMAIL_SPOKEN}"),
    # ---- paragliding courses
    ("nl", "Inschrijving brevetcursus: {NAME_FULL}, geboren {DOB}, gewicht {count}0 kg, noodcontact {PHONE}."),
    ("nl", "Tandemvlucht cadeau voor {NAME_FIRST}; betaald met {CARD}; bevestiging naar {EMAIL}."),
    ("nl", "Clubleden carpoolen naar de Ardennen: {NAME_FIRST} rijdt met {PLATE}, vertrek {time} vanaf {ADDRESS}."),
    ("nl", "Ongevallenpolis {CUSTOMER_NUMBER_POLICY} van {NAME_CAPS} geldt ook in België, bevestigd op {date}."),
    ("nl", "Teams – Vliegschool Algemeen: wie heeft het nummer van {NAME_FIRST}? → {PHONE_ABROAD} (zit in Frankrijk)"),
    # ---- municipal sports hall rentals
    ("nl", "Zaalhuur sporthal: huurder {NAME_FULL} namens badmintonclub, debiteurnr {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Sleutelpas sporthal op naam van {NAME_INITIALS}, postadres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Huurovereenkomst {CUSTOMER_NUMBER_CONTRACT}: zaal B, {weekday} {time}, incasso van {IBAN}."),
    ("nl", "Gesprek viel weg… beller belt terug: 'ik ben het weer, {NAME_FULL}, mijn nummer is {PHONE}'"),
    ("nl", "Re:amaze #{count}{count} | {NAME_TEAMS} | Vraag: zaal op {date} reserveren | Tel: {PHONE}"),
    # ---- mobile hairdressers for the elderly
    ("nl", "Knipafspraak aan huis bij mevrouw {NAME_SURNAME}, {ADDRESS}, {POSTCODE}; dochter belt via {PHONE}."),
    ("nl", "Bewoner {NAME_FULL} (geb. {DOB}) van verpleeghuis De Linde wil elke {weekday} om {time} geföhnd worden."),
    ("nl", "notitie: mvr {NAME_TYPO}, permanent, betlt contant, zoon {NAME_FIRST} wil factuur op {EMAIL}"),
    ("nl", "Betaling kapper aan huis van {IBAN_NL}, machtiging getekend door {NAME_FULL} als bewindvoerder."),
    ("nl", "[spraakbericht] goedemorgen, met {NAME_FULL} uit kamer {count}, kan de kapper ook op {date} komen?"),
    # ---- Surinamese-Javanese and Curaçaoan customers
    ("nl", "Ik ben {NAME_FULL}, mijn vader is sinds {date} in Paramaribo, bel hem a.u.b. op {PHONE_ABROAD}."),
    ("nl", "Mi ta {NAME_FULL}, mijn pas {CUSTOMER_NUMBER_PASS} werkt niet, danki! Mijn nummer hier is {PHONE}."),
    ("nl", "Mas, de signaalhond van mijn oma {NAME_FULL} moet naar de dierenarts, ze woont op {ADDRESS}."),
    ("nl", "Bon dia, ik woon nu op Curaçao, stuur de factuur naar {EMAIL} of bel {PHONE_ABROAD}. {NAME_FIRST}"),
    ("nl", "Sugeng enjing, hierbij mijn gegevens voor de allergiepoli: {NAME_FULL}, {DOB}, BSN {BSN}."),
    # ---- numbered lists and order tables
    ("nl", "Mijn gegevens:\n1) {NAME_FULL}\n2) {EMAIL}\n3) {IBAN}\n4) kenteken {PLATE}"),
    ("nl", "Order #{count}{count}\tklant: {NAME_FULL}\tmail: {EMAIL}\tbetaald: {CARD}\tstatus: verzonden"),
    ("nl", "1. naam: {NAME_LOWER} 2. klantnummer: {CUSTOMER_NUMBER_CUSTOMER} 3. postcode: {POSTCODE} 4. geb: {DOB}"),
    ("nl", "Graag wijzigen: oud adres {ADDRESS}, nieuw adres {ADDRESS}, {POSTCODE}. Klant {NAME_FULL}."),
    (
        "nl",
        "Na het wegvallen van de lijn: mevrouw {NAME_SURNAME} opnieuw aan de lijn, lidnummer {CUSTOMER_NUMBER_MEMBER}.",
    ),
    (
        "nl",
        "Verzekerde {NAME_FULL}, polisnr. {CUSTOMER_NUMBER_POLICY}, meldt schade aan maaier; "
        "kenteken aanhanger {PLATE}.",
    ),
    ("nl", "Bellen naar {PHONE_SPOKEN} ging mis, probeer {PHONE} of mail {EMAIL_SPOKEN}."),
    ("nl", "Pakket voor {NAME_FULL} teruggekomen: adres {ADDRESS} onbekend, postcode {POSTCODE} klopt wel."),
    (
        "nl",
        "Hoi, ik ben {NAME_FIRST} van de glasophaal, ons ophaaladres is gewijzigd naar {ADDRESS}, {POSTCODE} {city}.",
    ),
    (
        "nl",
        "Geachte heer {NAME_SURNAME},\nuw munten zijn verzonden.\n"
        "PS: uw IBAN {IBAN} hebben we genoteerd voor de inkoop.",
    ),
    ("nl", "Klachtje: de maaibot van {NAME_LOWER} rijdt elke nacht de straat op, buurman belde vanaf {PHONE}."),
    ("nl", "Aanmelding paraglidingcursus via Teams-formulier: {NAME_TEAMS}, {EMAIL}, geboren {DOB}, {ADDRESS}."),
]
