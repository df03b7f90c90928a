"""Ordinary (never labelled) words of test_v76, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v76"] = {
    "firm": _semi(
        "Wetterskip Fryslân; Waterschap Rivierenland; Hoogheemraadschap van Rijnland; Noorderzijlvest; "
        "Gemeente Súdwest-Fryslân; Belastingsamenwerking Gouwe-Rijnland; Cocensus; BghU; Scooterverzekering.nl; "
        "ANWB; Unigarant; Univé; Volkstuinvereniging Ons Buiten; AVVN; Pleegzorg Nederland; Entrea Lindenhout; "
        "Juzt; Spirit; Yachtcharter Sneek; Friesland Yachting; Sailcharter Lemmer; Bijles.nl; Studiekring; "
        "Lyceo; Sanquin; Bloedbank Rode Kruis Vlaanderen; Fysio Topsport; SportFysio Heerenveen; Glasgarant; "
        "Carglass; Glaszetter Wiersma & Zn; Glashandel De Ruit; Stuart Delivery; Fietskoeriers Groningen; "
        "Cycloon; Deliveroo; Trello; Microsoft Forms; Telegram; Google Chat"
    ),
    "city": _semi(
        "Leeuwarden; Sneek; Bolsward; Franeker; Dokkum; Heerenveen; Groningen; Zwolle; Deventer; Nijmegen; "
        "Utrecht; Amsterdam; Rotterdam; Tilburg; Breda; Gent; Antwerpen; Accra; Kumasi; Nairobi; Mombasa"
    ),
    "town": _semi("Grou; Joure; Stavoren; Woudsend; Earnewâld; Akkrum; Balk; Workum; Holwerd; Oudega; Ameland"),
    "place": _semi(
        "het Abe Lenstra Stadion; de Willem-Alexanderbrug; het Sint Jozef Ziekenhuis; de Prins Hendrikkade; "
        "sportpark Bart Jansen; de Oldehove; het Princessehof; jachthaven De Domp; de Van Harinxmabrug; "
        "volkstuinpark Rozenhof; het Anne Frank Huis; de Erasmusbrug; bloedafnamepunt Wilhelminaplein; "
        "het J.W. Frisopad; de Piet Heinkade; het Kenyatta International Convention Centre; Kotoka Airport"
    ),
    "product": _semi(
        "Vespa Primavera 50; Piaggio Zip; Niu MQi GT; e-bike Urban Arrow; bakfiets; Bavaria Cruiser 34; "
        "Hanse 348; sloep Sloep 650; Beneteau Oceanis 38; HR++ dubbel glas; triple glas 4-15-4; "
        "voorruit met regensensor; kantoorpakket bijles wiskunde; examentraining Engels; kniebrace; "
        "tapeset; schoffel; tuinhuisje 3 x 2 m; regenton 200 liter; pakket Scooter Allrisk; helm Shark"
    ),
    "code": _semi(
        "artikel 3.2; hectare 4; perceel 17; tuin 42; steiger F; box 12; CBR-code AM; categorie AM2; "
        "glas-code DZ3; bon 44; dossiertype PZ-B; module 3 havo; route 7; zone Noord; formulier W-12; "
        "vragenlijst 4.1; label 'spoed'; kolom B; tarief 2025; BTW 21%"
    ),
    "ref": _semi(
        "T-2291; 2025-0413; 00731422; 3SXYZ0045518; 25-0318; 2025/00912; GS-7781; 88213; 4471; 2025-17; W-0098"
    ),
    "public_phone": _semi(
        "058 292 2222; 088 060 5000; 14 0515; 0800-5111; 0800 2211; 0900-1212; 071 306 3063; 0800-1234; "
        "+31 88 123 4567; 0800 0 333; +32 78 05 05 05; 112; 0900-8844"
    ),
    "bot": _semi("Wetterbot; Skoot; Tuinman Tom; Pleegie; Ankertje; Bijlesbot; Druppel; Fysio-Fleur; Ruitje; Trapper"),
    "date": _semi(
        "1 januari; 28 februari 2025; 31 maart; 1 mei 2025; 15 juni; 1 juli 2025; 30-09-2025; 1/10; "
        "Koningsdag; de kerstvakantie; Hemelvaartsdag; 11 november; 31 december 2025"
    ),
    "date_en": _semi(
        "1 March; 31 May 2025; 6 March; 12 December; 20/10/2025; Madaraka Day; the 1st of July; Easter Monday"
    ),
    "time": _semi("07:45; 08.30 uur; 09:15; 10:00; 11.45; 13:30; 15.00 uur; 16:20; 19:00; 20.30"),
    "amount": _semi(
        "€ 7,50; € 23,40; €58,00; € 112,15; € 349,-; 180 euro; € 16,95 p/m; € 412,70; € 2.150; KES 2,500; GH₵ 300"
    ),
    "ours": _semi("bezwaar 2025-1; WOZ-2025; map belastingen; 2025/03; brief 2; aanslag 2025; ruit-01; B-2025-4"),
    "count": _semi("2; 3; 4; 6; 7; 9; 11; 14; 20; 36; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
