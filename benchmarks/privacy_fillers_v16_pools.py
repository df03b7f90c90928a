"""Pools of the `test_v16` split: names, nicknames, agents' names, streets at home and abroad, mail domains, and the
tables numbers and letters are said with.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (with tussenvoegsels), Flemish, Moroccan,
Turkish, Surinamese, Indo, Eritrean, Iranian, Ukrainian, Greek, Italian, Spanish and Argentine (two surnames),
Filipino, Japanese, Korean, Afrikaans, Scottish and English; nicknames, children, agents. Streets: Dutch (named after
a person, ordinal, with 'van'), Flemish, German, French, Spanish, Italian, Portuguese, British."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Gijsbert|Reinout|Meindert|Wouter-Jan|Aart|Cornelis|Gerben|Hessel|Jelmer|Teunis|Arjen|Derk|Evert-Jan|Rutger
women_nl: Geertruida|Hendrika|Femke-Lotte|Jannigje|Aaltje|Dieuwke|Marijke|Wendelien|Ineke|Tineke|Roosmarijn|Lieke
surname_nl: Verhoeckx|Brinkhorst|Stoutjesdijk|Hogenbirk|Kloosterboer|Ruitenbeek|Wolthuis|Hazelhoff|Oudejans|
    Grootveld|Slagboom|Nijenhuis|Timmerije|Zuurbier|Kalkman|Blaauboer
surname_tv: van der Poel|de Wit|van Oostveen|in 't Veld|van den Hoogenband|ter Steege|van de Kamp|den Ouden|
    van Eck|de Haan|van der Zwaag|op den Kamp|van Wijngaarden|de Bruijn|van 't Schip
men_be: Wannes|Jelle|Seppe|Lowie|Thibault|Rik|Arne|Bavo
women_be: Lotte|Fien|Marthe|Liesbeth|Griet|Nele|Ine|Saar
surname_be: Vandenbroucke|De Smedt|Verstraeten|Claeys|Goossens|Van Damme|Wouters|Mertens|Van Acker|Desmet
men_ma: Abdelkader|Mounir|Nordin|Soufiane|Hamza|Ilias|Younes|Jamal|Mustapha|Anouar
women_ma: Ikram|Siham|Loubna|Naoual|Hafsa|Souad|Imane|Rajae|Malika|Chaimae
surname_ma: El Khattabi|Boujdaini|Ouali|Azzouzi|Benali|El Idrissi|Tahiri|Amrani|Lamrabet|Bouzidi|Ait Hammou
men_tr: Burak|Emre|Kaan|Selim|Umut|Orhan|Tolga|Volkan
women_tr: Esra|Büşra|Gül|Sevgi|Hatice|Nur|Elif|Derya
surname_tr: Öztürk|Aydın|Kılıç|Şahin|Yıldız|Doğan|Arslan|Çelik|Korkmaz|Erdem
men_sr: Ryan|Glenn|Orlando|Stanley|Marciano|Romeo|Dwayne|Clifton
women_sr: Sharon|Gaitrie|Shanti|Roxanne|Ivanka|Jurmala|Natasha|Priscilla
surname_sr: Kanhai|Ramdin|Sewnarain|Pinas|Karsters|Wijngaarde|Doelwijt|Bhoelai|Linger|Fung A Fat
men_id: Hans|Erwin|Rudy|Ronny|Benny|Frans
women_id: Ingrid|Yvonne|Wilhelmina|Lientje|Tineke|Noortje
surname_id: Tuinenburg|Sahetapy|Latuheru|Pattiasina|Soplanit|Wattimena|Tahapary|Matulessy
men_er: Yonas|Tesfay|Mehari|Biniam|Dawit|Habtom|Kibrom|Samuel
women_er: Senait|Helen|Saba|Rahel|Luwam|Mebrat|Tsega|Yordanos
surname_er: Tesfamariam|Gebremedhin|Haile|Berhane|Kidane|Woldemichael|Ghebreyesus|Tekle
men_ir: Reza|Kourosh|Babak|Arash|Mehdi|Farzad|Omid|Payam
women_ir: Shirin|Leila|Nasrin|Parisa|Golnaz|Maryam|Azadeh|Roya
surname_ir: Tehrani|Mohammadi|Rezaei|Hosseini|Karimi|Ahmadzadeh|Farahani|Jafari
men_ua: Oleksandr|Bohdan|Taras|Dmytro|Mykola|Yurii|Andrii|Serhii
women_ua: Olena|Iryna|Oksana|Kateryna|Nataliia|Yuliia|Halyna|Daria
surname_ua: Kovalenko|Shevchenko|Bondarenko|Tkachenko|Melnyk|Kravchuk|Oliinyk|Savchuk|Polishchuk|Rudenko
men_gr: Dimitrios|Giorgos|Nikos|Kostas|Vasilis|Panagiotis
women_gr: Eleni|Katerina|Despina|Anastasia|Sofia|Vasiliki
surname_gr: Papadopoulos|Georgiou|Konstantinidis|Nikolaidis|Alexiou|Karagiannis|Dimitriou
men_it: Giuseppe|Lorenzo|Matteo|Alessandro|Francesco|Stefano
women_it: Giulia|Chiara|Francesca|Alessia|Federica|Martina
surname_it: Esposito|Ricci|Colombo|Bianchi|De Luca|Romano|Galli|Conti|Mancini
men_es: Álvaro|Javier|Sergio|Ignacio|Diego|Joaquín|Martín|Facundo
women_es: Lucía|Carmen|Pilar|Valentina|Camila|Ximena|Agustina|Rocío
surname_es: García Romero|Fernández de la Torre|Martínez Ruiz|López Ortega|Sánchez Vidal|Pérez Gil|
    Rodríguez|Gómez|Herrera Muñoz|Castillo
men_ph: Jomar|Rodel|Arnel|Jericho|Ramil|Bong
women_ph: Maricel|Jocelyn|Rowena|Lovely|Analyn|Princess
surname_ph: Dela Cruz|Santos|Bautista|Villanueva|Magbanua|Macaraeg|Dimaculangan
men_jp: Kenji|Hiroshi|Takumi|Daisuke|Yuto
women_jp: Yuki|Aiko|Haruka|Emi|Sakura
surname_jp: Takahashi|Watanabe|Nakamura|Kobayashi|Yamamoto
men_kr: Minjun|Jihoon|Seojun|Hyunwoo|Dohyun
women_kr: Jiyeon|Seoyeon|Minji|Hayoon|Soojin
surname_kr: Kim|Park|Choi|Jung|Kang|Yoon
men_za: Pieter-Schalk|Ruan|Jaco|Wynand|Francois|Deon
women_za: Anri|Elmarie|Liezl|Marlize|Riana|Zanele
surname_za: Botha|van der Merwe|Steyn|du Plessis|Pretorius|Coetzee|Nel|Joubert
men_en: Graham|Nigel|Declan|Angus|Hamish|Rupert|Gareth|Alistair|Owen|Keith
women_en: Philippa|Fiona|Eilidh|Morag|Harriet|Gemma|Siobhan|Kirsty|Tamsin|Maureen
surname_en: MacLeod|Fairbairn|Cartwright|Pemberton|Ashworth|Ferguson|Gilchrist|Blackwood|Hargreaves|Kettle|
    Sutherland|Pennington
nick: Bas|Joop|Mies|Toos|Pim|Kiki|Ties|Moos|Jopie|Ome Henk|Tante Riek|Sjaak|Dolly|Bibi|Pietje|Wim-Bam|Stanny|Mo
child: Noor|Daantje|Jip|Yara|Sem-Jan|Fenne|Ravi|Amira|Luuk|Zoë|Milan|Nova|Boaz|Ayaan|Lize|Otis|Mees|Sofia-Rose
staff: Jolanda|Merel|Mustafa|Kim|Romy|Tarik|Shanice|Daan|Esmée|Gerjan|Aylin|Priscilla
street_nl: Burgemeester Visserstraat|Johan de Wittlaan|1e Helmersstraat|Van Speijkstraat|Kastanjelaan|
    Graaf Florislaan|Veenweg|Dokter Schaepmanstraat|Oude Rijksstraatweg|Ringdijk|Beukenhof|Merelstraat|
    Havenkade|Zuiderweg|Lijsterbeslaan|Pieter Calandlaan|Hendrik Figeeweg|Anne Frankplein|Slotlaan|Spoorsingel|
    Tolhuisweg|Kanaalweg Oost|Het Want|De Zwaluw|Hoge Morsweg|Vlietkade
street_be: Kapelstraat|Steenweg op Gierle|Molenstraat|Grote Markt|Kerkhofstraat|Leopoldlaan|Dorpsplein|Boomsesteenweg
street_de: Lindenstraße|Am Mühlenbach|Hauptstraße|Kirchweg|Schillerstraße|Goethestraße|Waldweg
street_fr: rue des Tilleuls|chemin des Vignes|avenue Jean Jaurès|rue du Moulin|impasse des Lilas|route de Sarlat
street_es: Calle del Olivo|Carrer de la Mar|Avenida del Mediterráneo|Calle Real|Urbanización Los Pinos, calle Jazmín
street_it: Via dei Mille|Via Roma|Strada Provinciale|Via Garibaldi|Viale dei Cipressi|Località Poggio
street_pt: Rua das Flores|Avenida da Liberdade|Rua do Sol|Travessa do Carmo
street_uk: Heather Road|Kingsway|Bramble Close|Thistle Street|Canal Walk|Albert Terrace|Rowan Drive
domain_nl: gmail.com|hotmail.com|outlook.com|live.nl|ziggo.nl|kpnmail.nl|hetnet.nl|casema.nl|upcmail.nl|icloud.com|
    planet.nl|xs4all.nl|zeelandnet.nl|home.nl|proton.me
domain_be: telenet.be|skynet.be|proximus.be|gmail.com
domain_en: btinternet.com|sky.com|yahoo.co.uk|gmail.com|virginmedia.com|talktalk.net
domain_de: web.de|gmx.de|t-online.de|gmx.net
domain_es: yahoo.es|gmail.com|hotmail.es
domain_it: libero.it|alice.it|gmail.com
domain_ua: ukr.net|i.ua|gmail.com
domain_work: gemeente-zoetermeer.nl|hu.nl|philips.com|asml.com|rivm.nl|tudelft.nl|rijksoverheid.nl
bank: ABNA|RABO|INGB|SNSB|ASNB|TRIO|BUNQ|KNAB|RBRB|REVO
"""


def _pools() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    key = ""
    for line in _POOLS.strip().splitlines():
        if not line.startswith(" "):
            key, line = line.split(":", 1)
        found.setdefault(key, []).extend(_bars(line))
    found["men_tv"], found["women_tv"] = found["men_nl"], found["women_nl"]
    return found


POOLS["test_v16"] = _pools()

DIGITS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
DIGITS_EN = "zero one two three four five six seven eight nine".split()
TENS_NL = "_ tien twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
TENS_EN = "_ ten twenty thirty forty fifty sixty seventy eighty ninety".split()
TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
LETTERS_NL = dict(
    zip("ABCDEFGHJKLMNPRSTVWXZ", "a be ce de e ef ge ha je ka el em en pe er es te ve we iks zet".split(), strict=True)
)
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_NL_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()


def number_said(number: int, lang: str) -> str:
    """0 to 99 as a person says it: 'zesenveertig', 'forty-six'."""
    if lang == "en":
        if number < 10:
            return DIGITS_EN[number]
        if number < 20:
            return TEENS_EN[number - 10]
        tens, unit = divmod(number, 10)
        return TENS_EN[tens] + (f"-{DIGITS_EN[unit]}" if unit else "")
    if number < 10:
        return DIGITS_NL[number]
    if number < 20:
        return TEENS_NL[number - 10]
    tens, unit = divmod(number, 10)
    if not unit:
        return TENS_NL[tens]
    return DIGITS_NL[unit] + ("ën" if unit in (2, 3) else "en") + TENS_NL[tens]


def one_by_one(digits: str, lang: str) -> str:
    words = DIGITS_EN if lang == "en" else DIGITS_NL
    return " ".join(words[int(c)] for c in digits)


def in_pairs(digits: str, lang: str) -> str:
    """Two digits at a time, as people read long numbers: 'twaalf, vierendertig, nul vijf'."""
    out = []
    for index in range(0, len(digits), 2):
        pair = digits[index : index + 2]
        if len(pair) == 1 or pair[0] == "0":
            out.append(one_by_one(pair, lang))
        else:
            out.append(number_said(int(pair), lang))
    return ", ".join(out)


PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
UK_OUTWARD = "EH6 G41 AB10 IV2 LS6 M20 BD9 HX1 YO10 TR1 EX4 SW11 N16 CH2 DH1 NE6".split()
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D D-LLL-DD LL-DDD-L L-DDD-LL".split()
SIDE_CODES += "LLL-DD-L D-LL-DDD L-DD-LLL DDD-LL-D".split()
PLATES_ABROAD = {  # '@' a capital, '#' a digit
    "de": ("K-@@ ####", "D-@ ###", "KLE-@@ ##", "OB-@@ ####", "BOR-@ ###"),
    "be": ("1-@@@-###", "2-@@@-###"),
    "fr": ("@@-###-@@",),
    "es": ("#### @@@",),
    "it": ("@@ ###@@",),
    "uk": ("@@70 @@@", "@@21 @@@", "@@18 @@@"),
    "pl": ("WX ####@", "KR ###@@"),
    "ua": ("@@ #### @@",),
}
PLATE_ALPHABETS = {"es": "BCDFGHJKLMNPRSTVWXYZ", "ua": "ABCEHIKMOPTX", "uk": "ABCDEFGHJKLMNPRSTVWXY"}
CAPITALS = "ABCDEFGHJKLMNPRSTVWXYZ"
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital
    "": ("#########", "KL-######", "### ### ###", "10#######", "A-#####-##"),
    "contract": ("HC-######", "#### ####", "2024-#####"),
    "member": ("#####", "LID-####", "M ### ###", "#### ###"),
    "policy": ("#######-##", "POL/######", "## ### ###"),
    "patient": ("########", "PT-######", "#### ####"),
    "employee": ("E######", "#####"),
    "pass": ("MK-#######", "#### #### ####", "ZM-######"),
    "account": ("#########", "usr-######", "AC#######"),
    "student": ("LL-#####", "#######"),
}
IBAN_BANKS = {  # bank codes of foreign IBANs
    "be": ("001", "068", "363", "735", "979"),
    "de": ("37040044", "50010517", "10010010", "36050105"),
    "fr": ("30004", "30002", "10096", "18206"),
    "lu": ("001", "002", "019"),
    "gb": ("HBUK", "NWBK", "LOYD", "BUKB"),
}
