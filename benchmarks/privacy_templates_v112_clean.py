"""Sentences of test_v112 without personal data: admissions and tuition fees, lab blood tests, made-to-measure blinds,
bike and theatre subscriptions, hospital parking, home batteries, student housing benefit, pet chips and caravans;
public numbers, amounts, non-birth dates, case numbers, thread ids, subtitle cues, order and product codes,
placeholders in HTML forms, people-named places, streets and brands, bot names and capitalised ordinary words."""

from __future__ import annotations

import benchmarks.privacy_templates_v112_words  # noqa: F401  (registers CLEAN_FILLERS["test_v112"])

TEST_V112_CLEAN: list[str] = [
    # ---- university admissions and tuition fees
    "Het instellingscollegegeld voor {programme} bedraagt {fee} per jaar; het wettelijk tarief is {fee_low}.",
    "Aanmelden via Studielink kan tot {deadline}; daarna neemt {uni} geen verzoeken voor "
    "{programme} meer in behandeling.",
    "Case {case} gesloten: vraag over termijnbetaling beantwoord met snelantwoord {macro} om {time}.",
    "[ {sfref} ]\nStatus: Closed · Origin: Email · Priority: Low · Queue: {queue} · Closed {date}",
    "De open dag van {uni} is op {date}; de rondleiding start om {time} bij {place}.",
    "Tuition for non-EU students at {uni} is {fee_en} for {year_acad}; apply before {deadline_en}.",
    "Kindly note the fee waiver scheme of {uni} closes on {deadline_en}; the same is applicable for {programme}.",
    "🤖 {bot}: Hoi! Ik help je met aanmelden. Typ /start of kies een opleiding, bijvoorbeeld {programme}.",
    "Bel de Studentenbalie via {public_phone}, {weekday} {hours}.",
    "Collegegeld in {count} termijnen betalen kost bij {uni} geen extra rente, ook niet in {year}.",
    "Case {case} samengevoegd met Case {case}; Origin: Web · Queue: {queue}",
    "{cue}\n{srt}\n[Studieadviseur] Welkom bij het voorlichtingsgesprek over {programme}.",
    "Sweet as, the info evening about {programme} at {uni} on {weekday_en} was heaps useful, cheers!",
    # ---- blood-test lab appointments
    "Prikken zonder afspraak bij {lab} kan op {weekday} {hours}; nuchter betekent vanaf {time_night} niets eten.",
    "De uitslag van {tests} staat binnen {count} werkdagen in het patiëntportaal van {lab}.",
    "Neem het aanvraagformulier en een geldig identiteitsbewijs mee; de prikpost van {lab} zit aan "
    "{place}, open vanaf {time}.",
    "🤖 {bot}: Je kunt een afspraak maken voor {tests}. Welke dag past, {weekday}?",
    "Fasting blood tests at {lab} run from {time_en} on {weekday_en}; bring your request form.",
    "The collection centre near {place_en} is closed on {date_en} from {time_en}.",
    "Het nieuwe nummer van de prikpost is {public_phone}; het oude nummer van {lab} vervalt per {date}.",
    "{lab}: Uw afspraak voor {tests} is bevestigd voor {weekday} {time} 🩸 Nuchter komen.",
    "Kump d'r noe ouch 'ne prikpost in {town_lb}? Dat zów hendig zien veur de aw luuj, {weekday} vanaf {time} of zo.",
    "Bloed prikk'n bi'j {lab} in {town_tw} geet vanaf {time}, wi'j hoovt gin afspraak.",
    "[Overdracht bot {bot} → medewerker] Geen persoonsgegevens ontvangen; vraag over {topic} bij {lab}.",
    "Na {count} minuten wachten werd nummer {row} omgeroepen bij balie {entrance}.",
    # ---- made-to-measure window blinds
    "Een {blind} van {size} in {fabric} kost {price_blind}, inclusief montage.",
    "Artikel {sku}: {blind}, kleur {fabric}, levertijd {count} weken.",
    "Meet de dagmaat op {count} punten en geef de kleinste maat door, adviseert {blinds} voor elk {blind}.",
    "🤖 {bot}: Kies je montage voor het {blind}: in de dag of op de dag? Typ 1 of 2 ({count} sec).",
    "Our showroom on {place_en} has samples of {blind_en} in {count} colours.",
    "Profielkleur {ral}, bediening links, {count} stuks: zo staat {sku} in de catalogus van {blinds}.",
    "Je {blind} is onderweg 📦 Verwachte levering {date} {hours}.",
    "Amai, die {blind} van {blinds} hangt schoon in ons living in {town_be}, echt nen aanrader!",
    "Sweet as, the {blind_en} look mean in the lounge, cheers {blinds} for fitting them on {date_en}.",
    "Respected team, kindly share the price list of {blind_en}; I will revert with the measurements "
    "of {count} windows by {weekday_en}.",
    "De showroom van {blinds} aan {place} is op {weekday} open {hours}.",
    '<select name="kleur"><option>{fabric}</option><option>{fabric}</option></select> <span>{size}</span>',
    # ---- bicycle subscriptions
    "Een {bike} kost {price_bike} per maand; onderhoud en reparaties bij {bikefirm} zijn inbegrepen.",
    "De store van {bikefirm} aan {place} is {weekday} open {hours}.",
    "Opzeggen kan per maand; de {bike} lever je in bij de dichtstbijzijnde store in {town}, uiterlijk {date}.",
    "Velo Antwerpen opent {count} nieuwe stations aan {place_be} vanaf {date}.",
    "Your {bike} comes with a lock and {count} free repairs a year from {bikefirm}.",
    "🚲 Lekke band aan je {bike}? Meld het in de app van {bikefirm}, de monteur komt nog {weekday} langs.",
    "🤖 {bot}: Je abonnement {bike} gaat per {date} omhoog naar {price_bike} per maand.",
    "Wi'j hebt {count} fietsen in 't abonnement, dat geet prima zo, zeg {bikefirm} mer, ok in {town_tw}.",
    "Case {case}: Fiets defect · Origin: Telegram · Status: Escalated · Queue: {queue} · {time}",
    "Ich fiets ederen daag nao {place}, mer de band vaan mien {bike} is weer plat, al veur de "
    "{count}e kier, sjiet toch!",
    # ---- theatre season subscriptions
    "Het abonnement {season} van {theatre} bevat {count} voorstellingen, waaronder {show}.",
    "{show} speelt op {date} om {time} in de grote zaal; rij {row}, stoel {seat} en verder zijn nog vrij.",
    "Kassa van {theatre}: {public_phone}, {weekday} {hours}.",
    "🎭 Nieuw seizoen! {show} met een inleiding om {time} in de foyer van {theatre}.",
    "De voorstelling {show} van {date} is verplaatst; uw kaarten voor {theatre} blijven geldig.",
    "Season tickets for {show} start at {price_ticket_en}; the box office opens at {time_en}.",
    "Ons kenmerk: {ourref}\nDatum: {date}\nBetreft: nieuwe prijzen {season}\n\nGeachte abonnee, de prijzen stijgen.",
    "Amai, {show} in {theatre} was wreed schoon, allee, ge moet da zien voor {price_ticket}!",
    "Wah gwaan, {show} was wicked! When unu a go put it on again? Mi ready fi {weekday_en}, {time_en}.",
    "{cue}\n{srt}\n(applaus)\n\n{cue2}\n{srt2}\n[muziek: ouverture {show}]",
    "Rij {row} stoel {seat} is rolstoeltoegankelijk; reserveer via {public_phone} of aan de kassa.",
    # ---- hospital parking
    "Parkeren bij {hospital} kost {rate} per uur, maximaal {rate_day} per dag.",
    "Bezoekers van langdurig opgenomen patiënten kopen een weekkaart voor {rate_week} bij de receptie van P{count}.",
    "De slagboom van parkeergarage P{count} is op {date} {window} buiten gebruik.",
    "🅿️ {bot}: Betalen kan met pin of creditcard bij de automaat naast ingang {entrance} van {hospital}.",
    "Parking at {hospital} is free for the first {minutes} minutes; after that {rate_en} per hour.",
    "Parkeerplaatsen voor mindervaliden liggen bij ingang {entrance} van {hospital}, tarief {rate} per uur.",
    "My mum's in {hospital} again, the car park was chocka, had to park on {place_en} for {rate_en} an hour.",
    "Ich zeuk 'n plaots in de garaasj vaan {hospital}, mer alles is vol tot {time}, verdomme.",
    "Kenteken invoeren? Nee hoor, parkeerbot {bot} herkent je auto automatisch bij de slagboom van P{count}.",
    "Case {case}: Slagboom P{count} storing · Priority: High · Queue: {queue}",
    # ---- home battery leases
    "Een {battery} van {kwh} kWh kost in lease {price_battery} per maand, onderhoud inbegrepen.",
    "De salderingsregeling stopt op {date}; een thuisbatterij wordt dan interessanter, zegt {batteryfirm} in {town}.",
    "Firmware {firmware} voor de {battery} wordt op {weekday} {window} uitgerold.",
    "⚡ {bot}: Je batterij heeft vandaag {kwh} kWh opgeslagen. Goed bezig! 🔋 {time}",
    "A {battery} lease runs {count} years; after that you can buy it for {price_buyout_en}.",
    "Storingsnummer {batteryfirm}: {public_phone}, ook op {weekday}.",
    "Het leasecontract voor de {battery} loopt af op {date_num}; verlengen kan in de app van {batteryfirm}.",
    "Mien {battery} vaan {batteryfirm} maak gein geluid mie, dat is good nuujs sins {date}.",
    "Kindly share the warranty terms of the {battery} from {batteryfirm}; the same is required for "
    "the subsidy by {deadline_en}.",
    "{cue}\n{srt}\nInstallateur: De omvormer hangt in de meterkast, de {battery} komt op zolder.",
    # ---- student housing benefit
    "Huurtoeslag voor studenten: de huurgrens is {amount_big} per maand in {year} en je moet "
    "minstens 18 jaar zijn, zegt {agency}.",
    "Dienst Toeslagen is bereikbaar via {public_phone} op werkdagen {hours}, behalve op {date}.",
    "Aanvragen voor {year} kan tot {deadline}; wijzigingen geef je binnen {weeks} weken door via "
    "Mijn toeslagen of via {public_phone}.",
    "Een onzelfstandige kamer geeft meestal geen recht op huurtoeslag, behalve in {exception}, zegt {uni} op {date}.",
    "In Antwerpen kun je huurpremie aanvragen bij {agency} als je al {count} jaar op de wachtlijst staat in {town_be}.",
    "🤖 {bot}: Ik vraag nooit om je BSN. Log in met DigiD om je toeslag over {year} te zien (stap {count}).",
    "Rent benefit for students in {town}: the maximum rent is {amount_big}; apply before {deadline_en}.",
    "De beschikking van {date} vermeldt een voorschot van {benefit} per maand over {year}.",
    '<label for="bsn">BSN</label><input id="bsn" name="bsn" placeholder="123456789" maxlength="9"> '
    "assistent: {bot} · {time}",
    '<label for="iban">IBAN</label><input id="iban" placeholder="NL00 BANK 0123 4567 89"> '
    "<b>voorschot {benefit} per maand vanaf {date}</b>",
    '<input name="postcode" placeholder="1234 AB" required> <small>Vul je postcode in, onze bot {bot} zoekt '
    "het adres ({count} sec)</small>",
    # ---- pet microchip registrations
    "Chippen bij {vet} kost {price_chip}; registreren bij {registry} is daarna verplicht.",
    "Pups moeten vóór {weeks} weken gechipt en binnen {count} dagen geregistreerd zijn bij {registry}.",
    "🐾 {bot}: Dier gevonden? Bel de dierenambulance via {public_phone}.",
    "{pet} de {species} staat dit jaar in de top tien van namen, meldt {registry}.",
    "Registering your pet's microchip with {registry} costs {price_chip_en} and lasts a lifetime, says {vet}.",
    "In België registreer je een hond in DogID en een kat in CatID, binnen {weeks} weken; de {vet} "
    "helpt voor {price_chip}.",
    "Ons {species} {pet} is gechipt bij {vet}, da was rap gedaan.",
    "Oonze {species} {pet} is weer thuus, hee zat gewoon in 't schuurtje in {town_tw}.",
    "[Overdracht chatbot {bot}] Vinder van een {species} bij {place} meldt zich; geen chip gevonden.",
    # ---- used caravan sales
    "Te koop: {caravan}, bouwjaar {year_build}, {weight} kg, met mover en voortent, vraagprijs {amount_big}.",
    "Een proefrit met de {caravan} kan op {weekday} bij {caravandealer} in {town}.",
    "Selling: {caravan}, {year_build}, WOF and rego current, {price_caravan_en} ono.",
    "Artikelnummer {sku} is de voortent die past bij de {caravan} van {year_build}.",
    "De keuring van ingeruilde caravans gebeurt in de hal van {caravandealer} aan {place}, {weekday}.",
    "Wah gwaan, unu open pon {weekday_en}? Mi waan come look pon di {caravan}, round {time_en}.",
    "Mooie {caravan} gezien bij {caravandealer}, mer {amount_big} is dr wal get völ.",
    "🤖 {bot}: Zoek je een caravan tot {weight} kg? Bekijk de {caravan} (bouwjaar {year_build}).",
    "De garantie op de {caravan} loopt tot {date_num}; het schadevrij rapport is op {date} gemaakt.",
    # ---- letters, hand-overs, OCR notes and subtitles without personal data
    "Ons kenmerk: {ourref}\nDatum: {date}\nBetreft: {topic}\n\nGeachte klant, hierbij informeren wij u over {topic}.",
    "Notitie (handgeschreven): klant terugbellen over {topic}, voorkeur {weekday} na {time}.",
    "Chatbot {bot} heeft dit gesprek doorgezet naar een medewerker. Onderwerp: {topic}. Wachttijd: {count} minuten.",
    "{cue}\n{srt}\n[verbinding wordt hersteld]\n\n{cue2}\n{srt2}\nMedewerker: Bent u daar nog?",
    "/help\n🤖 {bot}: Ik ken deze commando's: /afspraak, /status en /stop. Meer hulp? {public_phone}.",
    "Kindly note our office in {town_in} will remain closed on {date_en}; the same will be updated "
    "on the portal of {uni}.",
    "Kia ora! Our team is on leave over {date_en}, back on {weekday_en}; urgent? Ring {public_phone_en}.",
    "For the hospital car park, kindly call the helpline {public_phone_en} from {time_en}; the same is free.",
    "Hey, thanks heaps for sorting {topic_en} so fast, {bot} the bot. Mean as! {time_en}",
    "Uw kenmerk: {ourref}\nBetreft: {topic}\n\nGeachte heer, mevrouw, uw brief van {date} is in goede orde ontvangen.",
    "Salesforce Case {case}\nSubject: RE: {topic} [ {sfref} ]\nOwner: Queue {queue}",
    "Hallo, ich wil get vraoge euver {topic}, ich bel {weekday} trök um {time}.",
    "Dat hebt wi'j nooit eerder had, {topic} bi'j {batteryfirm}. Good dat ie 't regelt veur {date}.",
    "Allee, ons probleem met {topic} is opgelost, merci aan chatbot {bot} en 't team van {theatre}!",
    "Case {case} — {count} bijlagen: offerte.pdf, maatblad.xlsx, foto_raam.jpg · {queue}",
    "Kindly find attached the brochure of {blinds} for {blind_en}, valid until {deadline_en}.",
    '<div class="error">Veld verplicht</div><input name="naam" placeholder="Voor- en achternaam"> (bot {bot}, {time})',
    "{window_cap} is het platform van {batteryfirm} in onderhoud (storing {firmware}).",
    "OCR: Afspraak Iab {weekday} {time}, balie {entrance}, nuchter.",
    "Albert Heijn, Jan Linders en de Hema in {town} verkopen geen {blind}, wel {fabric} gordijnstof.",
    "Vanaf {date} rijdt lijn {row} via {place} naar {hospital}.",
]
