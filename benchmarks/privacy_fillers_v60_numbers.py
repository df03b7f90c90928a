"""Check digits, spoken numbers and groupings for the held-out split test_v60, written from scratch: IBAN mod 97,
BSN eleven test, Belgian rijksregisternummer mod 97, Luhn, and Dutch and English number words for transcripts."""

from __future__ import annotations

import random

# Basic bank account number after country and check digits: (digits, leading letters).
BBAN = {"NL": (10, 4), "BE": (12, 0), "DE": (18, 0), "FR": (23, 0), "LU": (16, 0), "PL": (24, 0), "PT": (21, 0)}
UNITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien".split(),
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split(),
}
TENS = {
    "nl": ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
}
LETTERS_NL = {"a": "a", "b": "bee", "d": "dee", "g": "gee", "h": "haa", "j": "jee", "k": "kaa", "x": "iks", "z": "zet"}


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def iban_with_check(country: str, bban: str) -> str:
    moved = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def bsn_eleven(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9), *(rng.randint(0, 9) for _ in range(7))]
        last = sum(w * d for w, d in zip(range(9, 1, -1), head, strict=True)) % 11
        if last < 10:
            return "".join(map(str, head)) + str(last)


def rijksregister(rng: random.Random, year: int, month: int, day: int) -> str:
    """YY.MM.DD-SSS.CC; the check is 97 minus the first nine digits (prefixed by 2 after 1999) modulo 97."""
    body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 997):03d}"
    number = int(("2" if year >= 2000 else "") + body)
    check = 97 - number % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{check:02d}"


def luhn(body: str) -> str:
    total = 0
    for index, ch in enumerate(reversed(body)):
        value = int(ch) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str(-total % 10)


def group(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(text[start : start + size])
        start += size
    if start < len(text):
        parts.append(text[start:])
    return sep.join(part for part in parts if part)


def every(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def word(number: int, lang: str) -> str:
    """0 to 99 in words: 'vierentachtig', 'tweeëntwintig', 'eighty four'."""
    lang = "nl" if lang == "nl" else "en"
    if number < 20:
        return UNITS[lang][number]
    tens, unit = divmod(number, 10)
    if not unit:
        return TENS[lang][tens]
    if lang == "en":
        return f"{TENS['en'][tens]} {UNITS['en'][unit]}"
    small = UNITS["nl"][unit]
    return f"{small}{'ën' if small.endswith('e') else 'en'}{TENS['nl'][tens]}"


def year_words(year: int, lang: str) -> str:
    if year >= 2000:
        rest = year - 2000
        thousand = "tweeduizend" if lang == "nl" else "two thousand"
        return thousand if not rest else f"{thousand} {word(rest, lang)}"
    return f"{word(year // 100, lang)} {word(year % 100, lang)}"


def say(text: str, lang: str, sep: str = " ") -> str:
    """Digit by digit as speech-to-text writes it; letters stay single lower-case letters."""
    units = UNITS["nl" if lang == "nl" else "en"]
    return sep.join(units[int(ch)] if ch.isdigit() else ch.lower() for ch in text if ch.isalnum())


def say_pairs(text: str, lang: str) -> str:
    """'06 12 34 ...' read as pairs: 'nul zes twaalf vierendertig ...'."""
    out = [say(text[:2], lang)]
    for i in range(2, len(text), 2):
        pair = text[i : i + 2]
        out.append(say(pair, lang) if pair.startswith("0") or len(pair) < 2 else word(int(pair), lang))
    return " ".join(out)
