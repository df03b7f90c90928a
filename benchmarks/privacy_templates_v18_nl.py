"""Dutch templates of the `test_v18` split, first half: a mobile operator's roaming bill, a prepaid top-up gone wrong,
an e-reader subscription, a board-game webshop, a climbing gym, a yoga studio, a coworking space, a student-room
sublet, a furniture-rental company, a garden-maintenance subscription, a septic-tank service, a pool-maintenance firm,
a rental-bike scheme and a taxi-app dispute. The second half is in `privacy_templates_v18`, which exports the split.
Written by someone who never saw the redaction rules; labels as described there."""

from __future__ import annotations

NL_FIRST = [
    # roaming bill
    "Ik kreeg een rekening van {amount} na een week {country}, terwijl ik de {bundle} had. Klantnummer "
    "{CUSTOMER_NUMBER}, nummer van het abonnement {PHONE}.",
    "Beste {operator}, mijn dochter {NAME_FIRST_F} heeft in {country} data gebruikt op {PHONE}. Dat nummer staat op "
    "mijn naam, {NAME_FULL}. Kan de blokkade erop?",
    "Roamingkosten terugstorten op {IBAN} graag. Het contract ({CUSTOMER_NUMBER_CONTRACT}) loopt via mijn werkgever.",
    "Chat {operator}\nMedewerker {NAME_STAFF}: Wat is uw geboortedatum ter verificatie?\nKlant: {DOB}\n"
    "Medewerker: Dank u.",
    "De sms 'Welkom in {country}' kwam pas na de kosten. Mail mij op {EMAIL}, niet bellen want ik zit nog in het "
    "buitenland op {PHONE_BE}.",
    # prepaid top-up gone wrong
    "Ik heb {amount} beltegoed gekocht met {topup} maar het staat op het verkeerde nummer! Moest {PHONE} zijn, "
    "ik heb {PHONE_FIX} ingetypt.",
    "Opwaarderen via de app met creditcard {CARD}, bedrag afgeschreven, geen tegoed. Naam {NAME_FULL}.",
    "Prepaid van mijn oma ({NAME_FULL_F}), zij belt met {PHONE_LAND} vanaf huis. Haar simkaart op {PHONE} doet het "
    "niet meer na het opwaarderen.",
    "Voicemail: goedemiddag met {NAME_SURNAME}, ik heb opgewaardeerd maar er staat niks op, mijn nummer is "
    "{PHONE_VOICE}, dank u wel.",
    # e-reader subscription
    "Abonnement {ereader} opzeggen. Account {EMAIL}, betaald met {CARD}. Ik lees gewoon weer papieren boeken.",
    "Er wordt nog steeds {amount} per maand afgeschreven van {IBAN}, terwijl ik op {date} heb opgezegd. {NAME_FORM}",
    "Mijn ex-vriend {NAME_FULL_M} gebruikt nog mijn {ereader}-account. Wachtwoord resetten naar {EMAIL}.",
    "Inlogprobleem e-reader: gebruikersnaam {EMAIL_TYPO}, sorry, moet zijn {EMAIL_SAME}.",
    # board-game webshop
    "{game_shop}: {game} besteld, {order}, doos kwam ingedeukt aan. Afleveradres {ADDRESS}, {POSTCODE} {city}.",
    "Bij {game} ontbraken alle houten pionnen. Vervangende onderdelen sturen naar {NAME_FULL}, {ADDRESS_WRAP}, "
    "{POSTCODE}.",
    "Cadeau voor {NAME_CHILD}, ze wordt 9 op {date}. Graag met kaartje: 'Van opa {NAME_NICK}'.",
    "Spellenavond-lidmaatschap: lidnummer {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL}, {EMAIL}.",
    "Retour via PostNL, terugbetalen op {IBAN_WRAP}\nt.a.v. {NAME_INITIALS}",
    # climbing gym
    "Inschrijving {gym}: {NAME_FULL}, geboren {DOB}, klimervaring 2 jaar. Pasnummer wordt {CUSTOMER_NUMBER_PASS}.",
    "Ons kind {NAME_CHILD} ({DOB_CHILD}) wil boulderen met een vriendje, mag dat zonder ouder?",
    "Toestemmingsformulier klimmen\nDeelnemer: {NAME_FORM}\nGeboortedatum: {DOB_CHILD}\nOuder/voogd: {NAME_FULL}\n"
    "Noodnummer: {PHONE}",
    "Jaarabonnement {gym} bevriezen wegens blessure, schouder uit de kom. Pas {CUSTOMER_NUMBER_PASS}, mail {EMAIL}.",
    "Incasso {amount} mislukt van {IBAN}? Er stond genoeg op, zegt mijn bank. {NAME_FULL_UP}",
    # yoga studio
    "10-rittenkaart {yoga} verlopen terwijl ik zwanger was, kan die verlengd? {NAME_FULL_F}, {PHONE}.",
    "Docent {NAME_FIRST} gaf vandaag les maar ik stond niet op de lijst, terwijl ik had geboekt via {EMAIL}.",
    "Hot yoga: ik werd onwel in de les. Mijn huisarts wil weten wat er gebeurde; ik ben {NAME_FULL}, {DOB}.",
    "Ledenadministratie {yoga}: adreswijziging naar {ADDRESS}, {POSTCODE} {city}, per 1 maart. Lid {NAME_DOUBLE}.",
    # coworking
    "Flexplek {cowork}: factuur op naam van mijn eenmanszaak, maar met mijn privéadres {ADDRESS}, {POSTCODE}. "
    "Graag aanpassen.",
    "Toegangspas {CUSTOMER_NUMBER_PASS} werkt niet meer bij de draaideur. Ik ben {NAME_FULL}, bel {PHONE}.",
    "Vergaderzaal geboekt voor {weekday}, {time}, door collega {NAME_FULL} ({EMAIL_WORK}).",
    "Maandcontract {cowork} opzeggen, contractnummer {CUSTOMER_NUMBER_CONTRACT}. Borg terug op {IBAN}.",
    # student-room sublet
    "Onderhuur kamer {housing}: ik ben in het buitenland van februari tot juli, de onderhuurder wordt {NAME_FULL}, "
    "geboren {DOB}, BSN {BSN}.",
    "Mijn kamer op {ADDRESS}, {POSTCODE} {city} wordt onderverhuurd zonder toestemming, zegt de beheerder. Dat klopt "
    "niet! {NAME_FULL}",
    "Hoi, ik zoek een kamer voor een half jaar, stuur even een appje naar {PHONE} — groetjes {NAME_FIRST_LOW}",
    "Huurovereenkomst onderhuur\nHuurder: {NAME_FULL}\nOnderhuurder: {NAME_FULL}\nAdres: {ADDRESS}\n"
    "Postcode: {POSTCODE}\nHuur: {amount}",
    "Huurtoeslag voor de onderhuurder? Zijn BSN is {BSN_VOICE}, zegt hij door de telefoon.",
    # furniture rental
    "{furniture}: bank en bed huren vanaf {date}. Bezorgen op {ADDRESS}, {POSTCODE}, tweede verdieping zonder "
    "lift. Contact {NAME_FULL}, {PHONE}.",
    "Huurcontract meubels {CUSTOMER_NUMBER_CONTRACT}: de bank heeft een scheur, die zat er al bij levering. Foto's "
    "gestuurd vanaf {EMAIL}.",
    "Ophalen van de meubels bij vertrek, de sleutel ligt bij mijn buurvrouw mevrouw {NAME_SURNAME} op {ADDRESS}.",
    "Maandhuur meubels via creditcard {CARD}, maar mijn kaart is vervangen. Nieuwe kaart: {CARD}.",
    # garden maintenance
    "Tuinonderhoud-abonnement {gardener}, klantnummer {CUSTOMER_NUMBER}. De hovenier heeft de verkeerde heg "
    "gesnoeid: die van de buren op {ADDRESS}!",
    "Graag de tuin van mijn vader {NAME_FULL_M} ({DOB_ELDER}) ook meenemen, {ADDRESS}, {POSTCODE} {city}. Hij kan "
    "zelf niet meer bukken.",
    "Maandbedrag tuinonderhoud van {IBAN} t.n.v. {NAME_FULL}. Vanaf april tweewekelijks i.p.v. maandelijks.",
    "Bel de hovenier ({NAME_FIRST_M}) even of hij {weekday} komt? Mijn nummer: {PHONE_WRAP}",
    # septic tank
    "Beerput legen bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Het erf is slecht bereikbaar, vrachtwagen "
    "max 10 ton.",
    "{septic} kwam niet opdagen maar rekende wel voorrijkosten ({invoice}). Terugstorten op {IBAN} aub.",
    "Septic tank stinkt sinds de lediging. Ik ben {NAME_INITIALS}, telefonisch alleen na 18u op {PHONE_LAND}.",
    # pool maintenance
    "{pool}: zwembad openmaken voor het seizoen. Adres {ADDRESS}, {POSTCODE}, de poort staat open, hond binnen. "
    "Groet, {NAME_FULL}",
    "Zwembadpomp vervangen, maar de monteur ({NAME_STAFF}) liet de deksel los liggen. Klantnummer "
    "{CUSTOMER_NUMBER}, mail {EMAIL}.",
    "Onderhoudscontract zwembad {CUSTOMER_NUMBER_CONTRACT}, automatische afschrijving stoppen op {IBAN}.",
    # rental bike
    "{bike} niet teruggebracht volgens de app, maar ik heb hem gewoon gestald! Account {EMAIL}, pas "
    "{CUSTOMER_NUMBER_PASS}.",
    "Boete {amount} voor een gestolen deelfiets, terwijl hij op slot stond bij station {city}. {NAME_FULL}, {PHONE}.",
    "Abonnement {bike} op naam van {NAME_FULL}, geboren {DOB}. Betaling mislukt met {CARD}.",
    "Fiets kapot opgehaald bij {ADDRESS}, {POSTCODE}, de monteur heette {NAME_FIRST}. Wanneer krijg ik een nieuwe?",
    # taxi app
    "Rit met {taxi_app} van Schiphol naar {ADDRESS}, {POSTCODE}: {amount} afgeschreven van {CARD} terwijl "
    "vooraf {amount} werd gezegd.",
    "De chauffeur ({NAME_FIRST_M}, auto {PLATE}) reed een omweg van twintig minuten. {order}.",
    "Mijn telefoon laten liggen in een taxi met kenteken {PLATE}. Bel mijn vrouw op {PHONE}, groet {NAME_FULL}.",
    "Klacht taxi-app: account {EMAIL}, de chauffeur had een ander kenteken ({PLATE}) dan in de app ({PLATE}).",
    "Taxichauffeur hier, {NAME_FULL}, personeelsnummer {CUSTOMER_NUMBER_EMPLOYEE}. Uitbetaling niet ontvangen op "
    "{IBAN}.",
]
