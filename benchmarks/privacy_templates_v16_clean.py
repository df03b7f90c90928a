"""Sentences of the `test_v16` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v16_words` (`CLEAN_FILLERS["test_v16"]`). Written by someone who never saw the rules.

The traps: firms and places named after a person or sounding like one (Garage Jan de Wit, Ruud's
Installatietechniek, Autorijschool Tim, Burgers' Zoo, Kröller-Müller, Van Gogh Museum, Anne Frankplein, Johan
Cruijff ArenA, Albert Heijn), streets without a house number, towns that are also surnames (Ede, Soest, Bergen,
Epe), titles without a name ('de instructeur', 'meneer belde terug'), products with model numbers (scooters,
trackers, doorbells, cars), booking, claim, order and case numbers, a company's phone number and mailbox, amounts,
dates that are no birth date, opening hours, holidays and events, capitals at the start, angry capitals and
swearing, an elderly caller's confusion, autocorrect. Dutch sentences avoid the words the/I/is/my, by which the
corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v16_words  # noqa: F401  (registers CLEAN_FILLERS["test_v16"])

_NL = [
    # water damage, plumber
    "{plumber} komt binnen 24 uur bij lekkage; daarna volgt een expert van {insurer}.",
    "Bij waterschade graag foto's maken vóór het opruimen, en de factuur van de loodgieter bewaren.",
    "Ruud's Installatietechniek rekent voorrijkosten van € 45 buiten Utrecht.",
    "Meld schade via {company_phone} of de app; {claim} wordt binnen vijf werkdagen behandeld.",
    "Het eigen risico bij {insurer} bedraagt {amount} per gebeurtenis.",
    # holiday homes
    "{rental} heeft vakantiehuizen in {city_abroad}, vanaf {amount} per week.",
    "Inchecken kan vanaf 16.00 uur, uitchecken vóór 10.00 uur; de schoonmaak zit bij de prijs in.",
    "Vragen over {order}? Mail naar {company_mail}.",
    "Tijdens {holiday} zijn de huisjes in {city_abroad} snel volgeboekt.",
    # driving school
    "{driving_school} biedt een spoedcursus van tien dagen aan, inclusief praktijkexamen.",
    "De instructeur belde terug: de les van {weekday} om {time} gaat gewoon door.",
    "Autorijschool Tim rijdt met een {car} met automaat.",
    "Het CBR heeft in {city} weer examenplekken vrij vanaf {date}.",
    # car dealer
    "{dealer} geeft zes maanden BOVAG-garantie op elke occasion.",
    "Garage Jan de Wit zit aan de Industrieweg, naast de Kwik-Fit.",
    "De {car} uit 2019 heeft 84.000 km gelopen en een nieuwe distributieriem.",
    "APK-keuring kost {amount}, inclusief roetmeting.",
    # e-scooter import
    "De {scooter} mag in Nederland niet op de openbare weg zonder kenteken.",
    "Invoerrechten op elektrische steps uit China bedragen zes procent plus btw.",
    "Bij {order} zit een adapter met Europese stekker.",
    # solar
    "{solar} installeert de panelen binnen zes weken na akkoord.",
    "De omvormer krijgt automatisch {version} via wifi.",
    "Bij verkoop van een huis kan een leasecontract voor zonnepanelen worden overgedragen aan de koper.",
    "Salderen verandert vanaf 2027; dan krijg je minder terug voor stroom die je teruglevert.",
    # camper
    "{camper} verhuurt campers vanaf {city}, minimale huurperiode vijf nachten.",
    "Een camper tot 3.500 kilo mag met rijbewijs B.",
    "De borg van {amount} wordt binnen veertien dagen na inlevering vrijgegeven.",
    # cruise
    "{cruise} vertrekt op {date} vanuit Amsterdam naar de Noorse fjorden.",
    "Boordkrediet van {amount} per hut, niet inwisselbaar voor contant geld.",
    "Inschepen begint om {time}; neem je paspoort mee.",
    # tickets
    "{tickets} rekent vijf procent servicekosten bij doorverkoop.",
    "Kaarten voor {event} zijn binnen twaalf minuten uitverkocht.",
    "Doorverkopen boven de oorspronkelijke prijs mag niet bij {event}.",
    "De barcode verandert elke minuut, dus een screenshot werkt niet.",
    # dating
    "{dating} Gold kost {amount} per maand, opzeggen kan tot 24 uur voor verlenging.",
    "Een abonnement via de App Store zeg je op in de instellingen van je iPhone, niet bij ons.",
    # tracker, doorbell
    "De {tracker} heeft twee jaar garantie, ook op het bandje.",
    "Firmware {version} lost het probleem met de stappenteller op.",
    "Zet bij de {doorbell} een privacyzone over de stoep en de tuin van de buren.",
    "De Autoriteit Persoonsgegevens geeft tips over camera's aan de gevel.",
    "Bewegingsdetectie van de {doorbell} kan per zone worden uitgezet.",
    # newspaper, removals
    "{paper} wordt vóór 7.00 uur bezorgd, op zaterdag vóór 8.00 uur.",
    "Vakantiestop aanvragen kan tot drie werkdagen van tevoren.",
    "{mover} werkt met een verhuislift tot de zevende verdieping.",
    "Inboedel tijdens een verhuizing valt meestal onder de inboedelverzekering, tot een maximum.",
    # childcare
    "De wachtlijst bij {childcare} in {city} bedraagt ongeveer negen maanden.",
    "Kinderopvangtoeslag vraag je aan bij de Belastingdienst, niet bij de opvang.",
    "Het kinderdagverblijf sluit tijdens {holiday}.",
    # ambulance, lab, orthodontist
    "{ambulance} stuurt nota's rechtstreeks naar de zorgverzekeraar.",
    "Een ambulancerit valt onder het basispakket, maar het eigen risico geldt wel.",
    "Bloedprikken bij {lab} kan zonder afspraak van {time} tot 12.00 uur.",
    "Uitslagen staan na drie werkdagen in het patiëntenportaal.",
    "{ortho} heeft nieuwe openingstijden vanaf {date}.",
    "Een beugel voor kinderen tot achttien valt deels onder de aanvullende verzekering.",
    # guide dog, zoo, museum
    "{dog_school} zoekt gastgezinnen in de regio {city}.",
    "Een geleidehond wordt ongeveer twee jaar opgeleid voordat hij bij een baasje komt.",
    "{zoo} opent om 9.00 uur; de olifanten krijgen eten om half elf.",
    "Burgers' Zoo heeft een nieuw apenverblijf geopend.",
    "Met een Museumkaart kom je gratis in meer dan vierhonderd musea.",
    "Het Kröller-Müller Museum ligt midden in Nationaal Park De Hoge Veluwe.",
    "Het {museum} houdt op {holiday} de deuren gesloten.",
    "Van Gogh Museum: tickets alleen online, tijdslot verplicht.",
    # allotment, marina, riding
    "{garden} houdt de jaarvergadering op {date} in de kantine.",
    "Ligplaatsen bij {marina} worden per seizoen verhuurd, van april tot oktober.",
    "De sluis bij {city} bedient vanaf {time} op afroep.",
    "{riding} geeft ponyles aan kinderen vanaf zes jaar.",
    "De manege sluit bij hitte boven dertig graden.",
    # tax, inheritance
    "Na een overlijden stuurt de Belastingdienst een brief over de aangifte voor de overledene.",
    "Een auto op naam van een overledene moet binnen vijf weken worden overgeschreven.",
    "RDW-loket {city} open op werkdagen van 9.00 tot 17.00 uur.",
    "De erfbelasting moet binnen acht maanden na het overlijden worden aangegeven.",
    # angry, elderly, autocorrect
    "NU AL DRIE WEKEN GEEN REACTIE!!! Wat een waardeloze service.",
    "Godsamme, weer die wachtmuziek. Twintig minuten in de wacht.",
    "Meneer belde terug maar wist niet meer waar het over ging.",
    "Mevrouw vroeg of wij ook van de bank waren; uitgelegd dat dat niet zo zit.",
    "Sorry autocorrect, bedoelde 'factuur' en niet 'fractuur'.",
    "Oma wist niet meer welke knop ze moest indrukken, kleinzoon hielp mee.",
    "Klant boos over {invoice}, korting van {amount} aangeboden.",
    "Doorverbonden met afdeling schade, {ticket}.",
    "Op {date} storing in de telefooncentrale van {company_phone}.",
    "Johan Cruijff ArenA, Ziggo Dome en AFAS Live verkopen kaarten via {tickets}.",
    "Albert Heijn en Jumbo verkopen cadeaukaarten voor {zoo}.",
    "Philips Sonicare HX9911 met twee opzetborstels, {amount}.",
    "Anne Frankplein en Johan de Wittlaan liggen allebei in {city}.",
    "Bergen, Soest en Epe hebben alle drie een eigen manege.",
]

_EN = [
    "The plumber said the pipe under the bath is corroded.",
    "Is water damage from a leaking washing machine covered by the policy?",
    "The holiday home in {city_abroad} has a pool and the garden sleeps eight in tents.",
    "I booked through {rental} and the house was lovely.",
    "Is the driving school open during {holiday}?",
    "The {car} failed its MOT on the brakes.",
    "My {scooter} arrived without a charger, so I can't use it.",
    "The solar panels produced 4,200 kWh last year, which is more than the estimate.",
    "The camper has a bike rack and the fridge is gas-powered.",
    "The cruise leaves Southampton on {date_en} and the cabins are ready at noon.",
    "Is reselling {event} tickets allowed on {tickets}, or is that only for the organiser?",
    "I want to cancel my {dating} subscription before it renews.",
    "The strap of the {tracker} broke after a month.",
    "My {doorbell} keeps recording cars in the street.",
    "The paper is always late on Saturdays.",
    "The removal van is booked for {date_en} at {time}.",
    "The waiting list at the nursery is nine months long.",
    "Is an ambulance ride covered by the basic insurance?",
    "The lab results take three working days, the nurse said.",
    "My daughter's braces come off in {date_en}, so I need a new retainer.",
    "The guide dog school needs volunteers in {city} for the puppies.",
    "Is the zoo open on {holiday}?",
    "The museum card works at the Rijksmuseum and the Van Gogh Museum.",
    "The allotment association meets on the first Monday of the month.",
    "The mooring fee is {amount_en} per metre per season.",
    "The riding school has a new indoor arena and the ponies love it.",
    "My late father's tax return is due in {date_en}.",
    "I inherited a car and want to sell it.",
    "THIS IS THE WORST SERVICE I HAVE EVER HAD.",
    "Sorry, my phone autocorrects everything, I meant 'invoice'.",
    "The gentleman called back but couldn't remember why he called the first time.",
    "My order {order} still hasn't shipped and I paid two weeks ago.",
    "The invoice of {amount_en} is due on {date_en}.",
    "Please email {company_mail} for a refund of the deposit.",
    "The helpline {company_phone} is open until 8 pm.",
    "Garage Jan de Wit is my local dealer.",
    "Burgers' Zoo is near Arnhem.",
]

TEST_V16_CLEAN = _NL + _EN
