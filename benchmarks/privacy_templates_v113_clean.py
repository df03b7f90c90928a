"""Sentences of test_v113 without personal data: hospital appointments, contents insurance, TV and internet, overdraft
fees, hail damage, school uniforms, library fines, ash scattering, fishing trips and zoo passes; public and service
numbers, amounts, rates, dates of storms, appointments and deaths, product codes, conversation ids, IVR menus,
people-named places, stadiums, airports, brands, boats and streets used as places, bot names, Frisian, Zeeuws and
capitalised ordinary words."""

from __future__ import annotations

import benchmarks.privacy_templates_v113_words  # noqa: F401  (registers CLEAN_FILLERS["test_v113"])

TEST_V113_CLEAN: list[str] = [
    # ---- hospital appointment scheduling
    "Sunshine Conversations · {conv} · bron: web\n[{clock}] {bot}: Hoi! Kies: afspraak maken, afspraak verzetten "
    "of route.\n[{clock}] klant: route",
    "IVR {ts} | keuze 0 | 'voor de centrale van {hospital} blijft u aan de lijn' | DTMF 0# | wachttijd {count} "
    "min | doorverbonden",
    '{"ts":"{ts}","level":"{level}","svc":"afspraakplanner","event":"slot_released","dept":"{poli}","slots":{count}}',
    "De polikliniek {poli} van {hospital} gaat op {date} dicht; bel de centrale via {public_phone}.",
    "Uw afspraak op {appt} bij {poli} in {hospital} staat vast. Neem uw medicijnlijst en verzekeringspas mee.",
    "Parkeren bij {hospital} kan in de garage aan de {street_place}; de eerste 20 minuten zijn gratis, daarna {fee}.",
    "Berichten voor bedrijven · {hospital}\nKlant koos (lijst): Route en parkeren\n{bot}: De ingang vindt u aan "
    "de {street_place}.",
    "Voicemail {vm_len} {noise} ja hallo, ik bel alleen om te zeggen dat ik de afspraak van {weekday} niet nodig "
    "heb, dank u {noise}",
    "Ik haw moarn in ôfspraak by {poli}, mar de bus fan {town_fy} rydt net. Moat ik dan in taksy nimme?",
    "Staet de poli {poli} in 't {hospital} ok open op {weekday}? 'k Mò d'r nae toe vò m'n knie.",
    "Afdeling\tWachttijd\tOpen\n{poli}\t{count} weken\t{hours}",
    "Diolch for the reminder! The appointment at {clinic_en}, {hospital_cy} {appt_en} is fine, see you then.",
    "Please the queue at {clinic_en} in {hospital_gh} is too long, is it true the doctor is on leave till {date_en}?",
    "Hello po, is {clinic_en} open on {weekday_en}? We will come from {town_ph} so we need to know po.",
    '{"ts":"{ts}","level":"INFO","service":"appointments","event":"reminder_sent","dept":"{poli}","count":{count}}',
    "Voicemail ({vm_len}) {noise_en} hi, just to say the car park at {hospital_cy} is full again, cheers {noise_en}",
    "Met vriendelijke groet / Kind regards,\nTeam Afsprakenbureau {hospital}\n{public_phone}, bereikbaar "
    "{hours}\n\nDit bericht is vertrouwelijk. / This message is confidential.",
    # ---- tenants' contents insurance
    "De inboedelverzekering van {insurer} kost {premium} en dekt inbraak, brand en waterschade tot {cover}.",
    "Sunshine Conversations · {conv}\n[{clock}] {bot}: Wil je een schade melden of een vraag stellen over je "
    "premie?\n[{clock}] klant: premie",
    "Inboedel\tWaarde\tBon aanwezig\n{item}\t{amount}\tja\n{item}\t{amount}\tnee",
    "Bie een inbraek in {town_zl} mò je eerst aangifte doen bie de politie, daerna kan je de schade melde bie "
    "{insurer}.",
    "Wy hawwe in hierhûs yn {town_fy}; binne ús spullen lykas de {item} ek fersekere at der wetter yn 'e kelder stiet?",
    "Berichten voor bedrijven · {insurer}\nKlant koos: Premie berekenen › {item}\nApple Pay › {premium} ✓",
    "Does contents insurance from {insurer_cy} cover my {item_en} when I'm at uni in {town_cy}?",
    "Please is {item_en} covered if the landlord's roof leaks? The rains in {town_gh} were heavy since {date_en}.",
    "Good day po, how much is the {insurer_ph} premium for a studio in {town_ph}? Is {amount_ph} per year correct?",
    "Sinds {date} worden schadenummers bij {insurer} binnen {count} werkdagen toegekend; uitkering volgt na "
    "goedkeuring van de expert.",
    '{"ts":"{ts}","svc":"claims","event":"premium_quote","product":"inboedel","insurer":"{insurer}",'
    '"amount":"{premium}"}',
    "Cofion / Regards,\nThe Claims Team, {insurer_en}\n{public_phone_en}, open {weekday_en} "
    "mornings\n\nCroesewir gohebiaeth yn Gymraeg. / Correspondence in Welsh is welcome.",
    # ---- TV and internet bundles
    "IVR {ts}\n> welkom bij {provider}; voor storingen toets 1, voor facturen toets 2\n< DTMF 1\n> er speelt een "
    "storing in {town_zl}",
    "{provider} meldt een storing in {town_zl}; monteurs verwachten dat {bundle} vanaf {clock} weer werkt.",
    "Het pakket {bundle} kost het eerste jaar {amount} en daarna {amount}; opzeggen kan per maand.",
    "Conversation {conv} (source: whatsapp)\n{clock} Business [{provider} Support]: De storing in je wijk hebben "
    "we opgelost! Herstart je modem even.",
    "Wi ebbe sins {weekday} gin tillevisie van {provider} mi in {town_zl}, eit iemand anders ok een storienge?",
    "Aanbieder\tPakket\tSnelheid\tPrijs p/m\n{provider}\t{bundle}\t1 Gbit/s\t{price}",
    '{"ts":"{ts}","lvl":"{level}","svc":"netwerk","event":"storing","regio":"{town_fy}","duur_min":{count}}',
    "Voicemail {vm_len} {noise} ja met de buurvrouw van nummer 12, de kabel ligt weer open op de stoep, even "
    "laten weten {noise}",
    "Good day po! Our {bundle_en} from {provider_en} is slow again, is there an outage in {town_ph}?",
    "Chale, is the {provider_gh} network down in {town_gh}? Since {weekday_en} morning no data.",
    "Is {bundle_en} from {provider_en} available in {town_cy}? the website says {amount_cy} a month.",
    "WeChat · {provider}\n{wx_time}\n[Sticker]\n网络好了 — internet werkt weer sinds {clock}, bedankt!",
    "Met vriendelijke groet / Best regards,\nKlantenservice {provider}\n{public_phone}\n{kvk}\n\nDeze e-mail is "
    "vertrouwelijk. / This e-mail is confidential.",
    # ---- bank overdraft complaints
    "{bank} rekent {rate} rente over een negatief saldo; bij een roodstand onder {amount} betaal je niets.",
    "Sunshine Conversations · {conv}\n[{clock}] {bot}: Rood staan kost {rate} per jaar. Wil je een "
    "betalingsregeling?\n[{clock}] klant: nee dank je",
    "Datum\tOmschrijving\tBedrag\n{date}\tRente debetstand\t-{fee}\n{date}\tSalaris\t+{amount}",
    "IVR {ts}\n> Welkom bij {bank}. Voor vragen over rood staan toets 3\n< DTMF 3\n> Onze medewerkers zijn "
    "bezet, uw wachttijd bedraagt {count} minuten",
    "Ik stean al {count} dagen read en dan noch {fee} kosten? Dat fyn ik hiel gek fan {bank}.",
    "Waerom rekent {bank} {rate} as 'k mor {count} daegen rood stae? Dat vin ik vreêd duur.",
    '{"ts":"{ts}","level":"WARN","svc":"overdraft-monitor","event":"threshold","fee_eur":"{fee}","accounts":{count}}',
    "{bank_cy} charged me {amount_cy} because my salary came on {date_en} instead of the 25th. Not fair, duw duw.",
    "Please is it true that {bank_gh} removed the {amount_gh} overdraft fee since {date_en}? My friend told me.",
    "Hi po, what is the overdraft interest in {bank_en} {town_ph}? Is it still {amount_ph} a month?",
    "Berichten voor bedrijven · {bank}\nKlant koos: Rood staan › Uitleg kosten\n{bot}: De rente bedraagt {rate}.",
    "Voicemail {vm_len} {noise_en} hello, I'll ring back later about the overdraft letter, no worries {noise_en}",
    "Met vriendelijke groet / Kind regards,\nAfdeling Klachten, {bank}\n{kvk}\n{public_phone}\n\nAan deze e-mail "
    "kunnen geen rechten worden ontleend. / No rights can be derived from this e-mail.",
    # ---- car insurance claims after hail
    "Door {storm} kreeg {insurer} ruim {count}.000 schademeldingen; {garage} werkt ook op zaterdag.",
    "Berichten voor bedrijven · {insurer}\nKlant koos: Schade melden › Hagel\n{bot}: Maak vier foto's van het "
    "dak en de motorkap.",
    "Hagel\tSchadeherstel\tWachttijd\n{town_zl}\t{garage}\t{count} weken",
    "IVR {ts} | {insurer} | menu 2 schade melden | prompt: 'bij hagelschade toets 4' | DTMF 4 | wachtrij Hagel "
    "({count} wachtenden)",
    '{"ts":"{ts}","svc":"claims-intake","event":"hail_wave","storm":"{storm}","claims":{count}}',
    "Nei {storm} stiene der yn {town_fy} mear as {count}00 auto's mei bluts yn it dak.",
    "Deu die agel van {weekday} ei 't dak van m'n schuur in {town_zl} schae, {count} pannen kepot, mor de auto "
    "stong gelukkig binne.",
    "Uitdeuken zonder spuiten kost bij {garage} gemiddeld {amount}; het eigen risico bedraagt {amount}.",
    "Hail stones in {town_cy} on {weekday_en} like marbles for {count} minutes, tidy mess on the high street but "
    "no damage to the car, lucky.",
    "Please does {insurer_gh} cover hail damage? In {town_gh} we had hail on {date_en}, it is rare.",
    "Voicemail {vm_len} {noise} ja met de receptie van {garage}, de wagen staat klaar, u kunt hem ophalen {noise}",
    "An assessor from {insurer_en} will visit {garage} on {weekday_en}; the count was {dents} dents.",
    # ---- school uniform webshops
    "Artikel {sku} ({garment}, {size}) raakte uitverkocht; verwacht op {date}.",
    "Artikel\tMaat\tPrijs\n{sku}\t{size}\t{price}\n{sku}\t{size}\t{price}",
    "Berichten voor bedrijven · Uniformshop {school}\nKlant koos: Maattabel\n{bot}: {size} past bij een lengte "
    "van 140 cm.",
    '{"ts":"{ts}","event":"stock_low","sku":"{sku}","school":"{school}","left":{count}}',
    "Sunshine Conversations · {conv}\n[{clock}] user: hebben jullie de {garment} ook in {size}?\n[{clock}] "
    "business: Ja, artikel {sku}.",
    "De {garment} fan {school} komt te let, en de skoalle begjint al op {date}!",
    "Ruilen bij de uniformshop van {school} kan binnen {count} dagen; de {garment} moet ongedragen zijn en het "
    "label moet eraan zitten.",
    "Do you have the {garment_en} for {school_cy} in {size_en}? Item {sku} shows out of stock.",
    "Please when will the {garment_en} for {school_gh} be available? School reopens on {date_en}.",
    "Hello po, is {size_en} okay for a 10 year old? The {garment_en} for {school_en} runs small daw.",
    "WeChat · Uniformshop\n{wx_time}\n[图片]\n校服 {sku} 还有吗? — hebben jullie {sku} nog op voorraad?",
    # ---- public library fines
    "De boete bij {library} bedraagt {fine}; voor kinderen tot 18 jaar rekenen we sinds {date} geen boete.",
    "IVR {ts} | {library} | 'voor openingstijden toets 1' | DTMF 1 | 'wij zijn open op {weekday} {hours}'",
    "Titel\tUitleendatum\tTerug op\tBoete\n{book}\t{date}\t{date}\t{fine}",
    "Sunshine Conversations · {conv}\n[{clock}] {bot}: Je kunt boetes betalen met iDEAL of aan de "
    "balie.\n[{clock}] klant: oke",
    "Mei de nije regels jildt sûnt {date} gjin boete mear foar bern, ek net foar {book}, by {library}.",
    "Kan 'k {book} en nog {count} boeken ok terugbrienge in de bieb van {town_zl} op {weekday} om {clock} of mò "
    "da in Middelburg?",
    '{"ts":"{ts}","svc":"uitlening","event":"fine_waived","reason":"actie_boetevrij","library":"{library}",'
    '"amount":"{fine}"}',
    "Berichten voor bedrijven · {library}\nKlant koos: Verlengen\n{bot}: Je kunt {book} nog {count} keer verlengen.",
    "Bore da, is {library_cy} open on St David's Day? I want to return {book_en} and pay the {amount_cy}.",
    "Please the George Padmore Library fine of {amount_gh} is too much, I was admitted at {hospital_gh} till "
    "{date_en}.",
    "Hi po, does Quezon City Public Library accept GCash for the {amount_ph} fine? We are in {town_ph}, is it "
    "open on {weekday_en} po?",
    "Voicemail {vm_len} {noise} hallo, ik heb {book} in de inleverbus gedaan, ik hoop dat dat goed gaat {noise}",
    # ---- ash scattering services
    "Een verstrooiing {scatter_place} kost {amount} inclusief de {urn}; maximaal {count} gasten aan boord.",
    "De {vessel} vaart uit vanaf {harbour} om {clock}; bij windkracht 6 of meer gaat de verstrooiing niet door.",
    "Berichten voor bedrijven · Asverstrooiing {town_zl}\nKlant koos: Tarieven\n{bot}: Een strooiing op zee kost "
    "{amount}.",
    "Locatie\tPrijs\tGasten\n{scatter_place}\t{amount}\t{count}",
    '{"ts":"{ts}","svc":"verstrooiing","event":"trip_scheduled","vessel":"{vessel}","date":"{date}"}',
    "De jiske kin ek útstruid wurde op it strooiveld by {town_fy} foar {amount}; dêr hoecht gjin boat by.",
    "Mag de as uut de {urn} ok op 't strand uutgestrooid worre bie {town_zl}, of mò da op zeê mè de {vessel}?",
    "Overleden op {date}; de crematie was op {date} en de verstrooiing {scatter_place} volgt na dertig dagen.",
    "Please how much is sea scattering from {harbour}? We are a family of {count} coming from {town_gh}.",
    "Cofion / Regards,\nMôr a Thir Scattering Services, {town_cy}\n{public_phone_en}, open {weekday_en} "
    "mornings\n\nCroesewir gohebiaeth yn Gymraeg. / Correspondence in Welsh is welcome.",
    "Voicemail ({vm_len}) {noise_en} hi, we'll confirm the scattering date after the funeral on {date_en}, "
    "thanks {noise_en}",
    # ---- guided fishing trips
    "De {vessel} vertrekt om 06:00 uit {harbour}; een dagtocht op {fish} kost {fare} inclusief aas.",
    "De Schipper in {harbour} belt 's avonds als het te hard waait; bij windkracht 5 vaart de {vessel} niet uit "
    "voor {fish}.",
    "Berichten voor bedrijven · Sportvisserij {harbour}\nKlant koos: Tocht boeken › {fish}\nTijdkiezer: "
    "{weekday} 06:00",
    '{"ts":"{ts}","svc":"boekingen","event":"trip_full","harbour":"{harbour}","fish":"{fish}","seats":0}',
    "Tocht\tVertrek\tPrijs\n{fish}\t{harbour} 06:00\t{fare}",
    "Wy hawwe {count} {fish} fongen by {harbour}, wat in moaie dei wie dat!",
    "Vangen jullie ok {fish} bie {harbour} in 't najaer? M'n buurman zeit van wè.",
    "IVR {ts} | Vistochten {harbour} | 'voor het weerbericht van morgen toets 2' | DTMF 2 | 'de tocht van "
    "{weekday} gaat door'",
    "The {fish_en} trip from {harbour} on {weekday_en} was lush, the skipper knew all the spots!",
    "Please do you provide rods for the {fish_en} trip from {harbour}? We come from {town_gh} and have no equipment.",
    "Spot: 51°32'N 3°55'E, diepte 18 m, {fish} op pier; vertrek {clock} vanaf {harbour}.",
    # ---- zoo memberships
    "Met een {pass} van {amount} kom je een jaar lang onbeperkt in {zoo}; kinderen tot 3 jaar gratis.",
    "De voedertijd bij {animal} in {zoo} begint om {clock}; Vriendenpas-houders krijgen 10% korting in het restaurant.",
    "Berichten voor bedrijven · {zoo}\nKlant koos: Abonnementen\n{bot}: Het {pass} kost {amount} per jaar.",
    "Park\tType\tPrijs\tGeldig tot\n{zoo}\t{pass}\t{amount}\t31-12-2026",
    '{"ts":"{ts}","svc":"memberships","event":"gate_scan","zoo":"{zoo}","visitors":{count}}',
    "Sunshine Conversations · {conv}\n[{clock}] user: kunnen we weer naar {animal}?\n[{clock}] {bot}: Ja, sinds "
    "{date}!",
    "Is it {pass} ek jildich foar {count} bern yn {zoo} of allinnich yn AquaZoo?",
    "'t {pass} van {zoo} kost now {amount} vò een jaer, vreêd duur!",
    "WeChat · {zoo}\n{wx_time}\n年卡多少钱? — hoeveel kost een {pass}?\n[Sticker]",
    "Is the {pass_en} for {zoo_cy} valid on bank holidays? We're coming down from {town_cy}.",
    "Please how much is the {pass_en} at Kumasi Zoo? Our children are {count} and 9. Is it still {amount_gh}?",
    "Hello po, is the {pass_en} of {zoo_ph} transferable to my sister in {town_ph}? Ty po!",
    # ---- hard negatives across the frames
    "Na het bezoek aan {named_place} op {date} was het in het centrum van {town_fy} erg druk.",
    "We met at {named_place_en} on {date_en} at {clock}; the hospital was close by.",
    "Vergaderadres: {named_place}, {weekday} {clock}; parkeren aan de {street_place}.",
    "Gezocht: Schipper (m/v) voor de {vessel} in {harbour}, vaarbewijs verplicht; Visserij-ervaring met {fish} "
    "geldt als pre.",
    "Het Rode Kruis en de Zonnebloem organiseren op {date} een uitje naar {zoo} voor bewoners van {town_zl}.",
    "{bot}: Ik ben de digitale assistent van {library}. Voor een medewerker typ je 'mens' ({hours}).",
    "Order {sku} × {count} — totaal {price} incl. btw; {kvk}.",
    "Bel {public_phone} voor spoed bij {hospital}; niet-spoedeisende vragen via de chat op werkdagen {hours}.",
    "Ticket {ticket} gesloten om {clock}; oplossing: standaardantwoord '{provider}: storing opgelost'.",
    "Call {public_phone_en} for urgent matters at {hospital_cy}; the chat is closed on {weekday_en}.",
    "Vestiging\tOpen\tDag\n{library}\t{hours}\t{weekday}",
]
