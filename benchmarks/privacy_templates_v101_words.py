"""Ordinary (never labelled) words of test_v101, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v101"] = {
    "firm": _semi(
        "Volkstuinvereniging De Eendracht; ATV Ons Buiten; Lease a Bike; Swapfiets; Fietsplan Werk; "
        "Hoorcomfort Abonnement; Schoonenberg; Beter Horen; Specsavers; Kasteel De Wittenburg; Landgoed Wolfslaar; "
        "Zalen Van Gorp; Pianostemmer Vermeer; Piano Centrale; Gazelle; Sparta; Stella; Qwic; Batavus; "
        "Studentenwoningweb; ROOM.nl; SSH; Kences; Waterschap Aa en Maas; Jachthaven Schoonhoven; "
        "Aquaplantsonline; Zoo Aquarium Dennerle; Vissenwinkel De Koraalrif; Rijschool Truckstar; "
        "VRB Vakopleidingen; CBR; Zendesk; Jira; Twentse Welle; Mestreechter Steerke"
    ),
    "city": _semi(
        "Enschede; Hengelo; Almelo; Oldenzaal; Maastricht; Heerlen; Sittard; Venlo; Antwerpen; Mechelen; "
        "Lagos; Abuja; Cardiff; Swansea; Toronto; Montreal; Utrecht; Groningen; Rotterdam"
    ),
    "town": _semi("Losser; Delden; Ootmarsum; Borne; Valkenburg; Gulpen; Schoten; Brasschaat; Mortsel; Haaksbergen"),
    "place": _semi(
        "de Johan de Wittlaan; het Anne Frankplein; de Wilhelminabrug; het Willem Marinusplein; tuin 14B aan de "
        "Vincent van Goghweg; de Jan Pieterszoon Coenstraat; de Sint Servaasbasiliek; het Rubenshuis; "
        "de Peter Benoitzaal; steiger Prins Bernhard; het Max Euwe-plein; de Erasmusbrug; het Thomas More-gebouw; "
        "Ziekenhuis Sint Jansdal; de Dr. Ariënslaan"
    ),
    "product": _semi(
        "Gazelle Ultimate C380; Qwic Premium i MN7; accu 500 Wh; batterijtype 312; batterijtype 13; "
        "oplaadbare Phonak Lumity; Yamaha U1; Steinway model B; Fluval Flex 57 L; Tetra Pro Energy; "
        "CO2-set 500 g; LED-balk 90 cm; Volvo FH16; DAF XF 480; lesauto C+E; Stella Vicenza Morgen; "
        "huurkavel 200 m²; tuinhuisje 2x3 m; rubberboot 3,2 m"
    ),
    "code": _semi(
        "SKU AQ-4471; art. 30.118.02; recall-code RC-2025-07; serie B4418; partij 2024-17; module C1; "
        "ligplaatscategorie B; tuinnummer 117; kavel 23a; les 12; examen code 2A; firmware 3.2.1; "
        "batterijcode 312-8; stemtoon A = 440 Hz; zaal 2"
    ),
    "ref": _semi(
        "bestelling AQ-2025-3381; ticket #58120; SD-4412; JSD-778; offerte 2025-0213; factuur 20250341; "
        "terugroepactie 24-117; order 7700123; wachtlijstronde 2025-B; macro #1042; zaak 00771"
    ),
    "public_phone": _semi(
        "0800-0232; 088 123 4000; 0900-1212; 14 053; 14 043; 0800 1234; +32 3 338 22 11; 0900-0246; 112"
    ),
    "bot": _semi("Tuinbot; Trapper; Oortje; Stemvork; Ankertje; Vinnie; Truckie; Bruidje; Accu-Annie; Kamerbot"),
    "date": _semi(
        "1 maart; 15 april 2025; 31-12-2025; 1 januari 2026; 30 juni; Koningsdag; 11 november; 5 december; "
        "Hemelvaartsdag; 2e kerstdag; 12-05-2025; de bouwvak"
    ),
    "date_en": _semi("1 March; 15 April 2025; Canada Day; St David's Day; 30/06/2025; the 31st of December"),
    "time": _semi("08:00; 08.30 uur; 09:15; 10:00; 13.30; 14:45; 16:00 uur; 19:00; 20.15"),
    "amount": _semi("€ 4,50; € 27,95; €49,-; € 125,00; € 1.250,-; € 2.400; 35 euro; € 9,99 p/m; ₦15,000; £60; CA$89"),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 12; 20; 36; 60; 150"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
