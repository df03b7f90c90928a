"""Check digits, number writings, cards, plates and customer-type numbers of the held-out split test_v101."""

from __future__ import annotations

import random

SPOKEN = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
_LETTERS = "BDFGHJKLNPRSTVXZ"
_SIDECODES = ("LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL")
_SIDECODES += ("LLL-99-L", "9-LL-999", "99-LL-LL", "LL-LL-99")


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def eleven_proof(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, head)) + str(rest)


def luhn_finish(head: str) -> str:
    for check in "0123456789":
        total = 0
        for pos, ch in enumerate(reversed(head + check)):
            value = int(ch) * (2 if pos % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return head + check
    raise AssertionError(head)


def split_in(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(part for part in out if part)


def read_out(text: str, lang: str) -> str:
    return " ".join(SPOKEN[lang][int(ch)] for ch in text if ch.isdigit())


class CodesV101:
    """Mixed into `FillersV101`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    def card(self, lang: str) -> str:
        head = self._one("4", "4", "51", "52", "54", "2221")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            split_in(number, (4, 4, 4, 4), "  "),
        )

    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        three = "".join(self.rng.choice(_LETTERS) for _ in range(3))
        return self._one(
            f"1-{three}-{digits(self.rng, 3)}",
            f"2-{three}-{digits(self.rng, 3)}",
            f"{self._upper(2)}{digits(self.rng, 2)} {self._upper(3)}",
            f"{self._one('BOR', 'EN', 'MS', 'AC')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"{self._upper(3)}-{digits(self.rng, 3)}{self._upper(2)}",
            f"{self._upper(4)} {digits(self.rng, 3)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"KN{digits(self.rng, 7)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}",
            f"C{digits(self.rng, 6)}-{self._upper(1)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"LC-{digits(self.rng, 7)}",
            f"{self._upper(2)}{digits(self.rng, 4)}/{digits(self.rng, 2)}",
            f"{digits(self.rng, 6)}-{digits(self.rng, 3)}",
            f"CNT{digits(self.rng, 8)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"PL{digits(self.rng, 8)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 6)}.{digits(self.rng, 2)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 6),
            f"VT-{digits(self.rng, 4)}",
            f"LID{digits(self.rng, 5)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
        )

    def customer_number_subscription(self, lang: str) -> str:
        return self._one(f"AB{digits(self.rng, 7)}", f"SUB-{digits(self.rng, 6)}", f"{digits(self.rng, 9)}")
