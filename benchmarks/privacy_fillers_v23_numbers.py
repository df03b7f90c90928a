"""Number-like values of the `test_v23` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV23` in `privacy_fillers_v23` adds names, e-mail, phone numbers and plates on top).

Written by someone who never saw the redaction rules; every check digit is computed here. IBANs: ISO 7064 mod 97;
Dutch account numbers pass the eleven-test, Belgian BBANs end in their own mod-97 pair, German BBANs hold a real
bank code. BSNs pass the elfproef. Cards pass Luhn: Visa 13 and 16, Mastercard 51-55 and 2221-2720, Maestro 19,
American Express 15, Diners 14. Values are grouped in many ways, typed on an IVR keypad (`_KEYPAD`), read aloud
(`_SPOKEN`) or come out of OCR with a letter O for a zero (`_OCR`)."""

from __future__ import annotations

from benchmarks import privacy_fillers_v23_pools as t
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


class FillersV23Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str) -> str:
        return "".join(self.digits(1) if c == "#" else self.rng.choice(t.CAPITALS) if c == "@" else c for c in text)

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
        return iban_of("DE", self.rng.choice(t.DE_BANKS) + self.digits(10))

    def _iban_shown(self, v: str) -> str:
        fours = groups(v, 4)
        return self.one_of(fours, fours, fours, v, v, fours.lower(), groups(v, 4, "-"), f"{v[:2]} {v[2:4]} "
                           f"{v[4:8]} {groups(v[8:], 3)}", v[:8] + " " + v[8:], v.lower())  # fmt: skip

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        return self._iban_shown(self._nl_iban() if roll < 0.78 else self._be_iban() if roll < 0.9 else self._de_iban())

    def iban_nl(self, lang: str) -> str:
        return self._iban_shown(self._nl_iban())

    def iban_be(self, lang: str) -> str:
        v = self._be_iban()
        return self.one_of(groups(v, 4), groups(v, 4), v, f"{v[:4]} {v[4:7]}-{v[7:14]}-{v[14:]}")

    def iban_de(self, lang: str) -> str:
        return self._iban_shown(self._de_iban())

    def iban_spoken(self, lang: str) -> str:
        v = self._nl_iban()
        if lang == "en":
            return f"{' '.join(v[:2])} {t.say_digits(v[2:4], lang)} {' '.join(v[4:8])} {t.say_digits(v[8:], lang)}"
        return f"{' '.join(v[:2])} {t.say_pairs_nl(v[2:4])} {' '.join(v[4:8])} {t.say_digits(v[8:], lang)}"

    # BSN
    def _bsn(self) -> str:
        while True:
            head = str(self.rng.randint(1, 7)) + self.digits(7)
            rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if rest < 10:
                return head + str(rest)

    def bsn(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(v, v, v, v, f"{v[:4]} {v[4:6]} {v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}",
                           f"{v[:3]}.{v[3:6]}.{v[6:]}", f"{v[:2]} {v[2:5]} {v[5:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}",
                           f"{v[:3]}  {v[3:6]}  {v[6:]}")  # fmt: skip

    def bsn_keypad(self, lang: str) -> str:
        return self._bsn()

    def bsn_ocr(self, lang: str) -> str:
        return self._bsn().replace("0", "O", 1).replace("1", "l", 1)

    def bsn_spoken(self, lang: str) -> str:
        v = self._bsn()
        if lang == "en":
            return t.say_digits(v, lang)
        return self.one_of(t.say_digits(v, lang), f"{t.say_digits(v[:3], lang)}, {t.say_pairs_nl(v[3:7])}, "
                           f"{t.say_digits(v[7:], lang)}")  # fmt: skip

    # POSTCODE
    def postcode(self, lang: str) -> str:
        d = str(self.rng.randint(1011, 9999))
        s = self.rng.choice(t.POSTCODE_LETTERS) + self.rng.choice(t.POSTCODE_LETTERS)
        return self.one_of(f"{d} {s}", f"{d} {s}", f"{d} {s}", f"{d}{s}", f"{d}{s}", f"{d} {s.lower()}",
                           f"{d}-{s}", f"{d}  {s}", f"{d}{s.lower()}")  # fmt: skip

    def postcode_be(self, lang: str) -> str:
        return self.one_of("", "", "B-", "B ") + str(self.rng.choice((1000, 2000, 2018, 2600, 3000, 8000, 9000)) +
                                                       self.rng.randint(0, 90))  # fmt: skip

    def postcode_de(self, lang: str) -> str:
        return self.one_of("", "", "D-") + str(self.rng.choice((46395, 46397, 47533, 48599, 46414, 47574, 26871)))

    def postcode_ocr(self, lang: str) -> str:
        d = str(self.rng.randint(1011, 9999))
        s = self.rng.choice(t.POSTCODE_LETTERS) + self.rng.choice(t.POSTCODE_LETTERS)
        return f"{d.replace('0', 'O').replace('1', 'I')} {s}"

    def postcode_spoken(self, lang: str) -> str:
        d = str(self.rng.randint(1011, 9999))
        s = self.rng.choice(t.POSTCODE_LETTERS) + self.rng.choice(t.POSTCODE_LETTERS)
        if lang == "en":
            return f"{t.say_digits(d, lang)} {t.SPELL_EN[s[0]]} {t.SPELL_EN[s[1]]}"
        return f"{t.say_pairs_nl(d)} {s[0]} {s[1]}"

    # ADDRESS
    def _number(self) -> str:
        n = self.rng.randint(1, 312)
        return self.one_of(str(n), str(n), str(n), str(n), f"{n}a", f"{n}-B", f"{n} III", f"{n}-2", f"{n} zwart",
                           f"{n}hs", f"{n}-bg", f"{n} A", f"{n}/{self.rng.randint(1, 40)}", f"{n}-{n + 2}")  # fmt: skip

    def address(self, lang: str) -> str:
        street = self.pick("street_nl")
        return self.one_of(f"{street} {self._number()}", f"{street} {self._number()}", f"{street} {self._number()}",
                           f"{street.lower()} {self._number()}", f"{street}, nr. {self._number()}",
                           f"{street} {self.rng.randint(1, 90)} (achterhuis)")  # fmt: skip

    def address_street(self, lang: str) -> str:
        """Number first, as on some forms and in English: '14 Prins Hendrikkade'."""
        return f"{self.rng.randint(1, 140)} {self.pick('street_nl')}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 240)}{self.one_of('', ' bus 4', ' bus 101', '/B')}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 90)}{self.one_of('', 'b', '')}"

    def address_cw(self, lang: str) -> str:
        return f"{self.pick('street_cw')} {self.rng.randint(1, 80)}{self.one_of('', ' z/n', '-A')}"

    def address_ocr(self, lang: str) -> str:
        street = self.pick("street_nl").replace("m", "rn", 1).replace("l", "I", 1)
        return f"{street} {self.rng.randint(1, 99)}"

    def address_spoken(self, lang: str) -> str:
        n = self.rng.randint(1, 99)
        if lang == "en":
            return f"{self.pick('street_nl')} number {t.say_digits(str(n), lang)}"
        return f"{self.pick('street_nl')} {self.one_of('nummer ', 'huisnummer ', '')}{t.say_pairs_nl(f'{n:02d}')}"

    # CARD
    def _card(self) -> str:
        roll = self.rng.random()
        if roll < 0.12:
            return luhn(self.one_of("34", "37") + self.digits(12))
        if roll < 0.22:
            return luhn(self.one_of("6703", "6759", "5020") + self.digits(14))
        if roll < 0.27:
            return luhn(self.one_of("36", "38") + self.digits(11))
        head = self.one_of("4", "4", "4", str(self.rng.randint(51, 55)), str(self.rng.randint(2221, 2720)))
        return luhn(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        v = self._card()
        if len(v) == 15:
            return self.one_of(f"{v[:4]} {v[4:10]} {v[10:]}", v, f"{v[:4]}-{v[4:10]}-{v[10:]}")
        if len(v) == 14:
            return self.one_of(f"{v[:4]} {v[4:10]} {v[10:]}", v)
        if len(v) == 19:
            return self.one_of(groups(v, 4), v, f"{v[:8]} {v[8:]}")
        return self.one_of(groups(v, 4), groups(v, 4), v, groups(v, 4, "-"), groups(v, 4, "."), groups(v, 4, " - "))

    def card_keypad(self, lang: str) -> str:
        return self._card()

    def card_spoken(self, lang: str) -> str:
        v = self._card()
        if lang == "en":
            return " ".join(t.say_digits(v[i : i + 4], lang) for i in range(0, len(v), 4))
        return ", ".join(t.say_pairs_nl(v[i : i + 4]) for i in range(0, len(v), 4))

    # DOB
    def _ymd(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def _dob(self, low: int, high: int, lang: str) -> str:
        y, m, d = self._ymd(low, high)
        if lang == "en":
            mon = t.MONTHS["en"][m - 1]
            return self.one_of(f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d}/{m}/{y}", f"{m:02d}/{d:02d}/{y}",
                               f"{d} {t.MONTHS['en_short'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                               f"{t.ORD_EN[d - 1] if d <= 20 else str(d) + 'th'} of {mon} {y}")  # fmt: skip
        mon = t.MONTHS["nl"][m - 1]
        return self.one_of(
            f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d} {mon.capitalize()} {y}",
            f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {t.MONTHS['nl_short'][m - 1]} {y}", f"{y}{m:02d}{d:02d}",
            f"{d:02d}-{m:02d}-'{y % 100:02d}", f"{d}-{t.MONTHS['roman'][m - 1]}-{y}", f"{d:02d}{m:02d}{y}",
            f"{y}-{m:02d}-{d:02d}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1947, 2006, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1929, 1955, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2011, 2021, lang)

    def dob_keypad(self, lang: str) -> str:
        y, m, d = self._ymd(1950, 2004)
        return f"{d:02d}{m:02d}{y}"

    def dob_spoken(self, lang: str) -> str:
        y, m, d = self._ymd(1940, 1999)
        if lang == "en":
            return f"the {t.ORD_EN[min(d, 20) - 1]} of {t.MONTHS['en'][m - 1]} {y}"
        nineteen = f"negentien {t.say_pairs_nl(str(y)[2:])}"
        return f"{t.say_pairs_nl(f'{d:02d}').removeprefix('nul ')} {t.MONTHS['nl'][m - 1]} {nineteen}"

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(t.CUSTOMER_FORMATS[kind]))
