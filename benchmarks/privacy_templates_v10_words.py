"""The ordinary words every `test_v10` template draws (`CLEAN_FILLERS["test_v10"]`): the companies a Dutch contact
centre works for or hears about (energy suppliers, housing corporations, childcare, gyms, hospitals, pension funds,
insurers, holiday parks, lease companies, telecom and streaming services, parcel carriers, shops), towns, streets
without a house number, dates that are no birth dates, times, opening hours, amounts, meter readings, order, ticket
and invoice numbers and companies' own phone numbers. None of it is personal data. Written by someone who never
saw the redaction rules; the values avoid the words the/I/is/my in the Dutch ones."""

from __future__ import annotations

from benchmarks.privacy_fillers_v10_pools import POOLS
from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOL = POOLS["test_v10"]
CLEAN_FILLERS["test_v10"] = {
    "energy": _bars("Eneco|Essent|Greenchoice|Budget Energie|Vandebron|Zonneplan|Frank Energie|Pure Energie|Oxxio"),
    "corp": _bars("Ymere|Eigen Haard|Woonstad Rotterdam|Portaal|Mitros|Havensteder|Lefier|De Key|Wonen Limburg"),
    "childcare": _bars("Kinderopvang De Kleine Koning|BSO Pippi|Kinderdagverblijf Nijntje|IKC De Wieken|Partou"),
    "gym": _bars("David Lloyd|Fitland|Snap Fitness|Jims|Healthcity|Sportcentrum Het Hoge Land"),
    "hospital": _bars(
        "Reinier de Graaf|Bernhoven|Elkerliek|Laurentius Ziekenhuis|Anna Ziekenhuis|Van Weel-Bethesda|"
        "Rode Kruis Ziekenhuis|Tergooi MC|Zuyderland|Slingeland"
    ),
    "route": _bars("12|B4|0.46|Oost 3|71"),
    "pension": _bars("ABP|PFZW|PMT|PME|bpfBOUW|Pensioenfonds Horeca & Catering|Nationale-Nederlanden"),
    "insurer": _bars("Zilveren Kruis|CZ|Menzis|VGZ|ONVZ|DSW|Interpolis|Centraal Beheer|FBTO|Univé"),
    "park": _bars(
        "Landal Miggelenberg|Center Parcs De Vossemeren|Roompot Beach Resort|EuroParcs De Zanding|"
        "Droompark Maasduinen|Landal Het Vennenbos"
    ),
    "lease": _bars("Ayvens|Athlon|Alphabet|Hiltermann Lease|Justlease|Terberg Business Lease"),
    "telco": _bars("KPN|Ziggo|Simyo|Youfone|Lebara|Ben|hollandsnieuwe|Tele2"),
    "streaming": _bars("Netflix|Videoland|Disney+|Viaplay|NLZIET|Spotify|Storytel|SkyShowtime|Prime Video"),
    "carrier": _bars("PostNL|DHL|DPD|GLS|Budbee|Homerr|InPost|Cycloon"),
    "shop": _bars(
        "Kruidvat|Action|Blokker|Praxis|Karwei|Hornbach|Vomar|Dekamarkt|Poiesz|Jan Linders|Etos|Wibra|Xenos|"
        "Kwantum|Welkoop|Intertoys|Bart Smit|Bruna|Primera|Zeeman"
    ),
    "product": _bars(
        "Samsung Galaxy S24|iPhone 15|Philips Airfryer XXL|Dyson V15|Nintendo Switch OLED|Sonos Era 100|"
        "Miele Complete C3|Apple Watch SE|Garmin Venu 3|Ring Video Doorbell"
    ),
    "car": _bars("Kia Niro|Volkswagen ID.3|Toyota Yaris|Renault Clio|Skoda Octavia|Tesla Model Y|Peugeot 208"),
    "station": _bars("Utrecht Centraal|Amersfoort Schothorst|Zwolle|Breda|Den Haag Laan van NOI|Almere Poort"),
    "city_nl": _POOL["city_nl"],
    "city_be": _POOL["city_be"],
    "street_bare": _bars(
        "Thorbeckelaan|Kanaalweg|Paulus Potterstraat|Gasthuisstraat|Oude Rijksweg|Spoorlaan|Raadhuisstraat|"
        "Ferdinand Bolstraat"
    ),
    "date": _bars(
        "14 maart|vrijdag 6 juni|1-7-2025|15-02-2026|03-11-2025|1 januari|maandag 29 september|2 mei 2025|"
        "31 augustus|28-12-2024"
    ),
    "date_en": _bars("14 March|Friday 6 June|1 July 2025|15/02/2026|3 November|the 1st of January|29 September"),
    "month": _bars("januari|maart|juni|september|december"),
    "month_en": _bars("January|March|June|September|December"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("08:15|9.30 uur|half elf|12:45|14.00 uur|kwart over drie|17:30|19.05 uur"),
    "time_en": _bars("8.15am|9:30|half past ten|12:45|2pm|quarter past three|17:30"),
    "hours": _bars(
        "ma t/m vr 8.00–20.00 uur, za 9.00–17.00 uur|elke dag van 9 tot 18 uur|ma-vr 08:30-17:00|"
        "do koopavond tot 21.00 uur|zon- en feestdagen gesloten"
    ),
    "hours_en": _bars("Monday to Friday 8am-8pm|every day from 9 to 6|weekdays 08:30-17:00"),
    "amount": _bars("€ 12,50|€ 89,-|€ 4,95|€ 137,20|€ 1.250,00|€29,99|€ 0,35|€ 249"),
    "count": _bars("3|5|14|30"),
    "kwh": _bars("12.845|3.207|15.600|04.512|812|27.093"),
    "expiry": _bars("08/27|11/26|03/29|12/28"),
    "order": _bars("4012-88321|NL-2025-774102|#100284731|B0-58812-X|order 3305917"),
    "ticket": _bars("INC0012345|#48213|T-2025-0991|SR-771204|#77120"),
    "invoice": _bars("F2025-00841|2025.03.1177|FAC-778120|NR 5520133|INV-20250412"),
    "service": _bars("0800-0205|0900-1234567|088 980 12 00|14 0546|088-3636000|0800 8080"),
    "shop_phone": _bars("0546-812345|074 - 250 10 00|0599 61 22 00|(0411) 67 44 00"),
}
