"""Sentences of the `test_v27` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v27_words` (`CLEAN_FILLERS["test_v27"]`). Written by someone who never saw
the rules.

The traps: firms and clubs named after a person (Wasserette Tante Truus, Glashandel Piet Hein, Tennisclub Betty
Stöve, Bruidsmode Marlies Dekkers, Ongediertebestrijding Jan Mol, Tennispark Joost van den Vondel); composers and
piano makers (Steinway, Bechstein, Chopin); streets named after people without a house number (Johan de Wittlaan,
Willem de Zwijgerlaan, Pater Damiaanstraat); towns that look like names or words (Beek, Born, Zeist, Baarn, Tiel);
piano models, glass types (HR++ 4-15-4), tennis scores, Freshdesk and Salesforce numbers, parcel tracking codes,
empty forms and survey answers without a person; company phone numbers and mailboxes, KvK numbers, prices, times,
versions and dates that are no birth date. Dutch sentences avoid the words the/I/is/my, by which the corpus builder
tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v27_words  # noqa: F401  (registers CLEAN_FILLERS["test_v27"])

_NL = [
    # laundry
    "Freshdesk #{fd}\nOnderwerp: ophaalronde vertraagd\n\nBeste klant, door drukte rijden onze bussen vandaag later.",
    "{laundry} haalt op {weekday} op tussen {time} en 18:00, bezorgen binnen 48 uur.",
    "Wasserette Tante Truus zoekt chauffeurs voor de regio {city}.",
    "RETOUR\nAan: {laundry}\nAntwoordnummer 1204\n7300 VB Apeldoorn\n\nGeen postzegel nodig",
    "Retourlabel {track}, gewicht 2,4 kg, verzonden {date}.",
    "Agent: goedemiddag, waarmee kan ik helpen?\nKlant: hoe laat komt de bus vandaag\nAgent: tussen {time} en 17:00",
    "Klant: wat kost een dekbed stomen?\nAgent: {amount} per stuk, kussens {amount}",
    "Prijslijst overhemd {amount}, colbert {amount}, trouwjurk vanaf {amount}.",
    # glazier
    "Case {sf} | Subject: ruit ingegooid | Status: Closed | Origin: Web",
    "Case Notes ({date} {time}): noodvoorziening geplaatst, HR++ glas 4-15-4 besteld, levertijd 5 werkdagen.",
    "{glass} heeft 24/7 een storingsdienst via {company_phone}.",
    "Glashandel Piet Hein levert ook aan aannemers in {city} en omgeving.",
    "Schadeformulier glas\nVerzekerde:\nPolis:\nVerzekeraar: {insurer}\n(niet ingevuld)",
    "Eigen risico bij {insurer} bedraagt {amount} per gebeurtenis.",
    "Voorrijkosten {amount}, nachttarief na 22:00 plus 50%.",
    # tennis
    "{tennis} organiseert op {date} het open toernooi, inschrijven tot {weekday}.",
    "baan;datum;tijd;speler1;speler2\n4;{date};{time};;\n5;{date};{time};;",
    "Uitslag: 6-4 3-6 7-6 (7-5), volgende ronde op {weekday} om {time}.",
    "Tennisclub Betty Stöve zoekt nieuwe leden voor de dinsdagavondcompetitie.",
    "Enquête leden, vraag 5 (open): 'Kantine mag eerder open, verder prima.'",
    "Enquête, open antwoord: banen 3 en 4 staan vaak onder water na regen.",
    "Contributie senioren {amount}, junioren {amount}, baanlicht {amount} per uur.",
    "Tennispark Joost van den Vondel krijgt in {year} vier nieuwe padelbanen.",
    "Baanreservering via app {version}, annuleren tot 2 uur van tevoren.",
    # bridal
    "{bridal} heeft op zaterdag nog pasmomenten om {time}.",
    "Bruidsmode Marlies Dekkers opent een tweede winkel in {city}.",
    "Jurk maat 38, sleep 1,20 m, kant van Sophie Hallette, levertijd 16 weken.",
    "Aanbetaling 50%, restbedrag uiterlijk twee weken voor de trouwdatum, {invoice}.",
    "Met vriendelijke groet,\n\nTeam {bridal}\n{company_phone}\n\nDit bericht kan vertrouwelijke informatie bevatten.",
    # pest control
    "Inspectierapport {pest}\nBevinding: geen activiteit, lokdozen vervangen\nVolgende controle: {date}",
    "Ongediertebestrijding Jan Mol werkt in heel {city} en Beek.",
    "Wespennest verwijderen {amount}, bedwantsen vanaf {amount}, inclusief voorrijkosten.",
    "Voicemail (automatisch uitgeschreven): goedemiddag, u belt buiten kantoortijd, wij zijn bereikbaar vanaf 08:00",
    "Storing {fd}: rattenklem in kruipruimte gecontroleerd, niets gevangen.",
    # piano tuner
    "Klantkaart pianostemmer\nPiano: {piano}\nLaatst gestemd: {date}\nToonhoogte a' = 442 Hz",
    "{tuner} stemt ook vleugels in kerken en concertzalen.",
    "Stembeurt {amount}, reparatie hamermechaniek op offerte.",
    "Chopin en Bach op de {piano} in de hal van het gemeentehuis van {city}.",
    "SMS: Goedemorgen, de stemmer komt {weekday} om {time}. Niet gelegen? Bel {company_phone}.",
    # student housing
    "{housing} heeft {year} nog 40 kamers vrij in {city}.",
    "Huur kamer {amount} per maand inclusief servicekosten, borg {amount}.",
    "OCR identiteitsbewijs (upload)\nNaam/Surname:\nVoornamen/Given names:\nFoto onleesbaar, opnieuw uploaden.",
    "Storing cv-ketel in complex aan de Pater Damiaanstraat, monteur komt {weekday}.",
    "Loting kamers sluit op {date} om {time}.",
    "Klant: verwarming doet het weer, dank!\nAgent: fijn om te horen, prettige dag",
    # mixed
    "Bestelling {order} onderweg, track & trace {track}.",
    "KvK 62114781, btw NL003218842B01, {company_mail}.",
    "Openingstijden: {weekday} t/m zaterdag {time} tot 17:30.",
    "Wij verhuizen per {date} naar de Willem de Zwijgerlaan in {city}.",
    "Zeist, Baarn en Tiel worden vanaf {date} op {weekday} bediend.",
    "Nieuwe app {version} beschikbaar in de App Store.",
    "Factuur {invoice} van {amount} voldaan op {date}.",
    "Mail ons via {company_mail} of bel {company_phone}.",
    "Verzonden vanaf mijn iPhone",
    "Freshdesk #{fd} — reactie klant\n\nnog steeds niks gehoord!! graag vandaag antwoord",
    "Freshdesk #{fd}\nTags: retour, klacht, ophaalronde\nGroep: Tweede lijn",
    "Klant: mn bestelling {order} klopt nie, er mist een jas\nAgent: excuses, wij zoeken het uit",
    "Klant: kan ik ook pinnen bij de chauffeur?\nAgent: ja, contactloos of met Tikkie",
    "Enquête na contact, open antwoord: 'snel geholpen, top!' — score 9",
    "Enquête na contact, open antwoord: 'wachttijd te lang, twintig minuten in de wacht'",
    "AFZENDER: {laundry} · Postbus 1077 · 3800 BB Amersfoort",
    "Retourzending {track}\nReden: verkeerde maat\nStatus: ontvangen op {date}",
    "Account Name: {glass} | Type: Partner | Billing City: {city}",
    "Parkeren bij {tennis}: slagboom open van {time} tot 23:00.",
    "Pianostemmer Bach & Zn. bestaat sinds 1921 en zit aan de Johan de Wittlaan.",
    "{housing}: huurtoeslag aanvragen kan vanaf 18 jaar, zie de website van de Belastingdienst.",
    "Wespen en muizen in {city}: {pest} ziet in {year} een stijging van 30%.",
    "Bruidshuis Willemijn en De Sluier doen mee aan de trouwbeurs op {date}.",
    "Glasschade door storm op {date}: {insurer} vergoedt zonder eigen risico.",
]

_EN = [
    "My order, {order_en}, is late again.",
    "I paid {invoice_en} on {date_en}.",
    "The dry cleaning is {amount_en} per shirt.",
    "I think Wasserette Tante Truus is the one near Zeist.",
    "Is Glashandel Piet Hein open on {weekday_en}? I need the glass replaced.",
    "The glass is HR++ 4-15-4, the quote says.",
    "The app says {version} is the latest.",
    "My court booking moved to {weekday_en}, the confirmation says.",
    "The score was 6-4 7-5, I lost the second set.",
    "I read that Tennisclub Betty Stöve has new padel courts.",
    "Survey comment: the changing rooms are always clean, well done!",
    "Survey comment: the bar is too expensive.",
    "The dress is from Bruidsmode Marlies Dekkers, I love it.",
    "The fitting is on {date_en} at {time_en}.",
    "The wasps are gone, my neighbour says, thanks to {pest}.",
    "Voicemail transcript: you have reached the office, we are open from 8 am.",
    "The piano is a {piano}, tuned to 440 Hz.",
    "Is the Steinway in the hall the one Chopin played?",
    "My room at {housing} is still cold.",
    "The rent is {amount_en} a month.",
    "Case {sf} | Subject: my window is cracked | Status: Closed",
    "Freshdesk #{fd}: the pickup is delayed, the driver says.",
    "RETURN TO SENDER\nThe address is incomplete.",
    "The parcel {track} is on its way to {city_uk}.",
    "I drove through Beek and Born to get to the club.",
    "Kind regards,\nThe team at {laundry}\n\nThis email is confidential.",
    "Call {company_phone} or email {company_mail}, the website says.",
    "Agent: is there anything else?\nCustomer: no that's all thanks",
    "My booking, {booking_en}, is confirmed.",
    "I take the bus from {city} at {time_en} on {weekday_en}.",
]

TEST_V27_CLEAN = _NL + _EN
