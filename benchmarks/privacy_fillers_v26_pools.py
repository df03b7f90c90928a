"""Pools of the `test_v26` split: given names and surnames by background, staff, children, streets (Dutch, Belgian,
German, French and British), mail domains, banks, and the tables phone numbers, plates and customer numbers are
built from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (particles, double surnames), Brabant and
Limburg, Frisian, Flemish, German, French, Turkish, Moroccan, Indonesian-Dutch, Hindustani-Surinamese, Cape Verdean,
Romanian, Hungarian, Vietnamese, Greek and Portuguese for the Dutch templates; English, Scottish, Nigerian, South
African, Australian, Chinese, Japanese and New Zealand names for the English ones."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Gijs|Maarten|Rutger|Thijs|Evert|Joost|Hidde|Willem-Jan|Stijn|Casper|Ruud|Geert|Mees|Bram|Teun|Ko|Huib
women_nl: Annelies|Marloes|Yvonne|Hester|Jikke|Floortje|Petra|Carlijn|Wendy|Anouk|Lotte|Mieke|Fenna|Marie-José|Loes
surname_nl: Vos|Hendriks|Bakker|Visser|Groen|Mulder|Schouten|Timmermans|Wouters|Goossens|Hermans|Veenstra|
    Lammers|Rutten|Snijders|Kuipers|Koopman|Brouwer|Smeets|Boer|Vink|Huisman|Mol|Aarts|Eijkelboom|Dekker
surname_tv: van den Berg|de Wit|van Leeuwen|van der Heijden|op den Kamp|van 't Hof|de la Court|van Beek|ter Steege|
    van der Meulen|den Hartog|van Rijn|de Vries|van Dongen|uit den Bogaard|van Vliet|ten Cate|van de Ven
men_li: Sjef|Jeu|Har|Twan|Math
women_li: Mia|Truus|Bep|Sjan|Els
surname_li: Janssen|Houben|Ramakers|Vaessen|Coenen|Lemmens|Schoonbrood
men_fy: Hylke|Douwe|Binne|Sytse
women_fy: Geartsje|Rixt|Wytske|Akke
surname_fy: Kuipers|Algra|Bosma|Dijkema|Westra|Hiemstra
men_be: Wout|Seppe|Jef|Lander|Kobe
women_be: Griet|Lien|Fien|Ann-Sofie|Katrien
surname_be: Claes|Vermeulen|Goethals|Van den Broeck|Dewulf|Lambrechts|Vandenberghe|De Smet
men_de: Matthias|Uwe|Florian|Tobias
women_de: Sabine|Birgit|Franziska|Heike
surname_de: Krüger|Neumann|Schulze|Wagner|Braun|Weiß
men_fr: Mathieu|Julien|Étienne|Rémi
women_fr: Élodie|Camille|Aurélie|Chloé
surname_fr: Lefèvre|Dubois|Moreau|Girard|Fontaine
men_tr: Emre|Murat|Serkan|Burak|Hakan
women_tr: Elif|Zeynep|Gül|Merve|Esra
surname_tr: Yılmaz|Öztürk|Kaya|Demir|Çelik|Aydın|Şahin
men_ma: Youssef|Bilal|Hamza|Karim
women_ma: Fatima|Nadia|Samira|Imane
surname_ma: El Amrani|Bouzid|Benali|Ouali|El Idrissi|Ait Taleb
men_id: Rudy|Erwin|Robbie
women_id: Sonja|Ineke|Wilhelmina
surname_id: Pattiruhu|Tanasale|Soetomo|Hutagalung|Sihombing|Lumowa
men_hs: Ravi|Anand|Shiva|Rakesh
women_hs: Sunita|Anjali|Priya|Kavita
surname_hs: Ramdin|Jagessar|Mahabier|Sewnath|Bhagwandin|Ramsaran
men_cv: Nelson|Adilson|Edson
women_cv: Djenifer|Eunice|Ivanilda
surname_cv: Monteiro|Tavares|Fortes|Lopes Semedo|da Graça
men_ro: Andrei|Mihai|Ionuț|Vlad
women_ro: Ioana|Andreea|Mădălina
surname_ro: Popescu|Ionescu|Dumitru|Stănescu|Constantinescu
men_hu: Bence|Gábor|Zoltán
women_hu: Réka|Zsófia|Eszter
surname_hu: Nagy|Kovács|Szabó|Tóth|Horváth
men_vn: Minh|Tuấn|Quang
women_vn: Linh|Thảo|Hương
surname_vn: Nguyễn|Trần|Lê|Phạm|Hoàng
men_gr: Giorgos|Nikos|Kostas
women_gr: Eleni|Katerina|Sofia
surname_gr: Papadopoulos|Georgiou|Konstantinidis|Nikolaidou
men_pt: João|Tiago|Rui
women_pt: Inês|Beatriz|Mariana
surname_pt: Ferreira|Rodrigues|Carvalho|Sousa Pinto
men_en: Oliver|Harry|George|Callum|Ethan|Nathan
women_en: Amelia|Chloe|Hannah|Rebecca|Sophie|Megan
surname_en: Thompson|Whitfield|Harrington|Clarke|Walsh|Pemberton|Ashworth|Fletcher
men_sc: Fraser|Angus|Hamish|Euan
women_sc: Isla|Eilidh|Morag|Kirsty
surname_sc: MacLeod|McAllister|Fergusson|Ross|Sinclair|MacKenzie
men_ng: Chinedu|Oluwaseun|Emeka|Tunde
women_ng: Ngozi|Adaeze|Funmilayo|Chiamaka
surname_ng: Okonkwo|Adeyemi|Eze|Balogun|Nwosu
men_za: Pieter|Sipho|Johan|Thabo
women_za: Annika|Lerato|Marike|Zanele
surname_za: van Zyl|Botha|Nkosi|du Plessis|Pretorius
men_au: Lachlan|Riley|Cooper|Mitchell
women_au: Matilda|Tahlia|Grace|Jessica
surname_au: O'Connor|Kennedy|Hartley|Nguyen|Doyle
men_cn: Wei|Jun|Hao
women_cn: Xiaoling|Mei|Yan
surname_cn: Zhang|Wang|Liu|Chen|Huang
men_jp: Takeshi|Haruto|Kenji
women_jp: Yuki|Aiko|Sakura
surname_jp: Tanaka|Suzuki|Watanabe|Yamamoto
men_nz: Liam|Tane|Jackson
women_nz: Aroha|Ruby|Olivia
surname_nz: Wilson|Te Rangi|Parata|Campbell
staff: Ria van Egmond|Dennis|Hanneke (planning)|M. Boersma|Sevda|Jasper Kroon|Monique|Lars van Zanten|
    Agnes Peeters|T. Wijnands|Rob|Kim de Haas|Ellen (receptie)|Sietse Kramer|Daan
doctor: Hoekman|M.A. Verbeek|S. Lindeboom|Van Gils|Pruijssers|R.J. ten Brink
child: Pien|Jesse|Sem|Isa|Luuk|Mila|Finn|Noah|Tess|Yara|Jens|Zoë|Ilias|Amira
street_nl: Vondelstraat|Graaf Florislaan|Burgemeester de Withstraat|Kerkpad Zuidzijde|Oude Rijksweg|
    Hoge Naarderweg|Jan van Galenstraat|Prinses Irenelaan|Achter de Kerk|Molenweg|Lange Voort|Schapendreef|
    Smidsstraat|Van Heemstraweg-West|Hof van Holland|Koningin Wilhelminaboulevard|Noordsingel|De Kempenaerstraat|
    Zuiderhavendijk|Rijnstraat|Kortenaerkade|Plein 1944|Dorpsstraat|Stationsweg|Korte Nieuwstraat|Beukenlaan|
    Generaal Foulkesweg|Pastoor van Arskerkstraat|Aan de Vaart|Sint Annastraat|'t Zand|Tuinstraat|Lindenhof
street_be: Kapelsestraat|Grote Markt|Antwerpsesteenweg|Sint-Pietersnieuwstraat|Koning Albertlaan|Meir|Kouter
street_de: Hauptstraße|Bahnhofstraße|Lindenallee|Am Markt|Kirchweg|Schillerstraße|Gartenstraße
street_fr: rue de la République|avenue Jean Jaurès|rue des Lilas|boulevard Victor Hugo|chemin des Vignes
street_uk: Kings Road|Station Road|Victoria Street|Mill Lane|Church Street|Belmont Avenue|Harbour View
domain_nl: ziggo.nl|kpnmail.nl|hotmail.com|gmail.com|outlook.com|live.nl|xs4all.nl|planet.nl|icloud.com|
    casema.nl|upcmail.nl|hetnet.nl|home.nl|zeelandnet.nl|proton.me|yahoo.com
domain_be: telenet.be|skynet.be|proximus.be|gmail.com|hotmail.be
domain_en: gmail.com|outlook.com|btinternet.com|yahoo.co.uk|icloud.com|hotmail.co.uk|bigpond.com|xtra.co.nz
"""


def parse_pools(text: str) -> dict[str, list[str]]:
    pools, key = {}, ""
    for line in text.strip().splitlines():
        if ":" in line and not line.startswith(" "):
            key, _, rest = line.partition(":")
            pools[key] = _bars(rest)
        else:
            pools[key] += _bars(line)
    return pools


POOLS["test_v26"] = parse_pools(_POOLS)
WEIGHTS = {
    "nl": "nl nl nl nl nl nl nl tv tv tv tv tv li li fy be be de fr tr tr ma ma id hs hs cv ro hu vn gr pt",
    "en": "en en en sc ng ng za au cn jp nz nl tv tv tr hs",
}
NL_BANKS = "ABNA RABO INGB SNSB ASNB TRIO KNAB BUNQ RBRB NNBA REVO BITS".split()
BE_BANKS = "001 063 068 088 096 103 143 230 310 363 651 737 751 979".split()
DE_BANKS = "10010010 30050110 50070010 37050198 21050170 36010043".split()
FR_BANKS = "30004 30003 20041 10278 17515".split()
LANDLINES = "010 013 024 026 035 043 045 046 053 055 073 074 076 077 079 0113 0165 0229 0294 0314 0478 0499 " \
    "0511 0575 0598".split()  # fmt: skip
ABROAD_PHONES = {
    "be": ("+32 47# ## ## ##", "0032 49# ## ## ##", "0486 ## ## ##", "+32 (0)3 ### ## ##", "09 ### ## ##"),
    "de": ("+49 172 #######", "0049 (0)2821 #####", "0176-########", "+49 (0)30 ########"),
    "fr": ("+33 6 ## ## ## ##", "0033 7 ## ## ## ##", "06 ## ## ## ##"),
    "uk": ("+44 7### ### ###", "07### ######", "+44 (0)131 ### ####"),
    "tr": ("+90 5## ### ## ##", "0090 53# ### ####"),
    "ng": ("+234 80# ### ####", "+234 (0)90# ### ####"),
    "za": ("+27 82 ### ####", "+27 (0)71 ### ####"),
    "au": ("+61 4## ### ###", "0061 4########"),
    "nz": ("+64 21 ### ####", "+64 (0)27 ### ####"),
    "ro": ("+40 7## ### ###", "0040 72# ### ###"),
}
PLATE_SIDE_CODES = ("LL-DD-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "D-LL-DDD", "DDD-LL-D",
                    "DD-LL-DD", "L-LL-DDD", "DDD-L-LL", "LL-LL-DD", "DD-DD-LL", "DD-LL-LL")  # fmt: skip
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PLATE_AVOID = ("SS", "SD", "PKK", "NSB", "GVD", "KKK", "PVV", "SGP", "TBS", "FVD")
DE_DISTRICTS = ("KLE", "GEL", "BOR", "K", "AC", "VIE", "HS", "EMS")
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en": "January February March April May June July August September October November December".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
}
DIGITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
# Customer, contract, member, policy and registration numbers: '#' a digit, '@' a capital letter.
MEMBER_FORMATS = {
    "": ("KN-#######", "#########", "C########"),
    "boiler": ("OC-######", "CV########", "#######/01", "ONDH-####-###"),
    "hostel": ("JH######", "MEM-#####-@", "HI-NL-#######"),
    "depot": ("FD-#####", "#####-@@", "REG########"),
    "aid": ("HM-#######", "U########", "#######-H"),
    "sint": ("SB-####", "K-#####", "####-SB"),
    "wood": ("BH####", "K######", "HOUT-#####"),
    "blinds": ("ZW-######", "#######", "K-####-##"),
    "rail": ("MSM-#####", "V####", "D######"),
    "chess": ("########", "KNSB ########", "#######"),
    "interp": ("TV-######", "CL#######", "#######-T"),
    "dog": ("UIT-####", "H#####", "###-@@"),
    "shoot": ("KNSA-######", "L######", "######"),
    "swap": ("HX-#######", "M########", "@@######"),
    "cake": ("BB-#####", "K#####", "####/@"),
}
SPELL_NL = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak "
                    "Johan Karel Lodewijk Marie Nico Otto Pieter Quotiënt Rudolf Simon Theodoor Utrecht Victor "
                    "Willem Xantippe Ypsilon Zaandam".split(), strict=True))  # fmt: skip


def say_digits(digits: str, lang: str) -> str:
    return " ".join(DIGITS["en" if lang == "en" else "nl"][int(c)] for c in digits)
