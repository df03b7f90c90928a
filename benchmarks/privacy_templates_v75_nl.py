"""Dutch, Flemish and Sranan-mixed templates of test_v75: charge passes, salons, emergency plumbers, dog schools,
childcare waiting lists, e-bike warranty, loft conversions, cottage cleaning, accessible transport and kitchens, in
Jira comments, scanned letters, WhatsApp groups, phone-menu logs, Typeform answers, Outlook threads, tweets and
Messenger voice messages."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- electric car charging subscriptions
    (
        "nl",
        "[Jira SD-{count}{count}] Reactie van agent: laadpas {CUSTOMER_NUMBER_SUBSCRIPTION} geblokkeerd op "
        "verzoek van {NAME_FULL}.",
    ),
    ("nl", "Laadpasaanvraag via Typeform\n1. Naam: {NAME_FULL}\n2. Kenteken: {PLATE}\n3. IBAN voor incasso: {IBAN_NL}"),
    ("nl", "Thuislader geplaatst bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}; monteur meldt: groepenkast vol."),
    ("nl", "Ik rijd een ID.4 met kenteken {PLATE} en mijn sessies van {date} staan er dubbel op. Groet, {NAME_FIRST}"),
    (
        "nl",
        "Van: {NAME_FULL} <{EMAIL}>\nVerzonden: {weekday} {date} {time}\nAan: klantenservice\nOnderwerp: laadpas kwijt",
    ),
    ("nl", "IVR-log {time}: menu 2 (laadpas) > toets klantnummer: {CUSTOMER_NUMBER_CUSTOMER}# > doorverbonden"),
    ("nl", "Terugbetaling van {amount} voor dubbele laadsessie gaat naar {IBAN}, t.n.v. {NAME_CAPS}."),
    # ---- hairdressers and beauty salons
    (
        "nl",
        "WhatsApp-groep 'Salon Glow team'\n[{time}] {NAME_NICK}: {NAME_FULL} komt om {time} voor balayage, "
        "nummer {PHONE}",
    ),
    ("nl", "Afspraak geannuleerd door {NAME_LOWER}, tel {PHONE}, no-show kosten {amount} via Tikkie."),
    ("nl", "Klantkaart salon: {NAME_FULL}, geb. {DOB}, allergie voor ammoniak, vaste stylist op {weekday}."),
    (
        "nl",
        "Spraakbericht Messenger (0:42): \"hoi met {NAME_FIRST}, ik wil m'n gellak verzetten, bel me op "
        '{PHONE_SPOKEN}"',
    ),
    ("nl", "Verjaardagskorting voor stamgasten: {NAME_FIRST} is jarig op {DOB}, mail naar {EMAIL}."),
    ("nl", "Cadeaubon betaald met creditcard {CARD} door {NAME_FULL}, bezorgen op {ADDRESS}."),
    (
        "nl",
        "Tweet: Drie uur gewacht bij de kapper in {city}?! #slechteservice #nooitmeer\nDM: ik ben {NAME_FULL}, {PHONE}",
    ),
    # ---- emergency plumbers
    ("nl", "Spoedmelding {time}: lekkage bij {NAME_FULL}, {ADDRESS}, {POSTCODE}, hoofdkraan dicht, bel {PHONE}."),
    (
        "nl",
        "IVR-log {date} {time}: keuze 1 (spoed) > postcode ingetoetst: {POSTCODE} > huisnr 12 > terugbelnr "
        "{PHONE_DTMF}#",
    ),
    ("nl", "[Jira SD-{count}{count}] interne notitie: klant {NAME_SURNAME} wil de factuur op {EMAIL}, niet per post."),
    ("nl", "Voorrijkosten {amount} afgeschreven van kaart {CARD}; bewoner {NAME_INITIALS} tekent voor akkoord."),
    ("nl", "Mi brada, a pipa bron! Mi nen na {NAME_FULL}, mi e tan na {ADDRESS}. Kon esi, bel {PHONE}."),
    ("nl", "Verzekering dekt de ontstopping: polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}."),
    ("nl", "Gescande brief, stempel 'ONTVANGEN {date}'. Afzender: {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}."),
    # ---- dog training schools
    ("nl", "Inschrijving puppycursus via Typeform: baasje {NAME_FULL}, e-mail {EMAIL}, hond Bolt (labrador, 14 wkn)."),
    (
        "nl",
        "WhatsApp 'Puppyklas dinsdag'\n{NAME_NICK}: wie heeft mijn clicker meegenomen?\n{NAME_NICK}: ik! "
        "breng hem {weekday}",
    ),
    ("nl", "Lidmaatschap kynologenclub {CUSTOMER_NUMBER_MEMBER} op naam van {NAME_FULL}, contributie van {IBAN}."),
    ("nl", 'Spraakbericht: "ja hallo, {NAME_FIRST} hier van Bolt, we komen vanavond niet, mijn nummer is {PHONE}"'),
    ("nl", "Wi dagu no wani harki, fa mi musu du? Groetjes {NAME_FULL} uit {city}"),
    ("nl", "Bewijs van deelname: de hond van {NAME_INITIALS} (geb. eigenaar {DOB}) slaagde voor het BH-examen."),
    # ---- childcare waiting lists
    ("nl", "Wachtlijst kinderopvang: kind {NAME_FULL}, geboren {DOB}, BSN kind {BSN}, startdatum {date}."),
    ("nl", "Typeform 'Plaatsingsverzoek'\nQ3 Naam ouder: {NAME_FULL}\nQ4 Telefoon: {PHONE}\nQ5 Postcode: {POSTCODE}"),
    (
        "nl",
        "Van: {EMAIL}\nVerzonden: {weekday} {date}\nAan: Planning Kinderopvang\nOnderwerp: RE: "
        "wachtlijstpositie {NAME_FULL}",
    ),
    ("nl", "Voor de kinderopvangtoeslag hebben wij het BSN van de aanvrager nodig: {BSN} ({NAME_INITIALS})."),
    ("nl", "Ontvangen brief met handgeschreven notitie in de kantlijn: 'bel mevr. {NAME_SURNAME} terug, {PHONE}'."),
    ("nl", "Mi pikin {NAME_FIRST} e go na skoro tra yari, mi wani a presi na wachtlijst. Mi BSN na {BSN}."),
    ("nl", "Contract kinderopvang {CUSTOMER_NUMBER_CONTRACT}: ouders {NAME_COUPLE}, incasso van {IBAN_NL}."),
    # ---- e-bike warranty claims
    ("nl", "Garantieclaim e-bike: eigenaar {NAME_FULL}, aankoopdatum {date}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "[Jira SD-{count}{count}] {NAME_FULL} schreef: accu laadt niet meer op, stuur vervanging naar {ADDRESS}."),
    (
        "nl",
        "Tweet: @GazelleNL mijn motor maakt een piepend geluid na {count} km #ebike #garantie - DM gestuurd ({EMAIL})",
    ),
    ("nl", "Terugbetaling na afwijzing claim naar rekening {IBAN}; klant {NAME_LOWER}, {POSTCODE}."),
    ("nl", "Ophaalafspraak fiets bij {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} {city}; contact {PHONE_ABROAD}."),
    ("nl", 'Spraakbericht (1:05): "ja, met {NAME_FULL}, mijn frame is gescheurd, mijn e-mail is {EMAIL_SPOKEN}"'),
    ("nl", "IVR-log: menu 4 (garantie) > geboortedatum ingetoetst {DOB_DTMF} > verificatie ok > wachtrij 3"),
    # ---- loft conversions
    ("nl", "Offerte dakkapel voor {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}: 3 meter, {amount} incl. btw."),
    ("nl", "Gescande vergunningsaanvraag, stempel gemeente {date}; aanvrager {NAME_CAPS}, BSN {BSN}."),
    (
        "nl",
        "Opdrachtbevestiging {CUSTOMER_NUMBER_CONTRACT}: aanbetaling {amount} van {IBAN_NL}, opdrachtgever "
        "{NAME_INITIALS}.",
    ),
    (
        "nl",
        "Van: {NAME_FULL}\nVerzonden: {date} {time}\nAan: werkvoorbereiding\nOnderwerp: steiger voor de "
        "deur, bel {PHONE}",
    ),
    ("nl", "Handgeschreven op de tekening: 'buurman {NAME_SURNAME} akkoord met raam, tel. {PHONE}'"),
    ("nl", "De aannemer mag de bouwbus parkeren naast mijn auto ({PLATE}), groet {NAME_FIRST}."),
    # ---- holiday cottage cleaning
    ("nl", "WhatsApp-groep 'Schoonmaak Domburg'\n{NAME_NICK}: huisje 14 klaar\n{NAME_NICK}: sleutel bij {NAME_FULL}"),
    ("nl", "Eigenaar vakantiehuis {NAME_FULL} wil de schoonmaakfactuur op {EMAIL}; betaalt per {IBAN}."),
    ("nl", "Ik ben eigenaar van het huisje op {ADDRESS}, {POSTCODE} {town}, en de eindschoonmaak is niet gedaan."),
    ("nl", "Gast reed met kenteken {PLATE_ABROAD} het erf op; verhuurder {NAME_LOWER} belde ons om {time}."),
    ("nl", "Schoonmaakcontract {CUSTOMER_NUMBER_CONTRACT} op naam van {NAME_FULL}, tel. {PHONE}."),
    ("nl", "Borg terug naar creditcard {CARD}, huurder {NAME_FULL}, verblijf tot {date}."),
    # ---- accessible transport
    (
        "nl",
        "Ritaanvraag Wmo-vervoer: {NAME_FULL}, pasnummer {CUSTOMER_NUMBER_MEMBER}, ophalen {ADDRESS} om "
        "{time}, rolstoel.",
    ),
    (
        "nl",
        "IVR-log {time}: taal NL > toets 3 (rit boeken) > pasnummer {CUSTOMER_NUMBER_MEMBER}# > "
        "geboortedatum {DOB_DTMF}#",
    ),
    ("nl", "Mi mama {NAME_FULL} no man waka moro, a taxi musu kon teki en na {ADDRESS}, {POSTCODE}."),
    ("nl", "Indicatie Valys aangevraagd met BSN {BSN_SPOKEN}, zei de beller aan de telefoon."),
    ("nl", "Klacht: chauffeur kwam niet voor {NAME_INITIALS}, geboren {DOB}, woonachtig {ADDRESS}."),
    ("nl", 'Spraakbericht Messenger: "dag, hier is {NAME_FULL}, mijn begeleider is {NAME_FIRST}, bel {PHONE}"'),
    (
        "nl",
        "Tweet: Weer een uur te laat, mijn moeder zit in een rolstoel! #wmovervoer #schande\nReactie: DM "
        "ons, mevrouw {NAME_SURNAME}?",
    ),
    # ---- kitchen showrooms
    ("nl", "Afspraak showroom {firm}: {NAME_COUPLE}, {ADDRESS}, {POSTCODE} {city}, tel. {PHONE}."),
    ("nl", "Koopovereenkomst keuken {CUSTOMER_NUMBER_CONTRACT}, koper {NAME_FULL}, geb. {DOB}, BSN {BSN}."),
    ("nl", "Aanbetaling keuken {amount} met kaart {CARD} door {NAME_INITIALS} in de showroom in {city}."),
    (
        "nl",
        "[Jira SD-{count}{count}] reactie {NAME_FIRST}: monteur stond voor {ADDRESS} maar niemand thuis, "
        "klantnr {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Bezorging keukenblok: chauffeur met kenteken {PLATE} belt {PHONE} een half uur voor aankomst."),
    ("nl", "Typeform tevredenheid\nWaar woont u? {POSTCODE}\nMogen we u bellen? Ja, op {PHONE}\nNaam: {NAME_FIRST}"),
    ("nl", "Gescande factuur met stempel 'BETAALD {date}' en pen: 'restant {amount} via {IBAN_NL}, {NAME_SURNAME}'."),
    ("nl", "Fa waka, mi wani wan nyun keuken. Mi nen {NAME_FULL}, mi e-mail na {EMAIL}, mi nummer {PHONE_ABROAD}."),
]
