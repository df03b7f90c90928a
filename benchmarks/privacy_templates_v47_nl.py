"""Dutch templates of test_v47, part one: lost and found on public transport, Regiotaxi and Valys, municipal
social services (bijstand, Wmo) and youth care; with dialect (Limburg, Volendam, Urk, Frisian) and callers of
Papiamento, Polish, Somali, Sudanese and Albanian background."""

from __future__ import annotations

NL_SERVICES: list[tuple[str, str]] = [
    # ---- lost and found on buses, trams and trains
    (
        "nl",
        "Melding gevonden voorwerpen {operator}\nOmschrijving: {item}\nVerloren in: {line} richting {stop}\n"
        "Naam: {NAME_FULL}\nTelefoon: {PHONE}\nE-mail: {EMAIL}",
    ),
    (
        "nl",
        "Beller: ik ben gisteren mijn {item} kwijtgeraakt in {line}.\nAgent: op welke naam mag ik het "
        "registreren?\nBeller: {NAME_FULL}, en u kunt me bellen op {PHONE_SPOKEN}.",
    ),
    (
        "nl",
        "Goeiedag, mijn persoonlijke OV-chipkaart {CUSTOMER_NUMBER_OV} zat in de {item}. Kunt u hem blokkeren? "
        "Groet, {NAME_INITIALS}",
    ),
    (
        "nl",
        "[A] Heeft u het kenmerk van de verliesmelding?\n[K] Ja, {ticket}, en mijn OV-pas—\n[A] —momentje, ik "
        "noteer eerst het kenmerk.\n[K] —de pas is {CUSTOMER_NUMBER_OV}.",
    ),
    (
        "nl",
        "Ich höb mien {item} laote ligke in de bus nao {city}, {line}. Bel mich mer trök op {PHONE_LANDLINE}, "
        "groete van {NAME_LIM}.",
    ),
    (
        "nl",
        "Goeie, ik ha myn {item} ferlern yn de bus nei Ljouwert. Myn adres: {ADDRESS_FY}, {POSTCODE} Drachten. "
        "Groetnis, {NAME_FRY}",
    ),
    ("nl", "SMS van {PHONE_SMS}: hoi, is mijn {item} al gevonden? Gemeld onder {ticket}. Gr {NAME_FIRST}"),
    (
        "nl",
        "Het gevonden voorwerp wordt opgestuurd naar {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_MARRIED}. "
        "Verzendkosten {fee} voldaan.",
    ),
    (
        "nl",
        "Bon dia, mi nomber ta {NAME_PAP}. Ik ben mijn {item} verloren bij {stop}, mijn nummer op Curaçao is "
        "{PHONE_CW}.",
    ),
    ("nl", "Borg voor de gevonden sleutelbos ({fee}) graag terugstorten op {IBAN} t.n.v. {NAME_INITIALS}."),
    (
        "nl",
        "Ik denk dat mijn {item} in de Regiotaxi ligt, het busje had kenteken {PLATE}. Ik ben {NAME_FULL}, "
        "bereikbaar via {EMAIL_HIDDEN}.",
    ),
    # ---- Regiotaxi and Valys
    (
        "nl",
        "Rit boeken voor mevrouw {NAME_ELDER_F}, pasnummer {CUSTOMER_NUMBER_TAXI}, ophalen {ADDRESS} om {time}, "
        "neemt {device} mee.",
    ),
    (
        "nl",
        "Valys-pas {CUSTOMER_NUMBER_VALYS} op naam van {NAME_ELDER}, geboren {DOB_ELDER}. Persoonlijk "
        "kilometerbudget bijna op.",
    ),
    (
        "nl",
        "Ik wacht al vanaf {time} op de taxi hoor, ik staan hier op de {ADDRESS} in Volendam. Me naam is "
        "{NAME_VOL}, me pasje is {CUSTOMER_NUMBER_TAXI}.",
    ),
    (
        "nl",
        "Mien moeder {NAME_ELDER_F} mot dinsdag naor et ziekenhuus, ze woont an de {ADDRESS} op Urk. "
        "Belle jim even op {PHONE}?",
    ),
    (
        "nl",
        "Agent: Valys, goedemorgen, u spreekt met {NAME_FIRST}.\nKlant: ja goeiemorgen, met {NAME_ELDER}, ik "
        "[door elkaar] ik moet een rit wijzigen.\nAgent: mag ik uw geboortedatum?\nKlant: {DOB_SPOKEN}.",
    ),
    (
        "nl",
        "Geachte heer/mevrouw,\n\nOp {date} werd mijn vader, {NAME_ELDER_M}, niet opgehaald door {taxi}. Hij stond "
        "ruim een uur buiten met zijn {device}.\n\nHoogachtend,\n\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}",
    ),
    (
        "nl",
        "Klacht over chauffeur {NAME_FIRST} van {taxi}: reed veel te hard met mijn moeder achterin. "
        "Kenteken {PLATE}, rit van {time}.",
    ),
    (
        "nl",
        "Wij betreuren het dat uw rit niet goed verliep.\n\nMet vriendelijke groet,\n\n{NAME_INITIALS}\n{job}\n{taxi}",
    ),
    (
        "nl",
        "Aanvraag Regiotaxipas\nNaam aanvrager: {NAME_REGISTER}\nGeboortedatum: {DOB_ELDER}\nBSN: {BSN}\n"
        "Adres: {ADDRESS}\nPostcode: {POSTCODE}\nHulpmiddel: {device}",
    ),
    (
        "nl",
        "Gehandicaptenparkeerplaats aangevraagd voor kenteken {PLATE}, aanvrager {NAME_ELDER}, {ADDRESS}, {city}.",
    ),
    (
        "nl",
        "A: en het kenteken van de auto waarmee uw zoon u brengt?\nK: eh {PLATE_SPOKEN}.\nA: dank u, meneer "
        "{NAME_SURNAME}.",
    ),
    # ---- bijstand and Wmo
    (
        "nl",
        "Klant {NAME_FULL} (BSN {BSN}) belt over de aanvraag {provision}; Wmo-dossier {CUSTOMER_NUMBER_WMO}.",
    ),
    (
        "nl",
        "De bijstand van {month} staat nog niet op {IBAN}. Klantnummer {CUSTOMER_NUMBER_SOCIAL}. Groet, {NAME_FULL}",
    ),
    (
        "nl",
        "Goedendag, ik heb probleem met bijstand. Mijn nummer van gemeente is {CUSTOMER_NUMBER_SOCIAL}, BSN "
        "{BSN}. Dziękuję, {NAME_POL}",
    ),
    (
        "nl",
        "Tolk aan de lijn namens {NAME_SOM}, geboren {DOB}; spreekt alleen Somalisch. Woonadres: "
        "{ADDRESS}, {POSTCODE}.",
    ),
    (
        "nl",
        "Voornaam: {NAME_FIRST}\nAchternaam: {NAME_SURNAME}\nBurgerservicenummer: {BSN}\nIBAN: {IBAN}\n"
        "Telefoonnummer: {PHONE}\nSoort aanvraag: {provision}",
    ),
    (
        "nl",
        "@{NAME_MENTION} kun jij {NAME_FULL} terugbellen over de {provision}? Nummer {PHONE_LANDLINE}, "
        "alleen 's ochtends thuis.",
    ),
    ("nl", "Bewindvoerder {NAME_INITIALS} vraagt of de uitkering voortaan naar beheerrekening {IBAN} kan."),
    ("nl", "K: mijn BSN is eh {BSN_SPOKEN}\nA: dank u, en u woont nog op {ADDRESS}?\nK: ja klopt, sinds {month}."),
    (
        "nl",
        "Ik help {NAME_SUD} met de post: de brief van {org} over {provision} snappen we niet. Er "
        "is geen Nederlands nummer, alleen {PHONE_ABROAD}, of mail {EMAIL}.",
    ),
    (
        "nl",
        "Cliënt\t{NAME_REGISTER}\nCliëntnummer\t{CUSTOMER_NUMBER_WMO}\nVoorziening\t{provision}\n"
        "Geboortedatum\t{DOB_ELDER}\nTelefoon\t{PHONE_LANDLINE}",
    ),
    (
        "nl",
        "Wmo-consulent {NAME_FULL} komt {weekday} om {time} op huisbezoek bij {NAME_ELDER}, {ADDRESS}.",
    ),
    (
        "nl",
        "K: mijn rekening is {IBAN_SPOKEN}\nA: op naam van?\nK: {NAME_LOWER}, voor de kwijtschelding.",
    ),
    (
        "nl",
        "Ik heb een schuld bij {org}, regeling van {fee} per maand. Mijn BSN {BSN}, geboortedatum {DOB_WORDS}.",
    ),
    # ---- youth care
    (
        "nl",
        "Aanmelding jeugdhulp voor {NAME_CHILD}, geboren {DOB_CHILD}, BSN {BSN}. Ouder: {NAME_FULL}, {PHONE}.",
    ),
    ("nl", "Dossier {CUSTOMER_NUMBER_YOUTH}: gesprek met vader {NAME_SURNAME} verplaatst naar {date} om {time}."),
    (
        "nl",
        "Hoi, de jeugdconsulent {NAME_FULL} zou mij terugbellen over {NAME_CHILD}. Mijn mail is {EMAIL_HIDDEN}.",
    ),
    (
        "nl",
        "Dossier\tKind\tGeb.datum\tGezag\tTelefoon\n{CUSTOMER_NUMBER_YOUTH}\t{NAME_CHILD}\t{DOB_CHILD}\t"
        "{NAME_REGISTER}\t{PHONE}",
    ),
    (
        "nl",
        "Mirëdita, ik ben de moeder van {NAME_CHILD}. Ons nieuwe adres is {ADDRESS}, postcode {POSTCODE_SPOKEN}.",
    ),
    (
        "nl",
        "@{NAME_MENTION} let op: in dossier {CUSTOMER_NUMBER_YOUTH} staat het oude adres ({ADDRESS}) nog, "
        "pleeggezin zit nu in {city}.",
    ),
    (
        "nl",
        "Geachte mevrouw {NAME_SURNAME},\n\nWij bevestigen de start van de begeleiding van uw kind {NAME_CHILD} "
        "per {date}.\n\nMet vriendelijke groet,\n\n{NAME_FULL}\n{job}\n{org}",
    ),
    ("nl", "Zorgbonus graag naar rekening {IBAN_ABROAD}; wij wonen sinds kort in België. {NAME_MARRIED}"),
]
