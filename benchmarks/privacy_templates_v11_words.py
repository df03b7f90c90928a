"""The ordinary words every `test_v11` template draws (`CLEAN_FILLERS["test_v11"]`): the firms, shops, insurers,
notaries, housing corporations, marketplaces, review sites and loyalty programmes a Dutch contact centre hears of,
towns of Friesland, Limburg, Brabant and elsewhere, storm names (which are names, but no one's personal data),
dates that are no birth dates, times, amounts, confidence scores, app versions, and the numbers that belong to a
case, claim, ticket, booking or flight, or to a company's switchboard. None of it is personal data.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_fillers_v11_pools import POOLS
from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOL = POOLS["test_v11"]
CLEAN_FILLERS["test_v11"] = {
    "city_nl": _POOL["city_nl"],
    "city_fy": _POOL["city_fy"],
    "city_li": _POOL["city_li"],
    "city_bb": _POOL["city_bb"],
    "city_be": _POOL["city_be"],
    "ticket": _bars("ZK-2025-04417|#558120|SR 00912-B|MELD-77310|case 2025/1183|TK 448 902"),
    "claim": _bars("S24-118093|SCH/2025/00771|SN 3390 1281|2024-ST-04410|claim 77-2031"),
    "pnr": _bars("K7XQ2L|PH3RTD|ZB9MWA|QLN4VE"),
    "flight": _bars("KL1287|HV6011|TB1922|OR341|KL0734|U27815"),
    "train": _bars("3037|Intercity 1751|Sprinter 6338|ICE 123|Intercity direct 1047"),
    "time": _bars("08:52|9.10 uur|kwart over tien|11:37|13.05 uur|half vier|16:48|19:20"),
    "chat_time": _bars("08:52|10:07|11:41|13:26|16:03|21:15"),
    "time_en": _bars("8.52am|9:10|quarter past ten|11:37|1pm|half past three|16:48"),
    "conf": _bars("0,42|0,61|0,38|0,87|0,55|0,29"),
    "conf_en": _bars("0.42|0.61|0.38|0.87|0.55"),
    "version": _bars("8.4.1|12.0.3|5.22|3.1.0 (build 884)|24.3"),
    "date": _bars(
        "3 februari|vrijdag 17 januari|12-02-2025|1 april|maandag 6 oktober|28 juni 2025|21-01-2024|eind augustus"
    ),
    "date_en": _bars("3 February|Friday 17 January|12/02/2025|1 April|Monday 6 October|28 June 2025"),
    "date_long": _bars(
        "tweeëntwintig januari tweeduizend vijfentwintig|vier maart tweeduizend vijfentwintig|"
        "zestien oktober tweeduizend vierentwintig"
    ),
    "month_en": _bars("January|April|July|October"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday"),
    "storm": _bars("Ciarán|Eunice|Poly|Henk|Isha|Conall|Darragh"),
    "amount": _bars("€ 348,12|€ 75|€ 1.180,00|€ 19,95|€ 412,50|€ 2.600|€ 6,80|€ 89,99"),
    "amount_en": _bars("€348.12|€75|€1,180|€19.95|£412.50"),
    "webshop": _bars("Coolblue|Wehkamp|Bol|Fonq|Kees Smit Tuinmeubelen|Pieter Pot|Lampenlicht.nl|Sportsdirect"),
    "review_site": _bars("Trustpilot|Kiyoh|Klantenvertellen|Google Reviews|Feedback Company"),
    "marketplace": _bars("Marktplaats|2dehands|Vinted|Facebook Marketplace|Tweedehands.nl"),
    "loyalty": _bars("Bonuskaart|Extra|Air Miles|Kruidvat Club|Gall & Gall|Plus Punten|Praxis Plus"),
    "insurer": _bars("Univé|a.s.r.|Achmea|De Goudse|Klaverblad|Nationale-Nederlanden|OHRA|Allianz Direct"),
    "firm": _bars(
        "Transport Van Eerd|Expertisebureau Vrancken|MKB Advies Limburg|Schadeherstel Friesland|Bouwbedrijf De Kempen"
    ),
    "firm_phone": _bars("058 212 44 00|043-3504400|088 250 1000|0413 24 18 00|076-5301300"),
    "notary": _bars("Hofstra Notarissen|Notariskantoor Peelland|Notariaat Heuvelland|Van Esch & De Laat Notarissen"),
    "corporation": _bars("Woonstichting De Kempen|Elkien|Wonen Zuid|Thuis Limburg|Area Wonen|Woonbedrijf"),
    "bank_brand": _bars("Rabobank|ING|ABN AMRO|SNS|ASN Bank|Triodos|bunq|Knab"),
    "hospital": _bars(
        "Jeroen Bosch Ziekenhuis|Máxima MC|Antonius Sneek|Zuyderland|Tjongerschans|Catharina Ziekenhuis|"
        "VieCuri|Anna Ziekenhuis"
    ),
    "bic": _bars("RABONL2U|INGBNL2A|ABNANL2A|SNSBNL2A|TRIONL2U|BUNQNL2A"),
    "company_mail": _bars("klantenservice@coolblue.nl|schade@unive.nl|info@hofstranotarissen.nl|noreply@bol.com"),
    "kvk": _bars("KvK 17084561|KvK-nummer 14092277|KvK 52318890"),
    "count": _bars("2|3|4|6|11|14"),
}
