"""Ordinary (never labelled) words of test_v84, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v84"] = {
    "firm": _semi(
        "Ambulancezorg Brabant Midden-West-Noord; RAV Limburg; Ambulance Oost; Teletolk; KPN Teletolk; "
        "Nyria Fertiliteitskliniek; IVF-centrum Maxima; Nij Geertgen; Casa Sol Vacaciones; Costa Verhuur; "
        "Spanje Appartementen; Reisbureau Schoolreis.nl; De Efteling; Walibi; Bandenhotel Kuijpers; Profile "
        "Tyrecenter; Euromaster; CanalDigitaal; Joyne; M7 Group; Orthodontiepraktijk Brabant; Beugelpraktijk "
        "Maas; Roeivereniging De Dommel; Bootverhuur De Biesbosch; Pianohandel Van Gorp; Pianohuis Maastricht; "
        "Steinway & Sons; Yamaha; Kawai"
    ),
    "city": _semi(
        "Eindhoven; Tilburg; Den Bosch; Breda; Helmond; Oss; Maastricht; Heerlen; Sittard; Venlo; Roermond; "
        "Weert; Nairobi; Mombasa; Sydney; Melbourne; Brisbane; Perth; Málaga; Alicante; Benidorm; Marbella"
    ),
    "town": _semi("Oisterwijk; Boxtel; Best; Valkenswaard; Geldrop; Gulpen; Meerssen; Valkenburg; Thorn; Nerja"),
    "place": _semi(
        "de Van Abbe-rotonde; het Piusplein; het Vrijthof; de Sint Servaasbrug; het Philips Stadion; "
        "de Efteling-parkeerplaats; de Biesbosch; de John F. Kennedylaan; het Máxima Medisch Centrum; "
        "het Catharina Ziekenhuis; het Willem Alexander Ziekenhuis; de Kardinaal de Jongweg; Playa de la Malagueta"
    ),
    "product": _semi(
        "Yamaha U1; Kawai K-300; Steinway model B; Schimmel C 116; winterbanden Michelin Alpin 6; "
        "zomerbanden Continental PremiumContact 7; CanalDigitaal Basis; Joyne Family; schotelantenne Triax 64; "
        "slotje beugel Damon Ultima; Invisalign Teen; Wilson-roeiboot 4+; kano Old Town; schoolreis Walibi"
    ),
    "code": _semi(
        "ritcode A1; urgentie A2; declaratiecode 3042; DBC 0309; zorgproduct 149999019; banden 205/55 R16 91V; "
        "locatie rek 14-C; Astra 19,2°O; transponder 11.856 GHz; smartcard-model K2; CLASS I; vak 3; "
        "artikel 12.4; bouwjaar 1978; serienummer U1-4471803; steiger 5; boot 7"
    ),
    "ref": _semi(
        "ritnummer 2025-118734; factuur F-2025-0731; ticket #G-88412; Groove-ticket 50917; boeking CS-4471; "
        "reservering BH-20931; order 77-1142; bestelling PIA-2207; batch 3317; zaak 8841-T; offerte Q-2025-19"
    ),
    "public_phone": _semi(
        "0800-8112; 0900-1234; 088 123 4500; 14 040; 14 043; 0800 022 3344; +34 952 123 456; 112; "
        "0900-0400; 088-0222 555; 1800 246 800; 0800 720 555"
    ),
    "bot": _semi("Rit; Tolkie; Embry; Solly; Juf Bot; Bandje; Schotel; Bracey; Roeier; Toets"),
    "date": _semi(
        "1 januari; 3 maart 2025; 14-06-2025; 31 mei; 1 oktober; 24 december 2024; 6 januari 2026; Carnaval; "
        "de meivakantie; Koningsdag; 11-11; 15 november"
    ),
    "date_en": _semi("1 March; 12/08/2025; Australia Day; Madaraka Day; the 3rd of June; Boxing Day; 1 July 2025"),
    "time": _semi("07:15; 08.30 uur; 09:00; 10:45; 12.00; 13:30; 16:00 uur; 17.45; 20:00; 22:15"),
    "amount": _semi(
        "€ 612,37; € 1.180,-; €89,95; € 14,50 p/m; 350 euro; € 3.250; KES 2,500; A$120; € 45,-; € 9.750; € 0,95"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 12; 14; 20; 28; 52"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
