"""Ordinary (never labelled) words of test_v110, registered in the shared `CLEAN_FILLERS`: firms, towns, places,
products, public codes and numbers, bots, pets, dates, times, amounts and call time stamps."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v110"] = {
    "firm": _semi(
        "Dierenkliniek Walcheren; Boels Verhuur; Westerschelde Ferry; Zorgstroom; Van Bruggen Adviesgroep; "
        "VV Yerseke; Muziekschool Zeeland; Intersport Rent; Albelli; het Energieloket; Freshdesk"
    ),
    "vet": _semi(
        "Dierenkliniek Walcheren; AniCura Emmen; Evidensia Goes; Dierenartsenpraktijk De Hondsrug; "
        "Dierenkliniek Oostkust; Dierenartsenpraktijk Dokter Snuffel"
    ),
    "rental": _semi("Boels Verhuur; Kiloutou; Gereedschapshuur Zeeland; Huurpunt Emmen; Verhuurcentrum Brugge"),
    "ferry": _semi("Westerschelde Ferry; Stena Line; Irish Ferries; DFDS; P&O Ferries; Brittany Ferries"),
    "adviser": _semi(
        "Van Bruggen Adviesgroep; De Hypotheker; Hypotheekhuis Meppel; Hypotheekvisie Goes; Huis & Hypotheek"
    ),
    "club": _semi("VV Yerseke; Hockeyclub Emmen; KSV Diksmuide; Korfbalclub Borger; Tennisclub Domburg"),
    "school": _semi(
        "Muziekschool Zeeland; Kunstacademie Roeselare; Muziekschool Assen; het Muziekhuis Zierikzee; ICO Drenthe"
    ),
    "skishop": _semi("Intersport Rent; SnowWorld Landgraaf; Skiverhuur De Piste; Sport 2000 Rent; Skishop Poolster"),
    "photo": _semi("Albelli; CEWE; Smartphoto; HEMA Foto; Kruidvat Fotoservice; Fotolab Middelburg"),
    "energy": _semi("RVO; Fluvius; het Energieloket; Mijn VerbouwLoket; de gemeente; het Drents Energieloket"),
    "town": _semi(
        "Middelburg; Vlissingen; Goes; Zierikzee; Terneuzen; Hulst; Domburg; Yerseke; Assen; Emmen; Meppel; "
        "Hoogeveen; Coevorden; Borger; Westerbork; Beilen"
    ),
    "town_zl": _semi("Middelburg; Vlissingen; Goes; Zierikzee; Terneuzen; Hulst; Domburg; Yerseke; Kapelle; Sluis"),
    "town_dr": _semi("Assen; Emmen; Meppel; Hoogeveen; Coevorden; Borger; Westerbork; Beilen; Roden; Zuidlaren"),
    "town_be": _semi("Brugge; Oostende; Kortrijk; Roeselare; Ieper; Poperinge; Knokke; Diksmuide; Tielt; Veurne"),
    "town_ie": _semi("Cork; Galway; Limerick; Sligo; Ennis; Tralee; Drogheda; Clonakilty"),
    "town_en": _semi(
        "Cork; Galway; Limerick; Dublin; Sligo; Nairobi; Mombasa; Kisumu; Nakuru; Toronto; Halifax; Calgary; "
        "Winnipeg; Moncton"
    ),
    "place": _semi(
        "het Bellamypark; de Michiel de Ruyterstraat; het Frans Naereboutplein; de Boulevard Bankert; "
        "het Jan van Eyckplein; de Jan Breydelstraat; het Simon Stevinplein; het Drents Museum; de Hondsrug; "
        "de Veerhaven; het Abdijplein; de Zeelandbrug; het Koning Albert I-park; de Van Speijkstraat"
    ),
    "place_en": _semi(
        "St Stephen's Green; Uhuru Park; Kenyatta Avenue; Jomo Kenyatta Airport; Pearson Airport; the Bay of Fundy; "
        "Eyre Square; the English Market; Mount Pleasant Road; Horseshoe Bay terminal; Rosslare Europort"
    ),
    "tool": _semi(
        "Makita-boorhamer; Kärcher-hogedrukreiniger; Stihl-doorslijper; trilplaat van 90 kg; rolsteiger van 6 m; "
        "hoogwerker; betonmolen; tegelzaag; vloerschuurmachine; aanhangwagen"
    ),
    "tool_en": _semi("mitre saw; Honda generator; scaffold tower; floor sander; cement mixer; pressure washer"),
    "gear": _semi(
        "Atomic Redster 165 cm; Burton Custom 154; skischoenen maat 27.5; een helm maat M; snowboardboots maat 43; "
        "langlaufski's; een kinderset 110 cm"
    ),
    "gear_en": _semi(
        "a Rossignol ski set; a snowboard and boots; a junior ski package; touring skis; a helmet and goggles"
    ),
    "instrument": _semi("huurviool 3/4; Yamaha-altsax; digitale piano; klarinet; cello 1/2; ukelele; drumstel"),
    "print": _semi("fotoboek A4 liggend; canvas 60x40; 50 afdrukken 10x15; fotokalender 2026; poster 50x70"),
    "measure": _semi(
        "een warmtepomp; HR++ glas; spouwmuurisolatie; dakisolatie; een zonneboiler; vloerisolatie; "
        "een hybride warmtepomp"
    ),
    "code": _semi(
        "artikel 402.118; tarief T3; maatregel WP-01; route VLI-BRE; SKU 883-22; formulier 7B; lesblok L-3; "
        "afvaart 09.45; regeling ISDE 2025; prijslijst PL-2026; model FP-30X; klasse B2"
    ),
    "sku": _semi("402.118; 402.907; 515.230; 118.044; 733.610; 209.115; 55-0192; 7741-A; 883-22"),
    "mcode": _semi("SPW-01; DAK-02; VL-03; GL-04; WP-05; ISO-2026-B"),
    "sailing": _semi("DH-0815; RC-2130; RS-0900; CK-1745; IF-0845; W.B. Yeats 0930"),
    "public_phone": _semi(
        "0800-0230; 088 042 4242; 0900-8844; 14 0118; 14 0592; 0118 412 000; 078 15 15 15; 1800 250 120; "
        "0818 300 400; 1-888-223-3779; 0800 720 000; +32 50 44 80 00"
    ),
    "bot": _semi("Vetje; Veerbot; Klusbot; Hypo; Skibbe; Fotobot; Subsi; Notenbalk; Ballie; Snowy; Hoofdje"),
    "pet": _semi("Pluis; Bolleke; Rakker; Guus; Moos; Snoetje; Bruno; Luna; Max; Kiki; Ziggy; Doerak; Sam; Nala"),
    "species_en": _semi("cat; dog; rabbit; guinea pig; ferret; puppy; budgie"),
    "species": _semi("kat; hond; konijn; cavia; parkiet; fret; kater; pup"),
    "ticket": _semi("48213; 48190; 50771; 51236; 52019; 39920; 61184; 60032; 57715; 44908; 62310; 58127"),
    "stamp": _semi("00:00:04; 00:00:14; 00:00:31; 00:00:48; 00:01:07; 00:01:22; 00:01:39; 00:01:56"),
    "stamp2": _semi("00:02:03; 00:02:33; 00:02:41; 00:03:05; 00:03:19; 00:03:58; 00:04:02; 00:04:27"),
    "stamp3": _semi("00:04:31; 00:04:44; 00:05:12; 00:05:47; 00:06:20; 00:06:58; 00:07:09; 00:08:15"),
    "hours": _semi(
        "van 08.00 tot 17.00 uur; van 09:00 tot 12:30; van 13.30 tot 16.30 uur; van 07:30 tot 18:00; "
        "van 10:00 tot 16:00; van 08.30 tot 20.00 uur"
    ),
    "hours_en": _semi("between 8 am and 5 pm; between 9:00 and 12:30; from 7.30 to 6; between 10 and 4; 9 to 5"),
    "date": _semi(
        "1 januari; 14 maart 2026; 30 juni; 1 oktober 2025; 15-11-2025; Koningsdag; Tweede Paasdag; 31/12; "
        "2 februari 2026; 7 november; 18 april; 9 september"
    ),
    "date_en": _semi(
        "1 March; 30 June 2026; St Patrick's Day; Canada Day; Jamhuri Day; the 15th of August; 24 September; "
        "Thanksgiving Monday; 3 November 2025"
    ),
    "time": _semi("07:45; 08.30 uur; 09:00; 10:30; 11.15; 13:15; 14.45; 16:00; 17:20; 19:30; 20.00 uur; 21:05"),
    "amount": _semi("€ 4,50; € 7,95; € 12,50; € 18,95; € 24,99; 35 euro; € 42,-; € 59,00; € 89,00; 125 euro; € 149,-"),
    "sum": _semi("€ 250; € 925; € 1.249,00; € 1.850; € 2.400; € 3.000"),
    "amount_en": _semi("€65; €1,200; CAD 149.99; $45; KES 3,500; KSh 12,000; €19.99; C$20; €7.50; 2,000 shillings"),
    "amount_ie": _semi("€7.50; €12; €19.99; €25; €45; €65"),
    "amount_ca": _semi("C$20; CAD 34.99; $45; $65 plus tax; CAD 149.99; $12.50"),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 14; 20; 45"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
