"""Sentences of the `test_v25` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v25_words` (`CLEAN_FILLERS["test_v25"]`). Written by someone who never saw
the rules.

The traps: firms and clubs named after a person (Golfclub Jan Hendrikx, Duikschool Pieter Kok, Vertaalbureau Anna
Bos, Boomverzorging Gebroeders Post, Schoenmakerij Van Dijk & Zn., Zweefvliegclub Hugo de Vries); streets and
buildings named after people without a house number (Burgemeester Knappertlaan, Dr. Schaepmanstraat, Hugo de
Grootkade); towns that are also words (Best, Epe, Soest, Tiel); product codes (Suunto D5, Titleist Pro V1, ASK-21,
shoe size 43½), course names, Jira and Zendesk keys, order, ticket, booking and invoice numbers (also in Google
Sheets rows, Trello cards, SQL statements, till receipts, Telegram, out-of-office replies and PDF form fields);
company phone numbers and mailboxes; KvK numbers, prices, times, versions and dates that are no birth date. Dutch
sentences avoid the words the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v25_words  # noqa: F401  (registers CLEAN_FILLERS["test_v25"])

_NL = [
    # golf
    "Naam\tLidnr\tHandicap\tMobiel\n\t\t\t",
    "{golf} opent de nieuwe 9-holes baan op {date} om {time}.",
    "Greenfee doordeweeks {amount}, weekend {amount}, buggy op aanvraag.",
    "Golfclub Jan Hendrikx zoekt vrijwilligers voor de marshal-ploeg.",
    "Titleist Pro V1 ballen in de clubshop voor {amount} per doos.",
    "Baan 7 en 8 gesloten wegens beluchten tot {date}.",
    # diving
    "Veld: Cursus\nWaarde: {course}\nVeld: Startdatum\nWaarde: {date}",
    "Duikschool Pieter Kok geeft de theorie op {weekday} vanaf {time}.",
    "Telegram — Duikgroep Zeeland\nZicht bij de Zeelandbrug vandaag 3 meter, watertemp 14 graden.",
    "Huurset met Suunto D5 kost {amount} per dag.",
    "{dive} vertrekt {weekday} om {time} vanaf de parkeerplaats bij Den Osse.",
    # rowing
    "Trello kaart: Botenhuis schoonmaken\nBeschrijving: {weekday} om {time}, alle ploegen\nLabel: klussen",
    "Trello kaart: Nieuwe riemen bestellen\nBeschrijving: offerte {amount}, {order}",
    "{rowing} roeit de Heineken Roeivierkamp op {date}.",
    "Stuurbrevet-examen op {weekday}, aanmelden via {company_mail}.",
    "Ergometertest 2 km: beste tijd van de ploeg 6:42,3.",
    # sauna
    "KASSABON {sauna}\nDagentree 2x {amount}\nHanddoekpakket {amount}\nBetaald: PIN",
    "{sauna} open van {time} tot 23:00, op {weekday} textieldag.",
    "Automatisch antwoord: wij zijn gesloten op {date}. Voor reserveringen: {company_phone}.",
    "Opgietingen elk heel uur in de Finse sauna, laatste om 22:00.",
    "Thermen Bussloo verhoogt de dagentree per {date} naar {amount}.",
    # foster care
    "dictaat: eh teamoverleg verplaatst naar {weekday} uhm zaal 2 om {time}",
    "{foster} zoekt pleeggezinnen in {city} en omgeving.",
    "Pleegzorgvergoeding {year}: basisbedrag {amount} per dag.",
    "Informatieavond pleegzorg op {date} in het gemeentehuis van {city}.",
    "Stichting Timon organiseert een training voor netwerkpleegouders.",
    # food bank
    "INTAKEFORMULIER (gescand)\nNaarn:\nAdres:\nPostcode:\nGezinsleden:",
    "{foodbank} deelt pakketten uit op {weekday} van {time} tot 16:00.",
    "Omschrijving: gift {foodbank} {year}",
    "Tekort aan houdbare melk en luiers deze week.",
    "Supermarktactie bij Albert Heijn {city} leverde 412 kilo op.",
    # translation
    "Beste klant,\n\nBedankt voor uw aanvraag ({ticket}). De vertaling volgt binnen 5 werkdagen.",
    "Vertaalbureau Anna Bos vertaalt uit het Pools, Arabisch en Tigrinya.",
    "Beëdigde vertaling {amount} per pagina, apostille {amount} extra.",
    "{translate}\nPostbus 1180\n8001 BD  Zwolle",
    "Spoedvertalingen op {weekday} alleen vóór {time} aanleveren.",
    # au pair
    "LinkedIn-bericht\nGoedemiddag, wij zoeken een recruiter voor {aupair}, 24 uur per week.",
    "Facebook-groep Au pairs in Nederland\nWie gaat er {weekday} mee naar de Keukenhof?",
    "Zakgeld au pair maximaal {amount} per maand volgens de IND-regels.",
    "{aupair} verzorgt de aanvraag bij de IND binnen 2 weken.",
    # trees
    "Terugbelverzoek via website\nNaam:\nTelefoon:\nOnderwerp: offerte snoeien",
    "Boomverzorging Gebroeders Post snoeit de lindes aan de Burgemeester Knappertlaan.",
    "Kapvergunning nodig voor bomen met een stamomtrek boven 80 cm.",
    "Facebook-groep Buurt {city}\nDe kastanjes bij de Hugo de Grootkade worden {weekday} gekapt.",
    "Stormschade {date}: 14 meldingen, {ticket}.",
    # gliding
    "INSERT INTO vluchten (kist, starttijd) VALUES ('ASK-21', '{time}');",
    "Zweefvliegclub Hugo de Vries start het seizoen op {date}.",
    "Telegram — Lierploeg\nwind 240 graden 12 knopen, lieren vanaf {time}",
    "Lierstart kost {amount}, sleepstart {amount}.",
    "SELECT count(*) FROM vluchten WHERE datum = '2026-05-14';",
    # boating
    "[{jira}] Examenlocatie {city} vol\nBeschrijving: extra sessie {weekday} {time}",
    "{boat} neemt het examen {course} af in Utrecht, Zwolle en Rotterdam.",
    "Veld: Examen\nWaarde: {course}\nVeld: Sessie\nWaarde: {date} {time}",
    "Herexamen kost {amount}, geldig tot {date}.",
    # shoes
    "Beste patiënt,\n\nUw schoenen staan klaar. Ophalen kan op {weekday} van {time} tot 17:00.",
    "Schoenmakerij Van Dijk & Zn. zit sinds {year} in {city}.",
    "Maat 43½, wijdte H, steunzolen met kurk, {order}.",
    "{shoes} declareert rechtstreeks bij de zorgverzekeraar.",
    # energy label
    "[{jira}] Planning opnames week 22\nBeschrijving: 38 adressen in {city}",
    "Adres\tPostcode\tEigenaar\tLabel\n\t\t\tB",
    "Label A++++ alleen met warmtepomp en zonnepanelen.",
    "{label} rekent {amount} voor een appartement, {amount} voor een vrijstaande woning.",
    "Bouwjaar 1932, spouwmuur ongeïsoleerd, label G.",
    # integration
    "spraakbericht: eh les gaat vandaag niet door uhm docent ziek",
    "{integration} start een nieuwe groep A2 op {date}.",
    "Examen Lezen en Luisteren bij DUO in {city}, {date} om {time}.",
    "Taalcafé elke {weekday} in de bibliotheek, gratis.",
    # across frames
    "Bel {company_phone} of mail {company_mail}.",
    "KvK 81123945, btw NL862144900B01, vermeld op {invoice}.",
    "Veld: Naam\nWaarde:\nVeld: Geboortedatum\nWaarde:",
    "Prijs {amount}, geldig tot {date}.",
    "{order} verzonden, levering {date} tussen {time} en 18:00.",
    "Update naar {version} lost de inlogfout op.",
    "Afspraak {booking} verzet naar {weekday} {time}.",
    "Verkeersdrukte rond Best en Epe, later aanwezig.",
    "Vergadering in Tiel op {date}, daarna borrel in Soest.",
    "Dr. Schaepmanstraat afgesloten tot {date} wegens werkzaamheden.",
    "Groetjes,\nHet secretariaat\n\n> Op {date} schreef {golf} <{company_mail}>:",
]

_EN = [
    "The greens at {golf} are closed until {date_en}, is that right?",
    "I loved the dive with {dive}, the water was cold though.",
    "Is the {course} course still available in {city}?",
    "My rowing club, {rowing}, trains at {time_en} on weekdays.",
    "The spa day at {sauna} cost {amount_en}, which is fine.",
    "I read that {foster} is looking for foster families.",
    "Is {foodbank} open on {weekday_en}? I want to bring some food.",
    "I need a sworn translation from {translate}, is that possible by {date_en}?",
    "My host family found me through {aupair}.",
    "The tree surgeon, Boomverzorging Gebroeders Post, is coming on {weekday_en}.",
    "I flew an ASK-21 at {glide} last weekend.",
    "My boating licence exam is on {date_en} at {time_en}.",
    "The shoes from {shoes} fit well, my feet say thanks.",
    "The energy label for the flat is B, the report says.",
    "I started the A2 course at {integration}.",
    "I called {company_phone} but nobody answered.",
    "Please reply to {company_mail} about {ticket_en}, the email says.",
    "My order, {order_en}, is late.",
    "I paid {invoice_en} on {date_en}.",
    "The price is {amount_en} per person.",
    "I think Golfclub Jan Hendrikx is the one near Best.",
    "Is Duikschool Pieter Kok open on Sunday? I want to book a try dive.",
    "Vertaalbureau Anna Bos is my favourite agency.",
    "The app says {version} is the latest.",
    "My booking moved to {weekday_en}, the confirmation says.",
    "I bought a Suunto D5 for {amount_en}.",
    "The Jira ticket {jira} is still open, I think.",
    "Out of office: I am away until {date_en}, please contact {company_mail}.",
    "Is Zweefvliegclub Hugo de Vries still accepting members? I hope so.",
    "The Trello board says the boathouse is cleaned on {weekday_en}.",
    "My shoe size is 43, width H.",
    "The exam centre is in {city}, I believe.",
    "I think the Hugo de Grootkade trees are being cut on {weekday_en}.",
    "The receipt says {amount_en} for two day passes.",
    "I drove to Epe and then to Soest for the course.",
]

TEST_V25_CLEAN = _NL + _EN
