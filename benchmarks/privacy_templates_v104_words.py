"""Ordinary (never labelled) words of test_v104, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v104"] = {
    "firm": _semi(
        "Manege De Hoefslag; Pensionstal Het Zandpad; Paardenpension Oude Tonge; Strijkersatelier Vioolbouw Dordrecht; "
        "Harpenhuis Assen; Muziekhuis Goeree; Renewi; HVC; Avalex; Area Reiniging; Irado; Hondenopvang Blafplezier; "
        "Dogcare De Kwispel; Zorgcentrum Nieuw Rijsenburg; Woonzorg Het Drentse Land; Glazenwasserij Helder; "
        "Glazenwasser Brilliant; Atelier Verfwerk; Kunstschool De Vonk; NS Gevonden Voorwerpen; NMBS; "
        "Translink; Sessy; Tesla Powerwall; Zonneplan; Enphase; Huawei LUNA; Gemengd Koor Cantabile; "
        "Christelijk Mannenkoor Flakkee; Kamerkoor Westhoek; Safaricom; M-Pesa; Royal Mail; UPS"
    ),
    "city": _semi(
        "Middelharnis; Sommelsdijk; Oude-Tonge; Brielle; Hellevoetsluis; Spijkenisse; Assen; Emmen; Meppel; "
        "Hoogeveen; Coevorden; Brugge; Oostende; Kortrijk; Roeselare; Ieper; Nairobi; Mombasa; Belfast; "
        "Derry; Boston; Chicago; Dordrecht; Rotterdam Centraal"
    ),
    "town": _semi("Ouddorp; Dirksland; Goedereede; Rockanje; Westkapelle; Norg; Diever; Orvelte; Veurne; Poperinge"),
    "place": _semi(
        "de Willem van Oranjelaan; het Koning Willem-Alexanderplein; het Hugo de Grootplein; de Prins Hendrikkade; "
        "het Drents Museum; de Sint-Salvatorskathedraal; de Uhuru Highway; het Titanic Quarter; de Abraham Kuyperlaan; "
        "de Van Speijkstraat; het Johan de Witt-gymnasium; de Beatrixhaven; Stal Juliana; Zaal Emma"
    ),
    "product": _semi(
        "cello 4/4 huurinstrument; studiecello 3/4; Camac-harp 47 snaren; Salvi Ana; leerharp Aida; "
        "container 240 liter; GFT-bak 140 l; papiercontainer 2-wiel; thuisbatterij 10 kWh; omvormer SUN2000; "
        "Powerwall 3; paardendeken 145 cm; weidebox; pensionstal all-in; dagopvang-strippenkaart 10x; "
        "ramen buiten 4-wekelijks; schildersezel; aquarelset 24 kleuren; koormap; Messiah-partituur"
    ),
    "code": _semi(
        "artikel 22-0415; model LUNA2000-10; firmware 3.2.1; SKU CEL-44-ST; stal 7; box 12; paddock C; "
        "route 4; wijk 8; container-ID 04A7; zone Noord; lokaal 2.14; les 6; perron 5b; kluis 31; "
        "sectie T; KvK 24301234; BTW NL001234567B01; kWh 13,5; 230 V"
    ),
    "ref": _semi(
        "case 00421987; ticket #58112; melding GV-2025-3381; order 7710293; factuur 2025-0417; webhook evt_8JX2; "
        "zaak 2025/118; werkbon WB-3312; offerte OF-2025-077; batch 4410"
    ),
    "public_phone": _semi(
        "0800-0123; 030 751 5155; 0900-9292; 14 0187; 088-4411900; +32 50 44 80 00; 0800 1234; "
        "+254 20 4280000; 0300 200 7888; 1-800-275-8777; 112"
    ),
    "bot": _semi("Hoefje; Strijkie; Bakkie; Kwispel; Zonnetje; Pips; Lotje de assistent; Echo; Glimmer; Koorbot"),
    "date": _semi(
        "1 januari; 15 februari; 3 maart 2025; 30 juni 2025; 1 september; 12-10-2025; 31/12; Koningsdag; "
        "de kerstvakantie; 2e pinksterdag; 4 mei; 1 november 2024; Sint-Maarten"
    ),
    "date_en": _semi(
        "1 January; 12 July; 3/14/2025; 30 June 2025; Labor Day; Jamhuri Day; the 4th of July; St Patrick's Day"
    ),
    "time": _semi("07:15; 08.30 uur; 09:00; 10:45; 12.00; 13:30; 16:00; 17.45 uur; 19:30; 20:00"),
    "amount": _semi("€ 6,50; € 22,00; €45,-; € 89,95; € 349; € 1.275,00; 35 euro; € 14,95 p/m; KSh 2,500; $49.99; £12"),
    "count": _semi("2; 3; 4; 5; 6; 7; 9; 10; 12; 15; 20; 40"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
