"""Number-like values of the `test_v26` split: IBAN, BSN, postcode, address, card, date of birth and customer
number (`FillersV26` in `privacy_fillers_v26` adds names, e-mail, phone numbers and plates on top).

Written by someone who never saw the redaction rules; every check digit is computed here. IBANs: ISO 7064 mod 97
for NL (accounts pass the eleven-test), BE (the BBAN ends in its own mod-97 pair), DE, FR (the BBAN ends in its RIB
key) and LU. BSNs pass the elfproef. Cards pass Luhn: Visa, Mastercard 51-55 and 2221-2720, Amex and Maestro.
Dates of birth are written the Dutch and English way, and as French, Turkish, Romanian, Portuguese and Hungarian
papers write them."""

from __future__ import annotations

from benchmarks import privacy_fillers_v26_pools as t
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


class FillersV26Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    pools = t  # this split's pools and formats (a later split reuses these writers with its own)

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str) -> str:
        return "".join(self.digits(1) if c == "#" else self.rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") if c == "@" else c
                       for c in text)  # fmt: skip

    # IBAN
    def _nl_iban(self) -> str:
        while True:
            account = self.one_of("0", "1", "2", "3", "4", "5", "6", "8", "9") + self.digits(9)
            if account[0] == "0" and self.rng.random() < 0.5:
                continue
            if sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0:
                return iban_of("NL", self.rng.choice(self.pools.NL_BANKS) + account)

    def _be_iban(self) -> str:
        head = self.rng.choice(self.pools.BE_BANKS) + self.digits(7)
        return iban_of("BE", head + f"{int(head) % 97 or 97:02d}")

    def _fr_iban(self) -> str:
        bank, branch, account = self.rng.choice(self.pools.FR_BANKS), self.digits(5), self.digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return iban_of("FR", f"{bank}{branch}{account}{key:02d}")

    def _abroad_iban(self) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return iban_of("DE", self.rng.choice(self.pools.DE_BANKS) + self.digits(10))
        if roll < 0.75:
            return self._fr_iban()
        return iban_of("LU", self.one_of("001", "002", "019", "141") + self.digits(13))

    def _shown(self, v: str) -> str:
        fours = groups(v, 4)
        return self.one_of(fours, fours, fours, fours, v, v, v.lower(), fours.lower(), groups(v, 4, "  "),
                           f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:2]}-{v[2:4]}-{v[4:8]}-{v[8:]}",
                           f"{v[:4]} {v[4:]}")  # fmt: skip

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        v = self._nl_iban() if roll < 0.8 else self._be_iban() if roll < 0.9 else self._abroad_iban()
        return self._shown(v)

    def iban_plain(self, lang: str) -> str:
        return self._nl_iban() if self.rng.random() < 0.85 else self._be_iban()

    def iban_be(self, lang: str) -> str:
        v = self._be_iban()
        return self.one_of(groups(v, 4), v, groups(v, 4), f"{v[:4]} {v[4:7]}-{v[7:14]}-{v[14:]}")

    def iban_abroad(self, lang: str) -> str:
        v = self._abroad_iban()
        return self.one_of(groups(v, 4), v, groups(v, 4), v.lower())

    # BSN
    def _bsn(self) -> str:
        while True:
            head = self.one_of("0", "1", "1", "2", "2", "3", "3", "5", "6", "7", "9") + self.digits(7)
            rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if rest < 10 and head.strip("0"):
                return head + str(rest)

    def bsn(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(v, v, v, v, v, f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}.{v[3:6]}.{v[6:]}",
                           f"{v[:4]} {v[4:6]} {v[6:]}", f"{v[:3]} {v[3:6]}.{v[6:]}", f"{v[:2]}.{v[2:5]}.{v[5:]}",
                           f"{v[:3]}_{v[3:6]}_{v[6:]}", f"{v[:5]} {v[5:]}")  # fmt: skip

    def bsn_plain(self, lang: str) -> str:
        return self._bsn()

    def bsn_spoken(self, lang: str) -> str:
        v, say = self._bsn(), self.pools.say_digits
        if lang == "en":
            return f"{say(v[:4], lang)}... {say(v[4:], lang)}"
        return self.one_of(f"{say(v[:3], lang)}, {say(v[3:6], lang)}, {say(v[6:], lang)}",
                           f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[:4]}... {v[4:]}")  # fmt: skip

    # POSTCODE
    def _pc(self) -> tuple[str, str]:
        letters = self.rng.choice(self.pools.POSTCODE_LETTERS) + self.rng.choice(self.pools.POSTCODE_LETTERS)
        return str(self.rng.randint(1011, 9997)), letters

    def postcode(self, lang: str) -> str:
        d, s = self._pc()
        return self.one_of(f"{d} {s}", f"{d} {s}", f"{d} {s}", f"{d} {s}", f"{d}{s}", f"{d}{s}", f"{d}{s.lower()}",
                           f"{d} {s.lower()}", f"{d}.{s}", f"{d}\u00a0{s}", f"{d} {s[0]}.{s[1]}.")  # fmt: skip

    def postcode_spelled(self, lang: str) -> str:
        d, s = self._pc()
        if lang == "en":
            return f"{d} {s[0]} for {self.pools.SPELL_NL[s[0]]}, {s[1]} for {self.pools.SPELL_NL[s[1]]}"
        return self.one_of(f"{d} {s[0]} van {self.pools.SPELL_NL[s[0]]} {s[1]} van {self.pools.SPELL_NL[s[1]]}",
                           f"{' '.join(self.pools.say_digits(d, lang).split())} {s}")  # fmt: skip

    def postcode_be(self, lang: str) -> str:
        return self.one_of("", "", "B-", "BE-") + str(self.rng.choice((2000, 2140, 2300, 2800, 3001, 3500, 8310,
                                                                       8800, 9000, 9100, 3600)))  # fmt: skip

    def postcode_de(self, lang: str) -> str:
        return self.one_of("", "", "D-") + str(self.rng.choice((47559, 47608, 46446, 52062, 50667, 41747, 48455)))

    def postcode_fr(self, lang: str) -> str:
        return self.one_of("F-", "", "") + self.rng.choice(
            ("75011", "69003", "13006", "59800", "33000", "83990", "06400")
        )

    def postcode_uk(self, lang: str) -> str:
        return self.one_of("EH3 ", "G12 ", "SW11 ", "BS8 ", "CF10 ", "YO1 ") + self.digits(1) + "".join(
            self.rng.choice("ABDEFGHJLNPQRSTUWXY") for _ in range(2))  # fmt: skip

    # ADDRESS
    def _number(self) -> str:
        n = self.rng.randint(1, 199)
        return self.one_of(str(n), str(n), str(n), str(n), f"{n}b", f"{n}-A", f"{n} rood", f"{n}-III", f"{n}bg",
                           f"{n} hs", f"{n}c", f"{n} t/m {n + 4}", f"{n}-{self.rng.randint(1, 40):02d}")  # fmt: skip

    def address(self, lang: str) -> str:
        street = self.pick("street_nl")
        return self.one_of(f"{street} {self._number()}", f"{street} {self._number()}", f"{street} {self._number()}",
                           f"{street.upper()} {self._number()}", f"{street} no. {self.rng.randint(2, 120)}",
                           f"{street} {self.rng.randint(2, 60)}", f"{street.lower()} {self._number()}")  # fmt: skip

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 300)}{self.one_of('', '', ' bus 3', ' b2', '/101')}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 120)}{self.one_of('', 'a', '-3')}"

    def address_fr(self, lang: str) -> str:
        return f"{self.rng.randint(1, 90)}{self.one_of('', ' bis', ', ')} {self.pick('street_fr')}".replace(",  ", ", ")

    def address_uk(self, lang: str) -> str:
        return f"{self.one_of('', 'Flat 2/1, ', '3F2, ')}{self.rng.randint(1, 200)} {self.pick('street_uk')}"

    # CARD
    def _card(self) -> str:
        roll = self.rng.random()
        if roll < 0.1:
            return luhn(self.one_of("34", "37") + self.digits(12))
        if roll < 0.18:
            return luhn(self.one_of("6703", "6759", "5018") + self.digits(self.one_of(11, 14)))
        head = self.one_of("4", "4", "4", "4", str(self.rng.randint(51, 55)), str(self.rng.randint(2221, 2720)))
        return luhn(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        v = self._card()
        if len(v) == 15:
            return self.one_of(f"{v[:4]} {v[4:10]} {v[10:]}", v, f"{v[:4]}-{v[4:10]}-{v[10:]}")
        if len(v) != 16:
            return self.one_of(groups(v, 4), v)
        return self.one_of(groups(v, 4), groups(v, 4), groups(v, 4), v, v, groups(v, 4, "-"), groups(v, 4, "  "),
                           groups(v, 8), f"{v[:6]} {v[6:]}")  # fmt: skip

    def card_spoken(self, lang: str) -> str:
        v, say = self._card(), self.pools.say_digits
        return self.one_of(", ".join(v[i : i + 4] for i in range(0, len(v), 4)),
                           " ".join(say(v[i : i + 4], lang) for i in range(0, len(v), 4)))  # fmt: skip

    # DOB
    def _ymd(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def _dob(self, low: int, high: int, lang: str) -> str:
        y, m, d = self._ymd(low, high)
        if lang == "en":
            mon, short = self.pools.MONTHS["en"][m - 1], self.pools.MONTHS["en_short"][m - 1]
            nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
            return self.one_of(f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}",
                               f"{d}{nth} {mon} {y}", f"{short} {d} '{y % 100:02d}", f"{d}.{m}.{y}",
                               f"{y}/{m:02d}/{d:02d}", f"{d}-{short.upper()}-{y}")  # fmt: skip
        mon, short = self.pools.MONTHS["nl"][m - 1], self.pools.MONTHS["nl_short"][m - 1]
        return self.one_of(f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d:02d}-{m:02d}-'{y % 100:02d}",
                           f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {short} {y}",
                           f"{d:02d}{m:02d}{y % 100:02d}", f"{d}e {mon} {y}", f"{d}-{short}-{y}",
                           f"{d:02d}/{m:02d}/{y}")  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1945, 2007, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1926, 1952, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2011, 2020, lang)

    def dob_iso(self, lang: str) -> str:
        y, m, d = self._ymd(1950, 2006)
        return self.one_of(f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}T00:00:00")

    def dob_foreign(self, lang: str) -> str:
        """As a French, Turkish, Romanian, Portuguese or Hungarian document writes it."""
        y, m, d = self._ymd(1950, 2004)
        kind = self.one_of("fr", "tr", "ro", "pt", "hu")
        mon = self.pools.MONTHS[kind][m - 1]
        return {"fr": f"{'1er' if d == 1 else d} {mon} {y}", "tr": f"{d} {mon} {y}", "ro": f"{d:02d} {mon} {y}",
                "pt": f"{d} de {mon} de {y}", "hu": f"{y}. {mon} {d}."}[kind]  # fmt: skip

    def dob_spoken(self, lang: str) -> str:
        y, m, d = self._ymd(1950, 1999)
        if lang == "en":
            nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
            return f"the {d}{nth} of {self.pools.MONTHS['en'][m - 1]}, {y}"
        month = self.pools.MONTHS["nl"][m - 1]
        return self.one_of(f"{d} {month} negentien {y % 100}", f"{d} {month} '{y % 100:02d}",
                           f"{d:02d} {m:02d} {y}")  # fmt: skip

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(self.pools.MEMBER_FORMATS[kind]))
