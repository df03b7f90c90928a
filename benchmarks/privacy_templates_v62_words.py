"""Ordinary (never labelled) words of test_v62, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v62"] = {
    "firm": _semi(
        "Waterbedrijf Groningen; Vitens; Evides; Brabant Water; Waternet; Dunea; Waterschap Aa en Maas; "
        "Parkeerbeheer Den Haag; SHPV; Yellowbrick; EasyPark; RET; HTM; Arriva; Qbuzz; NS; De Lijn; "
        "Odido; Lebara; Simyo; Ben; Proximus; Bibliotheek Rotterdam; OBA; Museumkaart; Rijksmuseum; "
        "Dierenkliniek De Vaart; AniCura; Schoonenberg; Beter Horen; Hans Anders; Pearle; Specsavers; "
        "Leen Bakker; Montel; Swiss Sense; Goossens; Beter Bed; IKEA; PFZW; ABP; PMT; BpfBOUW; Nationale-Nederlanden; "
        "KWF Kankerbestrijding; Hartstichting; Artsen zonder Grenzen; Stichting Vluchteling; Het Vergeten Kind"
    ),
    "city": _semi(
        "Groningen; Zwolle; Enschede; Deventer; Apeldoorn; Arnhem; Nijmegen; Tilburg; Breda; Eindhoven; Venlo; "
        "Den Haag; Delft; Leiden; Haarlem; Almere; Lelystad; Utrecht; Amersfoort; Antwerpen; Brussel; Gent"
    ),
    "town": _semi(
        "Zwolle; Emmen; Assen; Hoogeveen; Deventer; Apeldoorn; Ede; Veenendaal; Gouda; Zoetermeer; Schiedam; "
        "Vlaardingen; Spijkenisse; Helmond; Oss; Roermond; Weert; Purmerend; Hoorn; Den Helder; Lelystad"
    ),
    "town_be": _semi("Bruxelles; Liège; Namur; Charleroi; Antwerpen; Gent; Leuven; Brugge"),
    "place": _semi(
        "het Wilhelminaplein; de Johan de Wittlaan; het Beatrixpark; de Pieter Calandlaan; het Erasmusplein; "
        "station Rotterdam Centraal; Utrecht Centraal; P+R Kralingse Zoom; het Malieveld; de Vismarkt; "
        "parkeergarage Mr. Visserplein; de Anne Frankstraat; het Thorbeckeplein; Hotel Karel V; "
        "het Multatuli Museum; De Hallen; het Rembrandthuis; Amalia-ziekenhuis; het Prinses Máximacentrum"
    ),
    "product": _semi(
        "hoekbank Lucca 3-zits; kast Pax 200 cm; eettafel Oslo eiken; boxspring Royal 160x200; "
        "NS Flex Dal Vrij; Altijd Vrij; Dal Voordeel; sim-only 20 GB; Unlimited 5G; Samsung Galaxy A55; "
        "iPhone 15 128 GB; Museumkaart Jong; Bibliotheekpas Plus; Phonak Audéo Lumity; Oticon Intent; "
        "multifocale glazen; maandlenzen Acuvue Oasys; nabestaandenpensioen; lijfrente-uitkering Direct"
    ),
    "code": _semi(
        "SKU 40421-OAK; art. 702.998.12; model HX-311; batch L2309-44; release 4.12.3; lijn 7; bus 412; "
        "tram 11; RE 10; IC 3519; zone 2; sector 14B; vak C; zuil 3; meter MW-2000; storing STR-2291; "
        "incident INC0048213; wijziging CHG-7731; route R-48; pakket PK-12"
    ),
    "ref": _semi(
        "storing STR-2291; incident INC0048213; campagne 2025-Q3; wijziging CHG-7731; "
        "release 4.12.3; actiecode WINTER25; tarief T-102; rapport RAP-2024-07; regeling 2025/118"
    ),
    "public_phone": _semi(
        "0800-0359; 088 269 2888; 0900-9292; 14 070; 0800 1400; +31 20 630 3500; 0900-0203; 112; "
        "0800-0112; +32 2 279 22 11; 085-773 3888; 0800-1234"
    ),
    "bot": _semi("Wally; Sam; Fenna; Bo; Nova; Billie; Juul; Max de chatbot"),
    "menu": _semi("1; 2; 3; 4; 5; 9; 0; *; #"),
    "date": _semi(
        "1 januari; 14 februari; 3 maart 2025; 1 juli 2026; 30-09-2025; 31/12; 15 mei t/m 1 juni; "
        "Koningsdag; Hemelvaartsdag; de zomervakantie; 12 oktober; tweede kerstdag"
    ),
    "date_en": _semi("1 January; 14 February 2026; 3 March; 30/09/2025; Christmas Eve; the 12th of October"),
    "time": _semi("07:00; 08.30 uur; 09:15; 11:45; 13.00; 15:30; 17:00 uur; 19.45; 22:00; 00:30"),
    "amount": _semi(
        "€ 2,35; € 17,50; €79,00; € 112,40; € 1.299,-; 45 euro; € 9,99 p/m; € 350,00; € 4,80 per uur; € 25.000"
    ),
    "count": _semi("2; 3; 4; 5; 8; 10; 12; 15; 20; 40; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
