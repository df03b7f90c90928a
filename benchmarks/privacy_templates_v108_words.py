"""Ordinary (never labelled) words of test_v108, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v108"] = {
    "firm": _semi(
        "Manege De Hoefslag; Stal Ruiterhof; Dela; Yarden; Monuta; Ardanta; Lease a Bike; Bikeleasing.nl; "
        "Hondensalon Pluizebol; Trimsalon Kwispel; Landal GreenParks; Center Parcs; Roompot; Schoonenberg; "
        "Beter Horen; Amplifon; Specsavers; Studystore; Boekenbalie; Parkeerbeheer Groningen; "
        "Bijles Academie; Studiekring; Glazenwasserij Helder; Glasbewassing Zonneklaar; Juridisch Loket; "
        "Sportbedrijf Gent; Gemeente Maastricht; Intercom"
    ),
    "city": _semi("Groningen; Assen; Winschoten; Maastricht; Heerlen; Venlo; Gent; Brugge; Leeds; York; Pune; Durban"),
    "town": _semi("Haren; Zuidhorn; Appingedam; Delfzijl; Valkenburg; Gulpen; Meerssen; Sluis; Merelbeke; Lochristi"),
    "place": _semi(
        "de Martinitoren; het Vrijthof; de Sint-Baafskathedraal; het Gravensteen; de Herestraat; "
        "het Stadspark; de Zernike Campus; de Vismarkt; de Korenlei; de Graslei; het Van Nelle-terrein; "
        "de Jan Pieter Heijestraat; het Emmaplein; de Wilhelminatoren"
    ),
    "product": _semi(
        "zadel Prestige 17 inch; cap maat M; Stella Ultra 4; Gazelle Grenoble C7; VanMoof S5; Cortina E-Common; "
        "Oticon Intent 1; Phonak Lumity 90; Signia Pure C&G; Chapter 7 Biologie Campbell; Getal & Ruimte deel 2; "
        "trimbeurt groot; knipbeurt plus; bungalow 4p Comfort; strandhuisje Deluxe; bezoekersvergunning; "
        "bewonersvergunning zone C; bijlespakket 10 uur; glasbewassing 8-wekelijks"
    ),
    "ref": _semi(
        "boeking 2025-77120; ticket #60231; bestelling SB-401188; aanvraag PV-2025-0193; factuur 2025/3381; "
        "order BB-559201; lesblok L-14; route 12-Noord; kenmerk AV/2025/118; voucher RIJ15"
    ),
    "public_phone": _semi(
        "0800-0230; 050 367 1000; 14 050; 14 043; 0900-1234; 088 555 6000; +32 9 210 10 10; 0800 9988; 020 560 4000"
    ),
    "bot": _semi("Hoefje; Kwispel; Lisa van Intercom; Parkie; Bikey; Oortje; Boekie; Glimmer; Studiebol"),
    "date": _semi("1 januari; 14 maart 2025; 30 juni; 1 oktober 2024; 15-11-2025; Koningsdag; de zomervakantie; 31/12"),
    "date_en": _semi("1 March; 30 June 2025; Bank Holiday Monday; the 15th of August; Diwali; 24 September"),
    "time": _semi("07:45; 08.30 uur; 09:00; 10:30; 13:15; 14.45; 16:00; 19:30; 20.00 uur"),
    "amount": _semi("€ 3,50; € 17,95; € 42,-; € 89,00; € 1.249,00; 35 euro; € 24,99 p/m; R 450; ₹ 1,200; £ 12.50"),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 14; 20; 45"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
