"""Pools of the `test_v23` split: given names and surnames by background, children, agents, streets (Dutch,
Belgian, German and Curaçao), mail domains, banks, and the tables numbers, plates and member numbers are built from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (particles van, van der, de, den, 't,
in 't, van de, ter, op den; double surnames with a hyphen), Frisian, Zeeland and Twente, Flemish, German, Polish,
Surinamese (Hindustani and Creole), Antillean, Indonesian-Dutch, Eritrean, Syrian, Filipino, Italian, Spanish,
French, Brazilian and Irish names, and British and American ones for English templates."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Sander|Maarten|Rutger|Hendrik|Jeroen|Koen|Niels|Pim|Bas|Willem|Dirk-Jan|Ferry|Harm|Laurens|Jelle|Roel|Ties
women_nl: Marieke|Sietske|Anke|Baukje|Els|Gerda|Ingrid|Jolanda|Lieke|Mirjam|Noortje|Suzanne|Tineke|Wilma|Anne-Fleur
surname_nl: Brinkman|Vermeulen|Huisman|Koster|Prins|Sluiter|Stam|Kok|Wolters|Post|Hoogland|Meulenbelt|Dijkstra|
    Bijl|Blom|Vink|Nijland|Kamphuis|Poortman|Geerts|Ruijter|Splinter|Hagen|Pronk|Oudshoorn|Molenaar|Reijnders
surname_tv: van Dongen|van der Veen|de Graaf|den Hartog|van 't Wout|in 't Veld|van de Pol|ter Horst|op den Akker|
    van der Wal|de Ruiter|van Houten|van der Linden|de Jong|van Gaal|ten Cate|van Wijngaarden|de Kruijf|
    van den Heuvel|van Tongeren|de Roos
men_fy: Sjoerd|Wytse|Bauke|Hidde|Tjeerd|Oene
women_fy: Sytske|Griet|Froukje|Aukje|Lysbeth
surname_fy: Hoekstra|Zijlstra|Bergsma|de Boer|Tjeerdsma|Wiersma|Postma|Algra|Koopmans
men_be: Thibault|Jonas|Wannes|Arno|Matthias|Koen
women_be: Hanne|Nele|Marthe|Ilse|Charlotte|Eline
surname_be: Desmet|Van Looy|Janssens|Verhaegen|De Backer|Mertens|Van den Broeck|Dewulf|Vanhoutte
men_de: Henning|Jörg|Dieter|Florian|Lars
women_de: Svenja|Katrin|Dörte|Jutta|Annika
surname_de: Brandt|Lehmann|Köhler|Wagner|Sauerland|Böhm|Zimmermann|Hartmann
men_pl: Krzysztof|Paweł|Grzegorz|Łukasz|Marek
women_pl: Agnieszka|Małgorzata|Katarzyna|Joanna|Ewa
surname_pl: Nowak|Kowalczyk|Wójcik|Mazur|Krawczyk|Kaczmarek|Zając|Grabowiec|Pietrzak
men_sr: Radjesh|Sunil|Ricardo|Orlando|Ashwin|Glenn
women_sr: Shanti|Sharmila|Ingrid|Sandra|Wendeline|Rajshri
surname_sr: Ramdin|Sewtahal|Mahabier|Kartosen|Pinas|Wijngaarde|Jadnanansing|Doekhie|Amatmoekrim
men_aw: Jurick|Shurandy|Giovanni|Eugenio
women_aw: Ruthmila|Jeanine|Xiomara|Shudaysha
surname_aw: Martina|Isenia|Rosaria|Coffie|Pieternella|Trinidad
men_id: Budi|Frans|Hans
women_id: Dewi|Lies|Wulan
surname_id: Tan|Sutanto|Pattiasina|Latuperisa|Soeters
men_er: Tesfay|Yonas|Samuel|Berhane
women_er: Selam|Helen|Ruta|Freweyni
surname_er: Tesfamariam|Ghebreyesus|Habtemariam|Kidane|Weldemichael
men_sy: Rami|Khaled|Omar|Bashar
women_sy: Rasha|Lina|Noor|Hiba
surname_sy: Al-Hassan|Haddad|Khoury|Al Masri|Darwish
men_ph: Rodel|Jayson|Mark Anthony
women_ph: Maricel|Joy|Rowena
surname_ph: dela Cruz|Santos|Reyes|Bautista|Villanueva
men_it: Giacomo|Matteo|Lorenzo
women_it: Chiara|Giulia|Francesca
surname_it: Esposito|Romano|De Luca|Colombo|Bianchi
men_es: Alejandro|Javier|Iñigo
women_es: Lucía|Carmen|Nerea
surname_es: García López|Fernández|Martín Ruiz|Navarro|Ortega
men_fr: Étienne|Julien|Baptiste
women_fr: Élodie|Camille|Amélie
surname_fr: Lefèvre|Moreau|Dubois|Girard|Fontaine
men_br: Thiago|Rafael|Leandro
women_br: Fernanda|Larissa|Gabriela
surname_br: Oliveira|Souza|Costa|Albuquerque|dos Santos
men_ie: Ciarán|Seán|Declan|Padraig
women_ie: Aoife|Siobhán|Niamh|Róisín
surname_ie: O'Sullivan|Ní Bhriain|MacNamara|O'Brien|Fitzpatrick|Kavanagh
men_gb: Alistair|Ewan|Gareth|Oliver|Stuart|Marcus|Rupert
women_gb: Harriet|Gemma|Lucy|Philippa|Kirsty|Joanna
surname_gb: Whitmore|Braithwaite|Hargreaves|Llewellyn|Pennington|Atherton|Blackwood|Crawley|Dunmore
men_us: Tyler|Brandon|Kyle|Dwayne
women_us: Madison|Kayla|Brittany|Ashley
surname_us: Henderson|Kowalski|Washington|Schneider|Delgado|Whitaker
child: Sem|Noah|Tess|Liv|Jip|Mees|Floris|Saar|Vajèn|Guus|Lotte|Bo|Jens|Fleur|Mila|Siem|Isa|Hugo|Ravi|Amira
agent: Jessica|Mark|Petra|Stefan|Esther|Danny|Monique|Patrick|Ilse|Richard|Samantha|Bianca|Robin|Wesley
street_nl: Prins Hendrikkade|Laan van Nieuw Guinea|Graaf Florisstraat|Sint Jacobsstraat|Tweede Jan Steenstraat|
    Jan Pieterszoon Coenstraat|Van Oldenbarneveltlaan|Oude Delft|Burgemeester Hustinxstraat|Hendrik Figeeweg|
    Kleine Gracht|Lange Haven|Achterom|Vismarkt|Heiligeweg|Zuidwal|Pastoor van Arsstraat|Willem de Zwijgerlaan|
    Ringdijk|Middenweg|Dr. Lelylaan|Koningin Julianaweg|Jonkheer Ramweg|Boompjes|Noorderhaven|
    Professor Bronkhorstlaan|'s-Gravendijkwal|Binnen Bantammerstraat|Hooigracht|Plein 1944|Oranje Nassaulaan|
    Zwanenburgwal|Kerkpad ZZ|Slotermeerlaan|Tiendweg West|Generaal Foulkesweg|Bisschop Hamerstraat
street_be: Brusselsesteenweg|Mechelsesteenweg|Sint-Pietersnieuwstraat|Frankrijklei|Oude Vest|Dorpsplein|
    Leopold de Waelplaats|Kapucijnenvoer
street_de: Goethestraße|Am Markt|Weseler Straße|Bismarckallee|Friedrich-Ebert-Straße|Zum Sportplatz
street_cw: Kaya Grandi|Kaya Flamboyan|Schottegatweg Oost|Santa Rosaweg|Kaya Wilhelmina|Seru Fortuna
domain_nl: kpnmail.nl|ziggo.nl|gmail.com|hotmail.com|outlook.com|live.nl|planet.nl|home.nl|xs4all.nl|
    chello.nl|quicknet.nl|freeler.nl|telfort.nl|hetnet.nl|casema.nl|me.com|hotmail.nl
domain_be: telenet.be|scarlet.be|skynet.be|proximus.be|hotmail.be
domain_de: gmx.net|web.de|t-online.de|freenet.de
domain_en: gmail.com|yahoo.co.uk|aol.com|outlook.com|comcast.net|hotmail.co.uk|icloud.com|eircom.net
"""

# Background weights for Dutch and English templates.
WEIGHTS = {
    "nl": "nl " * 7 + "tv " * 7 + "fy fy be sr sr aw id pl pl er sy ph it es fr br de",
    "en": "gb gb gb us us ie ie it es fr br pl ph nl tv",
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


POOLS["test_v23"] = _pools()

NL_BANKS = "RABO INGB ABNA SNSB ASNB TRIO KNAB BUNQ RBRB FVLB NNBA HAND".split()
BE_BANKS = ("001", "063", "068", "103", "143", "310", "363", "523", "645", "779", "891", "979")
DE_BANKS = ("37040044", "20041133", "43060967", "36050105", "35850000", "28050100", "12030000")
POSTCODE_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = (
    "LL-DD-DD DD-DD-LL DD-LL-LL DD-LLL-D DD-LLL-D D-LLL-DD D-LLL-DD LL-DDD-L LL-DDD-L L-DDD-LL LLL-DD-L "
    "D-LL-DDD DDD-LL-D DD-LL-LL"
).split()
PLATE_AVOID = ("SS", "SD", "SA", "NSB", "PVV", "VVD", "GVD", "TBS", "FVD", "BBB", "PSV", "SGP", "KGB", "KKK", "PKK")
DE_DISTRICTS = ("BOH", "COE", "KLE", "GT", "OS", "HB", "DU", "KR", "NE", "MG")
CUSTOMER_FORMATS = {  # '#' a digit, '@' a capital letter
    "": ("#######", "RN ### ###", "REL-######", "4#######", "0000######"),
    "pigeon": ("####-####", "L#######", "#########"),
    "skating": ("FES-######", "#######", "SK ####/##"),
    "grave": ("GR-####-###", "##.###.##", "######"),
    "pawn": ("PH######", "#### ####", "K-#######"),
    "wine": ("WC-#####", "@@-######"),
    "glass": ("##-######-##", "POL#########", "#########-@"),
    "freight": ("C######", "NLRTM-#####", "CUST#####"),
    "rental": ("HUUR-####-###", "HC######", "##/####/##"),
    "waterboard": ("####.###.###", "##########"),
    "rider": ("rider-######", "R#######", "@@######"),
    "student": ("LL-#####", "#######", "BL####-##"),
    "bridge": ("########", "#### ###"),
    "charter": ("CH-#####", "MEM######"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"
LANDLINES = "010 013 015 020 023 024 026 030 033 035 036 038 043 045 046 053 058 070 072 074 075 078 0111 0166 " \
    "0172 0182 0222 0251 0294 0321 0413 0475 0513 0566 0591".split()  # fmt: skip
ABROAD_PHONES = {
    "be": ("+32 4## ## ## ##", "0032 4## ######", "04##/##.##.##", "+32 (0)9 ### ## ##"),
    "de": ("+49 160 #######", "0049 (0)171 ########", "+49 2871 ######", "0151 ########"),
    "cw": ("+599 9 ### ####", "00599 9######"),
    "sr": ("+597 8## ####", "00597 7######"),
    "pl": ("+48 5## ### ###", "0048 6########"),
    "uk": ("+44 7### ######", "+44 (0)20 #### ####"),
    "ie": ("+353 8# ### ####",),
    "us": ("+1 (6##) ###-####", "+1 7##-###-####"),
}
DIGITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "nl_short": "jan. feb. mrt. apr. mei jun. jul. aug. sept. okt. nov. dec.".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "roman": "I II III IV V VI VII VIII IX X XI XII".split(),
}
TENS_NL = {1: "tien", 2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig",
           8: "tachtig", 9: "negentig"}  # fmt: skip
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
ORD_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
SPELL_EN = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet "
                    "Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray "
                    "Yankee Zulu".split(), strict=True))  # fmt: skip


def say_digits(digits: str, lang: str) -> str:
    return " ".join(DIGITS["en" if lang == "en" else "nl"][int(c)] for c in digits)


def say_pairs_nl(digits: str) -> str:
    """'0612' -> 'nul zes twaalf': Dutch callers often read a number in pairs."""
    out = []
    for i in range(0, len(digits), 2):
        pair = digits[i : i + 2]
        if len(pair) < 2 or pair[0] == "0":
            out.append(say_digits(pair, "nl"))
        elif pair[0] == "1":
            out.append(TEENS_NL[int(pair[1])])
        elif pair[1] == "0":
            out.append(TENS_NL[int(pair[0])])
        else:
            unit = DIGITS["nl"][int(pair[1])]
            out.append(f"{unit}{'ën' if unit.endswith('e') else 'en'}{TENS_NL[int(pair[0])]}")
    return " ".join(out)
