"""Number-like values of the `test_v19` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV19` in `privacy_fillers_v19` adds names, e-mail, phone numbers and plates on top).

Written by someone who never saw the redaction rules; the check digits are computed here. Dutch IBANs: ISO 7064
mod 97 over an account that passes the old eleven-test, except INGB's zero-padded seven-digit Postbank numbers;
Belgian (bank check mod 97), German and Polish IBANs mod 97 as well. BSNs pass the elfproef (weights 9..2 and -1),
a few start with a 0. Cards pass Luhn: Visa, Mastercard (51-55, 2221-2720), American Express, UnionPay 62.
Postcodes use only the letters the post hands out and never SA, SD or SS."""

from __future__ import annotations

from benchmarks import privacy_fillers_v19_pools as tables
from benchmarks.privacy_fillers import Fillers


def mod97_iban(country: str, bban: str) -> str:
    moved = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str(-total % 10)


def elfproef(digits8: str) -> int | None:
    """The ninth BSN digit for these eight, or None when none fits."""
    check = sum(int(d) * w for d, w in zip(digits8, range(9, 1, -1), strict=True)) % 11
    return check if check < 10 else None


def split_at(text: str, *sizes: int, sep: str = " ") -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(text[start : start + size])
        start += size
    if start < len(text):
        parts.append(text[start:])
    return sep.join(part for part in parts if part)


class FillersV19Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str) -> str:
        return "".join(
            str(self.rng.randint(0, 9)) if c == "#" else self.rng.choice(tables.CAPITALS) if c == "@" else c
            for c in text
        )

    def aloud(self, digits: str, lang: str) -> str:
        return tables.digit_words(digits, lang) if self.rng.random() < 0.55 else tables.pair_words(digits, lang)

    # IBAN
    def _nl_iban(self) -> str:
        bank = self.rng.choice(tables.NL_BANKS)
        if bank == "INGB" and self.rng.random() < 0.4:
            account = "000" + str(self.rng.randint(1, 9)) + self.digits(6)
        else:
            while True:
                head = str(self.rng.randint(1, 9)) + self.digits(8)
                last = -sum(int(d) * w for d, w in zip(head, range(10, 1, -1), strict=True)) % 11
                if last < 10:
                    account = head + str(last)
                    break
        return mod97_iban("NL", bank + account)

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        fours = split_at(value, 4, 4, 4, 4, 4)
        return self.one_of(
            fours, fours, fours, value, value.lower(), fours.replace(" ", "-"), split_at(value, 4, 4, 10),
            split_at(value, 2, 2, 4, 10), split_at(value, 4, 4, 3, 3, 4), fours.lower(), split_at(value, 4, 14),
        )  # fmt: skip

    def iban_wrap(self, lang: str) -> str:
        value = self._nl_iban()
        return self.one_of(split_at(value, 8).replace(" ", "\n"), split_at(value, 4, 4, 4, 4, 4)[:14] + "\n" +
                           split_at(value, 4, 4, 4, 4, 4)[15:])  # fmt: skip

    def iban_voice(self, lang: str) -> str:
        value = self._nl_iban()
        letters = " ".join(value[4:8]) if self.rng.random() < 0.5 else value[4:8]
        start = "N L" if lang == "en" else self.one_of("N L", "en el", "NL")
        return f"{start} {self.aloud(value[2:4], lang)} {letters} {self.aloud(value[8:], lang)}"

    def _iban_in(self, country: str, lang: str) -> str:
        if country == "be":
            head = self.rng.choice(tables.ABROAD_BANKS["be"]) + self.digits(7)
            value = mod97_iban("BE", head + f"{int(head) % 97 or 97:02d}")
        elif country == "de":
            value = mod97_iban("DE", self.rng.choice(tables.ABROAD_BANKS["de"]) + self.digits(10))
        else:  # pl: eight-digit bank sort code and sixteen digits
            value = mod97_iban("PL", self.digits(24))
        return self.one_of(split_at(value, *[4] * 7), value)

    # BSN
    def _bsn(self) -> str:
        while True:
            head = ("0" if self.rng.random() < 0.1 else str(self.rng.randint(1, 6))) + self.digits(7)
            last = elfproef(head)
            if last is not None and head != "00000000":
                return head + str(last)

    def bsn(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(
            v, v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}.{v[3:6]}.{v[6:]}",
            f"{v[:2]} {v[2:5]} {v[5:]}", f"{v[:4]} {v[4:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}",
        )  # fmt: skip

    def bsn_voice(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(f"{self.aloud(v[:3], lang)}, {self.aloud(v[3:6], lang)}, {self.aloud(v[6:], lang)}",
                           tables.digit_words(v, lang))  # fmt: skip

    def bsn_wrap(self, lang: str) -> str:
        v = self._bsn()
        return f"{v[:4]}\n{v[4:]}"

    # POSTCODE
    def _postcode(self) -> tuple[str, str]:
        while True:
            letters = "".join(self.rng.choice(tables.POSTCODE_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1000, 9999)), letters

    def postcode(self, lang: str) -> str:
        digits, letters = self._postcode()
        return self.one_of(
            f"{digits} {letters}", f"{digits} {letters}", f"{digits}{letters}", f"{digits}{letters}",
            f"{digits} {letters.lower()}", f"{digits}{letters.lower()}", f"{digits}-{letters}", f"{digits}  {letters}",
        )  # fmt: skip

    def postcode_voice(self, lang: str) -> str:
        digits, letters = self._postcode()
        said = self.aloud(digits, lang)
        if lang == "en":
            return f"{said} {' '.join(letters)}"
        spelled = self.one_of(
            " ".join(tables.LETTER_NL[c] for c in letters),
            " ".join(f"{c} van {tables.ALPHABET_NL[c]}" for c in letters),
            " ".join(letters),
        )
        return f"{said} {spelled}"

    def postcode_be(self, lang: str) -> str:
        return str(self.one_of(2000, 2018, 2800, 3000, 3500, 8000, 8400, 9000, 9300))

    def postcode_pl(self, lang: str) -> str:
        return f"{self.digits(2)}-{self.digits(3)}"

    # ADDRESS
    def _number(self) -> str:
        n = self.rng.randint(1, 312)
        return self.one_of(
            f"{n}", f"{n}", f"{n}", f"{n}", f"{n}a", f"{n} A", f"{n}-A", f"{n}-hs", f"{n}-I", f"{n}-3", f"{n} bis",
            f"{n} bg", f"{n}-zw", f"{n} app. {self.rng.randint(1, 60)}", f"{n}/{self.rng.randint(1, 9)}",
            f"{n}E", f"{n}-{self.rng.randint(1, 4)}hg",
        )  # fmt: skip

    def _street(self) -> str:
        return self.pick("street_nl")

    def address(self, lang: str) -> str:
        if self.rng.random() < 0.06:
            return f"{self.pick('street_houseboat')} t/o {self.rng.randint(2, 400)}"
        street = self._street()
        return self.one_of(f"{street} {self._number()}", f"{street} {self._number()}", f"{street} nr. {self._number()}",
                           f"{street.upper()} {self._number()}", f"{street.lower()} {self._number()}")  # fmt: skip

    def address_wrap(self, lang: str) -> str:
        street = self._street()
        words = street.split()
        if len(words) > 1 and self.rng.random() < 0.5:
            cut = self.rng.randint(1, len(words) - 1)
            return " ".join(words[:cut]) + "\n" + " ".join(words[cut:]) + f" {self._number()}"
        return f"{street}\n{self._number()}"

    def address_voice(self, lang: str) -> str:
        n = self.rng.randint(1, 99)
        extra = self.one_of("", "", " a", " hoog" if lang != "en" else " upstairs", " huis" if lang != "en" else "")
        return f"{self._street()} {tables.number_words(n, lang)}{extra}"

    def address_be(self, lang: str) -> str:
        n = self.rng.randint(1, 140)
        return self.one_of(
            f"{self.pick('street_be')} {n}", f"{self.pick('street_be')} {n} bus {self.rng.randint(1, 12)}"
        )

    def address_pl(self, lang: str) -> str:
        return f"{self.pick('street_pl')} {self.rng.randint(1, 90)}/{self.rng.randint(1, 40)}"

    # CARD
    def _card(self) -> str:
        kind = self.rng.random()
        if kind < 0.15:
            body = self.one_of("34", "37") + self.digits(12)
        else:
            head = self.one_of("4", "4", "4", "4", str(self.rng.randint(51, 55)), str(self.rng.randint(51, 55)),
                               str(self.rng.randint(2221, 2720)), "62")  # fmt: skip
            body = head + self.digits(15 - len(head))
        return body + luhn_digit(body)

    def card(self, lang: str) -> str:
        v = self._card()
        if len(v) == 15:
            return self.one_of(split_at(v, 4, 6, 5), split_at(v, 4, 6, 5, sep="-"), v)
        fours = split_at(v, 4, 4, 4, 4)
        return self.one_of(
            fours, fours, fours, v, fours.replace(" ", "-"), fours.replace(" ", "."), split_at(v, 4, 4, 8),
            split_at(v, 8, 8), split_at(v, 4, 4, 4, 4, sep=" - "),
        )  # fmt: skip

    def card_wrap(self, lang: str) -> str:
        v = self._card()
        return self.one_of(split_at(v[:8], 4, 4) + "\n" + split_at(v[8:], 4, 4), v[:10] + "\n" + v[10:])

    def card_voice(self, lang: str) -> str:
        v = self._card()
        groups = [v[i : i + 4] for i in range(0, len(v), 4)]
        return ", ".join(self.aloud(group, lang) for group in groups)

    # DOB
    def _birth(self, low: int, high: int) -> tuple[int, int, int]:
        year, month = self.rng.randint(low, high), self.rng.randint(1, 12)
        return year, month, self.rng.randint(1, 28 if month == 2 else 30)

    def _dob(self, low: int, high: int, lang: str) -> str:
        y, m, d = self._birth(low, high)
        if lang == "en":
            th = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            mon, short = tables.MONTHS["en"][m - 1], tables.MONTHS["en_short"][m - 1]
            return self.one_of(
                f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{mon} {d}{th}, {y}", f"{d} {mon} {y}", f"{d}{th} {short} {y}",
                f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}", f"{short}. {d}, {y}",
            )  # fmt: skip
        mon, short = tables.MONTHS["nl"][m - 1], tables.MONTHS["nl_short"][m - 1]
        return self.one_of(
            f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d}-{m}-'{y % 100:02d}", f"{d} {mon} {y}", f"{d} {short} {y}",
            f"{d:02d}/{m:02d}/{y}", f"{d:02d}{m:02d}{y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}",
            f"{d} {mon.upper()} {y}", f"{d:02d}-{m:02d}-{y % 100:02d}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1948, 2006, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1925, 1950, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2019, 2025, lang)

    def dob_voice(self, lang: str) -> str:
        y, m, d = self._birth(1945, 2005)
        if lang == "en":
            year = f"nineteen {tables.number_words(y % 100, 'en')}" if y < 2000 else f"two thousand and {y % 100}"
            return self.one_of(f"the {tables.number_words(d, 'en')} of {tables.MONTHS['en'][m - 1]} {year}",
                               f"{tables.MONTHS['en'][m - 1]} {tables.number_words(d, 'en')}, {year}")  # fmt: skip
        year = f"negentien{tables.number_words(y % 100, 'nl')}" if y < 2000 else f"tweeduizend{y % 100}"
        return self.one_of(f"{tables.number_words(d, 'nl')} {tables.MONTHS['nl'][m - 1]} {year}",
                           f"{d} {tables.MONTHS['nl'][m - 1]} {year}",
                           f"{tables.number_words(d, 'nl')} {tables.number_words(m, 'nl')} {y}")  # fmt: skip

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(tables.CUSTOMER_FORMATS[kind]))
