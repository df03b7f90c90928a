"""Dutch and Flemish templates of test_v77: employment agencies and payslips, airport parking and lost luggage,
roadside assistance and towing, pest control, chimney sweeps, fertility clinics, tattoo studios, sauna resorts,
escape rooms and meals for seniors, in HubSpot timelines, Viber, diarised call transcripts, pasted payslips and
claim forms, forms typed over with '[onleesbaar]' gaps, Discord, mails behind an out-of-office reply, Antillean and
Cape Verdean Dutch, and customers who give their details in reverse order (postcode first, name last)."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- employment agencies and payslips
    (
        "nl",
        "LOONSTROOK {week}\nWerkgever: {firm}\nWerknemer: {NAME_REVERSED}\nPersoneelsnr: {CUSTOMER_NUMBER_EMPLOYEE}"
        "\nBSN: {BSN}\nGeboortedatum: {DOB}\nUitbetaald op: {IBAN}\nNetto: {amount}",
    ),
    ("nl", "Mijn loon over {week} is niet gestort, personeelsnummer {CUSTOMER_NUMBER_EMPLOYEE}, {NAME_FULL}."),
    ("nl", "Graag vanaf nu mijn salaris op {IBAN_NL} in plaats van de oude rekening. Groet, {NAME_FIRST}"),
    ("nl", "Bij de inschrijving bij {firm} gaf ik BSN {BSN} op maar op de strook staat een ander nummer."),
    (
        "nl",
        "HubSpot · Ticket-tijdlijn\n{time} E-mail ontvangen van {EMAIL}\n{time} Notitie: uitzendkracht "
        "{NAME_SURNAME} mist uren van {weekday}\n{time} Status → In behandeling",
    ),
    ("nl", "SPEAKER_00: {firm}, goedemorgen.\nSPEAKER_01: Ja hoi, met {NAME_FULL}, ik werk via jullie bij de DC."),
    ("nl", "Jaaropgaaf graag opsturen naar {ADDRESS}, {POSTCODE} {city}, t.n.v. {NAME_INITIALS}."),
    (
        "nl",
        "Bon dia, mi ta {NAME_FULL}, ik werk via het uitzendbureau en mijn strook klopt niet, bel mij op "
        "{PHONE_ABROAD} of {PHONE}.",
    ),
    # ---- airport parking and lost luggage
    ("nl", "Reservering {CUSTOMER_NUMBER_CUSTOMER}: auto {PLATE} staat vanaf {date} op {place}, ophalen om {time}."),
    ("nl", "Valet parking: sleutels afgegeven door {NAME_FULL}, kenteken {PLATE}, terugvlucht {code}."),
    (
        "nl",
        "Mijn koffer is niet aangekomen op {place}. Bezorgadres: {ADDRESS}, {POSTCODE} {city}. Tel {PHONE}.",
    ),
    (
        "nl",
        "Formulier vermiste bagage (overgetypt)\nNaam: {NAME_CAPS}\nAdres: [onleesbaar] {ADDRESS}\nPostcode: "
        "{POSTCODE}\nTelefoon: {PHONE}\nE-mail: [onleesbaar]",
    ),
    (
        "nl",
        "Viber · {NAME_NICK}: bom dia, mijn mala is nog in Praia gebleven, stuur maar naar {ADDRESS}, ik ben "
        "{NAME_FIRST}",
    ),
    ("nl", "De slagboom ging niet open bij het uitrijden, ik heb toen met kaart {CARD} betaald bij de automaat."),
    (
        "nl",
        "Er is schade aan mijn auto ({PLATE_ABROAD}) ontstaan op het parkeerterrein, klantnummer "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    # ---- roadside assistance and towing
    ("nl", "Pech op de A12 bij {place}, lidmaatschapsnummer {CUSTOMER_NUMBER_MEMBER}, kenteken {PLATE}."),
    (
        "nl",
        "SPEAKER_01: mijn lidnummer is {CUSTOMER_NUMBER_MEMBER}\nSPEAKER_00: en op welk nummer kunnen we u "
        "terugbellen?\nSPEAKER_01: {PHONE_SPOKEN}",
    ),
    ("nl", "De auto van {NAME_INITIALS} ({PLATE}) is gesleept naar de garage aan de {ADDRESS} in {city}."),
    ("nl", "Ik sta met pech in België, kenteken {PLATE_ABROAD}, mijn nummer is {PHONE_ABROAD}. {NAME_FULL}"),
    ("nl", "Factuur sleepdienst graag op naam van {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} {city}."),
    ("nl", "Wegenwacht-lid sinds {date}: {NAME_LOWER}, geboren {DOB}, bel maar {PHONE}"),
    # ---- pest control
    (
        "nl",
        "Melding muizen\n{POSTCODE}\n{ADDRESS}\n{PHONE}\n{NAME_FULL}\n(klant gaf alles in omgekeerde volgorde door)",
    ),
    ("nl", "Wespennest onder de dakgoot bij {ADDRESS}. Graag contact via {EMAIL}, groet {NAME_FIRST}."),
    ("nl", "Contract ongediertebestrijding {CUSTOMER_NUMBER_CONTRACT} wil ik opzeggen per {date}, {NAME_INITIALS}."),
    ("nl", "Discord #support | {NAME_NICK}: de muizenman komt {weekday}, mijn postcode is {POSTCODE}"),
    ("nl", "De behandeling tegen bedwantsen graag afschrijven van {IBAN}, t.n.v. {NAME_CAPS}."),
    ("nl", "Postcode {POSTCODE}, huis {ADDRESS}, telefoon {PHONE}, naam {NAME_REVERSED}: ratten in de schuur."),
    # ---- chimney sweeps
    ("nl", "Graag de schoorsteen laten vegen bij {NAME_SURNAME}, {ADDRESS}, {POSTCODE} {city}."),
    (
        "nl",
        "Geachte heer/mevrouw,\n\nHet veegattest voor de verzekering graag op naam van {NAME_FULL}, polisnummer "
        "{CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "De schoorsteenveger mag {weekday} komen, bel even op {PHONE} als u er bent. Mvg {NAME_FULL}"),
    ("nl", "SPEAKER_01: ja het is {ADDRESS} in {city}, postcode {POSTCODE}\nSPEAKER_00: dank u, genoteerd."),
    ("nl", "ik heb gepind met {CARD} maar de veger zei dat het niet gelukt was"),
    # ---- fertility clinics
    ("nl", "Patiëntnummer {CUSTOMER_NUMBER_PATIENT}, {NAME_FULL}, geboren {DOB}: ik wil de punctie verzetten."),
    (
        "nl",
        "Aanmeldformulier IVF (overgetypt door balie)\nPartner 1: {NAME_FULL}, geb. {DOB}\nPartner 2: {NAME_FULL}, "
        "geb. [onleesbaar]\nBSN: {BSN}\nZorgpolis: {CUSTOMER_NUMBER_POLICY}",
    ),
    ("nl", "Mijn BSN is {BSN_SPOKEN}, dat vroeg de assistente voor de verwijzing."),
    ("nl", "De uitslag van de zaadanalyse mag naar {EMAIL}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}."),
    ("nl", "Wij zijn {NAME_FIRST} en {NAME_FIRST}, onze huisarts stuurt de verwijzing, ons adres is {ADDRESS}."),
    # ---- tattoo studios
    ("nl", "Afspraak voor een cover-up op {weekday}, naam {NAME_FULL}, geboortedatum {DOB} (ben echt 18+)."),
    ("nl", "Viber · {NAME_NICK}: aanbetaling {amount} gedaan via {IBAN}, zie je het binnenkomen?"),
    ("nl", "Toestemmingsformulier tatoeage\nNaam klant: {NAME_REVERSED}\nGeboortedatum: {DOB}\nTelefoon: {PHONE}"),
    ("nl", "Hoi, ik ben {NAME_FIRST}, mijn zus {NAME_FULL} heeft ook een afspraak staan, zelfde tijd graag."),
    # ---- sauna and wellness resorts
    ("nl", "Mijn abonnement op de sauna ({CUSTOMER_NUMBER_MEMBER}) is dubbel afgeschreven van {IBAN_NL}."),
    (
        "nl",
        "Automatisch antwoord: Ik ben tot en met {date} afwezig.\n\n---- Oorspronkelijk bericht ----\nVan: {EMAIL}"
        "\nIk heb mijn badjas laten liggen in de Finse sauna, groet {NAME_FULL}",
    ),
    ("nl", "Arrangement Ontspanning voor twee geboekt op naam van {NAME_INITIALS}, bevestiging naar {EMAIL}."),
    ("nl", "Kan ik mijn cadeaubon nog gebruiken? Ik ben {NAME_LOWER} en ik woon in {city}"),
    ("nl", "Graag het abonnement omzetten naar mijn nieuwe adres {ADDRESS}, {POSTCODE}."),
    # ---- escape rooms
    ("nl", "Discord #boekingen | {NAME_NICK}: wij komen met {count} man, mijn mail is {EMAIL}"),
    ("nl", "Boeking room 'De Kluis' op naam van {NAME_SURNAME}, betaald met creditcard {CARD}."),
    ("nl", "Teamuitje geboekt via {EMAIL_SPOKEN}, contactpersoon {NAME_FULL}, mobiel {PHONE}."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}, we willen de boeking van {date} verzetten."),
    # ---- meal delivery for seniors
    (
        "nl",
        "Ik bel voor mijn vader, {NAME_FULL}, {ADDRESS}, hij is geboren op {DOB} en krijgt de maaltijden zoutarm.",
    ),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}: mevrouw {NAME_SURNAME} wil vanaf {date} ook soep erbij."),
    ("nl", "De maaltijden graag afschrijven van {IBAN}, dat is de rekening van mijn moeder {NAME_INITIALS}."),
    (
        "nl",
        "Formulier aanmelding (overgetypt)\nNaam: {NAME_FULL}\nAdres: {ADDRESS} [onleesbaar]\nPostcode/plaats: "
        "{POSTCODE} {city}\nTel.: {PHONE}\nBSN: [onleesbaar]",
    ),
    (
        "nl",
        "SPEAKER_00: mag ik uw geboortedatum?\nSPEAKER_01: {DOB}\nSPEAKER_00: en uw achternaam?\n"
        "SPEAKER_01: {NAME_SURNAME}",
    ),
    ("nl", "De bezorger kan aanbellen bij de buren, familie {NAME_SURNAME}, op {ADDRESS}."),
    # ---- more channels and reverse order
    ("nl", "{POSTCODE_BE} {city}, {ADDRESS}, {NAME_FULL}, {EMAIL}: graag een offerte voor de rookkanaalinspectie."),
    ("nl", "Geboren {DOB}, BSN {BSN}, naam {NAME_REVERSED}: ik wil mijn loonstroken van dit jaar."),
    (
        "nl",
        "Bom dia, ik ben {NAME_FULL}, mijn telefoon is {PHONE_ABROAD}, ik woon op {ADDRESS} in Rotterdam.",
    ),
    (
        "nl",
        "Bon dia, mi yama {NAME_FIRST}. Mijn rekening is {IBAN}, ik wil het geld terug van de sauna.",
    ),
    ("nl", "HubSpot · Contact: {NAME_FULL} · {EMAIL} · {PHONE} · Levensfase: klant"),
    ("nl", "Schadeclaim\nPolis: {CUSTOMER_NUMBER_POLICY}\nVerzekerde: {NAME_CAPS}\nKenteken: {PLATE}\nIBAN: {IBAN}"),
    ("nl", "mijn mailadres is {EMAIL_SPOKEN} en mijn nummer {PHONE_SPOKEN}"),
    ("nl", "Ik heb contract {CUSTOMER_NUMBER_CONTRACT} bij jullie, naam {NAME_FULL}."),
    ("nl", "Viber · {NAME_NICK}: sleepwagen staat bij {ADDRESS}, auto is een grijze Polo {PLATE}"),
    ("nl", "Discord #help | {NAME_NICK}: kaart {CARD} is geweigerd bij het boeken, wat nu?"),
    ("nl", "Gegevens klant: geb.datum {DOB} | postcode {POSTCODE} | klantnr {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", "Hallo, ik ben {NAME_FIRST} uit Willemstad, ik woon nu in {city}, mijn nummer is {PHONE_ABROAD}."),
    ("nl", "Sleepdienst gebeld door {NAME_INITIALS}, lidnr. {CUSTOMER_NUMBER_MEMBER}, e-mail {EMAIL}."),
    ("nl", "Graag contact met mij opnemen, ik ben {NAME_FULL} en bereikbaar op {PHONE} na {time}."),
]
