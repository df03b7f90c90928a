"""Dutch templates of test_v40: energy, health insurer, housing corporation, gemeente, lease, childcare, pension."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- energy supplier: meter readings, EAN codes, moving house
    ("nl", "Meterstanden {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}: EAN {ean}, stand {reading} kWh op {date}."),
    (
        "nl",
        "Verhuizing per {date}: oud adres {ADDRESS} ({POSTCODE}), nieuw adres {ADDRESS}. Klantnr "
        "{CUSTOMER_NUMBER_ENERGY}",
    ),
    ("nl", "Ik heb de slimme meter ({ean}) laten plaatsen, maar mijn voorschot blijft {amount}. Gr. {NAME_INITIALS}"),
    ("nl", "Contractnummer {CUSTOMER_NUMBER_ENERGY} staat nog op naam van mijn overleden vader {NAME_FULL}."),
    ("nl", "Terugbetaling jaarafrekening graag op {IBAN} t.n.v. {NAME_DOUBLE}, niet meer op de oude rekening."),
    ("nl", "Voicemail {time}: ja hallo met {NAME_FULL}, mijn nummer is {PHONE_SPOKEN}, het gaat over de meterkast."),
    ("nl", "EAN {ean} hoort bij {ADDRESS_UPPER}, niet bij nummer {count}. Bel me op {PHONE}."),
    # ---- health insurer: claims, declarations, authorisations
    (
        "nl",
        "Declaratie {claim} voor fysiotherapie is afgewezen. Polisnummer {CUSTOMER_NUMBER_POLICY}, BSN {BSN}.",
    ),
    ("nl", "Verzekerde: {NAME_REGISTER} | geb.datum: {DOB} | BSN: {BSN} | polis: {CUSTOMER_NUMBER_POLICY}"),
    (
        "nl",
        "Mijn kind {NAME_CHILD} (geboren {DOB_CHILD}) moet bij mijn polis {CUSTOMER_NUMBER_POLICY} "
        "worden bijgeschreven.",
    ),
    ("nl", "Machtiging voor de tandarts aangevraagd door {NAME_FULL}, geboortedatum {DOB_WORDS}."),
    (
        "nl",
        "Zorgpas kwijt. Nieuwe pas sturen naar {ADDRESS_PO}, {POSTCODE} {city}. Met vriendelijke "
        "groet, {NAME_INITIALS}",
    ),
    ("nl", "Premie-incasso van {IBAN} is twee keer afgeschreven in {month}; verzekerde {NAME_FULL}."),
    ("nl", "Beller geeft BSN {BSN} en geboortedatum {DOB} ter verificatie, verzekerde {NAME_UPPER}."),
    # ---- housing corporation: repair requests
    ("nl", "Reparatieverzoek: lekkage badkamer bij {NAME_FULL}, {ADDRESS}, huurdernummer {CUSTOMER_NUMBER_TENANT}."),
    ("nl", "Huurder {NAME_SURNAME} ({ADDRESS}) meldt schimmel; bereikbaar op {PHONE_LANDLINE} na {time}."),
    ("nl", "Monteur van {firm} kon niet binnen bij {ADDRESS} {POSTCODE}, mevrouw {NAME_SURNAME} was niet thuis."),
    (
        "nl",
        "Klachtformulier\nNaam: {NAME_DOUBLE}\nHuurdernummer: {CUSTOMER_NUMBER_TENANT}\nE-mail: "
        "{EMAIL}\nOmschrijving: cv-ketel",
    ),
    ("nl", "Huurachterstand {amount}, huurder {NAME_REGISTER}, incasso voortaan van {IBAN}."),
    # ---- gemeente: permits, parking, registrations
    ("nl", "Aanvraag bewonersvergunning voor kenteken {PLATE} op {ADDRESS}, aanvrager {NAME_FULL}, BSN {BSN}."),
    ("nl", "Omgevingsvergunning dakkapel {ADDRESS}, {POSTCODE} {city}: aanvrager {NAME_INITIALS}, tel. {PHONE}."),
    ("nl", "Inschrijving BRP: {NAME_FULL}, geboren {DOB}, verhuisd van {ADDRESS} naar {ADDRESS}."),
    ("nl", "Parkeerbon naheffing op {PLATE}, maar die auto is op {date} verkocht aan {NAME_LOWER}."),
    ("nl", "Melding openbare ruimte: fiets tegen lantaarnpaal bij {ADDRESS}. Melder {NAME_FIRST}, {EMAIL}"),
    # ---- bicycle lease and car lease
    (
        "nl",
        "Leasefiets {product} van {NAME_FULL} gestolen, contract {CUSTOMER_NUMBER_LEASE}, aangifte gedaan op {date}.",
    ),
    ("nl", "Leaseauto {PLATE} heeft schade; bestuurder {NAME_FULL} ({PHONE}), contract {CUSTOMER_NUMBER_LEASE}."),
    ("nl", "Tankpas van leaseauto {PLATE} graag blokkeren; privé tanken betaal ik met creditcard {CARD}."),
    ("nl", "Inleverafspraak {PLATE} op {date} om {time}. Contactpersoon {NAME_DOUBLE}, {EMAIL_UPPER}"),
    ("nl", "Boete van het CJIB voor {PLATE} doorbelasten aan berijder {NAME_REGISTER}, rijbewijs op naam, geb. {DOB}."),
    # ---- school and childcare
    ("nl", "Ouder {NAME_FULL} meldt {NAME_CHILD} ziek, groep {count}. Bereikbaar op {PHONE}."),
    ("nl", "Inschrijving kinderopvang: kind: {NAME_CHILD}, achternaam: {NAME_SURNAME}, {DOB_CHILD}, BSN kind {BSN}."),
    ("nl", "De ouderbijdrage van {amount} mag van {IBAN}, t.n.v. {NAME_FULL}, met kenmerk {NAME_CHILD} groep 6."),
    ("nl", "Ophalen {NAME_CHILD} vandaag door tante {NAME_FIRST} ({PHONE}), zij rijdt in de {PLATE}."),
    # ---- pension fund letters
    ("nl", "Uw pensioennummer {CUSTOMER_NUMBER_PENSION}\n{NAME_INITIALS}\n{ADDRESS}\n{POSTCODE}  {city}"),
    ("nl", "Pensioenopgave voor {NAME_UPPER}, geboren {DOB_WORDS}, deelnemersnummer {CUSTOMER_NUMBER_PENSION}."),
    ("nl", "Partnerpensioen: partner {NAME_FULL}, geboortedatum {DOB}, uitbetaling op {IBAN}."),
    ("nl", "Beller noemt deelnemersnummer {CUSTOMER_NUMBER_SPOKEN} en vraagt naar de AOW-leeftijd."),
    # ---- WhatsApp / Teams / forwarded mail / CSV
    ("nl", "[{date}, {time}] {NAME_FIRST}: hoi 👋 mijn nieuwe nr is {PHONE} 🙏"),
    ("nl", "[{date}, {time}] {NAME_FULL}: adres is nu {ADDRESS} 🏠 postcode {POSTCODE} ✅"),
    ("nl", "whatsapp: heb net {amount} overgemaakt van {IBAN} 💸 klopt dat? groetjes {NAME_LOWER}"),
    (
        "nl",
        "Teams overdracht {time}: @{NAME_FIRST} kun jij {NAME_FULL} terugbellen op "
        "{PHONE_LANDLINE}? Gaat over {claim}.",
    ),
    ("nl", "Teams: klant {NAME_UPPER} wil dat we mailen naar {EMAIL_OBSCURED} i.p.v. post."),
    (
        "nl",
        "-----Oorspronkelijk bericht-----\nVan: {NAME_FULL} <{EMAIL}>\nVerzonden: {weekday} {date} "
        "{time}\nAan: {mailbox}",
    ),
    ("nl", "Van: {EMAIL}\nAan: {mailbox}\nOnderwerp: klacht {ticket}\n\nMijn klantnummer is {CUSTOMER_NUMBER}."),
    ("nl", "naam;geboortedatum;iban;postcode\n{NAME_REGISTER};{DOB};{IBAN};{POSTCODE}"),
    ("nl", "{CUSTOMER_NUMBER}\t{NAME_FULL}\t{ADDRESS}\t{POSTCODE}\t{city}\t{PHONE}"),
    ("nl", "Klant {NAME_DOUBLE} betaalde {amount} met {CARD}, vervaldatum {expiry}, graag terugboeken."),
    ("nl", "Creditcard {CARD} is gestolen, graag blokkeren. Klantnummer {CUSTOMER_NUMBER}, {NAME_FULL}."),
    ("nl", "Mijn e-mailadres is {EMAIL_SPOKEN}, zei de beller, en mijn klantnummer is {CUSTOMER_NUMBER_SPOKEN}."),
    ("nl", "Klacht via webformulier: {NAME_LOWER} / {EMAIL} / {PHONE} / klantnr {CUSTOMER_NUMBER}"),
    ("nl", "Rijbewijs en kenteken {PLATE} staan op naam van {NAME_INITIALS}, {ADDRESS_UPPER}, {POSTCODE}."),
    ("nl", "Dhr. {NAME_SURNAME} vraagt of de bijzondere bijstand op {IBAN} komt; BSN {BSN}, geb. {DOB}."),
]
