"""Pools of the `test_v20` split: given names and surnames by background, children, agents, streets, mail domains,
banks, and the tables numbers, plates, letters and customer numbers are built from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (with the particles van der, de, ten, ter,
van 't, van den, in 't, and married double names with a hyphen), Frisian, Turkish, Moroccan (Riffian and Arabic),
Surinamese (Hindustani, Creole, Javanese), Polish, Indonesian, Cape Verdean, Chinese-Dutch, Eritrean, Ukrainian,
Irish, British, American, Indian and Australian. Streets: multi-word Dutch ones (a title, 'Laan der', 'Weg naar',
'Tweede', 'Van 't'), Belgian ones."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Bart|Jochem|Teun|Gijs|Wouter|Huub|Kees-Jan|Stijn|Arnoud|Frank|Mark|Bas|Erik|Tom|Joost|Geert|Menno|Ivo
women_nl: Annemiek|Femke|Hanneke|Ilse|Jolanda|Karin|Linda|Marloes|Petra|Renske|Sandra|Wilma|Daphne|Noor|Evi
surname_nl: Schipper|Timmermans|van Beek|Hofman|Claassen|Wouters|Bouwman|Verbeek|Kramer|Mertens|Sluijter|Rutten|
    Smits|Kuiper|Beumer|Geurts|Heijnen|Langeveld|Oosterveld|Nijhuis|Kolkman|Haverkamp|Roelofs|Zwart|Timmer
surname_tv: van der Heijden|de Wit|ten Brink|ter Beek|van 't Zand|van den Bosch|in 't Groen|van de Kamp|de Haan|
    van der Meulen|ten Have|ter Steege|van 't Wout|de Bruijn|van den Akker|van der Sluis|de Kruijf|van Rossum
men_fy: Auke|Douwe|Folkert|Haije|Jitse|Popke|Sjoerd|Wopke
women_fy: Antsje|Geeske|Hiske|Janke|Tetsje|Wytske
surname_fy: Dijkstra|Hoogland|Jellema|Osinga|Sijbesma|Wijbenga|Bouma|Faber|van der Ploeg|Zwerver
men_tr: Ahmet|Burak|Emre|Murat|Osman|Selim|Volkan|İbrahim
women_tr: Büşra|Elif|Hatice|Merve|Nurcan|Şeyma|Tuğba|Yasemin
surname_tr: Çelik|Şahin|Arslan|Doğan|Erdoğan|Kılıç|Öztürk|Tekin|Yıldız|Aydın
men_ma: Abdelkader|Hamid|Mohammed|Mustapha|Nordin|Soufiane|Tarik|Zakaria
women_ma: Houda|Ikram|Loubna|Malika|Meryem|Samira|Souad|Wafae
surname_ma: Azzouzi|Boukhari|Chaara|El Bakkali|El Idrissi|Hamdaoui|Mokhtari|Ouchan|Tahiri|Zaoui
men_sr: Dinesh|Errol|Hans-Ravi|Marciano|Roy|Sunil|Waldo|Wiryo
women_sr: Asha|Chandni|Ingrid|Kavita|Marisa|Sharda|Suraya|Wendy
surname_sr: Bhagwandin|Doekhie|Kanhai|Karijo|Lachmon|Pinas|Ramdin|Sewnath|Soekhai|Tjin-A-Kiem
men_pl: Grzegorz|Jakub|Kamil|Michał|Rafał|Sebastian|Bartosz
women_pl: Anna|Beata|Iwona|Justyna|Monika|Sylwia|Żaneta
surname_pl: Jankowski|Krawczyk|Pawłowski|Sikora|Szymański|Wróbel|Zając|Kaczmarek|Michalski|Baran
men_id: Agus|Bambang|Budi|Hendra|Rudi|Teguh
women_id: Dewi|Indah|Ratna|Sri|Yuni|Putri
surname_id: Halim|Kusuma|Purnomo|Santoso|Setiawan|Wibowo|Tan|Siregar
men_cv: Alcides|Domingos|Hélder|Manuel|Zeferino
women_cv: Dulce|Fátima|Iolanda|Odete|Rosalina
surname_cv: Andrade|Barbosa|Delgado Fortes|Évora|Semedo|Spencer Rodrigues|Brito
men_cn: Bo|Chang|Guo|Jian|Zhi
women_cn: Fang|Hui|Jing|Xiaoling|Yan
surname_cn: Huang|Lin|Ng|Wu|Zhou|Yeung|Lam
men_er: Dawit|Filmon|Henok|Yonas
women_er: Helen|Lidia|Saba|Senait
surname_er: Tesfay|Gebremedhin|Habte|Kidane|Tekle
men_ua: Oleksandr|Dmytro|Serhii|Andrii
women_ua: Olena|Iryna|Oksana|Yuliia
surname_ua: Shevchenko|Bondarenko|Kovalenko|Melnyk|Tkachenko|Boiko
men_ie: Cian|Declan|Padraig|Seamus|Eoin
women_ie: Aoife|Siobhan|Orla|Caoimhe|Maeve
surname_ie: O'Sullivan|Byrne|McCarthy|Ó Briain|Fitzgerald|Kavanagh|O'Neill
men_gb: Alastair|Hamish|Nigel|Simon|Stuart|Will
women_gb: Harriet|Jemima|Philippa|Rosie|Zoe|Hollie
surname_gb: Ashworth|Buckley|Fairclough|Hargreaves|Pemberton|Shackleton|Worthington|Blackwood
men_us: Chase|Dwayne|Hunter|Logan|Wyatt|Cody
women_us: Brianna|Kelsey|Lindsey|Shelby|Taylor|Jasmine
surname_us: Carver|Donovan|Jefferson|McAllister|Novak|Ramirez|Schultz|Washington
men_in: Harish|Manoj|Pranav|Rahul|Siddharth|Varun
women_in: Divya|Meera|Pooja|Shreya|Swati|Nandini
surname_in: Agarwal|Chatterjee|Deshpande|Gupta|Menon|Pillai|Rao|Subramanian
men_au: Brodie|Lachlan|Mitchell|Travis
women_au: Kirra|Matilda|Sienna|Tahlia
surname_au: Kennedy|McLeod|Pappas|Nguyen|Walsh
child: Bram|Floor|Guus|Isa|Joep|Lotje|Luuk|Maud|Olivier|Puck|Siem|Vera|Yara|Zoë|Ilyas|Noah|Eline|Kyan|Mare
staff: Gerda|Ilona|Jelmer|Kevin|Marco|Priscilla|Roxanne|Sharon|Sjors|Tamara|Youri|Chantal|Dennis|Esmee
street_nl: Admiraal de Ruijterweg|Tweede Constantijn Huygensstraat|Laan der Verenigde Naties|Hendrik Figeeweg|
    Dokter Zamenhofstraat|Koning Lodewijklaan|Jan Pieter Heijestraat|Achter Clarenburg|Oranje Nassaulaan|
    Laan op Zuid|Burgemeester Reigerstraat|Ir. Lelyweg|Van 't Hoffstraat|Prins Hendrikkade|Weg naar Rhoon|
    Sint Annastraat|Piet Heinkade|Rode Kruislaan|Kleine Houtstraat|Lange Nieuwstraat|Vredenburg|Berkenrode|
    Ten Katestraat|Dr. Lelylaan|Mr. Visserplein|Van der Duyn van Maasdamweg|Eerste Oosterparkstraat|Kapteynlaan|
    Groot Hertoginnelaan|Korte Prinsengracht|Johannes Verhulststraat|Hof van Delftlaan|Kastanjelaan|Zwanenburgwal|
    Boulevard de Wielingen|Graaf Adolfstraat|Pater Damiaanstraat|Westerkade|Smalle Haven|Nieuwe Markt
street_be: Frankrijklei|Kortrijksesteenweg|Tiensestraat|Onze-Lieve-Vrouwestraat|Koning Albertlaan|Grote Markt
domain_nl: ziggo.nl|kpnmail.nl|hotmail.nl|gmail.com|outlook.com|live.com|zeelandnet.nl|caiway.nl|upcmail.nl|
    tiscali.nl|online.nl|solcon.nl|casema.nl|protonmail.com|icloud.com|hotmail.com|kpnplanet.nl|yahoo.com
domain_be: telenet.be|skynet.be|proximus.be|gmail.com
domain_pl: gmail.com|wp.pl|poczta.onet.pl|o2.pl
domain_en: gmail.com|outlook.com|yahoo.co.uk|btinternet.com|hotmail.com|icloud.com|fastmail.com
domain_work: achmea.nl|asml.com|philips.com|rabobank.nl|tudelft.nl|utrecht.nl|ggdhm.nl|vitens.nl|bol.com|umcg.nl
"""

# How often each background turns up: Dutch templates, English templates.
WEIGHTS = {
    "nl": "nl " * 7 + "tv " * 6 + "fy fy tr tr tr ma ma ma sr sr sr pl pl id id cv cv cn cn er ua",
    "en": "gb gb us us ie ie in in au pl ua cn tr ma sr id cv nl tv tv",
}
FAMILY_FIRST = ("cn",)  # sometimes written surname first
SPOUSE_SURNAMES = "surname_nl surname_tv surname_fy".split()  # a married woman's second name, after a hyphen


def _pools() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    key = ""
    for line in _POOLS.strip().splitlines():
        if not line.startswith(" "):
            key, line = line.split(":", 1)
        found.setdefault(key, []).extend(_bars(line))
    found["men_tv"], found["women_tv"] = found["men_nl"], found["women_nl"]
    return found


POOLS["test_v20"] = _pools()

NL_BANKS = "ABNA INGB RABO SNSB ASNB TRIO KNAB BUNQ RBRB HAND NNBA".split()
BE_BANKS = ("001", "230", "068", "063", "310", "363", "734", "735", "973", "103", "751")
POSTCODE_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes: 'L' a letter, 'D' a digit; the newer ones more often.
SIDE_CODES = (
    "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D DD-LLL-D D-LLL-DD D-LLL-DD LL-DDD-L LL-DDD-L "
    "L-DDD-LL L-DDD-LL LLL-DD-L L-DD-LLL D-LL-DDD DDD-LL-D"
).split()
PLATE_AVOID = ("SS", "SD", "SA", "KKK", "NSB", "PVV", "VVD", "GVD", "TBS", "FVD", "BBB", "PSV", "SGP", "KGB")
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital
    "": ("3########", "KN-######", "#### ### ###", "K######", "1-######-#", "CUST######"),
    "contract": ("CT-########", "########", "####/####", "HYP-#######"),
    "policy": ("PL########", "###-###-###", "DP ######", "#########-##"),
    "member": ("LID######", "M-#####", "#######"),
    "debtor": ("DEB-#######", "#########", "D ### ### #"),
    "student": ("ST######", "#####-@", "LS-####"),
    "client": ("CL-######", "######", "ZZ#####"),
    "account": ("@@######", "ACC-#######", "##########"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
    "nl_short": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec".split(),
}
ORDINALS_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth"
).split()
SPELL_NL = dict(zip("BDFGHJKLNPRSTVXZ", "Bernard Dirk Ferdinand Gerard Hendrik Johan Karel Lodewijk Nico Pieter "
                    "Richard Simon Teunis Victor Xantippe Zaandam".split(), strict=True))  # fmt: skip
LANDLINES = (
    "010 020 023 024 026 030 033 035 038 040 043 045 050 053 055 058 070 071 073 076 078 079 "
    "0113 0166 0187 0223 0229 0299 0314 0345 0413 0481 0492 0511 0543 0566 0570 0592 0596"
).split()
ABROAD_PHONES = {
    "be": ("+32 47# ## ## ##", "0032 (0)49# ## ## ##", "04##/##.##.##"),
    "ma": ("+212 6## ### ###", "00212 (0)6 ## ## ## ##"),
    "sr": ("+597 8## ## ##", "(597) 7######"),
    "tr": ("+90 53# ### ## ##", "0090 (54#) ### ####"),
    "pl": ("+48 60# ### ###", "+48 5########"),
    "id": ("+62 812-####-####", "+62 (0)813 #### ###"),
    "cv": ("+238 9## ## ##", "00238 59# ####"),
    "cn": ("+86 138 #### ####", "+86 13#-####-####"),
    "gb": ("+44 7### ######", "+44 (0)7### ### ###"),
}


def number_words(number: int, lang: str) -> str:
    """0 to 99 aloud: 'zevenenzestig', 'sixty-seven'."""
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


def one_by_one(digits: str, lang: str) -> str:
    return " ".join(DIGITS[lang][int(c)] for c in digits)


def in_pairs(digits: str, lang: str) -> str:
    """Pairs as numbers ('vierendertig'), a pair with a leading zero digit by digit, an odd last digit alone."""
    out = []
    for i in range(0, len(digits), 2):
        pair = digits[i : i + 2]
        out.append(one_by_one(pair, lang) if len(pair) == 1 or pair[0] == "0" else number_words(int(pair), lang))
    return " ".join(out)
