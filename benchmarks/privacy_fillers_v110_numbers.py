"""Check digits and spoken numbers of the held-out split test_v110: IBAN mod 97, the BSN eleven test, the Belgian
national register number's mod 97, Luhn for payment cards, and Dutch and English numbers read out loud."""

from __future__ import annotations

import random

_UNITS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
_TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_TENS_NL = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
_UNITS_EN = "zero one two three four five six seven eight nine".split()
_TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_EN = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def digit_string(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(text[start : start + size])
        start += size
    if start < len(text):
        parts.append(text[start:])
    return sep.join(part for part in parts if part)


def iban_with_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    text = "".join(ch for ch in iban if ch.isalnum()).upper()
    return int("".join(str(int(ch, 36)) for ch in text[4:] + text[:4])) % 97 == 1


def belgian_bban(rng: random.Random) -> str:
    first = str(rng.randint(1, 9)) + digit_string(rng, 9)
    check = int(first) % 97 or 97
    return f"{first}{check:02d}"


def eleven_test_number(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, head)) + str(rest)


def eleven_test_ok(number: str) -> bool:
    plain = [int(ch) for ch in number if ch.isdigit()]
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(plain) == 9 and sum(d * w for d, w in zip(plain, weights, strict=True)) % 11 == 0


def belgian_register_number(rng: random.Random, year: int, month: int, day: int) -> str:
    """YY.MM.DD-SSS.CC: the check is 97 minus the first nine digits mod 97 (with a leading 2 from 2000 on)."""
    serial = rng.randint(1, 997)
    head = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    check = 97 - int(("2" if year >= 2000 else "") + head) % 97
    return f"{head[:2]}.{head[2:4]}.{head[4:6]}-{head[6:9]}.{check:02d}"


def luhn_complete(partial: str) -> str:
    for last in "0123456789":
        number = partial + last
        total = 0
        for index, ch in enumerate(reversed(number)):
            value = int(ch) * (2 if index % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return number
    raise AssertionError(partial)


def luhn_ok(number: str) -> bool:
    plain = [int(ch) for ch in number if ch.isdigit()]
    total = 0
    for index, value in enumerate(reversed(plain)):
        value *= 2 if index % 2 else 1
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def number_words(value: int, lang: str) -> str:
    """0 to 99 as words: 'zevenenveertig', 'forty-seven'."""
    if lang == "nl":
        if value < 10:
            return _UNITS_NL[value]
        if value < 20:
            return _TEENS_NL[value - 10]
        tens, unit = divmod(value, 10)
        if not unit:
            return _TENS_NL[tens]
        link = "ën" if _UNITS_NL[unit].endswith("e") else "en"
        return f"{_UNITS_NL[unit]}{link}{_TENS_NL[tens]}"
    if value < 10:
        return _UNITS_EN[value]
    if value < 20:
        return _TEENS_EN[value - 10]
    tens, unit = divmod(value, 10)
    return _TENS_EN[tens] + (f"-{_UNITS_EN[unit]}" if unit else "")


def ordinal_en(day: int) -> str:
    if day <= 20:
        return _ORDINAL_EN[day - 1]
    tens, unit = divmod(day, 10)
    return _TENS_EN[tens] + (f"-{_ORDINAL_EN[unit - 1]}" if unit else "ieth")


def year_words(year: int, lang: str) -> str:
    century, rest = divmod(year, 100)
    if lang == "nl":
        if century == 20:
            return "tweeduizend" + (number_words(rest, "nl") if rest else "")
        return "negentien" + ("honderd" if not rest else " " + number_words(rest, "nl"))
    if century == 20:
        return "two thousand" + (f" and {number_words(rest, 'en')}" if rest else "")
    return "nineteen " + ("hundred" if not rest else ("oh " if rest < 10 else "") + number_words(rest, "en"))


def read_digits(number: str, lang: str, rng: random.Random) -> str:
    """Digit by digit, in Dutch sometimes in pairs, in English with 'oh' and 'double'."""
    plain = [ch for ch in number if ch.isdigit()]
    if lang == "nl":
        if rng.random() < 0.5 and len(plain) % 2 == 0:
            pairs = ["".join(plain[i : i + 2]) for i in range(0, len(plain), 2)]
            return ", ".join(
                " ".join(_UNITS_NL[int(d)] for d in pair) if pair[0] == "0" else number_words(int(pair), "nl")
                for pair in pairs
            )
        return " ".join(_UNITS_NL[int(d)] for d in plain)
    words, index = [], 0
    while index < len(plain):
        word = "oh" if plain[index] == "0" and rng.random() < 0.6 else _UNITS_EN[int(plain[index])]
        if index + 1 < len(plain) and plain[index + 1] == plain[index]:
            words.append(f"double {word}")
            index += 2
        else:
            words.append(word)
            index += 1
    return " ".join(words)
