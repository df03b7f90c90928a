"""Ordinary (never labelled) words of test_v107, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v107"] = {
    "firm": _semi(
        "Volkstuinvereniging De Groene Vingers; ATV Ons Buiten; Pianostemmerij Bösendorfer Service; Piano's Maene; "
        "Schoorsteenveegbedrijf Roetvrij; Kachel & Co; RideShare NL; Toogethr; BlaBlaCar; Bruidsmode Lotte; "
        "Atelier Wit & Kant; CBR; Rijschool Van Dijk; Aquariumwinkel Neon; Dennerle; JBL; Doeksen; TESO; "
        "Wagenborg; Orthodontiepraktijk Glimlach; Stadsschouwburg Brugge; Wilminktheater; Concertgebouw Brugge; "
        "Irish Ferries; SBS Transit; MTN Nigeria; Dangote; Bord Gáis Energy; DBS; NS; Arriva; Qbuzz"
    ),
    "city": _semi(
        "Enschede; Hengelo; Almelo; Oldenzaal; Borne; Haaksbergen; Assen; Emmen; Hoogeveen; Meppel; Coevorden; "
        "Brugge; Oostende; Blankenberge; Knokke-Heist; Lagos; Abuja; Ibadan; Athlone; Mullingar; Tullamore; "
        "Longford; Singapore; Harlingen; Den Helder"
    ),
    "town": _semi(
        "Losser; Delden; Ootmarsum; Tubbergen; Westerbork; Dwingeloo; Beilen; Zuidlaren; Sint-Kruis; Assebroek"
    ),
    "place": _semi(
        "de Willem Wilminkplein; het Rijksmuseum Twenthe; de Johan Willem Frisokazerne; het Van Heekpark; "
        "de Jan Breydelstraat; het Simon Stevinplein; de Nelson Mandelalaan; het Koningin Julianaplein; "
        "de Lady Gregory Hotel; het Sean's Bar; Tafawa Balewa Square; Raffles Place; de Marco Polo-tunnel"
    ),
    "product": _semi(
        "moestuinbak 1,20 m; regenton 200 l; stemhamer; pianokruk; rookgasafvoer 150 mm; schoorsteenkap; "
        "trouwjurk maat 38; sluier 3 m; kanten bolero; CO2-set 500 g; aquariumfilter 600 l/u; Artemia-eieren; "
        "LED-balk 90 cm; beugel bovenkaak; retainer; abonnement 6 voorstellingen; rondvaart Texel; bakfiets"
    ),
    "code": _semi(
        "tuin 47; perceel B-12; artikel 40-1188; SKU AQ-9920; filter EF-600; rij 14 stoel 22; balkon links; "
        "KvK 06091234; BTW BE0456.789.012; 230 V; 45 dB; pH 6,8; A440; 12 V; vak H; boot 3"
    ),
    "ref": _semi(
        "#48211; ZD-77310; side conversation 4412; fax-nr. 2025/118; melding M-2025-3307; order 5520981; "
        "factuur 2025-0741; ticket 99102; boeking CBR-REF 7789; rit 31877; case SG-2025-0110; ref. 118-B"
    ),
    "public_phone": _semi(
        "0800-1351; 053 481 81 81; 14 0591; 0900-0850; 088-0080000; +32 50 44 80 00; 0900 123 4567; "
        "+353 90 647 0000; +65 6225 5554; +234 1 460 0000; 112; 999"
    ),
    "bot": _semi("Tuinbot Toon; Stemmy; Roetje; Poolie; Juffie; Rijbot; Vinnie; Boothulp; Smiley; Doekje"),
    "date": _semi(
        "1 januari; 15 maart; 2 mei 2025; 30 juni 2025; 1 september; 14-11-2025; 31/12; Koningsdag; "
        "de kerstvakantie; 2e pinksterdag; 5 december; 1 april 2024; Hemelvaartsdag"
    ),
    "date_en": _semi("1 January; 17 March; 1 October; 12/6/2025; 30 June 2025; Independence Day; National Day; Easter"),
    "time": _semi("07:30; 08.15 uur; 09:00; 10:30; 11.45; 13:00; 14:20; 16.00 uur; 19:45; 20:15"),
    "amount": _semi(
        "€ 6,95; € 29,50; €60,-; € 89,00; € 145; € 1.250,00; 35 euro; € 38,50 p/m; ₦ 15,000; € 4,20; S$ 85; £ 40"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 16; 24; 40"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
