"""Sentences of test_v109 without personal data: dental practices, marinas, solar installers, student housing,
pharmacies, car sharing clubs, wedding venues, BSO, bicycle repair shops and charity lotteries; public numbers,
amounts, non-birth dates, order and product codes, people-named places and brands, bot names, unfilled Zendesk
placeholders, WhatsApp system lines, disclaimers and capitalised ordinary words."""

from __future__ import annotations

import benchmarks.privacy_templates_v109_words  # noqa: F401  (registers CLEAN_FILLERS["test_v109"])

TEST_V109_CLEAN: list[str] = [
    # ---- dental practices
    "{tandarts} sluit op {date} om {time}; bij spoed buiten kantoortijd belt u {helpline}.",
    "[{stamp}] {tandarts}: Herinnering: uw controle staat op {weekday} om {time}. Reageer met JA om te bevestigen.",
    (
        "Macro 'Nabehandeling': niet eten of drinken tot {count} uur na de behandeling, spoelen mag vanaf {weekday} "
        "{time}."
    ),
    "Een {zorg} kost bij {tandarts} {price} inclusief techniekkosten.",
    "Ticket #{ticket} automatisch gesloten na {count} dagen zonder reactie.",
    (
        "Kiesje: Ik ben de digitale assistent van {tandarts}. Wilt u een afspraak op {weekday} maken, verzetten of "
        "annuleren?"
    ),
    "Fluoride, Sealing en Gebitsreiniging staan apart op de factuur van {date}, totaal {price}.",
    "The dental practice near {place_en} is open from {time_en} on {weekday_en}.",
    "Our hygienist works on {weekday_en} from {time_en}; for out-of-hours pain call the line on {helpline}.",
    "De aanvullende verzekering vergoedt tandzorg tot {price} per jaar, bij {tandarts} vanaf {date}.",
    (
        "Hoi {{ticket.requester.first_name}}, bedankt voor je bericht aan {tandarts}! We reageren binnen {count} "
        "werkdagen (vóór {time})."
    ),
    (
        "[{ts}] Kiesje: Ik heb u niet goed verstaan. Kunt u dat herhalen?\nbeller: jaa ik wil de tant arts spreken "
        "over me kies op {weekday}"
    ),
    # ---- marina berths and boat storage
    "Winterstalling op de wal vanaf {date} bij {haven}; hijsen en afspuiten kost {price}.",
    "Box C-{count} en C-{count} zijn vrij, steiger D gaat dicht voor onderhoud op {date}.",
    "De brug bij de {place} draait elk heel uur tussen {between}.",
    "Walstroom kost {unit} per kWh, te betalen bij de automaat naast het havenkantoor van {haven}.",
    "De Zeezwaluw en de Bonte Specht liggen sinds {date} aan de passantensteiger in {town}.",
    "Boei (de chatbot van {haven}) meldt: windkracht {count} verwacht, leg extra lijnen uit.",
    "Marifoonkanaal 31 wordt bij {haven} uitgeluisterd tussen {between}.",
    "Aye, the slipway at {haven} is shut till {date_en}, the tide tables are on the noticeboard by {time_en}.",
    "CSV ligplaatsen {town} bijgewerkt op {date}: 212 boxen, {count} vrij, 4 in onderhoud.",
    "Hellingwagen 3 staat stil tot {weekday} {time}; gebruik de kraan van {count} ton.",
    (
        "[{ts}] caller: aye I wantit tae ask aboot the berth prices fur next season at {haven}, the wee boat's "
        "{count} metres"
    ),
    "Och, it's pure baltic in the boat shed at {haven} on {weekday_en}, ye'd want a jumper on by {time_en}.",
    # ---- solar panel installers
    "Een set van {count} panelen {paneel} levert ongeveer 3.800 kWh per jaar.",
    "Omvormer {omvormer} geeft sinds {date} foutcode F-17: controleer de DC-schakelaar.",
    "De salderingsregeling stopt per 1 januari 2027; {zon} legt op {weekday} om {time} uit wat dat voor u betekent.",
    "Bel {helpline} voor storingen aan het stroomnet in {town}; daar kan {zon} niets aan doen.",
    "Macro 'Schouwing ingepland': onze adviseur komt op {date} tussen {between}.",
    "Ge moet die panelen nie zelf kuisen, da doen wij gratis op {weekday} in {town_be}, rond {time}.",
    (
        "De SDE++ en de ISDE zijn subsidies voor bedrijven en woningeigenaren; aanvragen vóór {date}; {zon} helpt op "
        "{weekday}."
    ),
    "The installers reckon the roof near {place_en} can take {count} panels from {zon}.",
    "Opbrengst op {date}: 14,2 kWh, piekvermogen 3,9 kW om {time}.",
    "Houdoe en bedankt, de panelen in {town} doen het sinds {weekday} {time} weer prima!",
    (
        "Transcript van brief (handgeschreven, deels onleesbaar): 'graag de folder over zonnepanelen opsturen naar "
        "{zon}?? dank u wel' [ontvangen {date}, {time}]"
    ),
    # ---- student housing
    "Kamer 3.14 in het complex aan de {place} komt per {date} vrij, huur {rent} all-in.",
    "Huurtoeslag kan vanaf je 18e, maar in {city} alleen voor een zelfstandige woonruimte van {kamers} (huur {rent}).",
    "Loting voor kamers van {kamers} in {city}: inschrijven kan tot {date}, {time}.",
    "[{stamp}] {kamers}: De wasmachines in gebouw B zijn {weekday} buiten gebruik.",
    (
        "Macro 'Borg': de borg wordt binnen {count} weken na de eindinspectie teruggestort door {kamers}, minus "
        "{price} schoonmaakkosten."
    ),
    "The common room on the second floor of {kamers} closes at {time_en} on {weekday_en} nights.",
    "Mijne kot in Antwerpen was veel goedkoper, hier betaalt ge {rent} voor {count} vierkante meter.",
    "Inspectie van de rookmelders op {date} om {time}; zorg dat de kamerdeur open kan.",
    "Xior en DUWO hebben in {city} allebei een wachtlijst; bij {kamers} duurt het {count} maanden (peildatum {date}).",
    "Sleutel kwijt? Een nieuwe kost {price}, op te halen bij de receptie tot {time}.",
    "Please I want to know if the room in {city} comes with a reading table, it's {rent} a month.",
    # ---- pharmacy home delivery
    "{apotheek} bezorgt op werkdagen tussen {between}; bestel vóór {time}.",
    "Herhaalrecepten bestelt u in de app van {apotheek} of via {helpline}, keuze 2, tot {time}.",
    "Batch LOT 24B117 van {medicijn} wordt teruggeroepen; lever ongebruikte strips vóór {date} in.",
    "De apotheek aan de {place} sluit {weekday}; de dienstapotheek zit in {city}.",
    (
        "Koelkastmedicatie wordt {weekday} in een koeltas bezorgd en nooit in de brievenbus gedaan, meldt Pilbot "
        "({apotheek}) op {date}."
    ),
    "[{ts}] Pilbot: Voor een spoedrecept buiten {between} belt u de huisartsenpost op {helpline}.",
    (
        "The courier from {apotheek} leaves a card when nobody is home; redelivery on {weekday_en} before {time_en} "
        "is free."
    ),
    "{medicijn} blijft tot {date} onleverbaar, wij leveren een vergelijkbaar merk.",
    "Eigen risico 2026: € 385; {medicijn} valt daar niet onder (info: {helpline}).",
    "Uw {ref} wordt {weekday} na {time} bezorgd door {apotheek}.",
    (
        "Máxima Medisch Centrum en het Jeroen Bosch Ziekenhuis leveren niet aan huis; {apotheek} wel, tot {time} in "
        "{town}."
    ),
    # ---- car sharing clubs
    "De deelauto's van {deelauto} staan op de parkeerplaats bij de {place}, vanaf {time}.",
    "Ritprijs bij {deelauto}: {fee} per uur plus {unit} per kilometer, brandstof inbegrepen.",
    "Cambio, Greenwheels en MyWheels werken elk met een eigen pas; in {town_be} alleen Cambio, sinds {date}.",
    "[{stamp}] {deelauto}: Let op, de laadpaal aan de {place} doet het niet tot {date}.",
    (
        "Lid worden bij {deelauto} kan vanaf 18 jaar met een rijbewijs van minstens {count} jaar oud, inschrijfgeld "
        "{price}."
    ),
    "Schadeformulier van {date} ontvangen; de eigen bijdrage bedraagt {price} per schadegeval.",
    "Reckon the club's Tesla needs a charge before the arvo on {weekday_en}, it's on {count} per cent, says Deelie.",
    "Macro 'Sleutelkluis': de code van de kluis vind je in de app onder Mijn Ritten (hulp: Deelie, {time}, {weekday}).",
    "The car-sharing bay on {place_en} is for {deelauto} members only, from {time_en}.",
    "Afgerekend: {rit}, {count} km, {price}.",
    "No dramas, we'll grab the {deelauto} keys from the servo on {weekday_en} at {time_en}.",
    # ---- wedding venues
    "{trouw} heeft op {date} nog een middagoptie vrij voor maximaal {count}0 gasten.",
    "De trouwschuur in {town} wordt alleen op vrijdag en zaterdag verhuurd, vanaf {big}.",
    "Proeverij van het diner op {weekday} om {time} bij {trouw}; dieetwensen graag vóór {date} doorgeven.",
    (
        "Ceremonie in de Oranjerie om {time}, diner in de Koetshuiszaal, feest in de Schuur tot 01:00 uur, {count}0 "
        "gasten."
    ),
    (
        "Kasteel de Berckt en Landgoed Zonheuvel zijn allebei geschikt voor buitenceremonies vanaf {date}; "
        "rondleiding om {time}."
    ),
    "The ceilidh band at {trouw} finishes at midnight and the bar closes at {time_en} on {weekday_en}.",
    (
        "My cousin says the traditional wedding package at {trouw} includes small chops, jollof and a live band for "
        "{price} per guest."
    ),
    "Zaalhuur bij {trouw}: {big}, exclusief catering en bediening voor {count}0 gasten.",
    "De trouwambtenaar van de gemeente {town} komt naar de locatie als u dat vóór {date} aanvraagt.",
    "Hey, the fairy lights in the barn at {trouw} look heaps better than in the photos from {date_en}!",
    "Good evening sir, please I want to know if {trouw} in {town} has generator backup.",
    # ---- after-school childcare (BSO)
    "{bso} blijft open tot {time}; op studiedagen vanaf {time}.",
    "In de herfstvakantie gaan we op {weekday} met {count} kinderen naar het Anne Frank Huis, vertrek {time}.",
    (
        "De uurprijs bij {bso} bedraagt in 2026 € 10,67; kinderopvangtoeslag vraagt u vóór {date} aan bij de "
        "Belastingdienst."
    ),
    "[{stamp}] {bso}: Morgen gymmen we in de zaal aan de {place}, sportschoenen mee graag.",
    "Wordt uw kind op {weekday} door iemand anders opgehaald? Geef dat vóór {time} door via de ouderapp van {bso}.",
    "Groep Dolfijnen en groep Zeesterren eten om {time} fruit, op {weekday} ook een koekje van {bso}.",
    "After-school care closes at {time_en}; the late pick-up fee is {fee} per quarter hour.",
    "Macro 'Wachtlijst': er zijn op {weekday} geen plekken bij {bso}, u staat op de wachtlijst sinds {date}.",
    "De kinderen hebben met de sponsorloop {big} opgehaald voor het Ronald McDonald Huis in {city}.",
    "Vanaf {date} gaat {bso} in de zomer open tussen {between}.",
    "Dear {{ticket.requester.name}}, your request #{{ticket.id}} to {bso} is solved ({date_en}, {time_en}).",
    # ---- bicycle repair shops
    "Een kleine beurt kost {price} bij {fiets}, een grote beurt € 149,- exclusief onderdelen.",
    "{onderdeel} op voorraad; monteren duurt ongeveer {count}0 minuten.",
    "{fiets} zit naast de Albert Heijn op de {place}, open tot {time}.",
    "We repareren ook Gazelle, Batavus, Sparta en Cortina, maar geen fatbikes; {fiets}, {town}.",
    "[{stamp}] {fiets}: Uw fiets staat klaar! Ophalen kan tot {time}.",
    "{werkbon}: band vervangen, remmen afgesteld, ketting gesmeerd, {price}.",
    "Ma chain snapped on the hill by {place_en} on {weekday_en} at {time_en}, ye got a spare?",
    "Fietsen die langer dan {count} weken bij {fiets} blijven staan, gaan naar het goede doel in {town}.",
    "Bakfietsen en e-bikes alleen op afspraak via de site van {fiets}, geen inloop op {weekday} na {time}.",
    "Mate, reckon the back tyre's cactus, can I drop it at {fiets} at {time_en} this arvo?",
    "Wollah, die nieuwe fietsenmaker bij de {place} werkt echt snel, was om {time} al klaar.",
    "werkbon;datum;onderdelen;uren\n{werkbon};{date};{onderdeel};1,5",
    # ---- charity lottery subscriptions
    "De trekking van de Postcode Loterij valt op {date}; de uitslag staat vanaf {time} online.",
    "Van elk lot van € 15,- gaat minstens 40% naar goede doelen, meldt {loterij} op {date}.",
    (
        "VriendenLoterij, BankGiro Loterij en Nationale Postcode Loterij horen bij dezelfde organisatie ({kvk}); "
        "vragen via Lotje tot {time}."
    ),
    "[{ts}] Lotje: Wilt u uw abonnement wijzigen, opzeggen of heeft u een vraag over de prijs van {date}?",
    "Prijzen boven {price} worden automatisch overgemaakt; daaronder krijgt u op {weekday} een bericht in de app.",
    "Macro 'Opzegging': uw opzegging bij {loterij} gaat in na de trekking van {date} om {time}.",
    "Over prijzen boven € 449,- wordt kansspelbelasting ingehouden, zegt Lotje op {date} om {time}.",
    "The Prinses Beatrix Spierfonds and KWF both get a share of the {big} raised on {date_en}.",
    (
        "Ons moeder speelt al {count} jaar mee bij {loterij} en heeft nog nooit iets gewonnen, da's toch raar voor € "
        "15,- per maand."
    ),
    "Allee, da's nu al de derde keer da'k bel, ik wil gewoon weten of de trekking op {date} of {weekday} valt.",
    "[{ts}] Lotje: You said: 'cancel my lot a reescription at {loterij}'. Is that correct?",
    # ---- channels
    (
        "Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde. {tandarts}, {city} "
        "· {kvk}."
    ),
    "This e-mail is confidential; if you are not the addressee, please delete it. {haven}, {city}, {kvk}.",
    "Verzonden vanaf mijn Samsung Galaxy-smartphone om {time}, {date}.",
    "Zendesk: ticket #{ticket} samengevoegd met ticket #{ticket}.",
    "[{stamp}] {apotheek}: Berichten en oproepen worden end-to-end versleuteld. Tik voor meer info.",
    "{wa} - {fiets}: <Media weggelaten>\nUw fiets staat klaar, {price} graag contant of pin",
    "[{stamp}] {kamers}: Dit bericht werd verwijderd\n[+1 min] {kamers}: Excuus, verkeerde chat!",
    "datum;aantal_ritten;omzet\n{date};{count};{big}",
    "product,prijs,voorraad\n{onderdeel},{price},{count}",
    "Ik bin d'r nich blie met, de kraanbeurt van {date} was veuls te duur: {price}.",
    "Wat mot ik doon as de panelen op {weekday} gin stroom geavn? Bellen met {zon} vóór {time}?",
    "[{ts}] {bot}: U wordt doorverbonden met een medewerker. De wachttijd bedraagt ongeveer {count} minuten.",
    "Bezoekadres: {place}, {city}. Parkeren kan op {weekday} in de garage onder het plein.",
    "Goeiendag, kunt ge mij zeggen tot hoe laat ge op {weekday} open zijt bij {fiets} in {town_be}?",
    "Sent from my iPhone\n\nOn {date_en} at {time_en}, {apotheek} wrote:",
    "IBAN wijzigen? Dat kan alleen via Mijn Account van {loterij}, niet via WhatsApp (Lotje, {date}).",
    "Jouw gegevens (naam, adres, BSN) vraagt {apotheek} nooit via de telefoon op, ook niet via Pilbot of {helpline}.",
]
