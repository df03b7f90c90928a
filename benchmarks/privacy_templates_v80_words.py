"""Ordinary (never labelled) words of test_v80, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v80"] = {
    "firm": _semi(
        "Vattenfall Warmte; Ennatuurlijk; Eneco Warmte & Koude; HVC Warmte; Stadsverwarming Purmerend; "
        "Cargoroo; Bakfiets.nl; BakfietsDeelpunt; Urban Arrow; Babboe; Hospice De Regenboog; Hospice Kuria; "
        "Bijna Thuis Huis Het Veerhuis; Palliatief Netwerk Midden; Märklin; Fleischmann; Modelspoor Van Bergen; "
        "Treinenwinkel Het Seinhuis; Goudwisselkantoor; Zilverhandel Hollandia; Inkoop Goud Direct; "
        "Schoolfotograaf Lachebekjes; Fotostudio Klik & Co; Tiny House Nederland; Tiny Village Kleinhuizen; "
        "Vuurwerk Bakker; Vuurwerkhal Kroon; Pyro Oud & Nieuw; Strandhuisjes Zoutelande; Beachhuts Kijkduin; "
        "Nationale Donorbank; Stichting Donorgegevens; Eiceldonatie Nederland; Setar; Flamingo Communications; "
        "Rogers; Bell Canada; Melita; GO plc"
    ),
    "city": _semi(
        "Purmerend; Almere; Nijmegen; Zwolle; Leiden; Delft; Amersfoort; Tilburg; Eindhoven; Groningen; "
        "Oranjestad; Kralendijk; Willemstad; Toronto; Montréal; Halifax; Valletta; Sliema; Gent; Antwerpen"
    ),
    "town": _semi(
        "Zoutelande; Domburg; Kijkduin; Bergen aan Zee; Ouddorp; Noord; Santa Cruz; Rincon; Mosta; Birkirkara; "
        "Lelystad-Haven; Oosterhout; Heiloo; Zeist"
    ),
    "place": _semi(
        "de Willem Barentszstraat; het Anne Frank Huis; de Johan de Wittlaan; het Koningin Beatrixpark; "
        "de Prins Bernhardbrug; de Caya G.F. Betico Croes; Kaya Grandi; het Juliana Kinderziekenhuis; "
        "de Erasmusbrug; het Wilhelmina Gasthuis; de Queen Street West; het Karel Doorman-dok; "
        "de Sint Janskathedraal; de Kaya Simon Bolivar; Triq ir-Repubblika; de Mgr. Nolenslaan"
    ),
    "product": _semi(
        "Urban Arrow Family; Babboe Curve-E; Märklin BR 218; Fleischmann ICM; Roco Koploper; H0-rails 2,3 m; "
        "Krugerrand 1 oz; muntbaar 10 gram; Wilhelmina-gulden; zilveren lepel 835; afleverset A4; "
        "portretfoto 13x18; Tiny House 28 m²; Cobra 6; Romeinse kaars; Vlinderbom XL; strandhuisje type B; "
        "warmtewisselaar WW-40; afleverset Itho Daalderop; kwartiermaker-pakket"
    ),
    "code": _semi(
        "art. 58123-H0; SKU 4012-ZLV; model WW-40; afleverset AS-7; BR 218 217-8; spoor H0; schaal N; "
        "categorie F2; CE-markering 0589-F2; perceel 14; kavel 7; huisje 23; strook C; vak 9; tarief T3; "
        "warmtemeter Kamstrup 603; CO2-norm 2025; sessie 2; groep 5b; klas 3A"
    ),
    "ref": _semi(
        "bestelling 2025-118204; ticket #77120; case 00442197; order VW-30215; factuur 2025/0871; batch 5521; "
        "actiecode KNAL25; zendingnummer 3SXYZ0099881; storing ST-2025-0412; werkbon WB-88120; "
        "reservering STR-2209; kassabon 0044-1182"
    ),
    "public_phone": _semi(
        "0800-0338; 088 363 6000; 0900-1234; 14 020; 0800 0500; +31 20 555 9000; 088-321 7000; 112; "
        "+297 588 0000; +599 715 8000; 1-800-268-9242; +356 2122 4000; 0800-2233"
    ),
    "bot": _semi("Warmte-Wim; Bakkie; Hopje; Sein; Goudie; Flits; Tiny; Knalbot; Strandje; Lotte de chatbot; Nova"),
    "date": _semi(
        "1 januari; 31 december; 28 december; 2 november 2024; 15 maart 2025; 1 juli; 1-10-2025; 30/06; "
        "Koningsdag; Oudejaarsdag; de meivakantie; 1 april 2026; 6 december"
    ),
    "date_en": _semi("Canada Day; 1 July; Victoria Day; 31 March 2025; 8 September; the 1st of May; 2025-12-31"),
    "time": _semi("07:45; 08.30 uur; 09:00; 10:15; 11.30; 13:00; 14:45; 16.00 uur; 19:30; 22:00; 0:03; 12:41"),
    "amount": _semi(
        "€ 3,50; € 27,95; €49,00; € 112,40; € 1.275,-; 180 euro; € 9,99 p/m; € 2.450; CAD 65; € 0,35; AWG 120"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 9; 11; 14; 20; 36; 250"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
