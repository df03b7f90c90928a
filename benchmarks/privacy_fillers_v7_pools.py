"""Pools of `test_v7`: names of many origins, streets, places, mail domains and banks no earlier split draws."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS

# origin: (first names, surnames); a person's first name and surname come from one origin
ORIGINS = {
    "nl": (
        "Evert-Jan Roosmarijn Bartholomeus Reinout Klaasje Josien Marnix Ewoud Sjaak Dieuwertje Floortje",
        "van Ommeren|ter Steege|van der Zwaluw|Hooijmaijers|Zwartkruis|Blankenstijn|den Hollander|"
        "van Leeuwarden-Kok|Timmerije|van Voorthuizen|Kloosterboer|de Roode|van de Kamp-Hulst|Nijenhuis|te Riele",
    ),
    "fy": (
        "Wopke Tjitte Gerbrich Romke Douwe Hessel Eelkje",
        "Anema|Oosterbaan|de Haan-Wiersma|Hoekema|Wadman|Jellema|Bosgra",
    ),
    "li": (
        "Har Pieke Jeu Mia-Lou Huub Sjra Tonny Leonie-Marie Mathieu Servé",
        "Vencken|Ummels|Frijns|Pluijmen|Schepers-Coenen|Houben|Kurvers|Dassen|Vliegen|Bemelmans|Pinckers",
    ),
    "be": (
        "Amber-Lien Elvire Hanne-Lore Tuur Roos-Marie Mathilde",
        "De Backer|Vandevelde-Peeters|Baeyens|Debaere|Van Heddegem|Cnudde",
    ),
    "tr": ("Tuba Furkan Gülşen Yiğit Melike Ercan Sevda Batuhan", "Kaplan|Demirci|Koçak|Karataş|Şimşek"),
    "ma": ("Mustapha Nouhaila Oumaima Ghizlane", "Bouzambou|Ait Taleb|Ouahabi|Chakor|El Yaakoubi"),
    "sr": ("Vishal Kirtie Prija Narindra Gowtam", "Jagessar|Kalpoe|Bhola|Soekhoe|Chotkan"),
    "pt": (
        "Edmilson Fernanda Tiago Luíza João Ana-Rita Djamila Nilton Odete",
        "Tavares|Gonçalves|Monteiro|dos Santos|Fortes|Lopes da Silva|Semedo",
    ),
    "ua": (
        "Bohdan Kateryna Mykola Tomek Taras Przemysław Halyna",
        "Shevchenko|Wiśniewska|Zieliński|Kaczmarek|Melnyk|Hrytsenko|Dąbrowska",
    ),
    "mol": ("Nyoman Wulan Johny Ferdinand Sientje Octovianus", "Pattiasina|Latumahina|Tuhumury|Wattimena|Sahetapy"),
    "wa": ("Adjoa Obinna Chidinma Kwadwo", "Owusu-Ansah|Opoku|Nwachukwu|Mensah-Bonsu|Oyelaran"),
    "hoa": ("Abrehet Helen Luwam Filimon", "Ghebremariam|Habte|Weldemichael"),
    "as": ("Xiaoling Maricel Jomar Jianhua Rizalyn Quang", "Dela Cruz|Bautista|Nguyen Thi|Liu-Chen|Xu"),
    "med": (
        "Eleni Giorgos Chiara Matteo Dimitra Alessandro Spyros Francesca",
        "Papadopoulou|Esposito|Lombardi|Karagiannis|De Luca|Mancini|Georgiou",
    ),
    "gb": (
        "Morag Gethin Cerys Alfie Hywel Rhodri Saoirse Fergal Crispin Dougie",
        "Llewellyn|Fitzgerald|Ó Briain|Ashworth-Pike|Trevelyan|McCready|Penhaligon|Oakley|Braithwaite",
    ),
    "in": ("Siddharth Venkat Anirudh Prakash", "Raghunathan|Subramanian|Kulkarni|Bhattacharya"),
    "me": ("Rahaf Farid Parisa Dariush Omid Shirin Nasrin Yasaman", "Haidari|Karimi|Rezaei|Nazari|Hosseini|Al-Zubaidi"),
}
ORIGINS = {origin: (firsts.split(), surnames.split("|")) for origin, (firsts, surnames) in ORIGINS.items()}
ENGLISH_ORIGINS = ("gb", "gb", "in", "wa", "as", "med", "me", "ua", "hoa")
BELGIAN_ORIGINS = ("be", "be", "ma", "tr", "med")
DUTCH_ORIGINS = ("nl", "nl", "fy", "li", "tr", "ma", "sr", "pt", "ua", "mol", "wa", "hoa", "as", "me")

POOLS["test_v7"] = {
    "first": sorted({name for firsts, _ in ORIGINS.values() for name in firsts}),
    "surname": sorted({name for _, surnames in ORIGINS.values() for name in surnames}),
    "street_nl": "Tesselschadestraat|Ruysdaelkade|Hofpoortstraat|Zuidwal|Tsjerkestrjitte|Wâldwei|Lange Pijp|"
    "Tongerseweg|Kapelaan Pollokstraat|Jekerweg|Burgemeester Ritmeesterlaan|Dr. Zamenhofstraat|Sint Annadal|"
    "Pieter de Hoochweg|Van Hogendorpplein|Koekoeksbloem|Zwanenveld|Esdoornhof|Kortenaerkade|Hendrik Figeeweg|"
    "Slachthuisstraat|Noorderhaven|Pelikaanweg|Herbenusstraat".split("|"),
    "street_be": "Brugsepoortstraat|Vlaamsekaai|Tiensevest|Kapucijnenvoer|Lange Lozanastraat|Ottergemsesteenweg|"
    "Sint-Truidersteenweg|Nieuwe Stationsstraat".split("|"),
    "street_en": "Ashgrove Terrace|Cathedral Walk|Thornbury Gardens|Sefton Park Road|Glebe Lane|Pendle Close|"
    "Larkhill Rise|Wellington Parade|Cranbrook Mews|Fenwick Street|Rowan Crescent|Bramley Court".split("|"),
    "street_de": "Lindenallee|Am Kupferhammer|Rüttenscheider Straße|Kaiser-Wilhelm-Ring|Schanzenstraße".split("|"),
    "city_nl": "Emmeloord Joure Valkenburg Winschoten Steenwijk Oisterwijk Brunssum Coevorden Bolsward Schagen".split(),
    "city_be": "Lokeren Tienen Waregem Maaseik Zottegem Diksmuide".split(),
    "city_en": "Dundee Swansea Exeter Carlisle Inverness Lancaster".split(),
    "domain": "kabelfoon.nl freeler.nl delta.nl ekm-mail.nl introweb.nl wxs.nl yahoo.de tiscali.it laposte.net "
    "hey.com ukr.net".split(),
    "domain_work": "student.hu.nl lumc.nl rijnstate.nl tudelft.nl".split(),
    "bank": "FBHL HHBA LOCY ZWLB BNGH ISAE".split(),
    "be_bank": "631 750 132 523 777".split(),
    "de_blz": "12030000 43060967 66050101 86055592".split(),
    "uk_outward": "CF10 NR2 DD1 LS11 BS8 M14 G12 EH6 YO31 PL4 EC1V W1T S10 SA2 LA1 IV2".split(),
}
