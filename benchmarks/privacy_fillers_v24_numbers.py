"""Number-like values of the `test_v24` split: IBAN, BSN, postcode, address, card, date of birth and client number
(`FillersV24` in `privacy_fillers_v24` adds names, e-mail, phone numbers and plates on top).

Written by someone who never saw the redaction rules; every check digit is computed here. IBANs: ISO 7064 mod 97
for NL (accounts pass the eleven-test), BE (the BBAN ends in its own mod-97 pair), DE, FR (with the RIB key) and LU.
BSNs pass the elfproef; Belgian national register numbers (rijksregisternummers, labelled BSN) carry their mod-97
check, also for people born after 2000. Cards pass Luhn: Visa, Mastercard 51-55 and 2221-2720, Maestro, Amex.
Dates of birth are written the Dutch, English, German, French, Turkish and Portuguese way."""

from __future__ import annotations

from benchmarks import privacy_fillers_v24_pools as t
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


ORDINAL = {1: "st", 2: "nd", 3: "rd"}


class FillersV24Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and client-number fill methods."""

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

    def _fr_iban(self) -> str:
        bank, branch, account = self.rng.choice(t.FR_BANKS), self.digits(5), self.digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return iban_of("FR", f"{bank}{branch}{account}{key:02d}")

    def _lu_iban(self) -> str:
        return iban_of("LU", self.one_of("001", "003", "019", "014") + self.digits(13))

    def _shown(self, v: str) -> str:
        fours = groups(v, 4)
        return self.one_of(fours, fours, fours, v, v, v, fours.lower(), f"{v[:4]} {v[4:8]} {v[8:]}",
                           fours, v.lower(), groups(v.lower(), 4))  # fmt: skip

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        v = self._nl_iban() if roll < 0.8 else self._be_iban() if roll < 0.9 else self._de_iban()
        return self._shown(v)

    def iban_nl(self, lang: str) -> str:
        return self._shown(self._nl_iban())

    def iban_be(self, lang: str) -> str:
        v = self._be_iban()
        return self.one_of(groups(v, 4), groups(v, 4), v, f"{v[:4]} {v[4:7]}-{v[7:14]}-{v[14:]}")

    def iban_abroad(self, lang: str) -> str:
        v = self.one_of(self._de_iban, self._fr_iban, self._lu_iban, self._be_iban)()
        return self.one_of(groups(v, 4), v)

    def iban_plain(self, lang: str) -> str:
        """Machine output: bank statements, QR payloads and logs hold it without spaces."""
        return self._nl_iban() if self.rng.random() < 0.85 else self._be_iban()

    # BSN
    def _bsn(self) -> str:
        while True:
            head = self.one_of("0", "1", "1", "2", "2", "3", "4", "5", "6", "7") + self.digits(7)
            rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if rest < 10 and head != "00000000":
                return head + str(rest)

    def bsn(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(v, v, v, v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}",
                           f"{v[:3]}.{v[3:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}", f"{v[:3]}  {v[3:6]}  {v[6:]}",
                           f"{v[:3]}-{v[3:6]}-{v[6:]}")  # fmt: skip

    def bsn_plain(self, lang: str) -> str:
        return self._bsn()

    def bsn_spoken(self, lang: str) -> str:
        v = self._bsn()
        return t.say_digits(v, lang) if self.rng.random() < 0.6 else ", ".join(
            t.say_digits(v[i : i + 3], lang) for i in (0, 3, 6))  # fmt: skip

    def bsn_be(self, lang: str) -> str:
        """A Belgian national register number 'YY.MM.DD-NNN.CC': CC = 97 - (number mod 97), with a 2 before it
        for people born in 2000 or later."""
        y, m, d = self._ymd(1945, 2006)
        serial = self.rng.randint(1, 997)
        body = f"{y % 100:02d}{m:02d}{d:02d}{serial:03d}"
        check = 97 - int(("2" if y >= 2000 else "") + body) % 97
        v = f"{body}{check:02d}"
        return self.one_of(f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", v, f"{v[:6]}-{v[6:9]}-{v[9:]}",
                           f"{v[:6]} {v[6:9]} {v[9:]}")  # fmt: skip

    # POSTCODE
    def _pc(self) -> tuple[str, str]:
        return str(self.rng.randint(1011, 9999)), self.rng.choice(t.POSTCODE_LETTERS) + self.rng.choice(
            t.POSTCODE_LETTERS)  # fmt: skip

    def postcode(self, lang: str) -> str:
        d, s = self._pc()
        return self.one_of(f"{d} {s}", f"{d} {s}", f"{d} {s}", f"{d}{s}", f"{d}{s}", f"{d} {s.lower()}",
                           f"{d}{s.lower()}", f"NL-{d} {s}", f"{d}\u00a0{s}", f"{d} - {s}")  # fmt: skip

    def postcode_be(self, lang: str) -> str:
        base = self.rng.choice((1000, 1500, 2000, 2800, 3000, 3500, 8500, 9000, 9100, 9300))
        return self.one_of("", "", "", "B-", "B") + str(base + self.rng.randint(0, 60))

    def postcode_de(self, lang: str) -> str:
        return self.one_of("", "", "D-") + str(self.rng.choice((47533, 46325, 52062, 48143, 47551, 46446, 48529)))

    def postcode_uk(self, lang: str) -> str:
        return self.one_of("EH9 1", "G12 8", "SA1 3", "CF10 4", "SE15 5", "M14 6") + self.rng.choice(
            "ABDEFGHJLNPQRSTUWXYZ") + self.rng.choice("ABDEFGHJLNPQRSTUWXYZ")  # fmt: skip

    def postcode_spelled(self, lang: str) -> str:
        d, s = self._pc()
        return f"{d} {t.SPELL_NL[s[0]]} {t.SPELL_NL[s[1]]}" if lang != "en" else f"{d} {s[0]} {s[1]}"

    # ADDRESS
    def _number(self) -> str:
        n = self.rng.randint(1, 260)
        return self.one_of(str(n), str(n), str(n), str(n), f"{n}A", f"{n}b", f"{n}-I", f"{n} hs", f"{n}-3",
                           f"{n} bis", f"{n}.2", f"{n} rd", f"{n}-{n + 4}", f"{n}a-zw", f"{n} K")  # fmt: skip

    def address(self, lang: str) -> str:
        street = self.pick("street_nl")
        return self.one_of(f"{street} {self._number()}", f"{street} {self._number()}", f"{street} {self._number()}",
                           f"{street.upper()} {self._number()}", f"{street.lower()} {self._number()}",
                           f"{street} no. {self.rng.randint(1, 99)}", f"{street} nr {self._number()}")  # fmt: skip

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 199)}{self.one_of('', '', ' bus 3', ' bus 0.2', '/12')}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 120)}{self.one_of('', 'a', '')}"

    def address_uk(self, lang: str) -> str:
        return f"{self.one_of('', 'Flat 2, ', '3/1 ')}{self.rng.randint(1, 140)} {self.pick('street_uk')}"

    # CARD
    def _card(self) -> str:
        roll = self.rng.random()
        if roll < 0.12:
            return luhn(self.one_of("34", "37") + self.digits(12))
        if roll < 0.22:
            return luhn(self.one_of("6759", "6763", "5018") + self.digits(self.one_of(11, 14)))
        head = self.one_of("4", "4", "4", "4", str(self.rng.randint(51, 55)), str(self.rng.randint(2221, 2720)))
        return luhn(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        v = self._card()
        if len(v) == 15:
            return self.one_of(f"{v[:4]} {v[4:10]} {v[10:]}", v, f"{v[:4]}-{v[4:10]}-{v[10:]}")
        if len(v) != 16:
            return self.one_of(groups(v, 4), v)
        return self.one_of(groups(v, 4), groups(v, 4), groups(v, 4), v, v, groups(v, 4, "-"), groups(v, 4, "  "),
                           f"{v[:8]} {v[8:]}")  # fmt: skip

    def card_plain(self, lang: str) -> str:
        return self._card()

    def card_spoken(self, lang: str) -> str:
        v = self._card()
        return ", ".join(t.say_digits(v[i : i + 4], lang) for i in range(0, len(v), 4))

    # DOB
    def _ymd(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def _dob(self, low: int, high: int, lang: str) -> str:
        y, m, d = self._ymd(low, high)
        if lang == "en":
            mon, short = t.MONTHS["en"][m - 1], t.MONTHS["en_short"][m - 1]
            nth = ORDINAL.get(d % 10 if d not in (11, 12, 13) else 0, "th")
            return self.one_of(f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}",
                               f"{d} {short} {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}{nth} {mon} {y}",
                               f"{d:02d}-{short.upper()[:3]}-{y}")  # fmt: skip
        mon = t.MONTHS["nl"][m - 1]
        return self.one_of(
            f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d} {mon} '{y % 100:02d}", f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}", f"{d} {t.MONTHS['nl_short'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d:02d}{m:02d}{y % 100:02d}", f"{d} {mon.upper()} {y}",
            f"{d}-{m:02d}-{y}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1950, 2007, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1931, 1958, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2010, 2022, lang)

    def dob_iso(self, lang: str) -> str:
        y, m, d = self._ymd(1950, 2005)
        return self.one_of(f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}-{m:02d}-{d:02d}T00:00:00")

    def dob_foreign(self, lang: str) -> str:
        """How a German, French, Turkish or Portuguese form or passport writes it."""
        return self._foreign(1950, 2004, self.one_of("de", "fr", "tr", "pt"))

    def dob_foreign_elder(self, lang: str) -> str:
        return self._foreign(1931, 1958, self.one_of("de", "fr", "tr", "pt"))

    def dob_fr_elder(self, lang: str) -> str:
        return self._foreign(1931, 1958, "fr")

    def dob_tr(self, lang: str) -> str:
        return self._foreign(1950, 2004, "tr")

    def dob_pt(self, lang: str) -> str:
        return self._foreign(1950, 2004, "pt")

    def _foreign(self, low: int, high: int, lang_of: str) -> str:
        y, m, d = self._ymd(low, high)
        mon = t.MONTHS[lang_of][m - 1]
        return {"de": f"{d}. {mon} {y}", "fr": f"{'1er' if d == 1 else d} {mon} {y}", "tr": f"{d} {mon} {y}",
                "pt": f"{d} de {mon} de {y}"}[lang_of]  # fmt: skip

    def dob_spoken(self, lang: str) -> str:
        y, m, d = self._ymd(1950, 1999)
        if lang == "en":
            return f"{t.MONTHS['en'][m - 1]} {d}, nineteen {t.say_digits(str(y)[2:], lang)}"
        return self.one_of(f"{d} {t.MONTHS['nl'][m - 1]} negentien {y % 100}", f"{d} {t.MONTHS['nl'][m - 1]} {y}")

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(t.CUSTOMER_FORMATS[kind]))
