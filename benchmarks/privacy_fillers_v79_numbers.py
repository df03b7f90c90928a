"""Check digits, number writings, payment cards, licence plates and customer, contract, policy, member and patient
numbers of the held-out split test_v79 (IBAN mod 97, BSN eleven test, Luhn)."""

from __future__ import annotations

import random

SPOKEN = {
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "en": ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}
_NL_PLATES = ("99-LL-LL", "LL-99-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "9-LL-999")
_NL_PLATES += ("999-LL-9", "L-99-LLL", "LL-LL-99", "99-LL-99")
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


def split_in(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(part for part in out if part)


def read_out(text: str, lang: str, doubles: bool = False) -> str:
    """Digits as words; with `doubles`, the English 'double four' for a repeated digit."""
    words, chars, at = [], [ch for ch in text if ch.isdigit()], 0
    while at < len(chars):
        word = SPOKEN[lang][int(chars[at])]
        if doubles and at + 1 < len(chars) and chars[at + 1] == chars[at]:
            words.append(f"double {word}")
            at += 2
        else:
            words.append(word)
            at += 1
    return " ".join(words)


class CodesV79:
    """Mixed into `FillersV79`: the slots CARD, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "54", "2221", "6761")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            amex,
        )

    def plate(self, lang: str) -> str:
        code = self.rng.choice(_NL_PLATES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """German, Austrian, Swiss, Belgian, Welsh (British) and New Zealand plates."""
        return self._one(
            f"{self._one('B', 'M', 'K', 'HH', 'F', 'DU')}-{self._caps(2)} {digits(self.rng, self.rng.randint(2, 4))}",
            f"{self._one('M', 'KA', 'HD')} {self._caps(1)} {digits(self.rng, 3)}E",
            f"W-{digits(self.rng, 5)}{self._caps(1)}",
            f"{self._one('ZH', 'BE', 'LU')} {digits(self.rng, 6)}",
            f"1-{self._caps(3)}-{digits(self.rng, 3)}",
            f"{self._one('CA', 'CE', 'CF', 'CN')}{digits(self.rng, 2)} {self._caps(3)}",
            f"{self._caps(3)}{digits(self.rng, 3)}",
        )

    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7),
            f"KN{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 5)}",
            f"D{digits(self.rng, 5)}",
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"REL-{digits(self.rng, 6)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OC-{digits(self.rng, 5)}",
            f"{digits(self.rng, 4)}/{digits(self.rng, 4)}",
            f"CTR{digits(self.rng, 7)}",
            f"AP-{self._caps(2)}-{digits(self.rng, 4)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PL{digits(self.rng, 8)}",
            f"{digits(self.rng, 10)}",
            f"{self._caps(3)}-{digits(self.rng, 6)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 8)}",
            f"VP{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"L{digits(self.rng, 5)}",
            f"{digits(self.rng, 2)}-{digits(self.rng, 4)}-{digits(self.rng, 2)}",
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(f"{digits(self.rng, 7)}", f"P-{digits(self.rng, 6)}", f"DIA{digits(self.rng, 5)}")
