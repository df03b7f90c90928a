"""Ordinary (never labelled) words of test_v106, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v106"] = {
    "firm": _semi(
        "Natuurbegraafplaats De Hoge Veluwe; Begraafplaats Crooswijk; Grafonderhoud Rustpunt; Kiteschool Zuiderstrand; "
        "Surfschool Brouwersdam; Kitecenter Knokke; Odin Groentetassen; Boerenkistje Vierakker; Oogstkist De Knolle; "
        "Ringleiding Service Nederland; Geluidstechniek Van Ark; Felyx; Check; GO Sharing; Dott; Bird; "
        "Klokkenmakerij Tik-Tak; Uurwerkatelier Kortrijk; Zwembad De Sypel; Sportfondsenbad Oost; "
        "Dierenpension Het Hok; "
        "Kattenpension Miauw; Dakdekkersbedrijf Storm & Zn; Dakwerken Vandevelde; DUO; Student Loans Company; "
        "Digicable Caribbean; Welsh Water; Octopus Energy; Hongkong Post; Albert Heijn; Jumbo; Colruyt; Tesco"
    ),
    "city": _semi(
        "Ede; Barneveld; Apeldoorn; Harderwijk; Nunspeet; Elspeet; Putten; Epe; Rotterdam; Schiedam; Vlaardingen; "
        "Kortrijk; Waregem; Menen; Harelbeke; Kingston; Port of Spain; Bridgetown; Pontypridd; Merthyr Tydfil; "
        "Treorchy; Ebbw Vale; Kowloon; Sha Tin; Tsuen Wan"
    ),
    "town": _semi("Garderen; Kootwijkerbroek; Uddel; Hoenderloo; Vierhouten; Heule; Bissegem; Marke; Kuurne; Zwevegem"),
    "place": _semi(
        "de Johan de Wittlaan; het Erasmus Medisch Centrum; de Van Nelle Fabriek; het Koning Albertpark; "
        "de Sint-Maartenskerk; de Willem Alexanderbrug; het Paleis Het Loo; de Broeltorens; de Sir "
        "Winston Churchill Avenue; "
        "Bob Marley Museum; de Nelson Mandela Plaza; de Jan Ligthartschool; de Dr. Sun Yat-sen "
        "Museum; Stadion Feijenoord"
    ),
    "product": _semi(
        "grafsteen reinigen; grafonderhoud 5 jaar; kitekite 9 m2; wetsuit 4/3 mm; groentepakket klein; "
        "fruitpakket XL; ringleidingversterker PDR-2; hoorlus-set; e-step 25 km/u; staartklok Friese schippertje; "
        "Comtoise uurwerk; pendule Morbier; zwembril; badmuts; kennelbox XL; kattenbak; dakpan OVH tuile du Nord; "
        "nokvorst; leadslab; loyalty card"
    ),
    "code": _semi(
        "vak C rij 14 graf 32; artikel 77-1020; model PDR-2; firmware 1.4.7; SKU KT-09-RD; baan 3; kennel 8; "
        "les 4; bak 12; sectie F; KvK 09123456; BTW BE0412.345.678; 12 V; 2,5 mm2; zone Blaak; perk 6"
    ),
    "ref": _semi(
        "INC0041287; INC0093311; RITM0012045; CHG0003120; order 8812034; factuur 2025-1188; bon 0047-221; "
        "zaak 2025/311; werkorder WO-5521; ticket #77410; case HK-2025-0915; pv-nummer 2025-088133"
    ),
    "public_phone": _semi(
        "0800-0220; 055 599 5555; 0900-1515; 14 010; 088-1234000; +32 56 27 70 00; 0800 023 4567; "
        "+1 876 922 1234; 0300 500 5050; +852 2827 8888; 999; 112"
    ),
    "bot": _semi(
        "Klokje; Kitty de Kitebot; Groentje; Loeki; Step-Bot; Tikkie-Tak; Pensionpaul; Dakkie; Duo-Assist; Echo"
    ),
    "date": _semi(
        "1 januari; 14 februari; 3 april 2025; 30 juni 2025; 1 oktober; 18-10-2025; 31/12; Allerzielen; "
        "de herfstvakantie; 2e paasdag; 11 november; 1 maart 2024; Hemelvaartsdag"
    ),
    "date_en": _semi(
        "1 January; 5 November; 3/14/2025; 30 June 2025; Emancipation Day; St David's Day; Chinese New Year; Boxing Day"
    ),
    "time": _semi("07:15; 08.30 uur; 09:00; 10:45; 12.00; 13:30; 16:00; 17.45 uur; 19:30; 21:10"),
    "amount": _semi(
        "€ 7,50; € 24,95; €45,-; € 95,00; € 380; € 1.150,00; 40 euro; € 19,95 p/w; J$ 3,500; TT$ 220; HK$ 480; £ 85"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 14; 20; 36"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
