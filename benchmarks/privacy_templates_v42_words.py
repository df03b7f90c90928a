"""Ordinary (never labelled) words of test_v42, registered in the shared `CLEAN_FILLERS`: organisations, shops and
clubs (some named after people), places and streets without house numbers, products, pets, public phone numbers,
role mailboxes, and dates, amounts and codes that point at no one."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v42"] = {
    "city": _list(
        "Maastricht|Heerlen|Sittard|Kerkrade|Roermond|Venlo|Weert|Venray|Eindhoven|Tilburg|'s-Hertogenbosch|"
        "Den Bosch|Breda|Helmond|Oss|Veghel|Bergen op Zoom|Nijmegen|Valkenburg aan de Geul|Vaals|Gulpen"
    ),
    "be_city": _list("Antwerpen|Hasselt|Genk|Maasmechelen|Lanaken|Turnhout|Baarle-Hertog|Leuven|Tongeren"),
    "de_city": _list("Aken|Aachen|Kleve|Heinsberg|Gangelt|Emmerich|Gronau|Mönchengladbach|Selfkant"),
    "country": _list("Syrië|Eritrea|Portugal|Vietnam|China|Duitsland|België|Curaçao|Schotland"),
    "firm": _list(
        "VDL Nedcar|ASML|Brightlands|Zuyderland|Jumbo Veghel|Vanderlande|DAF Trucks|Océ|Philips|Sappi Maastricht"
    ),
    "gym": _list("Basic-Fit|SportCity|TrainMore|Fit For Free|HealthCity|Anytime Fitness|Sportcentrum De Geusselt"),
    "club": _list(
        "MVV Maastricht|Willem II|NAC Breda|Fortuna Sittard|Roda JC|VV Scharn|HC Tilburg|RKVV Sint-Joris|"
        "Zwemclub De Dolfijn|Tennisvereniging Jeanne d'Arc|Rugbyclub Oemoemenoe"
    ),
    "hospital": _list(
        "Maastricht UMC+|Zuyderland Medisch Centrum|VieCuri|Laurentius Ziekenhuis|Catharina Ziekenhuis|Amphia|"
        "ETZ Elisabeth|Máxima MC|Jeroen Bosch Ziekenhuis|Anna Ziekenhuis|St. Jans Gasthuis Weert|Elkerliek"
    ),
    "clinic": _list(
        "Huisartsenpraktijk De Linde|Gezondheidscentrum Heuvelland|Tandartspraktijk Mondzorg Wyck|"
        "Dierenkliniek Maas en Geul|AniCura Dierenziekenhuis|Fysio Stratum|Mondzorgcentrum Vught|"
        "Orthodontiepraktijk Beugelhuis"
    ),
    "pharmacy": _list("Apotheek Wittevrouwenveld|Service Apotheek De Kempen|BENU Apotheek|Apotheek Mosae"),
    "dept": _list(
        "polikliniek Cardiologie|Dermatologie|de SEH|afdeling B3|Kindergeneeskunde|de Bloedafname|Orthopedie|"
        "Verloskunde|de dagbehandeling|poli Oogheelkunde"
    ),
    "med": _list("metformine 500 mg|omeprazol 20 mg|salbutamol|amlodipine 5 mg|paracetamol 1000 mg|Ventolin"),
    "pet": _list("Bello|Snuf|Minoes|Pluisje|Rakker|Guusje|Tijger|Flappie|Kiki|Moos"),
    "furniture": _list(
        "hoekbank Milano|eettafel Mango 220 cm|KALLAX-kast|BILLY-boekenkast|boxspring Royal 180x200|"
        "fauteuil Lisa|dressoir Oslo|Auping Original|relaxstoel Dublin|kledingkast PAX"
    ),
    "car": _list("Toyota Yaris|Kia Picanto|Volkswagen ID.4|Renault Zoe|Škoda Octavia|Peugeot 208|Tesla Model 3"),
    "street": _list(
        "Vrijthof|Markt|Stationsplein|Wilhelminasingel|Stratumseind|Piusplein|Heuvel|Parade|Grote Markt|"
        "Koningin Julianaplein|Prins Bernhardstraat|Pieter Zeemanweg|Karel de Grotelaan"
    ),
    "place": _list(
        "station Maastricht Randwyck|P+R Noorderbrug|parkeergarage Pieter Zeeman|de Sint-Servaasbrug|"
        "de Johan Cruijff ArenA|het Philips Stadion|Eindhoven Airport|parkeerplaats Mosae Forum|Holland Casino"
    ),
    "zone": _list("A|B2|C-Noord|Binnenstad|Wyck|Zone 3|Heuvelland-Oost|K1"),
    "public_phone": _list(
        "050 599 77 55|088 - 898 92 94|0800-0543|14 043|14 073|0900-8844|043 - 387 77 77|144|0800 - 0230"
    ),
    "mailbox": _list(
        "parkeren@maastricht.nl|belastingen@bsgw.nl|planning@mondzorgwyck.nl|info@dierenkliniekmaasengeul.nl|"
        "ledenadministratie@vvscharn.nl|support@deelautozuid.nl|verhuur@woonmakelaarzuid.nl"
    ),
    "practice_phone": _list("043 - 325 16 00|040 - 211 44 80|013 - 535 92 10|0475 - 33 22 11|046 4 51 77 00"),
    "fee": _list("€ 2,40|€ 3,10|€ 4,50|€ 1,95|€ 0,80|€ 5,20"),
    "date_en": _list("3 March|March 14|Monday the 2nd|15/04/2026|31 May 2026|1 July|the 12th of October|next Friday"),
    "weekday_en": _list("Monday|Tuesday|Wednesday|Friday|Saturday"),
    "time_en": _list("9:30 am|8:15|10:00|3:45 pm|11:20|14:30|5 pm"),
    "month_en": _list("January|March|June|September|November"),
    "row_date": _list("2026-03-02|15-04-2026|02/06/2026|2026-01-19|20260311|28-02-2026"),
    "date": _list(
        "1 januari|14 februari|maandag 3 maart|15-04-2026|2026-05-31|1 juli|31 augustus 2026|30/09|"
        "12 oktober|7 November|20 December"
    ),
    "time": _list("07:45|08.30 uur|09:10|10:00|11.15|13:30|14:45|16.00 uur|17:20|19:30|22:00"),
    "weekday": _list("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|Monday|Thursday"),
    "month": _list("januari|maart|april|juni|september|oktober|December|August"),
    "year": _list("2024|2025|2026"),
    "amount": _list("€ 38,50|€112,-|€ 1.432,00|425 euro|€ 59,99|€2.150|€ 7,95|€ 96,10|15 euro"),
    "count": _list("2|3|4|6|8|twee|drie|vijf|tien"),
    "order": _list("4500218834|#10458821|BST-7790-NL|ORD/2026/55102|W-881240"),
    "invoice": _list("F2026-004512|FAC-88120|2026.0711|INV-55012-B"),
    "ticket": _list("#TCK-55012|MLD-2026-8812|Z-2026-041233|INC 77310|REF 44-812"),
    "code": _list("702.611.50|204.888.71|SKU HX-4420|EAN 8718475012345|artikel 33-0718|model TX-1200"),
    "expiry": _list("04/27|11/28|09/26|02/30"),
    "emoji": _list("😤|🙄|😡|🤬|😒|😠"),
    "percent": _list("4,5%|21%|9 procent|12,5%"),
}
