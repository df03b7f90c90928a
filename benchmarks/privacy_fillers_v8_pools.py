"""Pools of the `test_v8` split (names, streets, places, mail domains and banks no earlier split draws) and the
number words its fillers say numbers with.

Written apart from the redaction rules and the earlier splits' templates; only their pool values were compared,
so that nothing here repeats them."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _words(text: str) -> list[str]:
    return text.split()


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS["test_v8"] = {
    "first": _words(
        "Wubbo Roelie Evertje Jurriaan Wolter Mirthe Brechtje Silke Liselot Oane Berkay Yasemin Ilyas Bilge Anass "
        "Sanae Kiran Chandrika Wendell Ginelva Rochelle Ashwin Hamdi Farhiya Oleksandr Nataliya Mihaela Hùng Thảo "
        "Mei-Ling Haruto Seo-yeon Farzaneh Reza Ahmad Zahra Maarten-Jan Marie-José Pieter-Bas Ans Toos Riek Ab "
        "Kobus Gerbrand Harmke Menno-Jan Diewertje Dirkje Hillegonda Arnoud Gosse Tarık Beyza Oğuzhan Ecem Yunus "
        "Zeynep-Nur Houda Imane Soenita Rishi Vidya Nadia-Joy Gracia Ulrich Quincy Shaquille Naomie Ghanshyam "
        "Chiamaka Tobenna Mulugeta Tsega Sabrina-Rose Mahad Zbigniew Grażyna Jadwiga Olha Vitalii Radu Florentina "
        "Cosmin Svetlana Radoslav Kostadin Huong Xiaoming Yifan Lixia Kenji Sakura Ji-ho Da-eun Golnaz Behrouz "
        "Kamran Yusra Trijntje Geesje Hein Gijs-Jan Bas-Jan Nel"
    ),
    "surname": _bars(
        "van der Zwaag|ten Brinke|de la Court|van Oostveen|Bouwhuis|Hazenberg|Kolkman|Lubbers|Hoogeveen|Reitsma|"
        "Boersma|Kamphuis|Voskuil|Wassenaar|Stuivenberg|van Rijswijk|Klaassen|van Es|Dirkse|Lambregts|Roovers|"
        "Amrani|Kartoredjo|Gebremedhin|Abdi|Farah|Tanaka|Sato|Park|Rahimi|Ahmadi|Okoro-Bakker|Bouwmeester-Kaya|"
        "van Rooij-El Idrissi|Jansen-Tjon A Fong|Vermeer-Hoekstra|Nasser|Chowdhury|Rahman|Fernandes|Oliveira|Rossi|"
        "van Harskamp|ter Borg|op 't Hoog|van Leeuwarden|Oudejans|Wijnbergen|Hofstede|Vlietstra|Bijlsma|"
        "Kuipers-Elzinga|Tabak|Kroeze|Spanjaard|Nieuwenhuizen|van Veldhoven|Vreugdenhil|Kwakkel|Luijten|Manders|"
        "Gubbels|Yavuz|Akgül|El Ouazzani|Lahlou|Essaidi|Bakkouri|Sitaldin|Ramlal|Kanhai|Zebeda|Fränkel|Nahar|"
        "Mohan|Darko|Agyeman|Ndukwe|Hersi|Tkachenko|Moraru|Georgiev|Le|Wang|Yamamoto|Lee|Choi|Moradi|Jafari|Sadeghi"
    ),
    "first_be": _words("Nand Ferre Jules Lore Kato Tibo Stien Amaury Brent Yentl Lennert"),
    "surname_be": _bars(
        "Bervoets|Desmet|Coppens|Cuypers|van Hoorebeke|Vanderhaeghen|Vermeulen-Claes|Van Hecke|Lannoo|Ceulemans"
    ),
    "first_en": _words(
        "Cormac Alasdair Gwen Rhys Cheryl Darren Tracey Wayne Kayleigh Jordan Lauren Ebony Tyrone Delroy Orla Caoimhe "
        "Ruairi Iain Catriona Seren Emrys Lowri Nia Brett Shelley Darnell Keisha Latoya Min-jun"
    ),
    "surname_en": _bars(
        "Ní Bhriain|McGowan|Campbell|Higginbottom|Smith-Pemberton|MacDonald|Sinclair|Gillespie|Bevan|Vaughan|"
        "Mahoney|Ramsbottom"
    ),
    "staff": _words("Sterre Mirthe Kobus Yunus Soenita Brent Lowri Houda Gosse Nadia-Joy Radu Iain"),
    "street_nl": _bars(
        "Bisschop Hamerstraat|Pastoor van Arsstraat|Mgr. Zwijsenlaan|Dr. Nolenslaan|Burg. van Roijensingel|"
        "Koningin Julianalaan|Kardinaal de Jongweg|Oude Rijksstraatweg|Jufferenwal|Luitenant Generaal van Heutszlaan|"
        "Kromme Nieuwegracht|Van Limburg Stirumplein|Slingelandtstraat|Plantage Middenlaan|Ir. Lelyweg|"
        "Ridder Portmanstraat|Wethouder Buitenhuisstraat|Hoge Hondstraat|Rijnkade|Klein Heiligland|"
        "1e Jacob van Campenstraat|Gen. Maczekstraat|Schapendreef|Havenstraat-Oost|Tolhuisweg|Hooge Zand"
    ),
    "street_be": _bars(
        "Kapelsesteenweg|Tiensesteenweg|Onze-Lieve-Vrouwestraat|Aalstersestraat|Ninoofsesteenweg|"
        "Lange Leemstraat|Gentse Baan|Pater Damiaanstraat|Zandvoordeschorredijkstraat|Kiewitstraat"
    ),
    "street_en": _bars(
        "Gorse Hill Road|Priory Walk|St. Mary's Terrace|Ashby Court|Lower Fold|Westgate Mews|Cromwell Gardens|"
        "Bishop's Way|Tannery Lane|Old Coach Road|Pennine View|Harcourt Rd|Ferndale Ave"
    ),
    "city_nl": _words("Lochem Dokkum Genemuiden Hoogezand Ommen Veghel Nunspeet Boxmeer Hoogeveen Zierikzee"),
    "city_be": _words("Aarschot Poperinge Eeklo Ieper Herzele Diest"),
    "city_en": _words("Truro Harrogate Kendal Bangor Stirling Whitby"),
    "uk_outward": _words("TR1 HG2 LA9 LL57 FK8 YO21 NP20 GL1 MK9 DY1 HX1"),
    "domain": _words(
        "yahoo.nl msn.nl kpn.com rocketmail.com outlook.nl gmx.com aol.nl mac.com hotmail.it virgin.net "
        "live.co.uk live.be gmx.nl hotmail.es"
    ),
    "domain_work": _words(
        "woonstichting-deveste.nl thuiszorg-rivierland.nl notariskantoor-brinkgreve.nl vakschool-elst.nl "
        "kinderdagverblijf-hummel.be fellside-surgery.nhs.uk"
    ),
    "bank": _words("ANDL BLGW CITI DNIB FLOR HSBC KASA MHCB SOGE UBSW"),
    "be_bank": _words("096 143 539 973 290 717"),
}


_NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
_NL_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_NL_TENS = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
EN_UNITS = "oh one two three four five six seven eight nine".split()
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def nl_number(n: int) -> str:
    """0 to 99 in Dutch words: 38 -> achtendertig, 23 -> drieëntwintig."""
    if n < 10:
        return _NL_UNITS[n]
    if n < 20:
        return _NL_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if not unit:
        return _NL_TENS[tens]
    word = _NL_UNITS[unit]
    return f"{word}{'ën' if word.endswith('e') else 'en'}{_NL_TENS[tens]}"


def en_tens(n: int) -> str:
    """31 -> thirty-one, for a year said aloud in English."""
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    units = "_ one two three four five six seven eight nine".split()
    return tens[n // 10] if n % 10 == 0 else f"{tens[n // 10]}-{units[n % 10]}"
