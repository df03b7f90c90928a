"""Number helpers of the held-out split test_v52: check digits (IBAN mod 97, BSN elfproef, Luhn, Belgian
account mod 97), digit strings, grouping, and Dutch and English number words for read-out values."""

from __future__ import annotations

import random

NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
NL_UNITS += "zeventien achttien negentien"
NL_SMALL = NL_UNITS.split()
NL_TENS = {
    2: "twintig",
    3: "dertig",
    4: "veertig",
    5: "vijftig",
    6: "zestig",
    7: "zeventig",
    8: "tachtig",
    9: "negentig",
}
EN_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
NL_ORDINAL_DAYS = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende veertiende "
    "vijftiende zestiende zeventiende achttiende negentiende twintigste eenentwintigste tweeëntwintigste "
    "drieëntwintigste vierentwintigste vijfentwintigste zesentwintigste zevenentwintigste achtentwintigste"
).split()
# Dutch spelling alphabet as callers use it on the phone.
SPELL_NL = {
    "A": "Anton", "B": "Bernard", "C": "Cornelis", "D": "Dirk", "E": "Eduard", "F": "Ferdinand", "G": "Gerard",
    "H": "Hendrik", "J": "Johan", "K": "Karel", "L": "Lodewijk", "M": "Maria", "N": "Nico", "P": "Pieter",
    "R": "Rudolf", "S": "Simon", "T": "Theodoor", "V": "Victor", "W": "Willem", "X": "Xantippe", "Z": "Zaandam",
}  # fmt: skip


def digits(rng: random.Random, count: int, lead: bool = False) -> str:
    """`count` random digits; with `lead` the first is never 0."""
    first = str(rng.randint(1, 9)) if lead else str(rng.randint(0, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


def alnum(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Cut `text` into pieces of `sizes` (the last piece takes the rest) joined by `sep`."""
    pieces, start = [], 0
    for size in sizes:
        pieces.append(text[start : start + size])
        start += size
    if start < len(text):
        pieces.append(text[start:])
    return sep.join(piece for piece in pieces if piece)


def by_four(text: str, sep: str = " ") -> str:
    return sep.join(text[i : i + 4] for i in range(0, len(text), 4))


def iban_of(country: str, bban: str) -> str:
    """Full IBAN with ISO 13616 check digits (98 - value mod 97)."""
    moved = f"{bban}{country}00".upper()
    value = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{country}{98 - value % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    flat = iban.replace(" ", "").replace("-", "").replace(".", "").upper()
    moved = flat[4:] + flat[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def belgian_bban(rng: random.Random) -> str:
    """Twelve digits: 3 bank, 7 account, 2 national check (first ten mod 97, 97 when 0)."""
    body = rng.choice(("001", "063", "068", "143", "310", "363", "377", "523", "737", "751", "973")) + digits(rng, 7)
    check = int(body) % 97 or 97
    return f"{body}{check:02d}"


def elfproef(rng: random.Random) -> str:
    """Nine-digit BSN: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11."""
    while True:
        head = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        weighted = sum(weight * digit for weight, digit in zip(range(9, 1, -1), head, strict=True))
        last = weighted % 11
        if last <= 9:
            return "".join(str(d) for d in head) + str(last)


def bsn_ok(value: str) -> bool:
    flat = [int(ch) for ch in value if ch.isdigit()]
    if len(flat) != 9:
        return False
    total = sum(w * d for w, d in zip(range(9, 1, -1), flat[:8], strict=True)) - flat[8]
    return total % 11 == 0


def luhn_finish(body: str) -> str:
    """Append the Luhn check digit to `body`."""
    total = 0
    for position, ch in enumerate(reversed(body)):
        value = int(ch)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return body + str((10 - total % 10) % 10)


def luhn_ok(value: str) -> bool:
    flat = [int(ch) for ch in value if ch.isdigit()]
    total = 0
    for position, digit in enumerate(reversed(flat)):
        if position % 2:
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return total % 10 == 0


def nl_word(number: int) -> str:
    """Dutch word for 0..99: 'zevenentachtig', 'tweeëntwintig'."""
    if number < 20:
        return NL_SMALL[number]
    tens, unit = divmod(number, 10)
    if unit == 0:
        return NL_TENS[tens]
    link = "ën" if NL_SMALL[unit].endswith("e") else "en"
    return f"{NL_SMALL[unit]}{link}{NL_TENS[tens]}"


def en_word(number: int) -> str:
    if number < 20:
        return EN_SMALL[number]
    tens, unit = divmod(number, 10)
    return EN_TENS[tens] if unit == 0 else f"{EN_TENS[tens]}-{EN_SMALL[unit]}"


def year_words(year: int, lang: str) -> str:
    high, low = divmod(year, 100)
    if lang == "nl":
        if high == 20:
            return "tweeduizend" + (nl_word(low) if low else "")
        return f"{nl_word(high)}{nl_word(low)}" if low else f"{nl_word(high)}honderd"
    if high == 20:
        return "two thousand" + (f" and {en_word(low)}" if low else "")
    return f"{en_word(high)} {en_word(low) if low >= 10 else 'oh ' + en_word(low)}"


def ordinal_en(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def say_each(number: str, lang: str, sep: str = " ") -> str:
    """Digit by digit: 'nul zes een twee ...' / 'oh six one two ...'."""
    words = NL_SMALL[:10] if lang == "nl" else ["oh", *EN_SMALL[1:10]]
    return sep.join(words[int(ch)] for ch in number)


def say_pairs(number: str, lang: str) -> str:
    """'06' then pairs as numbers: 'nul zes, twaalf, vierendertig, ...'."""
    head, rest = number[:2], number[2:]
    said = [say_each(head, lang)]
    for start in range(0, len(rest), 2):
        pair = rest[start : start + 2]
        if len(pair) < 2 or pair[0] == "0":
            said.append(say_each(pair, lang))
        else:
            said.append(nl_word(int(pair)) if lang == "nl" else en_word(int(pair)))
    return ", ".join(said)


def say_doubles(number: str) -> str:
    """English style with 'double': '0 7 double 7 ...' read as 'oh seven double seven ...'."""
    words, index = [], 0
    names = ["oh", *EN_SMALL[1:10]]
    while index < len(number):
        if index + 1 < len(number) and number[index] == number[index + 1]:
            words.append(f"double {names[int(number[index])]}")
            index += 2
        else:
            words.append(names[int(number[index])])
            index += 1
    return " ".join(words)
