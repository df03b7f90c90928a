"""Ordinary (never labelled) words of test_v77, registered in the shared `CLEAN_FILLERS`: firms, places named after
people, products, public phone numbers, amounts, dates that are no birth dates, times, codes and the bots' names."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v77"] = {
    "firm": _semi(
        "Randstad; Tempo-Team; Olympia Uitzendbureau; Start People; Adecco; Covebo; Otto Work Force; "
        "Loket.nl; Nmbrs; Schiphol Parking; ParkVia; P3 Parkeren; KLM Baggageservice; Lost & Found Schiphol; "
        "ANWB Wegenwacht; Route Mobiel; Touring; Wegenwacht Europa; Rentokil; Anticimex; Ongediertebestrijding "
        "De Mierenhoop; Schoorsteenveger Van der Pluijm; Roetkoning; Nij Barrahûs; Kinderwensklinik IVF Zuid; "
        "Nij Geertgen; Inkt & Naald; Tattoo Peter; Thermen Bussloo; Zwaluwhoeve; Sauna Drouwenerzand; "
        "Elysium; Escape Room Amsterdam; Sherlocked; Locked Inn; Tafeltje Dekje; Apetito; Uitgekookt; "
        "HubSpot; Viber; Discord"
    ),
    "city": _semi(
        "Haarlemmermeer; Eindhoven; Rotterdam; Amersfoort; Zwolle; Apeldoorn; Den Bosch; Maastricht; Almere; "
        "Leiden; Gent; Hasselt; Tilburg; Enschede; Schiedam; Capelle aan den IJssel"
    ),
    "place": _semi(
        "P1 Schiphol; parkeerterrein P30; Terminal 2; de Johan Cruijff ArenA; het Willem-Alexander Kinderziekenhuis; "
        "de Van Brienenoordbrug; de Koningin Julianabrug; het Koning Willem I College; de Prins Clausbrug; "
        "Rembrandtplein; het Maxima Medisch Centrum; afrit 12 Hoevelaken; knooppunt Joure; de Abraham Kuyperlaan; "
        "het Jan Pieterszoon Coenplein; het Kaapse Bossen; Cape Town International; de Hendrik Wittepoort"
    ),
    "product": _semi(
        "pakket Comfort; daglooncontract fase A; loonstrook; jaaropgaaf; Valet Parking Basic; Park & Fly Plus; "
        "kofferlabel; sleepwagen; vervangend vervoer; Wegenwacht Basis; muizenklem; lokdoos; wespennest-behandeling; "
        "rookgasafvoer; rookkanaalinspectie; IUI-traject; ICSI-behandeling; uitwendige bevruchting; "
        "fineline-tattoo; cover-up; nazorgzalf; dagentree Wellness; arrangement Ontspanning; badjas; "
        "Room 'De Kluis'; Room 'Het Laboratorium'; maaltijdpakket Hollands; dieetmaaltijd zoutarm; soep van de dag"
    ),
    "code": _semi(
        "artikel 7:610 BW; fase A; loonheffingskorting; CAO ABU; schaal 4; zone P3; gate D7; vlucht KL1002; "
        "band 14; PIR-formulier; categorie 2; NEN 6069; NEN 2757; RIE-code 12; IVF-cyclus 2; kamer 4; "
        "level 3; menu 6; dieetcode ZB; BTW 9%"
    ),
    "ref": _semi(
        "T-40127; 2025-0887; 00918233; HS-55102; 25-1147; 2025/0311; FAQ-12; 7731; 2025-44; W-2210; #4471; SR-908"
    ),
    "public_phone": _semi(
        "088 269 2888; 020 794 0800; 088 2692 888; 0800-0888; 088-2222 111; 0900-0101; 070 750 3535; 112; "
        "0800 - 1351; +31 20 601 9111; +32 70 34 47 77; 0900-8844; +599 9 839 1000; 0800 7788"
    ),
    "bot": _semi("Loonbot; Parkie; Koffertje; Sleepie; Muizenval; Roetje; Ooievaar; Inkie; Stoompie; Sleutel; Soepie"),
    "date": _semi(
        "1 januari; 25 januari 2025; 28 februari; 1 april 2025; 30 april; 15 mei; 1 juli; 31-08-2025; 1/9; "
        "Koningsdag; de herfstvakantie; Pinksteren; 5 december; 31 december 2025; week 14"
    ),
    "date_en": _semi("1 March; 30 June 2025; 16 December; 26/01/2025; Freedom Day; Anzac Day; the 1st of May"),
    "time": _semi("06:45; 07.30 uur; 08:00; 09:15; 10.00; 12:30; 14:00 uur; 15:45; 17:00; 19.30; 21:15"),
    "amount": _semi(
        "€ 9,95; € 14,50; €42,00; € 87,60; € 129,-; 250 euro; € 16,40 per uur; € 1.842,17; € 2.310; R 450; "
        "AUD 89; ANG 35; € 7,25 per maaltijd"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 15; 24; 40; 60"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
    "week": _semi("week 3; week 9; week 17; week 22; week 31; week 40; week 48; periode 5; periode 11"),
}
