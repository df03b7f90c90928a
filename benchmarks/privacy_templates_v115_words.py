"""Ordinary (never labelled) words of test_v115, registered in the shared `CLEAN_FILLERS`: housing corporations and
student complexes, employers, lease firms and e-bikes, hearing centres, hospitals and hearing aid models, window
cleaners, debt counselling and guardianship offices, garages, tyre sizes and DOT codes, clubs, teams and sports parks,
bands, festivals and resale platforms, alarm centres and day care centres, towns of the Achterhoek, Twente, Flanders,
the German border, Kenya, South Africa and Scotland, people-named places and brands, bots, Freshchat and XML
furniture, public numbers, order, ticket, case, tracking and parcel numbers, amounts and dates that are not births."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


CLEAN_FILLERS["test_v115"] = {
    # ---- chat, Workplace and export furniture
    "bot": _items("Freddy|Bo (digitale assistent)|Kamerbot|Hoorhulp|Glimmer|Sjors de bot|Wilma-bot|Ticky|Bandenbot"),
    "conv": _items("8841205|8841377|8843019|8846522|8850734|8851190"),
    "ticket": _items("#48213|#48977|INC-221045|TCK-10932|#50118|INC-223871|#51402"),
    "time": _items("08:33|09:12|09:58|10:41|11:26|13:07|14:55|15:30|16:20|19:48|21:02"),
    "time_en": _items("8:33 AM|9:12 AM|10:41 AM|1:07 PM|2:55 PM|4:20 PM|8:33 PM"),
    "stamp": _items("2025-03-14T02:17:44|2025-06-02T23:41:09|2025-11-20T07:05:31|2025-09-08T15:12:50"),
    "system": _items("Sportlink|Nedap Ons|Freshdesk|Planon|Woonportaal|Exact Online"),
    "workplace_group": _items(
        "Team Verhuur Enschede|Fietsplan (beheer)|Ploeg Oost|Dagbesteding De Esch|Schuldhulp Oost"
    ),
    "pages": _items("2|3|4|5|6"),
    # ---- shared mailboxes as quoted mail headers show them
    "payroll_from": _items(
        "Salarisadministratie Tichelaar Installatie <salaris@tichelaar-installatie.nl>|"
        "HR Bouwbedrijf Ottink <hr@bouwbedrijf-ottink.nl>|Personeelszaken Van Dijk Metaal <pz@vandijkmetaal.nl>|"
        "Salarisadministratie Zorggroep Markenheem <salaris@zorggroep-markenheem.nl>"
    ),
    "window_from": _items(
        "Glazenwasserij Helder <info@glazenwasserijhelder.nl>|Zeemvast Glasbewassing <info@zeemvast.nl>|"
        "Glashelder Oost <planning@glashelder-oost.nl>|Blinkend Twente <info@blinkendtwente.nl>"
    ),
    "debt_from": _items(
        "Schuldhulp Oost <intake@schuldhulp-oost.nl>|Geldzaken Berkelland <intake@geldzaken-berkelland.nl>|"
        "Rondkomen Twente <intake@rondkomen-twente.nl>|Team Schuldhulp Enschede <schuldhulp@enschede.nl>"
    ),
    "garage_from": _items(
        "Autobedrijf Kottink <werkplaats@kottink.nl>|Garage Zwiers Groenlo <info@garagezwiers.nl>|"
        "Bandenservice Oost <planning@bandenservice-oost.nl>|BandenCentrum Twente <werkplaats@bandencentrumtwente.nl>"
    ),
    "corp_from": _items(
        "Kamerveste <verhuur@kamerveste.nl>|SSH& <verhuur@sshxl.nl>|Idealis <klantenservice@idealis.nl>|"
        "Talis <verhuur@talis.nl>|Woonstichting De Veste <info@deveste.nl>"
    ),
    "care_from": _items(
        "Dagcentrum De Esch <planning@dagcentrum-esch.nl>|Dagactiviteiten Het Erve <planning@heterve-zorg.nl>|"
        "Dagbesteding De Klaproos <info@klaproos-dagbesteding.nl>"
    ),
    "audicien_from": _items(
        "Hoorcentrum Berkelland <afspraken@hoorcentrumberkelland.nl>|HoorPunt Twente <info@hoorpunt-twente.nl>|"
        "Audiciens De Oorschelp <afspraken@oorschelp.nl>"
    ),
    "club_from": _items(
        "Ledenadministratie HC Berkelland <leden@hcberkelland.nl>|Ledenadministratie SV Grol <leden@svgrol.nl>|"
        "Ledenadministratie VV Neede <ledenadministratie@vvneede.nl>|EHC Leden <leden@ehc-enschede.nl>"
    ),
    "resale_from": _items(
        "Kaartruil <support@kaartruil.nl>|TicketBeurs <help@ticketbeurs.nl>|ResaleHub <care@resalehub.eu>"
    ),
    "alarm_from": _items(
        "Zekerthuis Alarm <service@zekerthuis.nl>|Waakzaam <klantcontact@waakzaam-alarm.nl>|"
        "AlarmDirect Oost <service@alarmdirect.nl>"
    ),
    # ---- places
    "town": _items("Enschede|Hengelo|Doetinchem|Zutphen|Apeldoorn|Deventer|Arnhem|Nijmegen|Utrecht|Almelo|Zwolle"),
    "town_ah": _items(
        "Winterswijk|Eibergen|Groenlo|Lichtenvoorde|Aalten|Borculo|Neede|Haaksbergen|Oldenzaal|Losser|Rijssen|"
        "Goor|Vriezenveen|Borne|Tubbergen|Ruurlo|Vorden|Lochem|Zelhem"
    ),
    "town_student": _items("Enschede|Nijmegen|Wageningen|Deventer|Arnhem|Zwolle|Maastricht"),
    "town_be": _items("Leuven|Hasselt|Gent|Mechelen|Kortrijk|Aarschot"),
    "town_de": _items("Bocholt|Gronau|Vreden|Borken|Nordhorn|Ahaus|Isselburg"),
    "town_ke": _items("Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika"),
    "town_za": _items("Cape Town|Johannesburg|Durban|Pretoria|Stellenbosch|Gqeberha|Bloemfontein"),
    "town_sc": _items("Glasgow|Edinburgh|Aberdeen|Dundee|Inverness|Paisley|Stirling"),
    "street_place": _items(
        "Oldenzaalsestraat|Hengelosestraat|Van Heekplein|Burgemeester Jansenstraat|Wilhelminastraat|"
        "Prof. Bronkhorstlaan|Koningin Julianalaan|Dr. Zamenhofstraat"
    ),
    "named_place": _items(
        "Jan Smuts Avenue|Kenyatta Avenue|Moi Avenue|Princes Street|Hampden Park|Nelson Mandela Square|"
        "Haile Selassie Avenue|Sauchiehall Street|Wangari Maathai Road|Queen Margaret Drive"
    ),
    "district": _items("Marke-Zuid|De Esch|Het Hoge Veld|Stokhorst|Pathmos|De Pol"),
    # ---- student rooms
    "corp": _items("Kamerveste|SSH&|Woonstichting De Veste|Idealis|Xior|DUWO|Talis"),
    "complex": _items("De Hoogeveenenk|Campus Noord|Studentenflat Ariënsplein|Het Tuinhuis|De Boulevard"),
    "area_m2": _items("12|14|16|18|21|24"),
    # ---- e-bikes and employers
    "company": _items("Tichelaar Installatie|Bouwbedrijf Ottink|Zorggroep Markenheem|Van Dijk Metaal|Eventbureau Esch"),
    "company_domain": _items(
        "tichelaar-installatie.nl|bouwbedrijf-ottink.nl|zorggroep-markenheem.nl|vandijkmetaal.nl|eventbureau-esch.nl"
    ),
    "lease_co": _items("FietsPlan Oost|TrapLease|E-Lease Nederland|Fietsvoordeel BV"),
    "bike": _items("Gazelle Ultimate C380|Stromer ST3|Cortina E-Common|Batavus Finez E-go|QWIC Premium MN7|Sparta M8b"),
    "bike_shop": _items("Tweewielercentrum De Spaak|Fietsenmaker Bi'j de Brug|Bike Totaal Haaksbergen|Trapper & Zn"),
    # ---- hearing aids
    "audicien": _items("Hoorcentrum Berkelland|HoorPunt Twente|Audiciens De Oorschelp|Hoorwinkel Esch"),
    "hospital": _items("ZGT Hengelo|MST Enschede|SKB Winterswijk|Slingeland Ziekenhuis|Gelre Zutphen"),
    "hearing": _items(
        "Phonak Audéo Lumity L70|Oticon Intent 2|Signia Pure Charge&Go 7AX|Widex Moment Sheer 440|ReSound Nexia 7|"
        "Starkey Genesis AI 16"
    ),
    "battery": _items("312|13|10|675"),
    # ---- window cleaning
    "window_co": _items("Glazenwasserij Helder|Zeemvast Glasbewassing|Glashelder Oost|Blinkend Twente"),
    # ---- debt counselling
    "org": _items("Oost|Berkelland|Plus Twente|De Balans"),
    "case_no": _items("ZK-2025-04412|Z25-018834|771204-C|SHV-ZAAK-20931|2025-ZH-1187"),
    # ---- tyres and garages
    "garage": _items(
        "Autobedrijf Kottink|Garage Zwiers Groenlo|Bandenservice Oost|Autoservice De Haar|BandenCentrum Twente"
    ),
    "car": _items("Volkswagen Polo|Toyota Yaris|Kia Niro|Skoda Octavia|Opel Corsa|Peugeot 2008"),
    "tyre": _items("205/55 R16 91V|225/45 R17 94W|195/65 R15 91H|215/60 R16 99H|235/55 R18 104V"),
    "tyre_brand": _items("Michelin|Vredestein|Continental|Nokian|Bridgestone"),
    "tread": _items("4 mm|5,5 mm|3,2 mm|7 mm|6 mm"),
    "dot": _items("DOT 2319|DOT 4122|DOT 0824|DOT 3721|DOT 1025"),
    "rack": _items("B3-12|4-17|C07|A-21-3|D2"),
    # ---- clubs
    "club": _items("HC Berkelland|MHC Hengelo|Hockeyclub Winterswijk|VV Rood-Wit '62|SV Grol|Enschedese Hockey Club"),
    "club_fb": _items("VV Rood-Wit '62|SV Grol|VV Eibergen|Quick '20|VV Neede|Sportclub Rekken"),
    "team": _items("JO11-2|MO13-1|Heren 3|Dames 1|JB1|MA2|JO9-3"),
    "venue": _items(
        "Sportpark Het Diekman|Sportpark De Slatman|Sportpark Den Elshorst|Sportpark 't Hilgelo|"
        "Sportpark Willem Wilmink"
    ),
    "field": _items("veld 2|kunstgras 3|hoofdveld|veld 4B"),
    "match_no": _items("208451|311927|117604|402218"),
    "score": _items("2-1|3-0|4-2|1-1|5-3"),
    "season": _items("2025-2026|2025/26|'25-'26"),
    "founded": _items("1921|1948|1962|1974|1931"),
    # ---- concerts
    "concert": _items(
        "Normaal in de GelreDome|Kensington in de Ziggo Dome|Racoon in AFAS Live|Bløf op Paaspop|"
        "Rowwen Hèze in de Metropool|Di-rect in Doornroosje"
    ),
    "festival": _items("Zwarte Cross|Huntenpop|Paaspop|Dauwpop"),
    "order_no": _items("ORD-2025-118734|#4471902|BST-77120|TS-9918231|ORD-2025-120415"),
    # ---- alarms and day care
    "alarm_co": _items("Zekerthuis Alarm|Waakzaam|AlarmDirect Oost|Veilig Thuis Alarmering"),
    "alarm_result": _items(
        "sleutelhouder gebeld|mantelzorger ter plaatse|knop per ongeluk ingedrukt|thuiszorg gestuurd"
    ),
    "care_org": _items(
        "Wijkverpleging Achterhoek Oost|Buurtzorg Team Eibergen|Thuiszorg Twente Noord|Zorggroep Sint Maarten"
    ),
    "daycare": _items(
        "Dagcentrum De Esch|Ontmoetingscentrum 't Hofje|Dagbesteding De Klaproos|Dagactiviteiten Het Erve"
    ),
    "days": _items("ma, wo, vr|di en do|ma t/m vr|woensdag en vrijdag"),
    "gp": _items(
        "Huisartsenpraktijk De Wiekslag|Gezondheidscentrum Pathmos|Huisartsen Eibergen Zuid|Praktijk Het Erve"
    ),
    "activity": _items("sjoelen|koersbal|bingo|stamppot koken|een wandeling langs de Berkel|puzzelen|bloemschikken"),
    "activity_en": _items("chair yoga|bingo|baking scones|a walk in the park|a sing-along|painting"),
    "holiday": _items("Koningsdag|Hemelvaart|Tweede Pinksterdag|Bevrijdingsdag|Tweede Kerstdag"),
    # ---- numbers that are no one's
    "count": _items("2|3|4|5|6|8|10|12"),
    "count_big": _items("140|312|850|1.240|2.100"),
    "pct": _items("10%|20%|25%|30%|75%"),
    "price_small": _items("€ 12,50|€ 19,95|€ 24,50|€ 8,75|€ 32|€ 6,95"),
    "price_mid": _items("€ 95|€ 212,50|€ 350|€ 480|€ 62,50|€ 149"),
    "price_big": _items("€ 1.849,00|€ 2.115,40|€ 3.650|€ 2.975|€ 4.280"),
    "price_small_en": _items("€12.50|€19.95|€8.75|€24|€6.95"),
    "price_mid_en": _items("€95|€212.50|€350|€149|€62.50"),
    "price_big_en": _items("€1,849|€3,650|€2,975|€2,115.40"),
    "amount_plain": _items("412,50|389,00|27,95|1849,00|64,00|512,75"),
    "amount_za": _items("R250|R180|R320|R95"),
    "expiry": _items("08/27|11/26|03/28|05/29"),
    "year": _items("2025|2026"),
    "date": _items(
        "3 maart|17 april|1 juli|28 november|vrijdag 14 februari|2 januari 2026|31 oktober|9 mei|15 september|"
        "maandag 6 oktober|22 december"
    ),
    "date_en": _items("3 March|17 April|1 July|28 November|Friday 14 February|2 January 2026|9 May|15 September"),
    "date_num": _items("01-09-2025|15-06-2025|2025-10-01|31-12-2025|01-02-2026|14-11-2025"),
    "month": _items("september|augustus|februari|januari"),
    "month_en": _items("September|August|January|March"),
    "weekday": _items("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _items("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "clock": _items("8.30 uur|9:15|10.00 uur|13.45|14:30|16.00 uur|half tien|kwart over twee"),
    "clock_en": _items("9:15|half ten|quarter past two|14:30|4 pm"),
    "hours": _items("tussen 8 en 12 uur|van 9.00 tot 17.00 uur|tussen 13.00 en 16.30|vanaf 7.30 uur"),
    "public_phone": _items("0800-0230|088 - 410 20 00|14 053|0900 - 1515|088 012 34 00"),
    "public_fax": _items("088 - 410 20 99|088 708 50 01|088-0123499"),
    "police": _items("0900-8844"),
    "kvk": _items("08123456|61234509|74412890"),
    "vat": _items("NL001234567B01|NL861234789B01"),
    "parcel": _items("CD123456789NL|3SDEVC401234567|JVGL06123456789012"),
    "tracking": _items("3SABCD123456789|1Z999AA10123456784|LX123456789NL|JJD000390007712345678"),
}
