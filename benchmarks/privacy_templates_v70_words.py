"""Ordinary (never labelled) words of test_v70, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v70"] = {
    "firm": _semi(
        "Dela; Monuta; Yarden; Uitvaartverzorging Van der Linden; Uitvaartcentrum De Laatste Eer; Lease a Bike; "
        "Fietsplan Nederland; Swapfiets; Gazelle; Vattenfall; Eneco; Essent; Greenchoice; Budget Energie; "
        "Frank Energie; Vandebron; Belastingdienst/Toeslagen; Kinderopvang Humanitas; Partou; Ymere; Vestia; "
        "Woonstad Rotterdam; Eigen Haard; Portaal; Stadsbeheer Parkeren; Parkeerservice; Schoonenberg; "
        "Beter Horen; Specsavers Hoorzorg; Audiciens Van Boxtel; DUO; Basic-Fit; SportCity; TrainMore; "
        "Anytime Fitness; Rederij Doeksen; TESO; Wagenborg; Rederij Noord-Groningen; Koninklijke Wagenborg"
    ),
    "city": _semi(
        "Harlingen; Den Helder; Holwerd; Lauwersoog; Amsterdam; Rotterdam; Den Haag; Utrecht; Almere; Groningen; "
        "Leeuwarden; Eindhoven; Tilburg; Zoetermeer; Paramaribo; Willemstad; Oranjestad; Kralendijk"
    ),
    "town": _semi(
        "West-Terschelling; Oost-Vlieland; Nes; Hollum; Schiermonnikoog; Den Burg; Oudeschild; De Cocksdorp; "
        "Buren; Midsland; Wierum; Moddergat; Zuidhorn; Emmeloord"
    ),
    "place": _semi(
        "de Willem Barentszkade; het Johan Cruijffplein; de Nelson Mandelabrug; het Anne Frank Huis; de "
        "Thorbeckegracht; "
        "het Erasmus MC; het Máxima Medisch Centrum; de Prins Hendrikkade; de Koningin Julianabrug; de Marnixstraat; "
        "het Martini Ziekenhuis; de Brandaris; de Dr. Anton Philipsweg; het Sophia Kinderziekenhuis; de Van "
        "Brienenoordbrug"
    ),
    "product": _semi(
        "Phonak Audéo Lumity; Oticon Intent 1; Signia Pure Charge&Go; Widex Moment; ReSound Nexia; "
        "Gazelle Ultimate C380; Cortina E-Common; VanMoof S5; Sparta M8b; Babboe Curve; Stromer ST3; "
        "uitvaartpakket Basis; uitvaartpakket Compleet; kist 'Eiken Classic'; rouwkaart type Zeegezicht; "
        "All-in abonnement; Comfort-membership; dagpas; vrijgezellenpakket Sauna; retour Harlingen–Terschelling; "
        "sneldienst Harlingen–Vlieland; fietskaart Texel; auto-overtocht tot 5 meter; slimme meter SMR 5.0"
    ),
    "bike": _semi("Gazelle Ultimate C380; Cortina E-Common; VanMoof S5; Sparta M8b; Babboe Curve; Stromer ST3"),
    "hearing": _semi("Phonak Audéo Lumity; Oticon Intent 1; Signia Pure Charge&Go; Widex Moment; ReSound Nexia"),
    "plan": _semi("All-in abonnement; Comfort-membership; dagpas; Premium; Flex 4 weeks; Student plan"),
    "code": _semi(
        "art. 7:925 BW; tarief T1; tarief T2; normaalverbruik 2.700 kWh; artikel 26 Wet kinderopvang; "
        "Wet studiefinanciering 2000; zone A; zone 4B; sector N; vergunninggebied Centrum-2; reparatiecode R-114; "
        "klachtcategorie 3; type HV-77; model RIC-312; leeftijdscategorie 4-12; aanbod V3-flex; dienst 09:30; "
        "afvaart 1426; ligplaats 7; route WT-HL; versie 2.4.1; KvK-nummer 33146542"
    ),
    "ref": _semi(
        "ticket #88412; Zendesk #120877; case 00712934; order WA-2025-00817; reparatieverzoek RV-44109; "
        "factuur 2025-3310; boekingscode DKS4421; melding M-220418; batch 8815; actiecode FIETS24; "
        "zaaknummer Z/25/104422; wijzigingsverzoek WZ-7741"
    ),
    "public_phone": _semi(
        "0800-1380; 088 363 6363; 0900-0202; 14 020; 0800 0234; +31 88 900 3600; 0900-9666; 112; 0800-1351; "
        "088-9000 888; 0562-442002; 0800 2020; +31 20 251 1111"
    ),
    "bot": _semi(
        "Eva; Ferry; Wattje; Fietje; Toeslagbot; Sam; Hoorbot Oor; Gymbuddy Max; Duo-assistent Lisa; Brandaris-bot"
    ),
    "date": _semi(
        "1 januari; 1 juli 2025; 31 december; 15 maart 2026; 1 september; 30-09-2025; 12/04; Koningsdag; "
        "de kerstvakantie; de zomerdienstregeling; 5 mei; 1 oktober 2024; Hemelvaartsdag"
    ),
    "date_en": _semi("1 January; 30 June 2025; 15th March; 1/09/2025; Diwali; Easter Monday; the 1st of July"),
    "time": _semi("06:30; 07.45 uur; 08:15; 09:30; 11:45; 13.20; 14:00 uur; 16:15; 17.30; 19:45; 21:00"),
    "amount": _semi(
        "€ 4,95; € 12,50; €29,99; € 84,00; € 249,-; 1.250 euro; € 3.495; € 19,99 p/m; € 0,28 per kWh; € 7,85; "
        "€ 1.712,40; ₹4,500; £35"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 14; 24; 36; 60"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
