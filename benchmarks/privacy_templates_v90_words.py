"""Ordinary (never labelled) words of test_v90, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v90"] = {
    "firm": _semi(
        "Volkstuinvereniging Ons Buiten; AVVN; Gereedschapshuur Jansen; Boels; Achmea; Nationale-Nederlanden; "
        "a.s.r.; Zwemschool Dolfijn; Babyzwemmen Spetter; NDG; Chipnummer.nl; Amivedi; Erasmus MC; UMC Utrecht; "
        "TV Smash; KNLTB; Vloerenhuis Gerritsen; Parketcentrum Van Wijk; Studententheater Sjaak; Ticketkantoor "
        "Lijm; Fietsenwebshop Tweewieler; Marktplaats; Hans Anders; Pearle; Specsavers; Opticien Aan Huis"
    ),
    "city": _semi("Almere; Tilburg; Eindhoven; Groningen; Leiden; Delft; Nijmegen; Antwerpen; Gent; Haarlem; Zaandam"),
    "town": _semi("Emmen; Uden; Zeist; Bussum; Heiloo; Lisse; Boxtel; Houten; Hoorn; Schagen; Geel; Mol"),
    "place": _semi(
        "het Anne Frankplein; de Jan van Galenstraat; het Willem-Alexanderbad; het Erasmus MC; de Maxima Tennishal; "
        "de Johan de Wittlaan; het Prinses Amalia Zwembad; de Hugo de Grootbrug; het Rembrandtpark; P3 Zuid"
    ),
    "product": _semi(
        "heggenschaar Stihl HSA 56; kettingzaag Makita; bladblazer; PVC-vloer Moduleo; laminaat Quick-Step; "
        "visgraat eiken; racefiets Gazelle; omafiets Batavus; Cortina U4; multifocale bril; zwemluier maat 2; "
        "parkeervergunning P+; baanhuur gravel; tuinhuisje 2x3 m; schadeformulier hagel"
    ),
    "code": _semi(
        "SKU 55120-BLK; art. 7730.118; tuin 14B; baan 3; vak C; rij 8; stoel 112; model 2025-X; "
        "diploma A; module Watervrij; zone P2; sectie 4; kleur Eiken Naturel; maat 56 cm; storm Ingrid"
    ),
    "ref": _semi(
        "bestelling 2025-118830; ticket #77120; zaak HF-20931; order FW-44012; factuur 2025/0871; batch 5521; "
        "actiecode HAGEL25; zending 3SXYZ0098765; voucher ZWEM10; rapport SR-2024-07"
    ),
    "public_phone": _semi(
        "0800-1234; 088 212 3000; 0900-0400; 14 020; 0800 7788; +31 10 703 0000; 0900-2255; 112; +32 3 222 11 00"
    ),
    "bot": _semi("Spetter; Hagelbot; Tuinman Tom; Smashy; Vloertje; Chip; Fietsie; Brilbot; Pollie; Ace"),
    "date": _semi("1 maart; 15 april 2025; 3 juni; 30-09-2025; 31/12; Koningsdag; de meivakantie; 1 oktober 2026"),
    "date_en": _semi("1 March; 15 April 2025; 30/09/2025; Canada Day; the 1st of October; Thanksgiving weekend"),
    "time": _semi("07:45; 08.30 uur; 09:15; 10:00; 13:30; 14.45; 16:00; 17:30 uur; 19.00; 20:15"),
    "amount": _semi("€ 7,50; € 24,95; €49,00; € 145,00; € 2.350,-; 80 euro; € 9,99 p/m; $120; ₦15,000; € 0,50"),
    "count": _semi("2; 3; 4; 5; 6; 7; 9; 10; 12; 20; 36; 150"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
