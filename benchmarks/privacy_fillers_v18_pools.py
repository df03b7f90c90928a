"""Pools of the `test_v18` split: names, nicknames, children, agents, streets at home and abroad, mail domains, banks,
and the tables numbers, letters, plates and customer numbers are made from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (with tussenvoegsels), Frisian, Limburg,
Flemish, Moroccan (Riffian), Turkish, Kurdish, Surinamese (Hindustani, Javanese, Creole), Moluccan, Indonesian,
Eritrean, Ethiopian, Ukrainian, Hungarian, Greek, Italian, Spanish, Colombian, Filipino, Japanese, Korean, Iranian,
Pakistani, Scottish, Irish and English. Streets: Dutch (after a person, with a number, 'van', 'Sint', a 'dijk',
'erf' or 'singel'), Flemish, German, British."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Gijsbert|Reinier|Teunis|Bastiaan|Job|Floris|Menno|Huub|Stijn|Olaf|Wouter|Cornelis|Arie|Joost|Rutger|Tom
women_nl: Geertje|Femke|Annemiek|Hester|Wilma|Marloes|Ria|Ilse|Cobi|Evelien|Jolanda|Neeltje|Pien|Dieuwke|Ans
surname_nl: Brinkman|Hartog|Zuidema|Pronk|Willemsen|Ketelaar|Vonk|Beukers|Bleeker|Hogenboom|Schipper|Timmer|
    Verbeek|Roelofs|Mol|Oosterveld|Brands|Klaassen|Nijhuis|Stam|Huisman|Wagenaar
surname_tv: van Vliet|de Wit|van der Meulen|ten Brink|van 't Zand|de Haan|van Beek|op den Kamp|van Rossum|
    van der Heijden|te Velde|de la Rie|van Asperen|'t Hooft|van de Kerkhof|uit den Bogaard|de Bruijn|van Es
men_fy: Sjoerd|Gerben|Auke|Hessel|Wybren|Jouke
women_fy: Geeske|Sjoukje|Antsje|Wytske|Lolkje|Ytsje
surname_fy: Sijtsma|Haitsma|Dijkema|Kuipers|Wijnja|Hellinga|Faber|Algra
men_li: Sjef|Jos|Twan|Mathieu|Luuk|Harie
women_li: Mia|Truus|Marie-José|Lieke|Anke|Nicole
surname_li: Smeets|Vossen|Coenen|Op de Kamp|Houben|Lemmens|Bemelmans|Wetzels
men_be: Lowie|Seppe|Wout|Joren|Dries|Mathias|Lander
women_be: Lien|Elke|Ilse|Nele|Fien|Marthe|Griet
surname_be: Claes|Verstraete|Goossens|De Smet|Van Damme|Wouters|Mertens|D'Hondt|Van Acker|Vandenberghe
men_ma: Mohamed|Abdelkader|Younes|Hamza|Ilias|Soufiane|Nordin|Driss
women_ma: Malika|Samira|Loubna|Ikram|Souad|Meryem|Asmae|Hanane
surname_ma: Amrani|Oulad Ali|Bakkali|El Idrissi|Boutaleb|Tahiri|Ait Ouaali|Azzouzi|Abarkan|Mokhtari
men_tr: Emre|Burak|Murat|Kaan|Oğuz|Mustafa|Selim
women_tr: Elif|Büşra|Hülya|Songül|Özlem|Gül|Tuğba
surname_tr: Öztürk|Çelik|Şahin|Arslan|Doğan|Yıldız|Erdoğan|Kılıç|Aydın
men_ku: Rojhat|Azad|Dilshad|Hozan
women_ku: Berivan|Rojda|Nazdar|Hêvî
surname_ku: Barzani|Zaxoyi|Amedi|Rekani
men_sr: Rakesh|Sunil|Roy|Orlando|Marciano|Sutomo|Wagiman|Dennis
women_sr: Sangita|Radha|Priya|Gracia|Ingrid|Sri|Soemini|Natasja
surname_sr: Ramdin|Kalloe|Sewnath|Karijo|Soemodihardjo|Pinas|Lie A Fo|Brunings|Kartoredjo|Doelwijt
men_mo: Johannes|Frans|Dominggus|Semuel|Yopi
women_mo: Wilhelmina|Jacoba|Nona|Theodora|Eti
surname_mo: Latuheru|Pattinama|Tuhumury|Manuputty|Sahetapy|Wattimena|Lekatompessy
men_id: Budi|Agus|Bayu|Rizky|Hendra
women_id: Dewi|Sari|Putri|Ratna|Indah
surname_id: Santoso|Wijaya|Halim|Kusuma|Setiawan
men_er: Yonas|Tesfay|Filmon|Dawit|Mussie
women_er: Senait|Helen|Saba|Luwam|Rahwa
surname_er: Tesfamariam|Haile|Gebremedhin|Berhane|Kidane|Weldemichael
men_ua: Oleksandr|Dmytro|Andriy|Bohdan|Vasyl
women_ua: Oksana|Olena|Iryna|Yuliia|Nataliia
surname_ua: Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Kravchuk
men_hu: Bence|Zoltán|Gábor|Levente
women_hu: Zsófia|Réka|Krisztina|Eszter
surname_hu: Nagy|Szabó|Horváth|Tóth|Kovács
men_gr: Giorgos|Nikos|Dimitris|Kostas
women_gr: Eleni|Katerina|Despina|Vasiliki
surname_gr: Papadopoulos|Georgiou|Nikolaidis|Antoniou|Karagiannis
men_it: Giuseppe|Lorenzo|Matteo|Alessandro
women_it: Giulia|Chiara|Francesca|Alessia
surname_it: Rossi|Esposito|Bianchi|Ferrari|De Luca|Romano
men_es: Javier|Alejandro|Sergio|Pablo|Andrés
women_es: Lucía|Marta|Paula|Carmen|Valentina
surname_es: García López|Martínez|Fernández Ruiz|Sánchez|Restrepo|Gómez Arango
men_ph: Jericho|Mark Anthony|Rodel|Jomar
women_ph: Maricel|Jhoanna|Rowena|Lovely
surname_ph: Dela Cruz|Santos|Reyes|Bautista|Mendoza
men_jp: Haruto|Kenji|Takeshi|Yuto
women_jp: Yuki|Sakura|Aiko|Haruka
surname_jp: Tanaka|Suzuki|Watanabe|Yamamoto|Kobayashi
men_kr: Minjun|Jiho|Seojun|Hyun-woo
women_kr: Jiwoo|Seoyeon|Hana|Min-ji
surname_kr: Kim|Park|Lee|Choi|Jung
men_ir: Reza|Mehdi|Amir|Farhad|Behrouz
women_ir: Shirin|Parisa|Leila|Nasrin|Maryam
surname_ir: Hosseini|Moradi|Karimi|Jafari|Rahmani|Tehrani
men_pk: Imran|Bilal|Usman|Faisal|Zeeshan
women_pk: Ayesha|Sana|Hina|Mehwish|Rabia
surname_pk: Qureshi|Chaudhry|Malik|Butt|Siddiqui|Rana
men_de: Lukas|Stefan|Henning|Dirk
women_de: Heike|Anke|Svenja|Claudia
surname_de: Schmitz|Janßen|Hülsmann|Terhorst|Bergmann
men_en: Alistair|Hamish|Declan|Owen|Finlay|Harvey|Euan|Ross|Nathan|Craig|Stuart|Jamie
women_en: Kirsty|Fiona|Eilidh|Siobhan|Orla|Grace|Poppy|Harriet|Isla|Catriona|Zoe|Maisie
surname_en: MacDonald|Campbell|Fraser|Kerr|Sinclair|O'Sullivan|Byrne|McCarthy|Ashworth|Pemberton|
    Hargreaves|Blackwood|Featherstone|Nolan
nick: Sjaak|Pietje|Toos|Jantje|Bennie|Greet|Fietje|Harm|Dolly|Ome Wim|Tante Corrie|Bram|Moos|Flip|Tini|Boy|Sammie
child: Julia|Noud|Guus|Fenna|Sem|Roos|Zoë|Milan|Nova|Yara|Levi|Bobby|Isa|Luuk|Evi|Adam|Sophie|Ties|Floor|Noor
staff: Chantal|Dennis|Priscilla|Marco|Esra|Patrick|Romy|Rick|Melissa|Sander|Nadia|Gert-Jan
street_nl: Burgemeester Roelenweg|Sint Annastraat|Van Speijkstraat|Tweede Kostverlorenkade|Groenedijk|
    Langeweg|Het Erf|Oude Singel|Hertog Hendrikstraat|Generaal Foulkesweg|Amaliastraat|Meidoornlaan|
    Esdoornhof|Kapelstraat|Westeinde|Aert van Nesstraat|Prins Hendrikkade|Ds. Kuypersingel|De Ruyterweg|
    Zwarteweg|Tuinfluiterpad|Korte Havenstraat|Heer Bokelweg|3e Oosterparkstraat|Jan van Galenstraat|Dijkgraaf
street_be: Meir|Lange Kievitstraat|Steenstraat|Naamsestraat|Grote Markt|Kortrijksesteenweg|Stationsplein
street_de: Lindenallee|Hauptstraße|Schillerstraße|Am Bahnhof|Gartenweg
street_uk: Princes Street|Thistle Avenue|Harbour Row|Elm Grove|Millbank Road|Foxglove Way|Station Brae
domain_nl: gmail.com|hotmail.com|outlook.com|live.nl|ziggo.nl|kpnmail.nl|kpnplanet.nl|icloud.com|upcmail.nl|
    casema.nl|zeelandnet.nl|solcon.nl|online.nl|yahoo.com|hotmail.nl|protonmail.com|caiway.nl
domain_be: telenet.be|skynet.be|scarlet.be|outlook.be|gmail.com
domain_en: gmail.com|outlook.com|yahoo.co.uk|sky.com|btinternet.com|live.co.uk|virginmedia.com|icloud.com
domain_de: gmx.net|web.de|posteo.de
domain_work: rivm.nl|philips.com|asml.com|rug.nl|tudelft.nl|prorail.nl|gemeente-almere.nl|umcg.nl|rabobank.nl
bank: ABNA|RABO|INGB|SNSB|ASNB|TRIO|BUNQ|KNAB|RBRB|REVO|HAND|FVLB
"""

WEIGHTS = {
    "nl": "nl " * 6 + "tv " * 5 + "fy li be be ma ma ma tr tr ku sr sr mo id er ua hu gr it es ph jp kr ir pk en",
    "en": "en " * 6 + "pk ir ph jp kr ua er it es gr hu nl tv ma tr",
}
FAMILY_FIRST = ("jp", "kr", "hu")


def _pools() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    key = ""
    for line in _POOLS.strip().splitlines():
        if not line.startswith(" "):
            key, line = line.split(":", 1)
        found.setdefault(key, []).extend(_bars(line))
    found["men_tv"], found["women_tv"] = found["men_nl"], found["women_nl"]
    return found


POOLS["test_v18"] = _pools()

DIGITS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
DIGITS_EN = "zero one two three four five six seven eight nine".split()
TENS_NL = "_ tien twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
TENS_EN = "_ ten twenty thirty forty fifty sixty seventy eighty ninety".split()
TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
LETTERS_NL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", "a bee cee dee ee ef gee ha jee ka el em en pee er es tee u vee wee "
                      "iks ei zet".split(), strict=True))  # fmt: skip
SPELL_NL = dict(zip("BDFGHJKLNPRSTVXZ", "Bernard Dirk Ferdinand Gerard Hendrik Johan Karel Lodewijk Nico Pieter "
                    "Richard Simon Theodoor Victor Xantippe Zaandam".split(), strict=True))  # fmt: skip
ALPHA_EN = dict(zip("BDFGHJKLNPRSTVXZ", "Bravo Delta Foxtrot Golf Hotel Juliett Kilo Lima November Papa Romeo Sierra "
                    "Tango Victor X-ray Zulu".split(), strict=True))  # fmt: skip
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_NL_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
MONTHS_EN_SHORT = "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec".split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


def number_said(number: int, lang: str) -> str:
    """0 to 99 as said aloud: 'zevenenvijftig', 'fifty-seven'."""
    digits, teens, tens_words = (DIGITS_EN, TEENS_EN, TENS_EN) if lang == "en" else (DIGITS_NL, TEENS_NL, TENS_NL)
    if number < 10:
        return digits[number]
    if number < 20:
        return teens[number - 10]
    tens, unit = divmod(number, 10)
    if not unit:
        return tens_words[tens]
    if lang == "en":
        return f"{tens_words[tens]}-{digits[unit]}"
    return digits[unit] + ("ën" if digits[unit].endswith("e") else "en") + tens_words[tens]


def one_by_one(digits: str, lang: str) -> str:
    words = DIGITS_EN if lang == "en" else DIGITS_NL
    return " ".join(words[int(c)] for c in digits)


def in_pairs(digits: str, lang: str) -> str:
    out = []
    for index in range(0, len(digits), 2):
        pair = digits[index : index + 2]
        out.append(one_by_one(pair, lang) if len(pair) == 1 or pair[0] == "0" else number_said(int(pair), lang))
    return " ".join(out)


def doubled(digits: str, lang: str) -> str:
    """Digit by digit, a repeated digit said as 'dubbel vijf' / 'double five'."""
    words, out, index = (DIGITS_EN if lang == "en" else DIGITS_NL), [], 0
    while index < len(digits):
        if index + 1 < len(digits) and digits[index] == digits[index + 1]:
            out.append(("double " if lang == "en" else "dubbel ") + words[int(digits[index])])
            index += 2
        else:
            out.append(words[int(digits[index])])
            index += 1
    return " ".join(out)


PC_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"
UK_OUTWARD = "EH1 EH9 G3 AB10 IV2 DD1 KY1 FK8 M20 LS6 YO1 NE1 CH2 TR1 EX4 SW1A W1D N16 E8 SE22 BN1 GU1".split()
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = "XX-99-99 99-99-XX 99-XX-99 XX-99-XX XX-XX-99 99-XX-XX 99-XXX-9 9-XXX-99 XX-999-X X-999-XX".split()
SIDE_CODES += "XXX-99-X 9-XX-999 X-99-XXX 999-XX-9".split()
BAD_LETTERS = ("SS", "SD", "SA", "NSB", "PVV", "KKK", "GVD", "TBS", "SGP", "VVD", "PKK", "FVD", "KGB", "DDR", "NSX")
PLATES_ABROAD = {  # '@' a capital, '#' a digit
    "be": ("1-@@@-###", "2-@@@-###", "1@@@###"),
    "de": ("D-@@ ####", "KLE-@ ###", "NOH-@@ ##", "EMS-@ ####"),
    "uk": ("@@21 @@@", "@@70 @@@", "@@15 @@@"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital
    "": ("1#######", "KL-#####-##", "### ### ###", "R/#######", "CUS######", "#####.####", "0##-######"),
    "contract": ("CO#######", "##.##.####", "K-###/#####"),
    "member": ("#####", "L-######", "LID ###/##", "M########"),
    "policy": ("##-###-####", "PL/#######", "#### ### ##", "V########"),
    "patient": ("#######", "PT-######", "## ### ####"),
    "employee": ("E#####", "PN ######"),
    "pass": ("3528 #### #### ####", "PAS-#######", "## ## ## ##"),
    "account": ("#########", "AC/######", "###-###-###"),
}
IBAN_BANKS = {
    "be": ("001", "068", "310", "363", "738", "979"),
    "de": ("10010010", "20050550", "37040044", "70020270"),
    "gb": ("BARC", "LOYD", "HBUK", "RBOS"),
}
