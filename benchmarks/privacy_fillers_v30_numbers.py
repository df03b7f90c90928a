"""Number-like writers of the `test_v30` fillers: IBANs, BSNs, payment cards, dates of birth, postcodes and the
sector numbers of the split's frames. Check digits are computed here: IBAN mod 97 (NL accounts pass the
eleven-test, BE accounts carry their national mod-97 pair, FR accounts their RIB key), BSN elfproef and Luhn.
Written from scratch by someone who never saw the redaction rules."""

from __future__ import annotations

import random
import string

from benchmarks import privacy_fillers_v30_pools as pools

NL_BANKS = ("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB")
BE_BANKS = ("001", "068", "063", "737", "143", "539", "973")
DE_BANKS = ("37040044", "50010517", "10070000", "32450000", "43060967")
FR_BANKS = (("30004", "00819"), ("20041", "01005"), ("30003", "02340"))


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    as_digits = "".join(str(int(ch, 36)) for ch in moved)
    return f"{98 - int(as_digits) % 97:02d}"


def luhn_digit(body: str) -> str:
    total = 0
    for position, ch in enumerate(reversed(body)):
        value = int(ch) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str(-total % 10)


def elfproef_ok(digits: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def in_groups(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


class V30Numbers:
    """The number-like half of `FillersV30`; `rng` is the corpus builder's generator."""

    def __init__(self, split: str, rng: random.Random) -> None:
        self.split, self.rng = split, rng

    def pick(self, options):
        return self.rng.choice(list(options))

    def odds(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first: str = "0123456789") -> str:
        return self.pick(first) + "".join(self.pick(string.digits) for _ in range(n - 1))

    # IBAN
    def _nl_account(self) -> str:
        while True:
            account = self.digits(10, "0123456789")
            if sum(int(d) * (10 - i) for i, d in enumerate(account)) % 11 == 0 and account[:2] != "00":
                return account

    def _nl_iban(self) -> str:
        bban = self.pick(NL_BANKS) + self._nl_account()
        return "NL" + iban_check("NL", bban) + bban

    def _be_iban(self) -> str:
        first = self.pick(BE_BANKS) + self.digits(7)
        pair = int(first) % 97 or 97
        bban = f"{first}{pair:02d}"
        return "BE" + iban_check("BE", bban) + bban

    def _de_iban(self) -> str:
        bban = self.pick(DE_BANKS) + self.digits(10, "123456789")
        return "DE" + iban_check("DE", bban) + bban

    def _fr_iban(self) -> str:
        bank, branch = self.pick(FR_BANKS)
        account = self.digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{key:02d}"
        return "FR" + iban_check("FR", bban) + bban

    def _show_iban(self, raw: str) -> str:
        style = self.rng.random()
        if style < 0.45:
            return in_groups(raw, 4)
        if style < 0.75:
            return raw
        if style < 0.85:
            return in_groups(raw, 4).lower()
        if style < 0.93:
            return raw[:4] + " " + raw[4:8] + " " + raw[8:]
        return in_groups(raw, 4, ".")

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        raw = self._nl_iban() if roll < 0.75 else self._be_iban() if roll < 0.88 else self._de_iban()
        return self._show_iban(raw)

    def iban_nl(self, lang: str) -> str:
        return self._show_iban(self._nl_iban())

    def iban_abroad(self, lang: str) -> str:
        raw = self.pick((self._be_iban, self._de_iban, self._fr_iban))()
        return self._show_iban(raw)

    # BSN
    def _bsn(self) -> str:
        while True:
            candidate = self.digits(9, "1234567")
            if elfproef_ok(candidate):
                return candidate

    def bsn(self, lang: str) -> str:
        raw = self._bsn()
        return self.pick(
            (raw, raw, raw, f"{raw[:3]}.{raw[3:5]}.{raw[5:]}", in_groups(raw, 3), f"{raw[:4]}.{raw[4:6]}.{raw[6:]}")
        )

    def bsn_said(self, lang: str) -> str:
        words = pools.DUTCH_DIGITS if lang == "nl" else pools.ENGLISH_DIGITS
        raw = self._bsn()
        return " ".join(words[int(d)] for d in raw) if self.odds(0.5) else "-".join(in_groups(raw, 3).split())

    # payment cards
    def _card(self) -> str:
        kind = self.pick(("visa", "visa", "mc", "mc2", "amex", "maestro"))
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = self.pick(("51", "52", "53", "54", "55")) + self.digits(13)
        elif kind == "mc2":
            body = str(self.rng.randint(2221, 2720)) + self.digits(11)
        elif kind == "amex":
            body = self.pick(("34", "37")) + self.digits(12)
        else:
            body = self.pick(("6759", "6761", "6763")) + self.digits(14)
        return body + luhn_digit(body)

    def card(self, lang: str) -> str:
        raw = self._card()
        if len(raw) == 15:
            return self.pick((raw, f"{raw[:4]} {raw[4:10]} {raw[10:]}", f"{raw[:4]}-{raw[4:10]}-{raw[10:]}"))
        return self.pick((raw, in_groups(raw, 4), in_groups(raw, 4), in_groups(raw, 4, "-"), in_groups(raw, 4, ".")))

    def card_said(self, lang: str) -> str:
        raw = self._card()
        words = pools.DUTCH_DIGITS if lang == "nl" else pools.ENGLISH_DIGITS
        groups = in_groups(raw, 4).split()
        return ", ".join(" ".join(words[int(d)] for d in group) for group in groups)

    # dates of birth
    def _birth(self, low: int, high: int) -> tuple[int, int, int]:
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28 if month == 2 else 30)
        return self.rng.randint(low, high), month, day

    def _write_date(self, lang: str, year: int, month: int, day: int) -> str:
        nl = lang == "nl"
        names = pools.MONTHS_NL if nl else pools.MONTHS_EN
        month_name = names[month - 1]
        if nl:
            forms = [
                f"{day:02d}-{month:02d}-{year}",
                f"{day}-{month}-{year}",
                f"{day:02d}/{month:02d}/{year}",
                f"{day}.{month}.{year}",
                f"{day} {month_name} {year}",
                f"{day} {month_name[:3]}. {year}",
                f"{day} {month_name.capitalize()} {year}",
                f"{day:02d}{month:02d}{year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day}-{month}-'{year % 100:02d}",
                f"{day} {month_name} '{year % 100:02d}",
            ]
        else:
            suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            forms = [
                f"{day:02d}/{month:02d}/{year}",
                f"{month:02d}/{day:02d}/{year}",
                f"{day} {month_name} {year}",
                f"{month_name} {day}, {year}",
                f"{day}{suffix} of {month_name} {year}",
                f"{month_name[:3]} {day} {year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day}.{month}.{year}",
            ]
        return self.pick(forms)

    def dob(self, lang: str) -> str:
        return self._write_date(lang, *self._birth(1948, 2004))

    def dob_parent(self, lang: str) -> str:
        return self._write_date(lang, *self._birth(1982, 2004))

    def dob_child(self, lang: str) -> str:
        return self._write_date(lang, *self._birth(2013, 2022))

    def dob_baby(self, lang: str) -> str:
        return self._write_date(lang, *self._birth(2025, 2026))

    def dob_old(self, lang: str) -> str:
        return self._write_date(lang, *self._birth(1928, 1947))

    def dob_said(self, lang: str) -> str:
        year, month, day = self._birth(1940, 1999)
        if lang != "nl":
            suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return f"{pools.MONTHS_EN[month - 1]} {day}{suffix}, nineteen {self._tens_en(year % 100)}"
        return f"{self._number_nl(day)} {pools.MONTHS_NL[month - 1]} negentien{self._number_nl(year % 100)}"

    @staticmethod
    def _tens_en(n: int) -> str:
        tens = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
        ones = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        return f"{tens[n // 10]}-{ones[n % 10]}" if n % 10 else tens[n // 10]

    @staticmethod
    def _number_nl(n: int) -> str:
        if n < 10:
            return pools.DUTCH_DIGITS[n] if n != 1 else "één"
        if n < 20:
            return pools.TEENS_NL[n - 10]
        ones, tens = n % 10, pools.TENS_NL[n // 10]
        if not ones:
            return tens
        unit = pools.DUTCH_DIGITS[ones]
        joiner = "ën" if unit.endswith("e") else "en"
        return f"{unit}{joiner}{tens}"

    # postcodes
    def _pc_letters(self) -> str:
        return "".join(self.pick("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))

    def postcode(self, lang: str) -> str:
        number, letters = self.rng.randint(1011, 9999), self._pc_letters()
        form = self.rng.random()
        if form < 0.5:
            return f"{number} {letters}"
        if form < 0.75:
            return f"{number}{letters}"
        if form < 0.85:
            return f"{number} {letters.lower()}"
        if form < 0.93:
            return f"{number}{letters.lower()}"
        return f"{number}-{letters}"

    def postcode_said(self, lang: str) -> str:
        number, letters = self.rng.randint(1011, 9999), self._pc_letters()
        if lang != "nl":
            digits = " ".join(pools.ENGLISH_DIGITS[int(d)] for d in str(number))
            return f"{digits}, {letters[0]} {letters[1]}"
        low = number % 100
        spoken = f"{self._number_nl(number // 100)} {'nul ' if low < 10 else ''}{self._number_nl(low)}"
        if self.odds(0.5):
            spoken = " ".join(pools.DUTCH_DIGITS[int(d)] for d in str(number))
        spell = [f"{ch} van {pools.SPELLING_NL[ch]}" if ch in pools.SPELLING_NL else ch for ch in letters]
        return f"{spoken}, {' '.join(spell) if self.odds(0.6) else ' '.join(letters)}"

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 9992))
        return self.pick((number, number, "B-" + number, "B " + number))

    def postcode_de(self, lang: str) -> str:
        number = f"{self.rng.randint(1067, 99998):05d}"
        return self.pick((number, number, "D-" + number, "DE-" + number))

    # sector numbers: whose they are is in the name of the slot
    def customer_number(self, lang: str) -> str:
        return self.pick((self.digits(8, "123456789"), "K" + self.digits(7), "CU-" + self.digits(6), self.digits(10)))

    def customer_number_kraam(self, lang: str) -> str:
        return self.pick((f"KZ-{self.rng.randint(2024, 2026)}-{self.digits(5)}", "CL" + self.digits(6)))

    def customer_number_logo(self, lang: str) -> str:
        return self.pick(("LOG" + self.digits(5), f"P{self.digits(4)}-{self.digits(2)}", self.digits(6, "2")))

    def customer_number_podo(self, lang: str) -> str:
        return self.pick(("PT" + self.digits(6), f"PODO/{self.digits(5)}", "pt-" + self.digits(6)))

    def customer_number_watch(self, lang: str) -> str:
        return self.pick(("VIP" + self.digits(6), "KK-" + self.digits(5), self.digits(7, "9")))

    def customer_number_upholster(self, lang: str) -> str:
        return self.pick(("DEB-" + self.digits(5), "D" + self.digits(5), "D-" + self.digits(6)))

    def customer_number_canoe(self, lang: str) -> str:
        return self.pick((f"SP{self.rng.randint(24, 26)}-{self.digits(4)}", "LID" + self.digits(5), self.digits(5)))
