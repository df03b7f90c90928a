"""Pools of the `test_v21` split: given names and surnames by background, children, agents, streets, mail domains,
banks, and the tables that numbers, plates and customer numbers are built from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (with van der, de, ten, ter, van 't, in 't,
van den and married double names with a hyphen), Frisian, Turkish, Moroccan, Surinamese (Hindustani, Creole,
Javanese), Antillean, Polish, Romanian, Syrian, Eritrean, Indonesian and Moluccan, Greek, and British, Irish and
American for the English templates. Streets: long Dutch ones with titles and particles ('Burgemeester van
Roijensingel', 'Laan van Nieuw Oost-Indië', 'Prof. Dr. Dorgelolaan', ''s-Gravendijkwal'), Belgian ones."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Henk|Rob|Sander|Maarten|Niels|Ruben|Jeroen|Ferry|Harm|Koen|Dirk-Jan|Laurens|Pim|Wim|Jasper|Gert|Rutger
women_nl: Miranda|Ingrid|Esther|Marieke|Lieke|Carolien|Roos|Merel|Astrid|Bianca|Yvonne|Mieke|Els|Judith|Anne-Fleur
surname_nl: Brinkman|Koster|Pronk|Gerritsen|Huisman|Willemsen|Verhoeven|Lammers|Post|Wolters|Blom|Bosman|Jonker|
    Hoek|Scholten|Prins|Kok|Vink|Maas|Verweij|Driessen|Stoffels|Vermeulen|Kloosterman|Hagenaars|Steenbergen
surname_tv: van der Linden|de Jong|ten Cate|ter Horst|van 't Veer|in 't Veld|van den Heuvel|de Graaf|van der Wal|
    ten Bosch|ter Laak|van 't Hek|de Ruiter|van Houten|van der Veen|de Vos|van Dam|in 't Zandt|van Roijen|
    van den Broek|de Koning|ter Borg|van der Steen|van Wijngaarden|op den Kamp|van Oranje
men_fy: Hylke|Sybren|Tjeerd|Wiebe|Durk|Jelle|Bauke
women_fy: Baukje|Sjoukje|Aukje|Tjitske|Jeltje|Fokje
surname_fy: Terpstra|Wiersma|Bergsma|Postma|Feenstra|Zijlstra|Sikkema|Hiemstra|van der Bij|Rienstra
men_tr: Mehmet|Hasan|Kemal|Yusuf|Cem|Onur|Hakan|Erkan
women_tr: Ayşe|Fatma|Zeynep|Esra|Gül|Derya|Sibel|Özlem
surname_tr: Kaya|Demir|Koç|Aksoy|Polat|Güneş|Karakaya|Özdemir|Yavuz|Başaran
men_ma: Youssef|Rachid|Khalid|Brahim|Driss|Ayoub|Hicham|Bilal
women_ma: Fatiha|Khadija|Latifa|Hafsa|Nadia|Siham|Nora|Imane
surname_ma: Benali|El Khattabi|Ait Taleb|Bouzian|Ouali|El Ouahabi|Aarab|Lamrani|Ben Haddou|Amezian
men_sr: Ramesh|Anand|Glenn|Rinaldo|Soemitro|Clyde|Ravi
women_sr: Radha|Sita|Joyce|Marlene|Shanti|Sarita|Rosita
surname_sr: Ramsaran|Jagessar|Biharie|Nankoe|Sedney|Vanenburg|Kartoredjo|Sitaldin|Mangal|Ritfeld
men_an: Jurgen|Shurendy|Giovanni|Rignald|Eldridge|Jairo
women_an: Shudeska|Jeannine|Gisela|Ruthmilda|Quenny|Sharlene
surname_an: Martina|Rosaria|Isenia|Croes|Maduro|Winklaar|Pietersz|Cijntje|Doran|Statie
men_pl: Paweł|Krzysztof|Łukasz|Marek|Wojciech|Dariusz
women_pl: Agnieszka|Katarzyna|Magdalena|Ewa|Joanna|Dorota
surname_pl: Nowak|Wiśniewski|Lewandowski|Kamiński|Zieliński|Dąbrowski|Woźniak|Mazur
men_ro: Andrei|Mihai|Ionuț|Florin|Cristian|Bogdan
women_ro: Ioana|Elena|Andreea|Mihaela|Roxana|Alina
surname_ro: Popescu|Ionescu|Constantin|Dumitru|Stoica|Munteanu|Rădulescu|Georgescu
men_sy: Mohammad|Ahmad|Omar|Khaled|Firas|Tarek|Ghassan
women_sy: Rania|Lina|Hiba|Rasha|Dima|Nour
surname_sy: Al-Hassan|Haddad|Al-Khatib|Alshami|Kurdi|Darwish|Al Masri|Sabbagh
men_er: Tesfaye|Mehari|Robel|Yemane|Biniam
women_er: Selam|Rahel|Mebrat|Tsega|Winta
surname_er: Ghebreyesus|Berhane|Tesfamariam|Weldemichael|Asfaha|Haile|Okbazghi
men_id: Wahyu|Arief|Joko|Eddy|Iwan|Ronny
women_id: Wulan|Ayu|Siti|Lestari|Nurul|Melanie
surname_id: Sutanto|Hartono|Gunawan|Nasution|Pattipeilohy|Tahitu|Latuheru|Soumokil
men_gr: Giorgos|Nikos|Kostas|Dimitris|Yannis
women_gr: Eleni|Maria|Katerina|Sofia|Despina
surname_gr: Papadopoulos|Georgiou|Konstantinidis|Nikolaidis|Vlachos|Alexiou
men_gb: Gareth|Robert|Owen|Jamie|Dominic|Kieran|Ben|Alfie
women_gb: Lucy|Eleanor|Kirsty|Amelia|Natalie|Georgia|Poppy
surname_gb: Holt|Marsden|Kershaw|Pennington|Whitaker|Armitage|Crossley|Threlfall|Lowe
men_ie: Ciarán|Donal|Fergal|Niall
women_ie: Aisling|Clodagh|Gráinne|Niamh
surname_ie: Doherty|Callaghan|Murphy|O'Donoghue|Mac Giolla|Brennan
men_us: Tyler|Brandon|Garrett|Dustin
women_us: Ashley|Courtney|Madison|Kayla
surname_us: Reyes|Sullivan|Hendricks|Prescott|Lindqvist|Okonkwo
child: Sep|Fenna|Mees|Liv|Tijn|Nova|Ties|Saar|Jens|Evy|Milan|Lina|Mats|Rosa|Adam|Sofia|Hidde|Jip|Noud
agent: Brenda|Ricardo|Melissa|Patrick|Jolien|Danny|Kimberley|Mike|Naomi|Stefan|Shirley|Bas|Romy
street_nl: Burgemeester van Roijensingel|Laan van Nieuw Oost-Indië|Graaf Florisstraat|Van Hogendorpstraat|
    Koningin Julianalaan|Prof. Dr. Dorgelolaan|Dr. Schaepmanstraat|Generaal Foulkesweg|Jonkheer van Karnebeeklaan|
    Mgr. Nolensplein|Oude Delft|Achter de Dom|Over de Vesten|Hoge Rijndijk|Bisschop Bekkersweg|Tweede Jan Steenstraat|
    Kleine Berg|Boven Nieuwstraat|Nieuwe Gracht|Willem van Oranjelaan|Jan van Galenstraat|Mauritskade|
    Eerste Helmersstraat|President Kennedylaan|Abraham Kuyperlaan|Cornelis Schuytstraat|Pieter Calandlaan|
    Hendrik Werkmanstraat|Tolsteegsingel|Lage Kanaaldijk|Pastoor van Arsstraat|Laan van Vollenhove|
    's-Gravendijkwal|Van 't Hofflaan|Ds. Kuypersweg|Ir. Driessenstraat|Zuster Bertkenstraat|Drs. F. Bijlweg
street_be: Lange Leemstraat|Sint-Pietersnieuwstraat|Bondgenotenlaan|Kapucijnenvoer|Brugse Vaart|Kiewitstraat
domain_nl: xs4all.nl|ziggo.nl|kpnmail.nl|gmail.com|hotmail.com|outlook.com|live.nl|home.nl|planet.nl|chello.nl|
    hetnet.nl|quicknet.nl|telfort.nl|icloud.com|proton.me|yahoo.com|msn.com|kpnplanet.nl|hotmail.nl
domain_en: gmail.com|outlook.com|yahoo.co.uk|sky.com|aol.com|hotmail.co.uk|me.com|proton.me
"""

# Background weights for Dutch and English templates.
WEIGHTS = {
    "nl": "nl " * 6 + "tv " * 6 + "fy fy tr tr ma ma sr sr an pl pl ro sy sy er id gr",
    "en": "gb gb gb ie ie us us pl ro sy gr tr ma nl tv tv",
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


POOLS["test_v21"] = _pools()

NL_BANKS = "ABNA INGB RABO SNSB ASNB TRIO KNAB BUNQ RBRB FVLB".split()
BE_BANKS = ("001", "068", "063", "310", "363", "735", "091", "979", "143")
DE_BANKS = ("10010010", "37040044", "50010517", "20041133", "70150000", "10011001", "36050105", "43060967")
POSTCODE_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes 1-14, the current ones (7-14) weighted up: 'L' a letter, 'D' a digit.
SIDE_CODES = (
    "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D DD-LLL-D D-LLL-DD D-LLL-DD LL-DDD-L LL-DDD-L "
    "L-DDD-LL L-DDD-LL LLL-DD-L LLL-DD-L L-DD-LLL L-DD-LLL D-LL-DDD D-LL-DDD DDD-LL-D"
).split()
PLATE_AVOID = ("SS", "SD", "SA", "KKK", "NSB", "PVV", "VVD", "GVD", "TBS", "FVD", "BBB", "PSV", "SGP", "KGB", "NSV")
SPELL_NL = dict(zip("BDFGHJKLNPRSTVXZ", "Bernhard Dirk Ferdinand Gerard Hendrik Johan Karel Lodewijk Nico Pieter "
                    "Richard Simon Teunis Victor Xantippe Zaandam".split(), strict=True))  # fmt: skip
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital letter
    "": ("#########", "KL-#######", "#### ####", "1#######", "NL-##-#####", "K.###.###"),
    "contract": ("CON-########", "######/##", "202#-#####", "OVK ######"),
    "policy": ("POL ### ### ###", "F-#######", "##.###.###", "EB#######-01"),
    "member": ("@@@@##@", "######", "LID-#####", "@#######"),
    "donor": ("######-#", "D########", "###.###.###"),
    "pass": ("2#########00##", "P########", "#### #### #### ##"),
    "subscriber": ("ABO-#######", "INK######", "@@-######-@"),
    "client": ("R/#####", "CL-#####", "####.##"),
    "account": ("uid_#########", "@@#######", "ACC/######"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"
LANDLINES = (
    "010 013 015 020 023 024 026 030 033 035 036 038 040 043 045 046 050 053 055 058 070 071 072 073 074 075 "
    "076 077 078 079 0111 0172 0180 0228 0252 0294 0318 0341 0416 0475 0499 0513 0521 0547 0575 0591"
).split()
ABROAD_PHONES = {
    "tr": ("+90 53# ### ## ##", "0090 5## ### ####"),
    "ma": ("+212 66#-######", "00212 6 ## ## ## ##"),
    "sr": ("+597 8######", "00597 7## ####"),
    "an": ("+599 9 5## ####", "(+599) 96#-####"),
    "pl": ("+48 5## ### ###", "0048 6########"),
    "ro": ("+40 72# ### ###", "0040 (0)74# ######"),
    "sy": ("+963 9## ### ###", "00963 94# ######"),
    "er": ("+291 7 ######", "00291 7## ####"),
    "id": ("+62 81# #### ####", "0062 812-####-###"),
    "gr": ("+30 69# ### ####", "0030 69########"),
    "de": ("+49 15# ########", "0049 (0)17# #######"),
    "be": ("+32 47# ## ## ##", "0032 49# ### ###"),
    "gb": ("+44 7### ######", "07### ### ###"),
}

DIGITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
TEENS = {
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split(),
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
}
TENS = {
    "nl": "_ tien twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(),
    "en": "_ ten twenty thirty forty fifty sixty seventy eighty ninety".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
ORDINALS_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
).split()


def say_number(number: int, lang: str) -> str:
    """0 to 99 in words: 'zevenentachtig', 'eighty-seven'."""
    if number < 10:
        return DIGITS[lang][number]
    if number < 20:
        return TEENS[lang][number - 10]
    tens, unit = divmod(number, 10)
    if not unit:
        return TENS[lang][tens]
    if lang == "en":
        return f"{TENS['en'][tens]}-{DIGITS['en'][unit]}"
    word = DIGITS["nl"][unit]
    return word + ("ën" if word.endswith("e") else "en") + TENS["nl"][tens]


def say_digits(digits: str, lang: str) -> str:
    return " ".join(DIGITS[lang][int(c)] for c in digits)


def say_pairs(digits: str, lang: str) -> str:
    """Two digits at a time as a number ('vierendertig'); a pair starting with 0 and a lone last digit one by one."""
    out = []
    for i in range(0, len(digits), 2):
        pair = digits[i : i + 2]
        out.append(say_digits(pair, lang) if len(pair) == 1 or pair[0] == "0" else say_number(int(pair), lang))
    return " ".join(out)
