"""Check digits and layouts for the `test_v34` fillers: IBAN (mod 97), BSN (eleven test), card numbers (Luhn),
Dutch sidecode, Belgian and German plates. Written from scratch for this split."""

from __future__ import annotations

import random

NL_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
             "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "D-LL-DDD", "DDD-LL-D", "L-DD-LLL"]  # fmt: skip
DE_DISTRICTS = ["BOR", "KLE", "NOH", "AC", "HS", "VIE", "WES", "COE", "ST", "LER", "EL", "GE"]


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def grouped(text: str, sizes: list[int], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        if at < len(text):
            out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(out)


def iban_for(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(char, 36)) for char in moved)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def passes_eleven_test(number: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return len(number) == 9 and sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def bsn_number(rng: random.Random) -> str:
    while True:
        candidate = str(rng.randint(1, 6)) + digits(rng, 8)
        if passes_eleven_test(candidate):
            return candidate


def not_bsn(rng: random.Random, count: int = 9) -> str:
    while True:
        candidate = str(rng.randint(1, 9)) + digits(rng, count - 1)
        if not passes_eleven_test(candidate):
            return candidate


def luhn(partial: str) -> str:
    total = 0
    for index, char in enumerate(reversed(partial)):
        value = int(char) * (1 if index % 2 else 2)
        total += value - 9 if value > 9 else value
    return partial + str((10 - total % 10) % 10)


def nl_plate(rng: random.Random, code: str | None = None) -> str:
    code = code or rng.choice(SIDECODES)
    return "".join(
        rng.choice(NL_PLATE_LETTERS) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c for c in code
    )


def be_plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{rng.randint(1, 2)}-{letters}-{digits(rng, 3)}"


def de_plate(rng: random.Random) -> str:
    district = rng.choice(DE_DISTRICTS)
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
    number = str(rng.randint(1, 9999))
    suffix = "E" if rng.random() < 0.1 else ""
    return f"{district}-{letters} {number}{suffix}"
