"""Check digits and writings of numbers for the held-out split test_v57 (seed 281), written from scratch."""

from __future__ import annotations

import random

WORDS_NL = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
WORDS_EN = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS_NL = {
    10: "tien", 11: "elf", 12: "twaalf", 13: "dertien", 14: "veertien", 15: "vijftien", 16: "zestien",
    17: "zeventien", 18: "achttien", 19: "negentien",
}  # fmt: skip
TENS_NL = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def digits(rng: random.Random, count: int, lead: str = "0123456789") -> str:
    return rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(count - 1))


def chunks(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(piece for piece in out if piece)


def mod97_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    flat = iban.replace(" ", "").upper()
    return int("".join(str(int(ch, 36)) for ch in flat[4:] + flat[:4])) % 97 == 1


def elfproef(rng: random.Random) -> str:
    while True:
        body = digits(rng, 8, "123456789")
        rest = sum(int(d) * w for d, w in zip(body, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest < 10:
            return body + str(rest)


def bsn_ok(bsn: str) -> bool:
    flat = [int(ch) for ch in bsn if ch.isdigit()]
    return len(flat) == 9 and (sum(d * w for d, w in zip(flat, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0)


def luhn_digit(body: str) -> str:
    total = 0
    for pos, ch in enumerate(reversed(body)):
        value = int(ch) * (1 if pos % 2 else 2)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    flat = [int(ch) for ch in number if ch.isdigit()]
    total = 0
    for pos, value in enumerate(reversed(flat)):
        value = value * 2 if pos % 2 else value
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def spell(number: str, lang: str) -> str:
    words = WORDS_NL if lang == "nl" else WORDS_EN
    return " ".join(words[int(ch)] if ch.isdigit() else ch for ch in number)


def pair_nl(pair: str) -> str:
    """'07' -> 'nul zeven', '14' -> 'veertien', '56' -> 'zesenvijftig' (Dutch read-out of two digits)."""
    value = int(pair)
    if pair[0] == "0":
        return f"nul {WORDS_NL[value]}"
    if value in TEENS_NL:
        return TEENS_NL[value]
    unit = WORDS_NL[value % 10]
    if value % 10 == 0:
        return TENS_NL[value // 10]
    joiner = "ën" if unit.endswith("e") or unit == "twee" or unit == "drie" else "en"
    return f"{unit.replace('één', 'een')}{joiner}{TENS_NL[value // 10]}"
