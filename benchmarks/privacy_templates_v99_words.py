"""Ordinary (never labelled) words of test_v99, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v99"] = {
    "firm": _semi(
        "Camera Rental Zaandam; Lens & Licht Verhuur; Gearhouse Film; Aquarium Service Kantoor; BlauwWater Bedrijven; "
        "FitFirst Personal Training; Coach Mark Fitness; Schiphol Baggageservice; Lost & Found Eindhoven Airport; "
        "Zorgcentrum De Berkenhof; Huize Sint Jozef; Kanoverhuur De Berkel; Kano Achterhoek; Schoorsteenveger Wissink; "
        "Rookkanaal Keurmeester; Zwarte Cross; Lowlands Ticketservice; Huidkliniek Glad; LaserLab; "
        "Fotografie Liefdevol; Trouwfoto's Van Gogh; Zendesk; LinkedIn; Google Sheets"
    ),
    "city": _semi(
        "Zaandam; Wormerveer; Krommenie; Doetinchem; Winterswijk; Groenlo; Lichtenvoorde; Eibergen; Kampala; "
        "Cardiff; Swansea; Gent; Brugge; Amsterdam; Arnhem; Zutphen"
    ),
    "town": _semi("Assendelft; Westzaan; Koog aan de Zaan; Vorden; Borculo; Ruurlo; Aalten; Neede; Lochem"),
    "place": _semi(
        "de Zaanse Schans; het Verkade Paviljoen; de Julianabrug; het Albert Heijn museumwinkeltje; "
        "de Willem Eggertstraat; het Hanzehof; de Berkelbrug; het Piet Heinplein; de Johan Cruijff ArenA; "
        "het Van Gogh Museum"
    ),
    "product": _semi(
        "ARRI Alexa Mini; Sony FX6 set; Aputure 600d; statief Sachtler; zoomlens 24-70; aquarium 240 liter; "
        "CO2-set; UV-filter; kettlebell 16 kg; canadese kano 2-persoons; peddelset; zwemvest maat L; "
        "schoorsteenkap RVS; rookmelder; weekendticket; lasersessie oksels; fotoalbum 30x30; drone-opnames"
    ),
    "code": _semi(
        "SKU FX6-K2; art. 40.112; model AQ-240; sessie 4 van 6; pakket Zilver; maat L; vak 12; band 3; "
        "tijdslot B; NEN 2559; artikel 6:230 BW; route Berkel-Noord; optie C"
    ),
    "ref": _semi(
        "ticket #48813; side conversation SC-2291; order FR-771203; factuur 2025-0917; "
        "dossier N-2025/118; offerte 25-0433; refund RF-00912; zending 3SABC4471802; bon 55120"
    ),
    "public_phone": _semi(
        "0800-1122; 088 020 3000; 0900-0141; 075 681 0000; +31 20 794 0800; 14 0544; 0800 4040; 088-765 4321"
    ),
    "bot": _semi("Lensje; Vissie; Coachbot; Koffertje; Zorgbot Berk; Peddel; Roetje; Festi; Gladbot; Kiekje"),
    "date": _semi("1 april; 12 juli 2025; 30-06-2025; 24 december; Hemelvaartsdag; 18 augustus; de zomervakantie"),
    "date_en": _semi("1 April; 12 July 2025; 30/06/2025; Boxing Day; 18 August; the 3rd of June"),
    "time": _semi("07:30; 09.00 uur; 10:45; 12:00; 13.30; 15:15 uur; 17:00; 19.45; 21:00"),
    "amount": _semi("€ 65,00; € 240,-; €17,50; € 1.180,00; 95 euro; € 29,95 p/m; £85; UGX 150.000; € 349"),
    "count": _semi("2; 3; 5; 6; 8; 10; 14; 24; 40; 240"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
