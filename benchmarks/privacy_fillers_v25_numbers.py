"""Number-like values of the `test_v25` split: IBAN, BSN, postcode, address, card, date of birth and member number
(`FillersV25` in `privacy_fillers_v25` adds names, e-mail, phone numbers and plates on top).

Written by someone who never saw the redaction rules; every check digit is computed here. IBANs: ISO 7064 mod 97
for NL (accounts pass the eleven-test), BE (the BBAN ends in its own mod-97 pair), DE, AT and GB. BSNs pass the
elfproef. Cards pass Luhn: Visa, Mastercard 51-55 and 2221-2720, Amex, Maestro and 19-digit Visa. Dates of birth
are written the Dutch, English, Polish, Spanish, Italian and German way, also with 'uhm' in dictation."""

from __future__ import annotations

from benchmarks import privacy_fillers_v25_pools as t
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


class FillersV25Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and member-number fill methods."""

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str) -> str:
        return "".join(self.digits(1) if c == "#" else self.rng.choice("ABCDEFGHKLMNPRSTVWXZ") if c == "@" else c
                       for c in text)  # fmt: skip

    # IBAN
    def _nl_iban(self) -> str:
        while True:
            account = str(self.rng.randint(1, 9)) + self.digits(9)
            if sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0:
                return iban_of("NL", self.rng.choice(t.NL_BANKS) + account)

    def _be_iban(self) -> str:
        head = self.rng.choice(t.BE_BANKS) + self.digits(7)
        return iban_of("BE", head + f"{int(head) % 97 or 97:02d}")

    def _abroad_iban(self) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return iban_of("DE", self.rng.choice(t.DE_BANKS) + self.digits(10))
        if roll < 0.7:
            return iban_of("AT", self.one_of("12000", "20111", "32000", "14000") + self.digits(11))
        return iban_of("GB", self.rng.choice(t.GB_BANKS) + self.digits(6) + self.digits(8))

    def _shown(self, v: str) -> str:
        fours = groups(v, 4)
        return self.one_of(fours, fours, fours, v, v, fours.lower(), v.lower(), f"{v[:2]} {v[2:4]} {v[4:8]} {v[8:]}",
                           groups(v, 4, "."), groups(v, 4, "-"), f"{v[:4]} {v[4:8]} {groups(v[8:], 2)}")  # fmt: skip

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        v = self._nl_iban() if roll < 0.78 else self._be_iban() if roll < 0.88 else self._abroad_iban()
        return self._shown(v)

    def iban_plain(self, lang: str) -> str:
        return self._nl_iban() if self.rng.random() < 0.9 else self._be_iban()

    def iban_be(self, lang: str) -> str:
        v = self._be_iban()
        return self.one_of(groups(v, 4), v, groups(v, 4), v.lower())

    def iban_abroad(self, lang: str) -> str:
        v = self._abroad_iban()
        return self.one_of(groups(v, 4), v, groups(v, 4))

    # BSN
    def _bsn(self) -> str:
        while True:
            head = self.one_of("0", "1", "1", "2", "2", "3", "4", "6", "7", "8") + self.digits(7)
            rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if rest < 10 and head.strip("0"):
                return head + str(rest)

    def bsn(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(v, v, v, v, f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}.{v[3:6]}.{v[6:]}",
                           f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:2]} {v[2:5]} {v[5:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}",
                           f"{v[:4]} {v[4:]}", f"{v[:3]}/{v[3:6]}/{v[6:]}")  # fmt: skip

    def bsn_plain(self, lang: str) -> str:
        return self._bsn()

    def bsn_spoken(self, lang: str) -> str:
        v = self._bsn()
        if lang == "en":
            return f"{t.say_digits(v[:3], lang)}, uh, {t.say_digits(v[3:6], lang)}, {t.say_digits(v[6:], lang)}"
        return self.one_of(f"{t.say_digits(v[:3], lang)} eh {t.say_digits(v[3:6], lang)} {t.say_digits(v[6:], lang)}",
                           f"{v[:3]}, uhm, {v[3:6]}, {v[6:]}", t.say_digits(v, lang))  # fmt: skip

    # POSTCODE
    def _pc(self) -> tuple[str, str]:
        letters = self.rng.choice(t.POSTCODE_LETTERS) + self.rng.choice(t.POSTCODE_LETTERS)
        return str(self.rng.randint(1011, 9991)), letters

    def postcode(self, lang: str) -> str:
        d, s = self._pc()
        return self.one_of(f"{d} {s}", f"{d} {s}", f"{d} {s}", f"{d}{s}", f"{d}{s}", f"{d} {s.lower()}",
                           f"{d}{s.lower()}", f"{d}-{s}", f"{d}  {s}", f"NL {d} {s}")  # fmt: skip

    def postcode_spelled(self, lang: str) -> str:
        d, s = self._pc()
        return f"{d} {t.SPELL_NL[s[0]]} {t.SPELL_NL[s[1]]}"

    def postcode_be(self, lang: str) -> str:
        return self.one_of("", "", "B-", "B ") + str(self.rng.choice((1000, 2000, 2018, 2600, 3000, 8000, 9000,
                                                                      9050, 8500, 3500)))  # fmt: skip

    def postcode_de(self, lang: str) -> str:
        return self.one_of("", "D-") + str(self.rng.choice((47533, 40213, 46395, 48599, 52064, 41061, 49808)))

    def postcode_uk(self, lang: str) -> str:
        return self.one_of("N1 ", "BT7 ", "OX4 ", "LS6 ", "M20 ", "EH6 ") + self.digits(1) + "".join(
            self.rng.choice("ABDEFGHJLNPQRSTUWXY") for _ in range(2))  # fmt: skip

    def postcode_ie(self, lang: str) -> str:
        """An Eircode: routing key and four characters, 'D06 F2X7'."""
        tail = "".join(self.rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return self.one_of("D06 ", "D02 ", "D08 ", "A94 ", "T12 ") + tail

    # ADDRESS
    def _number(self) -> str:
        n = self.rng.randint(1, 240)
        return self.one_of(str(n), str(n), str(n), f"{n}a", f"{n}-B", f"{n} II", f"{n}-1hg", f"{n} zw", f"{n}bis",
                           f"{n}/{self.rng.randint(1, 9)}", f"{n} A", f"{n}-{n + 2}")  # fmt: skip

    def address(self, lang: str) -> str:
        street = self.pick("street_nl")
        return self.one_of(f"{street} {self._number()}", f"{street} {self._number()}", f"{street} {self._number()}",
                           f"{street.lower()} {self._number()}", f"{street} nr. {self.rng.randint(2, 90)}",
                           f"{street}, {self.rng.randint(2, 90)}")  # fmt: skip

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 250)}{self.one_of('', '', ' bus 12', '/0003')}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 90)}{self.one_of('', 'b')}"

    def address_uk(self, lang: str) -> str:
        return f"{self.one_of('', 'Apt 4, ', 'Flat 12, ')}{self.rng.randint(1, 160)} {self.pick('street_uk')}"

    # CARD
    def _card(self) -> str:
        roll = self.rng.random()
        if roll < 0.12:
            return luhn(self.one_of("34", "37") + self.digits(12))
        if roll < 0.2:
            return luhn(self.one_of("6761", "6799", "5020") + self.digits(self.one_of(11, 14)))
        if roll < 0.25:
            return luhn("4" + self.digits(17))
        head = self.one_of("4", "4", "4", str(self.rng.randint(51, 55)), str(self.rng.randint(2221, 2720)))
        return luhn(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        v = self._card()
        if len(v) == 15:
            return self.one_of(f"{v[:4]} {v[4:10]} {v[10:]}", v)
        if len(v) != 16:
            return self.one_of(groups(v, 4), v)
        return self.one_of(groups(v, 4), groups(v, 4), groups(v, 4), v, v, groups(v, 4, "-"), groups(v, 4, "."),
                           f"{v[:4]} {v[4:8]}{v[8:12]} {v[12:]}")  # fmt: skip

    def card_spoken(self, lang: str) -> str:
        v = self._card()
        filler = "uh" if lang == "en" else "eh"
        return f", {filler}, ".join(t.say_digits(v[i : i + 4], lang) if i % 8 else v[i : i + 4]
                                    for i in range(0, len(v), 4))  # fmt: skip

    # DOB
    def _ymd(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def _dob(self, low: int, high: int, lang: str) -> str:
        y, m, d = self._ymd(low, high)
        if lang == "en":
            mon, short = t.MONTHS["en"][m - 1], t.MONTHS["en_short"][m - 1]
            return self.one_of(f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}",
                               f"{d}-{short}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}",
                               f"{mon} {d} {y}", f"{d} {short}. {y}")  # fmt: skip
        mon = t.MONTHS["nl"][m - 1]
        return self.one_of(f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d}/{m}/'{y % 100:02d}",
                           f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {t.MONTHS['nl_short'][m - 1]}. {y}",
                           f"{y}-{m:02d}-{d:02d}", f"{d:02d}{m:02d}{y}", f"{d} {mon.capitalize()} {y}",
                           f"{d:02d} - {m:02d} - {y}")  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1948, 2006, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1928, 1955, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2009, 2024, lang)

    def dob_iso(self, lang: str) -> str:
        y, m, d = self._ymd(1950, 2006)
        return self.one_of(f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}")

    def dob_foreign(self, lang: str) -> str:
        """As a Polish, Spanish, Italian or German birth certificate writes it."""
        y, m, d = self._ymd(1950, 2005)
        kind = self.one_of("pl", "es", "it", "de")
        mon = t.MONTHS[kind][m - 1]
        return {"pl": f"{d} {mon} {y} r.", "es": f"{d} de {mon} de {y}", "it": f"{d} {mon} {y}",
                "de": f"{d:02d}.{m:02d}.{y}"}[kind]  # fmt: skip

    def dob_spoken(self, lang: str) -> str:
        y, m, d = self._ymd(1950, 1999)
        if lang == "en":
            nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
            return f"{d}{nth} of {t.MONTHS['en'][m - 1]}, um, {y}"
        month = t.MONTHS["nl"][m - 1]
        spoken_day = t.say_digits(f"{d:02d}", lang)
        return self.one_of(f"{d} eh {month} negentien {y % 100}", f"{d} {month} {y}", f"{spoken_day} {m:02d} {y}")

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(t.MEMBER_FORMATS[kind]))
