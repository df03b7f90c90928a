"""Dutch, Flemish and Papiamento-coloured templates of test_v86: grave rights, organ recitals and church rentals,
tattoo removal, ice-skating clubs, cheese delivery, kitchen planning, window film, model aircraft, solar panel
cleaning and prom tuxedos, in Tidio chats, Google Chat spaces, call summaries, typed-up diary pages, markdown
tables, faxed complaint forms, Dutch written by English speakers and run-on messages."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- cemetery grave rights
    ("nl", "Grafrecht van graf C-112 loopt af op {date}; rechthebbende {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Verlenging grafrecht, grafakte {CUSTOMER_NUMBER_CONTRACT}, rechthebbende {NAME_INITIALS}, tel. {PHONE}."),
    ("nl", "Overleden: {NAME_FULL}, geboren {DOB}, BSN {BSN}; bijzetting in het familiegraf op {date}."),
    ("nl", "De onderhoudsrechten ({amount} per jaar) worden geïncasseerd van {IBAN} t.n.v. {NAME_SURNAME}."),
    (
        "nl",
        "Samengevat: mevrouw {NAME_SURNAME} wil het grafrecht overdragen aan haar zoon {NAME_FULL}, bereikbaar "
        "op {PHONE}, en krijgt de akte per mail op {EMAIL}.",
    ),
    (
        "nl",
        "Fax klachtformulier begraafplaats | Naam: {NAME_CAPS} | Adres: {ADDRESS} | Postcode: {POSTCODE} | "
        "Klacht: grafsteen beschadigd door maaier",
    ),
    # ---- organ recitals and church rentals
    ("nl", "Huur kerkzaal voor {date}: huurder {NAME_FULL}, {EMAIL}, factuur naar {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Organist {NAME_FULL} speelt op {date} het Schnitger-orgel; honorarium {amount} naar {IBAN_NL}."),
    (
        "nl",
        "Google Chat · space 'Kerkverhuur' · {NAME_FIRST}: de bruiloft van {NAME_COUPLE} is bevestigd, "
        "contactnummer {PHONE}.",
    ),
    ("nl", "Vriendenpas orgelconcerten, lidnummer {CUSTOMER_NUMBER_MEMBER}, staat op naam van {NAME_LOWER}."),
    ("nl", "Bon dia, mi ta {NAME_FULL}, ik wil de kerk huren voor onze doop, mi number ta {PHONE_ABROAD}, danki!"),
    ("nl", "Sleutel van de consistoriekamer opgehaald door {NAME_INITIALS} (kenteken {PLATE}), terug op {weekday}."),
    # ---- tattoo removal clinics
    ("nl", "Intake laserbehandeling: cliënt {NAME_FULL}, geboortedatum {DOB}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Tidio · {NAME_NICK}: hoi, hoeveel sessies heb ik nog nodig voor mijn tattoo? mijn mail is {EMAIL}"),
    ("nl", "Aanbetaling van {amount} voldaan met {CARD} door {NAME_FULL}; sessie {count} staat op {date}."),
    ("nl", "Cliënt {NAME_SURNAME} ({DOB}) meldt blaren na sessie 3, terugbellen op {PHONE}."),
    (
        "nl",
        "Declaratie aan zorgverzekeraar geweigerd: polisnummer {CUSTOMER_NUMBER_POLICY}, BSN {BSN}, "
        "verzekerde {NAME_FULL}.",
    ),
    (
        "nl",
        "Ik ben {NAME_FIRST} en ik wil mijn ex zijn naam van mijn arm laten weghalen en ik woon op {ADDRESS} in "
        "{city} en mijn nummer is {PHONE} en ik ben geboren op {DOB} dus ik ben oud genoeg toch en kan ik met "
        "{CARD} betalen of moet het via iDEAL",
    ),
    # ---- ice-skating clubs
    (
        "nl",
        "Aanmelding ijsclub: {NAME_FULL}, geb. {DOB}, {ADDRESS}, {POSTCODE} {town}, KNSB-lidnummer "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Contributie {amount} wordt afgeschreven van {IBAN}; machtiging getekend door {NAME_INITIALS}."),
    (
        "nl",
        "Agenda (foto, overgetypt): di {time} training – {NAME_FIRST} {NAME_SURNAME} belt over noren, {PHONE_SPOKEN}",
    ),
    ("nl", "| Lid | Lidnummer | Telefoon |\n|---|---|---|\n| {NAME_FULL} | {CUSTOMER_NUMBER_MEMBER} | {PHONE} |"),
    (
        "nl",
        "Hai, I am {NAME_FULL} and I want to become lid of jullie ijsclub, mijn adres is {ADDRESS}, "
        "{POSTCODE}, sorry for my Nederlands.",
    ),
    ("nl", "Vrijwilliger voor de baanverlichting: {NAME_FULL}, mobiel {PHONE}, auto {PLATE} mag op het terrein."),
    # ---- cheese shops with home delivery
    ("nl", "Bezorging kaaspakket bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; niet thuis? Bel {PHONE}."),
    ("nl", "Tidio · bezoeker {NAME_NICK}: mijn bestelling is niet gekomen, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Kaasabonnement {CUSTOMER_NUMBER_CONTRACT} opgezegd door {NAME_LOWER} per {date}."),
    ("nl", "Betaling kaasplank met creditcard {CARD}, kaarthouder {NAME_CAPS}."),
    (
        "nl",
        "Samengevat: klant {NAME_FULL} kreeg beschimmelde jonge kaas, wil {amount} terug op {IBAN_NL}, "
        "mailadres {EMAIL}.",
    ),
    (
        "nl",
        "Dushi, mi ke order e kaas di Gouda, stuur naar {ADDRESS}, {POSTCODE}, mi nòmber ta {NAME_FULL}, masha danki.",
    ),
    # ---- DIY store kitchen planning
    ("nl", "Afspraak keukenplanner {weekday} {time}: {NAME_FULL}, {EMAIL}, {PHONE}, model L-opstelling."),
    ("nl", "Keukenofferte {ref} voor {NAME_INITIALS}, leveradres {ADDRESS}, {POSTCODE} {town}."),
    (
        "nl",
        "Google Chat · space 'Keukens regio Oost' · {NAME_FULL}: klant belt steeds, nummer {PHONE}, "
        "kan iemand hem terugbellen?",
    ),
    (
        "nl",
        "Financiering keuken: contractnummer {CUSTOMER_NUMBER_CONTRACT}, aanvrager {NAME_FULL}, geb. {DOB}, BSN {BSN}.",
    ),
    (
        "nl",
        "Klacht per fax: KEUKEN SCHEEF GEPLAATST. Naam {NAME_CAPS}, tel {PHONE}, klantnr. {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Bezorger kon de bus ({PLATE}) niet kwijt bij {ADDRESS}; klant {NAME_SURNAME} gebeld."),
    # ---- window film installers
    ("nl", "Opdracht zonwerende folie op {count} ramen bij {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("nl", "Monteur komt {weekday} met bus {PLATE}; klant {NAME_FIRST} is bereikbaar op {PHONE}."),
    (
        "nl",
        "Samengevat: de heer {NAME_SURNAME} ziet luchtbellen in de folie, foto's volgen via {EMAIL}, "
        "garantie loopt tot {date}.",
    ),
    ("nl", "Aanbetaling folie {amount} via {IBAN} van {NAME_FULL}, factuuradres {ADDRESS}."),
    (
        "nl",
        "Hello, my name is {NAME_FULL}, we have huur a house at {ADDRESS} and the sun is too much, "
        "kan jullie folie plakken? Bel {PHONE_ABROAD}.",
    ),
    # ---- model aircraft clubs
    ("nl", "Nieuw lid modelvliegclub: {NAME_FULL} ({DOB}), lidnummer {CUSTOMER_NUMBER_MEMBER}, {EMAIL}."),
    ("nl", "Verzekering modelvliegen, polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_INITIALS}, {ADDRESS}."),
    ("nl", "Agenda zaterdag (foto): 10u examen brevet A {NAME_FULL} – meenemen paspoort, BSN {BSN} niet nodig!"),
    ("nl", "Google Chat · space 'Vliegveld' · {NAME_NICK}: wiens auto {PLATE} staat op de startbaan?"),
    ("nl", "Crash op {date}: model van {NAME_FULL} in het weiland van {NAME_SURNAME}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "| Naam | Geb.datum | Brevet |\n|---|---|---|\n| {NAME_FULL} | {DOB} | A |\n| {NAME_FULL} | {DOB} | B |"),
    # ---- solar panel cleaning
    ("nl", "Reiniging {count} zonnepanelen bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, op {date}."),
    ("nl", "Tidio · {NAME_FIRST}: is het dak bij {ADDRESS} te steil? bel me even op {PHONE}"),
    ("nl", "Jaarcontract panelen {CUSTOMER_NUMBER_CONTRACT}, incasso van {IBAN_NL}, t.n.v. {NAME_INITIALS}."),
    (
        "nl",
        "Samengevat: klant {NAME_FULL} (klantnummer {CUSTOMER_NUMBER_CUSTOMER}) wil de afspraak naar {weekday}, "
        "belt terug vanaf {PHONE}.",
    ),
    ("nl", "Mijn buurman {NAME_FULL} op nummer {count} wil ook, zijn mail is {EMAIL_SPOKEN}."),
    (
        "nl",
        "Ik heb zonnepanelen en ze zijn vies en ik woon {ADDRESS} {POSTCODE} {town} en jullie mogen bellen naar "
        "{PHONE} of mailen naar {EMAIL} en betalen doe ik met {IBAN} groetjes {NAME_FULL}",
    ),
    # ---- tuxedo rental for proms
    ("nl", "Smokinghuur gala: {NAME_FULL}, maat 50, borg {amount} op kaart {CARD}."),
    ("nl", "Galafeest {date}: ophalen door {NAME_FIRST} {NAME_SURNAME}, geboren {DOB}, ouder {NAME_FULL} tekent."),
    ("nl", "Borg terug naar {IBAN} graag, de smoking is op {date} teruggebracht. Gr. {NAME_FULL}"),
    (
        "nl",
        "Fax retourformulier: naam {NAME_CAPS}, ordernr {ref}, klantnr {CUSTOMER_NUMBER_CUSTOMER}, "
        "reden: mouwen te kort",
    ),
    ("nl", "Hoi hoi, mi ta {NAME_FIRST}, mi ke hür un smoking pa gala, mi ta biba {ADDRESS}, {POSTCODE}."),
    (
        "nl",
        "Mijn zoon {NAME_FIRST} heeft gala en hij is geboren op {DOB} en zijn maat is 48 en wij wonen {ADDRESS} "
        "en u kunt me bellen {PHONE} of whatsappen {PHONE} want ik ben {NAME_FULL} de moeder",
    ),
    # ---- across frames
    ("nl", "Terugbelverzoek: {NAME_LOWER}, {PHONE}, onderwerp: factuur {ref}."),
    ("nl", "BSN voorgelezen door beller: {BSN_SPOKEN}. Niet opslaan a.u.b."),
    ("nl", "Mijn e-mail is {EMAIL_SPOKEN}, hebt u dat?"),
    ("nl", "Adreswijziging: {NAME_FULL} verhuist van {ADDRESS} naar {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Bezoeker op parkeerplaats met buitenlands kenteken {PLATE_ABROAD}, eigenaar {NAME_FULL}."),
    ("nl", "Klant uit Curaçao, tel. {PHONE_ABROAD}, naam {NAME_FULL}, geb. {DOB}."),
    ("nl", "Voor de Vlaamse klant: rekening {IBAN}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, mevrouw {NAME_SURNAME}."),
    ("nl", "Kent u {NAME_FULL}? Zij zei dat ik uw nummer van haar kreeg: {PHONE}."),
    ("nl", "Samengevat: beller {NAME_FULL}, geb. {DOB}, postcode {POSTCODE}, adres {ADDRESS}, verder geen vragen."),
    ("nl", "Kaas voor de receptie na de uitvaart van {NAME_FULL}; bezorgen bij {NAME_COUPLE}, {ADDRESS}."),
    (
        "nl",
        "Schaatsles voor {NAME_FIRST} (geb. {DOB}), ouder {NAME_FULL}, mail {EMAIL}, polis {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "Wij hebben vandaag gesproken met {NAME_FULL}. Samengevat: nieuw IBAN {IBAN_NL}, nieuw nummer {PHONE}."),
]
