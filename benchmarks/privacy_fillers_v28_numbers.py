"""Number-like value writers of the `test_v28` split: IBAN, BSN, card numbers, postcodes, dates of birth and the
customer, member, policy and contract numbers of its firms. Names, e-mail, phones, addresses and plates are in
`privacy_fillers_v28`. Written from scratch by someone who never saw the redaction rules.

Check digits are computed here: ISO 7064 mod 97-10 for every IBAN (NL accounts also pass the old eleven-test, BE
accounts carry their national mod-97 pair, FR accounts their RIB key), the BSN eleven-test (weights 9..2 and -1)
and Luhn for Visa, Mastercard (51-55 and 2221-2720) and American Express."""

from __future__ import annotations

import random

from benchmarks import privacy_fillers_v28_pools as p

MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
_UNITS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
_UNITS_EN = "zero one two three four five six seven eight nine".split()


def mod97(text: str) -> int:
    """The remainder of a string of digits and capitals read as one number (A=10 ... Z=35), modulo 97."""
    rest = 0
    for char in text:
        for digit in str(int(char, 36)):
            rest = (rest * 10 + int(digit)) % 97
    return rest


def make_iban(country: str, bban: str) -> str:
    check = 98 - mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def luhn_digit(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def is_bsn(number: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return len(number) == 9 and sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


class V28Numbers:
    """The split's own writers; `fill` lives in `FillersV28`."""

    def __init__(self, split: str, rng: random.Random) -> None:
        self.split, self.rng = split, rng

    # small helpers
    def any_of(self, options):
        return self.rng.choice(options)

    def digits(self, count: int, first_nonzero: bool = False) -> str:
        head = str(self.rng.randint(1, 9)) if first_nonzero else str(self.rng.randint(0, 9))
        return head + "".join(str(self.rng.randint(0, 9)) for _ in range(count - 1))

    def fill_hashes(self, shape: str) -> str:
        return "".join(str(self.rng.randint(0, 9)) if c == "#" else c for c in shape)

    def chunk(self, text: str, sizes: list[int], sep: str = " ") -> str:
        parts, start = [], 0
        for size in sizes:
            parts.append(text[start : start + size])
            start += size
        if start < len(text):
            parts.append(text[start:])
        return sep.join(part for part in parts if part)

    def say_digits(self, text: str, lang: str) -> str:
        words = _UNITS_EN if lang == "en" else _UNITS_NL
        said = [words[int(c)] if c.isdigit() else c for c in text if not c.isspace()]
        if lang == "en":
            said = ["oh" if w == "zero" and self.rng.random() < 0.5 else w for w in said]
        return self.any_of([" ", ", ", " "]).join(said)

    # IBAN
    def _iban_nl(self) -> str:
        while True:
            account = self.digits(10)
            if account[0] == "0" and sum(int(d) * (10 - i) for i, d in enumerate(account)) % 11 == 0:
                return make_iban("NL", self.any_of(p.NL_BANKS) + account)

    def _iban_be(self) -> str:
        head = self.any_of(p.BE_BANKS) + self.digits(7)
        pair = int(head) % 97 or 97
        return make_iban("BE", f"{head}{pair:02d}")

    def _iban_de(self) -> str:
        return make_iban("DE", self.any_of(p.DE_BANKS) + self.digits(10))

    def _iban_fr(self) -> str:
        bank, branch = self.any_of(p.FR_BANKS).split()
        account = self.digits(11)
        return make_iban("FR", bank + branch + account + rib_key(bank, branch, account))

    def _show_iban(self, raw: str) -> str:
        style = self.rng.randint(0, 5)
        if style <= 2:
            return self.chunk(raw, [4] * 8)
        if style == 3:
            return raw
        if style == 4:
            return raw.lower() if raw.startswith("NL") else self.chunk(raw, [4] * 8)
        return self.chunk(raw, [4] * 8, sep=".") if raw.startswith("NL") else self.chunk(raw, [4] * 8)

    def iban(self, lang: str) -> str:
        return self._show_iban(self._iban_nl())

    def iban_be(self, lang: str) -> str:
        return self._show_iban(self._iban_be())

    def iban_eu(self, lang: str) -> str:
        return self._show_iban(self.any_of([self._iban_be, self._iban_de, self._iban_fr, self._iban_be])())

    # BSN
    def _bsn(self) -> str:
        while True:
            number = self.digits(9, first_nonzero=True)
            if is_bsn(number):
                return number

    def bsn(self, lang: str) -> str:
        number = self._bsn()
        return self.any_of(
            [number, number, f"{number[:4]}.{number[4:6]}.{number[6:]}", self.chunk(number, [3, 3, 3]),
             self.chunk(number, [3, 3, 3], "-"), self.chunk(number, [2, 2, 2, 3], ".")]
        )  # fmt: skip

    def bsn_said(self, lang: str) -> str:
        number = self._bsn()
        if self.rng.random() < 0.5:
            return self.say_digits(number, lang)
        return self.chunk(number, [3, 3, 3], self.any_of([" ... ", ", ", " - "]))

    # cards
    def _card(self) -> tuple[str, str]:
        kind = self.any_of(["visa", "visa", "mc", "mc2", "amex"])
        if kind == "amex":
            body = self.any_of(["34", "37"]) + self.digits(12)
        elif kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = str(self.rng.randint(51, 55)) + self.digits(13)
        else:
            body = str(self.rng.randint(2221, 2720)) + self.digits(11)
        return kind, body + luhn_digit(body)

    def card(self, lang: str) -> str:
        kind, number = self._card()
        sizes = [4, 6, 5] if kind == "amex" else [4, 4, 4, 4]
        return self.chunk(number, sizes, self.any_of([" ", " ", "-", ""]))

    def card_said(self, lang: str) -> str:
        kind, number = self._card()
        groups = self.chunk(number, [4, 6, 5] if kind == "amex" else [4, 4, 4, 4]).split()
        return self.any_of([", ", " ... ", " - "]).join(groups)

    # postcodes
    def _nl_postcode(self) -> tuple[str, str]:
        letters = "ABCDEFGHJKLMNPRTVWXZ"
        pair = self.any_of(letters) + self.any_of(letters + "S")
        return str(self.rng.randint(1011, 9999)), pair

    def postcode(self, lang: str) -> str:
        number, pair = self._nl_postcode()
        return self.any_of(
            [f"{number} {pair}", f"{number} {pair}", f"{number}{pair}", f"{number} {pair.lower()}",
             f"{number}{pair.lower()}", f"{number}  {pair}", f"NL-{number} {pair}"]
        )  # fmt: skip

    def postcode_said(self, lang: str) -> str:
        number, pair = self._nl_postcode()
        if lang == "en":
            return f"{number} {pair[0]} for {self._alpha(pair[0])}, {pair[1]} for {self._alpha(pair[1])}"
        return f"{' '.join(number)} {pair[0]} van {self._alpha_nl(pair[0])} {pair[1]} van {self._alpha_nl(pair[1])}"

    def _alpha(self, letter: str) -> str:
        words = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa "
        words += "Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu"
        return words.split()[ord(letter) - 65]

    def _alpha_nl(self, letter: str) -> str:
        words = "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johan Karel Lodewijk Maria "
        words += "Nico Otto Pieter Quotiënt Rudolf Simon Teunis Utrecht Victor Willem Xantippe Ypsilon Zaandam"
        return words.split()[ord(letter) - 65]

    def postcode_be(self, lang: str) -> str:
        code = self.any_of(p.TOWNS_BE).split()[0]
        return self.any_of([code, code, f"B-{code}", f"BE-{code}"])

    def postcode_de(self, lang: str) -> str:
        code = f"{self.rng.randint(40210, 53947)}"
        return self.any_of([code, code, f"D-{code}", f"DE-{code}"])

    # dates of birth
    def _birth(self, old: bool = False) -> tuple[int, int, int]:
        year = self.rng.randint(1931, 1958) if old else self.rng.randint(1952, 2006)
        return self.rng.randint(1, 28), self.rng.randint(1, 12), year

    def dob(self, lang: str) -> str:
        d, m, y = self._birth()
        month = MONTHS_NL[m - 1]
        return self.any_of(
            [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}",
             f"{d} {month[:3]} {y}", f"{d} {month[:3]}. '{y % 100:02d}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}",
             f"{d:02d}{m:02d}{y}", f"{d}-{m}-'{y % 100:02d}", f"{d} {month.capitalize()} {y}"]
        )  # fmt: skip

    def dob_old(self, lang: str) -> str:
        d, m, y = self._birth(old=True)
        months = MONTHS_EN if lang == "en" else MONTHS_NL
        return self.any_of([f"{d:02d}-{m:02d}-{y}", f"{d} {months[m - 1]} {y}", f"{d}/{m}/{y}"])

    def dob_young(self, lang: str) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2009, 2019)
        months = MONTHS_EN if lang == "en" else MONTHS_NL
        return self.any_of([f"{d:02d}-{m:02d}-{y}", f"{d} {months[m - 1]} {y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}"])

    def dob_en(self, lang: str) -> str:
        d, m, y = self._birth()
        month = MONTHS_EN[m - 1]
        nth = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return self.any_of(
            [f"{month} {d}, {y}", f"{d}{nth} {month} {y}", f"{d}{nth} of {month} {y}",
             f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{d} {month[:3]} {y}", f"{y}-{m:02d}-{d:02d}",
             f"{month[:3]}. {d}{nth} '{y % 100:02d}"]
        )  # fmt: skip

    def dob_said(self, lang: str) -> str:
        d, m, y = self._birth()
        if lang == "en":
            tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()[y // 10 % 10 - 2] if y < 2000 else ""
            spoken = f"nineteen {tens}-{_UNITS_EN[y % 10]}".removesuffix("-zero") if tens else str(y)
            return self.any_of([f"{d} {MONTHS_EN[m - 1]} {spoken}", f"{MONTHS_EN[m - 1]} {d}, {spoken}"])
        return self.any_of([f"{d} {MONTHS_NL[m - 1]} '{y % 100:02d}", f"{d} {MONTHS_NL[m - 1]} {y}",
                            f"{d}e van de {m}e, {y}"])  # fmt: skip

    # customer, member, policy and contract numbers
    def customer_number(self, lang: str) -> str:
        return self.any_of([self.digits(8, True), f"K{self.digits(7)}", f"{self.digits(3, True)}.{self.digits(3)}"
                            f".{self.digits(3)}", f"KL-{self.digits(6)}"])  # fmt: skip

    def customer_number_salon(self, lang: str) -> str:
        return self.any_of([f"SLZ-{self.digits(6)}", f"klant-{self.digits(5)}", f"HB{self.digits(5)}"])

    def customer_number_wig(self, lang: str) -> str:
        return self.any_of([f"HW{self.rng.randint(2019, 2026)}-{self.digits(4)}", f"PRK {self.digits(6)}"])

    def customer_number_classic(self, lang: str) -> str:
        return self.any_of([f"OTV-{self.digits(3)}-{self.digits(5)}", f"{self.digits(2, True)}.{self.digits(6)}",
                            f"KLS{self.digits(7)}"])  # fmt: skip

    def customer_number_rent(self, lang: str) -> str:
        return self.any_of([f"HC{self.digits(6)}", f"VR-{self.digits(4)}-{self.digits(2)}", f"R{self.digits(7)}"])

    def customer_number_tent(self, lang: str) -> str:
        return self.any_of([f"FT/{self.rng.randint(24, 27)}/{self.digits(4)}", f"EVT{self.digits(5)}"])

    def customer_number_band(self, lang: str) -> str:
        return self.any_of([f"{self.digits(4, True)}", f"L{self.digits(4)}", f"KNMO-{self.digits(6)}"])
