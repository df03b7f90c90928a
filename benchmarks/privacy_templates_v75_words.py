"""Ordinary (never labelled) words of test_v75, registered in the shared `CLEAN_FILLERS`: firms, places, products,
codes, public phone numbers, bot nicknames, dates that are no birth dates, times, amounts and counts."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v75"] = {
    "firm": _semi(
        "Vattenfall InCharge; Shell Recharge; Allego; Fastned; Eneco eMobility; Vandebron Laadpas; Kappers Salon "
        "Knipwerk; Haarstudio Coupe Soleil; Beautysalon Glow; Kapsalon Chez Nous; Barbershop Big Mike's; "
        "Loodgietersbedrijf 24/7 Lekvrij; Ontstoppingsdienst Roto-Rooter; Riool Direct; Hondenschool De Kwispel; "
        "Kynologenclub Boxtel; Hondenschool Max & Co; Partou; Kinderopvang Humanitas; Kober; KOO; Gastouderbureau "
        "Kroost; VanMoof; Cortina; Gazelle; Stella fietsen; Sparta; Babboe; Dakkapel Expert; Zolderkamer Totaal; "
        "Bouwbedrijf Van Wijk & Zn.; Landal GreenParks; Roompot; Vakantiehuis Schoonmaak Zeeland; Belvilla; "
        "Valys; Wmo-vervoer Regiotaxi Utrecht; Connexxion Wmo; Taxi Kapelle; De Lijn Minder Mobiele Centrale; "
        "Bruynzeel Keukens; Keukenkampioen; Nobilia; Mandemakers; Grando Keukens; Keukensale.com; Bribus"
    ),
    "city": _semi(
        "Amsterdam-Zuidoost; Rotterdam; Den Haag; Utrecht; Almere; Tilburg; Eindhoven; Zoetermeer; Lelystad; "
        "Paramaribo; Antwerpen; Gent; Hasselt; Kingston; Port of Spain; Nijmegen; Groningen; Apeldoorn"
    ),
    "town": _semi(
        "Domburg; Renesse; Zoutelande; Texel; Schoorl; Vlieland; Ootmarsum; Valkenburg; Nunspeet; Bergen; "
        "Kapelle; Boxtel; Wijk bij Duurstede; Ede; Baarn; Houten"
    ),
    "town_en": _semi("Kingston 10; Montego Bay; May Pen; Ocho Rios; Port of Spain; San Fernando; Chaguanas; Arima"),
    "place": _semi(
        "de Johan Cruijff ArenA; het Anton Philipsplein; de Karel Doormanstraat; het Albert Heijn-plein; "
        "de Wilhelminatoren; het Beatrixkanaal; de Erasmusbrug; het Kwakoe Festival; de Anne Frankschool; "
        "het Marie Curie-gebouw; de Pieter Calandlaan; het Mandelapark; de Bob Marley Boulevard; "
        "het Jan van Eyckplein; de Van Nelle Fabriek; het Nelson Mandela-plein; Fort Zeelandia"
    ),
    "product": _semi(
        "Wallbox Pulsar Plus; Alfen Eve Single Pro; Zaptec Go; laadpas Basis; laadkabel type 2 7,5 m; "
        "keratinebehandeling; balayage; gellak; permanente wimperlift; knippen + föhnen; "
        "ontstoppingsveer 15 m; sifon Viega; cv-ketel Nefit EcoEnergy; puppycursus 8 lessen; clicker; "
        "hondenriem Ruffwear; VanMoof S5; Gazelle Ultimate C380; accu 500 Wh; Bosch Performance Line; "
        "dakkapel 3 meter; Velux GGL MK08; vlizotrap; eindschoonmaak XL; linnenpakket; rolstoeltaxi; "
        "scootmobiel; keukenblok Rosa 280 cm; inductiekookplaat Bora; Quooker Flex; werkblad composiet"
    ),
    "code": _semi(
        "artikelnr. 4400-128; serienr. laadpaal AL-EVE-2024; model S5-BLK; firmware 3.12.4; frame maat 57; "
        "wachtlijstcode WL-2026; module P3; route 7; zone B; lijn 12; kamer 4.08; tarief T2; vloer 3; bouwnummer 14; "
        "keukenopstelling KO-17; artikel 7:17 BW; KvK 30123456; btw-id NL001234567B01; sidecode 9"
    ),
    "ref": _semi(
        "ticket SD-4471; request CS-2093; order #100482; factuur F-2025-0831; afspraak A-7720; melding 88-1204; "
        "garantieclaim GC-3310; offerte OFF-2025-112; rit 55012; boeking BK-90211; actiecode LAAD10; ticket HELP-781"
    ),
    "public_phone": _semi(
        "0800-2244; 088 350 0500; 0900-9876; 14 030; 0800 0220; +31 20 262 2222; 0900-1470; 112; 0800-1351; "
        "+32 70 22 00 00; 1-888-991-2000; +597 425 000; 0900 224 0 224; 088-2555 333"
    ),
    "bot": _semi(
        "Volty; Knipje; Lekkie; Woef; Kroosje; Trapper; Zoldy; Schoonmaakster Sanne-bot; Rolly; Keukie; "
        "Charlie de chatbot; Buddy"
    ),
    "date": _semi(
        "1 januari; 14 februari; 3 maart 2025; 30 april; 1 juli 2026; 15-09-2025; 31/12; 5 december; "
        "Koningsdag; de kerstvakantie; Keti Koti; 1 oktober; Hemelvaartsdag; 25-11"
    ),
    "date_en": _semi("1 January; 6 August; 31 August 2025; 1st of July; Emancipation Day; Carnival Monday; 25/12/2025"),
    "time": _semi("07:00; 08.15 uur; 09:30; 10:45; 12:00; 13.30; 16:00; 17:45 uur; 20.00; 22:15"),
    "amount": _semi(
        "€ 0,39/kWh; € 4,99 p/m; € 35,-; € 89,95; € 129; € 1.299,00; € 17.500; 65 euro; € 450,00; "
        "SRD 1.500; € 2,50 starttarief"
    ),
    "amount_en": _semi("€89.95; EUR 450; €1,299; J$ 12,000; TT$ 350; £60; US$ 120; €0.39 per kWh"),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 14; 20; 36; 52; 150"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
