"""Ordinary (never labelled) words of test_v71, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v71"] = {
    "firm": _semi(
        "Dierenkliniek De Hoefslag; AniCura; Evidensia; Dierenartsenpraktijk Twente; Zonnefabriek; Solarfix; "
        "Zonneplan; Greenchoice; Kasteel De Wittenburg; Landgoed Zonheuvel; Trouwlocatie De Oranjerie; "
        "TCA Taxi; Taxi Centrale Enschede; Uber; Bolt; Valys; Rijschool Van Dijk; Autorijschool Rijwijs; "
        "Landal; Center Parcs; Roompot; Vakantiepark De Twee Bruggen; Apotheek Het Zwanenplein; Mediq; "
        "Service Apotheek; BENU; Belastingadviesbureau Oldenkamp; H&R Block; Hoogenboom Verhuizingen; "
        "Verhuisbedrijf De Haas & Zn; Mondial Movers; Bibliotheek Hengelo; OBA; Rijksmuseum; Museum Twentse Welle; "
        "Museumkaart; Albert Heijn; Rituals; Kruidvat"
    ),
    "city": _semi(
        "Enschede; Hengelo; Almelo; Oldenzaal; Nijmegen; Arnhem; Venlo; Kerkrade; Winterswijk; Doetinchem; "
        "Zwolle; Utrecht; Amsterdam; Rotterdam; Eindhoven; Gent; Antwerpen"
    ),
    "town": _semi(
        "Losser; Denekamp; Haaksbergen; Ootmarsum; Dinxperlo; Groesbeek; Millingen aan de Rijn; Vaals; "
        "Tubbergen; Lichtenvoorde; Westerhaar; Beek-Ubbergen"
    ),
    "town_de": _semi("Kranenburg; Kleve; Emmerich; Gronau; Bad Bentheim; Nordhorn; Goch; Aachen; Vreden"),
    "place": _semi(
        "het Rijksmuseum; de Johan de Wittlaan; het Anne Frank Huis; het Van Gogh Museum; de Rembrandtbrug; "
        "de Abraham Kuyperlaan; station Enschede Kennispark; het Wilhelminaplein; de Koning Willem-Alexanderbrug; "
        "Kasteel Twickel; het Erve Kots; de Grolsch Veste; het Prins Bernhardplein; Villa Mondriaan; "
        "de Jan Pieterszoon Coenstraat; Landgoed Singraven"
    ),
    "product": _semi(
        "Enphase IQ8; SolarEdge SE5000H; paneel JA Solar 430 Wp; thuisbatterij Tesla Powerwall; "
        "Frontline Combo; Bravecto; kattenvoer Renal; trouwpakket Goud; bruidssuite; "
        "pakket 20 rijlessen; spoedcursus B; Comfort Cottage 6p; Premium Bungalow 4p; "
        "omeprazol 20 mg; Baxterrol; inhalator Ventolin; verhuisdozen (20 stuks); kledingkast-box; "
        "Museumkaart jongeren; bibliotheekabonnement Basis"
    ),
    "code": _semi(
        "fout 4521; omvormercode E-17; type SE5000H; bungalow 214; huisje 14B; baan 3; zaal De Serre; "
        "examencode B-TH-02; module SVB-7; artikel 26 Opiumwet; stelling 12; box 3; schap 7; routecode R44"
    ),
    "ref": _semi(
        "order 2025-118842; ticket #77031; rit #5521907; offerte OF-2025-0312; factuur 25-00417; "
        "boeking LND-88213; actiecode ZON25; zending 3SXYZ0099887; batch 24-117; storingsnummer ST-3390"
    ),
    "public_phone": _semi(
        "0900-1234567; 088 118 0000; 0800-0330; 14 053; 0900 8844; +31 20 523 4000; 112; 088-770 1700; "
        "0800 0400; +49 2821 720 0; 053 480 4800; 0900-0345"
    ),
    "bot": _semi("Zonnetje; Pootje; Tessa de trouwbot; Taxibot; Rijmpje; Bungelbot; Pillie; Fiscalino; Dozie; Boekie"),
    "pet": _semi("Pluisje; Tijger; Snuf; Bolletje; Woefie; Kruimel; Sokje; Pip; Dropje; Bliksem"),
    "stamp": _semi("09:14; 10:02; 11:47; 13:30; 14:05; 16:22; 18:59; 21:13; 2025-03-11 08:40; 2025-06-02 15:17"),
    "date": _semi(
        "14 juni 2025; 6 september; 1 mei; 21 maart 2026; 30-08-2025; 12/10; 1 januari 2026; "
        "Hemelvaartsdag; de kerstvakantie; 27 april; 31 december"
    ),
    "date_en": _semi("14 June 2025; 6 September; 1 May; 21 March 2026; 30/08/2025; New Year's Eve; 4 July"),
    "year": _semi("2022; 2023; 2024"),
    "time": _semi("07:00; 08.30 uur; 09:15; 10:45; 12:00; 13.30; 15:00; 16:45 uur; 19:00; 22:30"),
    "amount": _semi(
        "€ 6,50; € 24,95; €89,00; € 149,-; € 1.275,00; 450 euro; € 7.850; € 32,40; € 2,95 p/m; € 615; € 18"
    ),
    "count": _semi("2; 3; 4; 6; 8; 10; 12; 14; 18; 20; 30; 114"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
