"""Number writers of the `test_v31` fillers: IBAN, BSN, payment card, date of birth, postcode and the sector
numbers that are a customer's (CUSTOMER_NUMBER). Check digits are computed here: IBAN mod 97 (with an eleven-test
Dutch account, the Belgian national pair, the French RIB key), the BSN elfproef and Luhn for cards. Written from
scratch by someone who never saw the redaction rules; each writer returns exactly the value."""

from __future__ import annotations

import random

from benchmarks import privacy_fillers_v31_pools as pools

BANKS_NL = ("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB")


def iban_check(country: str, bban: str) -> str:
    """Two check digits for `country` + `bban` by ISO 13616 (letters as 10..35, mod 97)."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


def luhn_digit(body: str) -> str:
    total = 0
    for place, ch in enumerate(reversed(body)):
        value = int(ch) * (2 if place % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def elfproef_ok(digits: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def spaced(text: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


class V31Numbers:
    """The number writers; `rng` is the split's random source."""

    def __init__(self, split: str, rng: random.Random) -> None:
        self.split, self.rng = split, rng

    def pick(self, items):  # noqa: ANN001, ANN201
        return self.rng.choice(items)

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(count))

    # IBAN
    def _nl_iban(self) -> str:
        while True:
            account = str(self.rng.randrange(1, 10)) + self.digits(9)
            if sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0:
                break
        bban = self.pick(BANKS_NL) + account
        return "NL" + iban_check("NL", bban) + bban

    def _be_iban(self) -> str:
        first = self.digits(3) + self.digits(7)
        pair = int(first) % 97 or 97
        bban = first + f"{pair:02d}"
        return "BE" + iban_check("BE", bban) + bban

    def _de_iban(self) -> str:
        bban = str(self.rng.randrange(1, 9)) + self.digits(7) + self.digits(10)
        return "DE" + iban_check("DE", bban) + bban

    def _fr_iban(self) -> str:
        bank, branch, account = self.digits(5), self.digits(5), self.digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = bank + branch + account + f"{key:02d}"
        return "FR" + iban_check("FR", bban) + bban

    def _iban_form(self, raw: str) -> str:
        style = self.rng.random()
        if style < 0.5:
            return spaced(raw)
        if style < 0.75:
            return raw
        if style < 0.88:
            return spaced(raw).lower()
        return raw[:4] + " " + raw[4:]

    def iban(self, lang: str) -> str:
        raw = self._nl_iban() if self.rng.random() < 0.8 else self.pick((self._be_iban, self._de_iban))()
        return self._iban_form(raw)

    def iban_nl(self, lang: str) -> str:
        return self._iban_form(self._nl_iban())

    def iban_abroad(self, lang: str) -> str:
        return self._iban_form(self.pick((self._be_iban, self._de_iban, self._fr_iban))())

    # BSN
    def _bsn_raw(self) -> str:
        while True:
            digits = str(self.rng.randrange(1, 10)) + self.digits(8)
            if elfproef_ok(digits):
                return digits

    def bsn(self, lang: str) -> str:
        raw = self._bsn_raw()
        style = self.rng.random()
        if style < 0.55:
            return raw
        if style < 0.7:
            return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}"
        if style < 0.85:
            return f"{raw[:3]} {raw[3:6]} {raw[6:]}"
        return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"

    def bsn_said(self, lang: str) -> str:
        words = pools.DIGITS_NL if lang == "nl" else pools.DIGITS_EN
        raw = self._bsn_raw()
        groups = [raw[:3], raw[3:6], raw[6:]]
        return ", ".join(" ".join(words[int(d)] for d in group) for group in groups)

    # cards
    def _card_raw(self) -> str:
        kind = self.rng.random()
        if kind < 0.45:
            body = "4" + self.digits(14)
        elif kind < 0.75:
            body = str(self.rng.randrange(51, 56)) + self.digits(13)
        elif kind < 0.85:
            body = str(self.rng.randrange(2221, 2721)) + self.digits(11)
        elif kind < 0.95:
            body = self.pick(("34", "37")) + self.digits(12)
        else:
            body = "6703" + self.digits(14)
        return body + luhn_digit(body)

    def card(self, lang: str) -> str:
        raw = self._card_raw()
        if len(raw) == 15:
            return f"{raw[:4]} {raw[4:10]} {raw[10:]}"
        style = self.rng.random()
        if style < 0.6:
            return spaced(raw)
        if style < 0.8:
            return raw
        return spaced(raw, 4, "-")

    def card_said(self, lang: str) -> str:
        raw = self._card_raw()
        words = pools.DIGITS_NL if lang == "nl" else pools.DIGITS_EN
        if self.rng.random() < 0.5:
            return spaced(raw, 4, "... ")
        return " - ".join(" ".join(words[int(d)] for d in raw[i : i + 4]) for i in range(0, len(raw), 4))

    # dates of birth
    def _birth(self, low: int, high: int) -> tuple[int, int, int]:
        year, month = self.rng.randrange(low, high + 1), self.rng.randrange(1, 13)
        return year, month, self.rng.randrange(1, 29 if month == 2 else 31)

    def _dob_text(self, lang: str, year: int, month: int, day: int) -> str:
        style = self.rng.randrange(9)
        if lang == "nl":
            forms = (
                f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}/{month:02d}/{year}",
                f"{day} {pools.MONTHS_NL[month - 1]} {year}", f"{day}.{month:02d}.{year}",
                f"{day} {pools.MONTHS_NL_SHORT[month - 1]} '{year % 100:02d}", f"{year}-{month:02d}-{day:02d}",
                f"{day:02d}{month:02d}{year}", f"{day} {pools.MONTHS_NL[month - 1].capitalize()} {year}",
            )  # fmt: skip
        else:
            name = pools.MONTHS_EN[month - 1]
            short = name[:3] + ("." if len(name) > 4 else "")
            suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            forms = (
                f"{day:02d}/{month:02d}/{year}", f"{month}/{day}/{year}", f"{name} {day}, {year}",
                f"{day}{suffix} of {name} {year}", f"{day} {name[:3]} {year}", f"{year}-{month:02d}-{day:02d}",
                f"{short} {day} {year}", f"{day} {name} {year}", f"{day}.{month}.{year}",
            )  # fmt: skip
        return forms[style]

    def dob(self, lang: str) -> str:
        return self._dob_text(lang, *self._birth(1940, 2006))

    def dob_old(self, lang: str) -> str:
        return self._dob_text(lang, *self._birth(1926, 1950))

    def dob_child(self, lang: str) -> str:
        return self._dob_text(lang, *self._birth(2012, 2024))

    def dob_baby(self, lang: str) -> str:
        year = self.pick((2025, 2026))
        month = self.rng.randrange(1, 13 if year == 2025 else 11)
        return self._dob_text(lang, year, month, self.rng.randrange(1, 29))

    def dob_said(self, lang: str) -> str:
        year, month, day = self._birth(1945, 2004)
        if lang == "en":
            tens = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
            rest = year % 100
            said = "two thousand " + pools.DIGITS_EN[rest] if year >= 2000 else "nineteen " + tens[rest // 10]
            if year < 2000 and rest % 10:
                said += "-" + pools.DIGITS_EN[rest % 10]
            suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return self.pick(
                (f"{pools.MONTHS_EN[month - 1]} {day}{suffix}, {said}", f"{day} {pools.MONTHS_EN[month - 1]} {said}")
            )
        units = ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
        tens = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
        rest = year % 100
        if year >= 2000:
            tail = "tweeduizend" + (" " + units[rest] if rest else "")
        elif rest % 10:
            link = "ën" if units[rest % 10].endswith("e") else "en"
            tail = "negentien " + units[rest % 10] + link + tens[rest // 10]
        else:
            tail = "negentien " + tens[rest // 10]
        return f"{day} {pools.MONTHS_NL[month - 1]} {tail}"

    # customer, patient, member and contract numbers by sector
    def customer_number(self, lang: str) -> str:
        forms = (
            f"{self.rng.randrange(100000, 999999)}",
            f"KL-{self.digits(6)}",
            f"C{self.digits(7)}",
            f"{self.digits(3)}-{self.digits(4)}-{self.digits(2)}",
            f"{self.digits(2)} {self.digits(3)} {self.digits(3)}",
            f"2026{self.digits(5)}",
        )
        return self.pick(forms)

    def customer_number_awning(self, lang: str) -> str:
        year = self.pick(("24", "25", "26"))
        return self.pick((f"ZW{year}-{self.digits(4)}", f"SC-{self.digits(5)}", f"zw{self.digits(6)}"))

    def customer_number_osteo(self, lang: str) -> str:
        return self.pick((f"OST-{self.digits(5)}", f"P{self.digits(6)}", f"{self.digits(4)}/{self.digits(2)}"))

    def customer_number_vax(self, lang: str) -> str:
        letters = "".join(self.pick("ABCDEFHKMRTX") for _ in range(2))
        return self.pick(
            (f"RV-{self.digits(6)}", f"TRV{self.digits(5)}{letters}", f"rv {self.digits(3)} {self.digits(3)}")
        )

    def customer_number_bowl(self, lang: str) -> str:
        return self.pick((f"BC{self.digits(5)}", f"LEAGUE-{self.digits(4)}", f"bc-{self.digits(4)}-{self.digits(2)}"))

    def customer_number_frame(self, lang: str) -> str:
        return self.pick((f"LJ-{self.digits(5)}", f"K{self.digits(4)}-{self.pick('ABCDE')}", f"LJ{self.digits(6)}"))

    def customer_number_tailor(self, lang: str) -> str:
        return self.pick(
            (f"AT{self.digits(5)}", f"MAAT-{self.digits(4)}", f"{self.pick('ABC')}{self.digits(3)}.{self.digits(3)}")
        )
