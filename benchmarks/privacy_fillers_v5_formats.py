"""Spelling and checksum helpers of the held-out test_v5 split: Dutch and English numbers as a speech-to-text
engine writes them ('vierendertig', 'double seven'), Belgian, German and French account numbers with their
own national check digits, and the number plates of the four countries the contact centre hears from.

Part of `privacy_fillers_v5`, kept apart so the fillers stay readable; nothing here knows the redaction rules.
"""

from __future__ import annotations

import random

from benchmarks.privacy_fillers import _iban

NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
NL_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
NL_TENS = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
EN_UNITS = "zero one two three four five six seven eight nine".split()
EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
).split()
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
NL_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D", "LL-DD-LL"]


def nl_number(n: int) -> str:
    """0..99 as one Dutch word: 34 -> 'vierendertig', 22 -> 'tweeëntwintig'."""
    if n < 10:
        return NL_UNITS[n]
    if n < 20:
        return NL_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if not unit:
        return NL_TENS[tens]
    joint = "ën" if NL_UNITS[unit].endswith("e") else "en"
    return f"{NL_UNITS[unit]}{joint}{NL_TENS[tens]}"


def en_number(n: int) -> str:
    """0..99 in English words: 34 -> 'thirty-four'."""
    if n < 10:
        return EN_UNITS[n]
    if n < 20:
        return EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


def nl_year(year: int) -> str:
    if year >= 2000:
        return "tweeduizend" + (f" {nl_number(year - 2000)}" if year > 2000 else "")
    return f"negentien{'' if year % 100 < 10 else ' '}{nl_number(year % 100)}"


def en_year(year: int) -> str:
    if year >= 2000:
        return "two thousand" + (f" and {en_number(year - 2000)}" if year > 2000 else "")
    rest = year % 100
    return f"nineteen {'oh ' + EN_UNITS[rest] if rest < 10 else en_number(rest)}"


def en_digits(number: str) -> str:
    """Digits read out the British way: 0 as 'oh', a pair of equal digits as 'double'."""
    words, index = [], 0
    while index < len(number):
        word = "oh" if number[index] == "0" else EN_UNITS[int(number[index])]
        if index + 1 < len(number) and number[index + 1] == number[index]:
            words.append(f"double {word}")
            index += 2
        else:
            words.append(word)
            index += 1
    return " ".join(words)


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def iban_be(rng: random.Random, bank: str) -> str:
    """Belgian: bank code, seven digits, then the account's own mod-97 check (97 when the remainder is 0)."""
    first = bank + digits(rng, 7)
    check = int(first) % 97 or 97
    return _iban("BE", f"{first}{check:02d}")


def iban_de(rng: random.Random, blz: str) -> str:
    return _iban("DE", blz + digits(rng, 10))


def iban_fr(rng: random.Random, bank: str) -> str:
    """French: bank, branch, eleven-digit account and the two-digit RIB key."""
    branch, account = digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return _iban("FR", f"{bank}{branch}{account}{key:02d}")


def plate_nl(rng: random.Random) -> str:
    code = rng.choice(SIDECODES)
    return "".join(
        rng.choice(NL_PLATE_LETTERS) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c for c in code
    )


def plate_be(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{rng.choice('12')}-{letters}-{digits(rng, 3)}"


def plate_de(rng: random.Random, area: str) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    number = str(rng.randint(1, 9999))
    return f"{area}{rng.choice(['-', ' '])}{letters} {number}{'E' if rng.random() < 0.15 else ''}"


def plate_uk(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    area = rng.choice(letters) + rng.choice(letters)
    age = rng.choice(["19", "20", "21", "22", "23", "69", "70", "71", "72", "73", "15", "66"])
    return f"{area}{age} {''.join(rng.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}"
