"""Ordinary (never labelled) words of test_v95, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v95"] = {
    "firm": _semi(
        "Strandhuisjes Kijkduin; Strandpaviljoen De Zeemeeuw; Sanquin; Bloedbank Rode Kruis-Vlaanderen; "
        "Kartcentrum Lelystad; Race Planet; Kartbaan De Landsard; Orthodontiepraktijk Rijnsweerd; Beugelcentrum Gent; "
        "Brekz; Zooplus; Zoobio; Petsplace; Sint-Baafskathedraal; Domkerk Utrecht; Laurenskerk; Escape010; "
        "Escape Room Ghent; Sherlocked; Scootmobielservice Welzorg; Medipoint; Brouwland; Brouwmarkt; "
        "Bierbrouwpakket.nl; ROTEB; Irado; HVC; Stadsbeheer Utrecht; IVAGO; Freshdesk; Apple"
    ),
    "city": _semi(
        "Rotterdam; Utrecht; Gent; Schiedam; Nieuwegein; Zeist; Dordrecht; Glasgow; Edinburgh; Accra; Kumasi"
    ),
    "town": _semi(
        "Kijkduin; Hoek van Holland; Maarssen; Houten; Ledeberg; Mariakerke; Oostakker; Leith; Tema; Vlaardingen"
    ),
    "place": _semi(
        "de Erasmusbrug; het Willemsplein; de Neude; het Janskerkhof; de Graslei; het Sint-Pietersplein; "
        "de Korenlei; strandopgang Willem Dreeslaan; de Maasboulevard; Hoog Catharijne; de Stadhuisbrug; "
        "Kinepolis Gent; het Sint-Jacobsplein; George Square; Kwame Nkrumah Circle; de Coolsingel"
    ),
    "product": _semi(
        "strandhuisje type Duin (4 pers.); strandhuisje Zeezicht XL; kart 390cc; kinderkart 160cc; "
        "Grand Prix-pakket 3x15 min; slotjesbeugel boven; retainer; Invisalign Lite; brokken Lam & Rijst 12 kg; "
        "Kattenbakvulling 20 l; hondenvoer Senior 15 kg; trouwmis met koor; escape room 'De Kluis'; "
        "scootmobiel Vermeiren Carpo 2; accu 12V 50Ah; bierbrouwpakket IPA 5 liter; gistzakje US-05; "
        "gft-zak 240 l; tuinafvalzak 'Groene Big Bag'"
    ),
    "code": _semi(
        "art. 8712-IPA; SKU BRW-0050; maat 240 l; baan 2; heat 3; kamer 4; band 3.00-4; zone B; "
        "route 7; ophaaldag week 23; tarief T2; kamer 'Tombe'; code ESC-04; spoor 5; lot 4411"
    ),
    "ref": _semi(
        "ticket #20931; bestelling 100-448213; reservering BH-2025-117; factuur 2025-0841; order 77120; "
        "case #5512; afspraak 2025/03/771; actiecode KART10; pakketnummer 3SXYZ0007712; voucher BREW15"
    ),
    "public_phone": _semi(
        "0800-5110; 088 404 4500; 0900-1234; 14 010; 14 030; 09 210 10 10; 0800 7744; +31 10 201 9900; "
        "+44 141 287 2000; 0800 0223; 112; 0302 123 456"
    ),
    "bot": _semi("Strandje; Druppel; Vroem; Bekkie; Kibbel; Klokje; Sleutel; Rolly; Hoppie; Bladje"),
    "date": _semi(
        "1 mei; 15 juni; 1 juli 2025; 31 augustus; 12-09-2025; 30/04; Hemelvaartsdag; de zomervakantie; "
        "tweede pinksterdag; 21 maart 2026; 1 oktober"
    ),
    "date_en": _semi("1 June; 14 August 2025; the 3rd of May; 30/09/2025; Hogmanay; Independence Day; Easter Monday"),
    "time": _semi("08:00; 09.30 uur; 10:15; 11:00; 13:45; 14.30; 16:00 uur; 19:00; 20.15"),
    "amount": _semi("€ 7,50; € 24,95; €45,-; € 89,00; € 1.250,00; 60 euro; € 14,99 p/m; £30; GH₵ 250; € 3,20"),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 15; 20; 40; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
