"""Pools of the `test_v14` split: first names, surnames, nicknames and streets that no earlier split's pools hold
(only those pools' values were compared, never the redaction rules), with the mail domains and banks people use.

Written by someone who never saw the redaction rules. The people a contact centre in the Netherlands and Flanders
hears: Dutch names of every generation, surnames with a tussenvoegsel (van 't, op den, uit de, te, den), Frisian
names, Flemish ones, Moroccan-, Turkish-, Surinamese- (Creole and Javanese) and Hindustani-Dutch names,
Chinese-Indonesian surnames that are also English words (The, Go, Lie, Tan), Polish, Ukrainian and Eritrean names
(a patronym as surname), English, Irish and Scottish names; official given names with the nickname people go by
(Cornelis Johannes / Cees) for a notary's deeds and a pension fund; children and teenagers; the agents' own first
names. Streets: ordinary Dutch streets, streets named after a person (Jan Evertsenstraat, Aletta Jacobslaan),
Frisian, Flemish, Scottish, Irish and Northern Irish streets, care homes. Below the pools: the word tables the
fillers say numbers, letters and months with, and the formats of foreign phones, IBANs, plates and postcodes and of
the kinds of customer number."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


def chunks(text: str, size: int = 4) -> list[str]:
    return [text[index : index + size] for index in range(0, len(text), size)]


_WOMEN = _bars(
    "Riet|Hermien|Coby|Marga|Bertha|Rikie|Ankie|Emmy|Gonda|Jacomien|Carlijn|Leida|Doutzen|Jetske|Rinske|"
    "Aaltsje|Geeske|Akke|Trynke|Elien|Louise|Marie-Jeanne|Godelieve|Rita|Annemie|Greet|Hilde-Marie|Karolien|"
    "Heidi|Kristel|Els|Nathalie-Ann|Malika|Jamila|Souad|Ibtissam|Salma|Zineb|Hayat|Rabia|Fatiha|Chaima|Wiam|"
    "Gülay|Ayten|Nermin|Dilek|Esma|Fadime|Songül-Nur|Reyhan|Zehra|Cemile|Aysel|Necla|Soelastri|Sonja|Marcia|"
    "Henna|Lucretia|Georgine|Kavita|Indra|Sandhya|Usha|Devika|Siu Fong|Ivonne|Lian|Hwie Lan|Siok Hoa|Ling Ling|"
    "Jenny|Fonny|Sioe Lan|Bożena|Sylwia|Aleksandra|Karolina|Weronika|Izabela|Yulia|Nataliia|Liudmyla|Svitlana|"
    "Tetiana|Anastasiia|Khrystyna|Daryna|Zlata|Winta|Saba|Feven|Rahel|Eden|Hiwet|Siobhán|Ailsa|Bryony|Clodagh|"
    "Shona|Jocasta|Rhona|Bronagh|Gráinne|Nour|Lotus|Vajèn|Jinte|Isabeau|Faya|Nathalie|Larissa|Stacey"
)
FEMALE = set(_WOMEN)

POOLS["test_v14"] = {
    "first_nl": _bars(
        "Riet|Hermien|Coby|Marga|Bertha|Rikie|Ankie|Emmy|Gonda|Jacomien|Carlijn|Leida|Stef|Siebe|Willem|Gradus|"
        "Nico|Gerard-Jan|Lammert|Toine|Sjef|Rens|Casper|Dolf|Aart|Cees|Leendert|Marinus|Wouter-Jan|Rogier|"
        "Egbert-Jan|Christiaan|Hubert|Gerhard|Bartel"
    ),
    "surname_nl": _bars(
        "Groenewoud|Moerman|Ploeg|Kamps|Roozendaal|Bleeker|Krol|Dorrestein|Veldkamp|Nagelkerke|Roodbeen|Vermaat|"
        "Bakhuis|Ottens|Holtkamp|Groeneveld|Noorlander|Bierman|Smallenburg|Verduijn|Poortman|Spoelstra|Heijstek|"
        "Boerema|Sijbrands"
    ),
    "surname_tv": _bars(
        "van der Wiel|van 't Veld|op den Brouw|van Ginkel|de Jongh|den Hartog|van Oosten|in den Bosch|van 't Hek|"
        "op 't Hof|van der Meulen|van Lier|te Winkel|van der Staaij|uit de Weerd|op de Laak|van der Laan|te Velde|"
        "den Ouden|van der Lugt"
    ),
    "first_fy": _bars("Wytze|Tsjalling|Doutzen|Wietse|Jetske|Rinske|Meindert|Aaltsje|Geeske|Akke|Trynke|Ids|Oeds"),
    "surname_fy": _bars(
        "Jelsma|Veenema|Faber|Oostra|Draaisma|Wiegersma|Gerbrandy|Plantinga|Rypma|Wijnstra|Sjoerdsma|Abma|"
        "Hoitinga|Heeringa|Bekkema|Tiemersma|Stellingwerf|Kalsbeek"
    ),
    "first_be": _bars(
        "Matthias|Elien|Cas|Arthur|Louise|Marie-Jeanne|Godelieve|Jozef|Frans-Jozef|Miel|Rita|Annemie|Greet|"
        "Hilde-Marie|Karolien|Heidi|Kristel|Els|Geert-Jan|Cyriel|Remi"
    ),
    "surname_be": _bars(
        "Vervaet|De Wilde|Vercruysse|Steenhoudt|Lippens|Van Goethem|Bauwens|Dierickx|Van Hoorebeke|Dewaele|Van Overbeke"
    ),
    "first_ma": _bars(
        "Malika|Jamila|Souad|Ibtissam|Mohamed-Amine|Yassine|Salma|Nabil|Zineb|Hayat|Rabia|Fatiha|Brahim|"
        "Abdelhakim|Chaima|Wiam|Aziz|Jaouad|Hassan|Fouad"
    ),
    "surname_ma": _bars(
        "Azzouz|Chaara|Haddou|El Ouahabi|El Morabit|Amghar|Bakkour|Ouahbi|Zerouali|El Bouhaddioui|Aouragh|Bennani|"
        "Oulad Ali|Hajji|El Kaddouri|Azarkan|Bouyaghrouten"
    ),
    "first_tr": _bars(
        "Gülay|Ayten|Nermin|Dilek|Tuncay|Erdal|Esma|Ahmet|Fadime|Songül-Nur|Reyhan|Zehra|Halil|Hüseyin|Cemile|"
        "Taner|Bekir|Aysel|Necla|Recep|Hasan"
    ),
    "surname_tr": _bars(
        "Altun|Sarı|Gündoğdu|Akın|Taşkın|Eren|Yalçın|Gök|Ateş|Turan|Avcı|Uçar|Coşkun|Yüksel|Bilgin|Duman|Çetin|"
        "Durmaz|Sezer|Ergün"
    ),
    "first_sr": _bars(
        "Soelastri|Rodney|Sukarni|Orlando|Humphrey|Sonja|Marcia|Henna|Soeparman|Lucretia|Georgine|Roy|Edgar"
    ),
    "surname_sr": _bars(
        "Brunings|Vlijter|Kartodikromo|Soemita|Wongsodikromo|Neslo|Amatmoekrim|Refos|Leefland|Kromowidjojo|"
        "Sanches|Dijksteel|Pengel|Rozenblad|Karijomenggolo|Tjon Sack Kie|Wirjosentono|Slagtand|Zeefuik|"
        "Tjong-Ayong"
    ),
    "first_hi": _bars("Kavita|Rakesh|Indra|Sandhya|Prem|Usha|Devika|Amar|Krishna|Mahesh"),
    "surname_hi": _bars(
        "Jagroep|Bissessar|Gobardhan|Chotoe|Matadin|Jhagroe|Ramnath|Badloe|Dwarkasing|Ganpat|Mohabir|Tewari|"
        "Sital|Poeran|Binda|Lachman|Nandoe"
    ),
    "first_ci": _bars(
        "Siu Fong|Ivonne|Hok Liong|Robert|Lian|Hwie Lan|Siok Hoa|Kian|Tjoe Swan|Ling Ling|Hendra|Jenny|Fonny|"
        "Bing Hian|Sioe Lan"
    ),
    "surname_ci": _bars("Tan|The|Go|Lie|Tjan|Sie|Njo|Khoe|Lim|Siauw|Ong|Liauw|Tio"),
    "first_pl": _bars("Bożena|Jarosław|Mariusz|Sylwia|Aleksandra|Henryk|Janusz|Dariusz|Karolina|Weronika|Izabela"),
    "surname_pl": _bars(
        "Szymański|Dudek|Górski|Sikora|Jasiński|Ostrowski|Baran|Malinowski|Walczak|Rutkowski|Michalak|Kubiak|"
        "Czerwiński|Adamczyk|Kołodziej|Szewczyk|Gajewski|Pietrzak"
    ),
    "first_ua": _bars(
        "Yulia|Serhii|Nataliia|Liudmyla|Volodymyr|Yurii|Maksym|Svitlana|Tetiana|Anastasiia|Roman|Ivan|Oleh|"
        "Yaroslav|Khrystyna|Daryna|Zlata"
    ),
    "surname_ua": _bars(
        "Kravchuk|Hnatiuk|Savchuk|Lysenko|Moroz|Marchenko|Rudenko|Petrenko|Kovalchuk|Polishchuk|Oliinyk|Honcharuk|"
        "Pavlenko|Klymenko|Sydorenko|Ostapchuk|Zinchenko|Havryliuk|Levchenko|Panchenko|Demchenko|Yatsenko"
    ),
    "first_er": _bars(
        "Winta|Abrham|Robel|Saba|Feven|Rahel|Aman|Natnael|Henok|Samuel|Merhawi|Yohannes|Kibrom|Dawit|Biniam|"
        "Eden|Hiwet|Mussie"
    ),
    "surname_er": _bars(
        "Ghirmay|Tesfai|Andemariam|Gebru|Kahsay|Asmerom|Zerai|Yemane|Negash|Okbazghi|Fitsum|Tewelde|Sereke|Measho|Araya"
    ),
    "first_en": _bars(
        "Siobhán|Ailsa|Bryony|Clodagh|Shona|Jocasta|Rhona|Bronagh|Gráinne|Ciarán|Euan|Callan|Ruaridh|Darragh|"
        "Giles|Malcolm|Tristan|Fintan"
    ),
    "surname_en": _bars(
        "McCarthy|Drummond|Buchanan|Urquhart|Ó Murchú|McGonigle|Mac Aodha|Dunleavy|Gilchrist|Moncrieff|Lennox|"
        "Shaughnessy|Coughlan|Fennelly|Rutherford|Haddow|Crombie|Quigley|Tierney|Brannigan|Ormsby|Pettigrew|"
        "Mulhern|Considine|Killeen|Muldoon|Hislop|Bairstow|Grimshaw|Ollerton"
    ),
    # official given names and the name people go by, for notaries and pension funds
    "formal": _bars(
        "Cornelis Johannes:Cees|Jacobus Hendrikus:Ko|Josephus Antonius:Sjef|Antonius Maria:Toine|"
        "Adrianus Petrus:Ad|Bartholomeus Gerrit:Bartel|Maria Henriëtte:Riet|Jacoba Wilhelmina:Coby|"
        "Hendrika Aaltje:Rikie|Margaretha Johanna:Marga|Anna Cornelia:Ankie|Emma Geertruida:Emmy|"
        "Leendert Arie:Leen|Gondolina Maria:Gonda"
    ),
    "child": _bars("Nour|Jayden|Lotus|Vajèn|Jinte|Isabeau|Kenzo|Sverre|Jesper|Roan|Dyllan|Faya|Amir|Ziyad|Bodi"),
    "staff": _bars("Wesley|Nathalie|Kelvin|Bryan|Larissa|Stacey"),
    "street_nl": _bars(
        "Oosterstraat|Paterswoldseweg|Eendrachtskade|Populierenstraat|Lijsterlaan|Sparrenlaan|Molenkamp|Esch|"
        "Schepersweg|Kolenbranderstraat|Dotterbloemstraat|Ganzerik|Brem|Heidelaan|Kwikstaartlaan|Hazelaarhof|"
        "Vlierstraat|Reigerhof|Dwarsstraat|Achterom|Singelweg|Achterweg|Kerklaan|Zandpad|Graslaan|"
        "Leeuwerikstraat|Oude Rijn|Nieuwe Gracht|Steenstraat|Bloemendaalseweg|Mosterdzaad|Tarwestraat|Rogstraat|"
        "Klaverhof|Kraanvogelstraat"
    ),
    "street_person": _bars(
        "Jan Evertsenstraat|Van Woustraat|Vincent van Goghstraat|Aletta Jacobslaan|Willem Barentszstraat|"
        "Anna Paulownastraat|Burgemeester Roellstraat|Marnixstraat|Frans Halsstraat|Jan Steenstraat|"
        "Kamerlingh Onneslaan|Hugo de Grootstraat|Joost van den Vondelstraat|Nicolaas Beetslaan|Multatulistraat|"
        "Willem de Zwijgerlaan|Michiel de Ruyterstraat|Piet Heinstraat|Mauritsweg|Constantijn Huygensstraat|"
        "Annie M.G. Schmidtstraat|Graaf Florisstraat|Cornelis Trooststraat"
    ),
    "street_fy": _bars("Haadstrjitte|Mearweg|Greidwei|Bûtenfjild|Terpstrjitte|Dyk|Noarderein|Foarstrjitte|Wiersterwei"),
    "street_be": _bars(
        "Molenhoekstraat|Veldstraat|Kalkhoevestraat|Prinses Josephine-Charlottelaan|Tervuursesteenweg|Leopold III-laan"
    ),
    "street_en": _bars(
        "Glenview Crescent|Rosehill Drive|Leith Walk|Byres Road|Strand Road|Marine Parade|Clonliffe Avenue|"
        "Dalkeith Road|Albion Street|Hawthorn Grove|Great Western Road|Morningside Drive|Rathgar Road|"
        "Sandymount Avenue|Cowgate|Clarence Street|Dumbarton Road|Ranelagh Road|Ormeau Road|Ferry Road|"
        "Bothwell Street|Willowbrae Avenue"
    ),
    "care_home": _bars(
        "De Wilgenhoek|Huize Avondrust|Het Anker|De Vlasbloem|Ruimzicht|De Zonnewende|Huize Elim|De Buitenhof|"
        "Het Lindenhout|De Meerstede|Avondlicht|De Kloostertuin"
    ),
    "domain": _bars(
        "gmail.com|gmail.com|gmail.com|hotmail.com|hotmail.com|outlook.com|live.nl|ziggo.nl|kpnmail.nl|"
        "telfort.nl|upcmail.nl|quicknet.nl|chello.nl|solcon.nl|caiway.nl|online.nl|tele2.nl|yahoo.com|"
        "protonmail.com|me.com"
    ),
    "domain_be": _bars("telenet.be|skynet.be|proximus.be|gmail.com|outlook.be"),
    "domain_en": _bars("gmail.com|outlook.com|btinternet.com|eircom.net|yahoo.co.uk|hotmail.co.uk|icloud.com"),
    "domain_pl": _bars("wp.pl|o2.pl|interia.pl|gmail.com"),
    "domain_ua": _bars("ukr.net|i.ua|gmail.com|meta.ua"),
    "domain_student": _bars("student.rug.nl|student.uva.nl|student.tudelft.nl|students.uu.nl|student.ru.nl"),
    "domain_work": _bars(
        "bakkerijhoogland.nl|tuincentrumdelinde.nl|cafederoode.nl|horecaservice-oost.nl|dierenspeciaalzaak.nl|"
        "fietsenmakerij-spaak.nl|bloemsierkunstiris.nl|slagerijdekoe.nl|groentehal-west.nl"
    ),
    "bank": _bars("ABNA|ABNA|RABO|RABO|RABO|INGB|INGB|INGB|SNSB|ASNB|RBRB|TRIO|KNAB|BUNQ|FVLB"),
}

# Word tables the fillers say numbers, letters and months with.
DIGITS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
DIGITS_EN = "zero one two three four five six seven eight nine".split()
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
TENS_NL = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
LETTER_NL = dict(
    zip(
        "ABCDEFGHJKLMNPRSTVWXZ",
        "a bee cee dee ee ef gee ha jee ka el em en pee er es tee vee wee iks zet".split(),
        strict=True,
    )
)
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = ("DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D")
OLD_SIDE_CODES = ("LL-DD-LL", "LL-LL-DD", "DD-LL-LL")


def nl_number(number: int) -> str:
    """0 to 99 as a Dutch speaker says it: 'zevenenveertig', 'tweeëntwintig'."""
    if number < 10:
        return DIGITS_NL[number]
    if number < 20:
        return TEENS_NL[number - 10]
    tens, unit = divmod(number, 10)
    if not unit:
        return TENS_NL[tens]
    return f"{DIGITS_NL[unit]}{'ën' if unit in (2, 3) else 'en'}{TENS_NL[tens]}"


def ordinal(day: int) -> str:
    return "st" if day in (1, 21, 31) else "nd" if day in (2, 22) else "rd" if day in (3, 23) else "th"


def nl_pair(pair: str) -> str:
    """Two digits said together: '07' is 'nul zeven', '47' is 'zevenenveertig'."""
    return f"nul {DIGITS_NL[int(pair[1])]}" if pair[0] == "0" else nl_number(int(pair))


# Where callers come from, how often (a tussenvoegsel surname is "tv"), and the numbers of their families abroad.
ORIGINS_NL = (
    ("nl",) * 7 + ("tv",) * 4 + ("fy",) * 2 + ("be", "ma", "ma", "tr", "tr", "sr", "hi", "ci", "pl", "ua", "er")
)
LAND = "050 058 0512 0513 0515 0592 0594 0598 013 015 023 024 026 036 043 045 046 0113 0118 0162 0495".split()
FOREIGN_PHONES = {  # {n}: n random digits
    "tr": ("+90 5{2} {3} {2} {2}", "0090 5{2} {7}"),
    "ma": ("+212 6{2}-{6}", "+212 6 {2} {2} {2} {2}"),
    "pl": ("+48 {3} {3} {3}", "0048 {9}"),
    "ua": ("+380 67 {3} {2} {2}", "+380 50 {7}", "+38093{7}"),
    "er": ("+291 7 {6}", "00291 7{6}"),
    "uk": ("+44 7{3} {6}", "07{3} {6}", "+353 8{1} {3} {4}", "087 {3} {4}"),
    "be": ("+32 47{1} {2} {2} {2}", "049{1} {2} {2} {2}", "+32 48{1} {2} {2} {2}"),
}
IBAN_ABROAD = {  # bank codes, fixed middle part, random digits after it
    "de": (("37040044", "10010010", "50010517", "12030000", "70150000"), "", 10),
    "pl": (("10201026", "11402004", "10501445", "24901044"), "", 16),
    "tr": (("00010", "00012", "00015", "00046", "00062", "00064"), "0", 16),
    "ua": (("305299", "322001", "351005", "380805"), "0000", 15),
    "gb": (("NWBK", "BARC", "LOYD", "HBUK", "MIDL"), "", 14),
    "be": (("001", "063", "735", "363", "068"), "", 7),
}
CUSTOMER_FORMATS = {  # customer, exchange-account, frequent-flyer, pass, pupil, student, policy, ... numbers
    "": ("{8}", "{7}", "{2}-{6}", "KL{6}", "{4} {4}", "C-{7}", "{3}/{5}"),
    "uid": ("{8}", "{9}", "{10}"),
    "ff": ("1{9}", "2{9}", "1{2} {3} {4}"),
    "pass": ("{7}", "{3} {4}", "NL-{6}"),
    "pupil": ("{6}", "{5}", "LL{5}"),
    "student": ("s{7}", "S{7}", "1{6}", "4{6}"),
    "policy": ("{3}-{6}-{2}", "POL{8}", "{9}"),
    "housing": ("{8}", "R{9}", "{4}-{5}"),
    "pension": ("{8}", "{4}.{4}", "P{7}"),
    "contract": ("HC{6}", "{6}-{2}", "{7}"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PLATES_ABROAD = {  # <n>: n random capitals
    "pl": ("WX {5}", "KR {1}<1>{3}", "PO {1}<2>{2}", "DW {5}"),
    "uk": ("<2>19 <3>", "<2>68 <3>", "<2>21 <3>", "<2>71 <3>", "<2>15 <3>", "<2>73 <3>"),
    "be": ("1-<3>-{3}", "2-<3>-{3}"),
    "de": ("K-<2> {4}", "D-<2> {3}", "BOR-<1> {3}", "KLE-<2> {2}", "AC-<2> {4}", "EMS-<1> {4}"),
}
POSTCODES_ABROAD = {
    "uk": ("EH{1} {1}<2>", "G1{1} {1}<2>", "BT{1} {1}<2>", "M2{1} {1}<2>", "LS{1} {1}<2>", "AB1{1} {1}<2>"),
    "ie": ("D04 <1>{1}<1>{1}", "D6W <1>{3}", "T12 <1>{1}<2>", "H91 <1>{2}<1>", "V94 <1>{3}"),
}
