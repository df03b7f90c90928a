"""Name, street, domain and bank pools of the held-out split test_v114 (registered in the shared `POOLS`): housing
allowance claimants, licence renewers, solar lessees, parents at orthodontic clinics, travellers who lost things at
airports, farm shop subscribers, laundry and coffee machine customers, phone insurance holders and sailing club
members from the Netherlands, Belgian Limburg, Brussels, Aruba, Curaçao, Pakistan, Uganda, Ireland, Korea, Japan and
elsewhere. Each origin keeps its own first names and surnames, so a name is drawn whole from one of them."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_FIRST = {
    "nl": "Marijke|Gijs|Wendelien|Hessel|Trijntje|Joost|Annelot|Reinier|Femke|Wouter|Hanneke|Thijmen|Roelie|"
    "Bart-Jan|Ineke|Maarten|Dieuwke|Sjoerd|Carla|Niek",
    "li": "Jef|Mieke|Lowie|Wout|Jolien|Ilse|Stijn|Britt|Kristof|Femke|Raf|Nathalie|Dries|Lotte|Jelle|Hilde|Seppe|Anke",
    "bx": "Amélie|Mathieu|Océane|Julien|Chloé|Grégory|Manon|Thibaut|Élodie|Maxime|Aurélie|Quentin|Ludivine|Cédric",
    "ma": "Youssef|Soufiane|Nadia|Khadija|Mourad|Hafsa|Anouar|Samira|Redouan|Loubna|Zakaria|Ikram|Othman",
    "tr": "Emre|Zeynep|Mehmet|Büşra|Ömer|Elif|Hakan|Sevgi|Yusuf|Gülsen|Tolga|Merve|Kadir|Şeyma",
    "sr": "Ravi|Shanti|Roy|Jennifer|Sunil|Anjali|Marlon|Chantal|Priya|Remy|Gaitrie|Kenneth|Shirley",
    "ac": "Shurendy|Jurymar|Giandro|Rudsel|Jeanine|Shakira|Ruthmila|Kenrick|Yuvienne|Dashira|Rignald|Suhaily|Eddy|"
    "Jandino|Migisha|Ivanca|Gregory|Xiomara",
    "pl": "Agnieszka|Krzysztof|Małgorzata|Piotr|Joanna|Tomasz|Ewelina|Grzegorz|Magdalena|Marcin",
    "in": "Rohit|Deepika|Karthik|Ananya|Suresh|Lakshmi|Vikram|Nandini|Rahul|Shreya",
    "ng": "Adaeze|Emeka|Oluwaseun|Chiamaka|Babatunde|Nkechi|Yetunde|Uchenna|Segun",
    "cn": "Wei|Xiaoling|Jun|Meiling|Hao|Yan|Zhen|Qing|Lei",
    "pk": "Muhammad Usman|Ayesha|Bilal|Hina|Zubair|Sana|Imran|Rabia|Kashif|Farah|Asad|Mehwish|Hamza|Nida|Tariq|"
    "Sidra|Faisal|Maryam|Shahid|Amna",
    "ug": "Moses|Grace|Joseph|Sarah|Ivan|Brenda|Ronald|Esther|Denis|Patience|Isaac|Doreen|Godfrey|Harriet|Emmanuel|"
    "Prossy|Brian|Winnie|Samuel|Florence",
    "ie": "Siobhán|Ciarán|Aoife|Pádraig|Niamh|Eoin|Sinéad|Cathal|Orla|Donal|Caoimhe|Fionn|Gráinne|Seamus|Róisín|"
    "Declan|Clodagh|Tadhg|Bríd|Oisín",
    "kr": "Min-jun|Ji-woo|Seo-yeon|Hyun-woo|Ha-eun|Do-yoon|Soo-ah|Jae-hyuk|Eun-ji|Sung-min",
    "jp": "Haruto|Yui|Sota|Aoi|Ren|Hina|Kaito|Sakura|Takumi|Mei|Riku|Yuna",
}
_SURNAME = {
    "nl": "Veldhuizen|van Rossum|Brinkman|de Wit-Koster|Hogendoorn|Zwart|van der Steen|Kloppenburg|Huisman|"
    "ten Brink|Roelofsen|Wijnands|van Eck|Stoffels|Vermeulen|Haverkamp|Kuiper|Scholten",
    "li": "Vanderhoydonck|Claes|Schepers|Vanhoof|Theunis|Hendrikx|Geraerts|Lenaerts|Vrancken|Bollen|Moors|Jorissen|"
    "Stevens|Cuppens|Gielen|Nijs",
    "bx": "Dubois|Lambert|Dupont|Lemaire|Vandenbroeck|Mertens|Desmet|Leclercq|Vanderelst|Wauters|Janssens|De Wilde",
    "ma": "El Idrissi|Bouzid|Ouali|Amrani|Benali|Ait Taleb|Chakir|El Haddouchi|Azzouzi|Boukhari|Tahiri|Ziani",
    "tr": "Demir|Kaya|Çelik|Arslan|Doğan|Öztürk|Aydın|Yıldız|Kılıç|Şahin|Koç|Erdoğan",
    "sr": "Ramdin|Kromodikoro|Pinas|Sordam|Jagessar|Ramcharan|Karijopawiro|Biharie|Lieuw-A-Fa|Mangroelal|Doelwijt",
    "ac": "Croes|Maduro|Wever|Tromp|Kock|Martina|Isenia|Girigori|Doran|Rosaria|Maria|Koolman|Felida|Geerman|"
    "Ras|Dijkhoff|Lacle|Winklaar|Sulvaran|Semeleer",
    "pl": "Nowak|Wójcik|Kaczmarek|Mazur|Krawczyk|Pawlak|Kowalczyk|Zając|Król|Wieczorek|Dudek|Wróbel",
    "in": "Iyer|Reddy|Menon|Bhattacharya|Deshpande|Pillai|Srinivasan|Chatterjee|Kulkarni|Joshi",
    "ng": "Okonkwo|Adeyemi|Eze|Balogun|Nwosu|Ogunleye|Chukwu|Afolabi|Onyekachi",
    "cn": "Zhang|Wang|Liu|Chen|Huang|Zhou|Xu|Lin|Guo",
    "pk": "Siddiqui|Qureshi|Malik|Chaudhry|Butt|Awan|Sheikh|Raza|Javed|Abbasi|Hussain|Mirza|Bajwa|Khan|Niazi",
    "ug": "Okello|Mukasa|Byaruhanga|Tumusiime|Kizza|Musoke|Kigozi|Mugisha|Tumwine|Ainembabazi|Twinomujuni|"
    "Kiwanuka|Lubega|Busingye|Opio|Ochieng",
    "ie": "Breathnach|de Búrca|Byrne|Keane|Fitzgerald|Gallagher|O'Donoghue|McCarthy|Brennan|O'Kelly|Moloney|"
    "Kavanagh|Dunne|Hegarty|Lynch|Quinlan|Walsh|de Paor",
    "kr": "Kim|Park|Lee|Choi|Jung|Kang|Cho|Yoon|Jang|Lim",
    "jp": "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato",
}
# Children at the orthodontist: first names of 2008 to 2019 births.
_CHILD = "Noah|Yara|Sem|Zoë|Ayoub|Elif|Mila|Lucas|Nora|Finn|Amira|Levi|Saar|Jayden|Lina|Daan|Hiba|Mees|Fenna|Rayan"

POOLS["test_v114"] = {
    **{f"first_{origin}": _bar(names) for origin, names in _FIRST.items()},
    **{f"surname_{origin}": _bar(names) for origin, names in _SURNAME.items()},
    "first": _bar("|".join(_FIRST.values())),
    "surname": _bar("|".join(_SURNAME.values())),
    "child": _bar(_CHILD),
    "street_nl": _bar(
        "Tongerseweg|Akerstraat|Rijksweg Zuid|Burgemeester Smeetsweg|Kapelaan Kochstraat|Wolfstraat|Gasthuisstraat|"
        "Meester van Coothstraat|Europalaan|Noorderhaven|Achter de Hoven|Zeilmakerstraat|Boterdiep|Lange Lijnbaan|"
        "Heuvelweg|Bloemendaalseweg|Zandvoortselaan|Weverstraat|Klaprooslaan|IJsselkade|Molenwaard|Roerkade"
    ),
    "street_li": _bar(
        "Kuringersteenweg|Demerstraat|Guffenslaan|Stalenstraat|Hasseltweg|Molenstraat|Sint-Truidersteenweg|"
        "Kempische Steenweg|Welzijnscampus|Hoogstraat|Maastrichterstraat|Dorpsstraat|Vennestraat|Bilzersteenweg"
    ),
    "street_bx": _bar(
        "Chaussée de Wavre|Rue Haute|Vlaamsesteenweg|Avenue de la Couronne|Rue de Laeken|Gentsesteenweg|"
        "Chaussée d'Ixelles|Rue des Palais|Bergensesteenweg|Avenue Brugmann|Rue du Midi|Ninoofsesteenweg|"
        "Boulevard Lambermont|Rue Gallait"
    ),
    "street_ac": _bar(
        "Kaya Flamboyan|Kaya Papaya|Schottegatweg Oost|Santa Rosaweg|Kaya Grandi|Caracasbaaiweg|Kaya Kadushi|"
        "Seroe Blanco|Caya Cuba|Tanki Leendert|Bubali|Caya Frans Figaroa|Pos Chiquito|Caya Lagoenweg|"
        "Kaya Wilhelminalaan|Brakkeput Ariba"
    ),
    "street_ie": _bar(
        "Griffith Avenue|Ashfield Road|Main Street|Castle Park|Glenageary Road|Mount Prospect Avenue|Church Hill|"
        "Old Youghal Road|Sandymount Avenue|College Road|Bishop Street|Ballymun Road"
    ),
    "estate_ie": _bar("The Paddocks|Cois Abhann|Ard na Gréine|Beechwood Court|Oakfield Lawn|Willow Grove|Páirc Mhuire"),
    "townland_ie": _bar("Coolmore|Ballinacurra|Knockanure|Drumcondra|Carrigtwohill|Ballyvolane|Gortnahoe"),
    "street_pk": _bar(
        "Street 7, F-10/2|Street 22, G-11/3|Block J, Gulberg III|Main Boulevard, DHA Phase 5|Lane 4, Askari 11|"
        "Street 14, Bahria Town Phase 8|Satellite Town, Block D|Mohallah Islampura"
    ),
    "street_ug": _bar(
        "Kira Road|Bukoto Street|Ggaba Road|Ntinda Road|Bombo Road|Lumumba Avenue|Kiwatule Road|Entebbe Road|"
        "Mutungo Hill Road|Salaama Road"
    ),
    "domain": _bar(
        "gmail.com|hotmail.com|outlook.com|ziggo.nl|kpnmail.nl|home.nl|hetnet.nl|telenet.be|skynet.be|proximus.be|"
        "hotmail.be|setarnet.aw|live.nl|yahoo.com|eircom.net|hotmail.ie|naver.com|daum.net|yahoo.co.jp|icloud.com|"
        "yahoo.co.uk|protonmail.com|wp.pl|163.com"
    ),
    "domain_work": _bar("gemeente-venlo.nl|stad.hasselt.be|orthoplus.nl|zeilvereniging-hetij.nl|lkl-laundry.be"),
    "bank_nl": _bar("INGB|RABO|ABNA|SNSB|ASNB|TRIO|BUNQ|KNAB|RBRB|NNBA"),
    "bank_ie": _bar("AIBK|BOFI|IPBS|ULSB"),
    "bank_pk": _bar("HABB|MEZN|UNIL|ALFH|SCBL|MUCB|BAHL"),
}
