"""Ordinary (never labelled) words of test_v97, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v97"] = {
    "firm": _semi(
        "Landal; Roompot; Center Parcs; Vakantiepark De Hondsrug; Trimsalon Kwispel; Hondenkapsalon Vachtwerk; "
        "Steigerverhuur Hoogop; Layher; Altrex; Dagblad van het Noorden; PZC; Het Nieuwsblad; Keukenstudio Bruynzeel; "
        "Keukensale; Zeilschool De Vrijbuiter; Watersportcentrum Veere; gemeente Emmen; gemeente Sluis; CJIB; "
        "Stichting Studentenhuisvesting; DUWO; RVO; Daikin; Nefit; HP Instant Ink; Epson ReadyPrint; Trengo; Snapchat"
    ),
    "city": _semi(
        "Emmen; Assen; Hoogeveen; Meppel; Coevorden; Terneuzen; Hulst; Oostburg; Sluis; Groningen; Middelburg; "
        "Gent; Brugge; Valletta; Sliema; Lahore; Karachi; Amsterdam"
    ),
    "town": _semi(
        "Borger; Exloo; Westerbork; Dwingeloo; Zuidlaren; Axel; Sas van Gent; Breskens; Aardenburg; Kloosterzande"
    ),
    "place": _semi(
        "de Vincent van Goghstraat; het Prins Hendrikpark; de Hondsrugweg; de Willem-Alexanderhaven; "
        "het Koning Willem III-plein; de Pieter Zeemanstraat; de Jacoba van Beierenweg; het Beatrixpark; "
        "de Sint-Pietersabdij; de Karel Doormanweg; het Hendrik Kraemerplein; de Maria van Bourgondiëlaan"
    ),
    "product": _semi(
        "bungalow Comfort 4; chalet Bosrand 6; trimbehandeling Poedel; wasbeurt Kort Haar; rolsteiger 8 m; "
        "gevelsteiger 12 m; krant + zaterdag; e-paper; keuken Hoekmodel Verona; inductieplaat Siemens iQ500; "
        "cursus CWO 1; Laser Pico; hybride warmtepomp Daikin Altherma; HP Instant Ink 100 pagina's; Epson EcoTank"
    ),
    "code": _semi(
        "SKU HP-305XL; artikel 77-1042; model ERGA04; CWO-2; kavel 118; steigerset RS-8; art. 5 lid 2 RVV; "
        "bord E1; vak C4; plot 41; cartridge 963; inktcode T502"
    ),
    "ref": _semi(
        "boeking LND-228190; order 40019233; ticket #61820; factuur 2025-03381; bezwaar Z/25/118402; "
        "beschikking 6014 2233 9087; aanvraag ISDE-25-00817; zending 3SKAB7781902; case TR-88012; bon 0041"
    ),
    "public_phone": _semi(
        "088 - 02 11 211; 0800-1234; 14 0591; 14 0117; 0900-8844; 050 - 584 4444; +31 88 042 42 42; "
        "+356 2122 4000; 0800 023 1500; 020 700 5000"
    ),
    "bot": _semi("Parkie; Kwispel; Stijger; Krantje; Kookie; Zeiltje; Boete-bot; Kamerbot; Pompie; Inkie"),
    "dog": _semi("Bobbie; Saar; Max; Luna; Guus; Pip; Kees de hond; Bella"),
    "emoji": _semi("🙏; 😡; 🐶; 😂; 👍; ⛵; 🔥; 😭; 🙃"),
    "date": _semi(
        "1 april; 3 mei 2025; 21-06-2025; 15 augustus; de herfstvakantie; Pinksteren; 12/10; 2 januari 2026; "
        "Koningsdag; 31 december; 1 juli"
    ),
    "date_en": _semi("2 May; 14 August 2025; 21/06/2025; Easter Monday; Eid; Santa Marija; 8 September"),
    "time": _semi("07:30; 08.15 uur; 10:00; 12:45; 14.00; 15:30; 17:00 uur; 19.45"),
    "amount": _semi("€ 95,00; € 42,50; €1.150,-; € 6,99 p/m; 250 euro; € 2.950; € 17,95; € 3.800,00; € 105"),
    "count": _semi("2; 3; 4; 6; 8; 10; 12; 14; 30; 100"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
