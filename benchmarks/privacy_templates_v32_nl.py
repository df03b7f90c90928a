"""The first half of the Dutch templates with personal data of the `test_v32` split (music school with piano
lessons, wedding-car hire and dog-grooming salon); the rest is in `privacy_templates_v32`. Written by someone who
never saw the redaction rules; the labelling conventions are in that module's docstring."""

from __future__ import annotations

NL_FIRST = [
    # music school: piano lessons for children and adults, parents paying, rental pianos, exams
    "Zammad {ticket}\nVan: {NAME_FULL} <{EMAIL}>\nOnderwerp: pianoles dochter\n\nOnze dochter {NAME_CHILD} "
    "(geb. {DOB_CHILD}) wil graag op {weekday} les, kan dat?",
    "Inschrijving {music_school}\nLeerling: {NAME_CHILD}\nGeboortedatum: {DOB_CHILD}\nOuder/verzorger: {NAME_F}\n"
    "Tel: {PHONE}\nLeerlingnr: {CUSTOMER_NUMBER_MUSIC}",
    "tawk.to chat\nbezoeker: hoi ik ben {NAME_FIRST}, 34 jaar, wil graag weer piano spelen na 20 jaar haha\n"
    "bezoeker: mijn nummer {PHONE} bel maar na {time}",
    "Lesgeld {amount} per maand wordt geïncasseerd van {IBAN} t.n.v. {NAME_INIT}, leerling {CUSTOMER_NUMBER_MUSIC}.",
    "Huurpiano {instrument} bezorgd bij fam. {NAME_LAST}, {ADDRESS}, {POSTCODE} {city}; 2e verdieping, geen lift.",
    "Docent meldt: leerling {CUSTOMER_NUMBER_MUSIC} ({NAME_CHILD}) speelt {piece} voor bij het {exam}.",
    "Pipedrive deal-notitie: vader {NAME_M} belde, wil lespakket voor 2 kinderen, terugbellen {PHONE_FIXED}.",
    "opzegging les per {date}, groet {NAME_LOWER}\nleerlingnummer {CUSTOMER_NUMBER_MUSIC}",
    "Webex-transcript 00:03:12 — {NAME_FULL}: ja dus mijn zoon is geboren op {DOB_CHILD} en hij mag al examen doen?",
    "Ouder betaalt liever met creditcard: {CARD}, naam op kaart {NAME_CAPS}.",
    "Adreswijziging leerling {NAME_CHILD}: nieuw adres {ADDRESS}, {POSTCODE} {city}; oude adres vervalt.",
    "Volwassen leerling {NAME_FULL}, geb. {DOB}, vraagt of de lessen aftrekbaar zijn; BSN {BSN} staat in de mail, "
    "niet overgenomen.",
    "Notion-rij (leerlingen)\n| {NAME_REG} | {DOB_CHILD} | {EMAIL} | {CUSTOMER_NUMBER_MUSIC} |",
    "Terugbetaling lesgeld naar Belgische rekening {IBAN_ABROAD}, ouder {NAME_FULL} woont in {city_be}.",
    "oma {NAME_LAST} wil de lessen van haar kleinkind betalen, haar mail is {EMAIL_OBF}",
    # wedding-car hire: bride and groom, chauffeurs, deposits, routes, damage
    "Trouwrit — {booking}\nBruidspaar: {NAME_FULL} & {NAME_FULL}\nAuto: {car_model}\nRoute: {route}\n"
    "Contact: {PHONE}\nHuurdernr: {CUSTOMER_NUMBER_CAR}",
    "Aanbetaling 30% voor {car_model} ontvangen van {IBAN} ({NAME_MARRIED}), huurder {CUSTOMER_NUMBER_CAR}.",
    "Chauffeur {NAME_FIRST} rijdt met eigen auto {PLATE} naar de stalling, daar staat de {car_model}.",
    "Google Business-bericht: Hoi! wij trouwen op {date}, ik ben {NAME_F}, beschikbaar? mail me op {EMAIL}",
    "Ophaaladres bruid: {ADDRESS}, {POSTCODE} {city}; ophalen bruidegom bij zijn ouders, {ADDRESS}.",
    "Schade aan spiegel door gast met auto {PLATE}, volgens bruidegom {NAME_FULL}; hij betaalt zelf.",
    "Huurcontract (gescand)\nHuurder: {NAME_REG}\nGeboortedatum: {DOB}\nRijbewijs gezien\nAdres: {ADDRESS}\n"
    "Postcode/plaats: {POSTCODE} {city}",
    "Bruidspaar uit Duitsland: {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}, Handy {PHONE_ABROAD}.",
    "Restbetaling {amount} met kaart {CARD} op naam van {NAME_FULL}, huurdernummer {CUSTOMER_NUMBER_CAR}.",
    "Threema-bericht van chauffeur: bruidspaar staat er niet, bel jij {NAME_FIRST}? {PHONE}",
    "Getuige {NAME_FULL} regelt de verrassing, wil rit betalen van {IBAN} en bellen op {PHONE_BE}.",
    "volgauto van de familie {PLATE_ANY} reed tegen de Cadillac aan, eigenaar {NAME_LOWER}",
    # dog-grooming salon: owners, dogs, appointments, no-shows, a bite
    "Afspraak {groomer} {weekday} {time}\nHond: {dog} ({breed})\nEigenaar: {NAME_FULL}\nTel: {PHONE}\n"
    "Klantkaart: {CUSTOMER_NUMBER_DOG}",
    "No-show {date}: {dog} van {NAME_INIT} ({CUSTOMER_NUMBER_DOG}), no-showkosten {amount} van {IBAN}.",
    "Kustomer-gesprek\nklant: heeft {dog} gebeten?? ik ben {NAME_F}, bel me op {PHONE}\nagent: Dat zoeken we "
    "direct uit.",
    "Ophaalservice: {dog} ophalen bij {NAME_FULL}, {ADDRESS}, {POSTCODE}; sleutel ligt bij buurvrouw {NAME_FIRST}.",
    "Klant {CUSTOMER_NUMBER_DOG} spelt haar mail: {EMAIL_SPELL}.",
    "Trimsalon-app: nieuwe klant {NAME_FULL} / {EMAIL} / {PHONE} / {POSTCODE} / hond: {dog}",
    "{NAME_FULL} wil met pin betalen maar pas wordt geweigerd, daarna creditcard {CARD_SAID} voorgelezen.",
    "Klant uit België: {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}, komt voor {dog}.",
    "Auto {PLATE} van klant {NAME_LAST} blokkeert de uitrit van de salon.",
]
