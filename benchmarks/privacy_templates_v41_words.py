"""Ordinary (never labelled) words of test_v41, registered in the shared `CLEAN_FILLERS`: brands, shops named
after people, stations, flights, parcel and order codes, organisations' phone numbers and role mailboxes."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v41"] = {
    "provider": _split("KPN|Odido|Ziggo|Youfone|Simyo|Lebara|Vodafone|Telenet|Proximus|Delta Fiber|Budget Mobiel"),
    "device": _split(
        "FRITZ!Box 7590|Connectbox|SmartWifi-pod|Experia Box v10|Zyxel EX5601|iPhone 15 Pro|Galaxy A55|"
        "Pixel 8a|Mediabox Next|TV-ontvanger HD+|Google Nest Wifi|Deco X50"
    ),
    "shop": _split(
        "bol|Coolblue|Zalando|Wehkamp|MediaMarkt|HEMA|Blokker|Hans Anders|Jan Linders|Otto|Douglas|"
        "Kees Smit Tuinmeubelen|Bever|Fonq|Lidl webshop|Leen Bakker"
    ),
    "carrier": _split("PostNL|DHL|DPD|GLS|UPS|Budbee|Homerr|bpost|Trunkrs"),
    "pickup": _split(
        "PostNL-punt Primera|DHL ServicePoint Bruna|Albert Heijn Stationsplein|Jumbo Pakketpunt|Plus Van Dijk|"
        "pakketautomaat bij de Gamma|Readshop Centrum|Karwei"
    ),
    "tracking": _split(
        "3SABCD4471829|3SKPNX1209384|JVGL0612345678901234|00340434161234567890|CZ123456789NL|1Z999AA10123456784|"
        "RR482910374NL|BE7788120019"
    ),
    "order": _split("#1042-33871|ORD-2026-118842|4002817734|W0119283|order 7718-KX|BOL-9920311"),
    "bank": _split("ING|Rabobank|ABN AMRO|bunq|ASN Bank|Revolut|KBC|Belfius|Triodos|Knab|SNS"),
    "transit": _split("NS|GVB|RET|HTM|Arriva|Qbuzz|Connexxion|NMBS|De Lijn|Keolis|EBS"),
    "station": _split(
        "Amsterdam Centraal|Utrecht Centraal|Rotterdam Centraal|Den Haag HS|Zwolle|Leeuwarden|Schiphol Airport|"
        "Antwerpen-Centraal|Eindhoven Centraal|Groningen|Arnhem Centraal|Station Sloterdijk|Amersfoort Centraal"
    ),
    "airline": _split(
        "KLM|Transavia|TUI fly|Corendon|Ryanair|Pegasus|Turkish Airlines|Royal Air Maroc|Surinam Airways|LOT|"
        "Aer Lingus|Air India|easyJet"
    ),
    "flight": _split("KL1001|HV6123|TK1952|PY994|FR3021|AT841|LO270|EI609|OR1573|KL871|U27861|PC1252"),
    "airport": _split("AMS|EIN|RTM|GRQ|IST|NDR|RAK|WAW|DUB|DEL|PBM|BRU|KRK|AYT"),
    "booking": _split("K7XQ2M|PNR 5TRW8L|boekingsnummer 30471122|dossier 88-20341|HX4NVB|ZR91QP"),
    "agency": _split("Sunweb|D-reizen|TUI|Prijsvrij|Vakantiediscounter|Neckermann|Jetair|Cheap Tickets"),
    "insurer": _split(
        "ANWB|Centraal Beheer|Allianz Direct|FBTO|Univé|Interpolis|Inshared|Ohra|Ethias|AG Insurance|Route Mobiel"
    ),
    "car": _split(
        "Volkswagen Polo|Toyota Yaris Cross|Kia Picanto|Peugeot 208|Skoda Octavia Combi|Tesla Model 3|"
        "Renault Clio|Opel Corsa-e|Hyundai Kona Electric|Fiat 500|BMW 118i|Ford Transit Custom"
    ),
    "garage": _split(
        "Autobedrijf Van den Heuvel|Garage Jansen & Zn.|Kwik-Fit|Carglass|Profile Tyrecenter|Euromaster|"
        "Bandenservice De Boer|Autoschade Herstel Noord"
    ),
    "city": _split(
        "Leeuwarden|Drachten|Harlingen|Zaandam|Purmerend|Dordrecht|Tilburg|Maastricht|Heerlen|Apeldoorn|"
        "Deventer|Gouda|Spijkenisse|Roosendaal|Den Bosch|Assen|Emmen|Hoofddorp"
    ),
    "city_be": _split("Antwerpen|Gent|Kortrijk|Hasselt|Leuven|Mechelen|Brugge|Sint-Niklaas|Genk|Aalst"),
    "country": _split("Turkije|Marokko|Suriname|Polen|Oekraïne|Ierland|India|Spanje|Griekenland|Curaçao"),
    "date": _split(
        "3 maart|14 februari|2026-05-02|12-06-2026|1 april|13 maart|28 oktober|16/03|"
        "eind januari|Tweede Paasdag|Koningsdag|5 december"
    ),
    "time": _split("07:45|08:02|09:30|10.15 uur|11:58|13:06|14:41|15.20|16:00|18:37|20:12|22:05"),
    "weekday": _split("maandag|dinsdag|woensdag|donderdag|Vrijdag|zaterdag|zondag"),
    "slot": _split("08:00-12:00|12:00 - 17:00|13.00-15.00 uur|07:30-10:30|16:00-20:00"),
    "month": _split("januari|maart|mei|juli|september|oktober|december"),
    "amount": _split("€ 29,99|€7,50|€ 412,-|139 euro|€ 1.049,00|€ 3,40|£ 86.20|€ 64,95|€ 18,70|EUR 250,00"),
    "count": _split("2|3|4|6|10|14|5|8"),
    "ticket": _split("INC-77410|#302211|SR-2026-04417|MLD 88120|case 5531-B|TKT0049182|REF-KX2210"),
    "mailbox": _split(
        "klantenservice@youfone.nl|retouren@wehkamp.nl|service@ns.nl|refunds@transavia.com|schade@anwb.nl|"
        "noreply@postnl.nl|privacy@odido.nl|info@sunweb.nl|support@bunq.com|claims@centraalbeheer.nl"
    ),
    "org_phone": _split(
        "0800-0402|030 751 51 55|088 - 269 22 22|0900-9292|+31 20 474 7747|088 225 5555|0900 - 0123|"
        "+32 2 528 28 28|071 365 40 88|14 020"
    ),
    "expiry": _split("04/27|11/28|09/26|02/30"),
    "speed": _split("100 Mbit/s|1 Gbit/s|500/500|4 Gbit glasvezel|50 Mbit|2 GB|20 GB|onbeperkt"),
    "seat": _split("12A|23C|31F|4D|17B"),
    "gate": _split("D7|E18|B13|F4|H2|M7"),
    "train": _split("IC 3547|Sprinter 4023|intercity direct 1041|ICE 121|Eurostar 9315|IC 1958|Nightjet 420"),
    "line": _split("lijn 22|bus 300|tram 7|metro 51|lijn 15|R-net 356|buslijn 71"),
    "shopstreet": _split(
        "Kalverstraat|Lijnbaan|Johan Cruijff Boulevard|Koningin Julianaplein|Wilhelminaplein|Meir|Veldstraat|"
        "Willem Barentszstraat|Piet Heinkade|Anne Frankplein|Prins Bernhardplein|Churchill-laan"
    ),
    "plan": _split("Sim Only 10 GB|Internet + TV Start|Alles-in-1 Plus|Glasvezel 1000|Unlimited 5G|Prepaid Bundel"),
    "pay": _split("iDEAL|Klarna|achteraf betalen|PayPal|creditcard|Apple Pay|Bancontact|Wero"),
}
