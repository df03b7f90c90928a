"""Dutch templates of test_v49, part one: internet and TV, streaming and gaming, online courses, universities
and DUO, libraries, museums, theatres and cinemas. Live chats, phone notes, portal forms and public replies."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- internet and TV: outages, modem swaps, technician visits (live chat with timestamps and typos)
    ("nl", "[{clock}] Klant: hoi, sinds gisteren geen internet meer op {ADDRESS}.. {POSTCODE} {city}"),
    ("nl", "[{clock}] Klant: mn postcode is {POSTCODE} en huisnr {ADDRESS_NUMBER}, de {device} knippert oranje"),
    (
        "nl",
        "[{clock}] Medewerker: Ik zie een storing in postcodegebied {pc4}. Mag ik uw klantnummer?\n"
        "[{clock}] Klant: {CUSTOMER_NUMBER_TELECOM}",
    ),
    ("nl", "[{clock}] Klant: ja dat is {CUSTOMER_NUMBER_TELECOM} , op naam van mijn man {NAME_FULL}"),
    ("nl", "[{clock}] Klant: kan de monteur bellen voor hij komt? {PHONE} (na {time} ben ik thuis)"),
    (
        "nl",
        "Monteursbezoek {date} tussen {time_from} en {time_to}: {device} vervangen bij {NAME_INITIALS}, {ADDRESS}, "
        "{POSTCODE} {city}.",
    ),
    (
        "nl",
        "Notitie: klant {NAME_SURNAME} wil nieuwe {device} ophalen bij de winkel in {city}, klantnr "
        "{CUSTOMER_NUMBER_TELECOM}.",
    ),
    ("nl", "De oude modem stuur ik terug, het retourlabel mag naar {EMAIL}. Groet, {NAME_FIRST}"),
    ("nl", "Opzegging {provider} per {date}. Klantnummer {CUSTOMER_NUMBER_TELECOM}, laatste factuur graag van {IBAN}."),
    ("nl", "Ik ben verhuisd van {ADDRESS} naar {ADDRESS}, {POSTCODE}. Kan mijn {speed}-abonnement mee?"),
    ("nl", "Storing doorgegeven door {NAME_FULL} ({PHONE_LANDLINE}), glasvezel op {ADDRESS_UPPER} werkt niet."),
    ("nl", "Telefonisch: klant spelt naam als {NAME_SPELLED}, postcode {POSTCODE_SPOKEN}."),
    ("nl", "Beller noemt klantnummer {CUSTOMER_NUMBER_SPOKEN} en terugbelnummer {PHONE_SPOKEN}."),
    ("nl", "@{provider_handle} al 3 dagen geen tv-signaal in {city}!! #storing — @{NAME_HANDLE}"),
    (
        "nl",
        "@{NAME_HANDLE} Vervelend dat {channel} niet werkt. Stuur je ons een DM met je postcode en "
        "huisnummer? Groet, Webcare",
    ),
    (
        "nl",
        "DM aan {provider}: postcode {POSTCODE}, huisnummer {ADDRESS_NUMBER}, klantnummer {CUSTOMER_NUMBER_TELECOM}",
    ),
    # ---- streaming and gaming subscriptions
    ("nl", "Er is {amount} afgeschreven voor {service} terwijl ik had opgezegd. Account: {EMAIL}, kaart {CARD}."),
    ("nl", "Mijn zoon heeft met mijn creditcard {CARD} {amount} aan {service} uitgegeven, graag terugboeken."),
    ("nl", "Account {CUSTOMER_NUMBER_STREAMING} ({EMAIL}) is gehackt, het wachtwoord is gewijzigd vanuit {country}."),
    ("nl", "Inloggen lukt niet meer, mail komt niet aan op {EMAIL_OBSCURED}. Abonnee {NAME_FULL}."),
    ("nl", "[{clock}] Klant: ik heb {service} via {provider}, accountnummer {CUSTOMER_NUMBER_STREAMING}, tel {PHONE}"),
    ("nl", "Restitutie {service} jaarabonnement ({amount}) graag op {IBAN} t.n.v. {NAME_INITIALS}."),
    # ---- online courses, universities, DUO
    (
        "nl",
        "Studentnummer {CUSTOMER_NUMBER_STUDENT}, BSN {BSN}: mijn inschrijving via {portal} staat nog op 'in "
        "behandeling'.",
    ),
    (
        "nl",
        "Beste studentenadministratie,\nMijn collegegeld ({amount}) is dubbel geïncasseerd van {IBAN}.\n"
        "Met vriendelijke groet,\n{NAME_FULL} ({CUSTOMER_NUMBER_STUDENT})",
    ),
    ("nl", "DUO heeft mijn diploma niet geregistreerd. Naam {NAME_FULL}, geboren {DOB}, BSN {BSN}."),
    ("nl", "Graag het getuigschrift opsturen naar {ADDRESS}, {POSTCODE} {city}; student {NAME_REVERSED}."),
    ("nl", "Student {NAME_FULL} ({EMAIL_STUDENT}) vraagt uitstel voor {course}, tentamen op {date}."),
    ("nl", "Aanmelding {course}: {NAME_UPPER}, geboortedatum {DOB_STUDENT}, e-mail {EMAIL}."),
    ("nl", "Mijn dochter {NAME_FIRST} studeert in {city} en haar studentnummer is {CUSTOMER_NUMBER_STUDENT}."),
    ("nl", "Identiteitscheck {portal}: achternaam {NAME_SPELLED}, geboren op {DOB_WORDS}."),
    ("nl", "Certificaat van {mooc} staat op de verkeerde naam, moet zijn {NAME_FULL} i.p.v. {NAME_FIRST}."),
    # ---- libraries, museum cards, theatres and cinemas
    ("nl", "Bibliotheekpas {CUSTOMER_NUMBER_LIBRARY} kwijt, graag blokkeren. Naam {NAME_FULL}, tel. {PHONE}."),
    ("nl", "Te late boete ({amount}) voor {book} betwist door lid {CUSTOMER_NUMBER_LIBRARY}, {NAME_INITIALS}."),
    ("nl", "Museumkaart {CUSTOMER_NUMBER_MUSEUM} is verlopen; verlengen met automatische incasso van {IBAN}."),
    ("nl", "Museumkaart aangevraagd voor {NAME_FULL}, geboren {DOB}, bezorgadres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Kaarten voor {show} in {theatre} op {date}, besteld door {NAME_LOWER} met {EMAIL}."),
    ("nl", "De voorstelling is verplaatst; tegoedbon graag mailen naar {EMAIL} of bellen op {PHONE}."),
    ("nl", "Rolstoelplek {show} ({theatre}), {date}: begeleider {NAME_FULL}, bereikbaar op {PHONE_ABROAD}."),
    ("nl", "Klant {NAME_SURNAME} betaalde {amount} met {CARD} voor {film} in {cinema}, maar kreeg geen e-ticket."),
    ("nl", "Lidmaatschap bibliotheek: {NAME_FULL}, {ADDRESS}, geboren {DOB}, pasnummer {CUSTOMER_NUMBER_LIBRARY}."),
    ("nl", "Hoi! Ik ben {NAME_FIRST}, woon op {ADDRESS} en mijn Museumkaart ({CUSTOMER_NUMBER_MUSEUM}) doet het niet"),
    # ---- extra frames for BSN, cards and plates
    ("nl", "Bij de inschrijving van de bibliotheek vroegen ze mijn BSN ({BSN}), mag dat wel? Groet, {NAME_FIRST}"),
    ("nl", "Inschrijving {university}: BSN {BSN}, naam {NAME_FULL}, geboren {DOB}, nationaliteit Grieks."),
    ("nl", "Invoeraangifte: ontvanger {NAME_FULL}, BSN {BSN}, adres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "[{clock}] Klant: bioscoopkaartjes voor {film} dubbel afgeschreven van {CARD}!!!"),
    ("nl", "Upgrade naar balkonhut betaald met {CARD} (geldig tot {expiry}), maar de {ship} kent geen upgrade."),
    ("nl", "Invoerrechten {amount} betaald met {CARD}, toch blijft {carrier} mailen naar {EMAIL}."),
    (
        "nl",
        "Inbraak in auto {PLATE} in de parkeergarage bij {landmark}, eigenaar {NAME_FULL}, "
        "polis {CUSTOMER_NUMBER_POLICY}.",
    ),
]
