"""Pools of the `test_v10` split: first names, surnames, streets and towns that no earlier split draws (only the
earlier pools' values were compared, never the redaction rules), the mail domains and banks Dutch customers really
use, and the Dutch and English number words, letter names and spelling alphabet its fillers say things with.

Written by someone who never saw the redaction rules. The people are those a Dutch contact centre hears: mostly
Dutch names (with tussenvoegsels, married double names, Frisian and Brabant ones), Flemish callers, and Dutch
people of Turkish, Moroccan, Surinamese, Antillean, Polish, Ukrainian, Syrian and Eritrean descent; expats in the
English frames. Many surnames are ordinary Dutch words (Koning, Groen, Haan, Timmerman, Molenaar, Hart, Post,
Zomer, Valk, Boom, Vogel, Steen, Brand, Baas...) and so are some first names (Hoop, Storm, Jade, Bo, Lieve, Wolf,
Beer, Engel, Job, Frank, Max, Joy), because a name that is also a word is the hard case."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _words(text: str) -> list[str]:
    return text.split()


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS["test_v10"] = {
    "first": _words(
        "Wilma Joop Marjan Petra Erik Marcel Patrick Sandra Monique Dennis Jasper Eline Gert Karin Marleen Yvonne "
        "Nicole Finn Milan Levi Noah Tijn Julian Evi Saar Lynn Nina Tess Annemiek Gonnie Dinie Mien Arie Gea Diny "
        "Carla Miranda Angelique Mike Danny Jordy Bianca Romy Britt Isa Daphne Manon Mariska Ellen Hilde Astrid "
        "Merijn Sjors Olivier Vincent Benthe Lola Liv Mats Kai Otis Ezra Gerrit Anne-Marie Henk-Jan Gerda-Lies "
        "Ayşe Fatma Mohammed Rayan Yousra Anissa Naoufal Melek Dilan Tahira Shirley Shurendy Jurgen Marek "
        "Olena Andriy Yaman Ghada Ludmila Natalia Viktoriia Omar Layla Bashar Hagos Mehari Ravindre Navin Nisha "
        "Sara Loes Niek Bente Nova Feline Jantine Lisette Judith Jaap Bert Ferry Ronald Remco Erwin Elly"
    ),
    # first names that are also Dutch (or English) words
    "first_word": _words("Hoop Storm Jade Bo Lieve Wolf Beer Engel Job Frank Max Joy Puck Jip Summer"),
    "surname": _bars(
        "van Dongen|van den Bosch|Kuipers|Bouwman|van der Heijden|Hendriksen|van Dalen|Roelofs|Coenen|Bruijn|"
        "Teunissen|Oostveen|Wijnberg|van Essen|Kroes|Olthof|Schrijver|Bouma|de Jonge|Bloemendaal|Lansink|"
        "Reinders|Huijbregts|Smulders|van de Ven|van Lieshout|Verstappen|Hoeks|Janssens|Dirksen|van Kampen|"
        "Kievit|Nijhof|Wissink|Kleinjan|Sluiter|Mesman|Tromp|Meulenbelt|van den Akker|Kortekaas|Claassen|"
        "Koenen|van Rooij|Rademaker|Kistemaker|Verhoef|van Bergen-Kroes|Roelofs-de Jonge|"
        "Karsters|Bundel|Ghisaidoobe|Autar|Boedhoe|Kasantaroeno|Baldew|Lopes|"
        "Tahtah|Bouchaara|Aarab|El Yousfi|Mokhtari|Elbaz|Kocabaş|Aydoğan|Acar|Kahraman|"
        "Sobczak|Pawlak|Savchenko|Boyko|Alkhalil|Haj Ali|Woldemichael|Ghebreyesus|Vogelzang|Eskes|Brasser|Zwaan|"
        "Kwakman|Dorrestijn|Blankestijn|Hakvoort|Zegers|Veldhuizen|Schuurman|Harmsen|Bosma|Vlot|Pruim|Toonen|"
        "Goudsmit|Jonkman"
    ),
    # surnames that are also ordinary Dutch words
    "surname_word": _bars(
        "Koning|de Koning|Groen|de Groen|Haan|Timmerman|Schilder|Molenaar|Slager|de Wolf|Hart|Post|Zomer|"
        "de Bruin|Valk|Kraai|Haas|Hoek|Blok|Boom|Vogel|Zeeman|Klein|Vroom|Hamer|Haring|Brand|Steen|de Leeuw|"
        "Baas|Kamp|Boon|Veldman|Stoop|de Vos|Pauw|Koopman|Snel|Ros|Bruin"
    ),
    "first_be": _words("Sien Stijn-Jan Rune Bert-Jan Pieterjan Joke Cédric Ilke Ruth Tibo-Lou Jonas-Pieter"),
    "surname_be": _bars(
        "Wouters-Maes|Vermeiren|Lenaerts|Verbruggen-Nijs|Vandenberghe|Vlaeminck|Van Gorp|Debruyne|Segers|Dhondt|"
        "Willaert|Beckers|Van Campenhout|Moens"
    ),
    "first_en": _words(
        "Isabelle Lily Kate Sean Giulia Lucía Javier Pablo Camila Thiago Joanne Claire Colm Ines Bruno Marta "
        "Elena Lena Jonas Ava Anika Archie Ollie Evie Theo Maya Aarav Ishaan Sofía Mateo Valentina Finlay Cian"
    ),
    "surname_en": _bars(
        "Harrison|Marsh|Holt|Barker|Walsh|Sutton|Pearce|Bianchi|García|Moreno|Silva|Doherty|Ferreira|Costa|"
        "Romero|Navarro|Conti|Ricci|Weber|Hoffmann|Becker|Venkatesan|Hallström|Ivanova|Kapoor|Mehta|Eriksson|"
        "Nilsson|Schmitt|Wagner|Bauer"
    ),
    "child": _words("Bo Jip Saar Storm Liv Otis Nova Jade Ezra Fenne Sem-Jan Lieve Ties Wolf Pien Rayan Joy"),
    "staff": _words("Jantine Lisette Niek Loes Merijn Dilan Navin Bente"),
    "street_nl": _bars(
        "Lindelaan|Berkenlaan|Acacialaan|Iepenlaan|Platanenlaan|Hazelaarstraat|Vuurdoornstraat|Ligusterstraat|"
        "Seringenstraat|Jasmijnstraat|Narcisstraat|Lavendelstraat|Klaverweide|Boterbloemstraat|Margrietstraat|"
        "Korenbloemstraat|Pimpernelstraat|Wielewaalstraat|Kwartelstraat|Patrijzenlaan|Fazantenlaan|Uilenpad|"
        "Buizerdlaan|Sperwerstraat|Ooievaarstraat|Nachtegaalstraat|Leeuweriklaan|Paulus Potterstraat|"
        "Jan van Goyenstraat|Ferdinand Bolstraat|Govert Flinckstraat|Adriaen van Ostadelaan|Thorbeckelaan|"
        "Troelstralaan|Drossaardstraat|Veerweg|Sluisweg|Gemaalweg|Kanaalweg|Zuiderzeestraat|Duinweg|Bosrand|"
        "Brinkweg|Kerkpad|Pastoriestraat|Kloosterstraat|Gasthuisstraat|Schuttersveld|Ambachtsstraat|"
        "Smidsstraat|Bakkerstraat|Raadhuisstraat|Spoorlaan|Achterstraat|Zuidsingel|Vijverlaan|Zonnehof|"
        "Morgenster|Regenboog|Saturnusstraat|Heuvelrug|Het Hoge Land|De Wieken|Achter de Kerk|Oude Rijksweg"
    ),
    # abbreviated street names as they appear on forms and envelopes
    "street_abbr": _bars(
        "Burg. Jansenlaan|Pr. Bernhardstr.|Kon. Julianaplein|Mr. Troelstralaan|Ds. Kuypersingel|"
        "Dr. Schaepmanstr.|Gen. Foulkesweg|Past. van Arsstr.|Hr. Ottostraat"
    ),
    # water where a houseboat lies, written 't/o' (opposite) a number
    "water": _bars("Amstel|Zaan|Spaarne|Oude Rijn|Vecht|Kostverlorenvaart"),
    "street_be": _bars("Vaartstraat|Boomgaardstraat|Gentsesteenweg|Diestsevest|Kapelleweg|Heidestraat-Noord"),
    "street_en": _bars("Alder Road|Kingfisher Way|Sandpiper Close|Foxglove Lane|Quarry Hill"),
    "city_nl": _words(
        "Stadskanaal Delfzijl Veendam Hengelo Almelo Tubbergen Borculo Groenlo Aalten Didam Duiven Wijchen Cuijk "
        "Gennep Horst Nederweert Echt Geleen Bergeijk Valkenswaard Veldhoven Geldrop Nuenen Deurne Boxtel Vught "
        "Rosmalen Drunen Kaatsheuvel Dongen Etten-Leur Tholen Hulst Yerseke Ridderkerk Brielle Maassluis Naaldwijk "
        "Rijswijk Katwijk Noordwijk Lisse Aalsmeer Amstelveen Diemen Weesp Huizen Breukelen Bunnik Wageningen "
        "Barneveld Nijkerk Elburg Hattem Twello Velp Best Beek Putten Epe Uden Oosterhout Houten Baarn Soest"
    ),
    "city_be": _words("Lommel Neerpelt Bree Sint-Truiden Heist-op-den-Berg Boom Willebroek Dendermonde Izegem Menen"),
    # the addresses Dutch customers really have (the big free mailers, old and regional providers); the local
    # parts, built from this split's names, are what is new
    "domain": _words(
        "gmail.com gmail.com gmail.com hotmail.com hotmail.com outlook.com ziggo.nl kpnmail.nl live.nl icloud.com "
        "hotmail.nl home.nl hetnet.nl caiway.nl zeelandnet.nl kpnplanet.nl online.nl kliksafe.nl delta.nl"
    ),
    "domain_be": _words("telenet.be skynet.be hotmail.be scarlet.be proximus.be"),
    "domain_en": _words("gmail.com yahoo.co.uk googlemail.com web.de libero.it yahoo.es outlook.com"),
    # misspellings customers really type
    "domain_typo": _words("gmial.com hotmai.com hotmail.nll outlook.cm gmail.con ziggo.nk kpnmail.n"),
    "work_domain": _words("zorggroep-oostveluwe.nl bouwbedrijf-kamp.nl gemeentepost.nl ikc-dewieken.nl wvb.nl"),
    "bank": _words("RABO RABO RABO RABO INGB INGB INGB INGB ABNA ABNA ABNA SNSB ASNB RBRB TRIO BUNQ KNAB REVO"),
    "be_bank": _words("001 068 735 363 143 973"),
    "de_blz": _words("37040044 50010517 10010010 76026000"),
}


NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
NL_UNITS_STRESSED = "nul één twee drie vier vijf zes zeven acht negen".split()
EN_UNITS = "zero one two three four five six seven eight nine".split()
_NL_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_NL_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
# the Dutch spelling alphabet as callers and agents use it on the phone
SPELL_NL = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johan Karel Lodewijk Maria Nico Otto "
        "Pieter Quotiënt Rudolf Simon Teunis Utrecht Victor Willem Xantippe Ypsilon Zaandam".split(),
        strict=True,
    )
)
# how the letters sound when said in Dutch ('ka', 'el', 'pee'), as a speech-to-text engine writes them
LETTER_NL = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "a bee cee dee ee ef gee ha ie jee ka el em en o pee ku er es tee u vee wee iks ij zet".split(),
        strict=True,
    )
)


def nl_number(n: int) -> str:
    """0 to 999 in Dutch words: 34 -> vierendertig, 82 -> tweeëntachtig, 123 -> honderddrieëntwintig."""
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "honderd" if hundreds == 1 else NL_UNITS[hundreds] + "honderd"
        return head + (nl_number(rest) if rest else "")
    if n < 10:
        return NL_UNITS[n]
    if n < 20:
        return _NL_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if not unit:
        return _NL_TENS[tens]
    word = NL_UNITS[unit]
    return f"{word}{'ën' if word.endswith('e') else 'en'}{_NL_TENS[tens]}"


def nl_year(year: int) -> str:
    """1984 -> negentienhonderdvierentachtig, 2019 -> tweeduizendnegentien."""
    if year >= 2000:
        rest = year - 2000
        return "tweeduizend" + (nl_number(rest) if rest else "")
    return "negentienhonderd" + nl_number(year % 100) if year % 100 else "negentienhonderd"


def en_number(n: int) -> str:
    small = (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen"
    ).split()
    if n < 20:
        return small[n]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    return tens[n // 10] if n % 10 == 0 else f"{tens[n // 10]}-{small[n % 10]}"
