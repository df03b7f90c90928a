"""Channel-shaped templates of test_v43: e-mail threads with quoted replies (> lines) and signatures, scanned
letters with OCR noise, web-chat transcripts with 'Agent:'/'Klant:' labels, internal tickets as Markdown tables,
voice-bot transcripts in lower case without punctuation, and rows pasted from Excel (tab separated)."""

from __future__ import annotations

CHANNELS: list[tuple[str, str]] = [
    # ---- e-mail threads with quoted replies and signatures
    (
        "nl",
        "Beste {NAME_FIRST},\n\nDank voor uw reactie, we passen het rekeningnummer aan.\n\n> Op {date} om {time} "
        "schreef {NAME_FULL} <{EMAIL}>:\n> Graag uitbetalen op {IBAN}, polis {CUSTOMER_NUMBER_POLICY}.\n\n"
        "Met vriendelijke groet,\n{team}\n{insurer}",
    ),
    (
        "nl",
        "Hoi,\n\nZie onderstaande mail van de klant.\n\n>> Van: {EMAIL}\n>> Onderwerp: dossier "
        "{CUSTOMER_NUMBER_DEBT}\n>> Ik ben verhuisd naar {ADDRESS}, {POSTCODE} {city}.\n\n{team}",
    ),
    (
        "nl",
        "> Kunt u uw geboortedatum en BSN doorgeven?\n\n{DOB}, {BSN}\n\nMet vriendelijke groet,\n{NAME_FULL}\n"
        "{ADDRESS}\n{POSTCODE} {city}\nTel. {PHONE}",
    ),
    (
        "nl",
        "Re: Re: opzegging\n\nDat klopt niet, ik heb op {date} gebeld.\n\n-- \n{NAME_INITIALS}\n{EMAIL_WORK}\n"
        "Mobiel: {PHONE}\n\n> Geachte klant, uw klantnummer {CUSTOMER_NUMBER_TELECOM} is opgezegd per {date}.",
    ),
    (
        "nl",
        "Goedemiddag,\n\nIn de bijlage het formulier voor de uitvaartpolis van mijn vader.\n\nHartelijke groet,\n"
        "{NAME_MARRIED}\n{PHONE_LANDLINE}\n\n> Polisnummer: {CUSTOMER_NUMBER_FUNERAL}\n> Ontvangen op {date}",
    ),
    # ---- scanned letters with OCR noise
    (
        "nl",
        "GEACHTE HEER/MEVROUW,\nBetreft: dossier {CUSTOMER_NUMBER_OCR}\n{NAME_OCR}\n{ADDRESS_OCR}\n"
        "{POSTCODE_OCR} {city}\nHierbij ontvangt u een laatste aanmaning van {amount}.",
    ),
    (
        "nl",
        "Ontvangen per post (scan): Ik, {NAME_OCR}, geboren {DOB}, BSN {BSN_OCR}, machtig {charity} tot "
        "afschrijving van mijn rekening {IBAN_OCR}.",
    ),
    (
        "nl",
        "sc@n pagina 2/3 ... telefoon: {PHONE_OCR} ... adres: {ADDRESS_OCR} ... handtekening: {NAME_OCR}",
    ),
    (
        "nl",
        "OCR-tekst brief hypotheek: Aanvrager {NAME_OCR} Onderpand {ADDRESS_OCR} Leningnr. {CUSTOMER_NUMBER_OCR}",
    ),
    # ---- web chat with Agent:/Klant: labels
    (
        "nl",
        "Klant: hoi, mijn internet ligt eruit\nAgent: Vervelend! Wat is uw postcode?\nKlant: {POSTCODE}\n"
        "Agent: En uw klantnummer?\nKlant: {CUSTOMER_NUMBER_TELECOM}",
    ),
    (
        "nl",
        "Agent: Goedemorgen, u chat met {team}.\nKlant: ik wil mijn adres wijzigen naar {ADDRESS}\n"
        "Agent: Prima. Op welk mailadres wilt u de bevestiging?\nKlant: {EMAIL}",
    ),
    (
        "nl",
        "Klant: wanneer komt de verhuiswagen?\nAgent: Op {date} vanaf {time}. Klopt het nummer "
        "{PHONE}?\nKlant: ja, of bel {PHONE_LANDLINE}\nAgent: Genoteerd.",
    ),
    (
        "nl",
        "Agent: Mag ik ter controle uw geboortedatum?\nKlant: {DOB}\nAgent: Dank u, mevrouw {NAME_SURNAME}. "
        "De claim {claim} is goedgekeurd.",
    ),
    (
        "nl",
        "Klant: ik heb per ongeluk met mijn creditcard {CARD} betaald ipv ideal\nAgent: Geen probleem, "
        "we storten {amount} terug.",
    ),
    # ---- internal tickets as Markdown tables
    (
        "nl",
        "| Veld | Waarde |\n|---|---|\n| Naam | {NAME_REGISTER} |\n| IBAN | {IBAN} |\n| Dossier | "
        "{CUSTOMER_NUMBER_DEBT} |\n| Status | {status} |",
    ),
    (
        "nl",
        "| Ticket | Klant | Kenteken | Telefoon |\n|---|---|---|---|\n| {ticket} | {NAME_FULL} | {PLATE} | {PHONE} |",
    ),
    (
        "nl",
        "### Overdracht {team}\n| Leerling | Geboren | Ouder | Contract |\n| --- | --- | --- | --- |\n"
        "| {NAME_CHILD} | {DOB_CHILD} | {NAME_FULL} | {CUSTOMER_NUMBER_CHILDCARE} |",
    ),
    (
        "nl",
        "**Notitie** klant belde over {product}.\n| adres | postcode | klantnr |\n|-|-|-|\n| {ADDRESS} | "
        "{POSTCODE} | {CUSTOMER_NUMBER_UTILITY} |",
    ),
    # ---- voice-bot transcripts: lower case, no punctuation
    ("nl", "bot wat is uw geboortedatum klant {DOB_SPOKEN} bot dank u en uw postcode klant {POSTCODE_SPOKEN}"),
    ("nl", "klant ja mijn telefoonnummer is {PHONE_SPOKEN} en mijn naam is {NAME_LOWER}"),
    ("nl", "bot noem uw e-mailadres klant {EMAIL_SPOKEN} bot ik heb het genoteerd"),
    ("nl", "klant het kenteken is {PLATE_SPOKEN} bot welke schade wilt u melden klant ruitschade"),
    ("nl", "bot zeg of toets uw klantnummer klant {CUSTOMER_NUMBER_SPOKEN} bot een moment geduld alstublieft"),
    ("nl", "klant mijn burgerservicenummer is {BSN_SPOKEN} bot dank u wel"),
    ("nl", "klant ik woon op de {ADDRESS_SPOKEN} in {city} en de rekening is {IBAN_SPOKEN}"),
    ("nl", "bot u spreekt met de digitale assistent klant ja met {NAME_LOWER} ik bel over de rekening van {amount}"),
    # ---- Excel pastes (tab separated)
    ("nl", "{CUSTOMER_NUMBER_DEBT}\t{NAME_REGISTER}\t{ADDRESS}\t{POSTCODE}\t{city}\t{amount}"),
    ("nl", "Naam\tGeb.datum\tBSN\n{NAME_FULL}\t{DOB}\t{BSN}"),
    ("nl", "{CUSTOMER_NUMBER_DONOR}\t{NAME_INITIALS}\t{EMAIL}\t{IBAN}\t{amount}\tmaandelijks"),
    ("nl", "lidnr\tnaam\tpas\ttelefoon\n{count}\t{NAME_FULL}\t{CUSTOMER_NUMBER_LIBRARY}\t{PHONE}"),
    ("nl", "{date}\t{PLATE}\t{NAME_SURNAME}\t{CUSTOMER_NUMBER_LOAN}\t{percent}"),
    ("nl", "{date}\t{NAME_FULL}\t{CARD}\t{amount}\tterugboeking {ticket}"),
]
