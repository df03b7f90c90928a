"""Sentences of the `test_v13` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v13_words` (`CLEAN_FILLERS["test_v13"]`). Written by someone who never saw the rules.

The traps: shops, stadiums and funds named after a person (Hans Anders, Abe Lenstra Stadion, Johan Cruijff ArenA,
Prins Bernhard Cultuurfonds), streets named after a person and written without a house number (Jan Steenstraat,
Anne Frankstraat), a house number without its street, pets' names, 'Postcode Loterij' and the word 'postcode'
with no postcode, holidays and Sinterklaas, towns that are also words (Best, Hoorn, Ede), fine and payment
references of sixteen digits, subsidy files, Chamber of Commerce and VAT numbers, exam and offer numbers, energy
labels and years of construction, switchboard and 0900 numbers, amounts, opening hours and dates that are no
birth dates, voice notes and read-out letters with nothing personal in them, Flemish, Frisian and Surinamese
turns of phrase. Dutch sentences avoid the words the/I/is/my, by which the corpus builder tells English apart;
English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v13_words  # noqa: F401  (registers CLEAN_FILLERS["test_v13"])

_NL = [
    # mortgage, valuation, notary
    "Het passeren bij {notary} staat gepland op {date} om {time}.",
    "Met een energielabel A mag je bij {lender} iets meer lenen, zei de adviseur.",
    "De taxateur komt {weekday} om {time}; bouwjaar van de woning 1932, WOZ-waarde volgt.",
    "Rentevaste periode van tien jaar bij {lender}; de offerte blijft twee weken geldig.",
    "De NHG-grens ligt dit jaar op € 450.000, klopt dat?",
    "Notariskosten voor de akte van levering: € 1.150, inclusief inschrijving in het Kadaster.",
    # daycare and childminders
    "{daycare} sluit op {holiday} en de vrijdag erna.",
    "Kinderopvangtoeslag wordt vanaf {date} per maand uitbetaald, schrijft de Belastingdienst.",
    "De BSO haalt de kinderen om {time} op bij de school aan de Anne Frankstraat.",
    "Gastouders mogen maximaal zes kinderen tegelijk opvangen, baby's meegeteld.",
    "Het uurtarief van {daycare} gaat per {date} naar {amount}.",
    # pets and vets
    "Onze kat {pet} moet {weekday} om {time} gevaccineerd worden bij {vet}.",
    "Valt een gebitsbehandeling van {pet} onder de dierenverzekering van {pet_insurer}?",
    "{vet} heeft een spoedlijn in het weekend: {company_phone}.",
    "Dierenambulance gebeld voor een egel in de tuin, die kwam binnen een uur.",
    "{pet} en Bolletje blijven tijdens de vakantie in het dierenpension.",
    # bikes
    "Het abonnement bij {bike} kost {amount} per maand, inclusief reparaties.",
    "Accu van de e-bike leeg na twintig kilometer, terwijl de winkel vijftig beloofde.",
    "Fiets staat klaar bij de werkplaats in {city}; ophalen kan {hours}.",
    "Diefstal gemeld bij de politie, aangifte gedaan via internet; {bike} vraagt nog het aangiftenummer.",
    "De fietsenstalling bij het station sluit om middernacht.",
    # lotteries
    "De {lottery} trekt op {date}; uitslagen staan vanaf {time} online.",
    "Straatprijs in {city}: de hele straat kreeg een cheque, zegt het nieuws.",
    "Postcode invullen op de site van de {lottery} geeft een foutmelding.",
    "Een sms over een gewonnen prijs met een betaallink? Nooit op klikken, zegt de {lottery}.",
    "Lotto-trekking van zaterdag: de jackpot staat op {big}.",
    # newspapers
    "De {paper} komt {weekday} later door een storing bij de drukkerij.",
    "Vakantiestop kan online tot drie dagen voor vertrek.",
    "Bezorging in {city} loopt vertraging op door de sneeuw.",
    "Het abonnement op de {paper} kost {amount} per kwartaal, zaterdag inbegrepen.",
    "Krant ligt weer bij nummer 14 in plaats van bij nummer 16, al de derde keer.",
    # funeral insurance
    "{funeral} regelt de uitvaart ook als de polis bij een andere verzekeraar loopt.",
    "Een uitvaart kost gemiddeld € 9.000, staat op de site van {funeral}.",
    "De condoleance wordt gehouden in het uitvaartcentrum aan de Hertog Janstraat, vanaf {time}.",
    "Uitkering van de uitvaartpolis duurt meestal vijf werkdagen.",
    # heat pumps and subsidy
    "De hybride warmtepomp van {installer} haalt een COP van 4,5 bij zeven graden.",
    "ISDE-subsidie aangevraagd, {dossier}; beslissing volgt binnen acht weken.",
    "Monteur van {installer} komt {weekday} om {time} voor het onderhoud.",
    "Buitenunit maakt lawaai na de storm, storingsnummer {company_phone}.",
    "Spouwmuurisolatie kost ongeveer € 2.000 voor een rijtjeshuis uit de jaren zeventig.",
    # student housing
    "Hospiteeravond bij {housing} op {weekday} om {time}, kamer van twaalf vierkante meter.",
    "Introductieweek van de {uni} begint op {date}.",
    "De wasmachines in de kelder van het studentencomplex doen het weer.",
    "Huurverhoging van {housing} per {date}: gemiddeld drie procent.",
    # elections, ID, wedding
    "Stempassen worden uiterlijk twee weken voor {election} bezorgd.",
    "Stemlokaal in de bibliotheek aan de Jan Steenstraat, open van 7.30 tot 21.00 uur.",
    "ID-kaart ophalen bij de balie van de gemeente kan {hours}.",
    "Trouwen op {date} in het stadhuis van {city}, de gratis variant om {time}.",
    "Een volmacht kun je tot en met de dag van de stemming regelen.",
    # debt administration, fines, payment plans
    "Betalingsregeling aangevraagd voor {kenmerk}, in zes termijnen.",
    "Het CJIB stuurt na acht weken een aanmaning met verhoging.",
    "Schuldhulpverlening van de gemeente {city} heeft een wachttijd van {count} weken.",
    "Bewindvoering kost per maand een vast bedrag, vastgesteld door de kantonrechter.",
    # driving school, CBR, garage
    "Praktijkexamen bij {cbr} verzet naar {date}, om {time}.",
    "Rijschool vraagt {amount} per les van zestig minuten.",
    "APK voor de {car} gepland op {date}; de garage belt als de auto klaar staat.",
    "Banden wisselen kost {amount}, opslag voor een seizoen inbegrepen.",
    "Het CBR heeft {count} weken wachttijd voor een tussentijdse toets.",
    # blood, hearing, glasses
    "{bloodbank} zoekt donoren met bloedgroep O-negatief.",
    "Bloed geven duurt ongeveer een uur, inclusief koffie en een koek.",
    "Hans Anders heeft een actie: tweede bril voor {amount}.",
    "Gehoortest bij {optician} gratis, afspraak op {weekday} om {time}.",
    # campsite, football, music
    "Seizoensplaats bij {camping} kost € 1.650 van april tot oktober.",
    "Caravanstalling in {city} gaat per {date} open voor het voorjaar.",
    "Wedstrijd van {club} in het Abe Lenstra Stadion begint om {time}.",
    "Seizoenkaarten van {club} gaan op {date} in de verkoop.",
    "In de Johan Cruijff ArenA mag geen tas groter dan A4 mee.",
    "{music} start na {holiday} met nieuwe groepslessen voor gitaar.",
    "Het Prins Bernhard Cultuurfonds steunt de muziekschool met {big}.",
    # voice notes, letters read aloud, links
    "[spraakbericht 0:12] ja hoi eh ik bel straks wel terug, doei",
    "[spraakbericht 0:35] de bestelling {order} staat nog steeds op verwerkt, kun je even kijken",
    "Klant leest de brief voor: 'Uw aanvraag ({dossier}) wordt in behandeling genomen.'",
    "Er staat op de brief: 'Betaal {amount} voor {date} onder vermelding van {invoice}.'",
    "Link uit de mail: https://www.{site}.nl/afspraak?datum=2025-06-03&tijd=0915",
    "Handtekening onder de mail: Klantenservice | {hours} | {company_phone}",
    "Ingeschreven bij de Kamer van Koophandel, {kvk}.",
    # Surinamese, Antillean, Frisian, Flemish turns of phrase
    "Luister, die factuur van {amount} klopt echt niet hoor, ik heb al betaald.",
    "Bon dia, wanneer komt de monteur? Ik wacht al sinds {time}.",
    "Keti Koti valt dit jaar op een dinsdag, dan zijn wij dicht.",
    "Goeie, de krante komt hjir altyd te let, kinne jim dêr wat oan dwaan?",
    "Allez, de gazet was weer nat, de bus hangt verkeerd.",
    "Den abonnement op de {paper} moogt ge stopzetten per {date}.",
    "Wij wonen in Best, dus niet ver van Eindhoven.",
    "Hoorn en Ede liggen niet in dezelfde regio, dus de monteur komt van ver.",
]

_EN = [
    "The valuation is planned for {date_en}, which is fine with us.",
    "I think the mortgage offer from {lender} is valid for two weeks.",
    "Is the daycare at {daycare} open on Koningsdag?",
    "The vet says {pet} is fine, just a bit overweight.",
    "The tyre on my {bike} is flat again, third time this month.",
    "Is the {lottery} text about a prize real? It asks for a payment link.",
    "The {paper} was not delivered to the door this morning.",
    "I want to pause my newspaper while I'm on holiday from {date_en}.",
    "Is the heat pump subsidy still available in 2025?",
    "The installer from {installer} is coming on {weekday_en} at {time_en}.",
    "The room viewing at {housing} is on {weekday_en}.",
    "Is the polling station in the library open until 9pm?",
    "I need to pick up my ID card; what are the opening hours?",
    "The CJIB fine is {amount_en}, I think I can pay it in one go.",
    "My driving exam was moved to {date_en}, is that final?",
    "The MOT for the {car} is due in March.",
    "Is there a waiting list for giving blood at Sanquin in the summer?",
    "My new glasses from {optician} are ready, I got a text.",
    "The price of the season ticket for {club} went up this year.",
    "The match at the Johan Cruijff ArenA starts at {time_en}.",
    "Guitar lessons at {music} start after the summer break.",
    "I sold a sofa on {market} and the buyer never came.",
    "[voice note 0:09] hi, it's me again, I'll try the office later",
    "The letter says the payment of {amount_en} is due on {date_en}.",
    "The helpline is {company_phone}, open on weekdays.",
    "My flat in {city} has energy label C, is that a problem for the mortgage?",
    "The funeral insurer {funeral} paid out within a week, which is good.",
    "The removal van is booked for {date_en}, between 8 and 12.",
    "Is {camping} open in October?",
    "I moved from {city_en} last year and the bank still sends letters in Dutch.",
]

TEST_V13_CLEAN = _NL + _EN
