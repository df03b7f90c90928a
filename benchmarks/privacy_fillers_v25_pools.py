"""Pools of the `test_v25` split: given names and surnames by background, agents, children, streets (Dutch,
Belgian, German and British), mail domains, banks, and the tables numbers, plates and member numbers are built from.

Written by someone who never saw the redaction rules. Backgrounds: Dutch (particles, double surnames 'Brink-Dijkstra'
and 'de Jong van Beek'), Frisian, Flemish, German, Polish, Syrian, Eritrean, Somali, Surinamese, Moluccan,
Filipino, Brazilian, Spanish and Italian names, and Irish, American, Canadian, Kenyan and Indian ones for the English
templates."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Bart|Freek|Jeroen|Sander|Koen|Niels|Roel|Marnix|Wessel|Ids|Dirk-Jan|Laurens|Pim|Frank|Harm|Tijn|Onno
women_nl: Sanne|Ineke|Lieke|Marieke|Esmee|Roos|Femke|Noor|Gerda|Wilma|Jolanda|Tessa|Ilse|Mirjam|Anne-Fleur|Dieuwke
surname_nl: Brink|Dijkstra|Hoogland|Koster|Westerveld|Blom|Verhoeven|Kok|Prins|Terpstra|Stam|Roelofs|Hulshof|
    Kamphuis|Bruinsma|Molenaar|Zwart|Wolters|Nieuwenhuis|Ploeg|Overmars|Meester|Dam|Sluiter|Keizer|Bouwman
surname_tv: van der Wal|de Graaf|van Wijk|ter Horst|van Dam|de Ruiter|van der Linden|van Essen|de Kok|van Houten|
    van der Veen|de Jager|van Gelder|van der Kolk|te Brake|in 't Veld|van de Kamp|van Os
men_fy: Sjoerd|Jelle|Wietse|Auke|Tjeerd
women_fy: Froukje|Sjoukje|Tsjitske|Baukje|Jildou
surname_fy: Hoekstra|Wijbenga|Postma|Feenstra|Sikkema|Zijlstra|de Boer
men_be: Jens|Arne|Tuur|Dries|Stijn
women_be: Ellen|Nele|Hanne|Ine|Marthe
surname_be: Peeters|Maes|Jacobs|Mertens|Willems|Van Acker|De Backer|Desmet|Verhaeghe
men_de: Jörg|Stefan|Lukas|Dieter
women_de: Anja|Katrin|Jutta|Lena
surname_de: Bauer|Hoffmann|Schäfer|Köhler|Richter|Zimmermann
men_pl: Piotr|Krzysztof|Marek|Paweł|Łukasz
women_pl: Agnieszka|Katarzyna|Małgorzata|Joanna|Ewa
surname_pl: Wiśniewski|Kowalczyk|Wójcik|Lewandowski|Zieliński|Szymańska|Dąbrowski
men_sy: Ahmad|Omar|Khaled|Mahmoud|Yazan
women_sy: Rasha|Lina|Hiba|Nour|Reem
surname_sy: Al Hussein|Haddad|Al Khatib|Darwish|Kassab|Al-Masri
men_er: Yonas|Tesfay|Dawit|Berhane
women_er: Senait|Helen|Mebrat|Yordanos
surname_er: Tesfamariam|Ghebremedhin|Haile|Kidane|Woldemichael
men_so: Abdirahman|Mohamed|Ali
women_so: Hodan|Sahra|Ifrah|Faduma
surname_so: Warsame|Abdi|Farah|Osman
men_sr: Ravi|Glenn|Sunil|Errol
women_sr: Sharmila|Chantal|Priya|Roshni
surname_sr: Ramdin|Kalloe|Soekhoe|Sedney|Biharie|Pinas|Mahabier
men_ml: Johny|Frits|Rudy
women_ml: Ina|Josina|Wilhelmina
surname_ml: Pattiasina|Latumahina|Tahitu|Sahertian|Wattimena
men_ph: Mark Anthony|Jerome|Rodel
women_ph: Maricel|Joy|Kristine|Rowena
surname_ph: Santos|dela Cruz|Reyes|Bautista|Villanueva
men_br: Thiago|Rafael|Gustavo
women_br: Camila|Larissa|Fernanda
surname_br: Oliveira|da Silva|Ferreira Lima|Costa
men_es: Javier|Álvaro|Sergio
women_es: Lucía|Marta|Nerea
surname_es: García López|Martínez|Fernández Ruiz|Navarro
men_it: Matteo|Lorenzo|Giuseppe
women_it: Giulia|Chiara|Francesca
surname_it: Rossi|Esposito|Bianchi|Colombo|De Luca
men_ie: Cillian|Declan|Seán|Ronan
women_ie: Aoife|Siobhán|Niamh|Ciara
surname_ie: O'Sullivan|Murphy|Byrne|Ní Bhriain|McCarthy|Fitzgerald
men_us: Tyler|Brandon|Kevin|Josh
women_us: Ashley|Brittany|Megan|Kayla
surname_us: Miller|Johnson|Rodriguez|Anderson|Kowalski-Hart
men_ca: Liam|Owen|Mathieu
women_ca: Émilie|Brooke|Chloé
surname_ca: Tremblay|Gagnon|MacDonald|Leblanc
men_ke: Brian|Kevin|Collins
women_ke: Wanjiru|Achieng|Faith
surname_ke: Otieno|Kamau|Wanjiku|Mwangi|Odhiambo
men_in: Arjun|Rahul|Vikram|Siddharth
women_in: Ananya|Divya|Sneha|Kavya
surname_in: Iyer|Reddy|Banerjee|Krishnan|Deshpande
staff: Mariska|Jochem|Esther van Lier|Rik|Yara B.|Chantal|Sven|Tamara Kok|Hamid|Joyce|Wendy de Bruin|Gert-Jan
child: Finn|Noah|Saar|Yfke|Mila|Jesse|Lotje|Bo|Luuk|Zeynep|Amira|Ravi|Fenna|Siem|Julia|Ties|Nova
doctor: Hoogendijk|van Ravenswaaij|Tjoa|Schipper|El Bakkali|Verweij|Kranenburg
street_nl: Hoflaan|Burgemeester Knappertlaan|Oude Kerkstraat|Van Lennepweg|Achter de Kamp|Prinses Marijkestraat|
    Generaal Foulkesweg|Lange Nieuwstraat|Zwanenveld|Händelstraat|Dr. Schaepmanstraat|Boerhaavelaan|Haverland|
    Sint Annastraat|Voorstraat|Eerste Helmersstraat|Karel de Grotelaan|Weversbaan|Aert van Nesstraat|Klaverweide|
    Hugo de Grootkade|De Ruyterstraat|Meester Jansenweg|Pastoor van Arsstraat|Noorderhaven|Binnenweg|Westeinde
street_be: Kortrijksesteenweg|Brusselsesteenweg|Sint-Pietersnieuwstraat|Vlaanderenstraat|Stationsplein|Diestsevest
street_de: Kaiserstraße|Am Mühlenbach|Lindenallee|Goethestraße|Hauptstraße|Zum Sportplatz
street_uk: Rathmines Road|Abbey Street|Maple Avenue|Queen Street|Harcourt Terrace|Elm Park
domain_nl: gmail.com|hotmail.com|ziggo.nl|kpnmail.nl|xs4all.nl|live.nl|outlook.com|home.nl|upcmail.nl|icloud.com|
    hetnet.nl|planet.nl|zonnet.nl|caiway.nl|online.nl
domain_en: gmail.com|outlook.com|yahoo.com|eircom.net|icloud.com|hotmail.co.uk|proton.me|rogers.com
domain_be: telenet.be|skynet.be|proximus.be|gmail.com
"""


def _parse(text: str) -> dict[str, list[str]]:
    pools, key = {}, ""
    for line in text.strip().splitlines():
        if ":" in line and not line.startswith(" "):
            key, _, rest = line.partition(":")
            pools[key] = _bars(rest)
        else:
            pools[key] += _bars(line)
    return pools


POOLS["test_v25"] = _parse(_POOLS)
WEIGHTS = {
    "nl": "nl nl nl nl nl nl tv tv tv tv tv fy fy be de pl pl sy sy er so sr sr ml ph br es it",
    "en": "nl nl tv tv ie ie us us ca ke in in pl es it br ph sy",
}
NL_BANKS = "ABNA RABO INGB SNSB ASNB TRIO KNAB BUNQ RBRB FVLB NNBA HAND".split()
BE_BANKS = "001 068 096 363 735 751 973 083".split()
DE_BANKS = "10010010 37040044 50010517 20041133 70020270 44050199".split()
GB_BANKS = "NWBK BARC LOYD MIDL".split()
LANDLINES = "010 015 020 023 030 033 036 038 040 050 058 071 072 075 078 088 0164 0224 0251 0318 0341 0513 " \
    "0521 0543 0566 0592".split()  # fmt: skip
ABROAD_PHONES = {
    "be": ("+32 4## ## ## ##", "0032 (0)4## ### ###", "04##/## ## ##", "+32 9 ### ## ##"),
    "de": ("+49 (0) 160 #######", "0049 211 ######", "0151 ########", "+49 17# ### ####"),
    "uk": ("+44 (0)7### ######", "07### ### ###", "+44 20 #### ####"),
    "ie": ("+353 8# ### ####", "08# ### ####"),
    "pl": ("+48 5## ### ###", "0048 6## ### ###", "+48 ### ### ###"),
    "es": ("+34 6## ## ## ##", "0034 6########"),
    "us": ("+1 (###) ###-####", "+1 ###-###-####"),
    "ke": ("+254 7## ### ###", "+254 (0)7########"),
    "sy": ("+963 9## ### ###", "00963 9########"),
}
PLATE_SIDE_CODES = ("LL-DD-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "D-LL-DDD", "DDD-LL-D",
                    "LL-LL-DD", "DD-LL-LL", "L-LL-DDD", "DDD-L-LL", "DD-LL-DD")  # fmt: skip
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PLATE_AVOID = ("SS", "SD", "PKK", "NSB", "GVD", "KKK", "PVV", "SGP", "TBS")
DE_DISTRICTS = ("KLE", "BOR", "D", "DU", "AC", "EMS", "WES", "MS", "OS", "NOH")
PL_DISTRICTS = ("WA", "PO", "KR", "GD", "WR", "DW", "SZ")
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en": "January February March April May June July August September October November December".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}
DIGITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
# Member, client, dossier and policy numbers: '#' a digit, '@' a capital letter.
MEMBER_FORMATS = {
    "": ("KL-######", "########", "K#######"),
    "golf": ("0#######", "########", "GC-####-##"),
    "dive": ("##########", "####D#####", "NOB-######"),
    "rowing": ("R#####", "KNRB-######", "####"),
    "sauna": ("TB######", "####-####-##", "W@#####"),
    "foster": ("PZ-####-####", "D-######", "JBZ######"),
    "foodbank": ("VB-####", "####/##", "KL####"),
    "translate": ("BV-######", "KL######", "C-#####"),
    "aupair": ("AP####@", "HF-#####", "APN######"),
    "tree": ("BVZ-#####", "######", "T####-##"),
    "glide": ("ZC###", "######", "L-####"),
    "boat": ("NX########", "K######", "VB-########"),
    "shoes": ("OS-######", "P########", "######-OS"),
    "label": ("EL######", "EPA-#######", "L-###-###"),
    "integration": ("INB-######", "##########", "K######"),
}
SPELL_NL = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak "
                    "Johan Karel Lodewijk Marie Nico Otto Pieter Quotiënt Rudolf Simon Theodoor Utrecht Victor "
                    "Willem Xanthippe Ypsilon Zaandam".split(), strict=True))  # fmt: skip


def say_digits(digits: str, lang: str) -> str:
    return " ".join(DIGITS["en" if lang == "en" else "nl"][int(c)] for c in digits)
