"""Ordinary (never labelled) words of test_v39, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v39"] = {
    "supplier": _items("Vattenfall|Eneco|Essent|Greenchoice|Budget Energie|Vandebron|Frank Energie|Pure Energie"),
    "grid": _items("Liander|Stedin|Enexis|Westland Infra|Coteq|Rendo"),
    "insurer": _items("Zilveren Kruis|CZ|Menzis|VGZ|DSW|ONVZ|Zorg en Zekerheid|a.s.r.|FBTO|Salland"),
    "corporation": _items(
        "Ymere|Woonstad Rotterdam|Portaal|Vestia|Eigen Haard|Woonbron|Elkien|Lefier|De Key|Mitros|Wonen Limburg"
    ),
    "municipality": _items(
        "Gemeente Leeuwarden|Gemeente Almere|Gemeente Súdwest-Fryslân|Gemeente Nijmegen|Gemeente Den Haag|"
        "Gemeente Enschede|Gemeente Breda"
    ),
    "lease": _items("Lease a Bike|Swapfiets|Hurby|Fietsplan Plus|JobBike|VanMoof Care"),
    "bike": _items("Gazelle Ultimate C380|Cortina E-U4|Batavus Finez|VanMoof S5|Stromer ST3|Sparta M8b|Cube Kathmandu"),
    "childcare": _items(
        "Kinderopvang Humanitas|Partou|KOW|Kinderdagverblijf De Boomhut|BSO Het Kraaiennest|Kinderrijk"
    ),
    "pension": _items("ABP|PFZW|PMT|bpfBOUW|Pensioenfonds Detailhandel|PME|Pensioenfonds Horeca & Catering"),
    "product": _items(
        "Toon|Slimme Meter Kaifa MA105|Quooker Flex|Nefit Topline|Remeha Calenta|Philips Hue|iPhone 15|"
        "Samsung Galaxy A54|Excel|Microsoft Teams|WhatsApp Business|DigiD-app|Mijn Zilveren Kruis-app|Tado"
    ),
    "street_product": _items(
        "Kalverstraat-sneaker|Amstellaan-bank|Oxford Street-koffer|Hoofdstraat-lamp|Parklaan-tafel|"
        "Broadway-bureaustoel|Stationsweg-kapstok|Kerkplein-kast"
    ),
    "place": _items("Zuidas|Kralingen|Overvecht|Schilderswijk|Camminghaburen|Lombok|Hoogvliet|Presikhaaf|Hatert"),
    "town": _items("Leeuwarden|Drachten|Almere|Zwolle|Nijmegen|Enschede|Venlo|Breda|Dordrecht|Alkmaar|Sneek"),
    "ean": _items(
        "871687120054321987|871694840002358111|871685900000512345|871689260010498765|871718518003221194|"
        "871690930000777555"
    ),
    "reading": _items("12.483 kWh|04871 m³|3.201,4 kWh|1.022 m³|18.930 kWh|567,2 GJ|7.215 kWh laag|6.004 kWh hoog"),
    "meter": _items("E0031400012345678|G0028003333044412|meter 09876554|ISK-36114|Z4501-772"),
    "date": _items("3 maart|14-06-2026|1 januari|31/12/2025|2026-04-15|23 mei|12 oktober|vrijdag 9 januari|2 juni"),
    "date_en": _items("Friday 9 January|2 June|14/06/2026|15 April 2026|March 3|31 December|1 July 2026"),
    "time": _items("08:30|09:45|11:15|13:05|14:40|16:55|20:10|07:59"),
    "weekday": _items("maandag|dinsdag|woensdag|Donderdag|vrijdag|zaterdag"),
    "weekday_en": _items("Monday|Tuesday|Thursday|Friday|Saturday"),
    "month": _items("januari|februari|april|juni|augustus|November|December|september"),
    "amount": _items("€ 142,18|€89,00|€ 1.250|73 euro|€ 12,95|€ 3.480,00|EUR 28,40|€ 385,-|€ 45"),
    "order": _items("ORD-2026-11873|#884210|BST/26/0412|WO-331874|R2026-0099"),
    "ticket": _items("INC0048812|T-20260314-07|CASE-771203|#33018|MLD-2026-4410|SR-55102"),
    "invoice": _items("FA-2026-004418|2026/00871|F0912388|NOTA 55210|INV-NL-77821"),
    "repair": _items("REP-88123|onderhoudsverzoek 44120|werkorder 7731-A|WO 2026-1188"),
    "claim": _items("declaratie 2026-00318|DCL-771044|nota 9912-B|claimnr. 44018"),
    "permit": _items("dakkapel|uitrit|terras|kapvergunning|evenementenvergunning|parkeervergunning|bouwvergunning"),
    "company_phone": _items("0800-0808|088 - 555 1234|020 303 4500|0900-1580|(058) 233 44 00|0800 022 50 50"),
    "mailbox": _items(
        "klantenservice@energie-noord.nl|reparaties@woonstichting-elkien.nl|declaraties@zorgverzekeraar.nl|"
        "vergunningen@gemeente.nl|planning@kinderopvang-boomhut.nl|service@fietslease.nl|info@pensioenfonds.nl"
    ),
    "agent": _items("Team Energie|Servicedesk Wonen|Afdeling Declaraties|KCC|Team Fiets|Planning Opvang|Team Pensioen"),
    "count": _items("2|3|vier|zes|8|12|twee|three|five"),
    "emoji": _items("👍|🙏|😊|😡|🚲|🏠|⚡|💶|😂|❤️|👶"),
    "room": _items("badkamer|keuken|zolderkamer|slaapkamer|bergingsdeur|balkon|meterkast|toilet"),
    "defect": _items(
        "lekkage|schimmel|kapotte cv-ketel|klemmende voordeur|verstopte afvoer|losse tegels|geen warm water"
    ),
}
