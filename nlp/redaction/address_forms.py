"""Address forms the street rules in `addresses` do not cover, tried before them (the earlier rule wins where
spans overlap, so these longer matches are not cut short): a street named after a title written in lower case
("koningin wilhelminaplein 15 A"), a street named with a preposition and an article after a comma ("…, Aan de
Wind 70"), a house number said in words after a street with a street word ("Zuiderparkweg vijfentwintig") or after
"op"/"aan"/"naar" ("op Achter Clarenburg eenendertig niemand nam op"),
a Polish street with its postcode ("ul. Długa 66/37, 24-833 Poznań"), a French one number first ("188 Rue de
Flandre"), a British one in capitals ("9 SANDRINGHAM WAY") and a street glued to its number
("Boekelosestraat259"). `ADDRESS_FORMS_AFTER` is tried
after them and the street rules: a street that is a street word alone ("Markt 12"), a lower-case street without
a street word, known only by the postcode that follows.
"""

from __future__ import annotations

import re

from nlp.redaction.addresses import (
    EN_SUFFIX,
    GAP,
    HOUSE_NUMBER,
    NL_SUFFIX,
    PARTICLE,
    PREFIX,
    SPOKEN_NUMBER,
    TITLE,
    UNIT_AFTER,
    street_word_ok,
)
from nlp.redaction.rules import Rule

_NOT_AFTER = rf"(?![\w]|[.,:/-]\d)(?!{UNIT_AFTER})"  # no more digits, no unit: "… 3 keer" is no house number
_PREPOSITION = r"(?:aan|achter|op|over|voor|bij|in|onder|tussen|buiten|binnen|naast|langs|boven)"
_PL_CAP = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’.-]*"

# A French street, the number first ("188 Rue de Flandre", "12, avenue Louise"), as Brussels and Wallonia write it.
_FR_STREET = r"(?:[Rr]ue|[Rr]oute|[Aa]venue|[Bb]oulevard|[Cc]haussée|[Pp]lace|[Qq]uai|[Aa]llée|[Ii]mpasse|[Cc]hemin)"
_FR_LINK = r"(?:de la|de l'|du|des|de|d'|la|le)"
# A street glued to its number, as a scan or a hurried form writes it: "Boekelosestraat259", "Zeldenrustlaan40B".
_GLUED = rf"(?<![\w-])[A-Z][a-zà-ÿ]+(?:{NL_SUFFIX})\d{{1,4}}(?:[A-Za-z]\b|-\d{{1,3}}|[ \t]+(?:I{{1,3}}|hs|bis|zw)\b)?"

ADDRESS_FORMS: tuple[Rule, ...] = (
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])\d{{1,4}}[a-zA-Z]?,?[ \t]+{_FR_STREET}[ \t]+(?:{_FR_LINK}[ \t]*)?[A-Z][\w'’-]+"
            rf"(?:[ \t]+[A-Z][\w'’-]+)?(?!\w)"
        ),
        hints=("rue", "route", "avenue", "boulevard", "chaussée", "place", "quai", "allée", "impasse", "chemin"),
    ),
    Rule("ADDRESS", re.compile(_GLUED)),
    # A British street in capitals, the number first, as a form or a label prints it: "9 SANDRINGHAM WAY".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])\d{1,4}[A-Z]?[ \t]+(?:[A-Z][A-Z'’-]+[ \t]+){1,2}(?:STREET|ROAD|AVENUE|LANE|DRIVE|WAY|CLOSE"
            r"|CRESCENT|PLACE|GROVE|GARDENS|TERRACE|WALK|COURT|SQUARE|MEWS|RISE|HILL|PARADE)(?![\w])"
        ),
    ),
    # Named after two things joined by "en": "Bos en Lommerweg 23-1", "Land en Zeezicht straat 4" (no particle).
    Rule(
        "ADDRESS",
        re.compile(rf"(?<![\w-])[A-Z][a-z]+[ \t]+en[ \t]+[A-Z][a-z]*(?:{NL_SUFFIX}){GAP}{HOUSE_NUMBER}{_NOT_AFTER}"),
        hints=(" en ",),
    ),
    # In lower case, named after a title or with an ordinal, up to two words before the street word: "graaf
    # florislaan 42-hs", "burgemeester van walsumweg 26-3", "2e jan steenstraat 203 app. 43".
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?:{TITLE}|\d{{1,2}}e)(?:[ \t]+(?:{PARTICLE}|[a-z][\w'’-]*)){{0,2}}"
            rf"[ \t]+[a-z][\w'’-]*(?:{NL_SUFFIX}){GAP}{HOUSE_NUMBER}{_NOT_AFTER}"
        ),
    ),
    # A street named with a preposition and an article, after a comma or a word that leads to a place (so not
    # a sentence that starts with "In de …"): "…, Aan de Wind 70", "…, ACHTER DE HOVEN 12", "living at Over de
    # Vesten 10", "bij Over de Vesting 42", "Street: Aan de Bogen no. 93".
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?:(?<=[,:][ \t])|(?<=\b(?i:at|op|to)[ \t])|(?<=\b(?i:bij)[ \t])|(?<=\b(?i:naar)[ \t])"
            rf"|(?<=\b(?i:wonende)[ \t]))"
            rf"(?:(?i:{_PREPOSITION})[ \t]+(?i:de|het|den|'t)[ \t]+[A-Z][\w'’-]+){GAP}{HOUSE_NUMBER}"
            rf"{_NOT_AFTER}"
        ),
    ),
    # A house number said in words after a street with a street word, ending the clause or the line: "Sint
    # Jacobsstraat veertig.", "Hoofdstraat-West tweeënnegentig huis", "Anne Frankstraat fifty-three", "Molenlaan
    # nummer achtenvijftig bis" ("een"/"one" alone is too often an article or a count).
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-]){PREFIX}[A-Z][\w'’-]*(?:{NL_SUFFIX})(?:-[A-Z][a-z]+)?[ \t]+"
            rf"(?:(?i:nummer|number|nr\.?|no\.?)[ \t]+)?(?!(?i:een|één|one)\b)"
            rf"{SPOKEN_NUMBER}(?:[ \t]+(?:huis|bis|[a-z](?!\w)))?(?=[ \t]*(?:[.,;!?\n]|$))"
        ),
        hints=("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "dreef", "park"),
        digits=False,
    ),
    # …and after "op", "aan" or "naar" the clause need not end, as voice transcripts write it with no stops
    # ("bij mevrouw Kuiper op Steenweg negen niemand nam op"), nor need a street after a preposition have a
    # street word ("op Achter Clarenburg eenendertig").
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<!\w)(?i:op|aan|naar)[ \t]"  # the lead word first: a look-behind at every position is slow
            rf"(?P<v>(?:{PREFIX}[A-Z][\w'’-]*(?:{NL_SUFFIX})(?:-[A-Z][a-z]+)?|(?i:{_PREPOSITION})[ \t]+[A-Z][\w'’-]+)"
            rf"[ \t]+(?:(?i:nummer|nr\.?)[ \t]+)?(?!(?i:een|één)\b){SPOKEN_NUMBER})(?![\w-])(?!{UNIT_AFTER})"
        ),
        group="v",
        hints=("op ", "aan ", "naar "),
        digits=False,
    ),
    # A street with a quarter of the compass after its street word: "Tiendweg West 126a", "tiendweg west 245".
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-]){PREFIX}(?i:[a-z][\w'’-]{{2,}}(?:{NL_SUFFIX})[ -](?:west|oost|noord|zuid)){GAP}{HOUSE_NUMBER}"
            rf"{_NOT_AFTER}"
        ),
        hints=("west", "oost", "noord", "zuid"),
    ),
    # "Laan van" and up to three words, in any case: "laan van nieuw guinea 43 A", "Laan van Nieuw Guinea, nr. 259".
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?:(?:Laan|Weg|Plein|Straat|Kade|Singel)[ \t]+(?:van|der|de)(?:[ \t]+[A-Z][\w'’-]+){{1,3}}"
            rf"|(?:laan|weg|plein|straat|kade|singel)[ \t]+(?:van|der|de)(?:[ \t]+[a-z][\w'’-]+){{1,3}})"
            rf"{GAP}{HOUSE_NUMBER}{_NOT_AFTER}"
        ),
        hints=("laan van", "weg van", "plein van", "straat van", "kade van", "singel van"),
    ),
    # A street named with a number, then the house number, ending the clause: "Plein 1813 12", "Plein 13 no. 26,".
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?i:plein|laan|straat|kade|markt|weg|singel|dreef)[ \t]\d{{1,4}}{GAP}{HOUSE_NUMBER}"
            r"(?=[ \t]*(?:[,.;·\n]|$))"
        ),
        hints=("plein ", "laan ", "straat ", "kade ", "markt ", "weg ", "singel ", "dreef "),
    ),
    # France: the number first, then the kind of street: "44 boulevard Victor Hugo", "12, rue de la République".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w,.-])\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+"
            r"(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route)(?:[ \t]+(?:de|du|des|la|le|l'|d'))*"
            r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+)?[A-Z][\w'’-]*){0,3}"
        ),
        hints=("rue ", "avenue", "boulevard", "bd ", "place ", "chemin", "allée", "impasse", "quai ", "route "),
    ),
    # Brussels and Wallonia: the kind of street first, the number after: "Avenue Louise 202", "Rue de la Loi 16".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])(?:Avenue|Rue|Chaussée|Boulevard|Place|Quai|Chemin)(?:[ \t]+(?:de|du|des|la|le))*"
            r"[ \t]+(?:l'|d')?"
            r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+)?[A-Z][\w'’-]*){0,2},?[ \t]+\d{1,4}[a-zA-Z]?(?![\w])"
        ),
        hints=("avenue ", "rue ", "chaussée ", "boulevard ", "place ", "quai ", "chemin "),
    ),
    # Poland: "ul." (ulica, street), "al." (aleja), "pl." (plac), "os." (osiedle) and the number with the flat
    # after a slash ("ul. Krakowskie Przedmieście 38/11"); Ukraine's "vul." (vulytsia) and "prov." (provulok).
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?:ul|al|pl|os|vul|prov|prosp)\.[ \t]?{_PL_CAP}(?:[ \t]+{_PL_CAP}){{0,3}}"
            r"[ \t]+\d{1,4}[A-Za-z]?"
            r"(?:/\d{1,4}[A-Za-z]?)?(?![\w])"
        ),
        hints=("ul.", "al.", "pl.", "os."),
    ),
    # …and its postcode, two digits, a dash and three, after the house number and before the place: "36/20,
    # 31-785 Wrocław".
    Rule(
        "POSTCODE",
        re.compile(r"(?<=\d,[ \t])\d{2}-\d{3}(?=[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w]{2,})"),
        hints=("ul.", "al.", "pl.", "os."),
    ),
    # Turkey: the street, "Cad." (caddesi) or "Sok." (sokak), then "No:" and the number, the flat after "D:" as
    # the edges add it ("Atatürk Cad. No: 112 D: 4", "Gül Sokak No 7"); Korea: "-ro" and "-gil" with their numbers
    # ("Teheran-ro 26-gil 12", "Sejong-daero 110").
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]+[ \t]+){1,3}(?:Cad\.|Caddesi|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.)"
            r"[ \t]+No[:.]?[ \t]?\d{1,4}(?:/\d{1,3})?(?![\w])"
            r"|(?<![\w-])[A-Z][a-z]+-(?:ro|gil|daero)(?:[ \t]+\d{1,3}(?:beon)?-gil)?[ \t]+\d{1,4}(?:-\d{1,4})?(?![\w-])"
        ),
        hints=("cad.", "caddesi", "sok", "sk.", "bulvar", "blv.", "-ro ", "-gil ", "-daero "),
    ),
    # Singapore's public housing: the block, the street and the flat's floor and unit ("Blk 254 Bedok North Road
    # #07-127", "Blk 16 Ang Mo Kio Avenue 3 #06-819"); and its six-digit postcode after the country's name.
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])(?:Blk|BLK|Block)[ \t]+\d{1,4}[A-Z]?(?:[ \t]+[A-Z][\w'’-]*){0,4}[ \t]+"
            r"(?:Road|Avenue|Street|Drive|Crescent|Lane|Walk|Close|Way|Rise|Central|View|Field|Rd|Ave|St|Dr|Lor)"
            r"(?:[ \t]+\d{1,3})?"
            r"(?:[ \t]+#\d{1,2}-\d{1,4}[A-Z]?)?(?![\w-])"
            # …or without "Blk", the flat's floor and unit after a comma: "476B Tampines St 42, #03-927"
            r"|(?<![\w-])\d{1,4}[A-Z]?(?:[ \t]+[A-Z][\w'’-]*){1,4}[ \t]+(?:Road|Avenue|Street|Drive|Rd|Ave|St|Dr|Lor)"
            r"(?:[ \t]+\d{1,3})?,[ \t]*#\d{1,2}-\d{1,4}[A-Z]?(?![\w-])"
        ),
        hints=("blk ", "block "),
    ),
    Rule("POSTCODE", re.compile(r"(?<![\w-])(?:Singapore[ \t]\d{6}|S\(\d{6}\))(?![\w-])"), hints=("singapore", "s(")),
    # Kenya's box and its postal code, one postcode: "P.O. Box 58217-40100"
    Rule("POSTCODE", re.compile(r"(?<![\w-])P\.?[ \t]?O\.?[ \t]?Box[ \t]\d{1,6}-\d{5}(?![\w-])"), hints=("box ",)),
    # Wales, Ireland and Malaysia: the number, then the word for road or street and its name: "80 Heol y Deri", "Flat 1,
    # 194 Ffordd Glyndŵr", "194 Sráid an Teampaill", "221 Bóthar na Trá", "31 Jalan Kayu".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])(?:(?:Flat|Unit)[ \t]+\d{1,4},?[ \t]+|\d{1,2}F,[ \t]*)?"
            r"\d{1,4}[ \t]+(?:Heol|Ffordd|Stryd|Lôn|Lon|Jalan|Sráid|Bóthar|Ascaill|Lána)"
            r"(?:[ \t]+(?:y|yr|an|na|[A-Z][\w'’-]*)){1,3}(?![\w-])"
        ),
        hints=("heol ", "ffordd ", "stryd ", "lôn ", "lon ", "jalan ", "sráid ", "bóthar ", "ascaill ", "lána "),
    ),
    # Malta's "Triq" (street) and the Dutch Caribbean's "Kaya", the number after the name or before it with a comma:
    # "Triq ir-Repubblika 883", "775, Triq il-Kbira", "Kaya Gob. N. Debrot 2+1", "Kaya Palu di Lechi 112".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])(?:(?:Flat|Unit|House)[ \t]+\d{1,4}[A-Za-z]?,[ \t]*)?(?:\d{1,4},?[ \t]+)?(?:Triq|Kaya)"
            r"(?:[ \t]+(?:[A-Z][\w'’.-]*|[a-z]{1,3}-[A-Z][\w'’-]*|di|de)){1,4}"
            r"(?:[ \t]+\d{1,4}[A-Za-z]?(?:\+\d)?)?(?![\w-])"
        ),
        hints=("triq ", "kaya "),
        accept=lambda value: any(char.isdigit() for char in value),
    ),
    # A flat, unit, plot or block, then the number and a street without a street word, as Britain, Ireland and
    # Singapore write them: "Unit 20, 127 Bootham", "Flat 12, 101 Briggate", "Blk 965 #44-800, 135 Bukit Timah Road".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])(?:(?:Flat|Unit|Apt\.?|Apartment|Plot)[ \t]+\d{1,4}[A-Za-z]?"
            r"|Blk[ \t]+\d{1,4}[A-Z]?[ \t]+#\d{1,3}-\d{1,4}),[ \t]*"
            r"\d{1,4}[A-Za-z]?[ \t]+[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}(?:[ \t]+\d{1,3})?"
            r"(?=[ \t]*(?:[,;\n]|$))"
        ),
        hints=("flat ", "unit ", "apt", "apartment ", "plot ", "blk "),
    ),
    # A house's number before its street without one, as Pakistan and Malta write it: "House 115, Priory Walk"
    Rule(
        "ADDRESS",
        re.compile(
            rf"(?<![\w-])(?:House|Flat|Unit)[ \t]+\d{{1,4}}[A-Za-z]?,[ \t]*"
            rf"(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:{EN_SUFFIX})(?![\w])"
        ),
        hints=("house ", "flat ", "unit "),
    ),
)

ADDRESS_FORMS_AFTER: tuple[Rule, ...] = (
    # A street that is its street word alone, as a town's square is called: "Markt 193-bis", "GROTE MARKT 237"
    # (after the other rules: "Am Markt 14b" is a German street, "Plein 1944 65" one named after a year).
    Rule(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])(?:(?:Grote|Kleine|Oude|Nieuwe|Korte|Lange|GROTE|KLEINE|OUDE|NIEUWE|KORTE|LANGE)[ \t]+)?"
            r"(?:Markt|MARKT|Brink|BRINK|Vismarkt|Dam|Plein|PLEIN|Buorren)[ \t]+(?!(?:1[89]|20)\d\d\b)"  # "Plein 1944"
            rf"{HOUSE_NUMBER}{_NOT_AFTER}(?![ \t]\d)"
        ),
        hints=("markt", "brink", "dam", "plein", "buorren"),
    ),
    # A house number on its own after its cue, when the postcode came just before it on the line (together they
    # are one home): "postcode 6628 gg en huisnr 116B", "Postcode 2079 JM, house number 136-A"; alone ("het
    # huisnummer 123 klopt niet") it is no one's.
    Rule(
        "ADDRESS",
        re.compile(
            r"(?i:postcode|post code|zip code|\b\d{4}[ \t]?[a-z]{2}\b)[^\n]{0,60}?"
            r"(?i:huisnummer|huisnr\.?|huis nr\.?|house number|house no\.?)[ \t]*[:=]?[ \t]*(?:is[ \t]+)?"
            rf"(?P<v>{HOUSE_NUMBER})(?![\w])"
        ),
        group="v",
        hints=("huisn", "huis nr", "house n"),
    ),
    # In lower case without a street word, as a line of a form or after a colon or comma, when a postcode with
    # its letters follows: "zijn: berkenrode 52, 8406 NK", "t.a.v. X, smalle haven 18-bg, 4326 GR".
    Rule(
        "ADDRESS",
        re.compile(
            r"(?:(?<=[:,(])|(?<=[:,(][ \t])|(?<=\n)|^)"
            rf"(?P<v>(?:[a-z][\w'’-]+[ \t]+){{0,2}}[a-z][\w'’-]{{3,}}{GAP}{HOUSE_NUMBER})"
            r"(?:,[ \t]*\n?|[ \t]*\n)[ \t]*[1-9]\d{3}(?:[ \t]?|-)[A-Za-z]{2}(?!\w)"
        ),
        lambda value: street_word_ok(re.split(r"[ \t,]+\d", value)[0].split()[-1]),
        "v",
    ),
)
