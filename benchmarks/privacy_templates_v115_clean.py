"""Sentences of test_v115 without personal data: student rooms, e-bike leases, hearing aids, window cleaning, debt
counselling, tyre storage, hockey and football clubs, ticket resale, alarm buttons and day care; Freshchat bot turns
and button clicks, Workplace posts by teams and pages, texts cut off mid-word, XML exports, fax cover sheets of
organisations, smartwatch dictations and quoted mails from shared mailboxes; public numbers, amounts, non-birth dates,
order, ticket, case, tracking and parcel numbers, tyre sizes and DOT codes, product models, people-named stadiums,
streets and brands used as places, bot names, Achterhoeks, Twents, Sranan, Kenyan, South African and Scottish words
and capitalised ordinary words."""

from __future__ import annotations

import benchmarks.privacy_templates_v115_words  # noqa: F401  (registers CLEAN_FILLERS["test_v115"])

TEST_V115_CLEAN: list[str] = [
    # ---- student rooms
    "Freshchat · {corp}\n[09:17] 🤖 Kamerbot: Hoi! Waar gaat je vraag over?\n[09:18] ▸ knop: Openingstijden\n"
    "[09:18] 🤖 Kamerbot: De balie is open op {weekday} {hours}.",
    "Team Verhuur {town_student} › Mededeling\nDe sleuteloverdrachten van {date} schuiven een uur op. Nieuwe "
    "huurders krijgen een sms met de tijd. 👍 {count}",
    "Een kamer van {area_m2} m² op de {street_place} kost {price_mid} per maand, inclusief {price_small} "
    "servicekosten; de inschrijving kost eenmalig {price_small}.",
    "{corp}: je reactie op de kamer aan de {street_place} is ontvangen. Je staat op plek {count} van de lijst. "
    "Bekijk je inschrijving in de a",
    "Ticket {ticket}: XML uit het woonportaal\n<advertentie>\n  <complex>{complex}</complex>\n  <huur>{amount_plain}"
    "</huur>\n  <beschikbaar>{date_num}</beschikbaar>\n</advertentie>",
    "Op {weekday} {date} om {time} schreef {corp_from}:\n> De loting voor de kamers in {complex} is op {date}. Succes!",
    "Fa waka! Die kamer bij {complex} is mooi, mi lobi het balkon. Huur is {price_mid} en de borg {price_mid}.",
    "Moi, de kamers in {town_student} bint allemoal vot, zegt {corp}. Volgende loting is op {date}.",
    "The housing office at {named_place} is open on {weekday_en} from {time_en}; bring your passport and the "
    "letter from {corp}.",
    "Aye, the room is wee but the rent is {price_mid_en} a month and the bus stops right at {named_place}. Braw.",
    "Sasa, I have seen the room on {street_place} for {price_mid_en}, it is very nice. Kindly what is the next "
    "step? Asante sana.",
    # ---- e-bike leases
    "Fietsplan {company} (beheerder) › Iedereen\nVanaf {date} kun je weer een {bike} leasen via {lease_co}. De "
    "bijtelling is {pct} van de adviesprijs van {price_big}.",
    "[10:03] ▸ knop: Hoe werkt de verzekering?\n[10:04] 🤖 Sjors de bot: Je {bike} is verzekerd tegen diefstal met een "
    "eigen risico van {price_small}.",
    "{lease_co}: je fiets is opgehaald door {bike_shop}. Zendingnummer {tracking}. De onderhoudsbeurt duurt {count} "
    "werkd",
    'Ticket {ticket}: XML uit de leaseportal\n<lease status="actief">\n  <fiets>{bike}</fiets>\n  <looptijd>36'
    "</looptijd>\n  <maandbedrag>{amount_plain}</maandbedrag>\n</lease>",
    "Op {date} om {time} schreef {payroll_from}:\n> De inhouding voor "
    "de leasefiets staat vanaf {month} op je loonstrook.",
    "Ik heb via de zaak ne e-bike, good spul hoor, mar de accu hoalt net {town_ah} en weer trugge.",
    "verzonden met spraak\nfiets staat bij de stalling van station {town} ben er om {clock}",
    "Het leasecontract loopt {count} jaar; daarna kun je de {bike} overnemen voor {pct} van de nieuwprijs.",
    "Lease bikes are collected at {bike_shop} on {weekday_en}s. The {bike} costs {price_big_en} new, the lease "
    "{price_small_en} a month.",
    "Howzit! The e-bike scheme at {company} is lekker, I ride along {named_place} every morning.",
    "Bij {company} Een Nieuwe Fietsplan-Regeling Vanaf {date}: Maximaal Eén Fiets Per Medewerker, Ook Voor Parttimers.",
    # ---- hearing aids
    "[10:48] 🤖 Hoorhulp: Je kunt een afspraak maken voor een gratis hoortest.\n[10:49] ▸ knop: Afspraak maken\n"
    "[10:50] 🤖 Hoorhulp: Kies een vestiging in {town}, open {hours}.",
    "De {hearing} kost {price_big}; de zorgverzekeraar vergoedt {pct}, de eigen bijdrage is {price_mid}.",
    "FAX — Polikliniek KNO {hospital}\nFaxnummer: {public_fax}\nAan: {audicien} {town}\nBetreft: wijziging "
    "spreekuur per {date}\nPagina's: {pages}",
    "{audicien}: uw hoortoestel is klaar om op te halen in {town}. Neem de oplader mee. Openingstijden: {hours}. "
    "Tot zi",
    "Op {date} om {time} schreef {audicien_from}:\n> Uw afspraak voor het afstellen is "
    "verplaatst naar {weekday} {date}.",
    "Mien hoortoestel piept as ik de telefoon pak, dat hebt meer leu, zegt de audicien in {town_ah}.",
    "Mi tante heeft haar nieuwe {hearing}, ze hoort alles weer, zelfs de kaskawi op het feest in {town}! Grantangi.",
    "The batteries (size {battery}) are {price_small_en} for a pack of {count}; the {hearing} is rechargeable.",
    "Och, the audiologist in {town_sc} is pure brilliant, the wee {hearing} is barely visible.",
    "Nieuw Model Hoortoestel Met Bluetooth, Oplaadbaar, {count} Kleuren, Vanaf {price_big}.",
    # ---- window cleaning
    "{window_co}: morgen komen we in {town_ah} langs, {hours}. Ladders staan aan de achterkant. Het is dro",
    "Een abonnement voor de glazenwasser kost {price_small} per beurt, elke {count} weken, binnenkant {price_small} "
    "extra.",
    "[11:31] ▸ knop: Wanneer komen jullie?\n[11:31] 🤖 Glimmer: De ronde in {town} staat gepland op {date}, {hours}.",
    "Ploeg Oost (pagina) › Iedereen\nDe ladderwagen staat vanaf {date} in de loods aan de {street_place}. Sleutel "
    "bij de balie.",
    "Op {date} om {time} schreef {window_from}:\n> Door de regen schuift de ronde in {town} een week op.",
    "{window_co} hef de glaazen weer schone emaakt, dat zut d'r goed uut. Tot over {count} wekke!",
    "Baya, de glazenwasser was hier {weekday}, ramen blinken voor {price_small}, no span.",
    'Ticket {ticket}: XML uit de planning\n<ronde wijk="{district}">\n  <datum>{date_num}</datum>\n  <adressen>'
    "{count_big}</adressen>\n</ronde>",
    "Window cleaning in {town_za} is {amount_za} a visit, and they did the burglar bars too. Lekker!",
    "The window cleaner comes every {count} weeks; the next round is {date_en}, weather permitting.",
    # ---- debt counselling
    "[12:06] ▸ knop: Ik heb geldzorgen\n[12:06] 🤖 Bo: Je bent niet de enige. Bel gratis {public_phone}, "
    "{weekday} {hours}.",
    "Schuldhulp {town} › Collega's\nVanaf {date} doen we de intakes in het wijkcentrum aan de {street_place}. Koffie "
    "staat klaar.",
    "Ticket {ticket}: zaak {case_no} overgedragen aan team Schuldhulp, status: intake gepland op {date_num}.",
    "FAX\nVan: Bewindvoering {org}\nFax: {public_fax}\nAan: Gemeente {town}, team Schuldhulp\nBetreft: "
    "gewijzigde openingstijden\nPagina's: {pages}",
    "Het vrij te laten bedrag is in {year} {price_big}; de afloscapaciteit wordt elke {count} maanden opnieuw bekeken.",
    "Op {date} schreef {debt_from}:\n> Neem bij de intake je ID, bankafschriften van de "
    "laatste {count} maanden en alle brieven mee.",
    "Herinnering: uw intake schuldhulp is {weekday} om {clock}. Afmelden kan via {public_phone}, uiterlijk 24 uur "
    "van tev",
    "Mi no sabi san fu du moro met die brieven, maar de schuldhulp in {town} heeft me goed geholpen. Grantangi!",
    "Am requesting for help with debts, kindly advise on the procedure at the office in {town}. {weekday_en} works "
    "for me. Thanks in advance.",
    "Ag, the debt counselling in {town} was hectic, {count} sessions, but they were lekker friendly. Shot, guys!",
    "Wiej hebt ok schulden ehad, mar noe geet 't good. De schuldhulp in {town_ah} hef ons echt eholpen.",
    "Schuldhulpverlening, Budgetcoaching En Thuisadministratie Zijn Gratis Voor Inwoners Van {town}.",
    # ---- tyre storage
    "{garage}: uw banden liggen klaar. Maat {tyre}, profiel {tread}, {dot}. Wisselen kan vanaf {date}. Mvg, de werkpla",
    "Bandenopslag kost {price_small} per seizoen; wisselen {price_small}, uitlijnen {price_mid}.",
    "[13:22] ▸ knop: Banden wisselen\n[13:23] 🤖 Bandenbot: Kies een dag. De eerstvolgende plek is {weekday} om "
    "{clock}.",
    'Ticket {ticket}: export bandenhotel\n<opslag locatie="{rack}">\n  <maat>{tyre}</maat>\n  <merk>{tyre_brand}'
    "</merk>\n  <dot>{dot}</dot>\n</opslag>",
    "Vestiging {town_ah} (pagina) › Team\nRek {rack} is vol, nieuwe sets graag in de loods achter de {street_place}.",
    "Op {date} om {time} schreef {garage_from}:\n> Winterbanden zijn onder de {car} "
    "gezet, profiel {tread}. Bestelnummer {order_no}.",
    "Bi'j de garage in {town_ah} hebt ze mien banden weer onder de auto elegd, dat was gauw edoan.",
    "banden wisselen donderdag om {clock} bij de garage aan de {street_place}",
    "A set of {tyre} {tyre_brand} tyres is {price_big_en}; storage is {price_small_en} a season.",
    "Howzit, the tyre place on {named_place} did a lekker job, and they checked the spare too.",
    "Aye, the winter tyres are on the now; {garage} is closed on {weekday_en}s, mind.",
    # ---- hockey and football clubs
    "[14:09] 🤖 Freddy (ledenadministratie {club}): Wil je lid worden? Kies een team.\n[14:10] ▸ knop: {team}",
    "De contributie voor {season} is {price_mid} voor senioren en {price_mid} voor jeugd; het kledingpakket kost "
    "{price_small}.",
    "Vrijwilligers {club} › Iedereen\nZaterdag spelen we thuis op {venue}, aftrap om {clock}. Wie zet de kantine "
    "klaar?",
    "{club}: de training van {weekday} gaat niet door, {field} is afgekeurd. Tot zater",
    'Ticket {ticket}: XML uit Sportlink\n<wedstrijd nr="{match_no}">\n  <thuis>{club}</thuis>\n  <veld>{field}'
    "</veld>\n  <aanvang>{clock}</aanvang>\n</wedstrijd>",
    "Op {date} om {time} schreef {club_from}:\n> Opzeggen kan tot {date} via de app.",
    "Wiej bint op zaoterdag noar {venue} ewes, FC Twente won met {score}, mooi weer d'r bi'j!",
    "Mi boi speelt nu bij de JO11, no span, elke {weekday} training om {clock}.",
    "Pure brilliant day at {venue}, the wee ones won {score} and the pies were braw.",
    "Sasa, the under-12s play at {field} on {weekday_en}. Kindly bring water and shin guards.",
    "Howzit, the hockey season starts on {date_en}; registration is {price_mid_en} and the kit {price_small_en}.",
    "{club} Opgericht In {founded}, Nu Met {count_big} Leden En {count} Velden.",
    # ---- concert ticket resale
    "[14:57] ▸ knop: Ticket verkopen\n[14:58] 🤖 Ticky: Je mag je ticket voor {concert} voor maximaal {pct} boven de "
    "originele prijs verkopen.",
    "Je ticket voor {concert} staat te koop voor {price_mid}. Bestelling {order_no}. Bij verkoop krijg je een mai",
    "Ticket {ticket}: XML uit de backoffice\n<resale>\n  <evenement>{concert}</evenement>\n  <prijs>{amount_plain}"
    "</prijs>\n  <order>{order_no}</order>\n</resale>",
    "Op {date} om {time} schreef {resale_from}:\n> Uw bestelling {order_no} voor {concert} "
    "is geannuleerd; het bedrag wordt teruggestort.",
    "Kaarten veur de {festival} waren in {count} minuten vot, noe bint ze op de site veur {price_mid}. Belachelijk!",
    "Fa waka, wie gaat op {date} mee naar {concert}? Ik heb nog een ticket over voor de originele prijs.",
    "ticket voor {concert} verkocht yes voor {price_mid}",
    "Tickets for {concert} resell for at most {pct} above face value; the payout comes within {count} working days.",
    "Eish, the tickets for {concert} were sold out in {count} minutes. Shame, bru.",
    "Aye, got a ticket for {concert} at face value, {price_mid_en}. Dead chuffed.",
    "Doorverkoop Alleen Via Het Officiële Platform; Tickets Van Andere Sites Zijn Ongeldig Vanaf {date}.",
    # ---- alarm buttons
    "[15:44] ▸ knop: Hoe werkt de alarmknop?\n[15:45] 🤖 Wilma-bot: Druk op de knop, dan krijg je binnen {count} "
    "seconden iemand van {alarm_co} aan de lijn. Het kost {price_small} per maand.",
    "FAXVOORBLAD\nVan: Alarmcentrale {alarm_co}\nFax: {public_fax}\nAan: Wijkverpleging {care_org}\nBetreft: "
    "nieuwe tarieven per {date}\nPagina's: {pages}",
    "Ticket {ticket}: meldkamerexport\n<alarm>\n  <tijd>{stamp}</tijd>\n  <soort>testmelding</soort>\n  <opvolging>"
    "{alarm_result}</opvolging>\n</alarm>",
    "{alarm_co}: de maandelijkse test van uw alarmknop is geslaagd. Vragen? Bel {public_phone}, dag en nac",
    "Personenalarmering kost {price_small} per maand met een sleutelkluis van {price_mid}; installatie is gratis.",
    "Op {date} om {time} schreef {alarm_from}:\n> Het kastje wordt op {date} vervangen door een 4G-model.",
    "De alarmknop van oons moder wekt weer, de monteur van {alarm_co} was d'r binnen {count} uur.",
    "Mi oma heeft nu een alarmknop van {alarm_co}, ze draagt hem zelfs tijdens het dansen op {holiday}, no span.",
    "The {alarm_co} pendant is waterproof, so wear it in the shower; the monthly fee is {price_small_en}.",
    "Sasa, the alarm button from {alarm_co} works well since {date_en}, kindly thank the technician for us.",
    "Alarmcentrale {alarm_co} › Medewerkers\nStoring bij de provider is verholpen om {time}. Alle kastjes zijn weer "
    "online.",
    # ---- elderly day care
    "{daycare} › Familie\nVandaag hebben we {activity} gedaan, en om {clock} was er koffie met krentenwegge.",
    "[16:18] ▸ knop: Afmelden\n[16:19] 🤖 Hanna (bot): Afmelden kan tot {clock} via deze chat of via {public_phone}.",
    "Taxi voor de dagbesteding in {town_ah} rijdt vanaf {date} een half uur eerder, rond {clock}. Graag klaar ",
    "De dagbesteding is {days} open, {hours}; de eigen bijdrage Wmo is {price_small} per maand.",
    "Op {date} om {time} schreef {care_from}:\n> Met {holiday} zijn we dicht, de taxi rijdt dan niet.",
    "F A X\nHuisartsenpraktijk {gp}\nFax: {public_fax}\nBetreft: gewijzigde spreekuren\nPagina 1 van {pages}",
    "Ticket {ticket}: XML uit het zorgsysteem\n<rooster>\n  <locatie>{daycare}</locatie>\n  <dagen>{days}</dagen>\n  "
    "<plaatsen>{count}</plaatsen>\n</rooster>",
    "De olde luu op de dagopvang in {town_ah} hebt vandage {activity} edoan, 't was reuze gezellig.",
    "Fa waka! {daycare} is op 1 juli vanaf {clock} dicht voor Keti Koti, dan vieren we het thuis.",
    "Mum loves the day care, they did {activity_en} on {weekday_en}. Pure magic, aye.",
    "Sasa, {daycare} is closed on {date_en} for the holiday, for {count} days. Kindly plan accordingly.",
    "Howzit, the {daycare} bus comes at {clock} now, not half past. Lekker!",
    "Dagbesteding In {town_ah} Met Vervoer, Warme Maaltijd En Activiteiten: Wandelen, Sjoelen, Koersbal. Vanaf "
    "{price_small} Per Dag.",
    # ---- smartwatch and short texts
    "verstuurd vanaf mijn horloge\nben er over {count} minuten sta in de file bij {street_place}",
    "sent from my watch\non my way to {named_place} see you at {clock_en}",
    "dictated on watch\naye running late the bus is stuck on {named_place}",
    "gedicteerd\nbel je straks terug zit nog in de auto richting {town_ah} ben om {clock} thuis",
    # ---- Workplace, XML and mail furniture
    "{workplace_group} › Iedereen\nHet kantoor in {town} is met {holiday} dicht, vanaf {date} weer open. Fijne dag!",
    "Op {date} om {time} schreef Klantenservice <noreply@{company_domain}>:\n> Dit is een automatisch bericht, u "
    "kunt hierop niet antwoorden.",
    "On {date_en} at {time_en}, Customer Service <noreply@{company_domain}> wrote:\n> Your case {case_no} has been "
    "closed. We value your feedback!",
    "Pakket {parcel} is onderweg, track & trace: {tracking}. Bezorging {weekday} {hours}.",
    "Parcel {parcel} is on its way, tracking {tracking}. Delivery on {weekday_en}.",
    '<?xml version="1.0" encoding="UTF-8"?>\n<export bron="{system}" datum="{date_num}" regels="{count}"/>',
    "Freshchat · gesprek {conv} gesloten door {bot} om {time}. Beoordeling: ⭐⭐⭐⭐",
    "[{time}] 🤖 {bot}: Ik ben een digitale assistent. Typ je vraag of kies een knop.\n▸ knop: Ander onderwerp",
    "Bel bij nood altijd 112. Voor niet-spoed in {town}: politie {police}, huisartsenpost {public_phone}.",
    "Klantenservice {company}: {public_phone}, KvK {kvk}, BTW {vat}.",
    "Nieuwe Openingstijden Vanaf {date}: Maandag Tot En Met Vrijdag {hours}.",
]
