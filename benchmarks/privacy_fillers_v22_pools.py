"""Pools of the `test_v22` split: given names and surnames by background, children, agents, streets (Dutch, Belgian
and German), mail domains, banks, and the tables numbers, plates and customer numbers are built from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (particles van, van de, ten, ter, 't,
uit den, van der; hyphenated double names), Limburg and Brabant, Flemish, German, Turkish, Moroccan (Riffian),
Cape Verdean, Ghanaian, Somali, Afghan, Chinese, Vietnamese, Hungarian, Bulgarian, Portuguese, Ukrainian and Indian,
and British, Scottish, Irish and Australian names for English templates."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Gijs|Teun|Wouter|Arjen|Bart|Frits|Marcel|Joost|Hugo|Olaf|Reinier|Tim|Evert|Job|Stijn|Jan-Willem|Cor|Menno
women_nl: Petra|Wendy|Annelies|Floor|Hanneke|Ilona|Janneke|Karin|Loes|Margriet|Nicole|Renske|Tamara|Ria|Eva-Marie
surname_nl: Groenewegen|Timmermans|Schipper|Hofstede|Veldhuis|Kroon|Roelofs|Wessels|Bouwman|Zwart|Evers|Moes|
    Spijkers|Knol|Lubbers|Dam|Klomp|Overbeek|Rietberg|Kuiper|Beukema|Arts|Wijnands|Leenders|Hermans|Bosch
surname_tv: van de Kamp|van Leeuwen|ten Hove|ter Beek|van 't Zand|uit den Bogaard|van der Meulen|de Wit|
    van Vliet|ten Brink|ter Steege|de Bruijn|van Ommen|van den Bosch|de Haan|van Rijn|op 't Hof|van der Sluis|
    de Lange|van Es|ten Kate|van Beusekom
men_lb: Sjef|Huub|Twan|Driek|Thei|Jo
women_lb: Mieke|Truus|Jet|Anja|Lieske
surname_lb: Peeters|Smeets|Janssen|Coenen|Vossen|Houben|Ramakers|Custers|Geurts|van Kessel
men_vl: Wout|Pieter-Jan|Jens|Bavo|Lowie|Stef
women_vl: Lotte|Elke|Griet|Ine|Fien|Sien
surname_vl: Vandenbroucke|De Smet|Claes|Maes|Wouters|Vermeiren|Van Damme|Goossens|De Clercq|Verstraete
men_de: Jürgen|Matthias|Uwe|Tobias|Klaus|Sebastian
women_de: Heike|Sabine|Ute|Anja|Franziska|Birgit
surname_de: Schröder|Hoffmann|Krüger|Weißmann|Fischer|Baumgärtner|Vogel|Schulze|von Ahlen|Meier
men_tr: Murat|Emre|Serkan|Burak|Okan|Volkan
women_tr: Elif|Hatice|Merve|Büşra|Songül|Tuğba
surname_tr: Çelik|Şahin|Yıldız|Arslan|Doğan|Kılıç|Erdoğdu|Aydın|Öztürk|Taş
men_ma: Mustapha|Abdelkader|Said|Mimoun|Karim|Anouar
women_ma: Samira|Naima|Houda|Malika|Loubna|Ikram
surname_ma: Azzouzi|El Idrissi|Boukhari|Ouahbi|Chaouch|Ben Ali|El Hamdaoui|Tahiri|Akrouh|Mourabit
men_cv: Nelson|Adilson|Edmilson|Zé
women_cv: Djenifer|Ivanilda|Maria da Luz|Elisângela
surname_cv: Tavares|Fortes|Lopes|Monteiro|Semedo|Barbosa
men_gh: Kwame|Kofi|Yaw|Kwabena
women_gh: Akosua|Abena|Ama|Efua
surname_gh: Mensah|Asante|Boateng|Owusu|Appiah|Ofori
men_so: Abdirahman|Mahad|Liban
women_so: Hodan|Ifrah|Sahra
surname_so: Warsame|Abdi|Farah|Yusuf Ali
men_af: Farid|Jawad|Wahid
women_af: Zarghona|Parwana|Mursal
surname_af: Noorzai|Rahimi|Stanekzai|Sultani
men_cn: Wei|Jun|Hao
women_cn: Xiaoling|Mei|Yan
surname_cn: Zhang|Chen|Liu|Wong|Lam
men_vn: Minh|Tuan|Duc
women_vn: Thi Lan|Hoa|Ngoc Anh
surname_vn: Nguyen|Tran|Pham|Le Van|Vo
men_hu: Zoltán|Gábor|Attila
women_hu: Zsófia|Katalin|Réka
surname_hu: Nagy|Kovács|Szabó|Tóth|Horváth
men_bg: Georgi|Ivaylo|Stoyan
women_bg: Desislava|Radka|Tsvetelina
surname_bg: Petrov|Dimitrova|Georgiev|Stoyanova|Ivanov
men_pt: João|Rui|Tiago
women_pt: Inês|Mariana|Beatriz
surname_pt: Ferreira|Gonçalves|Sousa|Pereira da Silva|Carvalho
men_ua: Oleksandr|Dmytro|Taras
women_ua: Oksana|Iryna|Yuliia
surname_ua: Shevchenko|Kovalenko|Bondarenko|Melnyk|Tkachuk
men_in: Arjun|Vikram|Rahul
women_in: Ananya|Deepika|Kavya
surname_in: Iyer|Krishnamurthy|Reddy|Banerjee|Chatterjee
men_gb: Nigel|Callum|Liam|Rhys|Hamish|Graham|Toby
women_gb: Fiona|Harriet|Jessica|Morag|Rebecca|Imogen
surname_gb: Ashworth|McAllister|Fairbairn|Cartwright|Pemberton|Hughes|Sinclair|Drummond
men_au: Bradley|Lachlan|Cody
women_au: Chloe|Tahlia|Brooke
surname_au: Fitzgerald|McGrath|Kowalczyk|Nguyen-Smith
child: Fenne|Luuk|Ilse|Boaz|Yara|Stan|Jesse|Noor|Gijs|Maud|Thijn|Elin|Olivier|Benthe|Kyan|Lize|Ruben|Zoë
agent: Marloes|Jordy|Chantal|Kevin|Sharon|Ronald|Priscilla|Dennis|Yvette|Erwin|Natasja|Roy|Sandra
street_nl: Burgemeester Knappertlaan|Pater van den Elsenplein|Sint Annastraat|Aert van Nesstraat|Hof van Delftlaan|
    Van Speijkstraat|Mr. P.J. Troelstraweg|Tweede Kostverlorenkade|Oude Haagweg|Verlengde Hoogstraat|Ezelsveldlaan|
    Catharijnesingel|Bloemendaalseweg|Rijksstraatweg|Korte Hoogstraat|Lange Nieuwstraat|Dokter Zamenhofstraat|
    Keizer Karelplein|Populierenlaan|Boerhaavelaan|Groot Hertoginnelaan|Van der Duyn van Maasdamweg|Hoge Naarderweg|
    Meester Van der Heijdenstraat|Kapelaan Verkuijlstraat|Achter Clarenburg|Nieuwe Uilenburgerstraat|Weerdsingel OZ|
    Heuvelring|Emmastraat|Steenweg|Wittevrouwenkade
street_be: Diestsesteenweg|Kortrijksesteenweg|Grote Markt|Tiensestraat|Koning Albertlaan|Sint-Amandsstraat|
    Gentse Baan|Lange Kievitstraat
street_de: Hauptstraße|Bahnhofstraße|Kölner Straße|Am Alten Markt|Lindenallee|Düsseldorfer Weg
domain_nl: kpnplanet.nl|ziggo.nl|gmail.com|hotmail.com|outlook.com|live.nl|upcmail.nl|caiway.nl|zeelandnet.nl|
    online.nl|tele2.nl|icloud.com|protonmail.com|yahoo.com|solcon.nl|hetnet.nl
domain_be: telenet.be|skynet.be|proximus.be|gmail.com
domain_de: web.de|gmx.de|t-online.de|gmail.com
domain_en: gmail.com|btinternet.com|outlook.com|yahoo.com.au|bigpond.com|icloud.com|hotmail.co.uk
"""

# Background weights for Dutch and English templates.
WEIGHTS = {
    "nl": "nl " * 7 + "tv " * 7 + "lb lb vl tr tr ma ma cv gh so af cn vn hu bg pt ua in de",
    "en": "gb gb gb au au in ua pt hu cn gh de tv nl",
}


def _pools() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    key = ""
    for line in _POOLS.strip().splitlines():
        if not line.startswith(" "):
            key, line = line.split(":", 1)
        found.setdefault(key, []).extend(_bars(line))
    found["men_tv"], found["women_tv"] = found["men_nl"], found["women_nl"]
    return found


POOLS["test_v22"] = _pools()

NL_BANKS = "RABO INGB ABNA SNSB ASNB TRIO KNAB BUNQ RBRB REVO".split()
BE_BANKS = ("000", "068", "096", "132", "144", "737", "751", "850", "973")
DE_BANKS = ("30050110", "37050198", "50070010", "10050000", "60050101", "21050170", "44050199", "30020900")
POSTCODE_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = (
    "DD-LL-DD D-LLL-DD D-LLL-DD DD-LLL-D DD-LLL-D LL-DDD-L LL-DDD-L L-DDD-LL L-DDD-LL LLL-DD-L L-DD-LLL "
    "D-LL-DDD DDD-LL-D LL-DD-LL LL-LL-DD"
).split()
PLATE_AVOID = ("SS", "SD", "SA", "NSB", "PVV", "VVD", "GVD", "TBS", "FVD", "BBB", "PSV", "SGP", "KGB", "NSV", "KKK")
DE_DISTRICTS = ("KLE", "BOR", "EMS", "VIE", "AC", "K", "D", "GE", "WES", "MS", "NOH", "LER")
SPELL_NL = dict(zip("BDFGHJKLNPRSTVXZ", "Bernhard Dirk Ferdinand Gerard Hendrik Johan Karel Lodewijk Nico Pieter "
                    "Richard Simon Teunis Victor Xantippe Zaandam".split(), strict=True))  # fmt: skip
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital letter
    "": ("########", "KN-######", "### ### ##", "8########", "C#######", "K-###-####"),
    "loan": ("#########", "HYP-##-######", "##.##.##.###", "L######-##"),
    "member": ("######", "LID ####-##", "@@#####", "##-####"),
    "pass": ("ZP########", "#### #### ####", "JK-######"),
    "subscription": ("AB######", "SUB-#####-@", "#######/A"),
    "policy": ("UP-#######", "### ### ###", "P/########"),
    "contract": ("###########", "CT#########", "####-####-##"),
    "client": ("CBR-########", "##########"),
    "supplier": ("####.###.###", "NL########"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"
LANDLINES = "010 020 030 040 050 055 058 070 071 073 076 077 079 0113 0162 0223 0314 0343 0418 0495 0544 0592".split()
ABROAD_PHONES = {
    "be": ("+32 47# ## ## ##", "0032 (0)49# ## ## ##", "04## ## ## ##"),
    "de": ("+49 151 ########", "0049 176 #######", "+49 (0)2821 ######"),
    "tr": ("+90 532 ### ## ##",),
    "ma": ("+212 6## ## ## ##",),
    "gb": ("+44 7### ### ###", "07### ######"),
    "au": ("+61 4## ### ###",),
    "ua": ("+380 67 ### ####",),
}
DIGITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
NUM_NL = (
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
    "achttien negentien twintig eenentwintig tweeëntwintig drieëntwintig vierentwintig vijfentwintig zesentwintig "
    "zevenentwintig achtentwintig negenentwintig dertig eenendertig"
).split()
ORD_EN = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()


def say_digits(digits: str, lang: str) -> str:
    return " ".join(DIGITS["en" if lang == "en" else "nl"][int(c)] for c in digits)
