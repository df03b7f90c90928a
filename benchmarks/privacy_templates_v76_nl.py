"""Dutch, Flemish and Frisian-coloured templates of test_v76: water boards and municipal taxes, scooter and moped
insurance, allotments, foster care, yacht charters, tutoring, blood donation, sports physiotherapy, glass
replacement and bike couriers, in Forms exports, Trello comments, quoted chats, shorthand phone notes, letters with
a reference block, Telegram, Google Chat and speech transcripts that spell names with NATO words."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- water boards and municipal taxes (letters with a reference block)
    (
        "nl",
        "Uw kenmerk: debiteurnummer {CUSTOMER_NUMBER_CUSTOMER}\nOns kenmerk: {ours}\nDatum: {date}\n\n"
        "Geachte heer, mevrouw, hierbij maak ik bezwaar tegen de aanslag watersysteemheffing. {NAME_INITIALS}",
    ),
    (
        "nl",
        "Uw kenmerk: {CUSTOMER_NUMBER_CUSTOMER} | Ons kenmerk: {ours} | Datum: {date}\nBetreft: kwijtschelding "
        "gemeentelijke belastingen voor {ADDRESS}, {POSTCODE} {city}",
    ),
    ("nl", "Bezwaarschrift van {NAME_FULL}, BSN {BSN}, tegen de WOZ-waarde van {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "De zuiveringsheffing van {amount} wordt in {count} termijnen afgeschreven van {IBAN_NL}."),
    ("nl", "Wetterskip, relatienummer {CUSTOMER_NUMBER_CUSTOMER}: ik bin per {date} ferhuisd nei {ADDRESS}."),
    (
        "nl",
        "Hoi, ik heb de aanslag wol krigen maar ik woon hier pas sinds {date}. Myn naam is {NAME_FULL}, "
        "telefoan {PHONE}.",
    ),
    ("nl", "Machtiging automatische incasso afvalstoffenheffing: rekening {IBAN}, t.n.v. {NAME_CAPS}."),
    (
        "nl",
        "Telefoonnotitie: mvr {NAME_SURNAME} belt ivm aanslag 2025 wil betalingsregeling tel {PHONE} bsn {BSN} tvb",
    ),
    # ---- scooter and moped insurance
    (
        "nl",
        "Mijn scooter met kenteken {PLATE_MOPED} is gisteravond gestolen bij het station, polis "
        "{CUSTOMER_NUMBER_POLICY}.",
    ),
    (
        "nl",
        "> hoi mijn zoon {NAME_FIRST} is geboren op {DOB}, mag hij al op de {product}?\nAgent: Vanaf 16 jaar mag "
        "dat, dus dat is in orde.",
    ),
    ("nl", "Aanvraag bromfietsverzekering: bestuurder {NAME_FULL}, geb. {DOB}, kenteken {PLATE_MOPED}, tel {PHONE}."),
    ("nl", "Schade aan de {product} van {NAME_INITIALS}, tegenpartij reed in auto {PLATE}."),
    (
        "nl",
        "> Ik heb al 3x gebeld, mijn polisnummer is {CUSTOMER_NUMBER_POLICY}!!\n{bot}: Sorry voor het wachten, "
        "ik kijk het nu na.",
    ),
    ("nl", "Telegram | {NAME_NICK}: premie scooter is 2x afgeschreven van {IBAN}, graag terugstorten"),
    # ---- allotment gardens
    (
        "nl",
        "Microsoft Forms-export;ID {count};{date} {time};{EMAIL};{NAME_FULL};{code};'wil graag een kleinere tuin'",
    ),
    (
        "nl",
        "Aanmelding wachtlijst volkstuin: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, lidnummer "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Contributie tuinvereniging {amount} per jaar, incasso van {IBAN_NL} ten name van {NAME_INITIALS}."),
    (
        "nl",
        "Trello | kaart 'Tuin {count} verwaarloosd' | reactie: lid {NAME_SURNAME} is gebeld op {PHONE}, belooft "
        "voor {date} te maaien.",
    ),
    ("nl", "Bestuur, mijn buurman op tuin {count} ({NAME_FULL}) laat zijn kippen los lopen. Groet, {NAME_FIRST}"),
    # ---- foster care agencies
    (
        "nl",
        "Pleegzorgdossier {CUSTOMER_NUMBER_CONTRACT}: pleegkind {NAME_FIRST}, geboren {DOB}, BSN {BSN}, "
        "geplaatst per {date}.",
    ),
    ("nl", "Pleegouders {NAME_FULL} en {NAME_FULL} wonen op {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "De pleegvergoeding van {amount} per maand gaat naar rekening {IBAN}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    (
        "nl",
        "Google Chat · Team Pleegzorg Noord\n{NAME_FULL}, {time}: moeder van {NAME_FIRST} belde vanaf {PHONE_ABROAD}, "
        "wil bezoek in {city}",
    ),
    ("nl", "tel nt pleegmoeder {NAME_LOWER} kind {NAME_FIRST} ziek ivm bezoekregeling bellen op {PHONE} na 3 uur"),
    # ---- yacht charters
    ("nl", "Charterovereenkomst {CUSTOMER_NUMBER_CONTRACT}: huurder {NAME_FULL}, schipper vaarbewijs, boot {product}."),
    ("nl", "Borg van {amount} voor de {product} is vastgezet op creditcard {CARD}; huurder {NAME_INITIALS}."),
    ("nl", "Hallo, de borg graag terug op {IBAN}, wij hebben de boot op {date} netjes ingeleverd. {NAME_FULL}"),
    ("nl", "Telegram | {NAME_NICK}: we liggen bij {place}, motor start niet! bel {PHONE_ABROAD}"),
    ("nl", "Bemanningslijst: {NAME_FULL} ({DOB}), {NAME_FULL} ({DOB}), contact aan wal {PHONE}."),
    ("nl", "De auto van de charteraars ({PLATE_ABROAD}) mag op ons terrein staan, sleutel bij de havenmeester."),
    # ---- private tutoring agencies
    ("nl", "Intake bijles: leerling {NAME_FIRST} {NAME_SURNAME}, geboortedatum {DOB}, ouder {NAME_FULL}, {EMAIL}."),
    (
        "nl",
        "Microsoft Forms-export: Naam leerling={NAME_FULL}; Klas=3 havo; Telefoon ouder={PHONE}; "
        "Postcode={POSTCODE}; Vak=wiskunde",
    ),
    ("nl", "De bijlesdocent komt op {weekday} naar {ADDRESS}; vragen aan {NAME_FIRST} via {PHONE}."),
    ("nl", "Factuur bijles {ref}: klantnummer {CUSTOMER_NUMBER_CUSTOMER}, bedrag {amount}, betaald met {CARD}."),
    (
        "nl",
        "Trello | kaart 'Examentraining' | reactie van {NAME_NICK}: ouders ({EMAIL}) willen extra lessen voor {date}",
    ),
    # ---- blood donation appointments
    ("nl", "Uw afspraak om bloed te geven: {weekday} {time}, donornummer {CUSTOMER_NUMBER_MEMBER}, {NAME_INITIALS}."),
    ("nl", "Nieuwe donor {NAME_FULL}, geboren {DOB}, {ADDRESS}, {POSTCODE} {city}, mobiel {PHONE}."),
    (
        "nl",
        "> mijn donornummer is {CUSTOMER_NUMBER_MEMBER}, kan ik verzetten naar {weekday}?\n{bot}: Dat kan, "
        "ik heb {time} voor u vastgezet.",
    ),
    (
        "nl",
        "Donor met geboortedatum {DOB} mag pas over {count} weken weer plasma geven, zegt {NAME_FIRST} van de balie.",
    ),
    ("nl", "Bloedgroepkaart gestuurd naar {ADDRESS}, {POSTCODE} {town}, t.a.v. {NAME_FULL}."),
    # ---- sports injury physiotherapy
    ("nl", "Verwijzing sportfysiotherapie: {NAME_FULL}, geb. {DOB}, BSN {BSN}, enkelblessure na hockey."),
    ("nl", "Declaratie fysio met polisnummer {CUSTOMER_NUMBER_POLICY} en BSN {BSN} is afgewezen, graag uitleg."),
    ("nl", "tel nt {NAME_FIRST} {NAME_SURNAME} knie weer dik na training wil eerder komen terugbellen {PHONE}"),
    (
        "nl",
        "Google Chat · Fysio Topsport\n{NAME_FULL}, {time}: patiënt {NAME_LOWER} zegt af voor {weekday}, "
        "nieuwe afspraak mailen naar {EMAIL}",
    ),
    ("nl", "Hoi! ik ben {NAME_FIRST}, mijn hamstring speelt weer op, kunnen jullie me bellen op {PHONE_SPOKEN}?"),
    # ---- glass and window replacement
    (
        "nl",
        "Ruitschade: voorruit van {PLATE} gesprongen door steenslag, klant {NAME_FULL}, polis "
        "{CUSTOMER_NUMBER_POLICY}.",
    ),
    (
        "nl",
        "Offerte {ref} HR++ glas voor {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}. Bij akkoord aanbetaling "
        "{amount} via {IBAN_NL}.",
    ),
    ("nl", "Trello | kaart 'Ruit {town}' | reactie: glaszetter belt klant {NAME_SURNAME} op {PHONE} voor inmeten."),
    ("nl", "Ik heb de nieuwe ruit al betaald met mijn creditcard {CARD} maar de monteur kwam niet. {NAME_FULL}"),
    ("nl", "Carglass komt naar {ADDRESS}, {POSTCODE_BE} {city}; gsm klant {PHONE_ABROAD}, nummerplaat {PLATE_ABROAD}."),
    # ---- bike couriers
    ("nl", "Google Chat · Koeriers {city}\n{NAME_FULL}, {time}: pakket voor {ADDRESS} kon niet bezorgd, klant {PHONE}"),
    ("nl", "Uitbetaling koerier {NAME_FULL}, IBAN {IBAN}, BSN {BSN}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Telegram | {NAME_NICK}: ik sta voor de deur bij {POSTCODE} maar niemand doet open"),
    ("nl", "Klacht: koerier reed met scooter {PLATE_MOPED} over de stoep bij {ADDRESS}, melder {NAME_FULL}."),
    ("nl", "> levering graag bij de buren, {ADDRESS}, mijn naam is {NAME_LOWER}\n{bot}: Genoteerd!"),
    # ---- Frisian customers writing Dutch
    ("nl", "Goeiemoarn, hjir is {NAME_FULL} út {town}. Myn mail is {EMAIL}, wol jimme my de polis stjoere?"),
    ("nl", "Ik bin berne op {DOB} en myn heit {NAME_FULL} hat de tún al jierren, kin ik dy oernimme?"),
    ("nl", "Us adres is {ADDRESS}, {POSTCODE} {town}. Groetnis, {NAME_FIRST} en {NAME_FIRST}"),
    # ---- speech transcripts spelling with NATO words
    ("nl", "Transcript: klant: mijn achternaam is {NAME_SURNAME}, {NAME_SPELLED}, en mijn postcode {POSTCODE}."),
    ("nl", "Spraakherkenning: 'ik spel het even: {NAME_SPELLED}' – voornaam {NAME_FIRST}, geboren {DOB}."),
    ("nl", "Transcript {time}: beller geeft e-mail door als {EMAIL_SPOKEN}, naam {NAME_FULL}."),
    ("nl", "Transcript: 'mijn BSN is {BSN_SPOKEN}', beller {NAME_SURNAME}, {NAME_SPELLED}."),
    ("nl", "Transcript: klant noemt kenteken {PLATE}, achternaam {NAME_SURNAME}, gespeld {NAME_SPELLED}."),
    # ---- mixed
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}: adres gewijzigd naar {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Vlaamse klant {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} {city}, gsm {PHONE_ABROAD}, rekening {IBAN}."),
    ("nl", "Graag de polis {CUSTOMER_NUMBER_POLICY} overzetten op naam van {NAME_FULL}, geboren {DOB}."),
    ("nl", "Lidmaatschap {CUSTOMER_NUMBER_MEMBER} opzeggen per {date}, bevestiging naar {EMAIL}. {NAME_CAPS}"),
    ("nl", "Opzegging volkstuin per {date}: {NAME_FULL}, lidnr. {CUSTOMER_NUMBER_MEMBER}, sleutel ingeleverd."),
    ("nl", "Scooterongeluk, bestuurder {NAME_FULL} ({DOB}) naar de fysio, tegenpartij kenteken {PLATE}."),
    ("nl", "Pinautomaat weigerde, klant rekende af met creditcard {CARD}, bon {ref}."),
]
