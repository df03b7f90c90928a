"""Number-like values of the `test_v22` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV22` in `privacy_fillers_v22` adds names, e-mail, phone numbers and plates on top).

Written by someone who never saw the redaction rules; every check digit is computed here. IBANs: ISO 7064 mod 97;
Dutch account numbers pass the eleven-test, Belgian BBANs end in their own mod-97 pair, German BBANs hold a real
bank code. BSNs pass the elfproef. Cards pass Luhn: Visa 16, Mastercard 51-55 and 2221-2720, Maestro with 19 digits,
American Express 34/37 with 15. Values appear grouped in many ways, said aloud (`_VOICE`), or first mistyped
(`_TYPO`) and then corrected (`_FIXED`)."""

from __future__ import annotations

from benchmarks import privacy_fillers_v22_pools as t
from benchmarks.privacy_fillers import Fillers


def iban_of(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def groups(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


class FillersV22Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    _kept: dict[str, str]

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str) -> str:
        return "".join(self.digits(1) if c == "#" else self.rng.choice(t.CAPITALS) if c == "@" else c for c in text)

    def _keep(self, kind: str, right: str) -> None:
        self._kept = {**getattr(self, "_kept", {}), kind: right}

    def _take(self, kind: str) -> str:
        return self._kept.pop(kind)

    def _slip(self, value: str) -> str:
        """Two neighbouring digits swapped (or one changed when they are equal)."""
        places = [i for i, c in enumerate(value) if c.isdigit()]
        i = self.rng.choice(places[3:-2])
        j = places[places.index(i) + 1]
        chars = list(value)
        if chars[i] == chars[j]:
            chars[i] = str((int(chars[i]) + 3) % 10)
        else:
            chars[i], chars[j] = chars[j], chars[i]
        return "".join(chars)

    # IBAN
    def _nl_iban(self) -> str:
        while True:
            account = str(self.rng.randint(1, 9)) + self.digits(9)
            if sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0:
                return iban_of("NL", self.rng.choice(t.NL_BANKS) + account)

    def _be_iban(self) -> str:
        head = self.rng.choice(t.BE_BANKS) + self.digits(7)
        return iban_of("BE", head + f"{int(head) % 97 or 97:02d}")

    def _de_iban(self) -> str:
        return iban_of("DE", self.rng.choice(t.DE_BANKS) + "00" + self.digits(8))

    def _iban_shown(self, v: str) -> str:
        fours = groups(v, 4)
        return self.one_of(fours, fours, v, v, fours.lower(), fours.replace(" ", "."), groups(v, 4, "  "),
                           v[:4] + " " + v[4:], v.lower())  # fmt: skip

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        return self._iban_shown(self._nl_iban() if roll < 0.75 else self._be_iban() if roll < 0.88 else self._de_iban())

    def iban_be(self, lang: str) -> str:
        return self._iban_shown(self._be_iban())

    def iban_de(self, lang: str) -> str:
        return self._iban_shown(self._de_iban())

    def iban_voice(self, lang: str) -> str:
        v = self._nl_iban()
        return f"{' '.join(v[:2])} {t.say_digits(v[2:4], lang)} {' '.join(v[4:8])} {t.say_digits(v[8:], lang)}"

    def iban_typo(self, lang: str) -> str:
        v = self._nl_iban()
        self._keep("iban", v)
        return groups(self._slip(v), 4)

    def iban_fixed(self, lang: str) -> str:
        return groups(self._take("iban"), 4)

    # BSN
    def _bsn(self) -> str:
        while True:
            head = str(self.rng.randint(1, 6)) + self.digits(7)
            rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if rest < 10:
                return head + str(rest)

    def bsn(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(
            v, v, v, f"{v[:3]}.{v[3:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}",
            f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:2]}.{v[2:5]}.{v[5:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}",
        )  # fmt: skip

    def bsn_voice(self, lang: str) -> str:
        return t.say_digits(self._bsn(), lang)

    def bsn_typo(self, lang: str) -> str:
        v = self._bsn()
        self._keep("bsn", v)
        return self._slip(v)

    def bsn_fixed(self, lang: str) -> str:
        return self._take("bsn")

    # POSTCODE
    def postcode(self, lang: str) -> str:
        d = str(self.rng.randint(1011, 9998))
        s = self.rng.choice(t.POSTCODE_LETTERS) + self.rng.choice(t.POSTCODE_LETTERS)
        return self.one_of(f"{d} {s}", f"{d} {s}", f"{d}{s}", f"{d}{s}", f"{d} {s.lower()}", f"{d}{s.lower()}")

    def postcode_be(self, lang: str) -> str:
        return str(self.rng.choice((1000, 2000, 2800, 3000, 3500, 8500, 9000, 9300)) + self.rng.randint(0, 99))

    def postcode_voice(self, lang: str) -> str:
        d, s = str(self.rng.randint(1011, 9998)), self.rng.choice(t.POSTCODE_LETTERS) + self.rng.choice("KLMNRT")
        return f"{t.say_digits(d, lang)} {s[0]} {s[1]}"

    # ADDRESS
    def _number(self) -> str:
        n = self.rng.randint(1, 240)
        return self.one_of(f"{n}", f"{n}", f"{n}", f"{n}", f"{n}b", f"{n}-C", f"{n} II", f"{n}-1", f"{n} rood",
                           f"{n}-hs", f"{n} bis", f"{n}A", f"{n} boven")  # fmt: skip

    def address(self, lang: str) -> str:
        street = self.pick("street_nl")
        return self.one_of(f"{street} {self._number()}", f"{street} {self._number()}",
                           f"{street.lower()} {self._number()}", f"{street.upper()} {self._number()}",
                           f"{street} nr {self._number()}")  # fmt: skip

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 199)}{self.one_of('', ' bus 2', ' bus 11', '/3')}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 120)}{self.one_of('', 'a', '')}"

    def address_voice(self, lang: str) -> str:
        n = self.rng.randint(1, 31)
        if lang == "en":
            return f"{self.pick('street_nl')} number {t.say_digits(str(n), lang)}"
        return f"{self.pick('street_nl')} {self.one_of('nummer ', '')}{t.NUM_NL[n]}"

    # CARD
    def _card(self) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return luhn(self.one_of("34", "37") + self.digits(12))
        if roll < 0.3:
            return luhn(self.one_of("6759", "5018", "6304") + self.digits(14))
        head = self.one_of("4", "4", str(self.rng.randint(51, 55)), str(self.rng.randint(2221, 2720)))
        return luhn(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        v = self._card()
        if len(v) == 15:
            return self.one_of(f"{v[:4]} {v[4:10]} {v[10:]}", v)
        if len(v) == 19:
            return self.one_of(groups(v, 4), v)
        return self.one_of(groups(v, 4), groups(v, 4), v, groups(v, 4, "-"), groups(v, 4, "  "))

    def card_voice(self, lang: str) -> str:
        v = self._card()
        return ", ".join(t.say_digits(v[i : i + 4], lang) for i in range(0, len(v), 4))

    # DOB
    def _dob(self, low: int, high: int, lang: str) -> str:
        y, m = self.rng.randint(low, high), self.rng.randint(1, 12)
        d = self.rng.randint(1, 28)
        if lang == "en":
            mon = t.MONTHS["en"][m - 1]
            return self.one_of(f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}",
                               f"{y}-{m:02d}-{d:02d}", f"{d}-{t.MONTHS['en_short'][m - 1]}-{y % 100:02d}")  # fmt: skip
        mon = t.MONTHS["nl"][m - 1]
        return self.one_of(
            f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/'{y % 100:02d}", f"{d} {t.MONTHS['nl_short'][m - 1]} {y}", f"{d:02d}{m:02d}{y % 100:02d}",
            f"{d}. {t.MONTHS['de'][m - 1]} {y}", f"{d} {t.MONTHS['fr'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1944, 2007, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1928, 1952, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2010, 2019, lang)

    def dob_voice(self, lang: str) -> str:
        y, m, d = self.rng.randint(1950, 1999), self.rng.randint(1, 12), self.rng.randint(1, 12)
        if lang == "en":
            return f"the {t.ORD_EN[d - 1]} of {t.MONTHS['en'][m - 1]} {y}"
        return f"{t.NUM_NL[d]} {t.MONTHS['nl'][m - 1]} {y}"

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(t.CUSTOMER_FORMATS[kind]))
