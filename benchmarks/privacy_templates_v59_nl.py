"""Dutch and Flemish templates of test_v59: pechhulp abroad, package holidays, ferries, rentals, visas, movers, pets."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- car insurance and roadside help abroad
    (
        "nl",
        "Pech bij {city}: {NAME_FULL}, kenteken {PLATE}, lidnummer "
        "{CUSTOMER_NUMBER_MEMBER}. Terugbellen op {PHONE_INTL}.",
    ),
    (
        "nl",
        "Melding alarmcentrale {time}: auto {PLATE} staat stil op de A13 richting {city}, bestuurder {NAME_INITIALS}.",
    ),
    ("nl", "Tegenpartij had een buitenlands kenteken ({PLATE_ABROAD}), onze verzekerde {NAME_FULL} reed de {PLATE}."),
    ("nl", "Schadeformulier / Claim form — Naam / Name: {NAME_PASSPORT} — Polis / Policy: {CUSTOMER_NUMBER_POLICY}"),
    ("nl", "Vervangend vervoer geregeld via {firm}; de huurauto wordt betaald met creditcard {CARD}."),
    ("nl", "Mevr. {NAME_SURNAME} belt vanuit {country}: haar man is onwel geworden, bereikbaar op {PHONE_INTL}."),
    (
        "nl",
        "Graag het eigen risico terugstorten op {IBAN_NL} t.n.v. {NAME_INITIALS}, "
        "polisnummer {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "Klant spelt zijn kenteken: {PLATE}, zegt hij, en de caravan heeft een eigen plaat."),
    # ---- package holidays, campsites
    ("nl", "Boekingsbevestiging\nHoofdboeker: {NAME_FULL}\nAdres: {ADDRESS}, {POSTCODE} {town}\nTel: {PHONE}"),
    ("nl", "Reisgezelschap: {NAME_FULL} ({DOB}), {NAME_FULL} ({DOB}) — vertrek {date} vanaf Eindhoven Airport."),
    ("nl", "Wij gaan naar {place} met {count} personen; factuur graag naar {EMAIL}, niet naar mijn werk."),
    ("nl", "Hoi! Met {NAME_FIRST} hier, die van de mobilhome bij {place}. Mijn 06 is {PHONE}, app maar even."),
    ("nl", "Restitutie annulering {amount} naar rekening {IBAN} graag, ik ben klant {CUSTOMER_NUMBER_BOOKING}."),
    ("nl", "Geboortedatum van de jongste reiziger is {DOB}, dus zij valt nog onder het kindertarief."),
    ("nl", "Wijziging hoofdboeker: voortaan {NAME_PAIR}, {ADDRESS}, {POSTCODE} {town}."),
    # ---- ferries and trains
    ("nl", "Overtocht {code} {date}, passagiers: {NAME_PASSPORT} en kind, voertuig {PLATE}, lengte 4,8 m."),
    ("nl", "Ik heb de Nightjet naar Wenen geboekt op naam van {NAME_LOWER}, maar de bevestiging ging naar {EMAIL}."),
    ("nl", "Telefoonnotitie: mevrouw geeft haar mail door als {EMAIL_SPOKEN}, wil het ticket opnieuw ontvangen."),
    ("nl", "Reserveringsgegevens — Reiziger: {NAME_FULL}, geb. {DOB}, klantnummer {CUSTOMER_NUMBER_BOOKING}."),
    # ---- holiday home rentals, ski schools
    ("nl", "Borg van het vakantiehuis in {country} retour op {IBAN}; huurder {NAME_FULL}, aankomst {date}."),
    ("nl", "Skischool: inschrijving {NAME_FIRST} (geboren {DOB}), groep Bambini, ouder bereikbaar op {PHONE}."),
    ("nl", "De sleutelkluis code krijgt u per sms op {PHONE}; uw adres bij ons is {ADDRESS_ABROAD}."),
    ("nl", "Bewoner {NAME_SURNAME} van {ADDRESS} meldt dat de eigenaar in {city} het huis dubbel heeft verhuurd."),
    # ---- passport photos, translations, visa appointments
    ("nl", "Beëdigde vertaling geboorteakte van {NAME_FULL}, geboren op {DOB} te {city}, BSN {BSN}."),
    ("nl", "Voor de visumafspraak via VFS Global hebben we nodig: BSN {BSN}, adres {ADDRESS}, postcode {POSTCODE}."),
    ("nl", "Klant leest BSN voor: {BSN_SPOKEN}. Vertaling Nederlands-Pools klaar op {date}."),
    ("nl", "Pasfoto's voor {NAME_FULL} liggen klaar bij het filiaal; betaald met pas {CARD}."),
    ("nl", "Naam / Name: {NAME_FULL}\nGeboortedatum / Date of birth: {DOB}\nBSN / Citizen service number: {BSN}"),
    ("nl", "[vertaald uit het Pools] Goedendag, ik ben {NAME_FULL}, mijn e-mail is {EMAIL} en nummer {PHONE_INTL}."),
    ("nl", "[vertaald uit het Turks] Mijn moeder {NAME_FULL} heeft een visum nodig, zij woont op {ADDRESS_ABROAD}."),
    (
        "nl",
        "[automatisch vertaald uit het Duits] Mein Geburtsdatum ist {DOB_DE}, "
        "Versicherungsnummer {CUSTOMER_NUMBER_POLICY}.",
    ),
    # ---- removals and shipping household goods
    ("nl", "Verhuizing naar {country}: ophaaladres {ADDRESS}, {POSTCODE} {town}; afleveradres {ADDRESS_ABROAD}."),
    ("nl", "Inboedellijst getekend door {NAME_INITIALS}; aanbetaling {amount} van {IBAN} ontvangen."),
    ("nl", "Hij zegt zijn postcode als {POSTCODE_SPOKEN}, huisnummer 14, en vraagt of de container op straat mag."),
    ("nl", "Contactpersoon in Lissabon: {NAME_FULL}, {PHONE_INTL}, {EMAIL_HIDDEN}."),
    ("nl", "naam;geboortedatum;bsn;postcode\n{NAME_PASSPORT};{DOB};{BSN};{POSTCODE}"),
    # ---- pets
    ("nl", "Dierenpaspoort hond Bikkel, eigenaar {NAME_FULL}, {ADDRESS}, tel. {PHONE}. Rabiësvaccinatie op {date}."),
    ("nl", "Kattenbench wordt opgehaald bij {NAME_SURNAME}, {POSTCODE} {town}; betaling via {CARD}."),
    ("nl", "Graag het transport van onze kat naar {city} bevestigen aan {EMAIL}. Gr, {NAME_FIRST}"),
    # ---- phone and chat
    ("nl", "Beller noemt zich {NAME_FULL}, zegt {PHONE_SPOKEN} als terugbelnummer, geen toegang tot mail."),
    ("nl", "Chat 14:02 klant: mijn mail is {EMAIL} en mijn IBAN {IBAN}. Chat 14:03 agent: dank u!"),
    ("nl", "Agent-notitie: geverifieerd met geboortedatum {DOB} en postcode {POSTCODE}."),
    ("nl", "Meneer {NAME_SURNAME} uit Roosendaal heeft zijn pechhulp opgezegd, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Wilt u voortaan mailen naar {EMAIL_SPOKEN}? Het oude adres gebruik ik niet meer."),
    (
        "nl",
        "Beste,\n\nIn bijlage de kopie van mijn rijbewijs.\n\nMet vriendelijke "
        "groeten,\n{NAME_FULL}\n{ADDRESS_ABROAD}\n{PHONE_INTL}",
    ),
    ("nl", "Het schadedossier hoort bij {NAME_FULL}, kenteken {PLATE}, gebeurd op de tolweg bij {city}."),
    ("nl", "Factuur naar {NAME_PAIR}, {ADDRESS}, {POSTCODE} {town}, klantnummer {CUSTOMER_NUMBER_BOOKING}."),
    ("nl", "Kunt u de {amount} afschrijven van mijn creditcard? Nummer is {CARD}, vervalt in 2028."),
]
