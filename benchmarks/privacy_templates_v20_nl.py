"""Dutch templates of the `test_v20` split, first half: a water company's leak report, a car-sharing app, a hotel
booking dispute, an airline's lost-luggage desk, a health insurer's claim, a gym membership freeze, an online
supermarket's missing items, a bicycle repair shop and a solar-panel installer. The second half is in
`privacy_templates_v20`, which exports the split and describes the labels. Written by someone who never saw the
redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # water company: leak report
    "Lekmelding {water}: {leak} voor {ADDRESS}, {POSTCODE} {city}. Melder {NAME_FULL}, graag terugbellen op {PHONE}.",
    "K: Er komt water uit de stoep bij ons.\nA: Op welk adres?\nK: {ADDRESS_VOICE}, postcode {POSTCODE_VOICE}.\n"
    "A: En uw naam?\nK: {NAME_FULL}.",
    "Beste {water},\n\nSinds {date} hebben wij {leak}. Ons klantnummer: {CUSTOMER_NUMBER}.\n\nGroet,\n{NAME_FIRST}",
    "Waterrekening {amount} terwijl we {leak} hadden, graag correctie. Incasso loopt via {IBAN}. {NAME_INITIALS}",
    "Notitie {NAME_STAFF}: dhr. {NAME_SURNAME_M} meldt {leak}, monteur ingepland op {weekday}. Tel {PHONE_LAND}.",
    "Verhuisd per {date}: nieuw adres {ADDRESS}, {POSTCODE} {city}. Klantnr {CUSTOMER_NUMBER}, mail {EMAIL}.",
    # car-sharing app
    "Rit met de {car} van {carshare} geannuleerd maar wel {amount} afgeschreven van creditcard {CARD}.",
    "[09:41] Klant: de auto {PLATE} staat niet op de plek\n[09:42] Klant: ik ben {NAME_FULL}, account {EMAIL_SAME}",
    "Boete binnengekregen voor {PLATE}, maar die rit heb ik niet gemaakt. Rijbewijs op naam {NAME_FULL}, geb. {DOB}.",
    "Schade gemeld aan deelauto {PLATE}, {booking}. Bestuurder {NAME_INITIALS}, {PHONE}.",
    "App-account verwijderen aub: {NAME_FULL_LOW}, {EMAIL_SAME}, {PHONE}",
    "{carshare}: rijbewijscheck mislukt. Mijn geboortedatum is {DOB}, niet wat jullie hebben. {NAME_FORM}",
    # hotel booking dispute
    "Geboekt via {booker} bij {hotel}, {booking}. Het hotel schreef twee keer {amount} af van kaart {CARD}.",
    "Gast {NAME_FULL} ({NAME_TR} als medereiziger) klaagt over de kamer; terugbetaling op {IBAN}.",
    "Goedenavond,\nIk wil een klacht indienen over {hotel}. Mijn boeking {booking} stond op naam van\n{NAME_WRAP}\n"
    "maar bij aankomst was er niets. Bereikbaar op {PHONE}.",
    "Factuur graag naar het bedrijf: t.a.v. {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, {EMAIL_WORK_SAME}.",
    "No-show kosten van {amount}? Ik heb op tijd geannuleerd! {NAME_FULL_UP}, {EMAIL_OBF_SAME}",
    # airline: lost luggage
    "Koffer kwijt na vlucht {flight}, {bagtag}. Afleveren op {ADDRESS}, {POSTCODE} {city}. Tel. {PHONE}.",
    "Bagagedesk Schiphol: passagier {NAME_FULL}, geboren {DOB}, tas nog in {city}? Contact {EMAIL_SAME}.",
    "Mijn moeder {NAME_MA} kwam met {airline} uit Casablanca, haar koffer is weg. Haar Marokkaanse nummer: {PHONE_MA}.",
    "Vergoeding voor noodaankopen ({amount}) graag op {IBAN} t.n.v. {NAME_DOUBLE_F}.",
    "Vlucht {flight} uit Paramaribo, bagage van mijn oom {NAME_SR} kwijt. Hij logeert bij ons, bel {PHONE_SR}.",
    "Kun je de PIR nog vinden? Staat op naam van {NAME_SURNAME}, vlucht {flight}, {bagtag}.",
    # health insurer: claim
    "Declaratie voor {care} bij {insurer}: {amount}. Verzekerde {NAME_FULL}, BSN {BSN}, polisnummer "
    "{CUSTOMER_NUMBER_POLICY}.",
    "K: Ik heb een nota voor {care} ingediend, maar niks gehoord.\nA: Uw geboortedatum?\nK: {DOB_VOICE}.\n"
    "A: En het BSN?\nK: {BSN_VOICE}.",
    "Machtiging voor mijn dochter {NAME_CHILD} (geboren {DOB_CHILD}), BSN {BSN}, voor {care}.",
    "Vergoeding voor {care} naar rekening {IBAN_WRAP} graag, polis {CUSTOMER_NUMBER_POLICY}",
    "{insurer} wijst {care} af. Ik ben {NAME_FULL}, {DOB}, en ik ga bezwaar maken.",
    "[11:03] Klant: bsn is {BSN_HEAD}\n[11:03] Klant: {BSN_TAIL}\n[11:04] Medewerker: dank u, ik kijk even mee.",
    # gym: membership freeze
    "Abonnement {gym} bevriezen, ik ben geblesseerd tot {date}. Lidnummer {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL}.",
    "Pauzeren lidmaatschap: {NAME_FULL}, {EMAIL_SAME}. Toch nog {amount} geïncasseerd van {IBAN}!",
    "Hoi {gym}, de scanner bij de ingang herkent mijn pas niet. Lid {CUSTOMER_NUMBER_MEMBER}, groetjes {NAME_FIRST}",
    "Zwangerschapsstop aangevraagd voor {NAME_FULL_F}, uitgerekend op {date}. Tel {PHONE}.",
    "Ik zeg op. {NAME_FORM}, {ADDRESS}, {POSTCODE}. Geboren {DOB}.",
    # online supermarket: missing items
    "{shop}: {product} en {product} ontbraken in {order}. Bezorgd op {ADDRESS}, {POSTCODE}.",
    "Chat\nKlant: hoi mijn bestelling was niet compleet\nKlant: account staat op {EMAIL_HEAD}\nKlant: {EMAIL_TAIL}\n"
    "Medewerker: ik zie het, {product} komt morgen.",
    "Bezorger liet de tassen bij de buren ({NAME_FULL}, {ADDRESS}) staan. Ik ben {NAME_FULL}, {PHONE}.",
    "Terugbetaling van {amount} voor {product} graag op creditcard {CARD}.",
    "@{shop} weer geen {product} bij mijn order, dit is de 3e keer. {NAME_FULL} uit {city} #klantenservice",
    # bicycle repair shop
    "Reparatie {bike} bij {bikeshop}: band en ketting, {amount}. Ophalen door {NAME_FULL}, {PHONE}.",
    "Fiets ophalen van huis voor onderhoud? Adres:\n{ADDRESS_WRAP}\n{POSTCODE} {city}",
    "Accu van mijn {bike} vervangen onder garantie, factuur op naam {NAME_INITIALS}. Klantnummer {CUSTOMER_NUMBER}.",
    "De fietsenmaker {NAME_FIRST_M} zei dat het donderdag klaar is. Bel me even: {PHONE_VOICE}.",
    "Lease-fiets via werkgever, contract {CUSTOMER_NUMBER_CONTRACT}, berijder {NAME_FULL} ({EMAIL_WORK_SAME}).",
    # solar-panel installer
    "Offerte {solar} voor 12 x {panel}. Dak op {ADDRESS}, {POSTCODE} {city}. Contact {NAME_FULL}, {PHONE_LAND}.",
    "De omvormer geeft een foutmelding sinds {date}. {NAME_FULL}, contract {CUSTOMER_NUMBER_CONTRACT}, {PHONE}.",
    "Aanbetaling {amount} overgemaakt van {IBAN}, {invoice}. Graag bevestiging naar {EMAIL_OBF}.",
    "Installateurs parkeerden met bus {PLATE} op ons gras. Ik ben {NAME_FULL}, {ADDRESS}.",
    "BTW-teruggave zonnepanelen: {NAME_FULL}, BSN {BSN}, {ADDRESS}, {POSTCODE} {city}.",
]
