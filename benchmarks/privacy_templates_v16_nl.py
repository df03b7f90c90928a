"""Dutch templates of the `test_v16` split, first half: a water-damage claim with a plumber, holiday homes rented
abroad, a driving school, a second-hand car dealer's warranty, an imported e-scooter, leased solar panels, camper
rental, a cruise booking, ticket resale, a dating-app subscription, a fitness tracker's warranty and a smart doorbell
that films the neighbours. The second half is in `privacy_templates_v16`, which exports the split. Written by
someone who never saw the redaction rules; labels as described there."""

from __future__ import annotations

NL_FIRST = [
    # water damage claim with a plumber
    "Schademelding {insurer}: lekkage vanuit de badkamer op {ADDRESS}, {POSTCODE} {city}. Polisnummer "
    "{CUSTOMER_NUMBER_POLICY}. {plumber} heeft de leiding gerepareerd, de factuur stuur ik mee.",
    "Gesprek met loodgieter: 'Ik kom morgen om {time} kijken. Bent u {NAME_FULL}? Dan bel ik vooraf even op {PHONE}.'",
    "De bovenburen ({NAME_SURNAME}, nummer 14) hebben een lekkende wasmachine. Hun verzekering weet ik niet, wel hun "
    "telefoon: {PHONE_LAND}.",
    "Expert {NAME_FULL} van het schadebureau komt {weekday} langs voor {claim}. Graag iemand aanwezig op {ADDRESS}.",
    "Uitkering waterschade ({claim}) graag op rekening {IBAN} t.n.v. {NAME_INITIALS}. Eigen risico mag eraf.",
    "Chat: hoi ik heb een foto gestuurd van het plafond maar krijg geen reactie?? mn polis is "
    "{CUSTOMER_NUMBER_POLICY} en mail {EMAIL}",
    # holiday homes abroad
    "Boeking {rental} in {city_abroad}: hoofdhuurder {NAME_FULL}, geboren {DOB}. De borg is betaald met {CARD}.",
    "Het huisje in {city_abroad} was vies en de eigenaar, {NAME_FULL}, nam niet op ({PHONE_FR}). Ik wil mijn geld "
    "terug op {IBAN}.",
    "Sleutel ophalen bij de beheerder: {NAME_FIRST}, {ADDRESS_IT}, {POSTCODE_IT} {city_abroad}. Tel. {PHONE_IT}.",
    "Adres vakantiewoning voor de navigatie: {ADDRESS_ES}, {POSTCODE_ES} {city_abroad}. Check-in vanaf 16.00 uur.",
    "Huur wordt betaald aan de Belgische eigenaar, rekening {IBAN_BE}, {NAME_BE}. Klopt dat wel, of is dit phishing?",
    "Annuleren {order}, mijn vader ({NAME_FULL_M}, {DOB_ELDER}) ligt in het ziekenhuis. Terugbetalen aan {EMAIL}?",
    # driving school
    "Aanmelding {driving_school}\nNaam leerling: {NAME_FULL}\nGeboortedatum: {DOB_CHILD}\nAdres: {ADDRESS}\n"
    "Postcode: {POSTCODE}\nMobiel: {PHONE}\nBetaler: {NAME_FULL}",
    "Rijles afzeggen, de instructeur ({NAME_FIRST}) is niet bereikbaar. Ik ben leerling {CUSTOMER_NUMBER_STUDENT}.",
    "Het lesauto-kenteken is {PLATE}. Wie heeft op {date} de flitser gekregen, ik of de instructeur?",
    "Voor het CBR-examen heb ik je BSN nodig en je geboortedatum. > {BSN}, {DOB}",
    "Pakket van 20 lessen betaald met {CARD} maar er staan er 15 in de app. {NAME_FIRST_LOW}",
    # second-hand car dealer's warranty
    "Garantieclaim {dealer}: {car} met kenteken {PLATE}, gekocht op {date}. Versnellingsbak kapot na 900 km! Koper "
    "{NAME_FULL}, {PHONE}.",
    "Koopcontract occasion\nKoper: {NAME_INITIALS}\nAdres: {ADDRESS}, {POSTCODE} {city}\nKenteken: {PLATE}\n"
    "Klantnummer: {CUSTOMER_NUMBER}",
    "ik heb de auto gekocht bij jullie verkoper {NAME_FIRST} en nu lekt er olie. kenteken {PLATE_LOW} kunnen jullie "
    "bellen {PHONE}",
    "Vorige eigenaar volgens het onderhoudsboekje: {NAME_FULL}, {ADDRESS}, {city}. Misschien weet die van de schade?",
    "Terugbetaling aanbetaling {amount} op {IBAN_WRAP}\nt.n.v. {NAME_FULL}",
    # imported e-scooter
    "Mijn {scooter} is bij de douane blijven hangen. Ontvanger {NAME_FULL}, {ADDRESS}, {POSTCODE}. Invoerrechten "
    "betalen met {CARD}?",
    "De e-step die ik importeerde heeft een Duits verzekeringsplaatje: {PLATE_DE}. Mag ik daarmee in {city} rijden?",
    "Verkoper uit Oekraïne: {NAME_UA}, {PHONE_UA}. Hij wil het geld op een privérekening, {IBAN_DE}. Is dat veilig?",
    "Agent notitie: klant {NAME_FULL} belt over step, accu opgezwollen. Retourlabel naar {EMAIL}, {ticket}.",
    # solar-panel leasing
    "Leasecontract zonnepanelen {solar}, contractnummer {CUSTOMER_NUMBER_CONTRACT}. Het huis op {ADDRESS} is "
    "verkocht aan {NAME_FULL}, neemt die het contract over?",
    "Omvormer geeft foutcode, geen opbrengst sinds {date}. Klant {NAME_INITIALS}, {POSTCODE}, tel {PHONE}.",
    "Maandtermijn zonnepanelen dubbel afgeschreven van {IBAN}. Graag het teveel terug. {NAME_FULL}",
    "Overname lease: nieuwe eigenaar {NAME_FULL}, geboren {DOB}, IBAN {IBAN}, mail {EMAIL_SAME}.",
    # camper rental
    "Camper ophalen bij {camper} op {date}. Bestuurder 1: {NAME_FULL}, rijbewijs, geboren {DOB}. Bestuurder 2: "
    "{NAME_FULL}, geboren {DOB}.",
    "Schade aan de luifel van camper {PLATE}. Huurder {NAME_FULL} zegt dat het al zo was. Borg via {CARD} nog "
    "niet vrijgegeven.",
    "De camper stond op de camping in {city_abroad} en daar hebben ze het kenteken {PLATE_FR} genoteerd, maar dat "
    "is van de buurman!",
    "Huurcontract camper, klantnummer {CUSTOMER_NUMBER}, contactpersoon onderweg: {NAME_FIRST} {PHONE_WRAP}",
    # cruise booking
    "Cruiseboeking {cruise}, {order}. Passagiers: {NAME_FULL_UP} (geb. {DOB_ELDER}) en {NAME_FULL_UP} (geb. "
    "{DOB_ELDER}). Namen graag precies zoals in het paspoort.",
    "Mijn moeder heet {NAME_DOUBLE} maar de rederij heeft alleen haar meisjesnaam. Lidnummer loyaliteitsprogramma "
    "{CUSTOMER_NUMBER_MEMBER}.",
    "Aanbetaling cruise {amount} met {CARD}, restant via {IBAN} uiterlijk {date}.",
    "Noodcontact tijdens de cruise: mijn zoon {NAME_FULL_M}, {PHONE}, of de buurvrouw {NAME_SURNAME}, {PHONE_LAND}.",
    # ticket resale
    "Ik heb via {tickets} twee kaarten voor {event} verkocht aan {NAME_FULL} maar het geld staat niet op {IBAN}.",
    "De koper ({EMAIL}) zegt dat de barcode al gescand was. Ik heb ze echt maar één keer verkocht!",
    "Account {tickets}: {EMAIL}, geregistreerd op naam {NAME_FULL}, geboortedatum {DOB}. Graag het account "
    "ontgrendelen.",
    "DM aan {tickets}: heb kaarten gekocht van iemand die zich {NAME_NICK} noemde, betaald op {IBAN}, nooit "
    "ontvangen. Zijn nummer was {PHONE}.",
    # dating-app subscription
    "Abonnement {dating} opzeggen!! Ik word elke maand {amount} afgeschreven van kaart {CARD}. Account {EMAIL}.",
    "Iemand gebruikt mijn foto's op {dating} onder de naam {NAME_FIRST}. Mijn echte naam is {NAME_FULL}, tel {PHONE}.",
    "Mijn profiel staat op {EMAIL_TYPO} maar het moet {EMAIL_SAME} zijn, nu kan ik niet inloggen.",
    "Restitutie verzoek {dating} gold, gebruikers-ID {CUSTOMER_NUMBER_ACCOUNT}, betaald via {IBAN}.",
    # fitness tracker warranty
    "Garantie {tracker}: bandje laat los na 3 maanden. Klant {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    "Vervangend exemplaar graag naar {ADDRESS}, {POSTCODE}. Mijn account is {EMAIL}. Geboortedatum in de app "
    "staat fout: moet {DOB} zijn.",
    "De hartslagmeter van mijn vader ({NAME_FULL_M}) geeft rare waarden, hij is {DOB_ELDER} geboren dus let "
    "er een beetje op.",
    # smart doorbell privacy complaint
    "Klacht: de {doorbell} van mijn buurman {NAME_FULL} op {ADDRESS} filmt mijn hele voortuin. Ik woon op {ADDRESS}.",
    "De deurbel-app stuurt beelden van de buren naar mijn telefoon ({PHONE}). Account {EMAIL}, {version}.",
    "Ik wil dat mijn gezicht uit de opnamen van {NAME_FULL} verwijderd wordt. Ik ben {NAME_FULL}, {POSTCODE} {city}.",
    "Pakketbezorger {NAME_FIRST} staat op de beelden van mijn deurbel met kenteken {PLATE} van de bus erbij.",
]
