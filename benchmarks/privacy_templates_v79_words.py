"""Ordinary (never labelled) words of test_v79, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v79"] = {
    "firm": _semi(
        "Dialysecentrum Noord; Nierstichting; Zorgvervoer Regio Oost; Taxi Van Gelder; Valys; VvE Beheer Nederland; "
        "MVGM; Vesteda; Bruidsmode Marjolein; Pronovias; Suitsupply; Maatkleding Van Dijk; Faunafonds; "
        "Sportvisserij Nederland; KNJV; Aquarium Speciaalzaak De Koraalvis; Reptielenhuis Kameleon; Dibevo; "
        "Tolkcontact; Tolkenbureau Handtaal; Stichting Au Pair Holland; AFS Interculturele Programma's; "
        "Hörmann; Novoferm; Garagedeurenbedrijf Smit; Pianotransport Steinbach; Orgelmakerij Flentrop; "
        "Bureau Bodemzorg; Asbestinventarisatie Nederland; Ascert; Help Scout; Skype; Thuisbezorgd; Uber Eats; "
        "Flink; Albert Heijn; Gall & Gall; Steinway & Sons; Yamaha; Van der Valk"
    ),
    "city": _semi(
        "Apeldoorn; Zutphen; Deventer; Enschede; Groningen; Assen; Nijmegen; Tilburg; Eindhoven; Alkmaar; "
        "Haarlem; Delft; Gouda; Amersfoort; Gent; Antwerpen; Leuven; Brugge"
    ),
    "town": _semi("Lochem; Ommen; Dalfsen; Epe; Vorden; Harderwijk; Hellevoetsluis; Ootmarsum; Winterswijk; Bergeijk"),
    "town_be": _semi("Lokeren; Aalst; Mol; Geel; Tielt; Lier; Deinze; Zottegem"),
    "town_en": _semi("Aberystwyth; Bangor; Cardiff; Swansea; Carmarthen; Wellington; Auckland; Christchurch; Dunedin"),
    "town_de": _semi("München; Köln; Hamburg; Düsseldorf; Wien; Graz; Zürich; Bern; Münster"),
    "place": _semi(
        "het Isala Dialysecentrum; de Nierkliniek Sint Maarten; het Wilhelmina Ziekenhuis; de Beatrixhal; "
        "de Johan de Wittlaan; het Anne Frankplein; de Koningin Wilhelminaboulevard; de Pieter Calandlaan; "
        "de Thomas a Kempisstraat; het Concertgebouw; de Sint-Baafskathedraal; de Jacobikerk; de Veluwe; "
        "de Oostvaardersplassen; het Hollands Diep; de IJssel; Burgers' Zoo; het Marie Curie-gebouw"
    ),
    "product": _semi(
        "Hörmann LPU 42; Novoferm iso45; SupraMatic E; Somfy Dexxo Pro; Came BX-P; Yamaha U3; Steinway model B; "
        "Bechstein A 190; Hammond B-3; Johannus Studio 150; Juwel Rio 180; Fluval Flex 123; Exo Terra 60x45x60; "
        "Oase BioMaster 350; trouwjurk 'Aurora'; driedelig pak Havana; smoking 'Lazio'; jachtgeweer Browning B525; "
        "werphengel Shimano FX; VISpas 2026; Eheim pompset; terrarium 120 cm"
    ),
    "code": _semi(
        "SC-5 asbestcertificaat; NEN 5707; NEN 2991; BRL SIKB 2000; artikel 5:113 BW; kamer 3.14; rit 17; "
        "tolkuren 2,5; module 4B; VvE-reglement art. 12; bouwjaar 1972; cat. 2 vuurwapen; CITES bijlage B; "
        "maat 38; lengte 152 cm; bak 240 liter; steiger 6; zone A; pallet 3; datumcode 2409"
    ),
    "ref": _semi(
        "conversation #88412; ticket 30917; order 2026-118204; rit 552031; factuur VvE-2026-041; "
        "rapport BZ-24-0917; zending 3SXYZ0045871; offerte OF-2026-112; fax 7/12; werkbon 4471"
    ),
    "public_phone": _semi(
        "0900-1234 567; 088 205 2000; 0800-0228; 14 020; +31 30 273 9111; 0900-9696; 088 330 4300; "
        "+32 2 555 55 55; 0800 7090; +44 29 2082 2000; 0800 800 301; 112"
    ),
    "bot": _semi("Nierbot; VvEtje; Sjaak de Sleutelbot; Poortwachter; Vinnie; Tolly; Aupie; Koko de Koerierbot; Tessa"),
    "date": _semi(
        "1 januari; 1 juli; 15 maart 2026; 30 juni 2025; 24-12-2025; 01-04-2026; 5 mei; Koningsdag; "
        "de meivakantie; 1 oktober; 31 december; Hemelvaartsdag; 2 februari 2026"
    ),
    "date_en": _semi("1 March; St David's Day; Waitangi Day; 25 April; 30/06/2026; the 1st of July; Boxing Day"),
    "time": _semi("06:45; 07.15 uur; 08:00; 09.30; 11:15; 13:00; 14.30 uur; 16:45; 17:00; 19.45"),
    "amount": _semi("€ 14,95; € 235,-; € 1.250,00; 89 euro; € 3,50; € 465; £60; NZ$ 120; € 12.400; € 0,42 per km"),
    "count": _semi("2; 3; 4; 5; 6; 7; 9; 11; 14; 20; 36; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday"),
    "month": _semi("januari; februari; maart; april; mei; juni; september; oktober"),
    "year": _semi("1931; 1958; 1964; 1972; 1978; 1985; 1993"),
}
