"""Dates of birth: any date after a birth cue ("geboren op", "geb.", "date of birth", "DOB") or before one
("op 9 juli '75 geboren"), and a full date in the 1900s anywhere (contact-centre business dates are recent;
such an old full date in a transcript is nearly always someone's birthday): `12-03-1985`, `1985/03/12`,
`12 maart '85`, `12-3-85`. Recent dates ("de factuur van 3 maart") stay, and so do dates in the 2000s
without a cue ("klant sinds 1 januari 2009"). After a cue, a date read out ("twaalf maart vijfentachtig")
and the year first ("geboren in 1985 op 12 maart") count too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.airline_records import AIRLINE_DATE
from nlp.redaction.number_words import EN_TEENS, EN_TENS, EN_UNITS, NL_TEENS, NL_TENS
from nlp.redaction.rules import ANSWER, HESITATION, Rule, Span

_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february"
    r"|march|may|june|july|august|october|jan|feb|mrt|maa|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec"
    r"|januar|februar|märz|maerz|mai|dezember"  # German, as in "14. Mai 2006"
    r"|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
    r"|janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"  # Portuguese
    r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"  # Turkish
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"  # Polish
    r"|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"  # Spanish
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"  # Italian
    r"|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"  # Welsh
    r"|jannewaris|febrewaris|maaie|juny|septimber|novimber|desimber)\.?"  # Frisian
    r"(?:/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))?"  # passports write both: "11 MEI/MAY 1991"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|e|ste|de)?"
_NUM_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_NUM_MONTH = r"(?:1[0-2]|0?[1-9])"
_OLD_YEAR = r"(?:19\d\d|'[3-9]\d)"  # '85 is 1985: a two-digit year from '30 on is no business date
_FULL_YEAR = r"(?:19|20)\d\d"
_YEAR = rf"(?:{_FULL_YEAR}|'\d\d)"


def _date(year: str, short_year: str, short_separators: str = "-/.") -> str:
    """A full date with `year` (month written out or numeric) or `short_year` (numeric only, with one of
    `short_separators`: "12-3-85")."""
    return (
        rf"(?:{_NUM_DAY}(?P<s1> ?[-/.] ?){_NUM_MONTH}(?P=s1){year}"  # "21 - 06 - 1932" too
        rf"|{_NUM_DAY}(?P<s0>[{short_separators}]){_NUM_MONTH}(?P=s0){short_year}"
        rf"|{year}(?P<s2>[-/.]){_NUM_MONTH}(?P=s2){_NUM_DAY}"
        # "17. Dezember 1946", "27 de novembro de 1971"
        rf"|(?:the\s+)?{_DAY}\.?(?:\s+of|\s+de)?(?:\s+|-){_MONTH}(?:,?\s+(?:(?:de|um|uh|eh|uhm),?\s+)?|-){year}"
        r"(?: r\.)?"  # Polish: "18 kwietnia 1976 r."
        rf"|{_MONTH}\s+{_DAY},?\s+{year})"
    )


_CUE = (
    r"geboren|gebaore|geboortedatum(?:\s+van\s+(?:de|het|mijn|uw|onze)(?:\s+\w+){1,2}|\s+[a-z]+(?=:)"  # "…: …"
    r"|\s+[a-z]{4,}(?=\s+\d))?"  # whose: "geboortedatum verzekeringnemer 24 jun 2003", "… kind 4-5-2010"
    r"|geburtsdatum"
    # "Geb.datum kandidaat: …", "gb 8 mei …"
    r"|geb\.?\s?dat(?:um)?(?:\s+[a-z]+(?=:))?|geb\.|(?:geb|(?<!\d )gb)(?=[ \t]*+:?[ \t]*\d)"
    r"|date of birth|birth ?date|d\.?o\.?b\.?|born|birthday"
    r"|verjaardag"
    r"|jarig|(?:ik ben|hij is|zij is|ze is|(?:zoon|dochter|kind|man|vrouw|partner|moeder|vader) is) van"
    r"|doğum tarihi|data de nascimento|nascid[oa] em|née? le|geboren am|urodzon[ya]|nacid[oa] el|°"  # "°": born
    r"|fecha d[ei] na(?:cimiento|sementu)|berne(?: op)?"  # Spanish, Papiamento, Frisian
    r"|geboortekaart(?:je)?s?(?:\s+(?:voor|van|for)\s+[A-Z][\w'’-]*)?"  # "Geboortekaartjes voor Levi, 2-3-2024"
    r"|birth announcements?(?:\s+(?:for|of)\s+[A-Z][\w'’-]*)?"
    r"|(?:wordt|werd|turns|turned)\s+\d{1,3}(?![\d.,/-])(?:\s+jaar)?"  # "Griet wordt 80 (7 oktober '29)"
)
_FILLER = (  # … and what an agent notes about it: "geb.datum geverifieerd (22 nov 2007)", "birthday set to …"
    rf"(?>(?:[\s:,=(|-]*(?:is|ist|was|op|on|in|de|:|{HESITATION}|{ANSWER}|geverifieerd|gecontroleerd|verified|checked"
    r"|set to|ingesteld op|ingevuld|entered|ter controle|for verification|to verify|as|als"
    r"|\|[ \t]*(?:klant|customer|caller|client|user|gebruiker|k|c)[ \t]*:)(?!\w))"  # "… | klant: 14.9.2006"
    rf"{{0,4}}[\s:,=(-]*{ANSWER}?[\s:,=(-]*)"  # atomic: a date starts with no blank, so it gives nothing back
)
_DATE_NO_YEAR = rf"(?:(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}|{_MONTH}\s+{_DAY})"
# Number words up to 31 (a day) and up to 99 (a year read as two digits: "vijfentachtig").
_UNIT = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_SPOKEN_DAY = rf"(?:(?:{_UNIT}[eë]n(?:twintig|dertig)|twintig|dertig|{NL_TEENS}|{_UNIT})(?:de|ste)?|eerste|derde)"
_SPOKEN_YEAR = (
    rf"(?:(?:negentien|tweeduizend)[ -]?(?:honderd[ -]?(?:en[ -]?)?)?)?"
    rf"(?:{_UNIT}[eë]n{NL_TENS}|{NL_TENS}|{NL_TEENS}|{_UNIT})|tweeduizend"  # "vijf januari tweeduizend"
)
_SPOKEN_MONTH = rf"(?:{_UNIT}|tien|elf|twaalf)"
# "twaalf maart vijfentachtig", "de achttiende van maart 1975", "negentien 95", and all in numbers:
# "drieëntwintig drie eenenveertig" (23-3-'41).
_SPOKEN = (
    rf"(?:{_SPOKEN_DAY}|{_DAY})(?:\s+van)?\s+{_MONTH}\s+(?:negentien[ -]?\d\d|{_SPOKEN_YEAR}|{_YEAR})(?: r\.)?"
    rf"|{_SPOKEN_DAY},?\s+{_SPOKEN_MONTH},?\s+(?:{_SPOKEN_YEAR}|{_FULL_YEAR})"  # "dertien, negen, eenenveertig"
)
_ANY_DATE = _date(_YEAR, r"\d\d")
# After a cue "born 08/18/1987" and "DOB 8-20-76" are month first.
_US_DATE = rf"{_NUM_MONTH}/{_NUM_DAY}/{_FULL_YEAR}|{_NUM_MONTH}-(?:1[3-9]|2\d|3[01])-(?:{_FULL_YEAR}|\d\d)"
# Year first with dots, as Hungarian forms write it: "1974. 07. 03." (in the 1900s a birth date without a cue).
_DOTTED_YEAR_FIRST = r"(?:19|20)\d\d\.[ ]?(?:0[1-9]|1[0-2])\.[ ]?(?:0[1-9]|[12]\d|3[01])\.?"
# After a cue "5 Oct 61" is a date of birth too, and so are "15 July 19 93", "08021972" and "080272".
_CUED_DATE = (  # … and "geboren 200347" (day, month, year in six digits), "geboren 19490706" (year first)
    _date(r"(?:(?:19|20) ?\d\d|'?\d\d)", r"\d\d")
    + r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:(?:19|20)\d\d|\d\d)"
    + r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    + rf"|{_NUM_DAY}{_MONTH}{_FULL_YEAR}"  # glued, as a form's field takes it: "4aug1986"
    + rf"|{_NUM_DAY} {_NUM_MONTH} (?:19|20)\d\d"  # "geboren op 17 06 1973"
    + rf"|{_NUM_DAY} ?[-/.] ?{_NUM_MONTH} ?[-/.] ?(?:19|20)\d\d"  # handwritten, as a scanner read it: "11 - 4-1966"
    + rf"|{_NUM_DAY}[/.-]{_NUM_MONTH} ?['’]\d\d(?!\d)"  # "geboren 12/11 '38"
    + rf"|{AIRLINE_DATE}"  # as an airline writes it: "Date of birth: 15MAR1981", "born 16DEC98"
    # keyed digit by digit on a phone: "0 8 0 3 1 9 5 6", "0-4-0-7-1-9-4-1"
    + r"|[0-3](?P<sep>[ -])\d(?P=sep)[01](?P=sep)\d(?P=sep)[12](?P=sep)[09](?P=sep)\d(?P=sep)\d"
)
# Read out in English: "June the first nineteen forty nine", "the twenty second of May two thousand and one".
_EN_ORDINAL = (
    r"(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_EN_YEAR = (
    rf"(?:nineteen[ -](?:{EN_TENS}(?:[ -]{EN_UNITS})?|{EN_TEENS}|oh[ -]{EN_UNITS}|hundred)"
    rf"|two thousand(?:[ -](?:and[ -])?(?:{EN_TENS}(?:[ -]{EN_UNITS})?|{EN_TEENS}|{EN_UNITS}))?"
    rf"|twenty[ -](?:{EN_TEENS}|oh[ -]{EN_UNITS}|{EN_UNITS}))"
)
_EN_SPOKEN_MONTH = rf"(?:{EN_UNITS}|ten|eleven|twelve)"  # as `_SPOKEN_MONTH`, in English
_EN_CARDINAL_DAY = rf"(?:(?:twenty|thirty)[- ]?{EN_UNITS}|twenty|thirty|{EN_TEENS}|{EN_UNITS})"
_EN_SPOKEN = (  # the year in words or digits: "the eighteenth of March 1994", "twenty August, nineteen seventy-two"
    rf"(?:{_MONTH}\s+(?:the\s+)?(?:{_EN_ORDINAL}|{_DAY}),?\s+(?:{_EN_YEAR}|{_FULL_YEAR})"
    rf"|(?:{_EN_ORDINAL}|{_EN_CARDINAL_DAY}|{_DAY})\s+{_MONTH},?\s+(?:{_EN_YEAR}|{_FULL_YEAR})"  # "second july …"
    rf"|{_MONTH}\s+{_EN_CARDINAL_DAY},?\s+(?:{_EN_YEAR}|{_FULL_YEAR})"  # "March twenty-six, nineteen fifty-five"
    rf"|(?:the\s+)?(?:{_EN_ORDINAL}|{_EN_CARDINAL_DAY}|{_DAY})\s+of\s+{_MONTH},?\s+(?:{_EN_YEAR}|{_FULL_YEAR})"
    rf"|{_EN_CARDINAL_DAY},?\s+{_EN_SPOKEN_MONTH},?\s+{_EN_YEAR})"  # "four eight nineteen seventy four"
)
# A month in Roman numerals, as passports and Polish or Belgian forms write it: 6.XII.1952.
_ROMAN_DATE = r"(?-i:{day}[.\-/ ](?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[.\-/ ]{year})"
_RELATIVE = (
    r"zoon|dochter|kind|zoontje|dochtertje|man|vrouw|partner|moeder|vader|opa|oma|broer|zus|kleinzoon|kleindochter"
    r"|son|daughter|child|husband|wife|mother|father|brother|sister|grandson|granddaughter"
    r"|kinderen|jongste|oudste|mama|papa|children|kids|youngest|eldest|oldest|mum|mom|dad"
    r"|minderjarige|minor(?: waiver)?|jeugdlid|junior(?: member)?"  # a waiver or form for a child: "Minor waiver: …"
    r"|birthday party for|(?:kinder|verjaardags)feestje voor"
    r"|mevr\.?|mw\.?|mevrouw|dhr\.?|meneer|mr\.?|mrs\.?|cliënt|client|patiënt|patient"  # "mevr. Claeys (2 jun. 2009)"
)
_NAME_PARTICLE = r"van|de|der|den|ter|ten|te|het|'t|op|uit|in"
_OLD_DATE = _date(_OLD_YEAR, r"[3-9]\d", "-/")  # not 12.3.85: that may be a version
_YEAR_FIRST = rf"{_FULL_YEAR},?\s+(?:op|on)\s+{_DATE_NO_YEAR}"

_HINTS = ("geb", "born", "birth", "dob", "d.o.b", "verjaardag", "jarig", " is van", "ben van", "wordt", "werd", "turn")
_HINTS += ("doğum", "nascid", "nascimento", "né", "°", "urodzon", "nacid", "fecha d", "berne", "gb")
DATES: tuple[Rule, ...] = (
    Rule(  # a spreadsheet's formula on a birth date's row: "Bride's DOB (licence)<TAB>=DATE(1947,10,13)"
        "DOB",
        re.compile(
            r"(?im)(?:dob|geboorte|birth|geb\.)[^\n]{0,60}?=(?:DATE|DATUM)\("
            r"(?P<v>(?:19|20)\d\d[,;] ?\d\d?[,;] ?\d\d?)\)"
        ),
        group="v",
        hints=("date(", "datum("),
    ),
    Rule(  # read out: no digit needed
        "DOB",
        re.compile(rf"(?i)(?<!\w)(?:{_CUE}){_FILLER}(?P<v>{_SPOKEN}|{_EN_SPOKEN})(?!\w)"),
        group="v",
        hints=_HINTS,
        digits=False,
    ),
    Rule(
        "DOB",
        re.compile(
            rf"(?i)(?<!\w)(?:{_CUE}){_FILLER}(?P<v>{_DOTTED_YEAR_FIRST}|{_CUED_DATE}|{_US_DATE}|{_YEAR_FIRST}|{_DATE_NO_YEAR}"
            rf"|{_ROMAN_DATE.format(day=_NUM_DAY, year=_YEAR)}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)"  # "1985年12月15日"
            r"(?!\w)"
        ),
        group="v",
        hints=_HINTS,
    ),
    # The cue after the date: "ik ben op 9 juli '75 geboren", "I was 12/03/1990 born" is rare but Dutch isn't.
    Rule(
        "DOB",
        re.compile(rf"(?i)(?<![\w/.-])(?P<v>{_ANY_DATE})\s+(?:geboren|born)(?!\w)"),
        group="v",
        hints=("geboren", "born"),
    ),
    # …but not a business's founding date: "founded on 12 March 1998", "opgericht op 1-4-1987".
    Rule(  # with a time of midnight, as an export writes a date: "1950-04-06T00:00:00"
        "DOB",
        re.compile(rf"(?i)(?<![\w/.-])(?<!founded on )(?<!opgericht op ){_OLD_DATE}(?:T00:00(?::00)?)?(?![\w/-]|\.\d)"),
    ),
    # A full date with a 1900s year read out is an old date too: "5 september negentienachtenzeventig".
    Rule(
        "DOB",
        re.compile(
            rf"(?i)(?<!\w)(?:(?:{_SPOKEN_DAY}|{_DAY})\s+{_MONTH},?\s+negentien[ -]?(?:honderd[ -]?(?:en[ -]?)?)?"
            rf"(?:{_UNIT}[eë]n{NL_TENS}|{NL_TENS}|{NL_TEENS}|{_UNIT})|{_EN_SPOKEN})(?!\w)"
        ),
        accept=lambda value: "negentien" in value.lower() or "nineteen" in value.lower(),
        hints=("negentien", "nineteen"),
        digits=False,
    ),
    Rule("DOB", re.compile(rf"(?<![\w/.-])(?=19){_DOTTED_YEAR_FIRST}(?![\w/-]|\.?\d)")),
    # A day, a month's abbreviation and a year of two digits from '30 on, joined by dashes: "15-jan-87".
    Rule("DOB", re.compile(rf"(?i)(?<![\w/.-]){_NUM_DAY}-{_MONTH}-[3-9]\d(?![\w/-]|\.\d)")),
    # With a month in Roman numerals and a full year, any date is one: only forms and passports write it so.
    Rule("DOB", re.compile(rf"(?<![\w/.-]){_ROMAN_DATE.format(day=_NUM_DAY, year=_FULL_YEAR)}(?![\w/-]|\.\d)")),
    # A relative, their name and a date in brackets: "onze dochter Noor (24-12-2017)", "my son Jake (2nd of May 2019)",
    # "my youngest, Mila (26-03-2025)", "Mijn moeder (Yvonne Verhoeven, 24-09-28)", "my mum Lydia Ward (4/14/1948)",
    # and the next in a list of them: "de kinderen: Sara Benali (27-07-06) en Tim Benali (26-08-06)".
    Rule(
        "DOB",
        re.compile(
            rf"(?:(?i:(?<!\w)(?:{_RELATIVE}))[\s,:]+\(?|(?<=\))\s+(?:en|and|&)\s+)"
            rf"(?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:{_NAME_PARTICLE})\s+){{0,3}}){{0,3}}"
            rf"[A-ZÀ-Ý][\w'’-]*(?:\s*\(|,\s*)(?P<v>(?i:{_ANY_DATE}|{_US_DATE}))\)"
        ),
        group="v",
    ),
)

# A line that says it lists birth dates: every date on it after those words is one ("Geboortedata gezin: Freek
# Wolters 12/9/'96, kinderen Yfke 17 jul. 2010 en Bo 3/9/'16").
_BIRTH_DATES_LINE = re.compile(r"(?i)(?:geboortedata|geboortedatums|dates of birth|birth ?dates|birthdays)\b[^\n]*")
_DATE_ON_LINE = re.compile(
    rf"(?i)(?<![\w/.-])(?:{_ANY_DATE}|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)(?![\w/-]|\.\d)"
)


# A form whose values landed below its labels, as a PDF's text comes out: "Naam:\nGeboortedatum:\nJoanna Kamińska\n
# 15-06-'04": the first line within three below an empty date-of-birth label that is a date and nothing else, before
# the next label.
_EMPTY_BIRTH_LABEL = re.compile(
    r"(?im)^[ \t]*(?:geboortedatum|geb\.?[ \t]?datum|date of birth|dob|birth ?date)[ \t]*:[ \t]*\n"
)
_YEAR_FIRST_DATE = r"(?:19|20)\d\d(?P<yf>[/-])(?:0[1-9]|1[0-2])(?P=yf)(?:0[1-9]|[12]\d|3[01])"  # "2008/09/20"
_DATE_LINE = re.compile(rf"(?i)[ \t]*(?P<v>{_CUED_DATE}|{_US_DATE}|{_YEAR_FIRST_DATE})[ \t]*")


def birth_date_list_spans(text: str, lower: str) -> Iterator[Span]:
    if "geboortedat" in lower or "birth" in lower:
        for line in _BIRTH_DATES_LINE.finditer(text):
            for match in _DATE_ON_LINE.finditer(text, line.start(), line.end()):
                yield match.start(), match.end(), "DOB"
    for label in _EMPTY_BIRTH_LABEL.finditer(text) if ":\n" in text else ():
        offset = label.end()
        for row in text[offset:].split("\n", 3)[:3]:
            if (date := _DATE_LINE.fullmatch(row)) is not None:
                yield offset + date.start("v"), offset + date.end("v"), "DOB"
            if date is not None or ":" in row:
                break  # the date, or the next label: "Geboortedatum:\nonbekend\nAfspraak:\n12-03-2025"
            offset += len(row) + 1
