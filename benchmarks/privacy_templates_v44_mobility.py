"""Templates of test_v44 about getting around and getting things fixed: driving schools and CBR exams, garages
and APK, bicycle repair and e-bike leasing, phone repair shops. Dutch and Flemish, a few in English."""

from __future__ import annotations

MOBILITY: list[tuple[str, str]] = [
    # ---- driving schools and CBR exams
    (
        "nl",
        "Aanmelding {school}: {NAME_FULL}, geboren {DOB}, {ADDRESS}, {POSTCODE} {city}, mobiel {PHONE}.",
    ),
    (
        "nl",
        "Mijn praktijkexamen bij {cbr} is op {date} om {time}. Leerlingnummer {CUSTOMER_NUMBER_SCHOOL}, "
        "graag bevestiging naar {EMAIL}.",
    ),
    (
        "nl",
        "Ik wil mijn lespakket van {amount} in termijnen betalen via {IBAN}. {NAME_FULL}, "
        "klantnr {CUSTOMER_NUMBER_SCHOOL}.",
    ),
    (
        "nl",
        "Gezondheidsverklaring CBR nog niet verwerkt voor {NAME_INITIALS}, kandidaatnummer "
        "{CUSTOMER_NUMBER_SCHOOL}, BSN {BSN}.",
    ),
    (
        "nl",
        "Kan mijn instructeur me ophalen op {ADDRESS} in plaats van bij het station? Lesauto {PLATE}. {NAME_LOWER}",
    ),
    (
        "nl",
        "Mijn dochter {NAME_FIRST} ({DOB}) is gezakt en wil een herexamen. U kunt mij bellen op {PHONE_LAND}.",
    ),
    (
        "en",
        "Hi, I'm {NAME_FULL}, I have an Australian licence and need to do the CBR theory exam. Born "
        "{DOB_EN}, phone {PHONE_INTL}.",
    ),
    # ---- garages and APK
    (
        "nl",
        "APK-herinnering: uw {car} met kenteken {PLATE} moet voor {date} gekeurd worden. {NAME_INITIALS}, "
        "klantnummer {CUSTOMER_NUMBER_GARAGE}.",
    ),
    (
        "nl",
        "Ik wil de afspraak bij {garage} verzetten. Kenteken {PLATE}, naam {NAME_FULL}, telefoon {PHONE}.",
    ),
    (
        "nl",
        "Factuur {order} voor het vervangen van de distributieriem staat op naam van {NAME_REVERSED}, "
        "{ADDRESS}, kenteken {PLATE}.",
    ),
    ("nl", "Kenteken {PLATE}, km-stand {km}, APK afgekeurd op de remmen. Klant belt terug via {PHONE_SPOKEN}."),
    (
        "nl",
        "Mijn auto heeft een Belgische plaat ({PLATE_FOREIGN}), kan ik bij jullie toch APK doen? {NAME_FULL}, "
        "{PHONE_BE}",
    ),
    (
        "nl",
        "Ik woon in Losser en rij met een Duits kenteken {PLATE_FOREIGN}. Mag de factuur naar {ADDRESS}, "
        "{POSTCODE} {city}?",
    ),
    (
        "nl",
        "Schade aan de {car} na de wasstraat van {garage}. Eigenaar {NAME_FULL}, kenteken {PLATE}, "
        "IBAN voor de vergoeding {IBAN}.",
    ),
    ("nl", "Vervangend vervoer voor {NAME_SURNAME}, kenteken {PLATE}, ophalen op {ADDRESS} om {time}."),
    (
        "nl",
        "Betaald met creditcard {CARD} bij {garage} in {city}, maar het bedrag van {amount} is twee keer afgeschreven.",
    ),
    # ---- bicycle repair and e-bike leasing
    (
        "nl",
        "Mijn {bike} van {lease} is gestolen bij {place}. Contractnummer {CUSTOMER_NUMBER_LEASE}, aangifte "
        "gedaan. {NAME_FULL}",
    ),
    (
        "nl",
        "De accu van mijn leasefiets laadt niet meer. Kunnen jullie hem ophalen op {ADDRESS}? Contract "
        "{CUSTOMER_NUMBER_LEASE}, {PHONE}.",
    ),
    (
        "nl",
        "Fietsenmaker, de fiets van {NAME_FIRST} staat klaar, {amount}, bel even naar {PHONE} of hij vandaag nog komt.",
    ),
    (
        "nl",
        "Einde leasecontract {CUSTOMER_NUMBER_LEASE}: de fiets graag overnemen voor {amount}, afschrijven van "
        "{IBAN}. {NAME_MARRIED}",
    ),
    (
        "nl",
        "Mijn werkgever is veranderd, dus het leasecontract van {NAME_FULL} ({EMAIL}) moet over naar de nieuwe "
        "werkgever.",
    ),
    (
        "nl",
        "Ik heb een brommer en een fiets bij jullie; het kenteken van de brommer is {PLATE}. Postcode {POSTCODE}.",
    ),
    # ---- phone repair shops
    (
        "nl",
        "Scherm van mijn {device} vervangen, reparatienummer {order}, klantnummer {CUSTOMER_NUMBER_REPAIR}. "
        "Mail mij op {EMAIL} als hij klaar is.",
    ),
    (
        "nl",
        "Bij {shop} hebben ze mijn telefoon gewist, al mijn foto's kwijt! Klant {NAME_FULL}, {PHONE}.",
    ),
    (
        "nl",
        "Telefoon ophalen mag door mijn broer {NAME_FULL}, hij neemt zijn ID mee. Klantnr {CUSTOMER_NUMBER_REPAIR}.",
    ),
    (
        "nl",
        "Ik heb een leentoestel gekregen, dus bereik me tijdelijk op {PHONE} in plaats van {PHONE}. {NAME_FIRST}",
    ),
    (
        "en",
        "My {device} is at your shop since {date}, customer number {CUSTOMER_NUMBER_REPAIR}. Please call "
        "me on {PHONE_INTL}, {NAME_FIRST}.",
    ),
    (
        "en",
        "I paid for the battery replacement with card {CARD} but got no receipt. Email {EMAIL}, name {NAME_FULL}.",
    ),
]
