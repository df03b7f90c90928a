"""Ordinary (never labelled) words of test_v87, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v87"] = {
    "firm": _semi(
        "Stichting Hulphond Nederland; Hulphond Vlaanderen; Assistentiehond Zuid; Efteling; Walibi Holland; "
        "Toverland; Duinrell; Het Spookhuis van Slagharen; Plopsaland; Husqvarna; Gardena; Worx; Robomow; "
        "Segway Navimow; Maaibot Service Noord; Recherchebureau Argus; Detectivebureau Van Velzen & Co; "
        "Glasinzameling Horeca BV; Renewi; Allergiecentrum Rijnstate; Allergiepoli Gelre; Postzegelhandel "
        "De Zegelkist; Munthandel Schulman; Numismatiek Van Dijk; Paragliding Club Hoogvliegers; Parapente Ardennen; "
        "Sporthal De Kemmel; Gemeente Hoogeveen Sportzaken; Kapsalon aan Huis; De Rijdende Kapper; Knipbus Oost; "
        "Re:amaze; Microsoft Teams; Bol; Shopify"
    ),
    "city": _semi(
        "Kaatsheuvel; Biddinghuizen; Hoogeveen; Apeldoorn; Arnhem; Zwolle; Paramaribo; Willemstad; Den Haag; "
        "Rotterdam; Antwerpen; Gent; Cardiff; Accra; Utrecht; Nijmegen; Emmen; Assen"
    ),
    "town": _semi("Slagharen; Wassenaar; Sevenum; Panningen; Lelystad; Meppen; Ootmarsum; Ermelo; Epe; Hulst"),
    "place": _semi(
        "de Johan de Wittlaan; het Anne Frank Huis; de Willem Alexanderhal; Sporthal Pieter van den Hoogenband; "
        "het Max Euwe-plein; de Wilhelminabrug; het Rembrandtpark; het Vincent van Goghhuis; de Van Nellefabriek; "
        "de Sint Janskerk; Fort Amsterdam; de Waterkant; het Koningin Emmapark; de Hendrik Kok-zaal; "
        "de Prins Bernhardhal; het Baron Bic-depot"
    ),
    "product": _semi(
        "Automower 430X; Gardena Sileno City; Worx Landroid M500; Navimow i105E; laadstation RS-2; "
        "jaarpas Gold; seizoenspas Plus; dagticket Spookslot; glasbak 240 liter; rolcontainer 660 L; "
        "EpiPen 0,3 mg; priktest-set; postzegelalbum Davo; muntdoosje 30 mm; Lindner insteekboek; "
        "tandemvlucht; brevetcursus; zaalhuur per uur; permanent kleuren; knippen en föhnen; halsband met hesje"
    ),
    "code": _semi(
        "SKU MW-430X-EU; art. 597.33; firmware 4.12.1; foutcode E-07; mes-set 3x; NVPHnr. 1221; KM 187; "
        "zaal B; veld 3; route 12; zone Rood; poort 4; baan 2; vak 9; module P2; parcel 7 (kavel)"
    ),
    "ref": _semi(
        "bestelling #100423; ticket RA-88213; order 2025-77120; factuur F2025-0418; zaak 25/117; "
        "rit 3391; vlucht 12; batch 5520; kortingscode SPOOK20; actiecode MAAI15; run 44"
    ),
    "public_phone": _semi(
        "0800-0202; 088 555 1200; 0900-1234; 14 0528; +31 20 123 0000; 0800 4455; 112; 0900 8844; "
        "+32 3 201 44 11; 085-303 2020; +597 47 11 00; +5999 434 0000"
    ),
    "bot": _semi("Maaimaatje; Spookie; Wuf; Snuffel; Zegeltje; Knipje; Glassie; Sherlock; Paraplu; Hallie"),
    "date": _semi(
        "1 januari; 6 maart; 2 juni 2025; 31 oktober; 15-04-2026; 30/09; Koningsdag; de kerstvakantie; "
        "Keti Koti; 1 juli; Halloween; 12 december 2024; tweede pinksterdag"
    ),
    "date_en": _semi("1 March; St David's Day; 31 October 2025; 6 March; 14/02/2026; Boxing Day; 1st of July"),
    "time": _semi("07:00; 08.30 uur; 09:15; 10:00; 11.45; 13:30; 15:00 uur; 16.15; 19:00; 20:30"),
    "amount": _semi(
        "€ 7,50; € 24,95; €89,00; € 149,-; € 1.275,00; 60 euro; € 9,99 p/m; SRD 450; ANG 35; £32; GH₵ 120; € 0,75"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 9; 12; 15; 20; 36; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
