"""Pools of the `test_v19` split: given names and surnames by background, children, agents, streets, mail domains,
banks, and the tables that numbers, letters, plates and customer numbers are built from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (with particles: van der, de, ten, ter,
in 't, van de), Frisian, Groningen, Brabant, Turkish, Moroccan, Surinamese (Hindustani, Creole, Javanese),
Antillean, Polish, Romanian, Bulgarian, Indonesian, Chinese-Dutch, Syrian, Afghan, Somali, Ghanaian, Cape Verdean,
Portuguese, Brazilian, Indian, Nigerian, American, British and South African. Streets: multi-word Dutch ones (titles,
'Laan van', 'Plein 1944', 'Bij 't', a '2e'), with suffixes on the house number; Belgian and Polish ones abroad."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Hendrik|Maarten|Gerrit|Pepijn|Laurens|Dirk-Jan|Sven|Koen|Wim|Harm|Jeroen|Niels|Thijs|Rob|Frits|Ruben
women_nl: Marieke|Ingrid|Tineke|Sanne|Lotte|Josien|Carla|Mieke|Yvonne|Loes|Anneke|Manon|Esther|Willemijn|Fleur
surname_nl: Verhoeven|Kuijpers|Postma|Dekker|Bosman|Veenstra|Hermans|Boersma|Jonker|Lammers|Prins|Scholten|
    Koster|Blom|Wiersma|Gerritsen|Vermeulen|Peeters|Hoekstra|Steenbergen|Kok|Brouwer|Molenaar|Driessen
surname_tv: van der Linden|de Jong|ten Hove|ter Horst|in 't Veld|van de Pol|van den Broek|de Graaf|van Dijk|
    van der Zee|ten Cate|van 't Hof|de Lange|van Leeuwen|ter Haar|van den Heuvel|op 't Land|van der Wal|de Ridder
men_fy: Sytse|Tjerk|Durk|Oebele|Jelle|Wiebe|Hylke
women_fy: Tjitske|Sytske|Froukje|Baukje|Gerbrich|Aukje
surname_fy: de Vries|Bijlsma|Terpstra|Sikkema|Hiemstra|Tjalsma|Feenstra|Kingma|Zijlstra|Rienstra
men_tr: Mehmet|Hasan|Yusuf|Cem|Serkan|Tolga|Ömer|Kerem
women_tr: Ayşe|Fatma|Zeynep|Esra|Melek|Derya|Sevgi|Gülsüm
surname_tr: Yılmaz|Kaya|Demir|Koç|Aksoy|Güneş|Polat|Karataş|Bulut|Özdemir
men_ma: Youssef|Rachid|Mourad|Said|Ayoub|Khalid|Brahim|Anouar
women_ma: Fatima|Naima|Khadija|Latifa|Siham|Hajar|Nadia|Zineb
surname_ma: El Amrani|Benali|Ouali|El Khattabi|Bouzid|Aarab|Ben Haddou|Achahbar|El Ouazzani|Lamrabet
men_sr: Ravi|Anand|Glenn|Romeo|Stanley|Soeparman|Kasan|Ramon
women_sr: Shanti|Anjali|Jennifer|Ruth|Kartini|Sarmi|Usha|Jocelyn
surname_sr: Ramsaran|Jagessar|Mahabier|Sitaldin|Panday|Kromodihardjo|Sardjoe|Wijngaarde|Kruisland|Biharie
men_cw: Jurgen|Ergilio|Shurandy|Rignald|Ivanildo
women_cw: Shakira|Jeanine|Gisela|Ruthmila|Yaritza
surname_cw: Martina|Statia|Ellis|Girigorie|Isenia|Pieternella|Cijntje
men_pl: Piotr|Krzysztof|Tomasz|Paweł|Łukasz|Marek|Wojciech
women_pl: Agnieszka|Katarzyna|Małgorzata|Joanna|Magdalena|Ewa|Dorota
surname_pl: Kowalski|Nowak|Wiśniewski|Wójcik|Lewandowski|Zieliński|Kamiński|Grabowski|Mazur|Dąbrowski
men_ro: Andrei|Florin|Ionuț|Mihai
women_ro: Ioana|Elena|Andreea|Raluca
surname_ro: Popescu|Ionescu|Dumitrescu|Stan|Constantin
men_bg: Georgi|Ivan|Stoyan|Hristo
women_bg: Desislava|Mariya|Tsvetelina|Radka
surname_bg: Petrov|Dimitrov|Ivanov|Georgiev|Stoyanov
men_id: Slamet|Wahyu|Joko|Made|Dimas
women_id: Ayu|Wulan|Lestari|Nur|Fitri
surname_id: Hartono|Gunawan|Pranoto|Suharto|Nugroho|Tjoa|Sastrowardoyo
men_cn: Wei|Jun|Hao|Ming|Kai
women_cn: Mei|Xiu|Lan|Ying|Li Na
surname_cn: Chen|Wong|Zhang|Liu|Tang|Cheung
men_sy: Omar|Mahmoud|Khaled|Ahmad|Bashar
women_sy: Rania|Lina|Hala|Nour|Yasmin
surname_sy: Al-Hassan|Haddad|Al Khatib|Sabbagh|Mansour|Darwish
men_af: Farid|Jawid|Najib|Sayed
women_af: Zahra|Fariba|Mariam|Soraya
surname_af: Ahmadi|Rahimi|Noori|Sultani|Popal
men_so: Abdi|Mahad|Liban|Abdirahman
women_so: Hodan|Fadumo|Sahra|Ifrah
surname_so: Warsame|Farah|Abdullahi|Hirsi|Jama
men_gh: Kwame|Kofi|Yaw|Kwabena
women_gh: Akosua|Abena|Ama|Efua
surname_gh: Mensah|Owusu|Boateng|Asante|Agyeman
men_cv: Nelson|Adilson|Edmilson
women_cv: Djeneba|Nilda|Celestina
surname_cv: Lopes|Tavares|Fortes|Monteiro Silva|Gomes Varela
men_pt: João|Rui|Tiago|Nuno|Gustavo|Thiago
women_pt: Inês|Beatriz|Mariana|Larissa|Fernanda
surname_pt: Ferreira|Pereira|Costa|Oliveira Santos|Rodrigues|Almeida|Carvalho Lima
men_in: Arjun|Vikram|Rohit|Sandeep|Karthik|Aditya
women_in: Priyanka|Deepa|Kavya|Sneha|Lakshmi|Ananya
surname_in: Iyer|Sharma|Reddy|Nair|Venkatesan|Kulkarni|Banerjee
men_ng: Chinedu|Emeka|Tunde|Oluwaseun
women_ng: Ngozi|Funmilayo|Chioma|Adaeze
surname_ng: Okafor|Adeyemi|Eze|Balogun|Nwosu
men_us: Tyler|Brandon|Kyle|Connor|Dustin|Garrett
women_us: Madison|Brittany|Kayla|Ashley|Courtney|Savannah
surname_us: Henderson|Whitaker|Kowalczyk|Delgado|Brooks|Sullivan|Reyes|Hoffman
men_gb: Callum|Rhys|Gareth|Oliver|Toby|Ewan
women_gb: Bethany|Imogen|Niamh|Georgia|Lydia|Freya
surname_gb: Thornton|Pritchard|Whitfield|Llewellyn|Ramsbottom|Oakley|Crawford|Dunmore
men_za: Pieter-Jan|Willem|Ruan|Jaco
women_za: Annelie|Marlize|Chantelle|Riana
surname_za: van Wyk|du Plessis|Botha|Nel|Pretorius|van der Merwe
child: Sem|Lieke|Mees|Tess|Jesse|Liv|Finn|Nina|Daan|Mila|Otis|Saar|Rayan|Amira|Tijn|Fenne|Bilal|Jade|Hugo|Lina
staff: Kimberley|Mustafa|Joyce|Bart|Stephanie|Orhan|Demi|Jordy|Fenna|Nathalie|Ricardo|Astrid
street_nl: Burgemeester van Walsumweg|Laan van Meerdervoort|Laan van Nieuw Oost-Indië|Graaf Florislaan|
    Koningin Wilhelminaplein|Dr. Schaepmanstraat|Mgr. Nolensplein|Plein 1944|Van Limburg Stirumstraat|
    Jonkheer van Karnebeeklaan|Oudegracht|Korte Nieuwstraat|Achter de Dom|Bij 't Sas|Nieuwe Binnenweg|
    Pieter Cornelisz. Hooftstraat|Generaal Maczekstraat|Arnhemsestraatweg|Hoge Rijndijk|Aan de Wind|
    In de Greiden|2e Jan Steenstraat|Minister Talmastraat|Prof. Bronkhorstlaan|Sint Jacobsstraat|Het Want|
    De Dreef|Hoofdstraat-West|Eerste Helmersstraat|Binnenwatersloot|Ringbaan-Oost|Stationsweg|Kerklaan|
    Zuiderparkweg|Johan de Wittlaan|Schepenenstraat|Anne Frankstraat|Goudsbloemvallei|Tolhuisweg|Molenakker
street_houseboat: Prinsengracht|Amstel|Nieuwe Meer|Catharijnesingel|Bodenkanaal
street_be: Kapelsestraat|Brusselsesteenweg|Ridder Dessainlaan|Vlaamsekaai|Sint-Pietersnieuwstraat
street_pl: ul. Marszałkowska|ul. Długa|ul. Piotrkowska|ul. Krakowskie Przedmieście
domain_nl: gmail.com|hotmail.com|outlook.com|live.nl|ziggo.nl|kpnmail.nl|planet.nl|home.nl|chello.nl|hetnet.nl|
    xs4all.nl|freedom.nl|quicknet.nl|telfort.nl|icloud.com|me.com|yahoo.com|msn.com|tele2.nl|kabelfoon.nl
domain_en: gmail.com|outlook.com|yahoo.com|hotmail.co.uk|aol.com|proton.me|icloud.com|mail.com
domain_pl: wp.pl|o2.pl|onet.pl|interia.pl|gmail.com
domain_tr: hotmail.com|gmail.com|yandex.com|outlook.com.tr
domain_work: nn-group.com|heijmans.nl|ns.nl|radboudumc.nl|vu.nl|gemeente.groningen.nl|tata-steel.com|dsm.com|
    booking.com|ahold.com|uwv.nl|politie.nl
"""

# How often each background turns up: Dutch templates, English templates.
WEIGHTS = {
    "nl": "nl " * 7 + "tv " * 6 + "fy fy tr tr tr ma ma ma sr sr sr cw pl pl ro bg id id cn sy af so gh cv pt",
    "en": "us us gb gb in in in ng za pt pl pl ro bg cn sy tr ma tv nl nl",
}
FAMILY_FIRST = ("cn",)  # written surname first at times
MONONYM = ("id",)  # sometimes one name only


def _pools() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    key = ""
    for line in _POOLS.strip().splitlines():
        if not line.startswith(" "):
            key, line = line.split(":", 1)
        found.setdefault(key, []).extend(_bars(line))
    found["men_tv"], found["women_tv"] = found["men_nl"], found["women_nl"]
    return found


POOLS["test_v19"] = _pools()

# Dutch banks (BIC prefix); INGB also hands out the old seven-digit Postbank numbers padded with zeros.
NL_BANKS = "ABNA INGB RABO SNSB ASNB RBRB TRIO KNAB BUNQ FVLB NNBA ISBK ARSN BICK".split()
ABROAD_BANKS = {"be": ("063", "091", "375", "733", "850"), "de": ("50010517", "30020900", "12030000")}
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# The Dutch side codes 1 to 14: 'L' a letter, 'D' a digit.
SIDE_CODES = (
    "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D D-LLL-DD LL-DDD-L L-DDD-LL LLL-DD-L L-DD-LLL "
    "D-LL-DDD DDD-LL-D"
).split()
AVOID = ("SS", "SD", "SA", "GVD", "KKK", "NSB", "PKK", "PSV", "SGP", "TBS", "VVD", "PVV", "FVD", "BBB", "NJB")
PLATES_ABROAD = {"be": ("1-@@@-###", "2-@@@-###"), "de": ("KLE-@@ ###", "BOR-@ ####", "AC-@@ ###"),
                 "pl": ("WA #####", "PO ###@@", "DW #@###", "KR ####@")}  # fmt: skip
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital
    "": ("2########", "KL ### ### ###", "K-######", "######-##", "NL######", "10.###.###"),
    "contract": ("C########", "###-#####-##", "CTR/######", "##########"),
    "policy": ("UV-#######", "##.###.###", "P ### ### #"),
    "member": ("######", "LN-#####", "A######"),
    "patient": ("P######", "###.###.##", "PAT-#####"),
    "client": ("CL######", "#######", "KDV-####"),
    "participant": ("########", "DN ### ### ##", "PF-#######"),
    "relation": ("R#######", "####.###", "REL ######"),
    "debtor": ("D-#######", "######"),
    "lease": ("LC########", "##-######-#", "LSE-######"),
    "subscriber": ("ABO-######", "##########", "SUB ########"),
}

DIGITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
TENS = {
    "nl": "_ tien twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(),
    "en": "_ ten twenty thirty forty fifty sixty seventy eighty ninety".split(),
}
TEENS = {
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split(),
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sept okt nov dec".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
# The Dutch telephone alphabet ('G van Gerard') and the NATO one.
_SPELLING_NL = "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Johan Karel Lodewijk Maria Nico Pieter "
ALPHABET_NL = dict(zip("ABCDEFGHJKLMNPRSTVWXZ", (_SPELLING_NL + "Richard Simon Theodoor Victor Willem Xantippe Zaandam")
                       .split(), strict=True))  # fmt: skip
ALPHABET_EN = dict(zip(PLATE_LETTERS, "Bravo Delta Foxtrot Golf Hotel Juliet Kilo Lima November Papa Romeo Sierra "
                       "Tango Victor X-ray Zulu".split(), strict=True))  # fmt: skip
LETTER_NL = dict(zip("ABCDEGHJKLMNPRSTVWXZ", "a bee cee dee ee gee haa jee kaa el em en pee er es tee vee wee iks zet"
                     .split(), strict=True))  # fmt: skip
LANDLINE_AREAS = (
    "010 013 015 020 023 024 026 030 033 035 036 038 040 043 045 046 050 053 055 058 070 071 072 073 074 075 076 "
    "077 078 079 0113 0161 0172 0180 0222 0228 0251 0294 0313 0320 0341 0416 0475 0485 0513 0516 0527 0546 0591 0594"
).split()


def number_words(number: int, lang: str) -> str:
    """0 to 99 aloud: 'achtenveertig', 'forty-eight'."""
    if number < 10:
        return DIGITS[lang][number]
    if number < 20:
        return TEENS[lang][number - 10]
    tens, unit = divmod(number, 10)
    if not unit:
        return TENS[lang][tens]
    if lang == "en":
        return f"{TENS['en'][tens]}-{DIGITS['en'][unit]}"
    unit_word = DIGITS["nl"][unit]
    return unit_word + ("ën" if unit_word.endswith("e") else "en") + TENS["nl"][tens]


def digit_words(digits: str, lang: str) -> str:
    return " ".join(DIGITS[lang][int(c)] for c in digits)


def pair_words(digits: str, lang: str) -> str:
    """'06 12 34' said in pairs: 'twaalf vierendertig'; a pair starting with 0 said digit by digit."""
    out = []
    for index in range(0, len(digits), 2):
        pair = digits[index : index + 2]
        out.append(digit_words(pair, lang) if len(pair) == 1 or pair[0] == "0" else number_words(int(pair), lang))
    return " ".join(out)
