"""Ordinary (never labelled) words of test_v85, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v85"] = {
    "firm": _semi(
        "Ballonvaart Zeeland; Hot Air Holland; Dutch Balloon Company; Valkerij De Zwarte Wouw; Roofvogelshow "
        "Falconcrest; COA; Centraal Orgaan opvang asielzoekers; AZC Middelburg; Studentensport Leeuwarden; "
        "ACLO; USC; Zaadbank Nij Geertgen; Spermabank Noord; Steigerverhuur Kodde; Layher Verhuur; Altrex; "
        "Brouwland; Hopshop Friesland; De Brouwmarkt; Karting Zeeland; Circuit Park Berghem; Kartcentrum Lelystad; "
        "Riksja Amsterdam; Fietstaxi Middelburg; Trikke Taxi; Zeeuwse Rederij; Sportvisserij Goeree; Kayako"
    ),
    "city": _semi(
        "Middelburg; Vlissingen; Goes; Zierikzee; Terneuzen; Leeuwarden; Sneek; Dokkum; Harlingen; Bolsward; "
        "Amsterdam; Utrecht; Groningen; Gent; Brugge; Lahore; Karachi; Kampala; Birmingham"
    ),
    "town": _semi("Veere; Domburg; Yerseke; Brouwershaven; Workum; Stavoren; Franeker; Burgh-Haamstede; Sluis"),
    "place": _semi(
        "de Jonkheer Bohemenweg; het Abdijplein; de Lange Jan; het Pier Pander Museum; de Oldehove; "
        "de Zeelandbrug; de Oosterscheldekering; het Mata Hari-beeld; het Bellamypark; de Michiel de Ruyter-haven; "
        "het Prins Hendrik Sportpark; de Willem-Alexanderhal; het Johan Frisokanaal; de Beatrixsluis"
    ),
    "product": _semi(
        "ballonvaart 'Zonsondergang'; cadeaubon Ballonvaart Duo; valk-ervaring 30 min; uilenworkshop; "
        "sportpas Brons; sportpas Goud; rolsteiger 5,2 m; steigerplank 3 m; kamersteiger Altrex RS 44; "
        "moutpakket IPA; gist US-05; hop Cascade 100 g; gistingsvat 30 l; kart 270 cc; kinderkart 120 cc; "
        "riksjarit 30 min; fietstaxi arrangement; hengel Shimano 2,7 m; halve dag wrakvissen; makreelvaart"
    ),
    "code": _semi(
        "PH-BOZ; PH-HAL; SKU 44210-IPA; art. 7731.12; model RS44-5; gist US-05; hop HBC 630; baan 2; heat 4; "
        "kart 17; steiger C; ligplaats 12; vlucht 3; EAN 8712345678906; kamer 2.14; unit B; locatie Vlissingen-Oost"
    ),
    "ref": _semi(
        "ticket #71204; Kayako #KY-55012; bestelling 2025-118340; order BR-40211; factuur 2025/0831; "
        "boeking VL-7715; rit 2024-1182; zending 3SBRW0091234; batch 2207; kortingscode HOP15; voucher BALLON25"
    ),
    "public_phone": _semi(
        "0800-0211; 088 715 8000; 0900-8844; 14 0118; 0118 412 300; +31 88 715 80 00; 0900-2022; 112; 0800 1351; "
        "+32 78 15 00 45; 0800-6060"
    ),
    "bot": _semi("Valkje; Ballie; Brouwbot; Kartie; Riksje; Vissie; Sporty; Steiger-Sam; Hoppie; Wolkje"),
    "date": _semi(
        "1 mei; 14 juni 2025; 2 augustus; 31 maart 2026; 15-07-2025; 30/09; Koningsdag; de zomervakantie; "
        "Hemelvaartsdag; 5 mei; 1 oktober 2024; tweede pinksterdag"
    ),
    "date_en": _semi("1 May; 14 June 2025; 30/08/2025; Eid; the 3rd of August; Easter Monday; 12 July"),
    "time": _semi("06:15; 06.45 uur; 07:00; 09:30; 11.00; 13:15; 16:00 uur; 18.30; 19:45; 20:30"),
    "amount": _semi(
        "€ 199,-; € 249,00; €35,50; € 12,95; € 1.250,00; 85 euro; € 7,50 per dag; € 42,-; £60; € 3,95; € 310,00"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 15; 20; 30; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
