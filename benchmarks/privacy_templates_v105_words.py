"""Ordinary (never labelled) words of test_v105, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v105"] = {
    "firm": _semi(
        "Zeilschool De Veerse Meer; Watersport Breskens; Zeilcentrum Lauwersoog; Agrisol Lease; Boerendak Zon; "
        "Hospice De Berkel; Hospice Sint-Jozef; Klassiekerpolis Nederland; Oldtimer Assuradeuren Zutphen; "
        "Velo Leuven; Fietsdokter Heverlee; Thermen Berendonck; Sauna Drouwenerzand; Elysium Bleiswijk; "
        "Fotostudio Trouwlicht; Loodgieter 24/7 Terneuzen; Rioolservice Achterhoek; Zorgalarm Oost; Tunstall; "
        "Donorbank Nederland; Highland Sailing Co; Outback Solar; Accra Plumbing Ltd; Vodafone Ghana; MTN"
    ),
    "city": _semi(
        "Winterswijk; Groenlo; Lichtenvoorde; Eibergen; Doetinchem; Aalten; Terneuzen; Hulst; Sluis; Oostburg; "
        "Axel; Breskens; Leuven; Heverlee; Kessel-Lo; Wilsele; Zutphen; Arnhem; Enschede"
    ),
    "city_en": _semi(
        "Accra; Kumasi; Tema; Takoradi; Inverness; Fort William; Ullapool; Thurso; Alice Springs; Tennant Creek; "
        "Katherine; Coober Pedy"
    ),
    "town": _semi("Meddo; Zieuwent; Harreveld; Mariënvelde; Kotten; Cadzand; Retranchement; IJzendijke; Zoutelande"),
    "place": _semi(
        "de Willem-Alexanderhaven; het Prins Bernhardplein; het Sint-Pietersziekenhuis; de Hendrik Conscienceschool; "
        "de Koningin Wilhelminabrug; het Ladeuzeplein; het Dr. Ariënsplein; de Kwame Nkrumah Mausoleum; "
        "Loch Ness; Uluru; de Jan Ligthartschool; de Juliana Hoeve; zaal Beatrix"
    ),
    "product": _semi(
        "Optimist-jol; Laser Pico; Valk 6,3 m; zeilpak maat M; omvormer SMA Sunny Tripower; paneel 430 Wp; "
        "alarmhanger Vivago; basisstation Lifeline; dakmontagesysteem Esdec; saunadoek 80x200; "
        "opgietmiddel eucalyptus; trouwalbum 30x30; fotoboek Deluxe; "
        "ontstopper Rothenberger; boiler 80 liter; binnenband 28 inch"
    ),
    "code": _semi(
        "artikel 55-1207; SKU SAIL-PICO-03; firmware 4.0.2; steiger B; ligplaats 14; stal 3; dakvlak Zuid; "
        "kamer 6; sauna 2; cabine 9; fietsrek C; storingscode E-302; ketel type HR 28; KvK 08123456; "
        "BTW BE0123.456.789; 400 V; 12 kWp"
    ),
    "ref": _semi(
        "kaart #212; ticket 77310; order 4410982; factuur 2026-0093; werkbon SP-5521; offerte Q-2026-14; "
        "schade-ID SCH-88121; zending 3S-LK99120; reservering R-6612; boeking 2026/051"
    ),
    "public_phone": _semi(
        "0800-0234; 0900-8844; 088-1234000; 0543 51 23 00; 0115 69 00 00; +32 16 24 00 00; 016 20 30 20; "
        "+233 302 000 000; 01463 222 000; 13 14 50; 000; 112"
    ),
    "bot": _semi("Zeilbot; Zonnie; Kaaske; Piepje; Velootje; Stoomke; Knipper; Druppel; Hangertje; Skipper Sam"),
    "date": _semi(
        "1 april; 14 mei; 3 juni 2026; 30 september 2025; 1 oktober; 15-03-2026; 31/10; Pasen; de herfstvakantie; "
        "Hemelvaartsdag; 5 december; 1 januari 2026"
    ),
    "date_en": _semi(
        "1 March; 6 March 2026; Independence Day; Hogmanay; Australia Day; 25/12; 30 June 2026; Burns Night"
    ),
    "month": _semi("mei; juni; juli; augustus; de zomervakantie"),
    "time": _semi("06:30; 07.45 uur; 09:00; 10:15; 12.30; 14:00; 15:45; 17.00 uur; 20:30; 23:15"),
    "amount": _semi("€ 8,50; € 27,50; €60,-; € 119,95; € 395; € 2.450,00; 45 euro; € 19,95 p/m; GH₵ 350; £65; A$89"),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 14; 18; 24; 36"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
