"""Pools of the `test_v30` fillers: given names and surnames by origin, streets in the Netherlands, Belgium and
Germany, mail domains and foreign dialling codes. Written by someone who never saw the redaction rules.

Each origin is a (women, men, surnames) triple written as bar-separated strings; Dutch surnames keep their
particles in lower case ('van der Heijden'), Flemish ones keep them capitalised ('Van Damme'), as in the registers.
"""

from __future__ import annotations


def bars(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "nl": (
        bars("Fenna|Lotte|Marieke|Ineke|Sanne|Joke|Anouk|Wilma|Femke|Grietje|Noor|Tessa|Hennie|Annemarie|Lieke"),
        bars("Bas|Gijs|Wouter|Henk|Sjoerd|Teun|Maarten|Kees|Joost|Ruud|Thijs|Pieter-Jan|Daan|Arie|Jelle"),
        bars(
            "van der Heijden|de Bruijn|Verhoeven|van 't Erve|op de Weegh|Kuijpers|ter Steege|Meijerink|"
            "van den Akker|Schouten|de la Court|Blom|in den Bosch|Hoekstra|van Dalen|Rozendaal|'t Hart|"
            "Vermeulen|van Wijngaarden|Groeneveld|ten Brinke|Zwart|van Beek|Mulder"
        ),
    ),
    "fy": (
        bars("Sytske|Baukje|Tjitske|Geertje"),
        bars("Sjoerd|Wybren|Hylke|Jurjen|Tjeerd"),
        bars("Dijkstra|Hiemstra|Wijbenga|Bouma|Sikkema|Terpstra"),
    ),
    "be": (
        bars("Griet|Ilse|Veerle|Katrien|Lien|An"),
        bars("Wim|Jef|Stijn|Koen|Bart|Lieven|Dries"),
        bars("Van Damme|Vandenbroucke|De Smet|Claes|Peeters|Van Acker|Vercammen|D'Hondt|Vanhoutte"),
    ),
    "tr": (
        bars("Ayşe|Elif|Zeynep|Büşra|Hatice|Derya"),
        bars("Mehmet|Emre|Hakan|Yusuf|Kerem|Oğuz"),
        bars("Yılmaz|Kaya|Demir|Çelik|Öztürk|Aydın|Arslan|Koç"),
    ),
    "ma": (
        bars("Fatima|Khadija|Naima|Samira|Hajar|Salma"),
        bars("Mohamed|Youssef|Karim|Abdelhak|Bilal|Hamza"),
        bars("El Amrani|Bouzid|Ait Taleb|El Idrissi|Benali|Azzouzi|Chaib|el Khattabi"),
    ),
    "sr": (
        bars("Sharmila|Ritu|Jennifer|Marisa|Sita"),
        bars("Ravi|Dinesh|Romano|Clifton|Ashwin"),
        bars("Ramdin|Jagesar|Kartosen|Sumter|Soekhai|Wongsodikromo|Biharie|Pinas"),
    ),
    "pl": (
        bars("Agnieszka|Magdalena|Katarzyna|Joanna"),
        bars("Tomasz|Piotr|Marek|Łukasz"),
        bars("Nowak|Wiśniewski|Zieliński|Kowalczyk|Lewandowski|Wójcik"),
    ),
    "ro": (
        bars("Ioana|Andreea|Mihaela|Elena"),
        bars("Ionuț|Andrei|Florin|Cristian"),
        bars("Popescu|Ionescu|Dumitrescu|Stan|Munteanu"),
    ),
    "sy": (
        bars("Rania|Lina|Nour|Hiba"),
        bars("Omar|Ahmad|Khaled|Tarek"),
        bars("Al-Khatib|Haddad|Mansour|Al Hussein|Darwish"),
    ),
    "er": (
        bars("Senait|Helen|Mebrat|Yohana"),
        bars("Tesfay|Yonas|Dawit|Biniam"),
        bars("Tesfamariam|Gebremedhin|Haile|Berhane"),
    ),
    "asia": (
        bars("Mei Ling|Thi Hoa|Priya|Ananya|Siti|Yuki"),
        bars("Wei|Minh Tuan|Arjun|Rahul|Budi|Kenji"),
        bars("Chen|Nguyen|Tran|Sharma|Iyer|Wijaya|Tanaka|Lie"),
    ),
    "en": (
        bars("Siobhan|Emma|Charlotte|Rachel|Megan|Fiona"),
        bars("Liam|Gareth|Callum|Oliver|Patrick|Stuart"),
        bars("O'Connor|Whitfield|MacLeod|Davies|Ashworth|Fitzgerald|Brennan|Hughes"),
    ),
    "de": (
        bars("Jutta|Anke|Sabine|Friederike"),
        bars("Jürgen|Matthias|Uwe|Lukas"),
        bars("Schröder|Müller-Lüdenscheidt|Becker|von Aschenbach|Wagner|Hoffmann"),
    ),
    "latin": (
        bars("Mariana|Lucía|Beatriz|Giulia|Chiara"),
        bars("João|Javier|Matteo|Rafael|Diego"),
        bars("Gonçalves|Fernández|Rossi|dos Santos|García López|Esposito"),
    ),
    "ua": (
        bars("Olena|Iryna|Oksana|Natalia"),
        bars("Oleksandr|Dmytro|Serhiy|Andriy"),
        bars("Shevchenko|Kovalenko|Bondarenko|Melnyk|Tkachuk"),
    ),
}
# weights of the origins: Dutch-language sentences mostly hold Dutch and Dutch-born names of many origins
MIX_NL = ("nl",) * 9 + ("fy", "fy", "be", "be", "tr", "tr", "ma", "ma", "sr", "sr", "pl", "ro", "sy", "er", "asia")
MIX_EN = ("en",) * 4 + ("nl", "nl", "de", "latin", "asia", "asia", "pl", "ua", "ro", "sy", "tr")

STREETS_NL = bars(
    "Kerkstraat|Dorpsstraat|Burgemeester van Roijensingel|Van Heemstralaan|Prins Hendrikkade|Oudegracht|"
    "Laan van Nieuw Oost-Indië|Tweede Jan Steenstraat|Johan de Wittlaan|Ds. Kuypersingel|St. Annastraat|"
    "Wethouder Nijhuisstraat|Achter de Muur|Boven Nieuwstraat|Zuiderzeestraatweg|Hoofdweg Oost|"
    "Graaf Florislaan|Koningin Julianaplein|Mr. P.J. Troelstraweg|Het Rond|Langeweg|Bloemenbuurt|"
    "Schoolpad|De Wieken|Lange Voorhout|Binnenweg|Tolhuisstraat|Kanaal Noord|Van Karnebeekstraat|Esdoornlaan"
)
HOUSE_ADDITIONS = bars("a|A|-A|-1|-2|-II| III| hs| bis|-bg| 3hg|-104| zw| rood| B| 2-hoog|/C")
STREETS_BE = bars(
    "Stationsstraat|Kouter|Grote Markt|Vlaamsesteenweg|Sint-Jansvliet|Brugse Heirweg|Lange Kievitstraat|"
    "Koning Albertlaan"
)
TOWNS_BE = bars("Gent|Antwerpen|Hasselt|Leuven|Kortrijk|Sint-Niklaas|Geel|Tongeren")
STREETS_DE = bars("Hauptstraße|Bahnhofstr.|Am Mühlenbach|Lindenallee|Kirchplatz|Klever Straße|Auf dem Berg")
TOWNS_DE = bars("Kleve|Goch|Emmerich am Rhein|Borken|Nordhorn|Aachen|Düsseldorf")
STREETS_GB = bars("Mill Lane|Station Road|Victoria Terrace|Church Street|Oakfield Close")

MAIL_NL = bars(
    "gmail.com|hotmail.com|ziggo.nl|kpnmail.nl|planet.nl|outlook.com|live.nl|home.nl|xs4all.nl|icloud.com|"
    "telenet.be|hetnet.nl|zeelandnet.nl|upcmail.nl|proton.me"
)
MAIL_EN = bars("gmail.com|outlook.com|yahoo.co.uk|icloud.com|hotmail.com|gmx.de|web.de|protonmail.com|btinternet.com")

AREA_CODES = bars(
    "010|020|023|024|026|030|033|035|036|038|040|043|045|046|050|053|055|058|070|071|072|073|074|075|076|077|078|"
    "079|0111|0113|0162|0166|0172|0180|0222|0224|0229|0251|0294|0297|0313|0318|0320|0341|0348|0413|0475|0492|"
    "0495|0511|0512|0513|0515|0521|0524|0544|0545|0570|0575|0592|0597"
)

DUTCH_DIGITS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
ENGLISH_DIGITS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TENS_NL = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig"}
TEENS_NL = bars("tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien")
TENS_NL[9] = "negentig"
SPELLING_NL = {
    "A": "Anton",
    "B": "Bernard",
    "D": "Dirk",
    "E": "Eduard",
    "F": "Ferdinand",
    "G": "Gerard",
    "H": "Hendrik",
    "J": "Johan",
    "K": "Karel",
    "L": "Lodewijk",
    "N": "Nico",
    "P": "Pieter",
    "R": "Richard",
    "S": "Simon",
    "T": "Teunis",
    "V": "Victor",
    "X": "Xantippe",
    "Z": "Zaandam",
}
MONTHS_NL = bars("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december")
MONTHS_EN = bars("January|February|March|April|May|June|July|August|September|October|November|December")
