"""Ordinary (never labelled) words of test_v60, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v60"] = {
    "firm": _semi(
        "Glasvezel Buitenaf; Delta Fiber; Open Dutch Fiber; Ziggo; KPN Netwerk; Stedin; Enexis; Liander; "
        "Warmtepompservice Noord; Nefit Bosch; Buurtzorg; Zorggroep Elde; Thuiszorg West-Brabant; "
        "Apotheek De Vliet; Service Apotheek Kloosterveen; Kinderopvang Kikkerland; KDV Dikkie Dik; "
        "Dienst Toeslagen; HVC; Avalex; ROVA; Cure Afvalbeheer; Basic-Fit; SportCity; HV Quintus; "
        "Nederlandse Loterij; Postcode Loterij; VriendenLoterij; Swapfiets; Lease a Bike; Fietsplan Zuid; "
        "Rijschool Verkeersplein; Rijschool Groen Licht; CBR; Fluvius; Telenet; Recupel"
    ),
    "town": _semi(
        "Alphen aan den Rijn; Zoetermeer; Assen; Hoogeveen; Emmen; Heerenveen; Venlo; Weert; Spijkenisse; "
        "Purmerend; Hoorn; Almere; Lelystad; Nieuwegein; Ede; Doetinchem; Goes; Terneuzen; Roermond; Vlissingen"
    ),
    "city": _semi("Gent; Antwerpen; Leuven; Utrecht; Rotterdam; Den Haag; Eindhoven; Groningen; Arnhem; Breda"),
    "product": _semi(
        "Glasvezel 1 Gbit; Internet Start 100 Mbit; Mediabox Next; Experia Box v12; Eastron SDM630; "
        "Kaifa MA105; Daikin Altherma 3; Nibe S2125; Quatt Hybrid; hybride warmtepomp; Omnipod-pakket; "
        "weekdoseerrol; Power Plus ebike; Original 1; Deluxe 7; VanMoof S5; Gazelle Grenoble C7; "
        "pakket 20 lessen; Tussentijdse Toets; All-in Membership; Comfort-abonnement; Clubpas Plus; "
        "grofvuilafspraak; GFT-container 140 liter; Staatsloterij Oudejaarstrekking"
    ),
    "code": _semi(
        "storing INC-448812; werkorder WO-20931 (wijk Noord); artikel 8713-204; SKU HP-7720; model RX-14; "
        "trekking 2025-07; serie A; route 14; wijkcluster 3B; bouwjaar 1978; pakket C; zone 2; STB-220; "
        "meterkast-type 2; lotserie BK; release 4.2.1; ticket INC-0081277 (landelijk); kavel 12"
    ),
    "public_phone": _semi(
        "0800-0402; 0900-0200; 088-7963 000; 14 020; 085-486 1300; 0800 1500; +31 88 892 6000; 078 15 17 00; "
        "0900-8844; 112; 1700; 0800-6342"
    ),
    "date": _semi(
        "3 maart; 19 juni; 1 januari 2026; 15-09-2025; 28/02; dinsdag 4 november; 12 december; 30-06-2025; "
        "de eerste week van mei; 1 oktober; Koningsdag; 2025-11-18"
    ),
    "date_en": _semi("3 March; 19 June; 1 January 2026; 15/09/2025; Tuesday 4 November; 12 December"),
    "time": _semi("07:30; 08.00 uur; 09:15; 10.45; 12:30; 13.00; 14:45 uur; 16:00; 17.30; 19:45; 21:00"),
    "amount": _semi(
        "€ 24,99; € 34,50; €1.000.000; 250 euro; € 1.275,-; €7,50; 89 EUR; € 0,29; € 65,00; "
        "€ 4.350; 15 euro; € 2.500,00"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 14; 20; 25"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday"),
    "bot": _semi("Fibi; Sam de chatbot; Lotje (virtuele assistent); Mees; Bob de Bot; Juul"),
    "emoji": _semi("🙂; 👍; 🙏; 😊; 😅; ✅; 🚲; 🔧; 📦; 🎉"),
    "place": _semi(
        "Willem de Zwijgerlaan; Johan Cruijffplein; Anna Paulownaplein; Prins Bernhardplein; Maxima Medisch "
        "Centrum; Beatrixkanaal; Jeroen Bosch Ziekenhuis; Sportpark Jan Louwers; Albert Heijn XL; "
        "Mr. Jac. Takkade; Van der Valk Hotel; Erasmus MC; Elisabeth-TweeSteden Ziekenhuis; Stadion Galgenwaard"
    ),
}
