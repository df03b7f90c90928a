"""Ordinary (never labelled) words of test_v40, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


CLEAN_FILLERS["test_v40"] = {
    "firm": _items(
        "Eneco; Vattenfall; Greenchoice; Essent; Budget Energie; Zilveren Kruis; VGZ; Menzis; CZ; Ymere; "
        "Woonstad Rotterdam; Portaal; Eigen Haard; Swapfiets; Lease a Bike; Athlon; LeasePlan; ABP; PFZW; "
        "Fysiotherapie De Brug; Tandartspraktijk Molenzicht; Installatiebedrijf Van Wijk & Zn.; Gemeente Utrecht; "
        "Stichting Kinderopvang Dikkertje Dap; Enexis; Liander; Stedin; Kinderdagverblijf Het Ukkepuk"
    ),
    "product": _items(
        "Gazelle Ultimate C380; VanMoof S5; Cortina E-U4; Batavus Finez; Tesla Model Y; Kia e-Niro; "
        "Volkswagen ID.3; Toon-thermostaat; Nest Learning Thermostat; P1-dongel; HomeWizard Energy; "
        "Remeha Calenta; Nefit EcoStar; Philips Hue; Zorgverzekering Basis Plus; Tandarts Top"
    ),
    "city": _items(
        "Leeuwarden; Sneek; Heerenveen; Almere; Zoetermeer; Nijmegen; Venlo; Den Helder; Lelystad; Hoorn; "
        "Amersfoort; Breda; Enschede; Haarlem; Delft; Alkmaar; Schiedam; Capelle aan den IJssel"
    ),
    "building": _items(
        "station Utrecht Centraal; Stadskantoor; Ziekenhuis Gelderse Vallei; Jeroen Bosch Ziekenhuis; "
        "winkelcentrum Hoog Catharijne; de Bijenkorf; Rijksmuseum; Erasmus MC; Albert Heijn XL; IKEA Delft"
    ),
    "ean": _items("871687120054321098; 871694840012345678; 871685900087654321; 871690930002468024; 871687140011223344"),
    "reading": _items("12.847; 3.210; 048213; 27.501,4; 9.883; 1.204 (laag) / 2.977 (hoog)"),
    "claim": _items("DCL-2025-448120; 77120934; D-88210; REF 5520-KV; S2025-0412"),
    "date": _items(
        "1 januari 2026; 14-02-2026; 31 maart; 2026-04-15; 1 juli 2025; 30/09/2025; 12 December; 6 May 2026"
    ),
    "time": _items("08:30; 09:15; 10.45 uur; 12:05; 14:20; 16.59; 17:30; 21:10"),
    "weekday": _items("maandag; dinsdag; woensdag; Donderdag; vrijdag; Monday; Tuesday; Friday"),
    "month": _items("januari; februari; april; juni; augustus; November; december"),
    "amount": _items("€ 142,80; €87,-; 1.250 euro; € 2.394,17; 65 euro; €19,95; € 311,40"),
    "count": _items("2; 3; 7; 12; 41; drie; vijf; zeven"),
    "ticket": _items("ZK-204511; #88412; INC0098231; CASE-2026-1181; MLD-77302; TK 44019"),
    "order": _items("ORD-550192; #4418827; BST-2026-00917; WO-71253"),
    "mailbox": _items(
        "klantenservice@eneco.nl; zorg@zilverenkruis.nl; reparaties@ymere.nl; vergunningen@utrecht.nl; "
        "service@swapfiets.nl; pensioen@abp.nl; info@dikkertjedap.nl; klachten@woonstad.nl"
    ),
    "company_phone": _items("0800-0440; 088 - 895 1000; 0900-0202; 071 - 751 00 52; 14 030; +31 20 303 2100"),
    "expiry": _items("08/27; 11/26; 03/29; 12/28"),
    "reply": _items("Antwoordnummer 1047; Antwoordnummer 80212; antwoordnummer 5530"),
    "street_generic": _items("Kalverstraat; Coolsingel; Grote Markt; Markt; Dorpsstraat; Stationsplein"),
    "pay": _items("iDEAL; Tikkie; automatische incasso; acceptgiro; PayPal; Klarna; Apple Pay"),
}
