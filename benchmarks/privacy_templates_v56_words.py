"""Ordinary words of test_v56 (never labelled), registered in the shared `CLEAN_FILLERS`: firms, brands, products,
order and ticket references, public service numbers, shops and streets named after people, venues, clubs, codes."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


CLEAN_FILLERS["test_v56"] = {
    "firm": _split(
        "Delta Fiber|Odido|Glaspoort|Open Dutch Fiber|Buurtzorg|Vivent|Zorggroep Noorderboog|Parnassia|"
        "GGZ Oost Brabant|Mondriaan|Rijschool Verkeerd Rechtsaf|Autobedrijf Gebr. van Rooij|Stella Fietsen|"
        "Swapfiets|Leen Bakker|Eijerkamp|Goossens Wonen|Ticketswap|Paylogic|KNVB|KNHB|Nevobo|Proximus|Telenet"
    ),
    "telco": _split("Delta Fiber|Odido|Glaspoort|Open Dutch Fiber|KPN|Caiway|Proximus|Telenet"),
    "care": _split(
        "Buurtzorg|Vivent|Zorggroep Noorderboog|Omring|Evean|Rivas Zorggroep|Sevagram|Parnassia|GGZ Oost Brabant|"
        "Mondriaan|Zuyderland Thuiszorg"
    ),
    "date_en": _split("March 3|12 April 2025|Friday 7 June|1 October|January 15|2025-02-19|the 14th"),
    "weekday_en": _split("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "month_en": _split("January|March|May|July|September|November"),
    "slot_en": _split("8 and 12|8:00-12:00|1 pm and 5 pm|noon and 4"),
    "firm_mail": _split("buurtzorg.nl|parnassia.nl|mondriaan.eu|ggzoostbrabant.nl|vivent.nl|noorderboog.nl"),
    "brand": _split("Fritz!Box|Sagemcom|Bosch|Shimano|Bafang|Peugeot|Kia|Ducati|Auping|Montèl|Paylogic|Garmin"),
    "product": _split(
        "Fritz!Box 7590|Sagemcom F@st 5670|Sparta M8b|Gazelle Grenoble C7|Stromer ST3|Batavus Dinsdag|"
        "Bosch Performance Line CX|hoekbank Milaan|boxspring Royal Deluxe|eettafel Sarah|fauteuil Hendrik|"
        "Ziggo Mediabox Next|wifi-versterker|Auping Cresta"
    ),
    "model": _split(
        "Peugeot 208|Toyota Yaris Cross|Kia Niro EV|Renault Clio V|Volkswagen Polo|Hyundai Kona|Tesla Model 3"
    ),
    "city": _split(
        "Hoorn|Enkhuizen|Zaandam|Wormerveer|Tiel|Culemborg|Geldermalsen|Tilburg|Eindhoven|Helmond|Maastricht|"
        "Heerlen|Sittard|Venray|Franeker|Drachten|Harlingen|Zwolle|Purmerend|Medemblik"
    ),
    "city_be": _split("Hasselt|Genk|Tongeren|Brugge|Kortrijk|Roeselare|Oostende|Ieper"),
    "amount": _split("€ 49,95|€12,50|EUR 1.249,00|€ 375|€ 2.099,-|€ 8,75|€ 129,00|€0,99|185 euro|€ 64,30"),
    "date": _split("3 maart|12-04-2025|vrijdag 7 juni|28/11|1 oktober 2024|15 januari|2025-02-19|14 augustus"),
    "time": _split("08:00|9.15 uur|13:30|half vier|17:45|07.30|10 uur|21:00"),
    "slot": _split("08:00-12:00|12.00 en 16.00 uur|13:00 - 17:00|7 en 13 uur|9 en 13 uur|18:00-21:00"),
    "weekday": _split("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "month": _split("januari|maart|mei|juli|september|november"),
    "count": _split("2|3|4|6|8|11|14|20|35"),
    "km": _split("84.512|132 410|9.870|201.003|57 300"),
    "speed": _split("1 Gbit/s|500 Mbit/s|2 Gb|100 Mbit|4 Gbit/s"),
    "code": _split("E-404|ERR 0x1F|LOS|PON-3|F21|WB-7|C-12|500 Internal|P0420|SRV-3812"),
    "order": _split("ORD-2025-004812|#100238|WO-55821|BST 7731902|240918-A|TS-88K3QZ|SO-120045"),
    "ticket": _split("INC0048211|zaak 2025-1187|TCK-22041|#58120|klacht K-3391|melding 7741"),
    "company_phone": _split("0800-0222|088 123 45 00|085 210 33 00|0900-8844|+32 78 05 05 05|088-5566770|14 020"),
    "shop": _split(
        "Fietsenmaker De Spaak|Rijwielhandel Van Hulst|Tweewielers Kuipers|Meubelhuis Fris|Bakkerij Van Loon|"
        "Garage De Wit B.V.|Autoschade Hendriks|Wonen bij Hoogenboom|Rijschool Anneke"
    ),
    "street": _split(
        "Willem Barentszstraat|Johan Cruijff Boulevard|Anne Frankstraat|Burgemeester Kessensingel|Prins Bernhardlaan|"
        "Pieter Zeemanweg|Marie Curieweg|Dr. Nolenslaan"
    ),
    "venue": _split(
        "Ziggo Dome|Afas Live|TivoliVredenburg|Paradiso|Philips Stadion|Abe Lenstra Stadion|Koning Willem II Stadion"
    ),
    "festival": _split(
        "Pinkpop|Lowlands|Pukkelpop|Graspop|Zwarte Cross|Down The Rabbit Hole|Mysteryland|Rock Werchter"
    ),
    "club": _split(
        "SC Heerenveen|AZ|Telstar|Willem II|VVV-Venlo|FC Volendam|Roda JC|Club Brugge|KRC Genk|ZVV 't Knooppunt"
    ),
}
