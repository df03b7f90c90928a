"""Street addresses: a street name that ends like one (Kerkstraat, Laan van Meerdervoort, 12 High Street, 8/58
Marine Terrace) with a house number, or anything capitalised with a house number after "ik woon op", "my address
is" or before a postcode ("Neude 12, 3512 AB Utrecht")."""

from __future__ import annotations

import re

from nlp.redaction.lexicon import not_names
from nlp.redaction.number_words import EN_TEENS, EN_TENS, EN_UNITS, NL_TEENS, NL_TENS, NL_UNITS
from nlp.redaction.rules import Rule

NL_SUFFIX = (
    r"straat|laan|weg|plein|gracht|kade|singel|dijk|pad|dreef|hof|steeg|park|markt|baan|wal|haven|burgwal|erf"
    r"|plantsoen|boulevard|straatweg|dwarsstraat|hofje|schans|veld|zijde|kamp|hoek|weide|akker|vaart|poort|plaats"
    r"|einde|diep|werf|straße|strasse|allee|platz|gasse|dal|daal|oord|brink|hoven|horst|donk|sloot|vliet|str\."
    r"|strjitte|wei|dyk|paad|leane|loane|buorren|lân|pôlle|kaai|zoom|klooster|lei"  # Frisian Wâldwei, Flemish Lindenlei
)
_DE_SUFFIX = r"(?:Straße|Strasse|Str\.|Allee|Platz|Gasse|Damm|Ring)"  # "Kölner Straße 106b", "Emmericher Str. 74a"
SAFE_LOWER_SUFFIX = r"straat|laan|gracht|kade|singel|dreef|plein|steeg|burgwal|plantsoen"
EN_SUFFIX = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lanes?|Ln\.?|Drive|Dr\.?|Way|Close|Crescent|Place|Square|Court|Gardens"
    r"|Terrace|Grove|Hill|Park|Row|Walk|Mews|Rise|Parade|Boulevard|Green|View|Approach|Gate|Wharf|Quay|Parkway|Lawn"
    r"|Chase|Vale|Mount|Heights|Yard|Croft|Meadows?|Fields|Embankment|Circus|Cl\.?|Cres\.?|Gdns\.?|Sq\.?|Ct\.?|Lorong"
    r"|Tce\.?|Pl\.?|Brae|Wynd|Loan|Vennel|Promenade|Esplanade|Highway|Circuit|Cct|Salai|Marg|Nagar|Layout"
)
# A UK street that is one word ("42 Kingsway", "10 Broadway") or "The" and a suffix ("3 The Crescent").
_EN_WHOLE = rf"(?:[A-Z][a-z]+way|The[ \t]+(?:{EN_SUFFIX}))"
_BUILDING = r"(?:House|Court|Mansions|Apartments|Building|Lodge|Tower|Heights|Point|Hall)"
PARTICLE = r"(?:van|de|der|den|het|'t|ter|ten|op|aan|in|bij|over|naar|la|le)"
_CAP = r"[A-Z][\w'’.-]*"
# Titles and first names street names abbreviate: "kon. wilhelminaweg", "gen. cronjéstraat", "St.-Janskerkhof".
_ABBREVIATION = r"(?i:v|gen|kon|kon\.in|pr|prins|st|mgr|jhr|burg|dr|prof|past|ds|mr|ir|jac|joh|wm|p|h|j|c|k)\."
# A house number and what may follow it: 12a, 12 A, 12-B, 12-1, 12/3, 12-3 hoog, 12 hs, 12-huis, 12 bis, 12-bv, 12-II,
# 12 rd (rood), 12 bg, 12 zw(art), a floor after a dot (12.1), an apartment (12 A02), a Belgian box ("57 bus 3").
HOUSE_NUMBER = (
    r"\d{1,5}(?:\s?-?[a-zA-Z](?:-\d{1,3})?(?![\w])|[-/]\d{1,4}(?:[ \t]?(?i:hoog|hg)\b)?(?![\w]|[ -]?[A-Za-z]{2}/)"
    r"|\.\d(?![\w]|[.,]\d)|[ \t]?-?[A-Z]\d{1,3}(?![\w])"
    r"|[ \t]?-?[ \t]?(?:(?i:bis|hs|huis|bg|bv|hg|zwart|zw|rd|rood|boven|beneden)|I{1,3}|i{1,3})(?![\w]))?"
    r"(?:[ \t]+(?:bus|bte|b)[ \t]*\d{1,4}(?:\.\d{1,3})?\b)?"  # a Belgian box: "bus 3", "bus 0.2", "bte 8"
    r"(?:[ \t]+\d[ \t]?-?[ \t]?(?i:hoog|hg)\b)?"  # "Zwanenveld 296 3-hoog"
    r"(?:[ \t]+(?:kamer|appartement|app\.|apt\.?|unit)[ \t]*\d{1,4}[a-zA-Z]?\b)?"  # "Graslaan 4 kamer 982"
)
# The same in capitals: "25B", "3-II", "46 BENEDEN".
_CAPS_NUMBER = (
    r"\d{1,5}(?:[ \t]?-?(?:I{1,3}|[A-Z])\b|[-/]\d{1,3}(?:HG)?|[ \t]+\d-HOOG"
    r"|[ \t]?-?[ \t]?(?:BIS|HS|ZW|BG|BV|RD|BENEDEN|BOVEN))?"
)
# A house number said in words after an address cue: "het adres is Reigerlaan vijftig", "Wevershof thirty-one b".
SPOKEN_NUMBER = (
    rf"(?i:{NL_UNITS}[eë]n{NL_TENS}|{NL_TENS}|{NL_TEENS}|{NL_UNITS}|{EN_TENS}(?:-{EN_UNITS})?|{EN_TEENS}|{EN_UNITS})"
)
# A floor said after the number: "Korte Havenstraat fifty-nine first floor", "… vijftig eerste verdieping".
_FLOOR = (
    r"(?:,?[ \t]+(?i:first|second|third|fourth|ground|top|eerste|tweede|derde|vierde|bovenste)[ \t]+"
    r"(?i:floor|verdieping|etage))"
)
# Between a street and its number: a space, "huisnummer", "nummer", "nr." ("Steenweg, huisnummer 12a"), a comma
# without a space ("Kastanjelaan,12"), a houseboat's berth "tegenover" (opposite) a number or its "ligplaats".
GAP = (
    r"(?:,?[ \t]+(?:huisnummer|nummer|number|nr\.?|no\.?|(?i:nummer|number|nr\.?|no\.?)(?=[ \t])"  # "NO. 12"
    r"|t/o|T/O|t\.o\.|tegenover|ligplaats|(?i:woonboot|houseboat|berth))[ \t]*"
    r"|[ \t]+|,(?=\d)|,[ \t](?=\d{1,4}[a-zA-Z]?(?:[,.;)\n]|$)))"
)
# A street with a suffix may have its number on the next line: "Molenakker\n23", "De Dreef\n288 bis".
_GAP_OR_BREAK = rf"(?:{GAP}|[ \t]*\n[ \t]*(?![1-9]\d{{3}}[ \t]?[A-Za-z]{{2}}(?!\w)))"  # not a postcode line
# A street is on one line; its first words may be abbreviated: "Past. Vonkenstraat", "v. Heemskerckstraat". A word
# there in capitals ends in no dot ("Ir. Lelyweg", "J.P. Coenstraat" do): "2867 MX. Then Meidoornlaan" is two.
_PREFIX_CAP = rf"(?![A-Z]{{2,}}\.){_CAP}"
# A line may break after a title, an abbreviation or a particle inside the name: "Prof.\nBronkhorstlaan",
# "Jonkheer\nvan Karnebeeklaan", "Van\nLimburg Stirumstraat", "Pieter Cornelisz.\nHooftstraat" ("Henk de Graaf\n"
# ends a name: a title after a particle is a surname).
TITLE = (
    r"(?:minister|koningin|koning|prinses|prins|graaf|gravin|hertog|burgemeester|generaal|admiraal|kolonel|jonkheer"
    r"|professor|dokter|pastoor|kapelaan|dominee|president|kardinaal|bisschop|sint|baron|eerste|tweede|derde)"
)
_BREAK_ABBREVIATION = _ABBREVIATION.replace("|p|h|j|c|k", "")  # "RAMDIN, A.P.M.\nMolenweg 1": initials
_BREAKS = rf"(?:{_BREAK_ABBREVIATION}|[A-Z][\w'’-]+\.|(?<!de )(?<!der )(?<!van )(?i:{TITLE})|Van|De|Het)[ \t]*\n[ \t]*"
PREFIX = (
    rf"(?:(?:(?:{_PREFIX_CAP}|\d{{1,2}}e|{_ABBREVIATION})[ \t]+|{_BREAKS})"
    rf"(?:{PARTICLE}[ \t]+){{0,2}}){{0,3}}"
)
_HEAD = r"(?:Laan|Weg|Plein|Kade|Dreef|Singel|Pad|Hof|Park|Straat|Gracht|Dijk|Wal|Steenweg|Kaai|Vest|Baan)"
# A street that is a word and a suffix apart ("Grote Markt 30", "Brugse Poort 68"), or an article and one ("Het Erf 4").
_ARTICLE_STREET = r"(?:Erf|Hof|Brink|Werf|Kade|Dreef|Plein|Singel|Laan|Markt|Haven|Wal|Gracht|Dijk|Horst|Hoven)"
_APART = r"(?:Markt|Straat|Laan|Weg|Plein|Gracht|Kade|Dijk|Steenweg|Poort|Vest|Kaai|Dreef|Singel|Haven|Wal|cesta|ulica)"
# Streets abroad, named by their kind first: "Rua do Almada, 176", "Calle del Olivo, 93, 4º B", "rue Haute 42/4".
_ROMANCE = (
    r"(?:Rua|Avenida|Av\.|Avda\.|Praça|Travessa|Largo|Calle|Carrer|Camino|Paseo|Plaza|Via|Viale|Strada|Piazza"
    r"|Località|[Rr]ue|[Cc]hemin|[Cc]haussée|[Aa]venue|[Bb]oulevard|[Qq]uai|[Aa]llée|[Ii]mpasse|Place|place(?=[ \t]+d)"
    r"|Route|Am|An der|Im|Auf der|Zum|Zur)"
)
_ROMANCE_PARTICLE = r"(?:do|dos|da|das|de|del|la|las|los|el|di|dei|degli|della|delle|dello|des|du|d'|dels|der|den)"
_CUE = (
    r"ik woon (?:op|aan|in de|in het)|wij wonen (?:op|aan)|woonachtig (?:op|aan)"
    r"|(?:mijn|ons|het|nieuwe) adres is|adres:|adr(?:\.?:?)(?=[ \t])|(?:ik|wy) wenje (?:oan|op)(?: de)?|\w*hûs oan de"
    r"|(?:bezorg|aflever|factuur|post)?adres(?: is)?:?(?: (?:veranderd|gewijzigd) (?:in|naar)| nu| voortaan)?|address:?"
    r"|(?:my|our|the|new|old|current) (?:old )?address(?: is)?|(?:mijn|ons|het) oude adres|(?:we|they) still live at"
    r"|(?:my |our |the )?address (?:has )?changed to|i live (?:at|on)"
    r"|lives at|(?:the )?house at|(?:delivery|billing|postal) address(?: is)?:?|verhuisd naar|moved to"
    r"|verhuis naar|move to|(?:the bailiff |de deurwaarder )?visited|(?:moving|moved|move) out of|verhuisd? uit"
    r"|(?:i am |i'm )?living in|i live in|wonend(?:e)?(?: (?:in|op|aan|te))?|the house is|het huis is"
)

_MONTH_WORD = (  # "moved to 1 April" is a date, not "42 Kingsway"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januari|Februari|Maart|Mei|Juni|Juli|Augustus|Oktober)\b"
)
# Capitalised words that take a number after "op", "naar", "bij" and are no street: "op Kamer 12", "naar
# Windows 11", "bij Groep 8". Calendar words, brands and products come from not_names.
_NOT_STREETS = frozenset(
    """postbus number kamer room tram bus lijn versie version stap step week dag hoofdstuk pagina page blz artikel
    deel pakket dames heren senioren veteranen jeugd chf usd gbp eur
    stuk optie level niveau seizoen season aflevering episode route gate perron spoor kanaal zender channel
    nummer line regel groep fase blok terminal verdieping etage ronde punt graad klasse categorie type model serie
    series bundel abonnement plan tarief vlucht flight trein zone galaxy pixel playstation xbox switch surface macbook
    ipad iphone note watch ios radio npo tv box mediabox experia fritzbox ronde tafel stand positie plek""".split()
)
UNIT_AFTER = (
    r"(?i:[ \t]*(?:gb|mb|tb|kb|gbit|mbit|mbps|kwh|uur|u|min|minuten|sec|seconden|euro|eur|procent|%|cm|mm|m|kg"
    r"|km|g|jaar|dagen|weken|maanden|keer|x|stuks|pro|max|plus|ultra|mini|lite|se|edition|gen|uit|van|of|tot"
    r"|times|hours|days|weeks|months|years|pounds|dollars|items|pieces|minutes"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr"
    r"|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october)\b)"
)
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _street_ok(value: str) -> bool:
    """Not a known non-street ("Kamer 12", "Windows 11"); an article before the name is part of it ("De Zwaluw 74b",
    "Het Want 174A")."""
    words = value.lower().split()
    if any(word in ("at", "on", "in", "by", "to", "from", "for", "with") for word in words[1:-1]):
        return False  # "at home at 5": a preposition between the words
    if len(words) > 2 and YEAR.fullmatch(words[1]):
        return True  # a street named after a year: "plein 1944 25a"
    if words[0] in ("de", "het", "'t") and len(words) > 2:
        return words[1] not in _NOT_STREETS  # "Het Want": the article makes it a name, even of a word
    return words[0] not in _NOT_STREETS and words[0] not in not_names()


def street_word_ok(word: str) -> bool:
    return word.lower() not in not_names() and word.lower() not in _NOT_STREETS


ADDRESSES: tuple[Rule, ...] = (
    # In lower case after a word that leads to a place ("bezorg maar op ridderspoorweg 49bis", "naar generaal
    # cronjéstraat 18 iii", "stolen outside lage kanaaldijk 268"): any street suffix, up to three words before it.
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<!\w)(?:op|naar|aan|bij|van|at|outside|(?i:adres(?: is)?:?|address(?: is)?:?))[ \t]+"
            rf"(?P<v>(?:[a-z][\w'’.-]*[ \t]+){{0,3}}[a-z][\w'’-]*(?:{NL_SUFFIX}){GAP}{HOUSE_NUMBER})"
            rf"(?![\w]|[.,:/-]\d)(?!{UNIT_AFTER})"
        ),
        group="v",
        hints=("op ", "naar ", "aan ", "bij ", "van ", "at ", "outside ", "adres", "address"),
    ),
    # In lower case without a suffix, right after a word that says an address follows: "adres is kikkenstein
    # 214-bis", "never lived at reigersbos 824a", "woning boschdijk 125a".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<!\w)(?:(?i:adres(?: is)?:?|address(?: is)?:?)|lived at|live at|living at|woning|moved (?:in)?to|at)"
            r"[ \t]+(?!(?:changed|veranderd|gewijzigd|has|is|was|moved|updated|wordt|will|least|most)\b)"
            rf"(?P<v>[a-z][\w'’-]+(?:[ \t]+[a-z][\w'’-]+){{0,2}}(?:[ \t]+(?:1[89]|20)\d\d)?{GAP}{HOUSE_NUMBER})"
            rf"(?![\w]|[.,:/-]\d)(?!{UNIT_AFTER})"
        ),
        _street_ok,
        "v",
        hints=("adres", "address", "lived at", "live at", "living at", "woning", "moved", "at "),
    ),
    # In capitals, as a form or an angry message writes it: "KAPELAAN POLLOKSTRAAT 37A", "PIETER DE HOOCHWEG 22";
    # after titles and abbreviations ("JONKHEER VAN KARNEBEEKLAAN", "DR. SCHAEPMANSTRAAT", "PIETER CORNELISZ.
    # HOOFTSTRAAT", "VAN LIMBURG STIRUMSTRAAT"), its number written in any case ("36 bg", "8-zw", "254 app. 6").
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?:(?:{TITLE.upper()}|(?:[A-Z]{{2,}}[ \t]+)?[A-Z]{{1,10}}\.)(?:[ \t]+|[ \t]*\n[ \t]*)){{0,2}}"
            rf"(?:(?:VAN|DE|HET|DEN)[ \t]+)?(?:[A-Z]{{2,}}[ \t]+(?:(?:DE|VAN|DER|DEN|TER|TEN)[ \t]+)?){{0,2}}"
            rf"[A-Z][A-ZÀ-ÖØ-Þ'’-]{{2,}}(?:{NL_SUFFIX.upper()})"  # "DR. ARIËNSLAAN 222"
            rf"{_GAP_OR_BREAK}(?:{HOUSE_NUMBER}|{_CAPS_NUMBER})(?![\w])"
            r"(?![ \t]+(?:JAAR|UUR|DAGEN|WEKEN|MAANDEN|KEER|MINUTEN|EURO|KM|X)\b)"
        ),
    ),
    # A street on Curaçao, Aruba or Bonaire: "Kaya" and its name ("Kaya Gob. N. Debrot 50", "Kaya Wayaká 97").
    Rule("ADDRESS", re.compile(rf"(?<![\w-])Kaya[ \t]+(?:{_CAP}[ \t]+){{1,4}}{HOUSE_NUMBER}(?![\w])"), hints=("kaya",)),
    # A British street in lower case with its number: "113 nelson street", "6 coniston drive".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])(?:(?:flat|apt|apartment|unit)[ \t]+\d{1,4}[a-z]?,?[ \t]+)?\d{1,4}[a-z]?[ \t]+"
            r"(?!(?:way|lane|per|a|an|the|each|every|in|on|at|of|for|to|by|my|more|long|short|quick|minutes?|mins?"
            r"|hours?|km|miles?|meters?|metres?|steps)\b)"  # "€ 4,50 per walk", "a 10 minute walk"
            r"(?:[a-z]+[ \t]+){1,2}(?:street|road|avenue|lane|drive|way|close|crescent|place|grove|gardens|terrace"
            r"|walk|court|square|mews|rise|view|hill|parade)(?![\w])"
        ),
    ),
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?:(?:Flat|Apartment|Apt\.?|Unit|Plot)[ \t]+\d{{1,4}}(?:/|(?:/\d\d?)?[A-Za-z]?,?[ \t]+))?"
            r"(?:(?:House[ \t]+)?No\.?[ \t]*|Plot[ \t]+|\d{1,2}F,[ \t]*|#\d{1,4},[ \t]*|\d{1,4}[/-](?=\d)"
            r"|\d{1,3}[A-Za-z] (?=\d))?"
            rf"(?![1-9]\d{{3}}[ \t]?[A-Z]{{2}}\b)\d{{1,4}}[A-Za-z]?,?[ \t]+"
            rf"(?:(?:{_CAP}[ \t]+){{1,3}}(?:{EN_SUFFIX})(?:[ \t]+#\d{{1,5}}|[ \t]+\d{{1,2}}(?=[,;.?]|$))?|{_EN_WHOLE}"
            rf"|(?<=\d[ \t])(?:{_CAP}[ \t]+){{0,2}}[A-Z][\w'’-]*(?:{SAFE_LOWER_SUFFIX}|weg|dijk)(?![ \t]*\d))(?![\w])"
            rf"|(?<![\w-])(?:Flat|Apartment|Apt\.?|Unit)[ \t]+\d{{1,4}}[A-Za-z]?,?[ \t]+"
            rf"(?:{_CAP}[ \t]+){{1,3}}{_BUILDING}"
            rf"(?:,[ \t]*(?:\d{{1,4}}[A-Za-z]?[ \t]+)?(?:(?:{_CAP}[ \t]+){{1,3}}(?:{EN_SUFFIX})|{_EN_WHOLE}))?(?![\w])"
        ),
    ),
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-]){PREFIX}(?:(?:['’]s-|St\.-)?[A-Z][\w'’-]*(?:{NL_SUFFIX})|[a-z][\w'’-]*(?:{SAFE_LOWER_SUFFIX})"
            rf"|(?:De|Het|'t)[ \t]+{_ARTICLE_STREET}"
            rf"|[A-Z][a-z]+[ \t]+(?:{EN_SUFFIX})|[A-ZÄÖÜ][\wäöüß-]+[ \t]+{_DE_SUFFIX}){_GAP_OR_BREAK}{HOUSE_NUMBER}"
        ),
    ),
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?:{_HEAD}|{_HEAD.upper()})[ \t]+"
            rf"(?:(?:(?i:{PARTICLE})[ \t]+){{1,3}}{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
            rf"|(?:1[89]|20)\d\d|'\d\d){GAP}{HOUSE_NUMBER}"
        ),  # "Laan van Nieuw Oost-Indië 12", "Plein 1944 87B", "Plein '44 nr. 197", "LAAN VAN MEERDERVOORT 2"
    ),
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?i:(?<!\w)(?:{_CUE}))\s+(?:(?:the)\s+)?(?:[A-Z][a-z]+,[ \t]+)?"  # "I live in Aruba, Caya Ponton 9"
            rf"(?P<v>(?:(?:De|Het|'t|DE|HET)[ \t]+)?(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|\d{{1,2}}e)"
            rf"(?:[ \t]+(?:{_CAP}|{PARTICLE})){{0,4}}{GAP}{HOUSE_NUMBER}"
            rf"|\d{{1,4}}[A-Za-z]?,?[ \t]+(?!{_MONTH_WORD}){_CAP}(?:[ \t]+{_CAP}){{0,2}})"
        ),
        _street_ok,
        "v",
        hints=("woon", "wonen", "adr", "address", "live", "verhuis", "mov", "house", "huis", "visited", "wenje", "hûs"),
    ),
    # …with the house number said in words: "het adres is Reigerlaan vijftig", "Wevershof thirty-one b".
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?i:(?<!\w)(?:{_CUE}))\s+(?:(?:de|het|the)\s+)?(?P<v>[A-Z][\w'’.-]*"
            rf"(?:[ \t]+(?:{_CAP}|{PARTICLE})){{0,4}}{GAP}{SPOKEN_NUMBER}"
            rf"(?:[ \t]+(?:[a-z]|bis|huis|hs)(?!\w))?{_FLOOR}?)(?!\w)"
        ),
        _street_ok,
        "v",
        hints=("adres", "address", "house", "huis", "woon", "live"),
        digits=False,
    ),
    Rule("ADDRESS", re.compile(rf"(?<![\w-])(?:{_CAP}[ \t]+){{1,2}}{_APART}{GAP}{HOUSE_NUMBER}(?![\w])")),
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-]){_ROMANCE}[ \t]+(?:(?:{_ROMANCE_PARTICLE}[ \t]+){{0,2}}(?:d['’])?{_CAP}[ \t]+){{0,3}}"
            rf"(?:{_ROMANCE_PARTICLE}[ \t]+){{0,2}}(?:d['’])?{_CAP},?[ \t]+\d{{1,4}}(?:bis(?!\w)|[A-Za-z]|/\d\d?\d?)?"
            r"(?:,?[ \t]+\d{1,2}\.?º[ \t]*(?:[A-Z]\b|andar\b))?"  # the floor: "5º B", "6.º andar"
        ),
    ),
    # Any capitalised street name (Neude, Lange Poten, Brink) with a house number, when a postcode follows:
    # "Vredenburg 32, 8910 km Amersfoort", "Oudwijk 166 bis\n5982EN Gouda", "Amstel 405a · 3422 E F"; no month.
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?!{_MONTH_WORD}\.?[ \t]+\d)"  # "25 September 2016\t1342 al": a date
            rf"(?P<v>(?:[A-Z][\w'’.-]*|\d{{1,2}}e)(?:[ \t]+(?:{_CAP}|{PARTICLE})){{0,4}}{GAP}{HOUSE_NUMBER})"
            r"(?:,[ \t]*\n?|[ \t]*\n|[ \t]+[·|][ \t]+|[ \t]+)[ \t]*(?:NL-?[ \t]?)?[1-9]\d{3}"  # "· 3422 E F"
            r"(?:(?:\s{0,2}|-)[A-Za-z]{2}(?!\w)|[ \t]+[A-Z][a-z]{2,}|[ \t][A-Z][ \t][A-Z](?!\w))"
        ),
        group="v",
    ),
    # In lower case before a postcode: "kon. wilhelminaweg 33 i, 2013 FB", "op zwanenbloem 222 rd, 2638gf" (no
    # suffix after "op", "naar", "aan" or "bij").
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?P<v>(?:(?:{_ABBREVIATION}|{PARTICLE})[ \t]+){{0,3}}[a-z][\w'’-]*(?:{NL_SUFFIX})"
            rf"{GAP}{HOUSE_NUMBER}"
            rf"|(?:(?<=\bop )|(?<=\bnaar )|(?<=\baan )|(?<=\bbij ))[a-z][\w'’-]{{3,}}{GAP}{HOUSE_NUMBER})"
            r",?[ \t]*\n?[ \t]*(?:NL-?[ \t]?)?[1-9]\d{3}(?:[ \t]?|-)[A-Za-z]{2}(?!\w)"
        ),
        group="v",
    ),
    # A capitalised street without a suffix after "naar", "op", "aan", "bij" ("de monteur moet naar Overtoom
    # 56 komen", "wij zitten op Rokin 266"), unless its first word is a known non-street or a unit follows; no
    # "G van Gerard, 32" (a letter spelled, then a number).
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<!\w)(?:naar|op|aan|bij|tegenover|(?<!\b[A-Z] )van|at|from|to)[ \t]+(?:(?:de|het)[ \t]+)?"
            rf"(?P<v>[A-Z][a-zß'’]+(?:-[A-Za-z][a-z]+)?"
            rf"(?:[ \t]+(?:{_CAP}|{PARTICLE})){{0,3}}{GAP}{HOUSE_NUMBER})(?![\w]|[.,:/-]\d)(?!{UNIT_AFTER})"
        ),
        _street_ok,
        "v",
    ),
)
