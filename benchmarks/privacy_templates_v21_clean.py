"""Sentences of the `test_v21` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v21_words` (`CLEAN_FILLERS["test_v21"]`). Written by someone who never saw the rules.

The traps: shops, firms, schools, venues and products named after a person or with a particle (Hans Anders, Leen
Bakker, Autobedrijf Henk Scholten, Makelaar Piet Pronk, Notariskantoor Van Dijk & Ter Horst, Ds. Pierson College,
Minicamping Boer Jansen, Jachthaven Jan van Gent, eettafel Jan, fauteuil Willem); book, song and film titles with
names (Ciske de Rat, Pietje Bell, Kees de jongen, Mrs. Doubtfire, Forrest Gump); towns that are also surnames or words
(Vries, Best, Son, Born, Elst, Mook); sports clubs (Sparta Rotterdam, vv Jan van Arkel); street names without a house
number (a tram stop, a closed road, a bus line); company phone numbers, mailboxes and PO boxes; order, booking,
ticket, dossier, invoice, fine, recall and frame numbers; a KvK number; amounts, times, years, opening hours and
dates that are no birth date; capitalised ordinary words at the start of a sentence, and shouting in capitals.
Dutch sentences avoid the words the/I/is/my, by which the corpus builder tells English apart; English ones hold
one."""

from __future__ import annotations

import benchmarks.privacy_templates_v21_words  # noqa: F401  (registers CLEAN_FILLERS["test_v21"])

_NL = [
    # telecom
    "Nummerbehoud naar {operator} duurt gemiddeld twee werkdagen.",
    "De {phone_model} kost bij {operator} {amount} per maand met 20 GB.",
    "Storing bij {operator} in {city} opgelost om {time}, {ticket}.",
    "Overstappen kan alleen als het contract van de oude provider afloopt.",
    "Simkaart verstuurd met PostNL, {order}.",
    # car dealer recall
    "{dealer} voert {recall} uit op alle {car}-modellen uit {year}.",
    "De reparatie duurt ongeveer anderhalf uur en kost niets.",
    "Werkplaats {dealer} op zaterdag open, afspraak om {time} mogelijk.",
    "RDW meldt {recall} wegens een defecte remleiding.",
    "Vervangend vervoer staat klaar, een {car} uit de showroom.",
    # marina
    "{marina} rekent {amount} per strekkende meter voor winterstalling.",
    "Kraanbeurt voor de {boat} gepland op {date}.",
    "Botenstalling Van Wijngaarden heeft nog drie plekken binnen.",
    "Walstroom op steiger B tijdelijk uitgeschakeld tot {time}.",
    "Jachthaven Jan van Gent sluit per {date} het winterseizoen af.",
    # camping
    "{camping} opent het seizoen op {date}.",
    "Een kampeerplek met stroom kost {amount} per nacht, toeristenbelasting apart.",
    "Minicamping Boer Jansen heeft nog plek in de meivakantie.",
    "Reservering {booking} gewijzigd naar een plek aan het water.",
    "Honden zijn welkom op {camping}, behalve in juli en augustus.",
    "Aankomst vanaf {time}, vertrek voor 11:00.",
    # notary
    "{notary} passeert de {deed} op {date} om {time}.",
    "Een {deed} kost bij de meeste notarissen tussen {amount} en {amount}.",
    "Dossier 2025.0193 wacht op de taxatie.",
    "Notariskantoor Van Dijk & Ter Horst verhuist naar {city}.",
    "Derdengeldrekening, KvK 27114590, vermeld onderaan de nota.",
    # estate agent
    "{agency} biedt een {house} aan in {city} voor {amount} k.k.",
    "Bezichtigingen op {weekday} vanaf {time}, aanmelden verplicht.",
    "Makelaar Piet Pronk heeft vandaag geen spreekuur.",
    "Bouwnummer 23 verkocht onder voorbehoud.",
    "Open huis in Vries en Best op zaterdag {date}.",
    "Funda toont de woning niet meer sinds {date}.",
    # dating app
    "{dating} verwijdert nepprofielen binnen 24 uur na een melding.",
    "Premium bij {dating} kost {amount} per maand.",
    "Verificatie via een selfie duurt meestal een paar minuten.",
    "Account geblokkeerd? Bezwaar maken kan binnen veertien dagen, {ticket}.",
    # crowdfunding
    "Campagne voor {project} op {funding} haalde {amount} op.",
    "{funding} betaalt backers terug binnen dertig dagen na afloop.",
    "Doel niet gehaald, dus niemand betaalt, {order}.",
    "Voordekunst rekent geen kosten als een project faalt.",
    # blood donation
    "{bloodbank} zoekt dringend donoren met bloedgroep O negatief.",
    "Na een tatoeage mag u vier maanden geen bloed geven.",
    "Donorcentrum {city} open op {weekday} van {time} tot 20:00.",
    "Plasmadonatie duurt ongeveer een uur.",
    "Sanquin bestaat sinds 1998 in de huidige vorm.",
    # sports federation
    "{federation} verhoogt de bondscontributie met {amount} per {date}.",
    "{club} speelt op {weekday} om {time} thuis tegen {club}.",
    "Sparta Rotterdam - Vitesse uitgesteld wegens storm.",
    "Overschrijvingen naar een andere club kunnen tot 15 juni.",
    "Vv Jan van Arkel zoekt nog trainers voor de jeugd.",
    "Spelerspassen worden digitaal, via de app van {federation}.",
    # school
    "{school} houdt de ouderavond op {date} vanaf {time}.",
    "Tienminutengesprekken plannen via Magister tot {weekday}.",
    "Ds. Pierson College sluit de aula wegens verbouwing.",
    "Ouderbijdrage voor het schooljaar bedraagt {amount}.",
    "Montessorischool Anne Frank viert het 50-jarig bestaan.",
    "Lesuitval op {weekday} wegens studiedag.",
    # library
    "{library} verlaagt de boete per dag naar {amount}.",
    "{book} weer beschikbaar, reserveren kan online.",
    "Kees de jongen en Ciske de Rat staan in de kast jeugdklassiekers.",
    "Inleveren kan ook 's nachts via de boekenbus.",
    "Bibliotheek Gouda dicht op {holiday}.",
    # optician
    "{optician} geeft {amount} korting op een tweede bril.",
    "Hans Anders heeft een vestiging geopend in {city}.",
    "{frames} leverbaar binnen tien werkdagen, {order}.",
    "Oogmeting gratis bij aanschaf van {frames}.",
    # furniture
    "{furniture_shop} bezorgt in {city} op {weekday} rond {time}.",
    "De {furniture} van {furniture_shop} kost {amount} inclusief montage.",
    "Leen Bakker heeft de {furniture} tijdelijk niet op voorraad.",
    "Montage duurt ongeveer twee uur, {order}.",
    "Eettafel Jan en fauteuil Willem uit de collectie van Goossens.",
    # tax
    "{tax_office} helpt met de {tax_form} voor {amount}.",
    "Aangifte inkomstenbelasting uiterlijk 1 mei indienen.",
    "Belastingdienst, Postbus 9050, 7300 GM Apeldoorn, vermeld op elke brief.",
    "Spreekuur {tax_office} op {weekday} om {time}.",
    "Voorlopige aanslag 2025 wordt in elf termijnen betaald.",
    # waste
    "{waste} leegt de GFT-container in {city} op {weekday}.",
    "{container} aanvragen kost {amount} eenmalig.",
    "Ophaaldag verschoven wegens {holiday}.",
    "Milieustraat aan de Industrieweg open van {time} tot 16:30.",
    "Afvalkalender {year} staat in de app van {waste}.",
    # e-bike
    "{bike_insurer} vergoedt diefstal alleen met twee sleutels en een aangifte.",
    "Een {ebike} kost nieuw rond {amount}.",
    "Framenummer WBK 78122 staat onder de trapas.",
    "Stallingen bij station {city} hebben cameratoezicht.",
    "Riese & Müller levert de accu apart.",
    # wedding
    "{venue} heeft op {date} nog een datum vrij.",
    "Openingsdans op {song}, daarna de band.",
    "Proeverij bij {venue} op {weekday} om {time}.",
    "Zaalhuur vanaf {amount} voor een halve dag.",
    "Ceremonie buiten in de Oranjerie, bij regen binnen.",
    # printer ink
    "{ink} kost {amount} per maand voor 100 pagina's.",
    "De {printer} bestelt zelf nieuwe inkt als die bijna op raakt.",
    "Cartridge 305XL tijdelijk uitverkocht, {order}.",
    "Opzeggen kan maandelijks, {ticket}.",
    # general traps
    "Film van vanavond: {film}, daarna nieuws.",
    "Doorverbonden met de tweede lijn, {ticket}.",
    "KLANT BELDE OVER {invoice}, CREDITNOTA VOLGT.",
    "Geen gegevens genoteerd: beller wilde anoniem blijven.",
    "Bel {company_phone} of mail {company_mail}.",
    "Antwoordnummer 10250, 3500 VB Utrecht, postzegel niet nodig.",
    "Lijn 12 rijdt niet over de Burgemeester van Roijensingel tot {date}.",
    "Tramhalte Laan van Nieuw Oost-Indië tijdelijk opgeheven.",
    "Kantoor gesloten van 24 december tot 2 januari.",
    "Bestaat sinds {year}, dit jaar {amount} korting.",
    "Pas verloopt 11/27, daarna automatisch een nieuwe.",
    "Transactie 5521 0098 4410 geweigerd door de bank.",
    "Factuur {invoice} van {amount} voldaan op {date}.",
    "Mook en Born liggen allebei in Limburg.",
]

_EN = [
    "Number porting to {operator} usually takes two working days, the shop said.",
    "The {phone_model} is on offer this week.",
    "The recall repair at {dealer} is free of charge, the letter says.",
    "Winter storage at {marina} is {amount_en} per metre.",
    "The campsite opens on {date_en}, and dogs are allowed on the field.",
    "My booking {booking} was moved to a pitch by the lake.",
    "The notary's office is closed on {weekday_en}.",
    "The {house} in {city} is still for sale.",
    "Makelaar Piet Pronk is the agency, not the person I spoke to.",
    "The {dating} app blocked fake profiles after the update.",
    "The crowdfunding campaign on {funding} raised {amount_en} in the end.",
    "Blood donation takes about ten minutes at {bloodbank}, the nurse said.",
    "The match between {club} and {club} is on {weekday_en}.",
    "Sparta Rotterdam is my club, since I was a kid.",
    "The parents' evening at {school} is at {time}.",
    "Ds. Pierson College is the school, not a pastor.",
    "The library fine for {book} is {amount_en}.",
    "I loved {book} as a child.",
    "Hans Anders is an optician chain, not a customer.",
    "My new glasses are ready at {optician}, the text said.",
    "The {furniture} from {furniture_shop} arrived, but the box had a missing screw.",
    "Leen Bakker is the shop where I ordered the bed.",
    "The tax return deadline is 1 May.",
    "The Belastingdienst PO box (Postbus 9050) is printed on every letter.",
    "The waste company {waste} collects the green bin on {weekday_en}.",
    "The {ebike} is insured by {bike_insurer} for theft.",
    "The frame number WBK 78122 is not a personal number.",
    "The wedding venue {venue} is booked for {date_en}.",
    "Our first dance is {song}, which is very cheesy.",
    "The film tonight is {film}.",
    "My printer is the {printer}, and the ink plan is {ink}.",
    "The parcel for {order_en} is out for delivery.",
    "The {ticket_en} is closed without a reply.",
    "I called {company_phone} and waited half an hour.",
    "Please send the invoice to {company_mail}, the office says.",
    "The towns Vries and Best are in the Netherlands, not surnames here.",
    "The stop at Laan van Nieuw Oost-Indië is closed until {date_en}.",
    "The {invoice_en} is paid, the portal says.",
    "The transaction 5521 0098 4410 is a bank reference.",
    "The company was founded in {year}, the website says.",
    "My card expires 11/27, the bank says.",
    "The KvK number 27114590 is on the invoice.",
    "FC Den Bosch won on {weekday_en}, so the pub is full.",
    "The office is closed between Christmas and New Year.",
    "The assembly took two hours, which is fine.",
    "Is there a {optician} in {city}? I could not find one.",
    "The bus does not stop at the Burgemeester van Roijensingel this week.",
    "The deposit of {amount_en} is refundable.",
    "My reservation {booking} is confirmed.",
    "The container request is processed within five days.",
]

TEST_V21_CLEAN = _NL + _EN
