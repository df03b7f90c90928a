"""Letters a scanner or OCR put for digits, and digits it put for letters, undone before the rules look: "O6-833O9901",
"NLl4RABO2343567139", "14-05-l952" and "T0by Bl0m" are read as "06-83309901", "NL14RABO2343567139",
"14-05-1952" and "Toby Blom". Every character keeps its place (one for one), so the spans found on the repaired
text are the spans of the original, which is what is redacted and returned.

Only words that hold a digit are touched: a word of digits with O, o, l or I among them (but no other letter)
gets digits; an IBAN's country check digits and account part get digits around the bank code's letters; a
capitalised word with two lower-case letters or more and one or two 0s or 1s gets letters (not "SW1A" or
"BD10KP"), and so does a word of capitals with a 0, 1 or 5 for an O, I or S when it reads as a word: four
characters or more, twice as many letters as digits, not ending in two digits ("ZOMER10"), a vowel among its
letters and two once the digits are read ("PROVO0ST", "HENDRIK5EN", "1SLA"; not "DJH15V" or "B00HBV"), or three
with the digit in the middle ("J0B"). A word of four characters or more (or three ending in S, B or Z) with two
digits or more and only S, B and Z besides (and the letters above) gets digits too ("S224.99.909", "95B6",
"03OS", "Z3471B7Z9"), a shorter one ("5B", a house number) not, nor one in a foreign IBAN. A date's O, l and I
become digits too where a part has no digit ("lO-03-l995"; not a plate's "83-11-ll"), and so do the first four
characters of a glued postcode with three digits among them ("425OPC"). A word of a 5 or an 8 and three lower-case
letters or more beside a capitalised word is a name whose S or B the scanner read as a digit ("5eppe K0dde",
"Yan van 8elzen"; not "5jarige").
"""

from __future__ import annotations

import re

_WORD = re.compile(r"(?<![\w'’])[^\W_]*\d[^\W_]*")
_DIGIT = re.compile(r"\d")
_TO_DIGIT = str.maketrans("OoIl", "0011")
_TO_LETTER = str.maketrans("01", "ol")
_TO_LETTER_CAPS = str.maketrans("015", "OIS")
_TO_LETTER_CAPS_SB = str.maketrans("58", "SB")
_CAPS_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž015]{4,}|[A-Z][015][A-Z]")  # three only as "J0B", not "YO1" or "NE1"
_IBAN_START = re.compile(r"[A-Z]{2}\d\d")
_DIGIT_NEXT = re.compile(r"[ \t]?\d")  # "K1M 0T7" is a Canadian postcode, not "KIM"
_VOWELS = frozenset("AEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")
_DATE_LIKE = re.compile(r"(?<![\w.,/-])[\dOlI]{1,2}([-./])[\dOlI]{1,2}\1(?=[OlI]?\d\d)[\dOlI]{2,4}(?![\w/-])")
_GLUED_POSTCODE = re.compile(r"[1-9OIl][\dOIl]{3}[A-Z]{2}")
_TO_DIGIT_SB = str.maketrans("OoIlSBZ", "0011582")
_ALMOST_DIGITS_SB = re.compile(r"[\dOoIlSBZ]*\d[\dOoIlSBZ]*")
_IBAN_HEAD = re.compile(r"(?i)(?P<country>[A-Z]{2})\d\d[ ]?[A-Z]{4}(?:[ ]?[A-Z\d]{1,4})*[ ]?$")
_ALMOST_DIGITS = re.compile(r"[\dOoIl]*\d[\dOoIl]*")
_IBAN = re.compile(r"(?P<country>[A-Z]{2})(?P<check>[\dOIl]{2})(?P<bank>[A-Z]{4})?(?P<rest>[\dOIl]*)")
_POSTCODE_LIKE = re.compile(r"\d{4}[A-Za-z]{2}")
_UK_INWARD = re.compile(r" \d[A-Za-z]{2}(?![\w])")
_CANADIAN_HALF = re.compile(r"(?i)[A-Z]\d[A-Z]")  # "m9n 0l1": a Canadian postcode's halves, not "m9n 011"
# "5eppe", "80elens": an S or a B, then a name's rest; not a number glued to its noun ("5jarige", "8daagse")
_DIGIT_NAME = re.compile(
    r"[58](?!jarig|daag|delig|persoon|ster|voud|baan|kamer|maand|week|ur|ling|tal|liter|kilo|meter|year|day|star)"
    r"(?:[^\W\d_]|[01](?=[^\W\d_])){3,}"
)
# A date a scanner read with letters for its digits and a tilde for its dash: "25/0b/1977", "12/0S/1992", "10~1O-1977",
# "04/03/197b", "12 - b-1959"; four digits or more among it, two of them in the year.
_DATE_LETTERS = "OolISZb"  # read as 0, 0, 1, 1, 5, 2 and 6
_OCR_DATE = re.compile(
    rf"(?<![\w.,/-])[\d{_DATE_LETTERS}]{{1,2}}(?:[ \t]?[-~][ \t]?|[/.])[\d{_DATE_LETTERS}]{{1,2}}[-/.~]"
    rf"(?=[^\W_]?\d\d)[\d{_DATE_LETTERS}]{{2,4}}(?![\w/-])"
)
_TO_DATE = str.maketrans(_DATE_LETTERS + "~", "0011526-")
_DATE_SEPARATOR = re.compile(r"[ \t]*[-/.][ \t]*")
# A capitalised word with a "?" for one letter inside it, lower-case letters after it (not "php?id", "Wat?"):
# read as a word (with an "e" for the letter) so the name rules see a name.
_UNREADABLE = re.compile(r"(?<![\w'’?])[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{0,20}\?(?=[a-zà-öø-ÿā-ž])[^\W\d_]{1,20}(?![\w?])")
# A capital I a scanner put for an l inside a name: "TaIeb", "BeverIey", "CIien", "WieI" (not "McIntyre").
_I_FOR_L = re.compile(r"(?<![\w'’])(?!Ma?cI)[A-Z](?:[a-z]*[a-z])?I[a-zI]*(?![\w'’])")
# a letter or tilde where a date's digit is
_DATE_HINT = re.compile(rf"[-/~][ \t]?\d{{0,3}}[{_DATE_LETTERS}]|\.\d{{0,3}}[{_DATE_LETTERS}]")
_INNER_B = re.compile(r"\d+b\d+")  # "06-97b14031": a b for a 6 between digits
_CAPITALISED_NEXT = re.compile(r"[ \t]+(?:[a-z]{1,3}[ \t]+){0,2}[A-Z]")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][^\W\d_]+\.?[ \t]+(?:[a-z]{1,3}[ \t]+){0,2}$")


def _repaired(match: re.Match[str]) -> str:
    word = match.group(0)
    if _POSTCODE_LIKE.fullmatch(word) or _UK_INWARD.match(match.string, match.end()):
        return word  # "9362ll" and "l8 7qd" are postcodes, not "936211" and "18 7qd"
    if len(word) == 3 and _CANADIAN_HALF.fullmatch(match.string, match.start() - 4, match.start() - 1):
        return word  # the second half of "m9n 0l1"
    if _ALMOST_DIGITS.fullmatch(word):
        return word.translate(_TO_DIGIT)
    if _INNER_B.fullmatch(word) and len(word) >= 6:
        return word.replace("b", "6")
    if _sb_digits(match, word):
        return word.translate(_TO_DIGIT_SB)  # "S224", "95B6", "03OS", "84S": an S for a 5, a B for an 8
    iban = _IBAN.fullmatch(word)
    if iban and (iban.group("bank") or len(word) == 4) and len(word) in (4, *range(14, 35)):
        head = iban.group("country") + iban.group("check").translate(_TO_DIGIT)
        return head + (iban.group("bank") or "") + iban.group("rest").translate(_TO_DIGIT)
    if _GLUED_POSTCODE.fullmatch(word) and sum(char.isdigit() for char in word[:4]) >= 3:
        return word[:4].translate(_TO_DIGIT) + word[4:]  # "425OPC" is 4250 PC
    if word[1:].lower() == word[1:] and _DIGIT_NAME.fullmatch(word) and _beside_capitalised(match):
        return word[0].translate(_TO_LETTER_CAPS_SB) + word[1:].translate(_TO_LETTER)
    if _CAPS_WORD.fullmatch(word) and _reads_as_word(match, word):
        return word.translate(_TO_LETTER_CAPS)  # a name or street in capitals: "PROVO0ST", "CRI5TINA"
    lower = sum(char.islower() for char in word)
    digits = [char for char in word if char.isdigit()]
    if word[0].isupper() and lower >= 2 and len(digits) <= 2 and set(digits) <= {"0", "1"}:
        return word.translate(_TO_LETTER)  # a capitalised name, not "SW1A", "BD10KP" or "ec1v"
    return word


def _reads_as_word(match: re.Match[str], word: str) -> bool:
    """A word in capitals with a 0, 1 or 5 for an O, I or S, not a code: "FA1RBAIRN", "J0B", not "DJH15V", "B00HBV"
    or "ZOMER10"."""
    text, start, end = match.string, match.start(), match.end()
    if (text[start - 1 : start] == "-" and text[end : end + 1] == "-") or _IBAN_START.match(word):
        return False  # part of a code ("ORD-UP5E-WWKF"), an IBAN's start ("NL05KNAB")
    if len(word) == 3:  # a letter, an O, I or S, a letter: "J0B", "B0B"
        return _DIGIT_NEXT.match(text, end) is None
    digits = sum(char.isdigit() for char in word)
    return (
        digits <= 2
        and len(word) >= 3 * digits
        and not word[-2:].isdigit()
        and any(char in _VOWELS for char in word)
        and sum(char in _VOWELS for char in word.translate(_TO_LETTER_CAPS)) >= 2
    )


def _beside_capitalised(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    after = _CAPITALISED_NEXT.match(text, match.end())
    return bool(after or _CAPITALISED_BEFORE.search(text, max(0, start - 40), start))


def _sb_digits(match: re.Match[str], word: str) -> bool:
    """Digits with an S or a B among them that stand for 5 and 8: four characters or more, or three ending in the
    letter ("84S"; not "B03", an apartment), and not in a foreign IBAN, whose account part holds letters
    ("RO49 AAAA 1B31 …")."""
    if not (len(word) >= 4 or (len(word) == 3 and word[-1] in "SBZ")) or not _ALMOST_DIGITS_SB.fullmatch(word):
        return False
    if sum(char.isdigit() for char in word) < 2:
        return False
    head = _IBAN_HEAD.search(match.string, max(0, match.start() - 30), match.start())
    return head is None or head.group("country") in ("NL", "BE", "DE")


def ocr_repaired(text: str) -> str:
    """`text` with OCR's letter-for-digit and digit-for-letter swaps undone, the same length."""
    if _inner_i(text):
        text = _I_FOR_L.sub(_l_for_i, text)
    if "?" in text:  # a letter no one could read on a handwritten card, typed as "?": "Mad?ro", "Y?ldız"
        text = _UNREADABLE.sub(lambda word: word.group(0).replace("?", "e"), text)
    if _DIGIT.search(text) is None:  # only words with a digit are touched (and names with an I for an l)
        return text
    if "~" in text or _DATE_HINT.search(text):
        text = _OCR_DATE.sub(_date_repaired, text)
    if "O" in text or "l" in text or "I" in text:  # "lO-03-l995": a date whose part has no digit to find it by
        text = _DATE_LIKE.sub(lambda date: date.group(0).translate(_TO_DIGIT), text)
    return _WORD.sub(_repaired, text)


def _inner_i(text: str) -> bool:
    """A capital I after a letter, before or after a lower-case one ("TaIeb", "WieI"): each I looked at (an English
    text has many), not the text searched by a regex."""
    index = text.find("I", 1)
    while index != -1:
        before = text[index - 1]
        if before.isascii() and before.isalpha() and (before.islower() or text[index + 1 : index + 2].islower()):
            return True
        index = text.find("I", index + 1)
    return False


def _l_for_i(match: re.Match[str]) -> str:
    word = match.group(0)
    if sum(char.islower() for char in word) < 2:
        return word  # "II", "AIr"
    return word[0] + word[1:].replace("I", "l")


def _date_repaired(match: re.Match[str]) -> str:
    date, repaired = match.group(0), match.group(0).translate(_TO_DATE)
    if sum(char.isdigit() for char in date) < 4 or repaired == date:
        return date
    day, month, year = (int(part) for part in _DATE_SEPARATOR.split(repaired))
    return repaired if 1 <= day <= 31 and 1 <= month <= 12 and len(str(year)) in (2, 4) else date  # not "6-ZZ-925"
