"""Sentences of the `test_v14` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v14_words` (`CLEAN_FILLERS["test_v14"]`). Written by someone who never saw the rules.

The traps: brands, firms and places named after a person (Hans Anders, Douwe Egberts, Hertog Jan, Dr. Oetker,
Bakker Bart, Louwman, Van Mossel, Willem II, the Johan Cruijff ArenA, the Anne Frank Huis, Erasmus Universiteit),
streets named after a person without a house number, towns that are also surnames, products with model numbers
(hearing aids, frames, scooters, cars), flight numbers, gates, booking codes, tracking codes (one with '06' in it),
order, invoice and deed numbers, switchboard numbers, opening hours, amounts, mileages, build years and dates that
are no birth dates (birth cards at a photographer), holidays, titles without a name ('meneer belde terug'),
capitals at the start, elderly customers in capitals and teenagers in lower case with nothing personal, and
second-language Dutch. Dutch sentences avoid the words the/I/is/my, by which the corpus builder tells English
apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v14_words  # noqa: F401  (registers CLEAN_FILLERS["test_v14"])

_NL = [
    # fraud desk and crypto exchange
    "Let op: de bank vraagt nooit om uw pincode, ook niet via WhatsApp of sms.",
    "Phishingmail gemeld: afzender deed zich voor als {bank}, de link leidde naar een nagemaakte inlogpagina.",
    "Bij {bank} blokkeert u een pas direct in de app of via {company_phone}, dag en nacht.",
    "{exchange} vraagt bij een opname boven {amount} een extra controle, dat duurt hooguit een werkdag.",
    "Storing bij {exchange}: opnames naar de bank lopen vertraging op tot ongeveer {time}.",
    # garage
    "APK bij {garage} kost € 39,50, exclusief roetmeting.",
    "Louwman en Van Mossel hanteren allebei een eigen APK-tarief; vergelijken loont.",
    "Winterbanden wisselen kan vanaf {date} weer zonder afspraak bij {garage}.",
    "Voor de {car} loopt een terugroepactie voor de airbag, zie de brief van de importeur.",
    "Bouwjaar 2016, 142.000 km, distributieriem vervangen bij de vorige beurt.",
    "Willem II speelt zaterdag thuis, dus het parkeerterrein bij {garage} in Tilburg staat vol.",
    # airline, ferry, campsite, holiday park
    "Vlucht {flight} vertrekt vanaf gate D7; de boarding sluit twintig minuten voor vertrek.",
    "Bij een vertraging van meer dan drie uur op deze afstand bedraagt de compensatie € 400 per persoon.",
    "{airline} heeft {booking} omgezet naar de ochtendvlucht van {date}.",
    "{ferry} vaart met {holiday} een aangepaste dienstregeling naar {island}; de laatste boot gaat om {time}.",
    "Op {camping} zijn honden welkom, behalve in juli en augustus.",
    "{park} sluit het subtropisch zwembad vanaf {date} voor onderhoud.",
    "Inchecken bij {park} kan vanaf 15.00 uur, uitchecken vóór 10.00 uur.",
    "De slagboom van de camping opent met de kentekencamera, een pasje hoeft niet meer.",
    # wedding venues, photographers, wholesale
    "{venue} heeft in september nog twee vrijdagen vrij, de zaterdagen zijn vol.",
    "Geboortekaartjes van {photographer} worden binnen vijf werkdagen gedrukt en verstuurd.",
    "Een shoot van twee uur kost € 295, inclusief dertig bewerkte foto's.",
    "Bakker Bart levert de broodjes voor de lunch op {venue}.",
    "{wholesaler} levert op {weekday} tussen 6 en 8 uur; lege pallets graag retour.",
    "Levering voor {order}: 40 kratten Hertog Jan, 12 pakken Douwe Egberts en 6 dozen Dr. Oetker.",
    "{shop_b2b} bestelt voortaan via de webshop van {wholesaler}, niet meer per fax.",
    "Pakbon en {invoice} zitten samen in de envelop op de bovenste doos.",
    # school and university
    "{school} heeft op {date} een studiedag; de kinderen zijn dan vrij.",
    "Het schoolreisje van groep 5 en 6 gaat naar Slagharen, vertrek om {time}.",
    "Aanmelden bij {uni} voor het nieuwe collegejaar kan tot 1 mei via Studielink.",
    "Het wettelijk collegegeld voor een voltijdopleiding bedraagt dit jaar € 2.601.",
    "Erasmus Universiteit en {uni} sluiten tijdens {holiday} alle balies.",
    # physio, housing, benefits, tax, pension, notary
    "{physio} heeft op {weekday} een inloopspreekuur voor sportblessures.",
    "Fysiotherapie valt bij {insurer} onder de aanvullende verzekering, maximaal negen behandelingen.",
    "Woningzoekenden bij {housing} moeten hun inschrijving elk jaar verlengen, dat kost € 10.",
    "{housing} bouwt aan de Hugo de Grootstraat nieuwe sociale huurwoningen, oplevering na {holiday}.",
    "De {gemeente} betaalt de uitkeringen rond de 25e van de maand uit.",
    "Het inkomstenformulier moet voor de 5e van de volgende maand binnen zijn.",
    "Aangifte inkomstenbelasting kan tot 1 mei; {taxadviser} vraagt zo nodig uitstel aan.",
    "{pension} verhoogt de pensioenen per {date} met 1,8 procent.",
    "Een verklaring van erfrecht kost bij {notary} {amount}, inclusief btw.",
    "{notary}: {case} wacht op de handtekening van de laatste erfgenaam.",
    # hearing aids, opticians, scooters
    "De {hearing_model} moet elke nacht in de oplader, anders houdt de batterij het geen dag vol.",
    "{hearing_shop} in {city} verhuist tijdens de verbouwing naar de overkant van de Markt.",
    "Hans Anders heeft tot {date} twee brillen voor de prijs van één.",
    "Montuur {frames} tijdelijk uitverkocht, nieuwe levering verwacht na {holiday}.",
    "Openingstijden {optician}: ma t/m vr 9.00-17.30 uur, za 10.00-16.00 uur.",
    "Scootmobiel {scooter} haalt ongeveer 35 kilometer op een volle accu.",
    "Een scootmobiel via de Wmo vraag je aan bij de {gemeente}, niet bij de leverancier.",
    # cleaners, window cleaners, chimney sweeps, pest control, locksmiths
    "{cleaner} komt na {holiday} weer volgens het normale rooster.",
    "De glazenwasser slaat deze week over vanwege de vorst.",
    "Laat de schoorsteen vegen voor het stookseizoen begint, adviseert {sweep}.",
    "{pest} rekent voor een wespennest € 95, voorrijkosten inbegrepen.",
    "Slotenmaker 's nachts: starttarief € 125, daarna per kwartier.",
    "{locksmith} werkt bij inbraakschade niet met een vaste prijs; eerst komt er een offerte.",
    # agent notes, tickets, holidays, capitals at the start
    "Vanmorgen belde meneer terug, alles opgelost.",
    "Mevrouw heeft de nieuwe pas ontvangen en het ticket mag dicht.",
    "Pakket met track & trace {tracking} ligt sinds {weekday} bij het afhaalpunt.",
    "Klantenservice: {company_phone}, op werkdagen van 8.00 tot 17.30 uur.",
    "Openstaand: {invoice}, graag binnen 14 dagen betalen.",
    "Tijdens {holiday} gesloten; bij spoed bellen naar {company_phone}.",
    "Op Sint-Maarten lopen de kinderen langs de deuren, dus de receptie sluit om vijf uur.",
    "Keti Koti: het kantoor in Amsterdam-Zuidoost gaat om twaalf uur dicht.",
    "Het Anne Frank Huis en het Rijksmuseum zijn met {holiday} gewoon open.",
    "Johan Cruijff ArenA: parkeren bij een concert kost € 25.",
    "Ticketnotitie: klant gaat eerst overleggen met de familie, verder geen actie.",
    # elderly customers, teenagers, second-language Dutch, Flemish
    "GOEDEMIDDAG IK WIL GRAAG WETEN HOE LAAT DE BOOT NAAR TERSCHELLING GAAT MET VRIENDELIJKE GROET",
    "WANNEER KOMT DE GLAZENWASSER WEER WANT HET RAAM ZIET ER NIET UIT",
    "hoi wnnr gaat de verkoop open voor de tickets?? 😭🙏",
    "mn bestelling staat al 3 dagen op onderweg 🙄",
    "Goedendag, ik wil vragen hoe lang duurt wachtlijst voor huis in {city}.",
    "Dzień dobry, waar kan ik APK laten doen, welke garage goedkoop?",
    "Ge moogt de zetel na vijf uur komen afhalen in {city_be}.",
]

_EN = [
    "The ferry to {island} is fully booked on {date_en}, but the later crossing has room.",
    "My flight {flight} was delayed by four hours, is that enough for compensation?",
    "I booked the APK at {garage} for {weekday_en}; what time does the workshop open?",
    "Is the campsite open during {holiday}?",
    "The wedding venue asked for a deposit of €1,500 to hold the date.",
    "I lost my charger, is the {hearing_model} charger sold separately?",
    "The glasses from {optician} are ready, the shop says.",
    "The locksmith charged {amount_en} for a night call-out, is that normal?",
    "Is the chimney sweep coming before the heating season?",
    "The pest control visit is booked for {date_en} between 8 and 12.",
    "I want to ask about the waiting list for social housing in {city}.",
    "My tuition fee is due on {date_en}; can I pay in instalments?",
    "The pension fund letter is in Dutch only, can I get it in English?",
    "The notary's fee for the deed is €850 including VAT.",
    "Is Hans Anders the same company as the optician in the mall?",
    "I ordered 20 crates of Hertog Jan for the café and the delivery is late.",
    "The tracking code {tracking} says delivered but nothing is here.",
    "The bank says it is never going to ask for a PIN by phone.",
    "I got a text from '{bank}' asking me to update the app; is it phishing?",
    "The account at {exchange} is locked after three wrong codes.",
    "The school trip is on {date_en}, the bus leaves at {time_en}.",
    "Is physiotherapy covered by {insurer} after the injury?",
    "The mobility scooter battery is flat again after two days.",
    "I need the window cleaner to skip next week, we're away.",
    "Boarding for {flight} closes at {time_en}, the gate is D7.",
    "The pool at {park} is closed for maintenance.",
    "The photographer sent a gallery link, but the page is blank.",
    "Is Willem II playing at home this weekend? The car park is always full then.",
    "The customer called back at {time_en}; the issue is solved.",
    "Happy {holiday}! The office is closed until Monday.",
]

TEST_V14_CLEAN = _NL + _EN
