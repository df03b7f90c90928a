"""Dutch and Flemish templates of test_v78, part one: notaries and property transfers, estate settlement, rental of
medical aids, CBR medical declarations and car wash subscriptions, in Zoho Desk exports, iMessage threads, OneNote
pages, LINE messages, Google Docs comments, CSV rows without a header and signatures in capitals; several written by
Indonesian-Dutch and Hindustani-Surinamese customers."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- notaries and property transfers
    ("nl", "Concept-akte van levering: koper {NAME_FULL}, geboren {DOB}, wonende {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Graag de koopsom minus kosten storten op derdengeldenrekening; retour overwaarde naar {IBAN_NL}."),
    ("nl", "Zoho Desk #{count}{count} | Contact: {NAME_FULL} | E-mail: {EMAIL} | Onderwerp: passeerdatum woning"),
    ("nl", "De verkoper, {NAME_INITIALS}, heeft BSN {BSN} opgegeven voor de aangifte overdrachtsbelasting."),
    ("nl", "Hoi, wij tekenen {weekday} om {time} bij {firm}. Kun je me bellen op {PHONE}? Groet {NAME_FIRST}"),
    ("nl", "OneNote – Team Vastgoed – Dossier {NAME_SURNAME}: leveringsadres {ADDRESS}, sleuteloverdracht {date}."),
    (
        "nl",
        "Comment van {NAME_FULL}: hypotheekakte nog niet ontvangen, bel de bank.\nAssigned to {NAME_LOWER}",
    ),
    ("nl", "{NAME_FULL};{DOB};{ADDRESS};{POSTCODE};{city};koper;{PHONE}"),
    # ---- estate settlement after a death
    ("nl", "Verklaring van erfrecht: overledene {NAME_FULL}, geboren {DOB}, laatst wonende {ADDRESS}."),
    ("nl", "Als executeur vraag ik het saldo van rekening {IBAN} over te maken naar de boedelrekening. {NAME_CAPS}"),
    ("nl", "Mijn moeder {NAME_FULL} is op {date} overleden, haar klantnummer was {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Opzegging abonnement wegens overlijden, BSN overledene {BSN}, contactpersoon {NAME_FULL}, {EMAIL}."),
    ("nl", "iMessage: Tante {NAME_FIRST} heeft de papieren van opa, haar nummer is {PHONE} 🙏"),
    (
        "nl",
        "Selamat siang, ik ben de kleinzoon van {NAME_FULL}. Oma woonde op {ADDRESS} en is {date} heengegaan.",
    ),
    ("nl", "Polis uitvaartverzekering {CUSTOMER_NUMBER_POLICY} stond op naam van {NAME_INITIALS}, geb. {DOB}."),
    ("nl", "Ram ram, namens de familie {NAME_SURNAME} vraag ik de erfenis te verdelen; bereikbaar via {PHONE}."),
    # ---- rental of medical aids
    ("nl", "Huurovereenkomst rolstoel, contractnummer {CUSTOMER_NUMBER_CONTRACT}, gebruiker {NAME_FULL}."),
    ("nl", "Bezorging rollator bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}; bellen bij aankomst {PHONE}."),
    ("nl", "De huur van {amount} per maand wordt afgeschreven van {IBAN}, machtiging getekend door {NAME_FULL}."),
    ("nl", "Cliënt {NAME_FULL} (geb. {DOB}), lidnummer zorgverzekeraar {CUSTOMER_NUMBER_MEMBER}, wil een scootmobiel."),
    ("nl", "LINE: Mijn vader {NAME_FIRST} heeft de douchestoel niet gekregen, hij woont in {POSTCODE}."),
    ("nl", "Ophalen hoog-laagbed bij {ADDRESS} na overlijden van meneer {NAME_SURNAME}, sleutel bij de buren."),
    ("nl", "Zoho Desk export;{date};{NAME_CAPS};{EMAIL};rollator kapot;prio hoog"),
    # ---- CBR driving licence medical declarations
    ("nl", "Eigen Verklaring ingediend voor {NAME_FULL}, geboren {DOB}, BSN {BSN}, categorie C1."),
    ("nl", "Ik heb mijn Eigen Verklaring gedaan maar Mijn CBR toont nog niks. BSN: {BSN_SPOKEN}. {NAME_FIRST}"),
    ("nl", "CBR-keuring voor {NAME_INITIALS}, rijbewijs verloopt {date}, huisarts belt terug op {PHONE}."),
    ("nl", "Graag de uitslag van de keuring naar {EMAIL} sturen, ik ben {NAME_FULL} uit {city}."),
    ("nl", "Mevrouw {NAME_SURNAME} mag van de oogarts weer rijden; haar auto {PLATE} staat al {count} maanden stil."),
    ("nl", "Kosten medische keuring {amount} betaald met creditcard {CARD} door {NAME_FULL}."),
    # ---- car wash subscriptions
    ("nl", "Wasabonnement {product} gekoppeld aan kenteken {PLATE}, klant {NAME_FULL}."),
    ("nl", "De camera herkent mijn kenteken {PLATE} niet bij de wasstraat, abonnement {CUSTOMER_NUMBER_SUBSCRIPTION}."),
    ("nl", "Maandelijks {amount} van kaart {CARD}, maar ik heb het wasabonnement in {month} al opgezegd!"),
    ("nl", "Nieuw kenteken doorgeven: oud {PLATE}, nieuw {PLATE}. Groetjes, {NAME_FIRST} ({PHONE})"),
    ("nl", "Schade aan spiegel na wasbeurt, auto {PLATE} van {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "{NAME_LOWER},{EMAIL},{PLATE},{CUSTOMER_NUMBER_SUBSCRIPTION},actief"),
]
