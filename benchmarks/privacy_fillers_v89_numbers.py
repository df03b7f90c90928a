"""Check digits (IBAN mod 97, BSN eleven test, Luhn), payment cards, licence plates and customer, contract,
policy and member numbers of the held-out split test_v89."""

from __future__ import annotations

import random

SPOKEN = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
_SIDECODES = (
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "99-XX-XX",
    "XX-99-XX",
    "XX-XX-99",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "9-XX-999",
    "999-XX-9",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    text = "".join(ch for ch in iban if ch.isalnum()).upper()
    return int("".join(str(int(ch, 36)) for ch in text[4:] + text[:4])) % 97 == 1


def eleven_proof(rng: random.Random) -> str:
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, head)) + str(rest)


def bsn_valid(bsn: str) -> bool:
    nums = [int(ch) for ch in bsn if ch.isdigit()]
    return len(nums) == 9 and (sum(d * w for d, w in zip(nums, range(9, 1, -1), strict=False)) - nums[8]) % 11 == 0


def luhn_finish(head: str) -> str:
    for check in "0123456789":
        total = 0
        for pos, ch in enumerate(reversed(head + check)):
            value = int(ch) * (2 if pos % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return head + check
    raise AssertionError(head)


def luhn_valid(card: str) -> bool:
    nums = "".join(ch for ch in card if ch.isdigit())
    return luhn_finish(nums[:-1]) == nums


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


class CodesV89:
    """Mixed into `FillersV89`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "53", "55", "2720", "36")
        size = 14 if head == "36" else 16
        number = luhn_finish(head + digits(self.rng, size - 1 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        groups = (4, 6, 4) if size == 14 else (4, 4, 4, 4)
        return self._one(
            split_in(number, groups),
            number,
            split_in(number, groups, "-"),
            split_in(number, groups, "."),
            split_in(amex, (4, 6, 5)),
            amex,
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "X" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "), f"{plate} (NL)")

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"{self._one('W', 'I', 'S', 'K', 'T')}-{digits(self.rng, 4)}{self._upper(1)}",
            f"{self._one('IL', 'KB', 'SZ')}-{digits(self.rng, 3)} {self._upper(2)}",
            f"{self._one('SA', 'SF', 'SK', 'SN')}{digits(self.rng, 2)} {self._upper(3)}",
            f"{self._upper(3)} {digits(self.rng, 3)}",
            f"1-{self._upper(3)}-{digits(self.rng, 3)}",
            f"{self._one('AC', 'HS', 'VIE')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"{self._upper(2)}-{digits(self.rng, 3)}-{self._upper(2)}",
        )

    # ---- customer, contract, policy and member numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"KN{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"CUST/{digits(self.rng, 5)}",
            f"{self._upper(1)}{digits(self.rng, 4)}.{digits(self.rng, 2)}",
            f"{digits(self.rng, 5)} {digits(self.rng, 3)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"HC-{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}/{digits(self.rng, 5)}/{self._upper(1)}",
            f"CV{digits(self.rng, 7)}",
            f"ABO-{self._upper(2)}{digits(self.rng, 5)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 2)}.{digits(self.rng, 4)}.{digits(self.rng, 4)}",
            f"POL{digits(self.rng, 8)}",
            f"{self._upper(2)}-{digits(self.rng, 7)}",
            digits(self.rng, 9),
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"L{digits(self.rng, 6)}",
            f"MB-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"{digits(self.rng, 3)} {digits(self.rng, 3)} {digits(self.rng, 2)}",
        )
