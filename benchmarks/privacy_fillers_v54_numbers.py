"""Number helpers of test_v54's fillers: check digits (mod 97, elfproef, Luhn), digit groups and numbers in words."""

from __future__ import annotations

import random

NL_SMALL = (
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien"
).split()
NL_TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig",
           9: "negentig"}  # fmt: skip
EN_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MONTHS_SHORT_NL = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()


def digits(rng: random.Random, count: int, lead: bool = False) -> str:
    text = "".join(rng.choice("0123456789") for _ in range(count))
    return (rng.choice("123456789") + text[1:]) if lead and text else text


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        if at < len(text):
            out.append(text[at : at + size])
            at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(out)


def nl_number(n: int) -> str:
    """0..99 in Dutch words: 58 -> achtenvijftig, 23 -> drieëntwintig."""
    if n < 20:
        return NL_SMALL[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return NL_TENS[tens]
    word = NL_SMALL[unit]
    return f"{word}{'ën' if word.endswith('e') else 'en'}{NL_TENS[tens]}"


def en_number(n: int) -> str:
    if n < 20:
        return EN_SMALL[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_SMALL[unit]}" if unit else "")


def year_words(year: int, lang: str) -> str:
    century, rest = divmod(year, 100)
    if lang == "nl":
        head = "negentien" if century == 19 else "tweeduizend"
        return head + (nl_number(rest) if rest else ("honderd" if century == 19 else ""))
    if century == 20:
        return "two thousand" + (f" and {en_number(rest)}" if rest else "")
    return "nineteen " + (en_number(rest) if rest >= 10 else f"oh {en_number(rest)}")


def pairs_spoken_nl(number: str) -> str:
    """'0612345678' -> 'nul zes twaalf vierendertig ...': Dutch callers read a number in pairs."""
    out = []
    for at in range(0, len(number), 2):
        pair = number[at : at + 2]
        out.append(
            " ".join(NL_SMALL[int(c)] for c in pair) if pair[0] == "0" or len(pair) == 1 else nl_number(int(pair))
        )
    return " ".join(out)


def mod97_iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    flat = iban.replace(" ", "").upper()
    return int("".join(str(int(c, 36)) for c in flat[4:] + flat[:4])) % 97 == 1


def belgian_bban(rng: random.Random) -> str:
    head = digits(rng, 10, lead=True)
    rest = int(head) % 97 or 97
    return f"{head}{rest:02d}"


def elfproef(rng: random.Random) -> str:
    while True:
        body = digits(rng, 8)
        if body[0] == "0" and rng.random() < 0.8:
            continue
        total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            return body + str(last)


def bsn_ok(value: str) -> bool:
    flat = "".join(c for c in value if c.isdigit())
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(flat) == 9 and sum(int(d) * w for d, w in zip(flat, weights, strict=True)) % 11 == 0


def luhn(partial: str) -> str:
    for check in "0123456789":
        full = partial + check
        total = 0
        for index, char in enumerate(reversed(full)):
            value = int(char) * (2 if index % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return full
    raise AssertionError(partial)


def luhn_ok(value: str) -> bool:
    flat = "".join(c for c in value if c.isdigit())
    return luhn(flat[:-1]) == flat
