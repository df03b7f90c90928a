"""Ordinary (never labelled) words of test_v92, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v92"] = {
    "firm": _semi(
        "Grafzorg Nederland; Stichting Rustoord; Uitvaartzorg De Linde; Attendo Alarmzorg; Zorgalarm Brabant; "
        "Pensionstal De Hoefslag; Manege Bosrand; Renova; Afvalstoffendienst Den Bosch; Sportclub Olympia; "
        "KV Mechelen; Hockeyclub Tilburg; Albelli; Hema Foto; Smartphoto; Kruidvat Fotoservice; "
        "Tandzorg Plus; DSW; Zilveren Kruis; Felyx; Check; GO Sharing; Bolt; Tier; Schoorsteenveger Van Dijk; "
        "Veegbedrijf De Haard; Rijksmuseum; Van Abbemuseum; MAS Antwerpen; Museum Plantin-Moretus; Help Scout"
    ),
    "city": _semi(
        "Antwerpen; Mechelen; Turnhout; Breda; Tilburg; Eindhoven; Den Bosch; Helmond; Oss; Roosendaal; "
        "Bergen op Zoom; Lier; Geel; Mol"
    ),
    "town": _semi("Boxtel; Oisterwijk; Goirle; Schoten; Brasschaat; Kapellen; Deurne; Veldhoven; Best; Uden"),
    "place": _semi(
        "het Jan van Besouwhuis; de Vincent van Goghstraat; het Willem II-stadion; de Rubenshuis-tuin; "
        "begraafplaats Schoonselhof; het Philips de Jonghpark; de Anne Frankschool; het Zuiderpark; "
        "de Koningin Julianabrug; het Jheronimus Boschplein; de Pieter Breughelzaal; het Sint-Annastrand"
    ),
    "product": _semi(
        "fotoboek A4 liggend; canvas 60x40; Polaroid-prints set van 24; alarmknop AK-300 halsketting; "
        "valdetector FD-2; rooster voor schoorsteenkap; gft-container 140 liter; papiercontainer 240L; "
        "Tandzorg Uitgebreid; Tandzorg 250; e-step Niu KQi3; helm maat M; stalbox 3x4; paddockpaspoort"
    ),
    "code": _semi("SKU 44-1098; art. 7781230; BX-240; FD2-EU; TZ250; KQI3-PRO; CANV-6040; ALB-A4L"),
    "ref": _semi("ORD-58213; RMA-22071; #A7731; T-2024-0418; GRF/2023/117; BEST-99012; 7781-XZ"),
    "public_phone": _semi(
        "0800-0234; 088 - 123 45 00; 076 529 10 00; 03 338 81 00; 0900-1450; 14 040; 078 15 16 17; "
        "+31 88 550 4000; 1800 022 222"
    ),
    "bot": _semi("Knopje; Hoefje; Scootie; Flits; Roetie; Gidsbot; Tandy; Grafje; Printie; Balbot"),
    "date": _semi(
        "1 januari; 15 maart 2024; 30-06-2025; maandag 4 november; 12/08; eind september; 1 april 2026; 31-12-2024"
    ),
    "date_en": _semi("1 July 2024; March 15; 30/06/2025; Monday 4 November; the end of September; 2 April"),
    "time": _semi("08:00; 08.30 uur; 09:15; 10u30; 13:00; 14.45; 16:00 uur; 19:30"),
    "amount": _semi("€ 12,50; €4,95; 35 euro; € 149,-; €1.250,00; 60 EUR; A$ 29.90; Rs 1,499; 450 baht"),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 20; 24; 30; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday"),
}
