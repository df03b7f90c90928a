"""Ordinary (never labelled) words of test_v82, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v82"] = {
    "firm": _semi(
        "Donorregister; Nederlandse Transplantatie Stichting; Crematorium Haagse Beemden; Yarden; Dela; "
        "Uitvaartzorg De Lelie; Koppert; Royal Brinkman; Hortimax; Priva; Ridder Growing Solutions; "
        "Securitas; G4S; Trigion; Facilicom Security; Podotherapie Voetfit; Kliniek Voetenwerk; "
        "Orthopedie Willem Baetens; A.S.R. Roeivereniging Nereus; Njord; Laga; Aegir; Postcode Loterij; "
        "Staatsloterij; Vriendenloterij; BankGiro Loterij; Haardenhuis Barendrecht; Schoorsteenveger Het Roet; "
        "Dovre; Jøtul; Tolkcentrum Zorg; Tolkenpool Dari-Pashto; Globaltalk; Sloepverhuur De Vaart; "
        "E-boot Delft; Canal Cruise Leiden; Ecoboats Amsterdam; Marco Polo Verhuur"
    ),
    "city": _semi(
        "Naaldwijk; Monster; Honselersdijk; Delft; Leiden; Den Haag; Rotterdam; Breda; Gent; Antwerpen; "
        "Groningen; Amsterdam; Utrecht; Zoetermeer; Westland; Dublin; Accra; Kumasi; Cork"
    ),
    "town": _semi(
        "Wateringen; 's-Gravenzande; De Lier; Maasdijk; Kwintsheul; Poeldijk; Bleiswijk; Berkel; Pijnacker; "
        "Warmond; Kaag; Loosdrecht; Giethoorn"
    ),
    "place": _semi(
        "de Willem de Zwijgerlaan; het Jan van Galenbad; de Johan de Wittlaan; het Erasmus MC; "
        "het Juliana Kinderziekenhuis; het Maria Middelares; de Prins Hendrikkade; het Rembrandtpark; "
        "de Van Nelle Fabriek; het Sint Franciscus Gasthuis; de Kaag; de Bosbaan; de Hollandsche IJssel; "
        "het Anne Frank Huis; de Simon Stevinweg; het Pieter Baan Centrum; de Spaarne; het Karel Doormanplein"
    ),
    "product": _semi(
        "houtkachel Dovre Vintage 35; pelletkachel Edilkamin; rookgasafvoer Ø150 mm; concentrisch kanaal; "
        "steunzool Sport Pro; inlegzool 'Comfort Plus'; hielspoor-zool; assimilatielamp 1000W; tomatenzaad "
        "'Merlice'; substraatmat Grodan; urn 'Tulp' brons; sier-urn Keramiek Blauw; knuffelurn; "
        "skiff C1x; dubbeltwee; acht met stuur; roeiergometer Concept2; fluisterboot 8 persoons; "
        "e-sloep Tender 720; accupakket 48V; beveiligingspas; bodycam BC-3"
    ),
    "code": _semi(
        "EN 13240; NEN 6062; CE 0036; art. 7731-B; SKU INS-42-L; maat 42; maat 38½; lot 2024-17; batch 88A; "
        "kas 4; vak B12; steiger 3; ploeg 2; bank B; zone Zuid; vergunning SEC-1154; ND-certificaat; "
        "module 2; versie 4.1.2; trekking 17; ronde 3; reeks AJ"
    ),
    "ref": _semi(
        "order 2025-118274; ticket #77120; zending 3SXYZ0099881; factuur F2025-0392; case 00218844; "
        "boeking BK-55120; actiecode ROEI25; werkbon WB-2211; melding M-40913; offerte Q-7782"
    ),
    "public_phone": _semi(
        "0800-0240; 088 778 0000; 0900-8800; 14 0174; 0800 1351; +31 70 361 3030; 088-020 2020; 112; "
        "0900-1234; +32 2 524 97 97; +353 1 671 1111; +233 302 665 421"
    ),
    "bot": _semi("Donny; Urnie; Kasbot; Wachter; Zooltje; Roeibot; Lotje; Vonk; Tolky; Bootje; Stoker"),
    "date": _semi(
        "1 maart; 15 april 2025; 2 mei; 30 juni 2025; 12-09-2025; 1 januari 2026; Koningsdag; Hemelvaartsdag; "
        "de kerstvakantie; 31 december; 9 oktober; eind augustus"
    ),
    "date_en": _semi("1 March; 17 March 2025; 30/06/2025; St Patrick's Day; Easter Monday; the 1st of May; 6 March"),
    "time": _semi("07:00; 08.30 uur; 09:15; 10:45; 11:00; 13.30; 14:15; 16:00 uur; 17:30; 20.00"),
    "amount": _semi(
        "€ 7,50; € 15,00; € 22,50; € 89,95; € 149,-; € 1.295,00; 40 euro; € 13,50 per maand; € 2.450; "
        "€ 0,75; GH₵ 250; € 365,00"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 9; 12; 14; 20; 36; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
