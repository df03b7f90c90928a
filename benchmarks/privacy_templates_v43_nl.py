"""Dutch and Flemish templates of test_v43: home, travel and pet insurance, mortgages and consumer credit, debt
collection, water and district heating, internet TV, schools and after-school care, libraries and museums,
charities, movers and funeral insurance."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- home insurance
    (
        "nl",
        "Schademelding inboedel: lekkage bij de bovenburen. Verzekerde {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, "
        "polis {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "Uitkering schade {claim} ({amount}) graag overmaken naar {IBAN} t.n.v. {NAME_INITIALS}."),
    (
        "nl",
        "De expert van {insurer} komt {date} om {time} op {ADDRESS}. Bel even vooraf naar {PHONE}, groet {NAME_FIRST}",
    ),
    ("nl", "Stormschade aan het dak, {ADDRESS} in {city}. Ik ben bereikbaar op {PHONE_LANDLINE} (na {time})."),
    ("nl", "De bestelbus van de buren ({PLATE}) is tegen onze schuur gereden, schadenummer {claim}."),
    ("nl", "Glasschade: nieuwe ruit besteld bij {firm}, factuur {invoice} gaat naar {EMAIL}."),
    # ---- travel insurance
    (
        "nl",
        "Mijn {item} is gestolen in {destination}. Reispolis {CUSTOMER_NUMBER_POLICY}, geboortedatum {DOB}, "
        "aangifte gedaan op {date}.",
    ),
    ("nl", "Ik zit nog in {destination}, bel me op {PHONE_INTL}. Groetjes {NAME_FULL}"),
    ("nl", "Pechhulp buitenland: onze auto {PLATE} staat stil bij {destination}, ik ben {NAME_FULL}."),
    ("nl", "De ziekenhuisrekening in {destination} heb ik betaald met creditcard {CARD}, {amount}."),
    ("nl", "Annuleringsverzekering: reis geannuleerd wegens ziekte van mijn moeder {NAME_MARRIED}, geb. {DOB}."),
    # ---- pet insurance
    (
        "nl",
        "Dierenverzekering voor onze {breed} {pet}; eigenaar {NAME_FULL}, polis {CUSTOMER_NUMBER_POLICY}, "
        "dierenartsnota {amount}.",
    ),
    ("nl", "Nota van de dierenarts voor {pet} ({amount}) graag terugstorten op {IBAN}. Mvg {NAME_SURNAME}"),
    ("nl", "{pet} heeft een nieuwe eigenaar: {NAME_FULL}, {EMAIL}, {PHONE}. Kan de polis over?"),
    # ---- mortgage and consumer credit
    (
        "nl",
        "Hypotheekaanvraag {NAME_FULL} en {NAME_FULL}, leningnummer {CUSTOMER_NUMBER_LOAN}, onderpand {ADDRESS}, "
        "{POSTCODE} {city}.",
    ),
    ("nl", "Ik wil {amount} extra aflossen op lening {CUSTOMER_NUMBER_LOAN} vanaf rekening {IBAN}."),
    ("nl", "Voor de kredietcheck: BSN {BSN}, geboren {DOB}, werkzaam bij {firm} sinds {date}."),
    ("nl", "Persoonlijke lening bij {lender} afgewezen; graag uitleg per mail naar {EMAIL}. {NAME_INITIALS}"),
    ("nl", "Autofinanciering voor de {PLATE}, contract {CUSTOMER_NUMBER_LOAN}, rente {percent}."),
    ("nl", "Rentevoorstel verloopt {date}. Mijn werkmail is {EMAIL_WORK}, mobiel {PHONE}."),
    ("nl", "Taxateur bevestigd voor {ADDRESS}, {POSTCODE}: {weekday} om {time}. Contact: {NAME_MARRIED}."),
    # ---- debt collection
    (
        "nl",
        "Dossier {CUSTOMER_NUMBER_DEBT}: debiteur {NAME_REGISTER}, hoofdsom {amount}, laatst bekend adres "
        "{ADDRESS}, {POSTCODE} {city}.",
    ),
    ("nl", "Ik betwist de vordering van {collector}. Ik heb nooit op {ADDRESS} gewoond. {NAME_FULL}, geb. {DOB}"),
    (
        "nl",
        "Betalingsregeling: {count} termijnen van {amount} vanaf {IBAN}, dossiernummer {CUSTOMER_NUMBER_DEBT}.",
    ),
    ("nl", "De deurwaarder stond bij mijn moeder {NAME_FULL} op de stoep, {ADDRESS}. Dat is haar adres niet eens!"),
    ("nl", "Beslag gelegd op de auto met kenteken {PLATE} van {NAME_SURNAME}; zaak {CUSTOMER_NUMBER_DEBT}."),
    ("nl", "Mijn schuldhulpverlener belt u, haar nummer is {PHONE_LANDLINE}. Ik ben {NAME_FULL}, BSN {BSN}."),
    ("nl", "Betaald met kaart {CARD} op {date}, toch weer een aanmaning van {collector}?!"),
    # ---- water and district heating
    ("nl", "Lekkage vóór de watermeter bij {ADDRESS}, {city}. Klant {NAME_FULL}, tel. {PHONE_LANDLINE}."),
    (
        "nl",
        "Stadsverwarming: de {product} op {ADDRESS} staat op {usage}. Klantnummer {CUSTOMER_NUMBER_UTILITY}.",
    ),
    ("nl", "Voorschot water graag naar {amount}, klantnummer {CUSTOMER_NUMBER_UTILITY}, rekening {IBAN}."),
    ("nl", "Nieuwe bewoner per {date}: {NAME_FULL}, geboren {DOB}, adres {ADDRESS} {POSTCODE}."),
    ("nl", "Warmte valt steeds uit, al {count} dagen. {NAME_SURNAME}, {POSTCODE}, {EMAIL}"),
    # ---- internet and TV
    (
        "nl",
        "Storing {product} sinds {date}; klant {NAME_FULL}, klantnummer {CUSTOMER_NUMBER_TELECOM}, terugbellen "
        "op {PHONE}.",
    ),
    (
        "nl",
        "Abonnement verhuist mee naar {ADDRESS}, {POSTCODE} {city} per {date}. Klantnr {CUSTOMER_NUMBER_TELECOM}.",
    ),
    ("nl", "Monteur van {telecom} mag bellen naar {PHONE}; ik ben {weekday} thuis. Gr {NAME_FIRST}"),
    ("nl", "Zenderpakket met {channel} opzeggen. Incasso loopt via {IBAN}, op naam van {NAME_UPPER}."),
    ("nl", "Ik heb de nieuwe box met mijn {CARD} betaald maar zie nog steeds {amount} openstaan."),
    # ---- schools and after-school care
    (
        "nl",
        "Aanmelding {school} voor {NAME_CHILD}, geboren {DOB_CHILD}. Ouder: {NAME_FULL}, {EMAIL}, {PHONE}.",
    ),
    ("nl", "{NAME_CHILD} wordt vandaag om {time} opgehaald door opa {NAME_FULL} met de auto {PLATE}."),
    ("nl", "Kinderopvangtoeslag: BSN ouder {BSN}, contractnummer {CUSTOMER_NUMBER_CHILDCARE}, {count} dagen BSO."),
    ("nl", "Ouderbijdrage {amount} is dubbel afgeschreven van {IBAN}; het gaat om {NAME_CHILD} uit groep {groep}."),
    ("nl", "Wijziging adres leerling {CUSTOMER_NUMBER_CHILDCARE}: nieuw adres {ADDRESS}, {POSTCODE} {city}."),
    # ---- libraries and museums
    ("nl", "Bibliotheekpas {CUSTOMER_NUMBER_LIBRARY} van {NAME_FULL} is verlopen, openstaande boete {amount}."),
    (
        "nl",
        "Museumkaart {CUSTOMER_NUMBER_MUSEUM} op naam van {NAME_FULL} ({DOB}) kwijtgeraakt in het {museum}.",
    ),
    ("nl", "Graag de nieuwe pas sturen naar {ADDRESS}, {POSTCODE} {city}. Lidnummer {CUSTOMER_NUMBER_LIBRARY}."),
    ("nl", "Jaarabonnement {museum} betaald met {CARD}, maar geen bevestiging ontvangen op {EMAIL}."),
    # ---- charities and donors
    (
        "nl",
        "Donateur {NAME_INITIALS}, nummer {CUSTOMER_NUMBER_DONOR}, stopt de maandelijkse gift van {amount}; "
        "incasso van {IBAN}.",
    ),
    ("nl", "Periodieke gift vastleggen bij {charity}: schenker {NAME_FULL}, BSN {BSN}, geboortedatum {DOB}."),
    ("nl", "Stuur de jaaropgave voor de belasting naar {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_MARRIED}."),
    ("nl", "Graag geen post meer van {charity}, ook niet naar mijn zus {NAME_FULL}. Donateur {CUSTOMER_NUMBER_DONOR}"),
    ("nl", "Eenmalige gift aan {charity} van {amount} met creditcard {CARD}. Kwitantie naar {EMAIL} graag."),
    ("nl", "Akte van overlijden bijgevoegd; BSN van de overledene {BSN}, polis {CUSTOMER_NUMBER_FUNERAL}."),
    # ---- movers
    ("nl", "Verhuizing {date} van {ADDRESS} naar {ADDRESS}; offerte {quote}; bel {PHONE} bij vertraging."),
    ("nl", "Ontheffing laden en lossen aangevraagd voor mijn eigen busje {PLATE}, {ADDRESS} {city}."),
    ("nl", "Schade aan de piano na verhuizing door {mover}. {NAME_FULL}, {EMAIL}, nieuw adres {ADDRESS}."),
    # ---- funeral insurance
    (
        "nl",
        "Overlijdensmelding: verzekerde {NAME_FULL}, geboren {DOB}, overleden op {date}, polis "
        "{CUSTOMER_NUMBER_FUNERAL}.",
    ),
    ("nl", "Uitkering van de uitvaartpolis naar {IBAN} t.n.v. erven {NAME_SURNAME}."),
    ("nl", "Mijn vader {NAME_FULL} is geboren op {DOB_WORDS}, niet op de datum in uw brief."),
    ("nl", "Contactpersoon nabestaanden: {NAME_FULL} (dochter), {PHONE}, {EMAIL}."),
    ("nl", "Mijn oma {NAME_MARRIED} woonde op {ADDRESS}, {POSTCODE} {city}; de polis is {CUSTOMER_NUMBER_FUNERAL}."),
    # ---- Flemish customers
    (
        "nl",
        "Goeiendag, ik ben klant bij {telecom} met klantnummer {CUSTOMER_NUMBER_TELECOM}. Mijn nummer is {PHONE_BE}. "
        "Mvg, {NAME_FULL}",
    ),
    ("nl", "Ik woon sinds {date} op de {ADDRESS_BE}, {be_place}. Gelieve de facturen daarheen te sturen."),
    ("nl", "Terugbetaling mag op mijn Belgische rekening {IBAN_BE}, op naam van {NAME_FULL}."),
    ("nl", "Onze wagen {PLATE_BE} werd getakeld aan het {museum}; kunnen jullie {PHONE_BE} terugbellen?"),
    ("nl", "Mijn mailadres is veranderd naar {EMAIL}, vriendelijke groeten, {NAME_FIRST} uit {be_place}"),
    # ---- customers abroad or with foreign accounts
    ("nl", "Mijn moeder {NAME_FULL} woont nu in {destination}, haar nummer daar is {PHONE_INTL}."),
    ("nl", "Uitbetaling graag naar mijn buitenlandse rekening: {IBAN_FOREIGN}. {NAME_FULL}"),
    ("nl", "Klantnummer {CUSTOMER_NUMBER} - {NAME_FULL} - {DOB} - {POSTCODE} - wil graag een kopie van het contract"),
]
