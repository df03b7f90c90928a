"""Ordinary (never labelled) words of test_v98, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v98"] = {
    "firm": _semi(
        "InkAway Laserkliniek; Tattoo Removal Studio Clean Skin; Smoking Rental; Rokkostuum Verhuur De Heer; "
        "Pianoschool Forte; Muziekschool Allegro; Dakgoot Direct; Goot & Co; Dierenkliniek De Hoef; "
        "Spoedkliniek Dier 24; Lease a Bike; Bike Totaal Lease; Tuinmeubelshop Buitenleven; Kees Smit Tuinmeubelen; "
        "De Hypotheker; Hypotheekshop; Van Bruggen Adviesgroep; Ballorig; Monkey Town; Kinderfeestje De Speeltuin; "
        "Waterdirect; Bron & Co Flessenwater; Chaudfontaine; Spa Reine; Salesforce; Signal"
    ),
    "city": _semi(
        "Den Haag; Rotterdam; Paramaribo; Almere; Zoetermeer; Tilburg; Eindhoven; Groningen; Gent; Antwerpen; "
        "Lelystad; Dordrecht; Schiedam; Praia; Haarlem; Hengelo"
    ),
    "town": _semi("Zaandam; Capelle aan den IJssel; Rijswijk; Nieuwegein; Spijkenisse; Houten; Purmerend; Assen"),
    "place": _semi(
        "de Johan de Wittlaan; het Anne Frank Huis; de Erasmusbrug; het Willem-Alexanderpark; de Van Nelle Fabriek; "
        "het Beatrixtheater; de Jan Pieterszoon Coenstraat; het Maximapark; de Prins Clausbrug; het Rembrandtplein"
    ),
    "product": _semi(
        "smoking 'Milano' maat 50; rokkostuum compleet; vlinderdas zwart; digitale piano Yamaha P-145; "
        "lesboek Piano Adventures deel 2; e-bike Gazelle Ultimate C380; Cortina E-Common; loungeset 'Ibiza'; "
        "parasol 3 x 3 m; tuinstoel Hartman Sophie; kussenbox 'Lisa'; 5-liter fles bronwater; waterkoeler Aqua 20; "
        "laserbehandeling Q-switch; springkussen XL; goothaak RVS"
    ),
    "code": _semi(
        "SKU 55120-BLK; art. 8803.114; model P-145B; sessie 3 van 8; pakket Goud; maat 48; vak C; "
        "module 2; levering 19 liter; artikel 7:17 BW; route 12; behandeling Q3; optie B"
    ),
    "ref": _semi(
        "case 00871234; order WD-558120; factuur 2025/0342; ticket #77120; offerte OF-2291; levering 2025-01187; "
        "zending 3SWAT0077451; bon 112233; actiecode FEEST10; dossier H-2025-044"
    ),
    "public_phone": _semi(
        "0800-0321; 088 500 4400; 0900-1234; 020 555 0199; +31 10 240 6000; 14 070; 0800 8877; 088-111 2222"
    ),
    "bot": _semi("Tuxie; Gootje; Pip de Pianobot; Dokter Snuf; Fietsbot; Parasolly; Bubbel; Feestbeest; Inky"),
    "date": _semi("1 maart; 14 februari 2025; 31-12-2024; 5 december; Koningsdag; 15 juni; de kerstvakantie; 1 mei"),
    "date_en": _semi("1 March; 14 February 2025; 31/12/2024; Christmas Eve; 15 June; the 1st of May"),
    "time": _semi("08:00; 09.30 uur; 10:15; 11:00; 13:45; 14.30; 16:00 uur; 19:00; 20.15"),
    "amount": _semi("€ 79,00; € 145,-; €12,50; € 2.350,00; 89 euro; € 6,95 p/m; € 49,95; £120; € 315.000"),
    "count": _semi("2; 3; 4; 6; 8; 10; 12; 20; 36; 150"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
