"""Number-shaped values for `test_v37`, written from scratch: phones (+31, 0031, 06-, +32, +49), IBANs (NL, BE,
DE) with their own check digits, eleven-proof BSNs, Luhn-valid cards, postcodes, Dutch side-code, Belgian and
German plates and customer, member, policy and tenant numbers, plus OCR damage (0 read as O, 1 as l)."""

from __future__ import annotations

import random

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
NL_SIDECODES = [
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
]  # fmt: skip


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def grouped(text: str, sizes: list[int], sep: str = " ") -> str:
    out, index = [], 0
    for size in sizes:
        out.append(text[index : index + size])
        index += size
    if index < len(text):
        out.append(text[index:])
    return sep.join(part for part in out if part)


def ocr(rng: random.Random, text: str) -> str:
    """Scanner damage: some zeros come out as capital O, some ones as lower-case l."""
    swap = {"0": "O", "1": "l"}
    return "".join(swap[c] if c in swap and rng.random() < 0.5 else c for c in text)


def phone(rng: random.Random) -> str:
    eight = digits(rng, 8)
    area = rng.choice(["58", "515", "566", "43", "45", "46", "222", "562", "519", "13", "73", "76"])
    rest = str(rng.randint(2, 9)) + digits(rng, 8 - len(area))
    forms = [
        f"06-{eight}",
        f"06 {grouped(eight, [2, 2, 2, 2])}",
        f"06-{grouped(eight, [2, 2, 2, 2])}",
        f"06 {grouped(eight, [3, 3, 2])}",
        f"+31 6 {grouped(eight, [4, 4])}",
        f"+31 (0)6 {grouped(eight, [2, 2, 2, 2])}",
        f"+316{eight}",
        f"0031 6 {eight}",
        f"0031-6-{grouped(eight, [4, 4], '')}",
        f"0{area}-{rest}",
        f"0{area} {grouped(rest, [3, len(rest) - 3])}",
        f"(0{area}) {rest}",
        f"+31 {area} {grouped(rest, [3, len(rest) - 3])}",
        f"0031 {area} {rest}",
        f"+32 4{digits(rng, 2)} {grouped(digits(rng, 6), [2, 2, 2])}",
        f"04{digits(rng, 2)}/{grouped(digits(rng, 6), [2, 2, 2], '.')}",
        f"0032 4{digits(rng, 2)} {digits(rng, 6)}",
        f"+49 15{digits(rng, 1)} {digits(rng, 8)}",
        f"0049 (0)17{digits(rng, 1)} {grouped(digits(rng, 7), [3, 4])}",
        f"+49 4921 {digits(rng, 5)}",
    ]
    return rng.choice(forms)


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban(rng: random.Random, bank: str) -> str:
    roll = rng.random()
    if roll < 0.7:
        value = iban_check("NL", bank + digits(rng, 10))
    elif roll < 0.85:
        value = iban_check("BE", digits(rng, 12))
    else:
        value = iban_check("DE", digits(rng, 18))
    form = rng.choice(["spaced", "spaced", "plain", "lower", "dashed", "spaced_lower"])
    if form == "spaced":
        return grouped(value, [4] * 6)
    if form == "lower":
        return value.lower()
    if form == "dashed":
        return grouped(value, [4] * 6, "-")
    if form == "spaced_lower":
        return grouped(value, [4] * 6).lower()
    return value


def bsn(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            value = "".join(map(str, head)) + str(check)
            break
    return rng.choice(
        [
            value,
            grouped(value, [3, 3, 3]),
            grouped(value, [4, 2, 3], "."),
            grouped(value, [2, 2, 2, 3], "."),
            grouped(value, [3, 3, 3], "-"),
            grouped(value, [3, 2, 2, 2]),
        ]
    )


def card(rng: random.Random) -> str:
    def luhn(partial: str) -> str:
        for check in "0123456789":
            total = 0
            for index, char in enumerate(reversed(partial + check)):
                value = int(char) * (2 if index % 2 else 1)
                total += value - 9 if value > 9 else value
            if total % 10 == 0:
                return partial + check
        raise AssertionError

    if rng.random() < 0.2:
        amex = luhn(rng.choice(["34", "37"]) + digits(rng, 12))
        return rng.choice([grouped(amex, [4, 6, 5]), amex, grouped(amex, [4, 6, 5], "-")])
    prefix = rng.choice(["4", "4", "51", "53", "55", "2221"])
    number = luhn(prefix + digits(rng, 15 - len(prefix)))
    return rng.choice([grouped(number, [4] * 4), grouped(number, [4] * 4, "-"), number, grouped(number, [4] * 4, ".")])


def postcode(rng: random.Random) -> str:
    number = str(rng.randint(1011, 9999))
    letters = "".join(rng.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2))
    return rng.choice(
        [f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}"]
    )


def plate(rng: random.Random, country: str = "nl") -> str:
    def fill(code: str) -> str:
        return "".join(
            rng.choice(PLATE_LETTERS) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c for c in code
        )

    if country == "be":
        value = fill(f"{rng.randint(1, 2)}-LLL-DDD")
        return rng.choice([value, value.replace("-", ""), value.replace("-", " ")])
    if country == "de":
        city = rng.choice(["AUR", "LER", "EMD", "OL", "NOH", "HB", "K", "AC", "MS", "WTM"])
        return f"{city}-{fill(rng.choice(['L', 'LL']))} {rng.randint(1, 9999)}" + rng.choice(["", "", "E", "H"])
    value = fill(rng.choice(NL_SIDECODES))
    return rng.choice([value, value, value.replace("-", ""), value.lower(), value.replace("-", " ")])


def customer_number(rng: random.Random, kind: str = "any") -> str:
    n = digits(rng, rng.randint(6, 9))
    forms = {
        "any": [n, f"KL-{n}", f"{n[:3]} {n[3:]}", f"C{n}", f"REL{n}", f"{n[:4]}.{n[4:]}"],
        "policy": [f"TV-{n[:4]}-{n[4:]}", f"{n}", f"DZ{n}", f"POL/{n}", f"{n[:2]}.{n[2:5]}.{n[5:]}"],
        "member": [f"GP {grouped(n, [3, 3, 3])}", f"{n}", f"LID-{n}", f"TC{n[:6]}"],
        "tenant": [f"HUUR-{n}", f"{n}", f"H {n[:4]} {n[4:]}"],
    }[kind]
    return rng.choice(forms)
