"""Pools of the `test_v13` split: first names, surnames and streets no earlier split's pools hold (only those pools'
values were compared, never the redaction rules), with the mail domains and banks people really use.

Written by someone who never saw the redaction rules. The people are those a Dutch contact centre hears in 2025:
Dutch names of every generation, with every kind of tussenvoegsel ('van 't Zand', 'in den Bosch', 'op 't Hof'),
some of them also ordinary words (Vonk, Otto, Lang); Frisian names ('Foekje Lycklama', 'Sietze Galama'), Flemish,
Moroccan-, Turkish-, Hindustani-, Creole- and Javanese-Surinamese and Antillean (Curaçao) Dutch names; Polish
workers; Indian, British and German expats for the English frames; children's names for the daycare and
music-school frames; the agents' own first names. Streets: Dutch streets (old town centres, new estates, streets
named after a person such as 'Jan Steenstraat'), Frisian ones ('Túnwei'), student-housing complexes, houseboat
quays, and Flemish, British and German streets. University mail domains for the student frames; the background
mixes the frames draw names from; the Dutch and English number words spoken values are said in."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_WOMEN = {
    "_nl": "Marian|Riet|Thea|Marga|Ankie|Coby|Gerrie|Gertrude|Lidwien|Carolien|Elsbeth|Gineke|Hermien|Ietje|Jozien|"
    "Klazien|Liesje|Marijtje|Pauline|Stientje|Wijnie|Daniëlle|Nathalie|Wilhelmien|Hannie|Nanda|Rietje|Anouschka",
    "_fy": "Geeske|Antsje|Trientje|Hinke|Foekje|Boukje|Jeltje|Martsje|Doutsje|Ypkje",
    "_be": "Goedele|Inge|Anneleen|Bieke|Elfie|Kaatje|Oona|Pascale|Rani|Zita|Leentje",
    "_ma": "Salma|Fouzia|Wafae|Zineb|Dounia|Btissam",
    "_tr": "Filiz|Dilek|Aysel|Bahar|Çiğdem|Dilara|Fadime|Gamze|Hacer|Leyla|Nesrin|Pınar|Zehra|Gülay",
    "_sr": "Jennifer|Kavita|Sarietje|Nandini|Radjkoemarie|Romina|Mildred|Sangita|Eunice|Juanita",
    "_an": "Giselle|Ruthmilda|Sharline|Jaïra|Shurenska|Nashaly|Zuleika|Ivette|Glenda|Suraida",
    "_pl": "Aleksandra|Weronika|Izabela|Halina|Iwona|Sylwia|Urszula|Wioletta|Żaneta",
    "_in": "Sneha|Meera|Aishwarya|Bhavna|Divya|Gayatri|Ishita|Lavanya|Pooja|Radhika|Tanvi",
    "_en": "Bridget|Henrietta|Lavinia|Octavia|Rosie|Sian|Verity|Clemency|Davina|Esme|Isobel|Morwenna|Prudence",
    "_de": "Ulrike|Birgit|Kerstin|Heike|Gudrun|Jutta|Renate|Dörte|Annegret|Frauke|Wiebke|Friederike",
}
_MEN = {
    "_nl": "Ad|Bertus|Rens|Jop|Melle|Wilfried|Casper|Aart|Chiel|Govert|Klaas-Jan|Otto|Sijbrand|Wouter-Jan|Dolf|"
    "Krijn|Leendert|Nico|Okke|Steef|Tom-Jan|Willem",
    "_fy": "Freerk|Eelke|Lolke|Minne|Pier|Sietze|Watse|Jildert|Halbe",
    "_be": "Thibaut|Filip|Luc|Cedric|Frederik|Ignace|Karel|Senne|Urbain|Yannick|Zeno",
    "_ma": "Achraf|Mourad|Nabil|Ismail|Brahim|Mohssine|Marouane",
    "_tr": "Fatih|Hüseyin|Kaan|Onur|Selim|Umut|Alper|Emrah|Halil|Necati|Recep|Taner",
    "_sr": "Gerold|Orlando|Anil|Rakesh|Sandeep|Errol|Clyde|Humphrey|Rudie|Radjin|Soedesh",
    "_an": "Jeanmarc|Ruthsel|Luigi|Eduardo|Roderick",
    "_pl": "Andrzej|Jakub|Michał|Rafał|Dariusz|Mirosław|Kamil|Mateusz|Jarosław|Radosław",
    "_in": "Karthik|Bharat|Chetan|Devansh|Gaurav|Kunal|Nikhil|Pranav|Tarun|Varun|Ravindra",
    "_en": "Ambrose|Dominic|Edmund|Giles|Kit|Laurence|Magnus|Neville|Oswald|Rufus|Tristan|Euan",
    "_de": "Jörg|Torsten|Volker|Uwe|Rainer|Detlef|Helmut|Joachim|Rüdiger|Henning|Malte|Jens-Uwe",
}
_SURNAMES = {
    "_nl": "van der Meulen|van de Wetering|van der Kooij|Veldhuis|Sleegers|Zwanenburg|van 't Zand|Roozendaal|"
    "Heijmans|Boogaard|van Ginkel|Ravesteijn|Snijders|Terlouw|van Uffelen|IJzerman|Appelman|Bakels|de Cock|"
    "Donkersloot|van Egmond|Flikweert|Gravendijk|in den Bosch|van Holten|de Jager|Kasteleijn|Leenders|van Noort|"
    "Oskam|van Tol|Uijttenbroek|Vonk|Wesseling|van Vuuren|op 't Hof|Boeve",
    "_fy": "Sijtsma|Tjalma|Posthumus|Wijnsma|Faber|Lycklama|Holwerda|Keuning|Stellingwerf|Galama",
    "_be": "Vercruysse|Callens|Billiet|Van Landeghem|Schoofs|Meeus|Heylen|Vanhecke|Vermeire|Cattoor|Bultinck|"
    "Van Steenkiste|Opsomer|Vanmarcke|Van Roey",
    "_ma": "Chaara|Bouzerda|El Yassini|Akrouh|Ben Hammou|Azaouagh|Mesbahi|Bakkioui|Chakir|El Mourabit|"
    "El Ghazali|Tounsi",
    "_tr": "Çetin|Türkmen|Uçar|Sarı|Ateş|Akbaş|Coşkun|Durmaz|Gündoğdu|Işık|Karakaya|Mutlu|Sezer|Taşkın|Ünlü|Yalçın",
    "_sr": "Emanuelson|Sno|Wongsodikromo|Badloe|Rampersad|Gangaram|Tewari|Adhin|Poeketie|Amatmoekrim|Waterberg|"
    "Redjopawiro|Sardjoe|Kartodikromo|Somohardjo|Deekman|Brunings|Vanenburg",
    "_an": "Juliana|Anthony|Doran|Zimmerman|Trinidad|Bernadina|Eisden|Nicolaas|Thode|Doest|Melfor|Pinedo",
    "_pl": "Szymański|Woźniak|Kozłowski|Wojciechowski|Kwiatkowski|Adamczyk|Dudek|Majewski|Olszewski|Stępień|"
    "Malinowski|Jaworski|Walczak|Sikora|Szewczyk|Zawadzki|Włodarczyk|Sokołowski|Kołodziej",
    "_in": "Srinivasan|Ramaswamy|Patil|Joshi|Agarwal|Rao|Shetty|Naidu|Mukherjee|Ghosh|Malhotra|Saxena|Trivedi|"
    "Hegde|Kamath|Narayanan",
    "_en": "Whitlock|Lister|Ainsworth|Dewhurst|Entwistle|Fothergill|Hepworth|Kershaw|Nuttall|Openshaw|"
    "Postlethwaite|Quigley|Rawlinson|Tattersall|Wolstenholme|Ackroyd|Broadbent|Duckworth|Garside",
    "_de": "Krüger|Neumann|Böhm|Lehmann|Schulze|Zimmermann|Hartmann|Köhler|Herrmann|Scholz|Möller|Schubert|Vogt|"
    "Böttcher|Voigt|Seidel|Pfeiffer",
}
_CHILDREN_F = "Bobbie|Vajèn|Mare|Ize|Doortje|Pip|Aafje|Gijsje|Lente|Fenne-Lot"
_CHILDREN_M = "Siep|Stef|Ole|Tijn-Olivier|Bjarne|Hidde-Mees|Ravi-Jay"
_STAFF = "Shanna|Rowan|Stacey|Bryan|Jarno|Kimberly|Melissa"
FEMALE = {name for names in (*_WOMEN.values(), _CHILDREN_F, "Shanna|Stacey|Kimberly|Melissa") for name in _bars(names)}
ORIGINS = tuple(_SURNAMES)

POOLS["test_v13"] = {
    **{f"first{key}": _bars(_WOMEN[key]) + _bars(_MEN[key]) for key in ORIGINS},
    **{f"surname{key}": _bars(names) for key, names in _SURNAMES.items()},
    "child": _bars(_CHILDREN_F) + _bars(_CHILDREN_M),
    "staff": _bars(_STAFF),
    "street_nl": _bars(
        "Roggestraat|Tarwestraat|Hendrik Casimirstraat|Ketelboetershoek|Paardenmarkt|Molensingel|Lindenhof|"
        "Havenkade|Wilgenroosje|Valeriaanweg|Koestraat|Bagijnhof|Hooglandse Kerkgracht|Schapendrift|Esch|"
        "Rode Kruislaan|Anne Frankstraat|Lijsterbeslaan|Korenmolen|Vlierboomstraat|Laan der Verenigde Naties|"
        "Hertog Janstraat|Oude Gracht|Kloosterhof|Veenkade|Slingerweg|Dijkhuizenweg|Grote Beer|Steenbokstraat|"
        "Orionlaan|Reigerlaan|Pimpernel|Kamperfoeliestraat|Hazelaarlaan|Elzenhof|Bakkersdijk|Wevershof|Smidsweg|"
        "Touwslagerij|Schoenmakerhoek|Zwanenhof|Fazantstraat|Wielewaal|Prunusstraat|Ahornlaan|Berberisstraat|"
        "Meester Dekkerstraat|Dokter Schaepmanstraat|Kapelaan Koopmansstraat|Wethouder Buitelaarstraat|"
        "Jan Steenstraat|Frans Halsstraat|Vermeerstraat"
    ),
    "street_fy": _bars(
        "Tsjerk Hiddesstrjitte|Dyksterbuorren|Sudergoaewei|Stasjonsstrjitte|Túnwei|Foarstrjitte|Achterom|Heechein"
    ),
    "street_student": _bars(
        "Uilenstede|Zernikeplein|Rotsoord|Professor Bronkhorstlaan|Hoogeveenenk|Cambridgelaan|Winthontlaan|"
        "Balthasar van der Polweg|Korvezeestraat|Campusplein"
    ),
    "street_boat": _bars("Levantkade|Nieuwe Meerdijk|Sumatrakade|Oostelijke Handelskade|Borneokade|Weesperzijde"),
    "street_be": _bars("Vrijdagmarkt|Vlamingenstraat|Stationsstraat|Kastanjedreef|Beukendreef|Eikendreef"),
    "street_en": _bars(
        "Albion Street|Ladysmith Avenue|St Mary's Close|Marlborough Place|Quarry Lane|Jubilee Terrace|"
        "Lavender Crescent|Cromwell Grove|Trafalgar Road|Hazel Close|Kestrel Way|Thornfield Avenue"
    ),
    "street_de": _bars("Schillerweg|Kirchgasse|Mozartstraße|Rosenweg|Friedrich-Ebert-Straße|Talstraße|Uhlandstraße"),
    "domain": _bars(
        "gmail.com|gmail.com|gmail.com|gmail.com|hotmail.com|hotmail.com|outlook.com|outlook.com|live.nl|ziggo.nl|"
        "kpnmail.nl|kpnplanet.nl|upcmail.nl|quicknet.nl|chello.nl|hotmail.nl|icloud.com|me.com|yahoo.com|tele2.nl|"
        "online.nl|protonmail.com"
    ),
    "domain_student": _bars("student.rug.nl|student.tudelft.nl|student.uva.nl|student.hanze.nl|student.fontys.nl"),
    "domain_be": _bars("telenet.be|skynet.be|gmail.com|outlook.be|proximus.be"),
    "domain_en": _bars("gmail.com|outlook.com|yahoo.co.uk|hotmail.co.uk|icloud.com|gmx.de|web.de|t-online.de"),
    "bank": _bars("RABO|RABO|INGB|INGB|INGB|ABNA|ABNA|SNSB|ASNB|RBRB|TRIO|KNAB|BUNQ|NNBA|FVLB|HAND"),
}

UNITS_NL = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
UNITS_NL += "zeventien achttien negentien"
TENS_NL = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
UNITS_EN = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
UNITS_EN += "seventeen eighteen nineteen"
TENS_EN = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORIGINS_NL = ("_nl", "_nl", "_nl", "_nl", "_nl", "_fy", "_be", "_ma", "_tr", "_sr", "_an", "_pl")
ORIGINS_EN = ("_en", "_en", "_in", "_de", "_nl", "_nl", "_pl", "_sr")
INITIALS = "J. H. A.M.C. W.J.M. Th. J.P. G. Chr. M.E. A. P.J. E. R.H.".split()
LAND = "0513 0515 0566 0162 0413 0416 0475 043 045 046 0113 0118 0172 0180 0299 0321 0523 0544 0570 0575 024 026"
TRADES = ("klussen", "schilderwerken", "administratie", "fotografie", "installatie", "hoveniers")


def nl_words(n: int) -> str:
    units = UNITS_NL.split()
    if n < 20:
        return units[n]
    unit, ten = n % 10, TENS_NL[n // 10]
    return ten if unit == 0 else f"{units[unit]}{'ën' if units[unit].endswith('e') else 'en'}{ten}"


def en_words(n: int) -> str:
    units = UNITS_EN.split()
    return units[n] if n < 20 else TENS_EN[n // 10] + ("" if n % 10 == 0 else "-" + units[n % 10])


def plain(text: str) -> str:
    text = text.lower().translate(str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "ø": "o"}))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())
