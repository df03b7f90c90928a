"""Ordinary (never labelled) words of test_v38, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


CLEAN_FILLERS["test_v38"] = {
    "firm": _split(
        "Bakkerij Van der Linde|Bloemsierkunst Marijke Veldman|Uitvaartzorg Henk Jonker|Waterbedrijf Noordoost|"
        "Incassobureau Dekker & Zn.|Kinderopvang Pippeloentje|Lotte Kinderopvang|Jansen Thuiswerk IT|"
        "Bosman Incasso|Van Houten Leidingwerk|Theaterbureau Wim Sonneveld|Evides|Vitens|Intrum|De Waterlelie"
    ),
    "product": _split(
        "GlobalProtect|Citrix Workspace|Microsoft Teams|Dell Latitude 5440|ThinkPad T14|Authenticator-app|"
        "Oma's appeltaart|Rouwkrans Juliana|Boeket Vincent|Sachertorte|Tompouce|Bossche bol|Zoom"
    ),
    "place": _split("Zwolle-Zuid|Kanaleneiland|Hoograven|Oranjestad|Noord|Gent-Centrum|Lewisham|Amersfoort-Vathorst"),
    "city": _split("Groningen|Assen|Deventer|Tilburg|Maastricht|Gent|Leuven|Oranjestad|San Nicolas|Cardiff|Leeds"),
    "nlcity": _split("Groningen|Assen|Deventer|Tilburg|Maastricht|Zwolle|Leeuwarden|Helmond|Gouda|Emmen"),
    "event": _split(
        "Annie M.G. Schmidt-avond|Toon Hermans Gala|Hamlet|De Notenkraker|Herman Finkers Live|Shakespeare in Love|"
        "Sinterklaasintocht|Koningsdag|Carnaval Aruba|Burns Night|Open Dag"
    ),
    "building": _split(
        "Theater Carré|Stadsschouwburg|De Doelen|Chassé Theater|Anne Frankhuis|Johan Cruijff ArenA|"
        "Kindcentrum Maria Montessori|Uitvaartcentrum De Rozenhof|Royal Albert Hall|Vondelkerk"
    ),
    "date": _split("12-03-2026|3 april|14/02/2026|2026-05-09|1 juli|22 November|31-12-2025|9 June"),
    "time": _split("08:14|09:02|12:47|16:30|19:55|21:08|07:41"),
    "weekday": _split("maandag|dinsdag|Woensdag|donderdag|Vrijdag|Monday|Thursday|Saturday"),
    "month": _split("januari|maart|mei|September|oktober|April|December"),
    "amount": _split("€ 37,50|€1.284,16|412 euro|€ 89,-|£ 64.20|AWG 150|€ 12.500|85 pond"),
    "order": _split("BK-77120|#500318|ORD-2026-0412|R-4471|W184452|BL/2026/118"),
    "invoice": _split("F2026-00871|2025.1184|INV-88213|F-0031942|VN/2026/77"),
    "ticket": _split("HD-40112|31877|TKT-2026-5521|ZD-118203|SR0091823|KRT-880122"),
    "tracking": _split("3SABCD1234567|JVGL0612345678901234|CZ123456789NL|00340434161234567890|1Z999AA10123456784"),
    "company_phone": _split("088 - 123 4567|0800-0231|+31 20 555 0199|(050) 368 11 00|0900-1234|+297 582 4400"),
    "mailbox": _split(
        "klantenservice@waterbedrijf-noord.nl|servicedesk@thuiswerk-it.nl|kassa@stadsschouwburg.nl|"
        "bestellingen@bakkerij-vanderlinde.nl|regelingen@incasso-dekker.nl|info@pippeloentje.nl"
    ),
    "meter": _split("WM-08-114532|17Z334412|meternummer 09281773|MTR 2019-004417|5H0012993"),
    "kvk": _split("KvK 60341872|KvK-nummer 12034456|BTW NL001234567B01|ondernemingsnummer 0456.123.789"),
    "session": _split("482 913 771|TV-1 230 884 512|AX7-KP2|991 004 223"),
    "laptop": _split("NB-2231|LT-HW-0098|asset 440012|SN 5CG2341XYZ|HP-EB-7719"),
    "pay": _split("iDEAL|Bancontact|Apple Pay|PayPal|Tikkie|AfterPay|Maestro"),
    "holiday": _split("Hemelvaartsdag|Tweede Pinksterdag|Dia di Betico|Goede Vrijdag|Boxing Day|Koningsdag"),
    "count": _split("twee|drie|4|zes|12|eleven|three"),
}
