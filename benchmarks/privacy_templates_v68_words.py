"""Ordinary (never labelled) words of test_v68, registered in the shared `CLEAN_FILLERS`: firms, places named after
people, products, public phone numbers, order and ticket references, pet names, bands and bot nicknames."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v68"] = {
    "firm": _bar(
        "Zooplus|Brekz|Pets Place|Jumper Dierenspeciaalzaak|Tom&Co|Ranzijn|Camping De Lakens|RCN Vakantieparken|"
        "Kampeerbedrijf De Oude Maas|Camping Zonneweide|Kuipers Caravans|Belastingadviesbureau Van Dam & Zn|"
        "Fiscaal Kantoor Noord|H&R Belastingservice|Lensonline|Lenzen.nl|Hans Anders|Pearle|Specsavers|"
        "Eyewish|Bruynzeel Keukens|Keukenkampioen|Grando|Sanitairwinkel|Brugman|Swapfiets|Gazelle|"
        "Batavus|Fietsenmaker Pieters|Accu Revisie Centrum|Paylogic|Ticketmaster|Lowlands|Pukkelpop|"
        "Zwarte Cross|Down The Rabbit Hole|Rock Werchter|Tunstall|Attendo|Focus Cura|Zorgcentrale Noord|"
        "Partyverhuur De Feestfabriek|Verhuur Van Gelder Events|Tentenverhuur Jansen|Crematorium Daelwoude|"
        "Gemeentelijke Begraafplaats Oud Eik|Yarden|Dela|Uitvaartzorg Hendriks"
    ),
    "city": _bar(
        "Apeldoorn|Deventer|Zwolle|Emmen|Assen|Groningen|Den Helder|Alkmaar|Leiden|Gouda|Tilburg|Eindhoven|"
        "Antwerpen|Gent|Hasselt|Leuven|Brugge|Rotterdam|Amsterdam|Den Haag|Utrecht"
    ),
    "town": _bar(
        "Renesse|Burgh-Haamstede|Ommen|Dalfsen|Lochem|Otterlo|Biddinghuizen|Landgraaf|Hierden|Vlieland|"
        "Schoorl|Westkapelle|Bree|Kiewit|Dessel|Oostduinkerke"
    ),
    "place": _bar(
        "de Johan de Wittlaan|het Anne Frank Huis|de Vincent van Goghstraat|het Willem-Alexanderpark|"
        "de Prins Bernhardsluis|het Beatrixtheater|de Erasmusbrug|de Pieter Breughelhal|Hotel Karel V|"
        "het Hendrik Conscienceplein|het Sint-Jorisveld|de Albert Cuypmarkt|de Koningin Máximakazerne|"
        "het Stedelijk Museum|veld Margaretha|vak Sint-Barbara van de begraafplaats|het Rubenshuis"
    ),
    "product": _bar(
        "Royal Canin Mini Adult 8 kg|Hill's Science Plan|Carnilove zalm 12 kg|kattenbak Flip XL|"
        "hondenmand Ferplast 80|Dagcontactlenzen Acuvue Oasys 1-Day|Dailies Total1|bril Ray-Ban RB5154|"
        "progressieve glazen Varilux|Bosch Active Line Plus|accu PowerPack 500|Shimano Steps E6100|"
        "Gazelle Ultimate C380|inductiekookplaat Siemens iQ500|douchecabine Sanifun|badmeubel 'Venetië' 100 cm|"
        "Weekendticket Camping Plus|dagkaart zaterdag|lockerhuur groot|partytent 6 x 12|statafel Deluxe|"
        "springkussen 'Piratenschip'|biertap 2 kranen|alarmknop Tunstall Lifeline|valdetector Vivago|"
        "urnenmuur nis 3|gedenksteen graniet|camper-staanplaats Comfort|voortent Isabella Ambassador"
    ),
    "code": _bar(
        "SKU 441-09-BR|art. 88123|model RB5154 49-21|sterkte -2,25|BC 8,6 / DIA 14,2|cilinder -0,75 as 180|"
        "PAX 2 + 1|plaats 47|veld C|kavel 112|grafnummer B-14-07|rij 3|nis 12|foutcode E0012|firmware 3.2.1|"
        "formulier IB 2024|box 3|aangiftecode M|artikel 3.115 Wet IB|NEN 1010|keuzecode K-77"
    ),
    "ref": _bar(
        "order 2025-118402|ticket #77190|bestelnummer BK-66120|zaak 00431288|factuur F2025-0773|"
        "werkorder WO-2291|reservering RES-0815|zending 3SPOST4471029|retour RMA-20931|batch LT-2209"
    ),
    "refno": _bar("RES-0815|WO-2291|BK-66120|RMA-20931|Q-2025-0447|#77190|2025-118402|OFF-3312"),
    "town_en": _bar("Dublin 9|Galway|Ennis|Sligo|Cape Town|Durban|Stellenbosch|Pretoria|Bloemfontein|Gqeberha"),
    "public_phone": _bar(
        "0800-0543|088 505 5050|0900-0280|14 020|+31 20 521 0000|0800 2323|078 15 15 15|+32 9 210 10 10|"
        "+353 1 702 0000|+27 21 480 7700|0900 1234 567|020-2011 000"
    ),
    "bot": _bar("Snuffel|Kampeer-Kees|Fiscaatje|Lenny|Keukenhulp Kim|Trapper|Festi|Alarmbot Anna|Feestbot|Rust"),
    "pet": _bar("Bello|Minoes|Luna|Max|Guus|Saartje|Bobbie|Tijger|Pluis|Dikkie|Kees|Noor"),
    "band": _bar("Racoon|Kensington|Bazart|Di-rect|Golden Earring|Rondé|Hooverphonic|Balthazar|Froukje"),
    "date": _bar(
        "1 januari|1 april 2025|31 maart|30 april|1 mei 2026|15-06-2025|21 juni|1 juli|16 augustus 2025|"
        "15 oktober|2 november|24-12-2025|Hemelvaart|Allerzielen|de meivakantie|de bouwvak"
    ),
    "date_en": _bar("1 July|31 March 2025|St Patrick's Day|Heritage Day|the 30th of April|15/08/2025|New Year's Eve"),
    "time": _bar("07:45|08.30 uur|09:00|10:30|12:15|13.00|14:45|16:00 uur|17.30|19:00|22:30"),
    "stamp": _bar("00:00:07|00:01:42|00:03:15|00:05:58|00:08:21|00:12:40|00:17:03|00:24:36|00:31:09|00:46:52"),
    "amount": _bar(
        "€ 3,49|€ 24,95|€ 49,-|€89,00|€ 129,-|€ 318,50|€ 1.249,00|€ 14.750|75 euro|€ 7,95 p/m|R 450|€ 0,35 per km"
    ),
    "count": _bar("2|3|4|5|6|7|8|10|12|14|20|30|50"),
    "weekday": _bar("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bar("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
}
