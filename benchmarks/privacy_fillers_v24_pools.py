"""Pools of the `test_v24` split: given names and surnames by background, children, staff, streets (Dutch, Belgian,
German and British), mail domains, banks, and the tables numbers, plates and client numbers are built from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (particles van, van den, van der, de, ter,
te, van 't; married names 'Smits-van Rijn'), Limburg and Brabant, Flemish, German, Turkish, Moroccan, Ukrainian,
Cape Verdean, Chinese-Dutch, Ghanaian, Portuguese, Greek, Hungarian and Indian names, and Scottish, Welsh,
Australian, South African and Nigerian ones for the English templates."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Gijs|Thijmen|Wouter|Joost|Menno|Arjen|Ruud|Teun|Stijn|Maurits|Olaf|Reinier|Hugo|Casper|Evert|Jan-Willem
women_nl: Floor|Merel|Annemiek|Hester|Ilona|Janneke|Karlijn|Linda|Marloes|Petra|Renske|Willeke|Yvonne|Anne-Marie
surname_nl: Kuipers|Schouten|Verbeek|Hofman|Timmermans|Lammers|Wijnands|Rozendaal|Bosman|Veldhuis|Groeneveld|
    Scholten|Oosterhuis|Haverkamp|Mulderij|Beekhuis|Brouwers|Zandbergen|Wessels|Kroon|Lubbers|Steenhuis|Nijhof
surname_tv: van Rijn|van den Bosch|ter Haar|van der Meulen|de Wit|van Beek|te Riele|van 't Hof|van Leeuwen|
    de Lange|van der Sluis|van Dalen|de Bruijn|van Vliet|ter Steege|van der Heijden|de Haan|van Ommen
men_li: Sjef|Huub|Twan|Roy|Ruud|Geert
women_li: Mieke|Truus|Jacqueline|Bianca|Loes
surname_li: Smeets|Janssen|Pluijmen|Vroemen|Houben|Coenen|Lemmens|Rutten|Hermans|Franssen
men_be: Pieter-Jan|Brecht|Wout|Jef|Senne|Lieven
women_be: Fien|Lotte|Griet|An|Evelien|Kaat
surname_be: Vandenberghe|De Smedt|Claeys|Van Damme|Goossens|Wouters|Verstraete|De Clercq|Vercammen
men_de: Matthias|Uwe|Tobias|Holger
women_de: Birgit|Heike|Sabine|Franziska
surname_de: Schröder|Krüger|Neumann|Fuchs|Weiß|Schulze-Berndt
men_tr: Emre|Mehmet|Burak|Kemal|Serkan
women_tr: Elif|Zeynep|Ayşe|Büşra|Fatma
surname_tr: Öztürk|Yıldız|Kaya|Demir|Çelik|Aydın|Şahin
men_ma: Youssef|Mohammed|Bilal|Anouar|Hamza
women_ma: Samira|Nadia|Khadija|Hajar|Ikram
surname_ma: El Idrissi|Bouzian|Azzouzi|Ben Haddou|Amrani|El Khattabi|Ouali
men_ua: Oleksandr|Dmytro|Andriy
women_ua: Olena|Iryna|Yuliia|Oksana
surname_ua: Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk
men_cv: Adilson|Nelson|Carlos
women_cv: Djenifer|Ivanilda|Zuleica
surname_cv: Lopes|Tavares|Semedo|Fortes|Andrade
men_cn: Wei|Jun|Kai
women_cn: Mei Ling|Xiaoyu|Hui
surname_cn: Chen|Wong|Liu|Zhang|Lam
men_gh: Kwame|Kofi|Yaw
women_gh: Akosua|Abena|Efua
surname_gh: Mensah|Asante|Boateng|Owusu
men_pt: João|Rui|Tiago
women_pt: Inês|Beatriz|Mariana
surname_pt: Gonçalves|Pereira|Rodrigues|Sousa Carvalho
men_gr: Nikos|Giorgos|Dimitris
women_gr: Eleni|Katerina|Sofia
surname_gr: Papadopoulos|Georgiou|Konstantinidis
men_hu: Bence|Gábor|Zoltán
women_hu: Eszter|Réka|Zsófia
surname_hu: Nagy|Szabó|Kovács|Horváth
men_in: Arjun|Rohit|Vikram|Karthik
women_in: Priyanka|Divya|Ananya|Lakshmi
surname_in: Iyer|Raghunathan|Deshpande|Chatterjee|Nair
men_sc: Hamish|Callum|Fraser|Angus
women_sc: Morag|Isla|Eilidh|Kirsten
surname_sc: MacLeod|Robertson|McAllister|Drummond|Sinclair
men_wa: Rhys|Dafydd|Owain|Gethin
women_wa: Cerys|Ffion|Angharad|Bethan
surname_wa: Pritchard|Llywelyn|Jenkins|Powell|ap Gwilym
men_au: Bradley|Jarrod|Lachlan|Mitchell
women_au: Chloe|Tahnee|Brooke|Jessica
surname_au: Fitzgerald|Harrington|Cartwright|Nguyen|Mackenzie
men_za: Pieter|Thabo|Riaan|Sipho
women_za: Nomvula|Liesl|Thandeka|Marelize
surname_za: van der Merwe|Botha|Dlamini|Nkosi|Pretorius
men_ng: Chinedu|Oluwaseun|Emeka|Tunde
women_ng: Ngozi|Adaeze|Funmilayo|Chiamaka
surname_ng: Okafor|Adeyemi|Nwosu|Balogun|Eze
child: Luuk|Sven|Fenna|Julia|Teun|Nina|Daan|Roos|Cas|Elin|Yara|Thijs|Loïs|Ayoub|Zoë|Mats|Benthe|Otis|Sofie
staff: Kim|Rianne|Jordy|Nicole|Sven|Miranda|Kevin|Yasmina|Marco|Sanne|Jeroen|Naomi|Tamara|Dennis
doctor: Kuiper|Verhoef|El Bakkali|Sprangers|van der Zee|Hoogendijk|Tjon-A-Fong|Wiegersma
street_nl: Karel Doormanstraat|Anna Paulownastraat|Van Speijkstraat|Tesselschadestraat|Nieuwe Herengracht|
    Burgemeester Reigerstraat|Herenweg|Koestraat|Veemarkt|Oude Gracht|Korte Nieuwstraat|Wilhelminapark|
    Laan van Vollenhove|Emmastraat|Rijksstraatweg|Schaepmanstraat|Groenmarkt|Sint Annastraat|Bergweg|
    Amstelveenseweg|Johan de Wittlaan|Jacob van Lennepkade|Tuinstraat|Zwaanshals|De Ruijterkade|Schipperskade|
    Van Heutszstraat|Ina Boudier-Bakkerlaan|Leidsevaart|Hoge Rijndijk|Stationsplein Noord|Dorpsstraat Oost|
    Generaal Cronjéstraat|Mgr. Nolenslaan|Kanunnik Faberstraat|Achter de Kerk|Boschdijk|Rechte Hondsbosschelaan
street_be: Antwerpsesteenweg|Kortrijksesteenweg|Grote Markt|Lange Lozanastraat|Dendermondsesteenweg|
    Vlaamsekaai|Tiensestraat|Koning Albertlaan|Sint-Amandsstraat|Hoogstraat
street_de: Lindenallee|Kirchstraße|Hauptstraße|Am Stadtgarten|Gartenweg|Kaiser-Wilhelm-Ring
street_uk: Kelvin Drive|Heol Tawe|Marchmont Road|Albert Terrace|Church Walk|Old Kent Road|Wellington Crescent
domain_nl: kpnplanet.nl|ziggo.nl|gmail.com|hotmail.com|outlook.com|live.nl|icloud.com|kpnmail.nl|upcmail.nl|
    zeelandnet.nl|solcon.nl|onsbrabantnet.nl|caiway.nl|wxs.nl|yahoo.com|protonmail.com|tele2.nl
domain_be: telenet.be|skynet.be|proximus.be|hotmail.be|gmail.com
domain_de: gmx.de|web.de|t-online.de|posteo.de
domain_en: gmail.com|btinternet.com|bigpond.com|yahoo.co.uk|outlook.com|mweb.co.za|icloud.com|sky.com|virginmedia.com
"""

# Background weights for Dutch and English templates.
WEIGHTS = {
    "nl": "nl " * 7 + "tv " * 7 + "li li be tr tr ma ma ua cv cn gh pt gr hu in de",
    "en": "sc sc wa wa au au za ng ng in nl tv pt gr",
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


POOLS["test_v24"] = _pools()

NL_BANKS = "RABO INGB ABNA SNSB ASNB TRIO KNAB BUNQ RBRB NNBA REVO".split()
BE_BANKS = ("000", "001", "068", "096", "132", "143", "363", "390", "651", "735", "737", "973")
DE_BANKS = ("50010517", "10020890", "76026000", "30050110", "66050101", "50070010")
FR_BANKS = ("30004", "20041", "30002", "10278")
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = (
    "LL-DD-LL DD-LL-DD LL-LL-DD DD-LL-LL LL-DDD-L D-LLL-DD DD-LLL-D LLL-DD-L D-LL-DDD DDD-LL-D L-DDD-LL".split()
)
PLATE_AVOID = ("SS", "SD", "SA", "NSB", "PVV", "VVD", "GVD", "TBS", "FVD", "BBB", "PSV", "SGP", "KKK", "PKK")
DE_DISTRICTS = ("KLE", "BOR", "AC", "D", "MS", "EMS", "WES", "VIE", "NOH", "HS")
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital letter
    "": ("########", "KL-#######", "#### ### ##", "C#######"),
    "patient": ("#######", "P-#######", "PID ### ### #", "Z########"),
    "balloon": ("BV-#####", "KL######", "#####-@@"),
    "charge": ("EVC-######-@", "NL-EVB-C#######", "#########"),
    "import": ("IMP-####-###", "D######", "#####/@"),
    "valet": ("VP########", "VAL-######", "#########"),
    "domain": ("HDL-######", "C########-NL", "REG######", "@@#####-@@@"),
    "storage": ("SU-####-##", "OPS#######", "#### ####"),
    "vispas": ("#########", "#### ### ##", "VP ########"),
    "scouting": ("########", "SNL#######", "####-###-#"),
    "carnival": ("CV-####", "#####", "LID-#####"),
    "kennel": ("PEN-#####", "######", "KL ####"),
    "art": ("KU ######", "LN-#######", "######-@"),
    "auction": ("K-#####", "B####", "KOP######"),
    "party": ("FV######", "KLT-#####", "########"),
    "housing": ("HN/####/##", "H########", "###.###.###"),
    "dna": ("ACC-########", "@@########", "########-##"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"
LANDLINES = "010 013 020 024 026 030 035 040 043 045 046 050 053 055 070 071 073 076 077 079 0113 0118 0162 " \
    "0174 0228 0252 0299 0313 0345 0412 0481 0492 0512 0546 0575 0594".split()  # fmt: skip
ABROAD_PHONES = {
    "be": ("+32 47# ## ## ##", "0032 49# ### ###", "04## ## ## ##", "+32 (0)3 ### ## ##", "09 ### ## ##"),
    "de": ("+49 152 ########", "0049 2821 ######", "+49 (0)172 #######", "0176-########"),
    "uk": ("+44 7### ### ###", "07### ######", "+44 (0)131 ### ####"),
    "fr": ("+33 6 ## ## ## ##", "0033 7## ## ## ##"),
    "tr": ("+90 5## ### ## ##", "0090 53# ### ####"),
    "ma": ("+212 6## ## ## ##", "00212 6########"),
    "ua": ("+380 67 ### ## ##", "+380 50 #######"),
    "za": ("+27 82 ### ####", "+27 (0)21 ### ####"),
    "au": ("+61 4## ### ###", "+61 (0)2 #### ####"),
    "ng": ("+234 803 ### ####", "+234 (0)706 ### ####"),
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
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec".split(),
}
SPELL_NL = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak "
                    "Johan Karel Lodewijk Marie Nico Otto Pieter Quotiënt Rudolf Simon Theodoor Utrecht Victor "
                    "Willem Xanthippe Ypsilon Zaandam".split(), strict=True))  # fmt: skip


def say_digits(digits: str, lang: str) -> str:
    return " ".join(DIGITS["en" if lang == "en" else "nl"][int(c)] for c in digits)
