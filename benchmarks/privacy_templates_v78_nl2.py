"""Dutch and Flemish templates of test_v78, part two: printer ink and streaming subscriptions, office cleaning,
ski rental and winter sports trips, toll badges and vignettes, in LINE and iMessage chats, Mastodon posts, Zoho Desk
exports, Google Docs comments, OneNote pages, CSV rows and signatures in capitals."""

from __future__ import annotations

NL2: list[tuple[str, str]] = [
    # ---- printer ink subscriptions
    ("nl", "Inktabonnement {CUSTOMER_NUMBER_SUBSCRIPTION}: cartridges sturen naar {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("nl", "Mijn printer zegt dat het abonnement verlopen is, maar {amount} is gewoon van {IBAN} afgeschreven."),
    ("nl", "Klant {NAME_INITIALS} (klantnr. {CUSTOMER_NUMBER_CUSTOMER}) wil overstappen naar {product}."),
    ("nl", "Toot van {NAME_HANDLE}: al {count} dagen geen inkt en de helpdesk reageert niet #printer"),
    ("nl", "Retourlabel voor lege cartridges mailen naar {EMAIL_SPOKEN}, zei de klant aan de telefoon."),
    # ---- streaming service accounts
    (
        "nl",
        "Iemand anders kijkt op mijn account {EMAIL}! Graag alles uitloggen. {NAME_FIRST}",
    ),
    ("nl", "Streamingaccount op naam van {NAME_FULL}, betaald met {CARD}, abonnement {CUSTOMER_NUMBER_SUBSCRIPTION}."),
    ("nl", "@{bot} waarom is mijn Videoland opeens duurder? Groet, {NAME_HANDLE}"),
    ("nl", "Hallo, ik ben {NAME_FULL}, geboren {DOB}; mijn profiel is kwijt na de update."),
    ("nl", "Terugbetaling dubbele afschrijving naar {IBAN_NL}, rekeninghouder {NAME_CAPS}."),
    (
        "nl",
        "Mastodon: {NAME_HANDLE} schreef: 'na {count} jaar opgezegd, klantnummer {CUSTOMER_NUMBER_CUSTOMER} mag weg'",
    ),
    # ---- office cleaning companies
    ("nl", "Schoonmaakcontract {CUSTOMER_NUMBER_CONTRACT}: contactpersoon {NAME_FULL}, {PHONE}, kantoor op {ADDRESS}."),
    ("nl", "Nieuwe schoonmaker {NAME_FULL}, geboren {DOB}, BSN {BSN}, start {weekday} bij {firm}."),
    ("nl", "Loonstrook schoonmaker naar {ADDRESS}, {POSTCODE} {city}; salaris op {IBAN}."),
    ("nl", "Google Docs-opmerking: sleutelkluis code gewijzigd, wie heeft hem?\nAssigned to {EMAIL}"),
    ("nl", "OneNote – Planning Schoonmaak – {weekday}: {NAME_FIRST} doet verdieping 2, {NAME_FIRST} de keuken."),
    ("nl", "Klacht facilitair: prullenbakken niet geleegd. Meldt: {NAME_FULL}, telefoon {PHONE_ABROAD}."),
    ("nl", "MET VRIENDELIJKE GROET,\n{NAME_CAPS}\nFACILITAIR MANAGER\nT {PHONE}"),
    # ---- ski rental and winter sports trips
    ("nl", "Skihuur voor {NAME_FULL}, geboortedatum {DOB}, lengte 182 cm, ski's {product}."),
    ("nl", "Reservering {ref}: reizigers {NAME_COUPLE}, vertrek {date} naar {town}."),
    ("nl", "LINE: Hoi! Mijn Oostenrijkse nummer is {PHONE_ABROAD}, bel me als de skibus er is. {NAME_FIRST}"),
    ("nl", "Borg skiverhuur {amount} geblokkeerd op {CARD}; huurder {NAME_SURNAME}, hotel in {town}."),
    ("nl", "Annulering wintersport, polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, postcode {POSTCODE}."),
    ("nl", "Post voor het chalet: {POSTCODE_ABROAD} {town}, t.a.v. {NAME_FULL}."),
    ("nl", "Gebroken been op de piste, ziektekostenverzekering lidnummer {CUSTOMER_NUMBER_MEMBER}, BSN {BSN}."),
    # ---- toll badges and vignettes
    ("nl", "Tolbadge gekoppeld aan kenteken {PLATE_ABROAD} en {PLATE}, eigenaar {NAME_FULL}."),
    ("nl", "Digitale vignet besteld voor {PLATE}, bevestiging naar {EMAIL}, betaald met {CARD}."),
    ("nl", "Ik kreeg een boete uit Oostenrijk terwijl mijn vignet voor {PLATE} geldig was! {NAME_FULL}, {PHONE}"),
    ("nl", "Afrekening tolbadge gaat van {IBAN}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Go-Box aanvraag: {NAME_CAPS};{ADDRESS};{POSTCODE};{PLATE};{DOB}"),
    (
        "nl",
        "Ha die, kun je even checken of mijn badge ({CUSTOMER_NUMBER_CUSTOMER}) werkt? Ik ben in {place}. {NAME_FIRST}",
    ),
    ("nl", "Meneer belde vanaf {PHONE_SPOKEN} over zijn vignet, naam {NAME_SURNAME}, auto {PLATE}."),
    ("nl", "Toot van {NAME_HANDLE}: Brennerpas dicht, mijn tolbadge rekende toch {amount} af. Mail {EMAIL}"),
    ("nl", "Beste, ik ben {NAME_FIRST}, zzp-schoonmaker; factuuradres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Namens mijn schoonvader Pak {NAME_SURNAME}: de rolstoel mag opgehaald worden, bel {PHONE}."),
    ("nl", "Bhai, de notaris wil jouw BSN {BSN} en geboortedatum {DOB} voor de akte, stuur je die? {NAME_FIRST}"),
    ("nl", "Kwitantie: {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, tel. {PHONE_ABROAD}, betaald {amount}."),
]
