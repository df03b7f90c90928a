"""Ordinary (never labelled) words of test_v86, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v86"] = {
    "firm": _semi(
        "Natuurbegraafplaats De Hoge Veluwe; Begraafplaats Oud Eik en Duinen; Gemeente Assen afdeling Begraven; "
        "Stichting Orgelconcerten Grote Kerk; Protestantse Gemeente De Bron; Laserkliniek Clean Skin; "
        "Tattoo Removal Studio Inkless; IJsclub Nooit Gedacht; IJsvereniging De Poolster; Kaashandel Van der Wee; "
        "Kaashuis Gouda Gijs; De Kaaskamer; Praxis; Gamma; Karwei; Hornbach; Bauhaus; Brico; Window Film Benelux; "
        "Folieplakkers Zuid; Modelvliegclub De Luchtvaart; MVC Phoenix; SolarClean Nederland; Paneelpoets BV; "
        "Smoking Rental Amsterdam; Galakleding Verhuur Yvonne; Suitsupply; Tidio; Google Workspace"
    ),
    "city": _semi(
        "Assen; Emmen; Hoogeveen; Meppel; Heerenveen; Gouda; Alkmaar; Edam; Woerden; Eindhoven; Tilburg; Breda; "
        "Leuven; Gent; Hasselt; Willemstad; Kralendijk; Oranjestad; Utrecht; Zwolle; Deventer; Haarlem"
    ),
    "town": _semi("Giethoorn; Dwingeloo; Haaksbergen; Bergambacht; Oudewater; Sint-Oedenrode; Lommel; Kampen"),
    "place": _semi(
        "de Jan Smuts Avenue; het Thialf-stadion; de IJsbaan Kardinge; de Elfstedenroute; de Bonifatiuskerk; "
        "het Sweelinckorgel; de Sint-Bavokerk; de Schnitger-zaal; het Arp Schnitger-orgel; de Willem Barentszstraat; "
        "het Abraham Kuyperplein; vliegveld Teuge; de Martinitoren; de Prins Bernhardhoeve; de Cornelis Lelylaan; "
        "Orchard Road; Table Mountain; het Fort Amsterdam; de Koningin Emmabrug; de Waagplein-kaasmarkt"
    ),
    "product": _semi(
        "Goudse jong belegen 1 kg; Leidse komijnekaas; Boerenkaas extra belegen; Old Amsterdam; geitenkaas met "
        "honing; kaasplank 'Hollands Glorie'; keuken Nobilia Touch; werkblad Silestone; inductieplaat Bosch Serie 6; "
        "spoelbak Blanco Subline; zonwerende folie 3M Prestige 70; spiegelfolie 20% zilver; veiligheidsfolie SCL "
        "4mil; Multiplex Extra 300; Pilatus PC-6 schaal 1:6; zweefvlieger ASK-21; lipo 6S 5000 mAh; smoking "
        "Slim Fit zwart; vlinderdas bordeaux; cummerbund; Picosure-laser; verdovende crème; noren 'Viking Pro'; "
        "klapschaats Maple"
    ),
    "code": _semi(
        "art. 4401227; SKU KJ-2231; zone 2; vak C; rij 14; graf C-112; grafvak 7; urnennis 23; baan 3; "
        "sidecode-tabel 6; keukenmodel L-opstelling; frequentie 2.4 GHz; klasse F3A; folienummer 70-NX; "
        "maat 52; kleur 'Midnight'; sessie 4 van 8; laser 1064 nm; pakket Zilver; register II"
    ),
    "ref": _semi(
        "bestelling 2025-88412; order #100452; ticket #7731; factuur F-2025-0193; offerte OFF-4471; "
        "zending 3SKAAS0041127; werkbon WB-0921; reservering R-2025-311; case 48102; retour RT-5520"
    ),
    "public_phone": _semi(
        "0800-0230; 088 442 1100; 0900-1234; 14 0592; 070 311 4000; +32 2 555 01 01; 0800 7733; +599 9 461 0000; "
        "+65 6225 5554; 0860 100 200; 088-003 3000; 020 624 1111"
    ),
    "bot": _semi(
        "Kaasje; Gijsje de Kaasbot; Schaatsie; Orgelbot; Vlieg; Foliebot Fien; Zonnetje; Smokie; Inkie; Rustbot"
    ),
    "date": _semi(
        "1 januari; 6 februari; 14 maart 2026; 2 april; 27 april; 5 mei; 21 juni 2025; 1 november; "
        "2 november (Allerzielen); 15-12-2025; 31/10; Stille Zaterdag; de kerstvakantie; Elfstedendag"
    ),
    "date_en": _semi("1 March; 24 September (Heritage Day); 9 August; 14/02/2026; the 5th of June; Hari Raya"),
    "time": _semi("08:00; 09.30 uur; 10:15; 12:00; 13.45; 15:00; 16:30 uur; 19:30; 20.15; 22:00"),
    "amount": _semi(
        "€ 7,95; € 24,50; €89,00; € 149,-; € 1.275,00; 350 euro; € 14,99 p/m; € 3.450; R 1 200; S$ 85; € 0,95"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 15; 20; 25; 40"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
