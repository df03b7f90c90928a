"""The ordinary words every `test_v34` template draws (`CLEAN_FILLERS["test_v34"]`): driving schools, CBR exam
centres, funeral insurers and crematoria, parking zones, meal services and dishes, donation platforms and
campaigns, orthodontic practices and braces, plus order, invoice and ticket numbers, amounts, non-birth dates,
company phone numbers and mailboxes. Several firms and places carry a person's name; none of it is personal
data. Written by someone who never saw the redaction rules."""

from __future__ import annotations

import random

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_RNG = random.Random(34034)


def _numbers(pattern: str, count: int = 12) -> list[str]:
    """`#` becomes a digit, `@` an upper-case letter."""
    letters = "ABCDEFGHKMNPRSTVWXZ"
    return [
        "".join(str(_RNG.randint(0, 9)) if c == "#" else _RNG.choice(letters) if c == "@" else c for c in pattern)
        for _ in range(count)
    ]


CLEAN_FILLERS["test_v34"] = {
    "school": _bars(
        "Rijschool Van der Veen|Autorijschool Henk Brinkman|Rijschool De Vlotte Start|Verkeersschool Ter Horst|"
        "Rijschool Gerrit Jansen & Zn.|Rijopleidingen Anne de Vries|Rijschool Stuurvast|Autorijschool Marco Polo"
    ),
    "car": _bars("Volkswagen Polo|Toyota Yaris|Kia Picanto|Peugeot 208|Renault Clio E-Tech|Opel Corsa|Mini Cooper"),
    "exam": _bars("praktijkexamen|tussentijdse toets|theorie-examen|faalangstexamen|herexamen|spoedexamen"),
    "cbr": _bars("CBR Hengelo|CBR Zwolle|CBR Venlo|CBR Rijswijk|CBR Nijmegen|CBR-locatie Eindhoven"),
    "insurer": _bars(
        "DELA|Monuta|Yarden|Ardanta|Uitvaartzorg Hans Verhoeven|Uitvaartverzorging Gerrit Tuinman|Natura Uitvaart"
    ),
    "funeral": _bars("crematie|rouwkaarten|koffietafel|opbaring thuis|afscheidsdienst|asbestemming|rouwauto"),
    "crematorium": _bars(
        "Crematorium De Lindehof|Crematorium Ter Navolging|Uitvaartcentrum Van Maurik|Crematorium Westerveld|"
        "Crematorium Slangenbeek|Aula Johannes Post"
    ),
    "town": _bars("Enschede|Hengelo|Haarlem|Venlo|Gent|Breda|Kerkrade|Oldenzaal|Antwerpen|Gronau|Winterswijk"),
    "zone": _bars("zone B2|vergunninggebied Centrum-Oost|parkeerzone Binnenstad|zone H-Noord|sector 4|zone Lasonder"),
    "permit": _bars(
        "bewonersvergunning|bezoekersvergunning|mantelzorgvergunning|bedrijfsvergunning|gehandicaptenparkeerkaart"
    ),
    "mealservice": _bars(
        "Tafeltje-dekje De Zonnebloem|Maaltijdservice Willem Smit|Apetito|Uitgekookt Thuis|Maaltijddienst Oma Truus|"
        "Mevrouw Bakker's Keuken"
    ),
    "dish": _bars(
        "hachee met rode kool|zoutarme boerenkoolstamppot|gestoomde kabeljauw|macaroni zonder kaas|"
        "kippenpoot met appelmoes|vegetarische lasagne|Hollandse erwtensoep|Zeeuwse mosselen"
    ),
    "diet": _bars("zoutarm|glutenvrij|gemalen|diabetesvriendelijk|lactosevrij|vloeibaar|eiwitverrijkt"),
    "platform": _bars("GoFundMe|Doneeractie.nl|Whydonate|Kentaa|Geef.nl|Steunactie.be|Betterplace"),
    "campaign": _bars(
        "Alpe d'HuZes|Rolstoelbus voor de Zonnebloem|Speeltuin Het Kraaiennest|Team Ronald McDonald Huis|KiKa Loop|"
        "Johan Cruyff Foundation Actie|Hospice Anna Maria|Stichting Vincent van Gogh Huis|Buurthuis De Kromme Jan"
    ),
    "ortho": _bars(
        "Orthodontiepraktijk Dr. Brouwer|Ortho Centrum Twente|Beugelpraktijk Sanne de Graaf|Orthodontie De Glimlach|"
        "Tandheelkundig Centrum Van Houten|Orthodontie Maas & Waal"
    ),
    "brace": _bars("Invisalign|slotjesbeugel|plaatbeugel|retainer|Damon-beugel|buitenboordbeugel|activator"),
    "healthins": _bars("Menzis|CZ|Zilveren Kruis|VGZ|DSW|ONVZ|Christelijke Mutualiteit|AOK|Salland"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "day": _bars("Monday|Tuesday|Thursday|Friday|Saturday"),
    "clock": _bars("08:15|9.30|10:45|13u30|14:00|15.20|16:50|19:00"),
    "date": _bars(
        "12 maart|3 juni 2026|vrijdag 14 november|1 januari|29-04-2026|15/09|31 december|2 februari 2027|"
        "18 July|7 August 2026"
    ),
    "month": _bars("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "amount": _bars("€ 62,50|€1.240,00|EUR 89,95|€ 7,45|€ 3.950|€ 52|35 euro|£ 18.40|€ 415,-|€ 12,80 per maaltijd"),
    "order": _numbers("ORD-2026-#####") + _numbers("#########", 4) + _numbers("B@-######", 4),
    "invoice": _numbers("F2026-####") + _numbers("FACT ######", 4) + _numbers("2026.#####", 4),
    "ticket": _numbers("#######", 6) + _numbers("ZD-######", 4) + _numbers("INC-#####", 4),
    "quote": _numbers("OFF-##-####", 6) + _numbers("Q#####", 4),
    "batch": _numbers("LOT ####-@@", 6) + _numbers("charge ######", 4),
    "kvk": _numbers("########", 8),
    "vat": _numbers("NL#########B01", 6) + _numbers("BE0#########", 3),
    "company_phone": _bars(
        "088 - 020 30 40|0800-0231|0900-1234567|053 480 20 00|+31 88 556 77 00|078 - 632 44 00|"
        "+32 9 265 83 00|0800 022 11 22"
    ),
    "mailbox": _bars(
        "info@rijschoolvanderveen.nl|klantenservice@uitvaartzorg-verhoeven.nl|parkeren@enschede.nl|"
        "noreply@tafeltjedekje.nl|support@doneeractie.nl|planning@orthocentrumtwente.nl|facturen@monuta.example|"
        "helpdesk@whydonate.example"
    ),
    "lesson": _bars("20|25|30|35|40|45"),
    "word": _bars("Spoed|Let op|Graag|Bedankt|Welkom|Dringend|Fijn|Top|Helaas|Urgent"),
}
