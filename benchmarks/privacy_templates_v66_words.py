"""Ordinary (never labelled) words of test_v66, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v66"] = {
    "firm": _semi(
        "FlixBus; BlaBlaCar Bus; Stena Line; P&O Ferries; DFDS; Doeksen; TESO; Wagenborg; Vandebron; "
        "Shell Recharge; Vattenfall InCharge; NewMotion; Allego; Fastned; Alfen; Zaptec; Bruidshuis Ja ik wil; "
        "Pronovias; Suitsupply; Angelo Litrico; Kapsalon Knipperlicht; Hairstudio Haarwerk; Rob Peetoom; "
        "Beautysalon Bella Donna; Studiekring; Bijles Aan Huis; Lyceo; Huiswerkinstituut Prisma; Q-Park; "
        "Interparking; APCOA; ParkBee; Mondial Movers; Verhuisbedrijf Van der Linden; Gerritse Verhuizingen; "
        "Emigratiebureau Nieuw Thuis; Lucardi; Siebel Juweliers; Juwelier Steltman; Horlogerie Van Bommel; "
        "Kookstudio De Smaakmakers; HelloFresh; Marley Spoon; Ekomenu; Kozijnen Direct; Raamwerk Kozijnen; "
        "Gealan; Schüco; Veka; Kneppelhout & Korthals"
    ),
    "city": _semi(
        "Amsterdam; Rotterdam; Den Haag; Utrecht; Eindhoven; Groningen; Almere; Breda; Nijmegen; Leiden; "
        "Amersfoort; Zoetermeer; Apeldoorn; Hoorn; Vlissingen; Zwolle; Delft; Haarlem"
    ),
    "town": _semi("Harderwijk; Culemborg; Woerden; Lochem; Tiel; Kampen; Bunschoten; Mijdrecht; Zierikzee; Oss"),
    "abroad": _semi(
        "Alicante; Málaga; Torrevieja; Valencia; Benidorm; Toronto; Calgary; Vancouver; Ottawa; Halifax; "
        "Montréal; Kralendijk; Oranjestad; Lagos; Abuja"
    ),
    "place": _semi(
        "de Johan de Wittlaan; het Sophia Kinderziekenhuis; de Erasmusbrug; garage Museumplein; "
        "parkeergarage De Willem; het Rembrandtplein; P+R Johan Cruijff ArenA; terminal Harlingen; "
        "de Prins Willem-Alexandersluis; steiger Hoek van Holland; het Jeroen Bosch Ziekenhuis; "
        "de Albert Cuypmarkt; station Amsterdam Sloterdijk; de Juliana van Stolberglaan; het Anne Frank Huis; "
        "Fort Amsterdam in Willemstad; de Max Euweplein-garage; het Beatrixtheater"
    ),
    "product": _semi(
        "Alfen Eve Single Pro-line; Zaptec Go; Easee One; laadkabel type 2 7 m; trouwjurk 'Valencia' maat 38; "
        "driedelig pak 'Havana'; smoking Lazio; balayage; keratinebehandeling; wenkbrauwlaminatie; "
        "bijlespakket wiskunde B; examentraining Frans; abonnement Nacht & Weekend; zaterdagkaart; "
        "verhuisdoos XL; kledingkast-doos; Seiko Presage; Omega Seamaster; Tissot PRX; Rolex Datejust; "
        "chef's table workshop pasta; maaltijdbox Family 4p; HR++ glas; kunststof kozijn RAL 9001; "
        "draaikiepraam; schuifpui 3 m"
    ),
    "code": _semi(
        "stoel 14C; rij 7; dek 6; zone B; vak 23; rijstrook 4; paal NL*ALL*E4521; laadpunt 3; kWh-tarief; "
        "laadpaal EVSE 01; maat 40; pasvorm Slim; model HR-2024; kozijnreeks S82; vlak 2; lesblok 5; "
        "niveau 4 havo; kalibre 8900; slot 7; box 12; bus 33; lijn N22; stoel 44; kaartgroep B"
    ),
    "ref": _semi(
        "boeking FLX-7F2K9; reservering SL-448812; order HF-2025-0034; ticket INC0081234; RITM0049911; "
        "PROJ-4417; case 00771204; werkbon 23-0981; offerte KZ-1187; zending 3SVAN4471902; factuur 2025-0442; "
        "verhuisorder MM-5521; reparatiebon 6612; kortingscode KOOK15; voucher BRUID50"
    ),
    "public_phone": _semi(
        "0900-0123; 088 235 0000; 0800-1590; 020 555 3333; +31 88 775 0500; 0800 2345; 14 020; "
        "+1 800 555 0199; 0900-9292; +599 9 433 2000; 088-009 1111; 0800-0011"
    ),
    "bot": _semi("Flixie; Lina de laadbot; Vera; Krul; Bijlesbuddy; Parkie; Verhuisbot Max; Gem; Chef Bot; Kozzie"),
    "date": _semi(
        "1 maart; 12 april 2025; 30 juni; 1 juli 2026; 15-08-2025; 31/10; 2 januari; Koningsdag; "
        "de kerstvakantie; Hemelvaartsdag; 1 september; 20 december 2025"
    ),
    "date_en": _semi("1 March; April 12, 2025; June 30; Canada Day; Thanksgiving; 15/08/2025; Boxing Day"),
    "time": _semi("06:45; 07.15 uur; 08:30; 09:00; 11.45; 13:30; 15:00 uur; 16.20; 19:00; 22:10"),
    "amount": _semi(
        "€ 7,99; € 24,50; €89,00; € 149,-; € 1.275,00; 300 euro; € 49,95 p/m; € 2.340; CAD 450; ₦ 25.000; € 12,50"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 10; 12; 14; 20; 30; 45"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
