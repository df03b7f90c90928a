"""Dutch and Flemish templates of test_v49, part two: airlines (lost luggage, EU261), ferries and cruises,
parcel carriers and customs, second-hand cars, home insurance claims, home security and smart locks;
escalation mails, transcribed handwritten forms, phone spelling and Dutch-English mixed messages."""

from __future__ import annotations

NL2: list[tuple[str, str]] = [
    # ---- airlines: lost luggage and compensation (EU261)
    ("nl", "Koffer niet aangekomen met {flight} uit {city}. Dossier {pir}, passagier {NAME_REVERSED}, tel {PHONE}."),
    ("nl", "Claim EU261 voor {flight} ({delay} vertraging): {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, {IBAN}."),
    ("nl", "Compensatie {amount} graag overmaken naar {IBAN_FOREIGN} t.n.v. {NAME_FULL}."),
    (
        "nl",
        "Flying Blue-nummer {CUSTOMER_NUMBER_FLYER}, de miles voor {flight} zijn niet bijgeschreven. {NAME_INITIALS}",
    ),
    (
        "nl",
        "Bagage mag bezorgd worden op {ADDRESS}, {POSTCODE} {city}; overdag ben ik bereikbaar op {PHONE_ABROAD}.",
    ),
    ("nl", "Mijn moeder {NAME_FULL} (geboren {DOB}) reist alleen en heeft rolstoelassistentie nodig op {airport}."),
    ("nl", "Geboortedatum in de boeking klopt niet: moet {DOB} zijn, passagier {NAME_UPPER}."),
    # ---- ferries and cruises
    ("nl", "Overtocht {ferry} op {date} met auto {PLATE}, passagiers {NAME_FULL} en {NAME_FIRST}."),
    ("nl", "Kenteken bij de boeking was fout, moet {PLATE} zijn i.p.v. {PLATE}. Groet, {NAME_SURNAME}"),
    ("nl", "Cruise met {ferry}: hut {cabin}, reizigers {NAME_FULL} ({DOB}) en {NAME_FULL} ({DOB})."),
    ("nl", "Aanbetaling cruise {amount} is van {IBAN} gegaan maar ik kreeg geen bevestiging op {EMAIL}."),
    # ---- parcel carriers and customs duties
    (
        "nl",
        "Pakket {tracking} uit {country}: {carrier} vraagt {amount} invoerrechten. Ontvanger {NAME_FULL}, {ADDRESS}.",
    ),
    ("nl", "Douane wil een BSN voor de inklaring: {BSN}. Het gaat om zending {tracking} voor {NAME_INITIALS}."),
    ("nl", "Pakket bij de buren bezorgd, maar welke? Ik woon op {ADDRESS}, postcode {POSTCODE_SPOKEN}."),
    ("nl", "Afleveradres wijzigen naar {ADDRESS}, {POSTCODE} {city}. Tel. ontvanger {PHONE}, zending {tracking}."),
    ("nl", "[{clock}] Klant: pakketje is nooit aangekomen.. ik heb {amount} betaald met {CARD}\n[{clock}] Klant: ??"),
    # ---- second-hand car dealers
    ("nl", "Proefrit {car} op {date}: {NAME_FULL}, rijbewijs gecontroleerd, eigen auto {PLATE} ingeruild."),
    ("nl", "Klant {NAME_SURNAME} (klantnr {CUSTOMER_NUMBER_DEALER}) meldt dat de {car} met kenteken {PLATE} rookt."),
    ("nl", "Tenaamstelling {PLATE} op naam van {NAME_FULL}, geboren {DOB}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Kenteken gespeld door beller: {PLATE_SPELLED}. Auto gekocht bij {dealer} op {date}."),
    ("nl", "Aanbetaling {car}: {amount} van {IBAN}, koper {NAME_FULL}, tel {PHONE}, dossier {CUSTOMER_NUMBER_DEALER}."),
    ("nl", "Garantieclaim {car} ({PLATE_BE}), eigenaar {NAME_FULL} uit {city_be}, tel {PHONE_ABROAD}."),
    # ---- home insurance: water damage and burglary (handwritten forms transcribed)
    (
        "nl",
        "Schadeformulier (handgeschreven, overgetypt)\nNaam verzekerde: {NAME_UPPER}\nPolisnr: {CUSTOMER_NUMBER_POLICY}"
        "\nAdres: {ADDRESS_UPPER}\nGeb. datum: {DOB}\nSchade: lekkage vanaf bovenburen",
    ),
    ("nl", "Waterschade op {ADDRESS} door {cause}. Polis {CUSTOMER_NUMBER_POLICY}, melder {NAME_FULL}, {PHONE}."),
    ("nl", "Inbraak op {date}: laptop en {item} gestolen. Verzekerde {NAME_INITIALS}, {ADDRESS}, {POSTCODE}."),
    ("nl", "Uitkering schade {claim} ({amount}) naar rekening {IBAN}, t.n.v. {NAME_FULL}, BSN {BSN}."),
    ("nl", "Expert komt {weekday} om {time} bij {NAME_SURNAME}, {ADDRESS}; polis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Proces-verbaal van aangifte staat op naam van {NAME_FULL}, BSN {BSN_SPOKEN}."),
    # ---- home security and smart locks
    (
        "nl",
        "Het {lock} van {NAME_FULL} op {ADDRESS} gaat niet meer open via de app. Abonnement "
        "{CUSTOMER_NUMBER_SECURITY}.",
    ),
    ("nl", "Alarmopvolging: bij alarm eerst {NAME_FULL} bellen ({PHONE}), daarna buurvrouw {NAME_FIRST} ({PHONE})."),
    ("nl", "Meldkamercode {CUSTOMER_NUMBER_SECURITY}, wachtwoord bekend. Object {ADDRESS}, {POSTCODE} {city}."),
    (
        "nl",
        "Maandbedrag {security} ({amount}) voortaan van {IBAN}; klant {NAME_INITIALS}, abonnee "
        "{CUSTOMER_NUMBER_SECURITY}.",
    ),
    # ---- escalation mails from agents to supervisors
    (
        "nl",
        "Hoi {NAME_FIRST},\nKun jij deze overnemen? Klant {NAME_FULL} ({CUSTOMER_NUMBER}) belt voor de "
        "{count}e keer over "
        "{ticket}. Tel {PHONE}.\nDank!",
    ),
    ("nl", "Escalatie {ticket}: mevrouw {NAME_SURNAME}, geboren {DOB}, dreigt met de Geschillencommissie."),
    ("nl", "Terugbelverzoek teamleider: {NAME_FULL}, {PHONE}, klantnummer {CUSTOMER_NUMBER}, voorkeur na {time}."),
    # ---- Flemish and Walloon customers
    ("nl", "Goeiendag, ik ben {NAME_FULL} uit {city_be}, mijn adres is {ADDRESS_BE}, rekening {IBAN_FOREIGN}."),
    ("nl", "Allee, al drie weken geen internet op {ADDRESS_BE}. Bel mij maar op {PHONE_ABROAD}. {NAME_FIRST}"),
    ("nl", "Klant uit Wallonië schrijft: « Je suis {NAME_FULL}, {ADDRESS_FR}, {city_wal}, née le {DOB_FR}. »"),
    # ---- Antillean, mixed Dutch-English messages
    ("nl", "Ik verblijf tot {date} bij familie op {ADDRESS_CARIB}, bel me via WhatsApp op {PHONE_ABROAD}. {NAME_FULL}"),
    ("nl", "Sorry for my Dutch, mijn naam is {NAME_FULL}, my phone is {PHONE} en email {EMAIL}."),
    ("nl", "Hey, de refund is nog steeds niet binnen op {IBAN}?? Greetz {NAME_FIRST}"),
    ("nl", "klant geeft e-mail door als {EMAIL_SPOKEN}, naam {NAME_LOWER}"),
    ("nl", "Mijn IBAN is {IBAN_SPOKEN}, op naam van {NAME_FULL}."),
    ("nl", "Creditcardnummer telefonisch doorgegeven: {CARD_SPOKEN}, kaarthouder {NAME_UPPER}."),
    ("nl", "Geboortedatum van de aanvrager: {DOB_WORDS}, BSN {BSN}, postcode {POSTCODE}."),
]
