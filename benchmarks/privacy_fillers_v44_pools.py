"""People, streets, mail domains and banks of the held-out split test_v44 (registered in the shared `POOLS`).

Given names and surnames are kept per background (`first_<bg>`, `surname_<bg>`) so that a filled name sounds
like one person: Twente and Zeeuws-Vlaanderen Dutch, Flemish, Surinamese-Javanese, Cape Verdean, Bulgarian,
Greek, Iranian, Iraqi-Kurdish, Japanese, Filipino, Ghanaian and Australian."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


BACKGROUNDS = ("tw", "zvl", "vl", "jav", "cv", "bg", "gr", "ir", "ku", "jp", "ph", "gh", "au")

POOLS["test_v44"] = {
    "backgrounds": list(BACKGROUNDS),
    # Twente: Enschede, Hengelo, Almelo, Oldenzaal, Tubbergen, Haaksbergen.
    "first_tw": _items("Gerwin; Hennie; Dinand; Bennie; Trees; Gradus; Wilma; Jorien; Riekje; Herman; Mieke; Stefan"),
    "surname_tw": _items(
        "Nijhuis; Oude Avenhuis; Morsink; Brinkhuis; Lansink; Kamphuis; Assink; Leferink; Hofste; Wolbers; "
        "Oude Groote Beverborg; ten Dam; Oude Luttikhuis; Scholten Reimer; Velthuis"
    ),
    # Zeeuws-Vlaanderen: Terneuzen, Hulst, Sluis, Axel, Oostburg.
    "first_zvl": _items("Rini; Koen; Lieke; Marlies; Geert; Dorien; Kristof; Annelies; Bas; Mariska; Arno"),
    "surname_zvl": _items(
        "de Kraker; van Waes; Dobbelaar; Bimmel; Cappon; Lambrecht; van Hoeve; de Rijcke; Verstraeten; "
        "Scheele; de Bruijckere; van Damme"
    ),
    # Flemish, Antwerp and Limburg.
    "first_vl": _items("Griet; Lieven; Hilde; Jelle; Stijn; Wannes; Nele; Sofie; Bart; Kobe; Lutgarde; Jef"),
    "surname_vl": _items(
        "Van den Bossche; Janssens; Maes; Claes; Goossens; Wouters; Van Loock; Lenaerts; Vanhees; Coenen; "
        "Schepers; Moors; Wauters; Vandeputte; Verhaegen"
    ),
    # Surinamese-Javanese.
    "first_jav": _items("Wagimin; Sriyati; Paidi; Suparmi; Rudi; Kartini; Soekirno; Ngatini; Roesdi; Tumirah"),
    "surname_jav": _items(
        "Kromodikoro; Sarmo; Kasanpawiro; Soemodihardjo; Amatdjais; Karijopawiro; Sanrawi; Wongsoredjo; Atmodimedjo"
    ),
    # Cape Verdean.
    "first_cv": _items("Djassi; Edmilson; Nilda; Ivanilda; Adilson; Crisolita; Nélson; Zenaida; Arlindo"),
    "surname_cv": _items("Monteiro; Fortes; Semedo; Lopes da Veiga; Brito; Gomes Varela; Tavares Furtado; Andrade"),
    # Bulgarian.
    "first_bg": _items("Desislava; Stoyan; Tsvetelina; Hristo; Radostina; Borislav; Yordanka; Plamen; Viktoria"),
    "surname_bg": _items("Dimitrova; Stoyanov; Petkova; Georgiev; Hristova; Todorov; Angelova; Kolev; Nikolova"),
    # Greek.
    "first_gr": _items("Eleftheria; Kostas; Panagiotis; Vasiliki; Stavros; Dimitra; Thanasis; Georgia; Spyros"),
    "surname_gr": _items(
        "Papadopoulou; Georgiou; Karagiannis; Nikolaidis; Oikonomou; Triantafyllou; Vlachos; Papazoglou"
    ),
    # Iranian.
    "first_ir": _items("Farnaz; Behrouz; Shirin; Reza; Mahsa; Kourosh; Parisa; Dariush; Nasrin; Arash"),
    "surname_ir": _items("Rezaei; Hosseini; Ahmadi; Karimi; Moradi; Tehrani; Ghorbani; Jafari; Sadeghi"),
    # Iraqi-Kurdish.
    "first_ku": _items("Rebin; Shilan; Dilan; Karwan; Hêro; Aras; Shno; Bakhtiyar; Nazdar; Sherwan"),
    "surname_ku": _items("Rasul; Hawrami; Aziz; Mahmood; Salih; Mustafa Kareem; Qadir; Osman; Hama Amin"),
    # Japanese.
    "first_jp": _items("Haruto; Yui; Takeshi; Aiko; Kenji; Sakura; Ren; Michiko; Daisuke"),
    "surname_jp": _items("Tanaka; Watanabe; Kobayashi; Yamamoto; Nakamura; Suzuki; Inoue; Matsumoto"),
    # Filipino.
    "first_ph": _items("Maricel; Jericho; Rowena; Rodel; Angelica; Jonalyn; Ramil; Cherry Ann; Marvin"),
    "surname_ph": _items("dela Cruz; Bautista; Villanueva; Reyes; Mendoza; Aquino; Manalo; Pascual; Macaraeg"),
    # Ghanaian.
    "first_gh": _items("Kwabena; Akosua; Kofi; Ama; Yaw; Efua; Nana Yaw; Abena; Kwame; Adwoa"),
    "surname_gh": _items("Mensah; Boateng; Owusu; Asante; Osei; Agyeman; Appiah; Ofori-Atta; Darko; Acheampong"),
    # Australian.
    "first_au": _items("Brodie; Kylie; Lachlan; Shannon; Darcy; Tahlia; Mitchell; Jayde; Corey"),
    "surname_au": _items("McAllister; Fitzgerald; O'Loughlin; Henderson; Pearce; Kowalczyk; Trengove; Whitlam"),
    # Children at the childcare centre and learner drivers' younger siblings.
    "child": _items("Fenne; Jurre; Saartje; Daví; Hana; Kaito; Ayaan; Mireille; Tijn; Nilou; Kojo; Elin; Rûnahî"),
    # Agents quoted in QA scorecards and ticket exports (their names are personal data too).
    "agent": _items("Demi; Rutger; Soraya; Kimberley; Niels; Esra; Marco; Jacqueline; Quinten; Loubna; Tamara"),
    "street_nl": _items(
        "Hengelosestraat; Oldenzaalsestraat; Haaksbergerstraat; Deurningerstraat; Lasondersingel; "
        "Boekelosestraat; Tubantiasingel; Wierdensestraat; Ootmarsumsestraat; Axelsestraat; Noordstraat; "
        "Zeldenrustlaan; Westkolkstraat; Dijkstraat; Burgemeester Geillstraat; Steenstraat; Nieuwstraat; "
        "Zouavenlaan; Van Lodensteynstraat; Prof. Dr. Dondersstraat; Kruiskade; Ketelhavenstraat; "
        "Laan van Westenenk; Sumatrastraat; Kanaalstraat; Eikenlaan; Hofstraat; Zwanenmeer"
    ),
    "street_be": _items(
        "Turnhoutsebaan; Lange Leemstraat; Kioskplaats; Bredabaan; Kerkstraat; Diestersteenweg; "
        "Maastrichterstraat; Genkersteenweg; Koning Albertlaan; Sint-Bernardsesteenweg; Pastoor Coplaan; Zuidstraat"
    ),
    "street_en": _items(
        "Wattle Street; Banksia Crescent; Glenferrie Road; Beaconsfield Parade; Jacaranda Drive; Gympie Road; "
        "Rundle Street; Boronia Avenue"
    ),
    "domain": _items(
        "zeelandnet.nl; telenet.be; skynet.be; kpnplanet.nl; gmx.net; abv.bg; yahoo.gr; bigpond.com; "
        "hotmail.be; quicknet.nl; solcon.nl; chello.nl; online.nl; yahoo.co.jp; outlook.be; t-mobilethuis.nl; "
        "gmail.com; hotmail.com; icloud.com; live.com; proximus.be; mail.bg"
    ),
    # Dutch bank codes and (below) Belgian three-digit bank prefixes.
    "bank": _items("RABO; INGB; ABNA; SNSB; ASNB; BUNQ; KNAB; RBRB; TRIO; NNBA; HAND; FVLB"),
    "bank_be": _items("001; 063; 068; 143; 363; 651; 735; 973; 751; 096"),
}
