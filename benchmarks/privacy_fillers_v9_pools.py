"""Pools of the `test_v9` split: first names, surnames, streets, places, mail domains and banks that no earlier
split draws (only the earlier pools' values were compared, never the redaction rules), and the number words
its fillers read numbers out with.

Names come from the people a Dutch and Flemish contact centre hears: Dutch names with one or more
tussenvoegsels, Frisian, Flemish, Surinamese (Hindostani, Javanese, Creole), Turkish, Moroccan, Polish,
Cape Verdean, English and Irish names, double-barrelled surnames and names with diacritics."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _words(text: str) -> list[str]:
    return text.split()


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS["test_v9"] = {
    "first": _words(
        "Aalt Berber Cato Dorus Elbert Gerlof Hiske Imke Karst Lidewij Marrit Pepijn Quirine Reinske Thirza Ubbo "
        "Valentijn Wendelien Ymke Zwaantje Teunis Aaldert Barend Coosje Derk Eefje Frederiek Jet Sipke Rintje "
        "Jouke Klaske Pytsje Sjouke Haitske Jelte Wypke Freark Robbe Jente Xander Margot Emiel Jarne Jorre Fons "
        "Sarita Anand Soeresh Sandjai Kamla Jitendra Roshnie Wensley Marlon Natasja Sumiati Kasmi Wagimin Emine "
        "Serpil Kemal Orhan Hülya Cem Deniz Eda İbrahim Sevgi Tülay Arda Çağla Barış Said Abdelhak Najat Karima "
        "Hanane Mounia Bouchra Jamal Redouan Younes Noureddine Asmae Zakia Nassim Chaimae Noël Chloë Zoë Anaïs "
        "Joël Désirée Renée Inês Björn Søren Hélène Wiesław Bogusława Djalma Ivanilda Ratna Mursal Wahid "
        "Anne-Wil Jan-Pieter Marie-Claire Lies-Marie Sjoerd-Jan"
    ),
    "surname": _bars(
        "van der Kolk|van Nieuwenhoven|van Kesteren|ten Napel|ter Welle|van de Pol|in 't Zandt|van 't Wout|"
        "van der Ploeg-de Wit|Heijboer|Koolhaas|Baljet|Brinkhuis|Rozendaal|Scholten|Wolters|Zandbergen|"
        "Hoogerwerf|Verhagen|de Winter|van Gelder|van der Veen-Bos|Kloek|Doornbos|Mollema|Dijkhuizen|Wolthuis|"
        "Nijboer|Kremer|Ploeger|Rijkers|Tiemens|Uiterwijk|Vrolijk|Wesselink|Ykema|Zuidema|de Ridder|de Zwart|"
        "van Hulst|van Eck|Heijnen|Spierings|Bressers|van Kessel|van den Hoogenband-Kuijt|"
        "Sijbesma|Wijnia|Poortinga|Bergsma|Tolsma|Ypma|Kingma|Dotinga|Algra|"
        "Ramkhelawan|Sewnarain|Doekhie|Atmodikoro|Redjosentono|Esajas|Ritfeld|Tjin-A-Djie|Mungra|Somai|"
        "Çakır|Erdem|Uysal|Kılınç|Aktaş|Özkan|Tunç|Güven|Sarıkaya|Bozkurt|"
        "El Bouzidi|Ouchikh|Haddouchi|Ben Yahia|Boutaher|El Hadioui|Zerrouki|Akhiyat|Azough|Bouchtaoui|"
        "Schröder|Sørensen|Dvořák|Ibáñez|Nuñez|Gomes Tavares|Wróbel|"
        "de Vries-Ouchikh|Kingma-van der Kolk|Ramkhelawan-Scholten|Bergsma-Çakır|Lockwood-Pryce"
    ),
    "first_be": _words("Robbe Jente Xander Margot Emiel Jarne Jorre Fons Elise Mattias Toon Staf Gust Anouk-Lien"),
    "surname_be": _bars(
        "Daems|Smolders|Geerts|Vervoort|Vanhove|De Meyer|Van Aken|Op de Beeck|Verhulst|Thys|Vandeputte|"
        "Van den Eynde|Smolders-Vanhove"
    ),
    "first_en": _words(
        "Gavin Moira Trevor Hollie Kirsty Damian Glenys Bernadette Clifford Graham Fenella Josiah Amara Precious "
        "Kwesi Shanelle Leroy Ivor Aled Siân Niall Róisín Deirdre Ewan"
    ),
    "surname_en": _bars(
        "Pryce|Thwaite|Moorcroft|Crabtree|Lockwood|Greenhalgh|O'Driscoll|McAllister|Ogunleye|Fairweather|"
        "Ashdown|Kettlewell|Nwankwo-Hale|Ó Súilleabháin"
    ),
    "staff": _words("Jet Robbe Emine Wensley Klaske Younes Hollie Ratna Derk Asmae"),
    "street_nl": _bars(
        "Bachlaan|Mozartstraat|Anjerstraat|Merelstraat|Vechtstraat|Dommelstraat|Beatrixstraat|Irenestraat|"
        "Ganzeweide|Schepenenlaan|Burgemeester Hoffmanweg|Oranjestraat|Nieuwe Haven|Langstraat|Hoge Rijndijk|"
        "Sloterkade|Van Welderenstraat|Houtmarkt|Groenendaal|Rijnlaan|Zonnedauw|Hertenkamp|Zeilmakerstraat|"
        "De Genestetlaan|Prof. Zernikelaan|Dr. Huber Noodtstraat|Jan Pietersz. Sweelinckstraat|"
        "Koningin Wilhelminaweg|Kapitein Hatterasstraat|'s-Gravendijkwal|Oude Zijds Achterburgwal|"
        "Haadwei|Skoalstrjitte|Tsjerkepaad|Mounewei|Buorren"
    ),
    "street_be": _bars(
        "Bruggestraat|Kerkhofstraat|Veldkant|Beukenhof|Leuvensebaan|Lindestraat|Hoevelaan|Provinciebaan|"
        "Heirbaan|Koekoekstraat|Molenberg|Kasteeldreef"
    ),
    "street_de": _bars("Bahnhofstraße|Gartenstraße|Ringstraße|Am Mühlbach|Kölner Straße|Feldweg|Emmericher Str."),
    "street_en": _bars(
        "Ivy Lane|Jubilee Close|Chestnut Rise|Millbrook Road|Ravensworth Terrace|Beacon Hill|Juniper Way|"
        "Rookery Lane|Whinfell Drive|Ullswater Avenue|Malvern Road"
    ),
    "city_nl": _words(
        "Harlingen Bussum Oldenzaal Winterswijk Urk Dronten Franeker Hardenberg Rijssen Waalwijk Zevenaar"
    ),
    "city_be": _words("Tongeren Halle Oudenaarde Wetteren Beringen Maldegem Torhout Dilbeek"),
    "city_de": _words("Kleve Emmerich Aachen Gronau Nordhorn Bocholt"),
    "city_en": _words("Margate Ludlow Penrith Alnwick Buxton Skipton"),
    "uk_outward": _words("CT9 SY8 CA11 NE66 SK17 BD23"),
    "domain": _words(
        "proton.me posteo.net duck.com gmx.ch bluewin.ch outlook.es hotmail.com.tr mynet.com menara.ma "
        "btconnect.com plus.com tiscali.be ziggomail.com onsbrabantnet.net"
    ),
    "domain_vanity": _words("kingma.frl dewinter.amsterdam familie-tolsma.nl ramkhelawan.nu mailbox.vrolijk.eu"),
    "bank": _words("ANAA ATBA BCIT BKCH BMEU BNDA BOFA CHAS EBUR FRGH FRNX FTSB ICBC KABA KOEX MOYO PCBC"),
    "be_bank": _words("083 230 457 630 738 640"),
    "de_blz": _words("32050000 35450000 42861387 39050000 28550000"),
    "fr_bank": _words("30002 30056 10096 18206"),
    "es_bank": _words("2100 0049 0182 2080 1465"),
    "tr_bank": _words("00010 00012 00046 00062 00064"),
}


_NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
_NL_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_NL_TENS = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
NL_DIGITS = _NL_UNITS
EN_DIGITS = "zero one two three four five six seven eight nine".split()
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
NL_ORDINAL = {1: "eerste", 2: "tweede", 3: "derde", 8: "achtste"}


def nl_number(n: int) -> str:
    """0 to 99 in Dutch words: 47 -> zevenenveertig, 22 -> tweeëntwintig."""
    if n < 10:
        return _NL_UNITS[n]
    if n < 20:
        return _NL_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if not unit:
        return _NL_TENS[tens]
    word = _NL_UNITS[unit]
    return f"{word}{'ën' if word.endswith('e') else 'en'}{_NL_TENS[tens]}"


def nl_ordinal(n: int) -> str:
    """Day of the month said in Dutch: 1 -> eerste, 7 -> zevende, 20 -> twintigste."""
    if n in NL_ORDINAL:
        return NL_ORDINAL[n]
    word = nl_number(n)
    return word + ("ste" if n >= 20 else "de")


def en_number(n: int) -> str:
    """0 to 99 in English words: 47 -> forty-seven."""
    units = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    units += "seventeen eighteen nineteen"
    small = units.split()
    if n < 20:
        return small[n]
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    return tens[n // 10] if n % 10 == 0 else f"{tens[n // 10]}-{small[n % 10]}"


def en_ordinal(n: int) -> str:
    """Day of the month said in English: 1 -> first, 22 -> twenty-second."""
    special = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
    if n in special:
        return special[n]
    if n > 20 and n % 10 in special:
        return f"{en_number(n - n % 10)}-{special[n % 10]}"
    word = en_number(n)
    return (word[:-1] + "ieth") if word.endswith("y") else word + "th"
