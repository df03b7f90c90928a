"""Ordinary (never labelled) words of test_v59, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v59"] = {
    "firm": _semi(
        "ANWB Alarmcentrale; Europ Assistance; Allianz Travel; TUI; Corendon; Sunweb; Vrij Uit; Eurocamp; "
        "Roompot; Landal GreenParks; Belvilla; Interhome; Stena Line; P&O Ferries; DFDS; Eurostar; NS International; "
        "ÖBB Nightjet; Deutsche Bahn; SNCF Connect; Skischool Snowworld; ESF Val Thorens; Fotostudio Hollandia; "
        "Vertaalbureau Babel & Co; VFS Global; TLScontact; Verhuizingen Mondial; Gosselin Moving; "
        "Pet Air Transport; Dierenkliniek De Hoefslag; Holland Expat Movers; Campingbureau Zon & Zee"
    ),
    "city": _semi(
        "Groningen; Leeuwarden; Almelo; Roosendaal; Maastricht; Antwerpen; Gent; Hasselt; Keulen; Innsbruck; "
        "Salzburg; Zermatt; Lyon; Barcelona; Málaga; Verona; Porto; Kraków; Praag; Bratislava; Ljubljana; "
        "Split; Belgrado; Sarajevo; Tirana; Thessaloniki; Antalya; Marrakech; Tunis; Beiroet; Tel Aviv; "
        "Calais; Hoek van Holland; IJmuiden; Rosslare; Dover; Hull; Newcastle"
    ),
    "town": _semi(
        "Groningen; Leeuwarden; Almelo; Roosendaal; Maastricht; Hengelo; Drachten; Veendam; Heerlen; Sittard; "
        "Bergen op Zoom; Oldenzaal; Franeker; Delfzijl; Tilburg; Zwolle"
    ),
    "date_en": _semi("3 August; 14 July; Saturday 21 December; 2 January 2026; 15/03/2026; Easter; the 5th of April"),
    "country": _semi(
        "Oostenrijk; Zwitserland; Frankrijk; Spanje; Italië; Portugal; Polen; Tsjechië; Slowakije; Slovenië; "
        "Kroatië; Servië; Bosnië; Albanië; Griekenland; Turkije; Marokko; Tunesië; Libanon; Canada; Australië"
    ),
    "place": _semi(
        "Camping Les Mouettes; Vakantiepark De Eemhof; Chalet Edelweiss; Hotel Kaiserhof; Gare du Nord; "
        "Brussel-Zuid; Köln Hbf; Wien Hauptbahnhof; Schiphol Plaza; Eindhoven Airport; terminal Europoort; "
        "Johan Cruijff ArenA; Rembrandtplein; Van Gogh Museum; Sint-Servaasbrug; Vrijthof; Martinitoren; "
        "Oldehove; Erasmusbrug; Prins Clausplein; Albert Cuypmarkt; Anne Frank Huis; Koning Willem II Stadion"
    ),
    "product": _semi(
        "Reis- en annuleringsverzekering Top; Pechhulp Europa Plus; Doorlopende Reisverzekering Gezin; "
        "Interrail Global Pass; Eurail Flexi; Skipas Ski Arlberg 6 dagen; Comfort Class 1; Sleeper Deluxe; "
        "Kajuit Commodore; Mobilhome Cordelia 3-slk; Dakkoffer Thule Motion XT; Bench Trixie Vario 4; "
        "Pasfoto-pakket Biometrisch; Beëdigde vertaling Duits-Nederlands; Verhuisdoos XL; Thule Chariot"
    ),
    "code": _semi(
        "ICE 105; IC 9235; NJ 40421; EST 9114; TGV 9876; RJX 166; EC 8; HOL-HAR 21:00; P&O Pride of Rotterdam; "
        "HV 6021; KL 1893; FR 8345; TB 2117; art. 4711-B; SKU TH-80012; model VX-220; pitch C-114; stoel 74; "
        "rijtuig 12; couchette 35; dek 8; kajuit 8214"
    ),
    "public_phone": _semi(
        "088 269 2888; +31 70 314 1414; 0900-9292; +43 1 93060 3300; 112; +33 1 45 11 88 00; 0800-0123; "
        "+32 2 528 28 28; 085-303 1201; +49 30 2978 0"
    ),
    "date": _semi(
        "3 augustus; 14 juli; zaterdag 21 december; 2 januari 2026; 15-03-2026; 28/06; 1 mei t/m 8 mei; "
        "10 oktober; Pasen; de krokusvakantie; the 5th of April; 12 September"
    ),
    "time": _semi("06:45; 07.10 uur; 09:30; 12:15; 14.55; 16:20; 19:00; 21:45 uur; 23.30; middernacht; 5.40 am"),
    "amount": _semi(
        "€ 39,95; € 129,-; €1.250,00; 85 euro; CHF 72.50; £ 48.00; 2.450 złoty; 18,75 EUR; € 7,50 p.p.; 310 USD"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 10; 12; 14; 21; 30"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
}
