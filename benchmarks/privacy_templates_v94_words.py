"""Ordinary (never labelled) words of test_v94, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v94"] = {
    "firm": _semi(
        "Donorregister; Nederlandse Transplantatie Stichting; Rolstoelverhuur Zuid; Mobility Holiday Rentals; "
        "Café De Twee Zwaantjes; Quizmaster BV; Houthandel De Eik; Haardhout Limburg; Doeksen; Wagenborg; "
        "TESO; Tado; Toon; Nest; Quatt; Vertaalbureau Perfect; Livewords; Mountain Network; Klimmuur Centraal; "
        "Monk Bouldergym; Naaimachinehuis Brother; Singer Service; BOVAG; Autotrust; CarGarantie; Zoho Desk"
    ),
    "town": _semi(
        "Heerlen; Sittard; Venlo; Roermond; Maastricht; Genk; Hasselt; Maaseik; Harlingen; Den Helder; "
        "Holwerd; Lauwersoog; Zaandam; Diemen; Amstelveen"
    ),
    "place": _semi(
        "de Johan Cruijff ArenA; het Vrijthof; de Sint Servaasbrug; het Anne Frank Huis; de Willem Barentszkade; "
        "het Marie Curie-plein; de Pieter Calandlaan; het Vondelpark; het Prins Hendrikplein; de Rembrandttoren"
    ),
    "product": _semi(
        "Tado Slimme Thermostaat V3+; Nest Learning Thermostat; Toon 2; duwrolstoel lichtgewicht; "
        "elektrische rolstoel Fiona; scootmobiel Luca; Brother Innov-is F420; Singer Heavy Duty 4423; "
        "Janome 525S; kuub eiken haardhout; netzak berkenhout 40 liter; aanmaakblokjes; klimschoenen La Sportiva; "
        "pofzak; 10-rittenkaart; Garantie Plus 24 mnd"
    ),
    "code": _semi("SKU 3300-12; art. 558-091; TH-V3P; BR-F420; SGR-4423; HH-EIK-1M3; KL-10R; GP24; RW-LT-05"),
    "ref": _semi("ORD-77120; RMA-30419; #Z-88213; TK-2025-0093; VB/2024/551; WO-66012; Q-1403"),
    "public_phone": _semi(
        "0800-8020; 088 - 900 60 00; 0900-9239; 0562 442 002; 020 624 12 34; 043 350 51 00; 011 23 45 67; "
        "+31 88 206 1000; 0800 123 4567"
    ),
    "bot": _semi("Donnie; Rolbot; Quizzy; Houtje; Veerbot; Thermo; Lingo; Grippy; Naaldje; Garanto"),
    "date": _semi(
        "1 oktober; 14 februari 2025; 30-09-2025; vrijdag 7 maart; 15/11; begin december; 1 mei 2026; 28-02-2025"
    ),
    "date_en": _semi("1 October 2025; March 7; 30/09/2025; Friday 7 March; early December; 14 February"),
    "time": _semi("07:45; 09.00 uur; 10:15; 12u30; 14:00; 16.20; 19:30 uur; 20:00"),
    "amount": _semi("€ 17,50; €3,95; 45 euro; € 189,-; €1.099,00; 75 EUR; £12.50; 250 zł; 90 lei; KSh 1,500"),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 15; 40; 100"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
