"""Number makers for the `test_v36` split: check digits (IBAN mod 97, BSN eleven test, Luhn) and the
national formats of plates, phones and bank accounts (NL, DE, PL, TR). Written from scratch for this split."""

from __future__ import annotations

import random

NL_SIDECODES = (
    "LL-DD-DD",
    "DD-DD-LL",
    "LL-DD-LL",
    "LL-LL-DD",
    "DD-LL-LL",
    "DD-LLL-D",
    "D-LLL-DD",
    "LL-DDD-L",
    "L-DDD-LL",
    "LLL-DD-L",
    "L-DD-LLL",
    "D-LL-DDD",
    "DDD-LL-D",
)
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
DE_CITIES = ("B", "HH", "M", "K", "D", "DU", "KLE", "BOR", "AC", "OS", "EMD", "WES")
PL_CITIES = ("WA", "WX", "KR", "PO", "DW", "GD", "LU", "SZ", "EL", "WPR")


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def grouped(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def split_at(text: str, sizes: list[int], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(part for part in out if part)


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def make_iban(rng: random.Random, country: str, banks: list[str]) -> str:
    if country == "NL":
        return iban_check("NL", rng.choice(banks) + digits(rng, 10))
    if country == "DE":
        return iban_check("DE", rng.choice(["370", "500", "100", "430"]) + digits(rng, 5) + digits(rng, 10))
    if country == "PL":
        return iban_check("PL", rng.choice(["1020", "1090", "1140", "1160"]) + digits(rng, 20))
    return iban_check("TR", rng.choice(["00010", "00046", "00062", "00064"]) + "0" + digits(rng, 16))


def make_bsn(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(body, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, body)) + str(rest)


def luhn(partial: str) -> str:
    for check in "0123456789":
        total = 0
        for pos, ch in enumerate(reversed(partial + check)):
            value = int(ch) * (2 if pos % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return partial + check
    raise AssertionError(partial)


def nl_plate(rng: random.Random) -> str:
    code = rng.choice(NL_SIDECODES)
    return "".join(rng.choice(PLATE_LETTERS) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c for c in code)


def de_plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
    city, number = rng.choice(DE_CITIES), str(rng.randint(1, 9999))
    return rng.choice([f"{city}-{letters} {number}", f"{city} {letters} {number}", f"{city}-{letters}{number}"])


def pl_plate(rng: random.Random) -> str:
    city = rng.choice(PL_CITIES)
    tail = rng.choice(
        [digits(rng, 5), digits(rng, 4) + rng.choice("ACEHKLPRWXY"), f"{rng.randint(1, 9)}H{digits(rng, 3)}"]
    )
    return rng.choice([f"{city} {tail}", f"{city}{tail}"])


def tr_plate(rng: random.Random) -> str:
    province = rng.choice(["34", "06", "35", "16", "07"])
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(rng.randint(1, 3)))
    return f"{province} {letters} {rng.randint(10, 9999)}"


def phone(rng: random.Random) -> str:
    mobile = digits(rng, 8)
    land_area = rng.choice(["38", "570", "13", "33", "58", "77", "10", "45"])
    land = digits(rng, 9 - len(land_area))
    formats = [
        f"+31 6 {mobile}",
        f"+31 (0)6-{split_at(mobile, [4, 4])}",
        f"0031 6 {split_at(mobile, [2, 3, 3])}",
        f"0031-6-{mobile}",
        f"06-{mobile}",
        f"06 - {split_at(mobile, [2, 2, 2, 2])}",
        f"06{mobile}",
        f"06 {split_at(mobile, [3, 3, 2])}",
        f"0{land_area}-{land}",
        f"+31 {land_area} {land}",
        f"(0{land_area}) {split_at(land, [3, 3])}",
        f"+49 {rng.choice(['151', '160', '170', '176'])} {digits(rng, 8)}",
        f"0049 {rng.choice(['157', '162'])}/{digits(rng, 7)}",
        f"+49 (0) 2821 {digits(rng, 6)}",
        f"+48 {rng.choice(['501', '601', '694', '782'])} {split_at(digits(rng, 6), [3, 3])}",
        f"0048 {split_at('5' + digits(rng, 8), [3, 3, 3], '-')}",
        f"+90 5{digits(rng, 2)} {split_at(digits(rng, 7), [3, 2, 2])}",
        f"0090 (5{digits(rng, 2)}) {split_at(digits(rng, 7), [3, 4])}",
    ]
    return rng.choice(formats)
