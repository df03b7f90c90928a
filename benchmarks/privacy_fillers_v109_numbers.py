"""Check digits and spoken numbers of the held-out split test_v109 (IBAN mod 97, BSN eleven test, Luhn for cards),
plus the Dutch pair-wise and English digit-wise readings a voice bot's speech recogniser writes down."""

from __future__ import annotations

import random

_UNITS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
_TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_TENS_NL = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
_UNITS_EN = "oh one two three four five six seven eight nine".split()
_TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_EN = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def nums(rng: random.Random, count: int) -> str:
    """`count` random digits."""
    return "".join(rng.choice("0123456789") for _ in range(count))


def mod97_iban(country: str, bban: str) -> str:
    """Country code, two check digits and BBAN such that the whole passes the ISO 13616 mod-97 test."""
    as_number = int("".join(str(int(ch, 36)) for ch in f"{bban}{country}00".upper()))
    return f"{country}{98 - as_number % 97:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    """Twelve digits: bank, account, and the Belgian national check (first ten mod 97, 97 for zero)."""
    head = nums(rng, 10)
    check = int(head) % 97 or 97
    return f"{head}{check:02d}"


def eleven_test_bsn(rng: random.Random) -> str:
    """A nine-digit number passing the BSN eleven test (weights 9..2 and -1)."""
    while True:
        body = [rng.randint(1, 9), *(rng.randint(0, 9) for _ in range(7))]
        weighted = sum(digit * weight for digit, weight in zip(body, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = weighted % 11
        if last <= 9:
            return "".join(str(d) for d in body) + str(last)


def luhn_card(prefix: str, length: int, rng: random.Random) -> str:
    """A card number of `length` digits starting with `prefix` whose last digit makes the Luhn sum end in 0."""
    body = prefix + nums(rng, length - len(prefix) - 1)
    total = 0
    for position, ch in enumerate(reversed(body)):
        value = int(ch) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for position, ch in enumerate(reversed(number)):
        value = int(ch) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Split `text` into pieces of `sizes` (any rest as a last piece) joined by `sep`."""
    pieces, at = [], 0
    for size in sizes:
        pieces.append(text[at : at + size])
        at += size
    pieces.append(text[at:])
    return sep.join(piece for piece in pieces if piece)


def dutch_pair(pair: str) -> str:
    """'07' -> 'nul zeven', '12' -> 'twaalf', '43' -> 'drieënveertig'."""
    if pair[0] == "0":
        return f"nul {_UNITS_NL[int(pair[1])]}"
    tens, unit = int(pair[0]), int(pair[1])
    if tens == 1:
        return _TEENS_NL[unit]
    if unit == 0:
        return _TENS_NL[tens - 2]
    joint = "ën" if _UNITS_NL[unit].endswith("e") else "en"
    return f"{_UNITS_NL[unit]}{joint}{_TENS_NL[tens - 2]}"


def english_pair(pair: str) -> str:
    if pair[0] == "0":
        return f"oh {_UNITS_EN[int(pair[1])]}"
    tens, unit = int(pair[0]), int(pair[1])
    if tens == 1:
        return _TEENS_EN[unit]
    return _TENS_EN[tens - 2] + (f" {_UNITS_EN[unit]}" if unit else "")


def heard(number: str, lang: str, rng: random.Random) -> str:
    """How a speech recogniser writes a read-out number: words, pairs, 'double', and some digits left as digits."""
    out, at = [], 0
    while at < len(number):
        ch = number[at]
        roll = rng.random()
        if lang == "nl" and at + 1 < len(number) and roll < 0.45:
            out.append(dutch_pair(number[at : at + 2]))
            at += 2
        elif lang == "en" and at + 1 < len(number) and number[at + 1] == ch and roll < 0.7:
            out.append(f"double {_UNITS_EN[int(ch)]}")
            at += 2
        elif roll > 0.85 and at + 1 < len(number):
            out.append(number[at : at + 2])
            at += 2
        else:
            out.append((_UNITS_NL if lang == "nl" else _UNITS_EN)[int(ch)])
            at += 1
    return " ".join(out)


def year_words(year: int, lang: str) -> str:
    """1987 -> 'negentien zevenentachtig' or 'nineteen eighty seven'; 2003 -> 'tweeduizend drie'."""
    if year >= 2000:
        rest = year - 2000
        if lang == "nl":
            tail = "" if not rest else " " + (dutch_pair(f"{rest:02d}") if rest > 9 else _UNITS_NL[rest])
            return "tweeduizend" + tail
        tail = "" if not rest else " " + (english_pair(f"{rest:02d}") if rest > 9 else _UNITS_EN[rest])
        return "two thousand" + tail.replace("oh ", "")
    pair = f"{year % 100:02d}"
    if lang == "nl":
        return f"negentien {dutch_pair(pair)}"
    return f"nineteen {english_pair(pair)}"


ORDINALS_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth"
).split()
