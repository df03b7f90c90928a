"""Number-like values of the `test_v21` split: IBAN, BSN, postcode, address, card, date of birth and customer number
(`FillersV21` in `privacy_fillers_v21` adds names, e-mail, phone numbers and plates on top).

Written by someone who never saw the redaction rules; every check digit is computed here. IBANs: ISO 7064 mod 97;
Dutch accounts pass the eleven-test, Belgian BBANs carry their own mod-97 pair, German ones a real bank code
(Postbank, Commerzbank, ING-DiBa, comdirect, Stadtsparkasse München, N26, Sparkasse Essen, GLS). BSNs pass the
elfproef. Cards pass Luhn: Visa 16, Mastercard 51-55 and 2221-2720, American Express 34/37 with 15 digits. Values
come as written, grouped oddly, in capitals or lower case, broken over a line (`_WRAP`), said aloud (`_VOICE`), or
first with a typo or a digit too many (`_TYPO`) that the customer then corrects (`_FIXED`)."""

from __future__ import annotations

from benchmarks import privacy_fillers_v21_pools as t
from benchmarks.privacy_fillers import Fillers


def mod97_iban(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def with_luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def chunk(text: str, *sizes: int, sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    out.append(text[at:])
    return sep.join(part for part in out if part)


class FillersV21Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB and customer-number fill methods."""

    _fixed: dict[str, str]

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    def pattern(self, text: str) -> str:
        return "".join(self.digits(1) if c == "#" else self.rng.choice(t.CAPITALS) if c == "@" else c for c in text)

    def aloud(self, digits: str, lang: str) -> str:
        return self.one_of(t.say_digits, t.say_digits, t.say_pairs)(digits, lang)

    def _keep(self, kind: str, right: str) -> None:
        """Remember the right value for the `_FIXED` slot of the same type after a `_TYPO` slot."""
        self._fixed = {**getattr(self, "_fixed", {}), kind: right}

    def _take(self, kind: str) -> str:
        return self._fixed.pop(kind)

    def _spoil(self, value: str) -> str:
        """A digit too many, or two neighbouring digits swapped."""
        places = [i for i, c in enumerate(value) if c.isdigit()]
        i = self.rng.choice(places[2:-1])
        if self.rng.random() < 0.5:
            return value[: i + 1] + value[i] + value[i + 1 :]
        j = next((p for p in places if p > i), i)
        chars = list(value)
        chars[i], chars[j] = chars[j], chars[i]
        spoiled = "".join(chars)
        return spoiled if spoiled != value else value[: i + 1] + "7" + value[i + 1 :]

    # IBAN
    def _nl_iban(self) -> str:
        while True:
            account = str(self.rng.randint(1, 9)) + self.digits(9)
            if sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0:
                return mod97_iban("NL", self.rng.choice(t.NL_BANKS) + account)

    def _be_iban(self) -> str:
        head = self.rng.choice(t.BE_BANKS) + self.digits(7)
        return mod97_iban("BE", head + f"{int(head) % 97 or 97:02d}")

    def _de_iban(self) -> str:
        return mod97_iban("DE", self.rng.choice(t.DE_BANKS) + str(self.rng.randint(1, 9)) + self.digits(9))

    def _iban_shown(self, v: str) -> str:
        fours = chunk(v, *[4] * 8)
        return self.one_of(fours, fours, fours, v, v, fours.lower(), v.lower(), chunk(v, 2, 2, 4, 10),
                           fours.replace(" ", "-"), " ".join(v), chunk(v, 4, 4, 4, 4, 4, sep="  "))  # fmt: skip

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        return self._iban_shown(self._nl_iban() if roll < 0.8 else self._be_iban() if roll < 0.9 else self._de_iban())

    def iban_be(self, lang: str) -> str:
        return self._iban_shown(self._be_iban())

    def iban_de(self, lang: str) -> str:
        return self._iban_shown(self._de_iban())

    def iban_wrap(self, lang: str) -> str:
        fours = chunk(self._nl_iban(), 4, 4, 4, 4)
        cut = self.one_of(4, 9, 14)
        return fours[:cut] + "\n" + fours[cut + 1 :]

    def iban_voice(self, lang: str) -> str:
        v = self._nl_iban()
        country = self.one_of("N L", "en el", "NL") if lang != "en" else self.one_of("N L", "N for Netherlands L")
        return f"{country} {self.aloud(v[2:4], lang)}, {' '.join(v[4:8])}, {self.aloud(v[8:], lang)}"

    def iban_typo(self, lang: str) -> str:
        v = self._nl_iban()
        self._keep("iban", v)
        return chunk(self._spoil(v), *[4] * 8)

    def iban_fixed(self, lang: str) -> str:
        return self._iban_shown(self._take("iban"))

    # BSN
    def _bsn(self) -> str:
        while True:
            head = str(self.rng.randint(1, 7)) + self.digits(7)
            rest = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if rest < 10:
                return head + str(rest)

    def _bsn_shown(self, v: str) -> str:
        return self.one_of(
            v, v, v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}.{v[3:6]}.{v[6:]}",
            f"{v[:2]} {v[2:5]} {v[5:]}", f"{v[:4]} {v[4:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}",
        )  # fmt: skip

    def bsn(self, lang: str) -> str:
        return self._bsn_shown(self._bsn())

    def bsn_voice(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(t.say_digits(v, lang), f"{self.aloud(v[:3], lang)}, {self.aloud(v[3:6], lang)}, "
                           f"{self.aloud(v[6:], lang)}")  # fmt: skip

    def bsn_wrap(self, lang: str) -> str:
        v = self._bsn()
        return self.one_of(f"{v[:4]}\n{v[4:]}", f"{v[:3]} {v[3:6]}\n{v[6:]}")

    def bsn_typo(self, lang: str) -> str:
        v = self._bsn()
        self._keep("bsn", v)
        return self._spoil(v)

    def bsn_fixed(self, lang: str) -> str:
        return self._bsn_shown(self._take("bsn"))

    # POSTCODE
    def _postcode(self) -> tuple[str, str]:
        while True:
            letters = self.rng.choice(t.POSTCODE_LETTERS) + self.rng.choice(t.POSTCODE_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        d, s = self._postcode()
        return self.one_of(f"{d} {s}", f"{d} {s}", f"{d} {s}", f"{d}{s}", f"{d}{s}", f"{d} {s.lower()}",
                           f"{d}{s.lower()}", f"{d}  {s}", f"{d}-{s}")  # fmt: skip

    def postcode_voice(self, lang: str) -> str:
        d, s = self._postcode()
        if lang == "en":
            return f"{t.say_digits(d, lang)}, {s[0]} {s[1]}"
        first = self.one_of(s[0], f"{s[0]} van {t.SPELL_NL[s[0]]}" if s[0] in t.SPELL_NL else s[0])
        return f"{self.aloud(d, lang)} {first} {s[1]}"

    # ADDRESS
    def _house(self) -> str:
        n = self.rng.randint(1, 312)
        return self.one_of(
            f"{n}", f"{n}", f"{n}", f"{n}", f"{n}a", f"{n}-A", f"{n} A", f"{n}-2", f"{n}-III", f"{n} hs", f"{n} bis",
            f"{n}-bg", f"{n} huis", f"{n} zwart", f"{n}/4", f"{n}-{n + 2}", f"{n}A01", f"{n} rd",
        )  # fmt: skip

    def address(self, lang: str) -> str:
        street = self.pick("street_nl")
        return self.one_of(
            f"{street} {self._house()}", f"{street} {self._house()}", f"{street} {self._house()}",
            f"{street} no. {self._house()}", f"{street.lower()} {self._house()}", f"{street.upper()} {self._house()}",
        )  # fmt: skip

    def address_wrap(self, lang: str) -> str:
        words = self.pick("street_nl").split()
        if len(words) > 1:
            cut = self.rng.randint(1, len(words) - 1)
            return " ".join(words[:cut]) + "\n" + " ".join(words[cut:]) + f" {self._house()}"
        return f"{words[0]}\n{self._house()}"

    def address_voice(self, lang: str) -> str:
        n = t.say_number(self.rng.randint(1, 99), lang)
        extra = self.one_of("", "", " a", " bis", " driehoog" if lang != "en" else " third floor")
        return f"{self.pick('street_nl')} {self.one_of('nummer ', '') if lang != 'en' else 'number '}{n}{extra}"

    def address_pobox(self, lang: str) -> str:
        return f"{self.one_of('Postbus', 'Postbus', 'postbus', 'POSTBUS')} {self.rng.randint(12, 9999)}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 180)}{self.one_of('', '', ' bus 3', '/0102')}"

    # CARD
    def _card(self) -> str:
        roll = self.rng.random()
        if roll < 0.2:
            return with_luhn(self.one_of("34", "37") + self.digits(12))
        head = self.one_of("4", "4", "4", str(self.rng.randint(51, 55)), str(self.rng.randint(2221, 2720)))
        return with_luhn(head + self.digits(15 - len(head)))

    def card(self, lang: str) -> str:
        v = self._card()
        if len(v) == 15:
            return self.one_of(chunk(v, 4, 6), chunk(v, 4, 6, sep="-"), v)
        fours = chunk(v, 4, 4, 4)
        return self.one_of(fours, fours, fours, v, fours.replace(" ", "-"), fours.replace(" ", "."),
                           chunk(v, 4, 4, 4, sep="   "))  # fmt: skip

    def card_wrap(self, lang: str) -> str:
        fours = chunk(self._card(), 4, 4, 4)
        return fours[:9] + "\n" + fours[10:]

    def card_voice(self, lang: str) -> str:
        v = self._card()
        return ", ".join(self.aloud(v[i : i + 4], lang) for i in range(0, len(v), 4))

    # DOB
    def _ymd(self, low: int, high: int) -> tuple[int, int, int]:
        y, m = self.rng.randint(low, high), self.rng.randint(1, 12)
        return y, m, self.rng.randint(1, 28 if m == 2 else 31 if m in (1, 3, 5, 7, 8, 10, 12) else 30)

    def _dob(self, low: int, high: int, lang: str) -> str:
        y, m, d = self._ymd(low, high)
        yy = f"{y % 100:02d}"
        if lang == "en":
            month, short = t.MONTHS["en"][m - 1], t.MONTHS["en_short"][m - 1]
            th = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return self.one_of(
                f"{month} {d}, {y}", f"{d} {month} {y}", f"{d}{th} {month} {y}", f"{d:02d}/{m:02d}/{y}",
                f"{m}/{d}/{yy}", f"{y}-{m:02d}-{d:02d}", f"{d} {short} {yy}", f"{short}. {d}{th}, {y}",
                f"{d:02d}.{m:02d}.{y}",
            )  # fmt: skip
        month, short = t.MONTHS["nl"][m - 1], t.MONTHS["nl_short"][m - 1]
        return self.one_of(
            f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{yy}", f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"{d} {short}. '{yy}", f"{d} {month.upper()} {y}",
            f"{d:02d}-{m:02d}-'{yy}", f"{d:02d}{m:02d}{y}", f"{d} {short} {y}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1946, 2008, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1930, 1955, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2009, 2020, lang)

    def dob_voice(self, lang: str) -> str:
        y, m, d = self._ymd(1950, 2005)
        if lang == "en":
            year = f"nineteen {t.say_number(y % 100, 'en')}" if y < 2000 else f"two thousand and {y % 100}"
            if y < 2000 and y % 100 < 10:
                year = f"nineteen oh {t.say_number(y % 100, 'en')}"
            return self.one_of(f"the {t.ORDINALS_EN[d - 1]} of {t.MONTHS['en'][m - 1]} {year}",
                               f"{t.MONTHS['en'][m - 1]} the {t.ORDINALS_EN[d - 1]}, {year}")  # fmt: skip
        year = f"negentien{t.say_number(y % 100, 'nl')}" if y < 2000 else f"tweeduizend{t.say_number(y % 100, 'nl')}"
        if y % 100 == 0:
            year = "tweeduizend"
        return self.one_of(f"{t.say_number(d, 'nl')} {t.MONTHS['nl'][m - 1]} {year}",
                           f"{t.say_number(d, 'nl')} {t.MONTHS['nl'][m - 1]} {y}")  # fmt: skip

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str, kind: str = "") -> str:
        return self.pattern(self.rng.choice(t.CUSTOMER_FORMATS[kind]))
