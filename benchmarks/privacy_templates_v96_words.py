"""Ordinary (never labelled) words of test_v96, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v96"] = {
    "firm": _semi(
        "Rijschool Automaat Direct; Autorijschool Van Dam; CBR; Springkussenverhuur Hoppa; Partyverhuur De Ballon; "
        "Hoortoestel.nl; Beter Horen; Schoonenberg; Crematorium Den en Rust; Yarden; Dela; Zonneboiler Service "
        "Nederland; Atag; SnowWorld; Skihal Bispinger; NS; NMBS; Gevonden Voorwerpen NS; Volkstuinvereniging "
        "Ons Buiten; Fietskoerier Trappers; Cycloon; Taalhuis; Stichting Vluchtelingenwerk; Intercom; WeChat"
    ),
    "city": _semi(
        "Amsterdam; Rotterdam; Utrecht; Den Haag; Zoetermeer; Landgraaf; Terneuzen; Eindhoven; Antwerpen; Gent; "
        "Mechelen; Leiden; Zwolle; Nijmegen; Belfast; Manila"
    ),
    "town": _semi("Bunnik; Woerden; Rijswijk; Houten; Brasschaat; Schoten; Kapelle; Zundert; Uden; Oss"),
    "place": _semi(
        "de Willem Alexanderbaan; het Julianapark; de Anne Frankschool; het Sophia Kinderziekenhuis; "
        "de Erasmusbrug; station Amsterdam Sloterdijk; de Johan de Wittlaan; het Máximapark; de Koning Boudewijnlaan; "
        "de Van Nelle Fabriek; het Beatrixkanaal; het Rembrandtplein; de Thorbeckegracht"
    ),
    "product": _semi(
        "Toyota Yaris automaat; Kia Niro EV; springkussen 'Piratenschip'; springkussen 'Jungle XL'; "
        "batterijen maat 312; batterijen maat 13; urn 'Zeepaard'; zonneboiler ZB-200; ski's Atomic Redster; "
        "snowboard Burton Ripcord; cargobike Urban Arrow; cursus A1 Nederlands; boek 'Welkom in Nederland'"
    ),
    "code": _semi(
        "SKU 312-BT6; artikel 44-0981; model ZB-200; firmware 3.4.1; vak B12; locker 77; baan 2; lijn 14; "
        "module A2; art. 7:17 BW; spoor 5b; kavel 22; meter 14-B"
    ),
    "ref": _semi(
        "bestelling 2025-118342; ticket #77120; case 00418812; order AS-30019; factuur 2025/0677; "
        "batch 5521; actiecode SNEEUW25; zendingnummer 3SXYZA0098765; gevonden-nummer GV-2025-0412"
    ),
    "public_phone": _semi(
        "0900-2021; 088 227 7000; 0800-0123; 14 020; 030 751 5151; +31 20 555 1234; 0900-9292; 112; "
        "+32 2 528 28 28; 0800 023 4567; 028 9032 0202"
    ),
    "bot": _semi("Rijbot; Hoppa; Oortje; Zonnie; Sneeuwpop; Vindbot; Tuinman; Trapper; Taalmaatje; Lulu"),
    "date": _semi(
        "1 januari; 14 februari 2025; 27 april; 5 mei; 1 juli 2026; 12-03-2025; 31/10; Koningsdag; "
        "de kerstvakantie; Suikerfeest; 25 december; Hemelvaartsdag"
    ),
    "date_en": _semi("1 January; 17 March 2025; 12 July; 30/06/2026; Boxing Day; Chinese New Year; St Patrick's Day"),
    "time": _semi("07:45; 08.30 uur; 09:00; 11:15; 13.00; 14:30; 16:45; 19:00 uur; 20.15"),
    "amount": _semi("€ 4,99; € 39,50; €75,00; € 149,-; € 1.250,00; 35 euro; € 9,95 p/m; £60; € 2.400"),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 20; 40; 250"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
