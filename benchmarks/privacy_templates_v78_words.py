"""Ordinary (never labelled) words of test_v78, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v78"] = {
    "firm": _semi(
        "Notariskantoor Van Wijk & Ploeg; Notariaat Zuidas; Kadaster; Vegro; Medipoint; Welzorg; Harting-Bank; "
        "Bruynzeel Zorghulpmiddelen; CBR; Mijn CBR; Wasstraat Splash; CleanCar; Washtec; Carwash Cleanmaster; "
        "HP Instant Ink; Epson ReadyPrint; Canon Pixma Print Plan; Brother EcoPro; Netflix; Videoland; Disney+; "
        "Viaplay; NLZIET; HBO Max; SkyShowtime; Facilicom; CSU Schoonmaak; Asito; Hago; Vebego; Intersport Rent; "
        "Skiset; Sunweb; SnowTravel; Snowtrex; Tolltickets; ASFINAG; Bip&Go; Telepass; Via-T; Vignet.nl"
    ),
    "city": _semi(
        "Den Haag; Rotterdam; Amsterdam; Utrecht; Amersfoort; Leiden; Almere; Paramaribo; Antwerpen; Gent; "
        "Innsbruck; Salzburg; Manila; Singapore; Breda; Nijmegen; Zwolle; Enschede"
    ),
    "town": _semi(
        "Ischgl; Sölden; Saalbach; Val Thorens; Flachau; Zell am See; Wageningen; Bronbeek; Arnhem-Zuid; "
        "Vlaardingen; Bunnik; Veenendaal; Sittard; Oostende"
    ),
    "place": _semi(
        "de Johan de Wittlaan; het Willem Alexander Paviljoen; de Van Heutszkazerne; de Stephanie-tunnel; "
        "de Brennerpas; de Gotthardtunnel; de Mont-Blanctunnel; de Tauerntunnel; Tong Tong Fair op het Malieveld; "
        "Pasar Malam Besar; het Ruige Hof; de Kwakoe-pleinen; het Erasmus MC; het Annie M.G. Schmidtplein; "
        "de Pieter Calandlaan; het Lucas Bols-gebouw; Changi Airport; de Marco Polo-lift; de Willemsbrug"
    ),
    "product": _semi(
        "rolstoel Küschall K-Series; rollator Topro Olympos; scootmobiel Vermeiren Carpo 2; douchestoel Etac; "
        "hoog-laagbed; Instant Ink 100 pagina's; XL-cartridge 305; ReadyPrint Flex; Pixma TS5350; Premium-wasbeurt; "
        "Unlimited Gold; Netflix Standaard met reclame; Videoland Plus; Disney+ Premium; ski's Atomic Redster; "
        "snowboard Burton Custom; helm Uvex; skipas Ski Arlberg 6 dagen; Go-Box; Vignette 10 dagen; Pass Liberté; "
        "Jahresvignette 2026; Schweizer Autobahnvignette"
    ),
    "code": _semi(
        "model ET-2850; cartridge 603XL; art. 7:17 BW; art. 4:2 BW; formulier Eigen Verklaring; code 101; "
        "categorie B; rijbewijscategorie C1; piste 12; lift 4; zone A; pakket S; programma 3; spoelbak 2; "
        "HS-code 8713.90; GTIN 8711253001234; firmware 2.14.0; ISO 7176; tarief 2025-B; plan Basic"
    ),
    "ref": _semi(
        "ticket #77120; case 00458812; order 2025-119843; factuur F-2025-0442; zaak 25/1187; referentie WX-4418; "
        "batch 2291; actiecode SNOW25; voucher INK3M; bestelling NL-55102; dossier akte 2025.0312; run 8812"
    ),
    "public_phone": _semi(
        "0900-0210; 088-227 77 00; 0800-0230; 14 070; +43 1 955 40 40; 0800 2020; 088 599 88 00; 112; "
        "+65 6542 1122; 0900-1234; 020-210 3000; 0800-1515"
    ),
    "bot": _semi("Notie; Wielie; Sproeier; Inkie; Streamy; Poetsbot; Skibot Franz; Tolly; Rolly; CBR-assistent Cas"),
    "date": _semi(
        "1 januari; 14 februari; 1 maart 2026; 30 juni; 15-08-2025; 1 oktober 2025; 31/12; de krokusvakantie; "
        "Koningsdag; Hemelvaartsdag; de kerstvakantie; 1 december; 6 januari 2026"
    ),
    "date_en": _semi("1 January; 12 March 2026; 30/06/2025; Chinese New Year; Independence Day; the 1st of May"),
    "time": _semi("08:00; 08.30 uur; 09:15; 10:00; 11.45; 13:30; 14:00 uur; 16.15; 17:45; 20:00"),
    "amount": _semi(
        "€ 2,99; € 8,99; € 13,49; € 19,95; €24,50; € 49,-; 120 euro; € 312,40; € 1.875,00; € 96,40; SGD 35; "
        "PHP 2,500; € 11,50 per jaar"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 10; 12; 14; 30; 100; 250"),
    "month": _semi("januari; februari; maart; april; juni; september; oktober; december; March; August"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
