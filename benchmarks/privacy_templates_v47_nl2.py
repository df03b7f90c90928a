"""Dutch and Flemish templates of test_v47, part two: school parent portals, sports club administration, vets and
pet insurance, garden centre and DIY deliveries, kitchen and bathroom fitters, window cleaners and home service
marketplaces; with parents and customers of Vietnamese, Thai, Brazilian, Bosnian and Afrikaans background."""

from __future__ import annotations

NL_HOME: list[tuple[str, str]] = [
    # ---- schools and parent portals
    ("nl", "Bericht via {portal}: {NAME_CHILD} uit {klas} is vandaag ziek. Groetjes, {NAME_FIRST} (moeder)"),
    (
        "nl",
        "Leerlingnummer {CUSTOMER_NUMBER_STUDENT} hoort bij {NAME_CHILD}, niet bij de broer of zus. Kunt u het "
        "ouderaccount {EMAIL} koppelen?",
    ),
    (
        "nl",
        "Ouderbijdrage {fee} voor het schoolkamp van {NAME_CHILD} mag van {IBAN} worden afgeschreven. "
        "Getekend: {NAME_INITIALS}",
    ),
    (
        "nl",
        "Beste juf, {NAME_CHILD} zit in {klas}. Mijn gsm-nummer is veranderd: {PHONE_BE}. Vriendelijke groeten, "
        "{NAME_FLE}",
    ),
    (
        "nl",
        "Xin chào, ik ben {NAME_VIE}, ouder van {NAME_CHILD}. Inloggen op {portal} lukt niet met {EMAIL}.",
    ),
    (
        "nl",
        "Inschrijfformulier {school}\nNaam leerling: {NAME_CHILD}\nGeboortedatum: {DOB_CHILD}\nBSN leerling: {BSN}\n"
        "Naam ouder/verzorger 1: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode + plaats: {POSTCODE} {city}",
    ),
    (
        "nl",
        "@{NAME_MENTION} de ouder van leerling {CUSTOMER_NUMBER_STUDENT} krijgt geen berichten uit {portal}, "
        "mobiel in het systeem: {PHONE}.",
    ),
    (
        "nl",
        "Mevrouw {NAME_SURNAME} vraagt verlof buiten de schoolvakanties voor {NAME_CHILD} ({klas}), "
        "bruiloft in Thailand.",
    ),
    # ---- sports clubs
    (
        "nl",
        "Ledenadministratie {club}: nieuw lid {NAME_FULL}, geboren {DOB}, relatiecode {CUSTOMER_NUMBER_CLUB}, "
        "team {team}.",
    ),
    ("nl", "Contributie {fee} kon niet worden geïncasseerd van {IBAN}. Lidnummer {CUSTOMER_NUMBER_CLUB}."),
    (
        "nl",
        "@{NAME_MENTION} wil jij de pasfoto van {NAME_FULL} ({CUSTOMER_NUMBER_CLUB}) nog in {sport_app} zetten? "
        "Zonder foto geen speelgerechtigheid bij {team}.",
    ),
    (
        "nl",
        "Relatiecode\tNaam\tGeb.datum\tE-mail\tMobiel\n{CUSTOMER_NUMBER_CLUB}\t{NAME_REGISTER}\t{DOB}\t{EMAIL}\t"
        "{PHONE}",
    ),
    (
        "nl",
        "Olá! Onze {NAME_CHILD} wil graag op hockey bij {club}. Ik ben {NAME_BRA}, whatsapp {PHONE_ABROAD}.",
    ),
    (
        "nl",
        "Rijders uitwedstrijd {team}: {NAME_FIRST} (kenteken {PLATE}) en {NAME_FIRST} (kenteken {PLATE}). "
        "Verzamelen 8.15 bij het clubhuis.",
    ),
    (
        "nl",
        "Geachte ledenadministratie,\n\nHierbij zeg ik het lidmaatschap van ons kind {NAME_CHILD} (lidnummer "
        "{CUSTOMER_NUMBER_CLUB}) op per {date}.\n\nMet sportieve groet,\n{NAME_FULL}",
    ),
    ("nl", "Parkeerontheffing sportpark voor {PLATE} ({NAME_REGISTER}), trainer van {team}."),
    (
        "nl",
        "Geboortedatum van {NAME_CHILD} staat fout in {sport_app}: moet {DOB_CHILD} zijn, anders komt het kind in de "
        "verkeerde leeftijdsklasse.",
    ),
    # ---- vets and pet insurance
    (
        "nl",
        "Afspraak {vet}: {animal} {pet} van {NAME_FULL}, {weekday} om {time}. Bevestiging gestuurd naar {EMAIL}.",
    ),
    (
        "nl",
        "Claim {pet_ins}: polisnummer {CUSTOMER_NUMBER_PET}, dier {pet} ({animal}), factuur {amount}, uitbetalen "
        "op {IBAN}.",
    ),
    (
        "nl",
        "Sawasdee ka, ik ben {NAME_THA}. Mijn {animal} {pet} moet gechipt worden. Ik woon {ADDRESS}, {POSTCODE}.",
    ),
    (
        "nl",
        "SMS naar {PHONE_SMS}: Herinnering: {pet} heeft {weekday} om {time} de jaarlijkse vaccinatie bij {vet}. "
        "Verzetten? Bel {vet_phone}.",
    ),
    (
        "nl",
        "Polis {CUSTOMER_NUMBER_PET} staat op naam van {NAME_MARRIED}; het nieuwe adres is {ADDRESS}, {POSTCODE} "
        "{city}.",
    ),
    (
        "nl",
        "Betaling behandeling {amount} met creditcard {CARD}, geldig tot {expiry}, kaarthouder {NAME_UPPER}.",
    ),
    (
        "nl",
        "A: welk polisnummer heeft u?\nK: {CUSTOMER_NUMBER_SPOKEN}\nA: en dat is voor {pet}?\nK: ja, en het "
        "gaat om de rekening van {vet}.",
    ),
    # ---- garden centres and DIY stores
    (
        "nl",
        "Bezorging {product} van {shop} op {date}: {ADDRESS}, {POSTCODE} {city}, bellen bij aankomst: {PHONE}.",
    ),
    (
        "nl",
        "Klantenpas {CUSTOMER_NUMBER_LOYALTY} van {NAME_FULL}; punten niet bijgeschreven bij bestelling {order}.",
    ),
    (
        "nl",
        "Chauffeur kon het adres niet vinden: {ADDRESS_UPPER} te {city}. Klant {NAME_SURNAME} bereikbaar op "
        "{PHONE_LANDLINE}.",
    ),
    (
        "nl",
        "A: dan heb ik uw kaartnummer nodig.\nK: ja, dat is {CARD_SPOKEN}.\nA: en de vervaldatum?\nK: {expiry}.",
    ),
    (
        "nl",
        "Goeiemôre, ek het 'n {product} bestel by {shop}, order {order}. Lewer asseblief by {ADDRESS}, "
        "{POSTCODE}. Dankie, {NAME_AFR}",
    ),
    (
        "nl",
        "Retour {article} ({product}): geld terug op {IBAN_ABROAD}, ik woon net over de grens. {NAME_FULL}, "
        "{ADDRESS_BE}, {city_be}",
    ),
    ("nl", "Kaartnummer {CARD} geweigerd bij de webshop van {shop}; graag contact via {EMAIL}."),
    (
        "nl",
        "Betaalgegevens\nKaarthouder: {NAME_UPPER}\nKaartnummer: {CARD}\nVervaldatum: {expiry}\nBestelling: {order}",
    ),
    ("nl", "Ophalen bij de afhaalbalie: klant komt met aanhanger, kenteken {PLATE}, bestelling {order}."),
    # ---- kitchen and bathroom fitters
    (
        "nl",
        "Montageplanning {installer}: keuken {NAME_SURNAME}, {ADDRESS}, {POSTCODE}, projectnr "
        "{CUSTOMER_NUMBER_KITCHEN}. Busje mag op de oprit.",
    ),
    (
        "nl",
        "Geachte {installer},\n\nDe {fixture} die op {date} werd geplaatst, lekt. Ons klantnummer: "
        "{CUSTOMER_NUMBER_KITCHEN}.\n\nMet vriendelijke groet,\n\n{NAME_MARRIED}\n{ADDRESS}\n{POSTCODE} {city}\n"
        "{PHONE}",
    ),
    (
        "nl",
        "Dobar dan, ik ben {NAME_BOS}. De monteur moet naar {ADDRESS}, maar de bel doet het niet, bel mij op "
        "{PHONE} als u er bent.",
    ),
    ("nl", "Aanbetaling ({amount_big}) voldaan met Amex {CARD_AMEX} door {NAME_INITIALS}."),
    (
        "nl",
        "@{NAME_MENTION} badkamer bij {NAME_FULL} ({ADDRESS}) schuift naar {date}, de {fixture} is nog niet binnen.",
    ),
    (
        "nl",
        "Mijn auto heeft een Duits kenteken, {PLATE_DE}, omdat ik in Aken werk. Kan de monteur toch op "
        "{ADDRESS} parkeren?",
    ),
    # ---- window cleaners and home service marketplaces
    (
        "nl",
        "Nieuwe klus via {service}: ramen wassen bij {NAME_FULL}, {ADDRESS}, {POSTCODE}. Account "
        "{CUSTOMER_NUMBER_MARKET}.",
    ),
    (
        "nl",
        "Glazenwasser elke zes weken op {weekday}. Incasso {fee} van {IBAN}, machtiging getekend door {NAME_INITIALS}.",
    ),
    ("nl", "Ook de ramen aan de waterkant van de woonboot aan de {ADDRESS_BOAT}? Groet {NAME_FIRST}, tel {PHONE}."),
    (
        "nl",
        "Van: {PHONE_SMS}\nJa prima, donderdag tussen 8 en 10 is goed. Sleutel ligt bij de buren op {ADDRESS}. "
        "{NAME_FIRST}",
    ),
    (
        "nl",
        "Profiel {service}\nGebruikers-ID: {CUSTOMER_NUMBER_MARKET}\nNaam: {NAME_FULL}\nE-mail: {EMAIL_UPPER}\n"
        "Woonplaats: {city}",
    ),
    ("nl", "K: mijn achternaam? {NAME_SPELLED}, met een hoofdletter.\nA: en uw postcode?\nK: {POSTCODE_SPOKEN}."),
    (
        "nl",
        "Mijn mailadres is {EMAIL_SPOKEN}, ja, en het gaat om de klus van {date} via {service}.",
    ),
    ("nl", "Klant {CUSTOMER_NUMBER_MARKET} ({NAME_LOWER}) geeft 1 ster: glazenwasser kwam niet opdagen."),
    # ---- Flemish
    (
        "nl",
        "Goeiendag, ik woon in {city_be}, {ADDRESS_BE}. Mijn rekeningnummer is {IBAN_BE}. Allez, {NAME_FLE}",
    ),
    ("nl", "Da's bij ons thuis op {ADDRESS_BE}, ge kunt mij bellen op {PHONE_BE} of mailen naar {EMAIL}."),
    (
        "nl",
        "Onze {animal} {pet} moet naar {vet}. Ik ben {NAME_FULL}, geboren {DOB_WORDS}, voor de nieuwe polis.",
    ),
    ("nl", "Mijne nummerplaat is {PLATE_BE}, ik kom de {product} zelf halen bij {shop} in {city_be}."),
]
