"""Ordinary (never labelled) words of test_v63, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v63"] = {
    "firm": _semi(
        "Centraal Beheer; Interpolis; Univé; Achmea; FBTO; Ohra; Allianz; Ethias; AG Insurance; Sixt; Hertz; "
        "Europcar; Avis; Enterprise; SnappCar; Kraamzorg Het Groene Kruis; De Kraamvogel; Kraamzorg Mama; "
        "Tandartspraktijk De Vijf Zinnen; Orthodontiepraktijk Smile; Dentalclinics; Ticketmaster; TicketSwap; "
        "Eventim; Feyenoord; PSV; Ajax; Club Brugge; Taalschool Babel; Volksuniversiteit; NT2-school Boaz; "
        "Garmin; Fitbit; Polar; Withings; Intratuin; GroenRijk; Tuincentrum De Driesprong; Fleurop; Bakker.com; "
        "Yarden; Dela; Monuta; Uitvaartcentrum Rouwkamer Vredenhof; Crematorium Westerveld; Jachthaven Lemmer; "
        "Marina Port Zélande; Watersportcentrum Heeg; Waterrecreatie Nederland"
    ),
    "city": _semi(
        "Leeuwarden; Sneek; Heerenveen; Drachten; Harlingen; Maastricht; Heerlen; Sittard; Venlo; Roermond; "
        "Middelburg; Goes; Den Bosch; Zwolle; Rotterdam; Amsterdam; Utrecht; Arnhem; Breda"
    ),
    "town": _semi("Lemmer; Grou; Workum; Joure; Valkenburg; Kerkrade; Thorn; Vaals; Heeg; Makkum; Veere; Hindeloopen"),
    "place": _semi(
        "het Wilhelminapark; de Karel de Grotelaan; het Abe Lenstra Stadion; de Johan Cruijff ArenA; "
        "het Philips Stadion; het Vrijthof; de Mata Hari-brug; het Prinses Margrietkanaal; de Marinus Ruppertstraat; "
        "het Van Gogh Museum; Crematorium Ockenburgh; begraafplaats Zorgvlied; steiger B van de Sneekermeer; "
        "het Juliana Kinderziekenhuis; de Sint Servaasbrug; de Pieter Zeemanweg; Pathé Maastricht"
    ),
    "product": _semi(
        "Garmin Forerunner 265; Fitbit Charge 6; Apple Watch SE; Polar Pacer Pro; Withings ScanWatch; "
        "Olijfboom 'Nocellara' 180 cm; Monstera Deliciosa XL; buxusbol 40 cm; rozenstruik 'Queen Elizabeth'; "
        "hortensia 'Annabelle'; onzichtbare beugel Invisalign; beugel Damon Q; gebitsbeschermer; "
        "kraampakket Compleet; Maxi-Cosi Pebble; tribunekaart Vak 112; seizoenskaart; staanplaats Oost; "
        "cursus NT2 B1; inburgeringspakket A2; opbaring 2 dagen; urn 'Vredesduif'; ligplaats 10 x 3,5 m"
    ),
    "code": _semi(
        "SKU 88213-GRN; art. 4011.220; model FR265-S; firmware 21.19; schadeformulier SF-12; storm Ciarán; "
        "storm Eunice; code 112.3 (kroon); behandelcode V21; vak 412; rij 14; stoel 27; poort F; module A2; "
        "steiger C; box 47; zone Oost; route 3; dossiersjabloon D-7; artikel 7:940 BW"
    ),
    "ref": _semi(
        "bestelling 2025-004812; ticket #48213; case 00913377; order WS-771204; factuur 2025/0119; "
        "batch 7731; actiecode STORM25; zendingnummer 3SABCD0012345; rapport RB-2024-11; voucher GROEN10"
    ),
    "public_phone": _semi(
        "0800-0247; 088 712 8888; 0900-1515; 14 043; 0800 2233; +31 20 575 5000; 0900-8844; 112; "
        "088-100 2600; +32 78 15 15 15; 0800-0606; +353 1 850 1234"
    ),
    "bot": _semi("Storm; Kraampje; Tandie; Fleur de chatbot; Scoor; Lingo; Tikkie de bot; Groentje; Anker; Lotus"),
    "date": _semi(
        "1 januari; 14 februari; 2 november 2023; 31 maart 2025; 1 april 2026; 15-06-2025; 31/12; 27 april; "
        "Pinksteren; de herfstvakantie; 4 mei; 11 november; tweede paasdag"
    ),
    "date_en": _semi(
        "1 January; 2 November 2023; 17 March; 30/06/2025; Boxing Day; the 31st of October; St Stephen's Day"
    ),
    "time": _semi("07:30; 08.45 uur; 09:00; 10:15; 12:30; 14.00; 15:45; 18:00 uur; 19.30; 21:00"),
    "amount": _semi(
        "€ 4,95; € 18,50; €65,00; € 129,95; € 1.450,-; 250 euro; € 12,99 p/m; € 385,00; £45; € 3.800; € 0,89"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 16; 24; 48; 300"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
