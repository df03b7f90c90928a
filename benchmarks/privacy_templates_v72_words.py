"""Ordinary (never labelled) words of test_v72, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v72"] = {
    "firm": _semi(
        "Sixt; Europcar; Hertz; Avis; Budget; Greenwheels; MyWheels; Hypotheek Visie; De Hypotheker; Van Bruggen "
        "Adviesgroep; Viisi; Buurtzorg; Zorggroep Alliade; Thuiszorg West-Brabant; Vitras; Schuldhulpmaatje; "
        "Geldfit; Nibud; Stadsbank Oost Nederland; Postcode Loterij; Staatsloterij; Vriendenloterij; Lotto; "
        "Felyx; Check; GO Sharing; TIER; Dott; Bolt; Ticketmaster; TicketSwap; Eventim; Ziggo Dome; "
        "Paradiso; AFAS Live; Het Parool; de Volkskrant; NRC; AD; Het Laatste Nieuws; De Standaard; Het Nieuwsblad; "
        "HVC; Rova; Avalex; ROVA Milieustraat; Cyclus; Glazenwassersbedrijf Helder Zicht; Glasbewassing Van Dam; "
        "Schoon Zicht; Diftar Zuid"
    ),
    "city": _semi(
        "Amsterdam; Rotterdam; Utrecht; Den Haag; Haarlem; Alkmaar; Amersfoort; Zwolle; Enschede; Eindhoven; "
        "Gouda; Leiden; Antwerpen; Gent; Leuven; Hasselt; Willemstad; Kaapstad; Johannesburg; Sydney; Melbourne"
    ),
    "town": _semi(
        "Purmerend; Heerhugowaard; Nijkerk; Harderwijk; Bodegraven; Woerden; Zaltbommel; Oldenzaal; Mol; Geel; "
        "Tielt; Diest; Sint-Niklaas; Stellenbosch; Fremantle; Bondi"
    ),
    "place": _semi(
        "de Johan Cruijff ArenA; de Ziggo Dome; het Sportpaleis; de Lotto Arena; het Willem Alexanderplein; "
        "de Erasmusbrug; de Prins Bernhardlaan; het Koningin Julianaplein; de Emmabrug in Willemstad; "
        "de Queen Juliana-brug; het Nelson Mandela Park; de Hugo de Grootstraat; milieustraat De Kragge; "
        "het Marie Curieplein; de Anne Frankstraat; de Thorbeckegracht; het Rembrandtplein; de Pieter Calandlaan"
    ),
    "product": _semi(
        "Volkswagen Polo; Toyota Aygo X; Kia Niro EV; Tesla Model 3; Fiat 500e; bestelbus Ford Transit; "
        "annuïteitenhypotheek; lineaire hypotheek; NHG-garantie; oversluitadvies; persoonsalarmering; "
        "douchestoel; rollator Topro Troja; Staatslot; Postcode Loterij-lot; Miljoenenjacht; Dott-scooter; "
        "Felyx-scooter; TIER-step; staanplaats; zitplaats balkon; Golden Circle; digitale krant; "
        "weekendabonnement; grofvuilafspraak; milieupas; glazenwasbeurt; dakgootreiniging"
    ),
    "code": _semi(
        "groep A; categorie B; tarief T2; NHG 2025; rente 3,9%; zone 3; rit R-55; Vak 214; Rij 8; Stoel 15; "
        "Poort C; editie 34; pagina 7; art. 12.4; container 240 L; route 6; ronde 4; trekking 12; model 3"
    ),
    "ref": _semi(
        "reservering RES-220918; order WA-55812; casenummer 01129384; ticket #77401; factuur 2025-1183; "
        "trekking 2025-07; zending 3SHVB0078821; bestelling #104-2231; rit TR-09981; melding M-2025-0412"
    ),
    "public_phone": _semi(
        "0800-0345; 088 365 2000; 0900-1331; 14 020; 0800 1220; +31 20 808 0800; 0900-8500; 112; "
        "+32 78 05 05 05; +599 9 433 1000; 1300 555 123; 0860 100 200"
    ),
    "bot": _semi("Rijdie; Huisje; Zorgbot Zus; Geldwijs; Lotje; Stepbot; Tikkie-Ticket; Krantje; Grofje; Zeem"),
    "date": _semi(
        "1 januari; 1 april; 27 april; 5 mei; 1 juli 2025; 15 augustus; 30-09-2025; 1 oktober; 31 december; "
        "Koningsdag; Oudejaarsdag; de zomervakantie; 11/11; 14 maart 2026"
    ),
    "date_en": _semi("1 January; 27 April; 16 June; 26 January; Heritage Day; 24 September; 31/12/2025; Boxing Day"),
    "time": _semi("07:00; 08.30 uur; 09:15; 10:00; 11.45; 13:30; 16:00; 17.15 uur; 19:30; 20:00"),
    "amount": _semi(
        "€ 39,00; € 4,25; € 12,50; €89,95; € 325.000; € 1.250,-; 15 euro; € 7,99 p/m; R 450; A$ 120; € 0,35/min"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 10; 12; 14; 20; 30; 100"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
