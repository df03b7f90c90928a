"""Dutch, Flemish, Surinamese- and Cape Verdean-coloured templates of test_v98."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- tattoo removal clinics
    ("nl", "Salesforce case comment: cliënt {NAME_FULL} (geb. {DOB}) wil sessie {count} verzetten, bel {PHONE}."),
    ("nl", "Intake laserbehandeling | Naam: {NAME_CAPS} | Geboortedatum: {DOB} | BSN: {BSN} | Tel: {PHONE}"),
    ("nl", "Aanbetaling {amount} voor tatoeage-verwijdering is betaald met {CARD} door {NAME_INITIALS}."),
    ("nl", "Ik ben {NAME_FIRST}, die tattoo op mijn arm moet weg. Mijn nummer is {PHONE_SPOKEN}, bel me na {time}."),
    ("nl", "- cliënt: {NAME_FULL}<br>- adres: {ADDRESS} / {POSTCODE} / {town}<br>- sessies: {count}"),
    # ---- tuxedo rental
    ("nl", "Smoking gehuurd op naam van {NAME_FULL}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, ophalen {weekday}."),
    ("nl", "Borg van {amount} terug naar {IBAN} t.n.v. {NAME_FORMAL} graag, het pak is al ingeleverd."),
    ("nl", "Bezorgen op {ADDRESS}&nbsp;{POSTCODE}&nbsp;{city}, contact {NAME_FIRST} {PHONE}."),
    ("nl", "* huurder {NAME_LOWER}<br>* mail {EMAIL}<br>* maat 50, rokkostuum"),
    ("nl", "Zie boven. Naam {NAME_FULL}, nogmaals: {EMAIL}, telefoon {PHONE}, zie boven!!"),
    # ---- piano lessons
    ("nl", "Inschrijving pianoles voor mijn dochter {NAME_FIRST}, geboren {DOB}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Lesgeld {amount} per maand wordt afgeschreven van {IBAN}, rekeninghouder {NAME_FULL}."),
    ("nl", "Signal spraakbericht (transcript): ja hoi met {NAME_FULL} eh mijn nummer is {PHONE_SPOKEN} ok doei"),
    ("nl", "Bij ons thuis les, adres is {ADDRESS}, postcode {POSTCODE}. Mvg {NAME_SURNAME}"),
    ("nl", "Lid {CUSTOMER_NUMBER_MEMBER} ({NAME_INITIALS}) zegt per {date} op, mail naar {EMAIL_SPOKEN}."),
    # ---- gutter cleaning
    ("nl", "Dakgoot reinigen bij {ADDRESS}, {POSTCODE} {town}. Klant {NAME_FULL} is {weekday} thuis."),
    ("nl", "Offerte goot schoonmaken: {NAME_FORMAL}, {ADDRESS}/{POSTCODE}/{city}, tel {PHONE}"),
    ("nl", "Werkbus met kenteken {PLATE} stond op oprit van {NAME_SURNAME}, die klaagt over schade."),
    ("nl", "Gootje (bot): Wat is uw postcode? Klant: {POSTCODE} huisnummer {count}. Naam is {NAME_FULL}."),
    ("nl", "Factuur goot-onderhoud betaald via {IBAN}; contractnummer {CUSTOMER_NUMBER_CONTRACT}."),
    # ---- vet emergency
    ("nl", "Spoedconsult hond Bobby, eigenaar {NAME_FULL}, mobiel {PHONE}, woont {ADDRESS}."),
    ("nl", "Eigenaar {NAME_CAPS} kan pas {time} komen, auto {PLATE} staat voor de ingang."),
    ("nl", "Dierenkliniek rekening {amount}: betaald met creditcard {CARD}, klantnr. {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Poes is aangereden bij {ADDRESS}, de vinder {NAME_FIRST} belt vanaf {PHONE_ABROAD}."),
    ("nl", "Dossier dier: eigenaar geboren {DOB}, polisnummer dierenverzekering {CUSTOMER_NUMBER_POLICY}."),
    # ---- bike lease for employees
    (
        "nl",
        "Leasefiets aanvraag via werkgever: medewerker {NAME_FULL}, BSN {BSN}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Personeelsnummer niet nodig, wel uw BSN aub. Antwoord: {BSN}, groet {NAME_FIRST}."),
    ("nl", "Fiets wordt geleverd bij {NAME_FORMAL}, {ADDRESS}, {POSTCODE} {city}, tussen {time} en 12:00."),
    ("nl", "Mijn leasecontract {CUSTOMER_NUMBER_CONTRACT}, fiets gestolen, aangifte gedaan, bel {PHONE}. {NAME_FULL}"),
    ("nl", "- werknemer {NAME_LOWER}\n- geb.datum {DOB}\n- e-mail {EMAIL}\n- fiets: e-bike"),
    # ---- garden furniture returns
    ("nl", "Retour loungeset, ordernummer staat op bon, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, naam {NAME_FULL}."),
    ("nl", "Ophalen parasol op {ADDRESS} / {POSTCODE} / {town}, bel eerst {PHONE} want bel is kapot."),
    ("nl", "Terugbetaling {amount} op {IBAN} graag. {NAME_INITIALS}, {EMAIL}"),
    ("nl", "Ik vraagde eerst telefoon maar u geeft: {EMAIL}, dan pas {PHONE}, dan naam {NAME_FULL}."),
    ("nl", "Bezorger kon niet parkeren, busje {PLATE} moest weg. Klant {NAME_SURNAME} boos."),
    # ---- mortgage advisors
    ("nl", "Hypotheekgesprek {NAME_FULL} & partner, geboortedata {DOB} en {DOB}, BSN {BSN}."),
    ("nl", "Salesforce case comment: aanvrager {NAME_FORMAL}, polis ORV {CUSTOMER_NUMBER_POLICY}, IBAN {IBAN}."),
    ("nl", "Ik stuur loonstrook na. Mijn gegevens nog een keer zie boven: {NAME_FULL}, {BSN}, {DOB}."),
    ("nl", "Woning {ADDRESS}, {POSTCODE} {city} wordt getaxeerd op {weekday}, contact {PHONE}."),
    ("nl", "Debiteur {NAME_FULL}, hypotheekdossier {CUSTOMER_NUMBER_POLICY}, e-mail {EMAIL_SPOKEN}."),
    # ---- kids party venues
    ("nl", "Kinderfeestje voor {NAME_FIRST} wordt 7! Reservering op naam {NAME_FULL}, tel {PHONE}."),
    ("nl", "Aanbetaling feestje met {CARD}, factuur naar {EMAIL}, adres {ADDRESS} {POSTCODE}."),
    ("nl", "Jarige: {NAME_FIRST}, geboortedatum {DOB}, mama {NAME_FULL}, lidmaatschap {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Feestbeest: Heb je een ledenpas? Klant: ja {CUSTOMER_NUMBER_MEMBER}&nbsp;op naam van {NAME_SURNAME}"),
    # ---- bottled water
    ("nl", "Waterlevering {count} flessen naar {ADDRESS}, {POSTCODE}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Incasso waterkoeler huur van {IBAN}, contract {CUSTOMER_NUMBER_CONTRACT}, t.n.v. {NAME_CAPS}."),
    ("nl", "Chauffeur met bus {PLATE} vond niemand thuis bij {NAME_FULL}, opnieuw bellen {PHONE}."),
    # ---- debt collector letters
    ("nl", "Namens onze opdrachtgever sommeren wij {NAME_FORMAL}, {ADDRESS}, {POSTCODE} {city}, tot betaling."),
    ("nl", "Incassodossier: schuldenaar {NAME_FULL}, geboren {DOB}, BSN {BSN}, openstaand {amount}."),
    ("nl", "U kunt betalen op onze derdengeldrekening onder vermelding van klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Schuldenaar verhuisd naar {ADDRESS}/{POSTCODE}/{town}, nieuw nummer {PHONE}."),
    ("nl", "Beslag op voertuig {PLATE} van {NAME_FULL} wordt voorbereid."),
    # ---- Hindustani-Surinamese and Cape Verdean writers
    ("nl", "Ba, ik heb al gebeld hoor, mijn naam is {NAME_FULL} en mijn nummer {PHONE_ABROAD} van Sranan."),
    ("nl", "Mi na {NAME_FIRST} {NAME_SURNAME}, adres {ADDRESS}, bel me ff op {PHONE}, danki."),
    ("nl", "Ik ben {NAME_FULL}, van Kaapverdië, mijn rekening is {IBAN}, stuur geld terug aub obrigado."),
    ("nl", "Mijn man {NAME_FIRST} zijn geboortedag is {DOB}, hij zeg verkeerd bij jullie."),
    ("nl", "Eerst naam dan adres toch? ok: {ADDRESS} {POSTCODE}, {NAME_FULL}, {EMAIL}"),
    ("nl", "Signal transcript: ehm mijn mail is {EMAIL_SPOKEN} en postcode {POSTCODE} ja"),
    ("nl", "Betaald met kaart {CARD} maar bedrag twee keer eraf, zie boven, {NAME_FULL}."),
    ("nl", "Buitenlands kenteken {PLATE_ABROAD} staat op parkeerplaats, eigenaar {NAME_FULL} gaf {PHONE_ABROAD}."),
]
