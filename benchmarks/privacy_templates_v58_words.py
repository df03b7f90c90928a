"""Ordinary (never labelled) words of test_v58, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split("/") if item.strip()]


CLEAN_FILLERS["test_v58"] = {
    "wa_stamp": _list(
        "12-03-26 09:14:55 / 03-11-25 17:02:08 / 28-01-26 07:45:31 / 15-06-25 21:30:00 / 02-02-26 12:00:47"
    ),
    "time": _list("08:15 / 9.30 uur / 10u / 13:45 / half vier / 16.00 / 18:20 / 7 am / 22.15"),
    "date": _list("12 maart / 3-4-2026 / 1 september / 14/11 / maandag 6 januari / 31-08-2025 / 2 June / 17 mei"),
    "weekday": _list("maandag / dinsdag / woensdagmiddag / donderdag / vrijdag / zaterdag / Monday / Friday"),
    "month": _list("januari / april / augustus / oktober / December"),
    "year": _list("2025 / 2026 / 2027"),
    "holiday": _list("Koningsdag / Hemelvaartsdag / Tweede Pinksterdag / Kerstmis / Suikerfeest / Keti Koti / Easter"),
    "amount": _list("€ 18,75 / € 2.530 / 385 euro / € 0,00 / EUR 1.245,50 / € 95,- / £ 60 / € 12 per maand"),
    "count": _list("2 / 3 / vier / 5 / zes / 10 / 12 / 24"),
    "period": _list("3 / 4 / 7"),
    "size": _list("12 / 18,5 / 30 / 45"),
    "city": _list(
        "Katwijk / Bunschoten-Spakenburg / Staphorst / Venlo / Kerkrade / Den Helder / Leiden / Amersfoort / "
        "Zwolle / Heerlen / Sittard / Alkmaar / Lelystad / Almere / Rotterdam / Nijmegen"
    ),
    "city_upper": _list("KATWIJK / VENLO / DEN HELDER / KERKRADE / ZWOLLE"),
    "city_be": _list("Geel / Mol / Herentals / Turnhout / Aalst / Sint-Niklaas / Lokeren / Dendermonde"),
    "abroad": _list("Paramaribo / Oranjestad / Philipsburg / Nador / Diyarbakır / Mogadishu / Asmara / Lagos / Accra"),
    "pharmacy": _list("De Vijzel / Zeezicht / Het Witte Kruis / Mosae / De Linde / Service Apotheek Spakenburg"),
    "medicine": _list("omeprazol 20 mg / metformine 500 mg / salbutamol inhalator / Eliquis 5 mg / Seretide"),
    "aid": _list(
        "rollator / Topro Troja / ResMed AirSense 11 / Philips DreamStation / Phonak Audéo Lumity / "
        "Oticon Intent / scootmobiel / douchestoel / steunkousen / CPAP-apparaat / hoog-laagbed"
    ),
    "article": _list("RL-4471-GR / 802.113 / TT-M-BLK / AS11-EU / 40012-03"),
    "zi": _list("14820226 / 16034236 / 15500357"),
    "route": _list("Noord-3 / R12 / Katwijk-Oost / Kerkrade B"),
    "order": _list("ORD-2026-004418 / 7731190 / WEB-88213 / SO-51002 / #100234"),
    "carrier": _list("PostNL / DHL / een eigen bezorger / Bpost / DPD"),
    "firm": _list(
        "Medipoint / Vegro / Welzorg / Beter Horen / Schoonenberg / Zilveren Kruis / Menzis / CZ / VGZ / "
        "De Friesland / Univé / Mondial Movers / Verhuisbedrijf De Haas / Shurgard / Nedap / Verisure / "
        "Ajax Systems / Vesteda / Oost-Nederland VvE Beheer / Connexxion / Transvision"
    ),
    "insurer": _list("Zilveren Kruis / Menzis / CZ / VGZ / ONVZ / DSW / Zorg en Zekerheid / CM / Helan"),
    "package": _list("Aanvullend 3 / Extra Zorg Plus / Basis Budget / Top 4 sterren / AV-Compact"),
    "claim": _list("DCL-2026-33810 / 40917723 / D-77301 / 2025/118893"),
    "form": _list("M-114 / Machtiging Hulpmiddelen 2026 / HM-04"),
    "practice": _list(
        "Fysio Zeezicht / Fysiotherapie Staphorst / Dietistenpraktijk Mosae / Huisartsenpraktijk De Brink / "
        "Gezondheidscentrum Oude Rijn / Fysio Kempen"
    ),
    "appt": _list("AFS-2291 / 55102 / #8841"),
    "agb": _list("04-067321 / 01-059882"),
    "hospital": _list(
        "Alrijne Leiden / Meander MC / Isala Zwolle / VieCuri Venlo / Zuyderland Heerlen / Noordwest Den Helder / "
        "Máxima MC / Sint-Elisabethziekenhuis Herentals / AZ Sint-Blasius / Prinses Máxima Centrum"
    ),
    "programme": _list(
        "HBO-V / Bachelor Psychologie / MBO Verzorgende IG / Pabo / International Business / Master Law"
    ),
    "course": _list("STAT-1012 / Anatomie 2 / Wiskunde B / BIO-2A / Academic English"),
    "room": _list("B1.14 / Gorlaeus C3 / Educatorium Beta / H-0.22"),
    "school_class": _list("3B / 2HA / 4 vwo / groep 7 / M2a"),
    "brin": _list("04QT / 21PN / 00LP"),
    "school": _list("het Pieter Groen College / Hogeschool Leiden / het Greijdanus / Zuyd Hogeschool"),
    "team": _list("JO11-2 / MO13-1 / JO9-4 / O15 / de H1 / JO17-1 / Dames 2"),
    "club": _list("Quick Boys / VV Katwijk / IJsselmeervogels / SV Spakenburg / VVV-Venlo / Roda JC / KFC Lommel"),
    "season": _list("2025-2026 / 2026/27"),
    "match": _list("178233 / JO11-2 thuis / 26-0412"),
    "weather": _list("onbespeelbare velden / storm / onweer"),
    "ride": _list("RT-882301 / 4471920 / V-30128 / 20260312-114"),
    "taxi": _list("Taxi Katwijk / Taxicentrale Venlo / Willemsen Touringcars / Munckhof / Taxi Noord-Kennemerland"),
    "station": _list("Leiden Centraal / Amersfoort Centraal / Venlo station / Schiphol Plaza"),
    "public_street": _list(
        "Willem de Zwijgerlaan / Burgemeester Damenlaan / Julianaplein / Prins Bernhardplein / Wilhelminastraat / "
        "Anne Frankplein"
    ),
    "quote": _list("OFF-26-0912 / Q-44127 / 2026-0117"),
    "box": _list("B-214 / 3.07 / unit 41C"),
    "locksmith": _list("Slotenservice Kempen / SOS Sleutels / Locky Venlo / Sleutelspecialist Den Helder"),
    "lock": _list("Nemef / DOM Plus / ABUS / Lips / Mul-T-Lock"),
    "alarm": _list("Verisure / Ajax Hub 2 / Nedap / Eldes / Risco"),
    "error": _list("E07 / 0x1F / A-22 / 301"),
    "certificate": _list("C-77412 / K 08812"),
    "vve": _list("VvE De Zeemeeuw / VvE Parkhof / VvE Maaszicht / VvE Stadhouderskade Blok C / VvE Het Baken"),
    "venue": _list("het buurthuis De Brink / zaal 2 van het Trefpunt / Teams"),
    "ticket": _list("INC0045821 / TCK-77102 / #33019 / SR-2026-1182"),
    "subject": _list(
        "bezorging medicatie te laat / vergoeding rollator / wijziging collegegeld / contributie jeugdleden / "
        "klacht taxirit / schade na verhuizing / sleutel kwijt / storing alarm / servicekosten VvE"
    ),
    "role_mail": _list("declaraties@menzis.nl / info@vvebeheer-oost.nl / studentdesk@hsleiden.nl / zorg@vgz.nl"),
    "org_phone": _list("0900-1400 / 088 222 40 40 / 071 527 00 00 / 0800-0022 / 088-8776655 / 112"),
    "pickup": _list("PostNL-punt Primera / Bpost-punt / Plus Spakenburg / Jumbo Kerkrade"),
    "bay": _list("P-12 / 47 / B08"),
    "expiry": _list("08/27 / 11/28 / 03/29"),
}
