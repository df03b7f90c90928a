"""Dutch, Flemish, Brabant- and Limburg-coloured templates of test_v84."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- ambulance invoices
    ("nl", "Groove-ticket #{count}{count} | Van: {NAME_FULL} <{EMAIL}> | Onderwerp: factuur ambulancerit | Open"),
    ("nl", "Ik krijg een rekening van {amount} voor de ambulance, maar {NAME_FIRST} is verzekerd, BSN {BSN}."),
    ("nl", "Rit naar {place}: patiënt {NAME_INITIALS}, geb. {DOB}, opgehaald op {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Factuur ambulancevervoer graag naar de zorgverzekeraar, polisnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Groove | notitie agent: mevrouw {NAME_SURNAME} belt vanaf {PHONE} over {ref}, wil betalen via {IBAN_NL}."),
    ("nl", "Veld 1 naam: {NAME_CAPS} / veld 2 geb.datum: {DOB} / veld 3 BSN: {BSN} / veld 4 tel: {PHONE}"),
    # ---- relay calls via teletolk
    ("nl", "[tolk]: mevrouw zegt: mijn naam is {NAME_FULL} en ik woon op {ADDRESS}."),
    ("nl", "[tolk]: meneer geeft zijn telefoonnummer door, {PHONE_GROUPS}, en vraagt om een sms."),
    ("nl", "[tolk]: ze spelt haar BSN: {BSN_GROUPS}."),
    ("nl", "[tolk]: klant zegt klantnummer {CUSTOMER_NUMBER_CUSTOMER}, en mail graag naar {EMAIL}."),
    ("nl", "Teletolk-gesprek {time}, beller {NAME_DOUBLE}, doof, bereikbaar via sms op {PHONE}."),
    ("nl", "[tolk]: hij zegt zijn geboortedatum is {DOB} en zijn postcode {POSTCODE}."),
    # ---- IVF clinic billing
    ("nl", "Nota IVF-poging 2: patiënte {NAME_FULL}, geboren {DOB}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}."),
    ("nl", "Partner {NAME_FULL} (BSN {BSN}) betaalt de eigen bijdrage van {amount} met creditcard {CARD}."),
    ("nl", "De vergoeding van de ICSI-behandeling graag overmaken op {IBAN} t.n.v. {NAME_INITIALS}."),
    (
        "nl",
        "Geachte {firm},\nIk heb een vraag over de nota.\nMet vriendelijke groet,\n"
        "BEGIN:VCARD\nFN:{NAME_FULL}\nTEL;TYPE=cell:{PHONE}\nEMAIL:{EMAIL}\nEND:VCARD",
    ),
    ("nl", "Lidnummer zorgverzekeraar {CUSTOMER_NUMBER_MEMBER}, verzekerde {NAME_LOWER}, embryo's ingevroren {date}."),
    # ---- holiday apartments in Spain
    ("nl", "Boeking appartement {city}: huurder {NAME_FULL}, mobiel in Spanje {PHONE_ABROAD}, aankomst {date}."),
    ("nl", "De borg van {amount} staat op de Spaanse rekening {IBAN_ES}, eigenaar is {NAME_FIRST}."),
    ("nl", "Adres van het appartement: {ADDRESS_ES}, {POSTCODE_ES} {city}. Sleutel ophalen bij {NAME_FIRST}."),
    ("nl", "Huurauto op de parkeerplaats van het complex: {PLATE_ABROAD}, op naam van {NAME_SURNAME}."),
    ("nl", "Signal-groep 'Spanje 2025' | {NAME_NICK}: ik heb de aanbetaling gedaan vanaf {IBAN}"),
    ("nl", "Huurcontract {CUSTOMER_NUMBER_CONTRACT}, huurder {NAME_FULL}, thuisadres {ADDRESS}, {POSTCODE}."),
    # ---- school trip payments
    ("nl", "Schoolreis groep 7: betaling voor {NAME_FIRST} {NAME_SURNAME} ({DOB}) nog niet ontvangen."),
    ("nl", "Signal-groep 'Ouders 7B' | {NAME_NICK}: wie heeft het nummer van juf? ik heb {PHONE} van de meester"),
    ("nl", "Ouderbijdrage kampweek wordt afgeschreven van {IBAN_NL}, ouder {NAME_DOUBLE}."),
    ("nl", "Noodnummer tijdens het kamp voor {NAME_FIRST}: moeder {PHONE}, vader {PHONE_ABROAD}."),
    ("nl", "export: leerling={NAME_FULL}&geb={DOB}&ouder_tel={PHONE}&iban={IBAN}&bedrag={amount}"),
    ("nl", "Medicijnen op schoolreis: {NAME_FIRST} heeft een pufje, huisarts weet ervan, BSN {BSN}."),
    # ---- tyre storage
    ("nl", "Bandenhotel: winterset van {PLATE} staat in {code}, klant {NAME_FULL}."),
    ("nl", "Groove-ticket | {NAME_SURNAME}: mijn banden (kenteken {PLATE}) wil ik op {weekday} laten wisselen."),
    ("nl", "export: kenteken={PLATE}&naam={NAME_LOWER}&tel={PHONE}&postcode={POSTCODE}&rek={code}"),
    ("nl", "Opslagcontract banden {CUSTOMER_NUMBER_CONTRACT} op naam van {NAME_INITIALS}, {ADDRESS}, {town}."),
    ("nl", "Hedde gij mijn banden nog liggen? Auto is {PLATE}, bel mij mar op {PHONE}, groetjes {NAME_FIRST}"),
    ("nl", "Betaald met {CARD} voor de bandenopslag, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- satellite TV
    ("nl", "Abonneenummer {CUSTOMER_NUMBER_SUBSCRIBER}, abonnee {NAME_FULL}, incasso van {IBAN}."),
    ("nl", "Schotel staat scheef sinds de storm, monteur graag naar {ADDRESS}, {POSTCODE} {town}. {NAME_FULL}"),
    ("nl", "IK HEB GEEN BEELD MEER. MIJN ABONNEMENT STAAT OP {NAME_CAPS}, {ADDRESS_CAPS}. BEL {PHONE}"),
    ("nl", "MIJN MAIL IS {EMAIL_CAPS} EN MIJN ABONNEENUMMER {CUSTOMER_NUMBER_SUBSCRIBER}"),
    ("nl", "Opzegging satelliet-tv per {date}: {NAME_DOUBLE}, geboren {DOB}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Ich kin gein zenders mie zien, ut abonnemint steit op naam van {NAME_FULL}, {ADDRESS} in {town}."),
    # ---- orthodontist payment plans
    ("nl", "Betalingsregeling beugel {NAME_FIRST}: {count} termijnen van {amount} via {IBAN_NL}."),
    ("nl", "Patiënt {NAME_FULL}, patiëntnr. {CUSTOMER_NUMBER_PATIENT}, geb. {DOB}, ouder/verzorger {NAME_FULL}."),
    ("nl", "Veld 7 rekeninghouder: {NAME_CAPS} / veld 8 IBAN: {IBAN} / veld 9 handtekening: ja"),
    ("nl", "Declaratie orthodontie, lidnummer {CUSTOMER_NUMBER_MEMBER}, BSN kind {BSN}, geb. {DOB}."),
    ("nl", "Dè beugel van ons {NAME_FIRST} is los, kan ze zaterdag komen? Mail mij op {EMAIL}"),
    # ---- rowing boat rentals
    ("nl", "Roeiboot gehuurd op {date} door {NAME_FULL}, borg {amount} met kaart {CARD}."),
    ("nl", "Lidmaatschap roeivereniging: {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}, {EMAIL}."),
    ("nl", "Auto van de huurder ({PLATE}) stond op de steiger, eigenaar {NAME_SURNAME} gebeld op {PHONE}."),
    ("nl", "Signal-groep 'Roeien zondag' | {NAME_NICK}: boot 7 is geboekt op mijn naam, mijn nummer is {PHONE}"),
    # ---- second-hand pianos
    ("nl", "Piano verkocht aan {NAME_FULL}, bezorgen op {ADDRESS}, {POSTCODE} {city}, 2e verdieping zonder lift."),
    ("nl", "Aanbetaling voor de {product} ontvangen van {IBAN}, koper {NAME_INITIALS}."),
    ("nl", "Koopovereenkomst {CUSTOMER_NUMBER_CONTRACT}: verkoper {NAME_FULL}, geb. {DOB}, BSN {BSN}."),
    (
        "nl",
        "Hedde nog interesse in die piano? Ik ben {NAME_FIRST}, app mij op {PHONE}, ik woon in {town} op {ADDRESS}.",
    ),
    ("nl", "Pianostemmer komt naar {NAME_SURNAME}, {ADDRESS}; bel even voor op {PHONE} of mail {EMAIL}."),
    # ---- channels without one frame
    ("nl", "Formulier overgetypt: 1. Naam {NAME_FULL} 2. Adres {ADDRESS} 3. Postcode {POSTCODE} 4. Kenteken {PLATE}"),
    ("nl", "Transcript: 'mijn nummer is {PHONE_GROUPS}, en de postcode {POSTCODE}'"),
    ("nl", "Transcript: beller leest IBAN voor als {IBAN}, naam {NAME_FULL}."),
    ("nl", "Transcript: 'mijn mailadres is {EMAIL_SPOKEN}'"),
    ("nl", "export: klant={CUSTOMER_NUMBER_CUSTOMER}&naam={NAME_FULL}&mail={EMAIL}&gebdat={DOB}"),
    ("nl", "Groove-ticket #{count} | {NAME_LOWER} | {PHONE} | status: wacht op klant"),
    ("nl", "Goeiendag, ik ben {NAME_FULL} uit {town} en mijne postcode is {POSTCODE}, alstublieft."),
    ("nl", "Houdoe, de betaling kwam van {IBAN}, op naam van {NAME_SURNAME}. Groeten uit {city}!"),
    ("nl", "IK WIL MIJN GELD TERUG OP {IBAN}. {NAME_CAPS}, GEBOREN {DOB}"),
    ("nl", "Paspoortkopie niet nodig, maar wel: {NAME_FULL}, {DOB}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Wijziging adres per {date}: nieuw adres {ADDRESS}, {POSTCODE} {town}, polis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Schrijf het maar af van deze kaart: {CARD}, vervaldatum volgt. Gr {NAME_FIRST}"),
    ("nl", "Mailtje van {EMAIL}: 'Kunt u mij terugbellen op {PHONE_ABROAD}? Ik zit in {city}.'"),
    ("nl", "Veld 2 achternaam: {NAME_SURNAME} / veld 5 e-mail: {EMAIL} / veld 6 kenteken: {PLATE}"),
    ("nl", "Rit {ref}: opgehaald bij {NAME_FULL}, {ADDRESS_CAPS}; terugbellen op {PHONE_GROUPS}."),
    ("nl", "Doorgeschakeld van {bot}: klant {NAME_FULL}, kenteken {PLATE}, klantnr. {CUSTOMER_NUMBER_CUSTOMER}."),
]
