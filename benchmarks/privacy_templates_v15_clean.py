"""Sentences of the `test_v15` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v15_words` (`CLEAN_FILLERS["test_v15"]`). Written by someone who never saw the rules.

The traps: brands and firms named after a person or sounding like one (Frank Energie, Ben, Albert Heijn, Jan
Linders, Jeroen Bosch Ziekenhuis, Ronald McDonald Kinderfonds, Prinses Beatrix Spierfonds), streets named after a
person without a house number, towns that are also surnames (Rijssen, Wijchen, Bunnik, Kampen), titles without a
name ('meneer belde terug', 'dokter belt terug'), products with model numbers (routers, phones, bikes), flight and
train numbers, tracking codes, order, invoice, case and claim numbers, a product's EAN code, a router's serial
number, a company's KvK number, switchboard numbers and mailboxes, opening hours, amounts, prices per minute, dates
that are no birth dates, holidays and events, capitals at the start, dyslexic spelling, voice-to-text, Dunglish,
Papiamento, Frisian and Limburg turns of phrase, CSV and web-form dumps with nothing personal. Dutch sentences avoid
the words the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v15_words  # noqa: F401  (registers CLEAN_FILLERS["test_v15"])

_NL = [
    # telecom, broadband
    "{telco} zet een overstap binnen één werkdag door; het nummer blijft behouden.",
    "Een eSIM activeren kan in de app, mits de {phone_model} de laatste software-update heeft.",
    "Gepland onderhoud {isp}: in {city} en omgeving valt het vaste internet tussen 02:00 en 05:00 uur weg.",
    "De {router} krijgt automatisch {version}; de lampjes knipperen dan een paar minuten.",
    "Monteursbezoeken worden ingepland in blokken van 8 tot 13 uur en van 13 tot 18 uur.",
    "Ben, Simyo en Lebara draaien allemaal op een groter netwerk.",
    "Klantenservice {telco}: via de chat in de app of {company_phone}, op werkdagen tot 20.00 uur.",
    "Vragen over een rit? Mail naar klantenservice@felyx.com of gebruik de chat in de app.",
    "Recepten kunnen ook per mail naar info@apotheekthuis.nl; zet geen BSN in de onderwerpregel.",
    "Serienummer van de modem: SN 2291-4471-0098, MAC-adres op de sticker aan de onderkant.",
    # streaming and music
    "Vanaf {date} kost {streamer} Standaard € 1,50 per maand meer.",
    "Wie een bundel bij {telco} heeft, krijgt {streamer} zes maanden zonder extra kosten.",
    "{music} Family: maximaal zes accounts, allemaal op hetzelfde adres.",
    "Het Duo-abonnement van {music} kost € 16,99 per maand.",
    # energy
    "{energy} rekent bij een vast contract een opzegvergoeding van hooguit € 125 per product.",
    "Frank Energie en Zonneplan werken met dynamische tarieven die elk uur veranderen.",
    "De eindafrekening van {energy} volgt binnen zes weken na de verhuisdatum.",
    "Bij overlijden rekent geen enkele leverancier een opzegvergoeding.",
    # home insurance
    "Meld inbraakschade binnen 48 uur bij {insurer} en doe altijd aangifte.",
    "De schade-expert van {insurer} komt alleen op afspraak, niet in het weekend.",
    "{case} afgehandeld; uitkering van {amount} verwerkt op {date}.",
    "Sloten met het SKG-keurmerk met drie sterren geven korting op de premie.",
    # bike lease, sharing, parking
    "{lease} regelt onderhoud en reparaties; de werkgever houdt de termijn in op het brutoloon.",
    "Een leasefiets via {employer} loopt 36 maanden, daarna kan hij worden overgenomen.",
    "De {bike} valt onder de speed pedelecs en moet daarom een kenteken en verzekering hebben.",
    "{carshare}-auto's staan op vaste plekken; elders terugzetten kost € 25 extra.",
    "Een rit met {scooter} kost € 0,35 per minuut, de helm ligt in de koffer.",
    "Vanaf {date} mogen deelscooters in het centrum van {city} niet meer op de stoep.",
    "Boetes worden doorbelast met € 15 administratiekosten erbij.",
    "{parking} rekent per minuut, met € 0,29 transactiekosten per parkeeractie.",
    "Zone 1 kost op werkdagen € 4,20 per uur tussen 9.00 en 21.00 uur.",
    # toll and low-emission zones
    "Voor {zone} moet een buitenlandse auto vooraf geregistreerd worden.",
    "In Portugal rijdt u met een badge van {toll} zonder stoppen door de tolpoorten.",
    "Een Crit'Air-vignet kost € 3,77 plus verzendkosten en blijft geldig zolang de auto rijdt.",
    "Keulen, Lyon en Barcelona hebben elk een eigen milieuzone met eigen regels.",
    # marketplace and parcel lockers
    "{market} adviseert om nooit te betalen via een link die in de chat wordt gestuurd.",
    "Verzendlabel aangemaakt, {tracking}; binnen vijf dagen inleveren bij een servicepunt.",
    "Op Catawiki loopt de veiling tot zondag 20.00 uur.",
    "{locker} bij station {city} heeft 48 vakken en wordt twee keer per dag geleegd.",
    "Een pakket blijft zeven dagen in de kluis en gaat daarna retour naar de afzender.",
    # pharmacy, GP, hospital, dental
    "{pharmacy} bezorgt op werkdagen tussen 17 en 21 uur, koelmedicatie in een koeltas.",
    "Herhaalrecepten vóór 10.00 uur aanvragen, dan liggen ze na 16.00 uur klaar.",
    "{practice} sluit op {date} vanwege scholing; bel bij spoed de huisartsenpost.",
    "Telefonisch spreekuur van 8.00 tot 10.00 uur, daarna alleen voor spoed.",
    "Dokter belt terug na het spreekuur.",
    "{hospital} stuurt pas een nota als de verzekeraar de declaratie heeft afgewezen.",
    "Het Jeroen Bosch Ziekenhuis heeft een nieuwe parkeergarage, het eerste halfuur gratis.",
    "Poli Dermatologie: route 62, tweede verdieping, lift B.",
    "{dental} vergoedt 75 procent van de kosten tot € 250 per jaar.",
    "Orthodontie voor kinderen tot 18 jaar: hooguit € 2.000 per kind.",
    # care alarms, guardianship, deposits
    "Bij {alarm} komt een oproep eerst binnen op de meldkamer, die belt daarna de contactpersonen.",
    "De halszender werkt tot ongeveer 50 meter van het basisstation.",
    "{bewind} maakt het leefgeld elke maandag over.",
    "Bewindvoerder belde terug: alles geregeld, ticket mag dicht.",
    "{agent} betaalt de borg binnen dertig dagen na de eindinspectie terug.",
    "Inspectierapport van 12 pagina's met foto's, door beide partijen getekend.",
    # student finance, residence permits, translations
    "Studiefinanciering meenemen naar het buitenland kan als de opleiding aan de eisen van DUO voldoet.",
    "{uni} begint het academisch jaar half september.",
    "Het IND-loket in {city} werkt alleen op afspraak; kom tien minuten van tevoren.",
    "Beëdigde vertalingen van {translator} zijn binnen vijf werkdagen klaar, met apostille.",
    "Een vertaling Portugees-Nederlands kost € 0,14 per woord, minimaal € 45.",
    # gift lists, funerals, clubs, charities and lotteries
    "De cadeaulijst bij {registry} blijft tot drie maanden na de bruiloft online.",
    "{funeral} regelt de uitvaart ook als het lidmaatschap pas kort loopt.",
    "Uitvaartvereniging Sint Barbara houdt op {date} de jaarvergadering in het parochiehuis.",
    "Overschrijvingen bij de {federation} kunnen dit seizoen tot 1 juli zonder wachttijd.",
    "De contributie van {club} gaat per 1 januari naar € 210 per jaar.",
    "Training O12 op dinsdag en donderdag van 18.00 tot 19.15 uur.",
    "De {lottery} trekt elke maand op de eerste zondag.",
    "Ronald McDonald Kinderfonds en Prinses Beatrix Spierfonds houden samen een sponsorloop.",
    "Giften aan {charity} zijn aftrekbaar, want de stichting heeft een ANBI-status.",
    "Een incasso terugboeken kan tot acht weken na de afschrijving.",
    # places, events, holidays, products, numbers that are no one's
    "Albert Heijn aan de Karel Doormanstraat gaat om 22.00 uur dicht.",
    "Vlucht {flight} naar Lissabon vertrekt om 06:50 uur van gate E18.",
    "Trein {train} richting Brussel rijdt vandaag niet.",
    "Met {holiday} gesloten; de storingslijn blijft bereikbaar.",
    "Dia di Rincon op Bonaire: de kantoren in Kralendijk blijven dicht.",
    "Rijssen, Wijchen en Bunnik krijgen dit najaar glasvezel.",
    "Bestelling {order} ligt klaar; afhalen kan tot {date}.",
    "Openstaand: {invoice} van {amount}, te betalen vóór {date}.",
    "Artikelnummer 8712345678906 tijdelijk uitverkocht, nieuwe levering na {holiday}.",
    "KvK-nummer van de leasemaatschappij: 30183452, btw-nummer op de factuur.",
    "Openingstijden: ma-vr 8.00-20.00 uur, za 9.00-17.00 uur, zondag gesloten.",
    "Meneer belde nogmaals en wordt doorverbonden met de tweede lijn.",
    "Mevrouw wil graag een schriftelijke bevestiging per post.",
    "Klant controleert zelf of de stekker goed in de meterkast zit.",
    # dyslexia, voice-to-text, Dunglish, Papiamento, Frisian, Limburg
    "wanneer komt de monteur nou ik wacht al sins vanochtent",
    "[transcriptie] ja hallo ik bel over de storing van gisteravond in het centrum",
    "[voicemail] goedemiddag ik wou even vragen tot hoe laat de winkel open blijft",
    "Kunnen jullie even checken of die update al gepushed wordt?",
    "Bon tardi, kon ta bai? Wanneer gaat de winkel in Kralendijk weer open?",
    "Wannear komt de monteur nei Dokkum?",
    "Wienie kump de monteur nao Kerkrade?",
    # CSV and web forms with nothing personal
    "order;status;bedrag\n7740-2213;verzonden;€ 68\n7740-2214;geannuleerd;€ 9,95",
    "--- webformulier ---\nonderwerp: storing\nbericht: internet valt 's avonds steeds weg\nvoorkeur: terugbellen",
]

_EN = [
    "The engineer visit is planned between 8 and 1 on {weekday_en}.",
    "My internet has been down since {weekday_en}, is there an outage in {city}?",
    "Is {streamer} going up in price again? I only just renewed.",
    "The exit fee is €125 per product, according to the contract.",
    "I left my lease bike at the station and now the lock is broken.",
    "Is {carshare} available in {city}? I can't find any cars on the map.",
    "The parking app charged {amount_en} for one hour, is that right?",
    "The ULEZ charge is £12.50 a day.",
    "My parcel is in the locker but the code doesn't work.",
    "The pharmacy is closed on Sundays.",
    "Is the GP practice open during {holiday}?",
    "The hospital bill is for the A&E visit on {date_en}.",
    "Is orthodontic treatment covered by the dental plan?",
    "The alarm pendant is waterproof, so my dad can wear it in the shower.",
    "The deposit is usually returned within 30 days.",
    "I study at {uni} and the semester starts in September.",
    "The residence card is ready for collection at the desk.",
    "The sworn translation is €45 per page.",
    "Is the wedding gift list still open?",
    "The funeral cooperative is open day and night.",
    "My son is moving to a new football club after the summer.",
    "I want to stop the direct debit to {charity}.",
    "The {lottery} draw is on the first Sunday of the month.",
    "Flight {flight} is delayed by 40 minutes.",
    "The {train} to Brussels is cancelled today.",
    "The router is updating to firmware 7.57; I can see the lights blinking.",
    "The tracking code {tracking} is not recognised.",
    "I called about the outage and the agent said it is fixed.",
    "Frank Energie is cheaper at night with a dynamic contract.",
    "Is Ben a real phone company or is it a scam?",
    "My appointment is at the Jeroen Bosch Ziekenhuis in Den Bosch.",
    "The invoice of {amount_en} is due on {date_en}.",
    "The scooter costs €0.35 a minute and the helmet is in the box.",
    "Happy {holiday}! The shop is closed until Monday.",
    "The gate for {flight} is E18 and boarding is at {time_en}.",
]

TEST_V15_CLEAN = _NL + _EN
