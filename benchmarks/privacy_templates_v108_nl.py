"""Dutch and Flemish templates of test_v108: stables, funeral policies, e-bike leases, grooming, holiday parks,
hearing aids, textbooks, parking permits, tutoring and window cleaning, in Intercom exports, bailiff letters,
Teams notes, misfilled web forms, Groningen, Limburg and Gent speech, reviews, SMS, JSON and voicemails."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- riding stables
    ("nl", "[{time}] {NAME_FULL} (Intercom): hoi, ik wil mijn dochter inschrijven voor de ponyles op {weekday}."),
    ("nl", "[{time}] Hoefje: Wat is je lidnummer? [{time}] bezoeker: {CUSTOMER_NUMBER_MEMBER}, dank je"),
    ("nl", "Pensionstalling voor de merrie van {NAME_INITIALS}, maandbedrag afschrijven van {IBAN_NL}."),
    ("nl", "Moi, ik bin {NAME_FIRST} oet Haren, mien hynder staait bie joe op stal. Bel mie even op {PHONE}."),
    ("nl", "Ruiterpas aangevraagd voor {NAME_FULL}, geboren {DOB}, adres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Paardentrailer met kenteken {PLATE} staat al weken op de parkeerplaats, eigenaar is {NAME_SURNAME}."),
    # ---- funeral insurance
    ("nl", "Uitvaartpolis {CUSTOMER_NUMBER_POLICY} op naam van {NAME_FULL}, overleden op {date}; geboren {DOB}."),
    (
        "nl",
        "Teams-gespreksnotitie {date}: gesproken met zoon {NAME_FIRST}, terugbellen op {PHONE}, polis "
        "{CUSTOMER_NUMBER_POLICY}.",
    ),
    (
        "nl",
        "Ik wil de premie van de uitvaartverzekering van mijn moeder, {NAME_CAPS}, voortaan van {IBAN} laten "
        "afschrijven.",
    ),
    ("nl", "Hoi, mijne pa {NAME_FULL} is gestorve, BSN {BSN}, wat moete wij noe doen? Groetjes oet Heerle"),
    ("nl", "Verzekerde: {NAME_INITIALS} | Geboortedatum: {DOB} | BSN: {BSN} | Dekking: {product}"),
    # ---- e-bike leasing
    ("nl", "Leasecontract {CUSTOMER_NUMBER_CONTRACT} van medewerker {NAME_FULL}: fiets gestolen bij station {city}."),
    ("nl", "Werkgever vraagt loonheffingsgegevens: BSN {BSN}, personeelsnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Bezorgadres voor de nieuwe e-bike: {ADDRESS}, {POSTCODE}. Contactpersoon {NAME_LOWER}."),
    ("nl", '{"medewerker": "{NAME_FULL}", "email": "{EMAIL}", "contract": "{CUSTOMER_NUMBER_CONTRACT}"}'),
    ("nl", "Kunnen jullie de eigen bijdrage van {amount} van creditcard {CARD} halen in plaats van mijn loon?"),
    # ---- dog grooming
    ("nl", "Afspraak trimbeurt voor Bobbie, baasje {NAME_FIRST} {NAME_SURNAME}, mobiel {PHONE}."),
    (
        "nl",
        "SMS {time}: Hallo {NAME_FIRST}, Kwispel is klaar, je kunt hem ophalen! | Antwoord van {PHONE}: top, ben er "
        "om {time}",
    ),
    ("nl", "Beoordeling op Trustpilot, gekopieerd door klant: 'Hond kwam kaal terug. {NAME_FULL}, {town}, {EMAIL}'"),
    ("nl", "Betaling no-show boete mislukt op kaart {CARD}; klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Ik zit in Gent, {ADDRESS}, 9000 Gent. Ge kunt mij bellen op {PHONE_ABROAD}, merci, {NAME_FIRST}"),
    # ---- holiday park cancellations
    ("nl", "Annulering {ref} door {NAME_FULL}, restitutie van {amount} naar {IBAN} graag."),
    ("nl", "Webformulier | Naam: {EMAIL} | E-mail: {NAME_FULL} | Telefoon: {POSTCODE} | Postcode: {PHONE}"),
    ("nl", "Webformulier | Voornaam: {NAME_FULL} {ADDRESS} | Achternaam: {DOB} | Opmerking: bel {PHONE}"),
    ("nl", "Wij komen niet, onze auto ({PLATE}) is kapot. Annuleringsverzekering staat op {NAME_INITIALS}."),
    ("nl", "[Intercom {date} {time}] {NAME_NICK}: hoe krijg ik mijn geld terug, boekingsnaam is {NAME_SURNAME}"),
    ("nl", "Gasten: {NAME_FULL} (geb. {DOB}) en {NAME_FULL} (geb. {DOB}); parkeren op plek {count}."),
    # ---- hearing aids
    (
        "nl",
        "Proefperiode hoortoestel {product} voor {NAME_INITIALS}, geboortedatum {DOB}, verzekerdennummer "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Voicemail ingesproken: 'met {NAME_FULL}, mijn nummer is {PHONE_SPOKEN}, het apparaat piept'."),
    ("nl", "Voicemail: 'BSN van mijn vader is {BSN_SPOKEN}, hij heet {NAME_FULL}, hij hoort u niet goed'."),
    ("nl", "Hoortoestel terugsturen naar: {NAME_CAPS}, {ADDRESS}, {POSTCODE} {town}"),
    ("nl", "Zorgverzekeraar machtiging: {NAME_FULL}, BSN {BSN}, relatienummer {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- textbook buyback
    ("nl", "Inkoop boeken: {count} titels, uitbetaling op {IBAN_NL} t.n.v. {NAME_LOWER}."),
    ("nl", "Verzendlabel voor {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, e-mail {EMAIL}."),
    ("nl", "ik heb {product} opgestuurd maar niks gehad, mijn klantnummer is {CUSTOMER_NUMBER_CUSTOMER} - {NAME_NICK}"),
    ("nl", "Student {NAME_FIRST} mailt vanaf {EMAIL}: geboortedatum {DOB} klopt niet in mijn account."),
    # ---- parking permits
    ("nl", "Aanvraag bewonersvergunning: kenteken {PLATE}, aanvrager {NAME_FULL}, adres {ADDRESS}, BSN {BSN}."),
    ("nl", "Kentekenwijziging van {PLATE} naar {PLATE} voor vergunning {ref}, mvg {NAME_INITIALS}"),
    (
        "nl",
        "Brief deurwaarder, overgetypt: 'Geachte heer/mevrouw {NAME_SURNAME}, wij sommeren u {amount} over te maken. "
        "Uw dossier {CUSTOMER_NUMBER_CONTRACT}.'",
    ),
    ("nl", "De deurwaarder schrijft: 'beslag op voertuig {PLATE} van {NAME_CAPS}, wonende te {ADDRESS}, {POSTCODE}'."),
    ("nl", "Buitenlands kenteken {PLATE_ABROAD} van mijn Belgische partner {NAME_FULL} op de vergunning graag."),
    ("nl", "Wie zit in de auto {PLATE}? Dat is {NAME_FIRST}, de zorgverlener van mijn moeder, tel. {PHONE}."),
    # ---- private tutoring
    ("nl", "Bijles wiskunde voor {NAME_FIRST} (geb. {DOB}), ouder: {NAME_FULL}, {PHONE}."),
    ("nl", "Teams-notitie intake: leerling {NAME_FULL}, school in {city}, ouders bereikbaar via {EMAIL}."),
    ("nl", "Factuur bijles graag naar {EMAIL}; betalen doen we met {IBAN}."),
    ("nl", "Bijlesdocent {NAME_FULL} heeft het adres {ADDRESS} nodig voor de les aan huis."),
    ("nl", "Sjoen dat ge mich trök belt, ich bin {NAME_FIRST} {NAME_SURNAME} en mien nummer is {PHONE}."),
    # ---- window cleaning
    (
        "nl",
        "Abonnement glazenwassen {CUSTOMER_NUMBER_CONTRACT}, adres {ADDRESS}, {POSTCODE} {town}, klant {NAME_FULL}.",
    ),
    ("nl", "SMS van {PHONE}: glazenwasser was er niet, {NAME_FIRST} van nummer {count}"),
    ("nl", "Incasso glasbewassing mislukt op {IBAN}, mandaat {CUSTOMER_NUMBER_CONTRACT}, debiteur {NAME_FULL}."),
    ("nl", "Graag sleutel ophalen bij de buren, {NAME_INITIALS}, {ADDRESS}, want ik ben weg tot {date}."),
    ("nl", "Joe glaazenwazzer het mien roamen nait doan, {NAME_FIRST} {NAME_SURNAME}, {ADDRESS}, Grunn."),
    # ---- mixed channels
    ("nl", '{"klant": {"naam": "{NAME_FULL}", "iban": "{IBAN}", "geboren": "{DOB}"}}'),
    ("nl", '{"telefoon": "{PHONE}", "postcode": "{POSTCODE}", "kenteken": "{PLATE}"}'),
    ("nl", "Voicemail: 'u kunt mailen naar {EMAIL_SPOKEN}, groet {NAME_FIRST}'."),
    ("nl", "Google-review van {NAME_FULL}: 'Nooit meer! Bel me maar op {PHONE} als je durft.'"),
    ("nl", "Gegevens partner: {NAME_FULL}, {DOB}, {PHONE_ABROAD}, {EMAIL}."),
    ("nl", "Mijn betaalpas {CARD} is twee keer belast voor {product}, groet {NAME_FULL}."),
    ("nl", "Ik heb gebeld met {NAME_FIRST} van jullie, ze zou mijn lidmaatschap {CUSTOMER_NUMBER_MEMBER} stopzetten."),
]
