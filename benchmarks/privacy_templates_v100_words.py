"""Ordinary (never labelled) words of test_v100, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v100"] = {
    "firm": _semi(
        "Jachtwerf Kaag; Bootmotoren Enkhuizen; Volvo Penta; Yanmar Marine; Vetus; Sporthal De Kreek; "
        "Sportfondsen; Gemeente Hoorn; Stad Brugge; Audiologisch Centrum Noord; Kentalis; Pento; "
        "SolarCarport NL; Zonneparkeren BV; Thialf; Ijsbaan Kennemerland; Kunstijsbaan Brugge; "
        "Obelink; Bever; Decathlon; Campingwinkel De Molen; Isolatiecentrum West-Friesland; Milieu Centraal; "
        "RVO; Fluxys; Bladmuziekshop.nl; Broekmans & Van Poppel; De Haske; Zwembad De Waterlelie; "
        "Sportfondsenbad Hoorn; Dierencrematorium De Zeven Linden; Huisdiercrematorium Rustoord; "
        "HubSpot; Microsoft Teams"
    ),
    "town": _semi(
        "Hoorn; Enkhuizen; Medemblik; Schagen; Wervershoof; Andijk; Venhuizen; Opmeer; Brugge; Sint-Kruis; "
        "Assebroek; Oostkamp; Damme; Zeebrugge; Knokke; Alkmaar; Purmerend"
    ),
    "place": _semi(
        "de Johan Cruijffhal; het Willem Alexander Sportpark; de Prins Hendrikkade; het Karel de Stoute-plein; "
        "de Jan van Eyckplaats; het Simon Stevinplein; sporthal De Marge; ijsbaan De Uithof; de Markerwaardhal; "
        "het Sint-Janshospitaal; de Kaag; het Markermeer; jachthaven Andijk; zwembad De Kloet; het Guido Gezelle-park"
    ),
    "product": _semi(
        "Volvo Penta D2-40; Yanmar 3YM30; Vetus M4.56; impeller 09-1027; Tentipi Safir 7; Coleman Ridgeline 4; "
        "Outwell Vermont; koelbox 35 liter; Hans Zimmer Piano Collection; Czerny Op. 599; Bach Inventionen; "
        "Mozart Sonate KV 545; schaatsen Viking Nordic; Raps Glide; zonnepanelen 430 Wp; laadpaal Alfen Eve; "
        "spouwmuurisolatie; HR++ glas; PIR-plaat 120 mm; urn 'Pootafdruk'; gedenksteen 'Max'"
    ),
    "code": _semi(
        "SKU BM-2231; art. 77014; zaal B; veld 3; baan 2; kleedkamer 4; regeling ISDE; module 5.1; "
        "ticketstatus 'Waiting on contact'; pipeline 'Service'; ronde 12; band 3; zone 2; kanaal 16"
    ),
    "ref": _semi(
        "ticket 44102; HubSpot-ticket #18820; bestelling BM-2025-0412; factuur 2025-3318; order 77120; "
        "aanvraag ISDE-2025-0099; reservering SH-1120; batch 5512; zending 3SXYZ9981123; offerte OF-4410"
    ),
    "public_phone": _semi(
        "0800-1351; 14 0229; 088 042 4242; 0900-0666; 050 44 80 00; +32 50 44 80 00; 1800 225 5321; "
        "+65 6225 5554; +353 1 804 7700; 0228 35 11 00; 020 260 3000; 112"
    ),
    "bot": _semi("Kaagje; Hallie; Oortje; Zonnetje; Schaatsie; Tentje; Nootje; Spetter; Poot; Isolde"),
    "date": _semi(
        "1 oktober; 15 maart 2025; 31 december; 1 juli 2026; 14-02-2025; 30/09; Koningsdag; de kerstvakantie; "
        "Hemelvaartsdag; 5 december; 2 januari 2026"
    ),
    "date_en": _semi("1 October; 15 March 2025; 30/09/2025; Hari Raya; National Day; Chinese New Year; 17 March"),
    "time": _semi("07:45; 09:00; 10.30 uur; 13:15; 16:00; 17.45; 19:30; 20:00 uur; 22:15"),
    "amount": _semi(
        "€ 7,50; € 24,95; € 89,00; € 1.250,-; € 349; 40 euro; € 14,99 p/m; € 2.100; S$45; € 0,95; € 185,00"
    ),
    "count": _semi("2; 3; 4; 6; 8; 10; 12; 15; 20; 25; 40; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
