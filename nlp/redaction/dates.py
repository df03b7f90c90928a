"""Dates of birth: any date after a birth cue ("geboren op", "geb.", "date of birth", "DOB"), and a full
date in the 1900s anywhere (contact-centre business dates are recent; such an old full date in a
transcript is nearly always someone's birthday). Recent dates ("de factuur van 3 maart") stay, and so do
dates in the 2000s without a cue ("klant sinds 1 januari 2009").
"""

from __future__ import annotations

import re

from nlp.redaction.rules import Rule

_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february"
    r"|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|e|ste|de)?"
_OLD_YEAR = r"19\d\d"
_YEAR = r"(?:(?:19|20)\d\d|'\d\d)"


def _date(year: str, short_year: bool) -> str:
    numeric_year = rf"(?:{year}|\d\d)" if short_year else year
    return (
        rf"(?:(?:[12]\d|3[01]|0?[1-9])[-/.](?:1[0-2]|0?[1-9])[-/.]{numeric_year}"
        rf"|{year}-(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])"
        rf"|(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{year}"
        rf"|{_MONTH}\s+{_DAY},?\s+{year})"
    )


_CUE = (
    r"geboren|geboortedatum|geb\.?\s?datum|geb\.|date of birth|birth ?date|d\.?o\.?b\.?|born|birthday|verjaardag"
    r"|jarig"
)
_FILLER = r"(?:[\s:,=-]*(?:is|was|op|on|in|de|the|:)\b){0,3}[\s:,=-]*"
_DATE_NO_YEAR = rf"(?:(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}|{_MONTH}\s+{_DAY})"

DATES: tuple[Rule, ...] = (
    Rule(
        "DOB",
        re.compile(rf"(?i)(?<!\w)(?:{_CUE}){_FILLER}(?P<v>{_date(_YEAR, True)}|{_DATE_NO_YEAR})(?!\w)"),
        group="v",
        hints=("geb", "born", "birth", "dob", "d.o.b", "verjaardag", "jarig"),
    ),
    Rule("DOB", re.compile(rf"(?i)(?<![\w/.-]){_date(_OLD_YEAR, False)}(?![\w/-]|\.\d)"), hints=("19",)),
)
