"""Pools of the `test_v17` split: names, nicknames, children, agents, streets at home and abroad, mail domains, banks,
and the tables numbers, letters, plates and customer numbers are made from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (with tussenvoegsels), Frisian, Flemish,
Moroccan, Turkish, Hindustani and Creole Surinamese, Antillean, Cape Verdean, Polish, Romanian, Bulgarian, Syrian,
Afghan, Somali, Chinese, Vietnamese, Indian, Ghanaian, Nigerian, Brazilian, Portuguese, German, French, Irish, Welsh
and English. Streets: Dutch (named after a person, with a number or 'van', a 'kade' or 'hof'), Flemish, German,
British."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Hendrikus|Bart-Jan|Gerlof|Maarten|Hidde|Sjoerd|Wessel|Lambert|Thijmen|Ewout|Jochem|Koen|Rijk|Diederik
women_nl: Hilde|Marieke|Willemijn|Janneke|Gerda|Anne-Fleur|Roelie|Trijntje|Margriet|Jet|Mirjam|Sytske|Lonneke
surname_nl: Hoogeveen|Kamphuis|Wolters|Dijkstra|Zwart|Veldkamp|Brouwers|Scholten|Lubbers|Heijnen|Snijders|
    Koopmans|Versteeg|Bosman|Groenewegen|Rozendaal|Kuiper|Vlasblom|Terpstra|Wijnberg
surname_tv: van Leeuwen|de Graaf|van der Linden|ten Cate|van 't Hek|de Jong|van Rijswijk|van den Broek|
    van der Veen|de Korte|in de Betou|van Ommen|ter Horst|van Dongen|de Ruiter|van der Wal
men_fy: Jelte|Wiebe|Durk|Hylke|Sieds|Tjeerd
women_fy: Froukje|Baukje|Tjitske|Jitske|Aukje|Hiske
surname_fy: Hoekstra|Zijlstra|Wiersma|Tjepkema|Hiemstra|Bosma|Feenstra|Oosterhof
men_be: Jef|Pieter-Jan|Warre|Kobe|Ruben|Stijn|Brecht|Tuur
women_be: Ellen|Jana|Hanne|Lore|Febe|Annelies|Kaat|Ines
surname_be: Peeters|Janssens|Maes|Willems|De Clercq|Vermeulen|Van Hoof|Lambrechts|De Backer|Van den Bossche
men_ma: Rachid|Khalid|Bilal|Redouan|Zakaria|Otmane|Tarik|Said
women_ma: Fatiha|Khadija|Houda|Najat|Sanae|Yasmina|Hajar|Nadia
surname_ma: Bouazza|El Hamdaoui|Ziani|Haddouchi|El Ouali|Azough|Boukhari|Chaouch|Benhaddou|Aarab
men_tr: Mehmet|Hakan|Cem|Serkan|Yusuf|Baran|Ali|Onur
women_tr: Ayşe|Zeynep|Fatma|Merve|Sibel|Kübra|Dilek|Ebru
surname_tr: Yılmaz|Demir|Kaya|Polat|Güneş|Aksoy|Koç|Uçar|Bulut|Kurt
men_sr: Ravindra|Sanjay|Anil|Ricardo|Errol|Winston|Gerold|Iwan
women_sr: Reshma|Sunita|Anjali|Chantal|Gerda|Jennifer|Marlies|Sharda
surname_sr: Ramsaran|Jagessar|Mahabier|Soekhai|Bhagwandin|Tjon A Joe|Biharie|Sabajo|Vriesde|Ravenberg
men_aw: Jurensley|Dwight|Shurendy|Jandino|Rignald|Eduardo
women_aw: Sherida|Gisela|Jurieny|Dianne|Shakira|Rudsela
surname_aw: Martina|Isenia|Statia|Rosaria|Maduro|Croes|Wever|Hernandez
men_cv: Nelson|Adilson|Ailton|Djo|Edmilson
women_cv: Neusa|Elisangela|Djenifer|Ivone|Suely
surname_cv: Tavares|Fortes|Semedo|Gomes|Lopes|Monteiro
men_pl: Paweł|Krzysztof|Marek|Tomasz|Łukasz|Grzegorz|Wojciech|Piotr
women_pl: Agnieszka|Małgorzata|Katarzyna|Monika|Ewa|Joanna|Dorota|Aleksandra
surname_pl: Wiśniewski|Nowak|Zieliński|Lewandowski|Kamiński|Wójcik|Kowalczyk|Szymański|Mazur|Dąbrowski
men_ro: Ionuț|Mihai|Florin|Bogdan|Costel
women_ro: Ioana|Andreea|Mihaela|Roxana|Elena
surname_ro: Popescu|Ionescu|Dumitru|Stan|Constantinescu|Munteanu
men_bg: Stoyan|Georgi|Ivaylo|Nikolay
women_bg: Desislava|Rositsa|Milena|Tsvetelina
surname_bg: Petrov|Ivanov|Dimitrov|Georgiev|Stoyanov|Todorov
men_sy: Mohammad|Ahmad|Khaled|Fadi|Rami|Hussam|Omar|Tarek
women_sy: Rasha|Hala|Lina|Dima|Nour|Rima|Bushra|Aya
surname_sy: Al-Hassan|Haddad|Khalil|Al Masri|Darwish|Shaheen|Kassab|Al-Ali
men_af: Farid|Ahmad Shah|Naveed|Wahid|Mirwais
women_af: Zarmina|Freshta|Mariam|Nilofar|Shabnam
surname_af: Rahimi|Sultani|Noorzai|Ahmadi|Hakimi|Popal
men_so: Abdirahman|Mahad|Abdullahi|Liban|Hassan
women_so: Hodan|Ifrah|Sahra|Ubah|Fadumo
surname_so: Warsame|Farah|Mohamud|Jama|Abdi|Egal
men_cn: Wei|Jian|Hao|Jun|Lei
women_cn: Mei|Xiu|Lan|Yan|Ling
surname_cn: Chen|Wang|Zhang|Liu|Huang|Lin
men_vn: Minh|Tuan|Quang|Duc|Hieu
women_vn: Thao|Linh|Huong|Ngoc|Trang
surname_vn: Nguyen|Tran|Le|Pham|Vu|Hoang
men_in: Arjun|Rohit|Vikram|Karthik|Siddharth|Aditya
women_in: Priyanka|Deepika|Kavya|Ananya|Shreya|Lakshmi
surname_in: Sharma|Iyer|Reddy|Krishnan|Banerjee|Patil|Menon
men_gh: Kwame|Kofi|Yaw|Kwabena|Emmanuel
women_gh: Akosua|Abena|Ama|Efua|Adwoa
surname_gh: Mensah|Owusu|Asante|Boateng|Osei|Appiah
men_ng: Chinedu|Oluwaseun|Emeka|Tunde|Ifeanyi
women_ng: Ngozi|Folake|Chioma|Adaeze|Yetunde
surname_ng: Okonkwo|Adeyemi|Eze|Balogun|Nwosu|Okafor
men_br: João Pedro|Thiago|Rafael|Gustavo|Leandro
women_br: Fernanda|Juliana|Beatriz|Larissa|Gabriela
surname_br: Oliveira Santos|Souza|Carvalho Lima|Pereira|Ribeiro da Silva|Alves
men_de: Jürgen|Matthias|Tobias|Uwe|Florian
women_de: Ute|Sabine|Katharina|Birgit|Anja
surname_de: Müller|Schröder|Hoffmann|Weiß|Krämer|Becker
men_fr: Étienne|Guillaume|Thierry|Benoît|Mathieu
women_fr: Océane|Élodie|Margaux|Sylvie|Clémence
surname_fr: Dubois|Lefèvre|Moreau|Girard|Fontaine|Rousseau
men_en: Liam|Ciarán|Rhys|Callum|Dylan|Oliver|Toby|Seamus|Gethin|Marcus|Bradley|Neil
women_en: Niamh|Aoife|Bethan|Cerys|Hannah|Chloe|Lucy|Imogen|Sinéad|Megan|Abigail|Rebecca
surname_en: O'Brien|Murphy|Jenkins|Llewellyn|Davies|Whitmore|Hughes|Fitzgerald|Thornton|Walsh|Robinson|
    Baxter|Doherty|Prosser
nick: Henkie|Bep|Truus|Sjonnie|Kees|Mieke|Lies|Appie|Fatje|Jopie|Nel|Gerrie|Door|Bertje|Momo|Juul|Didi
child: Saar|Teun|Lotje|Mats|Nina|Hugo|Fay|Ilyas|Senna|Bo|Jens|Lana|Ravi|Yfke|Tijn|Mila|Ayla|Siem|Jasmijn|Olivier
staff: Wendy|Ricardo|Yvonne|Kevin|Samira|Mark|Naomi|Joyce|Bas|Sevda|Ilse|Jeroen
street_nl: Jacob van Lennepstraat|Kerkewijk|2e Jan Steenstraat|Rembrandtlaan|Eikenlaan|Wilhelminakade|
    Nieuwe Gouw|Kolonel Bloemweg|Bosrandweg|Tiendweg|Oranjehof|Klaprooshof|Zeemanstraat|Dr. Lelykade|
    Prof. Kamerlingh Onneslaan|Mgr. Nolensplein|Zwanenvlietstraat|Kortenaerkade|Pastoor van Arskerkstraat|
    Kromme Nieuwegracht|Van Hogendorpstraat|Weteringpad|Achter de Kerk|Slingerweg|Ambachtsweg|De Nieuwe Erven
street_be: Brusselsesteenweg|Kortrijksestraat|Veldstraat|Sint-Pietersnieuwstraat|Beekstraat|Kouter|Bredabaan
street_de: Bahnhofstraße|Am Markt|Eichendorffweg|Rosenstraße|Kölner Straße
street_uk: Victoria Street|Marine Parade|Beechwood Avenue|Castle Hill|Holly Lane|Cathedral Road|Glebe Close
domain_nl: gmail.com|hotmail.com|outlook.com|live.nl|ziggo.nl|kpnmail.nl|hetnet.nl|icloud.com|planet.nl|
    xs4all.nl|home.nl|chello.nl|quicknet.nl|tele2.nl|hotmail.nl|me.com
domain_be: telenet.be|skynet.be|proximus.be|hotmail.be|gmail.com
domain_en: gmail.com|outlook.com|yahoo.co.uk|btinternet.com|icloud.com|eircom.net|hotmail.co.uk
domain_de: web.de|gmx.de|t-online.de
domain_fr: orange.fr|free.fr|laposte.net
domain_pl: wp.pl|onet.pl|o2.pl|gmail.com
domain_br: gmail.com|uol.com.br|bol.com.br
domain_work: ggd.nl|nn-group.com|belastingdienst.nl|uu.nl|ns.nl|gemeente.groningen.nl|stedin.net|vgz.nl
bank: ABNA|RABO|INGB|SNSB|ASNB|TRIO|BUNQ|KNAB|RBRB|FVLB|NNBA
"""

WEIGHTS = {
    "nl": "nl " * 6 + "tv " * 5 + "fy fy be be ma ma ma tr tr sr sr aw cv pl pl ro bg sy sy af so cn vn in gh ng br de",
    "en": "en " * 6 + "in in ng gh pl ro br fr de cn vn sy nl tv",
}
FAMILY_FIRST = ("cn", "vn")


def _pools() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    key = ""
    for line in _POOLS.strip().splitlines():
        if not line.startswith(" "):
            key, line = line.split(":", 1)
        found.setdefault(key, []).extend(_bars(line))
    found["men_tv"], found["women_tv"] = found["men_nl"], found["women_nl"]
    return found


POOLS["test_v17"] = _pools()

DIGITS_NL = "nul één twee drie vier vijf zes zeven acht negen".split()
DIGITS_EN = "zero one two three four five six seven eight nine".split()
TENS_NL = "_ tien twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
TENS_EN = "_ ten twenty thirty forty fifty sixty seventy eighty ninety".split()
TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
LETTERS_NL = dict(
    zip(
        "ABCDEFGHJKLMNPRSTVWXYZ",
        "a be cee dee ee ef gee haa jee kaa el em en pee er es tee vee wee iks ij zet".split(),
        strict=True,
    )  # fmt: skip
)
ALPHA_EN = dict(zip("BDFGHJKLNPRSTVXZ", "Bravo Delta Foxtrot Golf Hotel Juliet Kilo Lima November Papa Romeo Sierra "
                    "Tango Victor X-ray Zulu".split(), strict=True))  # fmt: skip
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_NL_SHORT = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
MONTHS_EN_SHORT = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def number_said(number: int, lang: str) -> str:
    """0 to 99 as said aloud: 'drieënveertig', 'forty-three'."""
    digits, teens, tens_words = (DIGITS_EN, TEENS_EN, TENS_EN) if lang == "en" else (DIGITS_NL, TEENS_NL, TENS_NL)
    if number < 10:
        return digits[number].replace("één", "een")
    if number < 20:
        return teens[number - 10]
    tens, unit = divmod(number, 10)
    if not unit:
        return tens_words[tens]
    if lang == "en":
        return f"{tens_words[tens]}-{digits[unit]}"
    unit_word = digits[unit].replace("één", "een")
    return unit_word + ("ën" if unit_word.endswith("e") else "en") + tens_words[tens]


def one_by_one(digits: str, lang: str) -> str:
    words = DIGITS_EN if lang == "en" else DIGITS_NL
    return " ".join(words[int(c)] for c in digits)


def in_pairs(digits: str, lang: str) -> str:
    out = []
    for index in range(0, len(digits), 2):
        pair = digits[index : index + 2]
        out.append(one_by_one(pair, lang) if len(pair) == 1 or pair[0] == "0" else number_said(int(pair), lang))
    return " ".join(out)


PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
UK_OUTWARD = "CF10 SA1 LL57 BT7 G12 PA20 KY16 BS8 BA1 OX4 CB1 NR2 LE3 S10 L17 PL4".split()
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = "XX-99-99 99-99-XX 99-XX-99 XX-99-XX XX-XX-99 99-XX-XX 99-XXX-9 9-XXX-99 XX-999-X X-999-XX".split()
SIDE_CODES += "XXX-99-X 9-XX-999 X-99-XXX 999-XX-9".split()
BAD_LETTERS = ("SS", "SD", "SA", "NSB", "PVV", "KKK", "GVD", "TBS", "SGP", "VVD", "PKK", "FVD", "KGB", "DDR")
PLATES_ABROAD = {  # '@' a capital, '#' a digit
    "be": ("1-@@@-###", "2-@@@-###"),
    "de": ("KLE-@@ ###", "MS-@ ####", "AC-@@ ###", "BOR-@@ ##"),
    "uk": ("@@19 @@@", "@@67 @@@", "@@23 @@@"),
    "pl": ("PO ####@", "WA #####"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital
    "": ("#########", "KN ###-###-###", "####.###.###", "C#######", "00#######", "##/#####"),
    "contract": ("CT-########", "##########", "OV ######/##"),
    "member": ("######", "LN ####", "##-####-#", "K#####"),
    "policy": ("###.###.###", "AP-#######", "## #### ####", "PH########"),
    "patient": ("##########", "PAT ######", "###-###-###"),
    "employee": ("MW####", "###-####"),
    "pass": ("####-####-####", "LB########", "P ### ### ###"),
    "account": ("########", "###-#####", "ACC-#######"),
    "student": ("S#######", "#######"),
}
IBAN_BANKS = {
    "be": ("001", "063", "068", "143", "750", "973"),
    "de": ("37050198", "44050199", "30050110", "50010517"),
    "fr": ("30003", "30006", "20041"),
    "gb": ("BARC", "HBUK", "NWBK", "MIDL"),
}
