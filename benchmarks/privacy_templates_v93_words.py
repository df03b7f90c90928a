"""Ordinary (never labelled) words of test_v93, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v93"] = {
    "firm": _semi(
        "Jachthaven De Bijl; Marina Enschede; Havenbedrijf Nieuwpoort; Carnavalswinkel De Gekke Hoed; "
        "Feestkleding Prins Carnaval; GlasGroen Horeca; Renewi; Bijles Wiskunde Twente; Rekenmaat; "
        "Paardenverzekering Hoefijzer; Petplan Equine; NS Fietsenstalling; Q-Park Fiets; Ballonvaart Tukkers; "
        "Luchtballon Jan Pieterszoon; Refurbed; Swappie; Laptop Hergebruik BV; OpgeruimdThuis; Orde & Co; "
        "Wespenbestrijding Vandamme; Anticimex; Rentokil; Gorgias; Telegram"
    ),
    "city": _semi(
        "Enschede; Hengelo; Almelo; Oldenzaal; Borne; Haaksbergen; Rijssen; Brugge; Kortrijk; Roeselare; "
        "Ieper; Oostende; Utrecht; Zwolle; Maastricht; Auckland; Wellington; Kingston"
    ),
    "town": _semi("Ootmarsum; Denekamp; Losser; Delden; Goor; Tubbergen; Poperinge; Tielt; Nieuwpoort; Veurne"),
    "place": _semi(
        "de Marktstraat; het Van Heekplein; de Prins Bernhardhaven; het Willem Alexander Sportpark; "
        "station Enschede Kennispark; de Johan de Wittlaan; het Hof van Twente; de Grote Markt; "
        "de Sint-Salvatorskathedraal; steiger Jan van Galen; de Maria van Bourgondiëlaan; het Rutbeek"
    ),
    "product": _semi(
        "ThinkPad T14 Gen 3; Dell Latitude 5420; MacBook Air M1 (grade A); HP EliteBook 840 G8; "
        "kostuum 'Prins Carnaval' maat L; pinguïnpak; piratenset compleet; glasbak 240 liter; "
        "rolcontainer 660 L; ballonvaart Duo; wespennestbehandeling; opbergsysteem Kallax; "
        "abonnement fietsenstalling 12 maanden; bijlespakket 10 lessen"
    ),
    "code": _semi(
        "SKU LT-T14-G3; art. 77120; grade B+; box 14; ligplaats C-22; steiger D; vak 3; rij 7; "
        "model 840-G8; module 4 (breuken); klasse 2 (wespen); route Noord"
    ),
    "ref": _semi(
        "ticket #88412; order 2025-11872; factuur F-2025-0342; RMA 55120; bon 0098; case 00412; "
        "vlucht 17B; batch 2025-07; offerte 8812; zending 3STLAB0099123"
    ),
    "public_phone": _semi(
        "0800-0311; 088 020 1234; 0900-9292; 053 481 2000; +32 50 44 86 86; 0800 1122; 14 053; "
        "+64 4 472 7000; 1-876-922-1234; 088-3000 300; 078 15 15 15"
    ),
    "bot": _semi("Kapitein Bot; Confetti; Glasje; Rekenbot; Hoefje; Stallie; Ballonnetje; Byte; Ordina; Wespie"),
    "date": _semi(
        "11 november; 1 maart; 15 juni 2025; 3 oktober; 31-12-2025; 2 april 2026; Pinksteren; "
        "de krokusvakantie; Koningsdag; 24 december; 1 januari 2026"
    ),
    "date_en": _semi("1 March; 6 February; Waitangi Day; 15 June 2025; Emancipation Day; 31/12/2025; Boxing Day"),
    "time": _semi("07:00; 08.30 uur; 09:15; 10:00; 12:30; 14.45; 16:00; 18:30 uur; 20.00; 05:45"),
    "amount": _semi(
        "€ 9,95; € 24,50; €75,00; € 149,-; € 1.295,00; 180 euro; € 12,50 p/m; NZ$ 85; J$ 4,500; € 389; € 0,50"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 20; 36; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
