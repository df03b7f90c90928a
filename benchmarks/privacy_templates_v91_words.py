"""Ordinary (never labelled) words of test_v91, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v91"] = {
    "firm": _semi(
        "Uitvaartverzekeraar Monuta; DELA; Yarden; Uitvaartzorg Van der Linden; ZonSchoon; Paneelpoets BV; "
        "Tentenverhuur De Feesttent; Partyrent Hoorn; Pianostemmer Bakker & Zn; Steinway Huis; "
        "Motorrijschool Gas Erop; "
        "CBR; Aquarium Zoetwaterparadijs; Vissenkoerier NL; Desk & Co; Werkplek Zeeland; Omron; Tensio Thuis; "
        "Schoolfotograaf Klik; Fotostudio Mees; Verhuisdozen.nl; DozenDirect; Kayako; Threema"
    ),
    "city": _semi("Leeuwarden; Sneek; Middelburg; Vlissingen; Goes; Zierikzee; Drachten; Terneuzen; Heerenveen"),
    "town_en": _semi("Dublin; Cork; Galway; Limerick; Sligo; Cape Town; Johannesburg; Durban; Pretoria"),
    "town": _semi("Dokkum; Harlingen; Joure; Domburg; Veere; Yerseke; Hulst; Franeker; Bolsward; Sluis"),
    "place": _semi(
        "de Willem Barentszstraat; het Abe Lenstra Stadion; de Michiel de Ruyterweg; het Prins Bernhardplein; "
        "de Johan Willem Frisostraat; de Pieter Zeemanweg; het Mata Hariplein; de Sint Adriaanskerk"
    ),
    "product": _semi(
        "partytent 6x12; zonnepaneelborstel; vleugelpiano; bloeddrukmeter M3; aquariumpomp; verhuisdoos XL; "
        "garderobedoos; motorhelm maat M; schoolfotopakket; vaste werkplek; flexplek; zwevende plank; "
        "blood pressure cuff; party tent 4x8; wardrobe box"
    ),
    "amount": _semi("€ 12,50; €89; EUR 1.250,00; € 4,95; 349 euro; €2.475,-; €0,30; R450; €17.99; € 6,-"),
    "count": _semi("2; 3; 4; 6; 8; 12; 15; 20; 40; 120"),
    "time": _semi("08:30; 9.00 uur; 13:15; 17u30; 22:00; 7 am; 6.30 pm"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; Monday; Friday"),
    "date": _semi("3 maart 2026; 14-06-2025; 1 januari; 31/12/2025; 12 april 2026; May 2nd; 2025-09-01"),
    "public_phone": _semi("0800-0123; 088 123 4500; 0900-9876; 14 020; 0800 022 5566; 112; 1800 200 400; 0861 123 456"),
    "code": _semi(
        "PT-612; ZP-2024-B; OMR-M3-HEM7155; ART 40-225; KAY-88812; MOT-B-2025; AQ-330L; VD-XL-50; SF-2026-08"
    ),
    "bot": _semi("Sammie; Botje; Lotte-bot; Klaas (bot); AskAnna; Pip"),
    "species": _semi("neontetra; guppy; zwaarddrager; discusvis; maanvis; kardinaaltetra; betta"),
}
