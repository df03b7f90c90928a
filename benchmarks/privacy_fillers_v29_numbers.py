"""Number-like writers of the `test_v29` split: IBAN, BSN, card numbers, dates of birth, postcodes and customer,
contract and member numbers. Check digits are computed here: IBAN mod 97 (NL accounts also pass the eleven-test,
Belgian BBANs carry their own mod-97 pair, French ones the RIB key), the BSN elfproef and Luhn for cards.
Written from scratch by someone who never saw the redaction rules."""

from __future__ import annotations

import random

from benchmarks import privacy_fillers_v29_pools as pool

NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]
DE_BLZ = ["37040044", "50010517", "10070000", "32050000", "35850000", "43060967"]


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


def luhn_digit(body: str) -> str:
    total = 0
    for position, ch in enumerate(reversed(body)):
        d = int(ch)
        if position % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def in_groups(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


class V29Numbers:
    def __init__(self, split: str, rng: random.Random) -> None:
        self.split, self.rng = split, rng

    def pick(self, options):
        return self.rng.choice(options)

    def nums(self, count: int, lead: bool = False) -> str:
        out = "".join(str(self.rng.randint(0, 9)) for _ in range(count))
        return (str(self.rng.randint(1, 9)) + out[1:]) if lead else out

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # IBAN
    def _nl_account(self) -> str:
        while True:
            acc = "0" + self.nums(9, lead=True) if self.chance(0.8) else self.nums(10, lead=True)
            if sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0:
                return acc

    def _show_iban(self, raw: str) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return in_groups(raw, 4)
        if roll < 0.8:
            return raw
        if roll < 0.9:
            return in_groups(raw, 4).lower() if self.chance(0.3) else in_groups(raw, 4, ".")
        return raw[:4] + " " + raw[4:8] + " " + raw[8:]

    def iban_nl_raw(self) -> str:
        bban = self.pick(NL_BANKS) + self._nl_account()
        return "NL" + iban_check("NL", bban) + bban

    def iban_be_raw(self) -> str:
        first = self.nums(10, lead=True)
        pair = int(first) % 97 or 97
        bban = f"{first}{pair:02d}"
        return "BE" + iban_check("BE", bban) + bban

    def iban_de_raw(self) -> str:
        bban = self.pick(DE_BLZ) + self.nums(10)
        return "DE" + iban_check("DE", bban) + bban

    def iban_fr_raw(self) -> str:
        bank, branch, account = self.nums(5, lead=True), self.nums(5), self.nums(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{key:02d}"
        return "FR" + iban_check("FR", bban) + bban

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        if lang == "en" and roll < 0.3:
            raw = self.pick([self.iban_de_raw, self.iban_fr_raw, self.iban_be_raw])()
        else:
            raw = self.iban_nl_raw() if roll < 0.9 else self.iban_be_raw()
        return self._show_iban(raw)

    def iban_be(self, lang: str) -> str:
        raw = self.iban_be_raw()
        return in_groups(raw, 4) if self.chance(0.7) else raw

    def iban_foreign(self, lang: str) -> str:
        return self._show_iban(self.pick([self.iban_de_raw, self.iban_fr_raw])())

    # BSN
    def bsn_raw(self) -> str:
        while True:
            body = self.nums(8)
            if body[0] in "0" and self.chance(0.7):
                continue
            last = sum(int(d) * (9 - i) for i, d in enumerate(body)) % 11
            if last < 10:
                return body + str(last)

    def bsn(self, lang: str) -> str:
        raw = self.bsn_raw()
        roll = self.rng.random()
        if roll < 0.55:
            return raw
        if roll < 0.75:
            return f"{raw[:3]} {raw[3:6]} {raw[6:]}"
        if roll < 0.9:
            return f"{raw[:3]}.{raw[3:6]}.{raw[6:]}"
        return f"{raw[:4]} {raw[4:6]} {raw[6:]}"

    def bsn_said(self, lang: str) -> str:
        words = pool.DIGITS_EN if lang == "en" else pool.DIGITS_NL
        raw = self.bsn_raw()
        parts = [" ".join(words[int(d)] for d in raw[i : i + 3]) for i in (0, 3, 6)]
        return ", ".join(parts) if self.chance(0.6) else " ".join(parts)

    # cards
    def card_raw(self) -> str:
        roll = self.rng.random()
        if roll < 0.45:
            body = "4" + self.nums(14)
        elif roll < 0.7:
            body = str(self.rng.randint(51, 55)) + self.nums(13)
        elif roll < 0.82:
            body = str(self.rng.randint(2221, 2720)) + self.nums(11)
        else:
            body = self.pick(["34", "37"]) + self.nums(12)
        return body + luhn_digit(body)

    def card(self, lang: str) -> str:
        raw = self.card_raw()
        if len(raw) == 15:
            return f"{raw[:4]} {raw[4:10]} {raw[10:]}" if self.chance(0.7) else raw
        return self.pick([in_groups(raw, 4), raw, in_groups(raw, 4, "-"), in_groups(raw, 4, "  ")])

    def card_said(self, lang: str) -> str:
        raw = self.card_raw()
        words = pool.DIGITS_EN if lang == "en" else pool.DIGITS_NL
        if self.chance(0.5):
            return in_groups(raw, 4, ", ")
        return " ... ".join(" ".join(words[int(d)] for d in raw[i : i + 4]) for i in range(0, len(raw), 4))

    # dates of birth
    def _date(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    def _dob_form(self, lang: str, d: int, m: int, y: int) -> str:
        if lang == "en":
            name = pool.MONTHS_EN[m - 1]
            ordinal = f"{d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'}"
            return self.pick(
                [
                    f"{d} {name} {y}",
                    f"{name} {d}, {y}",
                    f"{d:02d}/{m:02d}/{y}",
                    f"{m}/{d}/{y}",
                    f"{ordinal} {name} {y}",
                    f"{ordinal} of {name} {y}",
                    f"{y}-{m:02d}-{d:02d}",
                    f"{d} {name[:3]} {y}",
                ]
            )
        name = pool.MONTHS_NL[m - 1]
        return self.pick(
            [
                f"{d:02d}-{m:02d}-{y}",
                f"{d}-{m}-{y}",
                f"{d} {name} {y}",
                f"{d} {pool.MONTHS_NL_SHORT[m - 1]}. {y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d}.{m}.{y}",
                f"{d} {name} '{y % 100:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}{m:02d}{y}",
                f"{d}-{m}-'{y % 100:02d}",
                f"{d} {name.capitalize()} {y}",
            ]
        )

    def dob(self, lang: str) -> str:
        return self._dob_form(lang, *self._date(1948, 2006))

    def dob_young(self, lang: str) -> str:
        return self._dob_form(lang, *self._date(2009, 2019))

    def dob_old(self, lang: str) -> str:
        return self._dob_form(lang, *self._date(1932, 1956))

    # postcodes
    def _pc(self) -> tuple[str, str]:
        while True:
            letters = self.pick(pool.PLATE_LETTERS + "ACEMRTUWY") + self.pick(pool.PLATE_LETTERS + "ACEMRTUWY")
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        digits, letters = self._pc()
        return self.pick(
            [
                f"{digits} {letters}",
                f"{digits}{letters}",
                f"{digits} {letters}",
                f"{digits}{letters.lower()}",
                f"{digits} {letters.lower()}",
                f"{digits}  {letters}",
                f"{digits}-{letters}",
            ]
        )

    def postcode_said(self, lang: str) -> str:
        digits, letters = self._pc()
        if lang == "en":
            return " ".join(pool.DIGITS_EN[int(d)] for d in digits) + ", " + " ".join(letters)
        said = " ".join(pool.DIGITS_NL[int(d)] for d in digits) if self.chance(0.5) else f"{digits[:2]} {digits[2:]}"
        spelled = " ".join(f"{ch} van {pool.SPELL_NL.get(ch.lower(), ch)}" for ch in letters)
        return f"{said}, {spelled}" if self.chance(0.6) else f"{said} {letters}"

    def postcode_be(self, lang: str) -> str:
        digits = str(self.rng.randint(1000, 9992))
        return self.pick([digits, f"B-{digits}", f"BE-{digits}", digits])

    def postcode_de(self, lang: str) -> str:
        digits = f"{self.rng.randint(1067, 99998):05d}"
        return self.pick([digits, f"D-{digits}", digits])

    # customer, contract and member numbers
    def customer_number(self, lang: str) -> str:
        return self.pick(
            [
                self.nums(8, lead=True),
                f"K{self.nums(7, lead=True)}",
                f"{self.nums(3, lead=True)} {self.nums(3)} {self.nums(3)}",
                f"CN-{self.nums(6, lead=True)}",
                f"{self.nums(2, lead=True)}.{self.nums(3)}.{self.nums(3)}",
            ]
        )

    def customer_number_ride(self, lang: str) -> str:  # riding school: lesson card and livery contracts
        return self.pick(
            [f"MN-{self.nums(5, lead=True)}", f"PS{self.nums(4, lead=True)}", f"RL {self.nums(6, lead=True)}"]
        )

    def customer_number_dance(self, lang: str) -> str:  # dance school members
        return self.pick(
            [
                f"DS{self.rng.randint(19, 26)}-{self.nums(4)}",
                f"LID{self.nums(5, lead=True)}",
                f"{self.nums(6, lead=True)}",
            ]
        )

    def customer_number_kart(self, lang: str) -> str:  # karting: racer licence / loyalty account
        return self.pick([f"KRT{self.nums(7, lead=True)}", f"RC-{self.nums(3, lead=True)}-{self.nums(3)}"])

    def customer_number_heat(self, lang: str) -> str:  # heat-pump installer: service contracts
        return self.pick(
            [
                f"WP-{self.rng.randint(2021, 2026)}-{self.nums(5)}",
                f"SC{self.nums(6, lead=True)}",
                f"ONH-{self.nums(5, lead=True)}",
            ]
        )

    def customer_number_pool(self, lang: str) -> str:  # vanpool participants
        return self.pick([f"VP-NL-{self.nums(5, lead=True)}", f"D{self.nums(6, lead=True)}"])

    def customer_number_coffee(self, lang: str) -> str:  # office coffee-machine lease: debtor numbers
        return self.pick(
            [
                f"DEB{self.nums(6, lead=True)}",
                f"KA-{self.nums(6, lead=True)}",
                f"{self.nums(5, lead=True)}/{self.nums(2)}",
            ]
        )
