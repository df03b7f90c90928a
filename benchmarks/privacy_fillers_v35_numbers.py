"""Number writers for `test_v35`, written from scratch: check digits (mod 97, 11-test, Luhn), grouping,
licence plates (Dutch sidecodes, Belgian, German) and numbers and dates in Dutch and English words."""

from __future__ import annotations

import random

NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
NL_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
NL_TENS = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
EN_UNITS = "zero one two three four five six seven eight nine".split()
EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth"
).split()
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def group(text: str, sizes: list[int], sep: str = " ") -> str:
    parts, index = [], 0
    for size in sizes:
        parts.append(text[index : index + size])
        index += size
    if index < len(text):
        parts.append(text[index:])
    return sep.join(part for part in parts if part)


def mod97_iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(char, 36)) for char in moved)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def eleven_test_bsn(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(head, [9, 8, 7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rest <= 9:
            return "".join(str(d) for d in head) + str(rest)


def luhn(partial: str) -> str:
    total = 0
    for index, char in enumerate(reversed(partial)):
        value = int(char) * (1 if index % 2 else 2)
        total += value - 9 if value > 9 else value
    return partial + str((10 - total % 10) % 10)


def nl_plate(rng: random.Random) -> str:
    shape = rng.choice(
        [
            "LL-DD-DD",
            "DD-LL-DD",
            "DD-DD-LL",
            "LL-LL-DD",
            "DD-LLL-D",
            "D-LLL-DD",
            "LL-DDD-L",
            "L-DDD-LL",
            "LLL-DD-L",
            "D-LL-DDD",
            "G-DDD-LL",
            "V-DDD-LL",
        ]
    )
    return "".join(rng.choice(PLATE_LETTERS) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c for c in shape)


def be_plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{rng.choice('12')}-{letters}-{digits(rng, 3)}"


def de_plate(rng: random.Random) -> str:
    district = rng.choice(["KLE", "BOR", "AC", "D", "EMS", "WES", "NOH"])
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
    return f"{district}-{letters} {rng.randint(1, 9999)}"


def nl_number(n: int) -> str:
    if n < 10:
        return NL_UNITS[n]
    if n < 20:
        return NL_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if not unit:
        return NL_TENS[tens]
    joiner = "ën" if NL_UNITS[unit].endswith("e") else "en"
    return f"{NL_UNITS[unit]}{joiner}{NL_TENS[tens]}"


def en_number(n: int) -> str:
    if n < 10:
        return EN_UNITS[n]
    if n < 20:
        return EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] if not unit else f"{EN_TENS[tens]}-{EN_UNITS[unit]}"


def year_words(year: int, lang: str) -> str:
    century, rest = divmod(year, 100)
    if lang == "nl":
        if century == 20:
            return "tweeduizend" + ("" if not rest else nl_number(rest))
        return "negentien" + ("honderd" if not rest else nl_number(rest))
    if century == 20:
        return "two thousand" + ("" if not rest else " and " + en_number(rest))
    return "nineteen " + ("hundred" if not rest else ("oh " + EN_UNITS[rest] if rest < 10 else en_number(rest)))


def dob(rng: random.Random, lang: str) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2007)
    name = MONTHS[lang][month - 1]
    shapes = [
        f"{day:02d}-{month:02d}-{year}",
        f"{day}-{month}-{year}",
        f"{day:02d}/{month:02d}/{year}",
        f"{day}.{month:02d}.{year}",
        f"{year}{month:02d}{day:02d}",
        f"{day:02d}{month:02d}{year}",
        f"{day}-{month}-'{str(year)[2:]}",
        f"{day} {name[:3].lower()} {year}",
        f"{day} {name} {year}" if lang == "nl" else f"{name} {day}, {year}",
        f"{day}{'e' if lang == 'nl' else 'th'} {name} {year}",
    ]
    return rng.choice(shapes)


def dob_words(rng: random.Random, lang: str) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2006)
    name = MONTHS[lang][month - 1]
    if lang == "nl":
        return f"{nl_number(day)} {name} {year_words(year, 'nl')}"
    return rng.choice(
        [f"the {EN_ORDINALS[day - 1]} of {name} {year_words(year, 'en')}", f"{name} {EN_ORDINALS[day - 1]}, {year}"]
    )


def spoken_digits(number: str, lang: str) -> str:
    words = NL_UNITS if lang == "nl" else EN_UNITS
    return " ".join(words[int(char)] if char.isdigit() else char for char in number if char != " ")
