"""Number-like values of the `test_v20` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV20` in `privacy_fillers_v20` adds names, e-mail, phone numbers and plates on top).

Written by someone who never saw the redaction rules; every check digit is computed here. Dutch IBANs: ISO 7064
mod 97 over a ten-digit account that passes the eleven-test (INGB also short Postbank numbers padded with zeros);
Belgian IBANs carry the national mod-97 check inside the BBAN as well. BSNs pass the elfproef. Cards pass Luhn:
Visa, Mastercard (51-55 and 2221-2720), American Express (34/37, 15 digits), Maestro (6759, 19 digits).
Postcodes never use SA, SD or SS. Values come as written, grouped oddly, in two chat messages (`_HEAD`/`_TAIL`),
broken over a line (`_WRAP`) or said aloud (`_VOICE`)."""

from __future__ import annotations

from benchmarks import privacy_fillers_v20_pools as tables
from benchmarks.privacy_fillers import Fillers


def iban_with_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def luhn_completed(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * 2 if i % 2 == 0 else int(c)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def groups(text: str, *sizes: int, sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    out.append(text[at:])
    return sep.join(part for part in out if part)


class FillersV20Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    _tail: dict[str, str]

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str) -> str:
        return "".join(
            self.digits(1) if c == "#" else self.rng.choice(tables.CAPITALS) if c == "@" else c for c in text
        )

    def aloud(self, digits: str, lang: str) -> str:
        return self.one_of(tables.one_by_one, tables.in_pairs)(digits, lang)

    def _halves(self, kind: str, value: str, cut: int) -> str:
        """The first part now; `_TAIL` of the same type gives the rest in the next chat message."""
        self._tail = {**getattr(self, "_tail", {}), kind: value[cut:].strip()}
        return value[:cut].strip()

    def _rest(self, kind: str) -> str:
        return self._tail.pop(kind)

    # IBAN
    def _nl_iban(self) -> str:
        bank = self.rng.choice(tables.NL_BANKS)
        if bank == "INGB" and self.rng.random() < 0.35:
            return iban_with_check("NL", bank + "000" + self.digits(7).lstrip("0").rjust(7, "1"))
        while True:
            account = str(self.rng.randint(1, 9)) + self.digits(9)
            if sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0:
                return iban_with_check("NL", bank + account)

    def _be_iban(self) -> str:
        head = self.rng.choice(tables.BE_BANKS) + self.digits(7)
        return iban_with_check("BE", head + f"{int(head) % 97 or 97:02d}")

    def _iban_written(self, value: str) -> str:
        fours = groups(value, 4, 4, 4, 4, 4)
        return self.one_of(
            fours, fours, value, fours.lower(), value.lower(), groups(value, 2, 2, 4, 10), groups(value, 4, 4, 6, 4),
            fours.replace(" ", "."), groups(value, 4, 4, 2, 2, 2, 2, 2), groups(value, 2, 2, 4, 4, 4, 2),
            "  ".join(fours.split(" ")),
        )  # fmt: skip

    def iban(self, lang: str) -> str:
        return self._iban_written(self._nl_iban() if self.rng.random() < 0.85 else self._be_iban())

    def iban_be(self, lang: str) -> str:
        return self._iban_written(self._be_iban())

    def iban_head(self, lang: str) -> str:
        value = groups(self._nl_iban(), 4, 4, 4, 4, 4)
        return self._halves("iban", value, self.one_of(9, 14))

    def iban_tail(self, lang: str) -> str:
        return self._rest("iban")

    def iban_wrap(self, lang: str) -> str:
        fours = groups(self._nl_iban(), 4, 4, 4, 4, 4)
        return self.one_of(fours[:9] + "\n" + fours[10:], fours[:4] + "\n" + fours[5:], fours[:19] + "\n" + fours[20:])

    def iban_voice(self, lang: str) -> str:
        value = self._nl_iban()
        bank = " ".join(value[4:8]) if self.rng.random() < 0.6 else value[4:8].lower()
        country = self.one_of("N L", "NL", "en el") if lang != "en" else self.one_of("N L", "NL")
        return f"{country} {self.aloud(value[2:4], lang)}, {bank}, {self.aloud(value[8:], lang)}"

    # BSN
    def _bsn(self) -> str:
        while True:
            head = self.one_of("0", "1", "1", "2", "2", "3", "4", "5", "6", "7") + self.digits(7)
            rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if rest < 10 and head.strip("0"):
                return head + str(rest)

    def bsn(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(
            v, v, v, f"{v[:3]}.{v[3:6]}.{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}", f"{v[:2]}.{v[2:5]}.{v[5:]}",
            f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]}-{v[3:5]}-{v[5:]}",
        )  # fmt: skip

    def bsn_head(self, lang: str) -> str:
        return self._halves("bsn", self._bsn(), self.one_of(3, 4, 5))

    def bsn_tail(self, lang: str) -> str:
        return self._rest("bsn")

    def bsn_voice(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(tables.one_by_one(v, lang), f"{self.aloud(v[:4], lang)} ... {self.aloud(v[4:], lang)}")

    # POSTCODE
    def _postcode(self) -> tuple[str, str]:
        while True:
            letters = self.rng.choice(tables.POSTCODE_LETTERS) + self.rng.choice(tables.POSTCODE_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        d, s = self._postcode()
        return self.one_of(f"{d} {s}", f"{d} {s}", f"{d}{s}", f"{d}{s.lower()}", f"{d} {s.lower()}", f"{d}-{s}",
                           f"{d}{s}", f"{d} {s}")  # fmt: skip

    def postcode_voice(self, lang: str) -> str:
        d, s = self._postcode()
        if lang == "en":
            return f"{self.aloud(d, lang)}, {s[0]} {s[1]}"
        letters = self.one_of(f"{s[0]} {s[1]}", f"{s[0]} van {tables.SPELL_NL.get(s[0], s[0])}, {s[1]}")
        return f"{self.aloud(d, lang)} {letters}"

    def postcode_be(self, lang: str) -> str:
        return self.one_of("2000", "2018", "2060", "3000", "8500", "9000", "1000", "2300")

    # ADDRESS
    def _number(self) -> str:
        n = self.rng.randint(1, 288)
        return self.one_of(
            f"{n}", f"{n}", f"{n}", f"{n}", f"{n}", f"{n}b", f"{n} B", f"{n}-II", f"{n} III", f"{n} hs", f"{n}-hs",
            f"{n} bis", f"{n}bis", f"{n}-1", f"{n}A-02", f"{n} rood", f"{n}-bg", f"{n} zw",
            f"{n}/{self.rng.randint(1, 20)}",
        )  # fmt: skip

    def address(self, lang: str) -> str:
        street = self.pick("street_nl")
        return self.one_of(
            f"{street} {self._number()}", f"{street} {self._number()}", f"{street} {self._number()}",
            f"{street} nr {self._number()}", f"{street.lower()} {self._number()}", f"{street.upper()} {self._number()}",
            f"{street},{self._number()}",
        )  # fmt: skip

    def address_wrap(self, lang: str) -> str:
        words = self.pick("street_nl").split()
        if len(words) > 1:
            cut = self.rng.randint(1, len(words) - 1)
            return " ".join(words[:cut]) + "\n" + " ".join(words[cut:]) + f" {self._number()}"
        return f"{words[0]}\n{self._number()}"

    def address_voice(self, lang: str) -> str:
        n = tables.number_words(self.rng.randint(2, 99), lang)
        tail = self.one_of("", "", " bis", " huis" if lang != "en" else " ground floor", " twee hoog" if lang != "en"
                           else " second floor")  # fmt: skip
        word = self.one_of("nummer ", "") if lang != "en" else self.one_of("number ", "")
        return f"{self.pick('street_nl')} {word}{n}{tail}"

    def address_be(self, lang: str) -> str:
        street, n = self.pick("street_be"), self.rng.randint(1, 220)
        return self.one_of(f"{street} {n}", f"{street} {n} bus {self.rng.randint(1, 30)}")

    # CARD
    def _card(self) -> str:
        roll = self.rng.random()
        if roll < 0.12:
            return luhn_completed(self.one_of("34", "37") + self.digits(12))
        if roll < 0.2:
            return luhn_completed("6759" + self.digits(14))
        head = self.one_of("4", "4", "4", str(self.rng.randint(51, 55)), str(self.rng.randint(2221, 2720)))
        return luhn_completed(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        v = self._card()
        if len(v) == 15:
            return self.one_of(groups(v, 4, 6), groups(v, 4, 6, sep="-"), v)
        if len(v) == 19:
            return self.one_of(groups(v, 4, 4, 4, 4), groups(v, 8, 11), v)
        fours = groups(v, 4, 4, 4, 4)
        return self.one_of(fours, fours, v, fours.replace(" ", "-"), groups(v, 4, 4, 4, 4, sep="  "),
                           groups(v, 4, 4, 4, 4, sep=" / "), groups(v, 6, 10))  # fmt: skip

    def card_head(self, lang: str) -> str:
        return self._halves("card", groups(self._card(), 4, 4, 4, 4), self.one_of(9, 10))

    def card_tail(self, lang: str) -> str:
        return self._rest("card")

    def card_voice(self, lang: str) -> str:
        v = self._card()
        return ", ".join(self.aloud(v[i : i + 4], lang) for i in range(0, len(v), 4))

    # DOB
    def _ymd(self, low: int, high: int) -> tuple[int, int, int]:
        y, m = self.rng.randint(low, high), self.rng.randint(1, 12)
        return y, m, self.rng.randint(1, 28 if m == 2 else 31 if m in (1, 3, 5, 7, 8, 10, 12) else 30)

    def _dob(self, low: int, high: int, lang: str) -> str:
        y, m, d = self._ymd(low, high)
        if lang == "en":
            month, short = tables.MONTHS["en"][m - 1], tables.MONTHS["en_short"][m - 1]
            suffix = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return self.one_of(
                f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{month} {d}, {y}", f"{d} {month} {y}",
                f"{d}{suffix} of {month} {y}", f"{y}-{m:02d}-{d:02d}", f"{short} {d} {y}", f"{d:02d}.{m:02d}.{y}",
                f"{d}-{short}-{y}",
            )  # fmt: skip
        month, short = tables.MONTHS["nl"][m - 1], tables.MONTHS["nl_short"][m - 1]
        return self.one_of(
            f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}", f"{d} {short} '{y % 100:02d}",
            f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}/{m} {y}",
            f"{d} {month.capitalize()} {y}", f"{d:02d}{m:02d}{y}", f"{d} {month} '{y % 100:02d}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1944, 2007, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1928, 1952, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2010, 2024, lang)

    def dob_voice(self, lang: str) -> str:
        y, m, d = self._ymd(1940, 2006)
        if lang == "en":
            year = f"nineteen {tables.number_words(y % 100, 'en')}" if y < 2000 else f"two thousand {y % 100}"
            if y % 100 < 10 and y < 2000:
                year = f"nineteen oh {tables.number_words(y % 100, 'en')}"
            return self.one_of(f"the {tables.ORDINALS_EN[d - 1]} of {tables.MONTHS['en'][m - 1]}, {year}",
                               f"{tables.MONTHS['en'][m - 1]} {tables.ORDINALS_EN[d - 1]} {year}")  # fmt: skip
        year = f"negentien{tables.number_words(y % 100, 'nl')}" if y < 2000 else f"tweeduizend{y % 100}"
        if y % 100 == 0:
            year = "negentienhonderd" if y < 2000 else "tweeduizend"
        day = tables.number_words(d, "nl")
        return self.one_of(f"{day} {tables.MONTHS['nl'][m - 1]} {year}", f"{day} {tables.MONTHS['nl'][m - 1]} {y}",
                           f"{d} {tables.MONTHS['nl'][m - 1]}, {year}")  # fmt: skip

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(tables.CUSTOMER_FORMATS[kind]))
