"""Number writers of the `test_v32` split: IBAN (NL, BE, DE, FR), BSN, payment cards and dates of birth; check
digits are computed here. Customer numbers, phones, postcodes and plates are in `privacy_fillers_v32_codes`.
Written from scratch by someone who never saw the redaction rules; no code was taken from an earlier split."""

from __future__ import annotations

import random

NL_UNITS = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
NL_UNITS += "zeventien achttien negentien"
NL_SMALL = NL_UNITS.split()
NL_TENS = "- - twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
EN_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
EN_TENS = "- - twenty thirty forty fifty sixty seventy eighty ninety".split()
NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
NL_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
EN_MONTHS = "January February March April May June July August September October November December".split()


def nl_words(n: int) -> str:
    """0..99 as Dutch words: 34 -> 'vierendertig', 22 -> 'tweeëntwintig'."""
    if n < 20:
        return NL_SMALL[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return NL_TENS[tens]
    glue = "ën" if NL_SMALL[unit].endswith("e") else "en"
    return NL_SMALL[unit] + glue + NL_TENS[tens]


def en_words(n: int) -> str:
    if n < 20:
        return EN_SMALL[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + ("-" + EN_SMALL[unit] if unit else "")


def mod97(digits: str) -> int:
    rest = 0
    for ch in digits:
        rest = (rest * 10 + int(ch)) % 97
    return rest


def iban_of(country: str, bban: str) -> str:
    moved = "".join(str(int(ch, 36)) for ch in bban + country) + "00"
    return f"{country}{98 - mod97(moved):02d}{bban}"


def luhn_complete(body: str) -> str:
    total = 0
    for pos, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if pos % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def groups(text: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        if at < len(text):
            out.append(text[at : at + size])
            at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(out)


class V32Numbers:
    def __init__(self, split: str, rng: random.Random) -> None:
        self.split, self.rng = split, rng

    def pick(self, items):  # noqa: ANN001, ANN201
        return self.rng.choice(items)

    def num(self, count: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(count))

    def said(self, digits: str, lang: str) -> str:
        """Digits read aloud: one by one, or in pairs as numbers."""
        if self.rng.random() < 0.5:
            words = NL_SMALL if lang == "nl" else ["oh" if self.rng.random() < 0.6 else "zero", *EN_SMALL[1:10]]
            return " ".join(words[int(ch)] for ch in digits)
        parts = [digits[i : i + 2] for i in range(0, len(digits), 2)]
        speak = nl_words if lang == "nl" else en_words
        return ", ".join(
            speak(int(p))
            if len(p) == 2 and p[0] != "0"
            else " ".join((NL_SMALL if lang == "nl" else EN_SMALL)[int(c)] for c in p)
            for p in parts
        )

    # IBAN
    def _nl_bban(self) -> str:
        while True:
            account = self.num(10)
            if sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0 and account[0] != "0":
                return self.pick(("ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB")) + account

    def _iban_raw(self, country: str) -> str:
        if country == "NL":
            return iban_of("NL", self._nl_bban())
        if country == "BE":
            first = self.pick(("001", "068", "363", "737", "979", "143")) + self.num(7)
            check = mod97(first) or 97
            return iban_of("BE", f"{first}{check:02d}")
        if country == "DE":
            return iban_of("DE", self.pick(("37040044", "50010517", "32050000", "10020030")) + self.num(10))
        bank, desk, account = self.pick(("30004", "20041", "10278", "30003")), self.num(5), self.num(11)
        key = 97 - (89 * int(bank) + 15 * int(desk) + 3 * int(account)) % 97
        return iban_of("FR", f"{bank}{desk}{account}{key:02d}")

    def _iban_shape(self, raw: str) -> str:
        style = self.rng.randrange(6)
        if style < 2:
            return groups(raw, (4,) * 8, " ")
        if style == 2:
            return raw
        if style == 3:
            return raw.lower() if self.rng.random() < 0.5 else groups(raw.lower(), (4,) * 8, " ")
        if style == 4:
            return groups(raw, (4,) * 8, ".") if raw.startswith("NL") else groups(raw, (4,) * 8, " ")
        return raw[:4] + " " + raw[4:]

    def iban(self, lang: str) -> str:
        country = self.pick(("NL",) * 6 + ("BE", "DE", "FR") if lang == "nl" else ("NL", "NL", "NL", "DE", "FR", "BE"))
        return self._iban_shape(self._iban_raw(country))

    def iban_nl(self, lang: str) -> str:
        return self._iban_shape(self._iban_raw("NL"))

    def iban_abroad(self, lang: str) -> str:
        return self._iban_shape(self._iban_raw(self.pick(("BE", "BE", "DE", "FR"))))

    # BSN
    def _bsn(self) -> str:
        while True:
            body = str(self.rng.randrange(1, 7)) + self.num(7)
            rest = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
            if rest < 10:
                return body + str(rest)

    def bsn(self, lang: str) -> str:
        raw = self._bsn()
        return self.pick(
            (
                raw,
                raw,
                raw,
                groups(raw, (3, 3, 3), " "),
                groups(raw, (4, 2, 3), "."),
                groups(raw, (3, 3, 3), "-"),
                groups(raw, (2, 2, 2, 3), " "),
            )
        )

    def bsn_said(self, lang: str) -> str:
        return self.said(self._bsn(), lang)

    # cards
    def _card_raw(self) -> str:
        kind = self.rng.randrange(5)
        if kind < 2:
            return luhn_complete("4" + self.num(14))
        if kind == 2:
            head = str(self.rng.randrange(51, 56)) if self.rng.random() < 0.6 else str(self.rng.randrange(2221, 2721))
            return luhn_complete(head + self.num(15 - len(head)))
        if kind == 3:
            return luhn_complete(self.pick(("34", "37")) + self.num(12))
        return luhn_complete(self.pick(("6759", "6761", "5018")) + self.num(14))

    def card(self, lang: str) -> str:
        raw = self._card_raw()
        if len(raw) == 15:
            return self.pick((groups(raw, (4, 6, 5), " "), raw, groups(raw, (4, 6, 5), "-")))
        sep = self.pick((" ", " ", "-", "", " "))
        return groups(raw, (4, 4, 4, 4), sep) if sep else raw

    def card_said(self, lang: str) -> str:
        raw = self._card_raw()
        blocks = [raw[i : i + 4] for i in range(0, len(raw), 4)]
        return ", ".join(self.said(b, lang) for b in blocks)

    # dates of birth
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randrange(low, high + 1), self.rng.randrange(1, 13), self.rng.randrange(1, 29)

    def _dob(self, lang: str, year: int, month: int, day: int) -> str:
        if lang == "nl":
            style = self.rng.randrange(10)
            forms = (
                f"{day:02d}-{month:02d}-{year}",
                f"{day}-{month}-{year}",
                f"{day:02d}/{month:02d}/{year}",
                f"{day:02d}.{month:02d}.{year}",
                f"{day:02d}{month:02d}{year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day} {NL_MONTHS[month - 1]} {year}",
                f"{day} {NL_SHORT[month - 1]}. {year}",
                f"{day} {NL_MONTHS[month - 1].capitalize()} {year}",
                f"{day}-{NL_SHORT[month - 1]}-{str(year)[2:]}",
            )
            return forms[style]
        forms = (
            f"{day:02d}/{month:02d}/{year}",
            f"{month}/{day}/{year}",
            f"{EN_MONTHS[month - 1]} {day}, {year}",
            f"{day} {EN_MONTHS[month - 1]} {year}",
            f"{day}{self._th(day)} {EN_MONTHS[month - 1]} {year}",
            f"{EN_MONTHS[month - 1][:3]} {day} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"the {day}{self._th(day)} of {EN_MONTHS[month - 1]} {year}"[4:],
        )
        return self.pick(forms)

    @staticmethod
    def _th(day: int) -> str:
        return "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")

    def dob(self, lang: str) -> str:
        return self._dob(lang, *self._date(1952, 2005))

    def dob_child(self, lang: str) -> str:
        return self._dob(lang, *self._date(2011, 2021))

    def dob_old(self, lang: str) -> str:
        return self._dob(lang, *self._date(1928, 1949))

    def dob_said(self, lang: str) -> str:
        year, month, day = self._date(1940, 2003)
        if lang == "nl":
            tail = f"negentien{nl_words(year % 100)}" if year < 2000 else f"tweeduizend{nl_words(year % 100)}"
            return f"{day} {NL_MONTHS[month - 1]} {tail}"
        tail = (
            f"nineteen {en_words(year % 100)}"
            if year < 2000
            else "two thousand" + (f" and {en_words(year % 100)}" if year % 100 else "")
        )
        return f"{EN_MONTHS[month - 1]} {day}{self._th(day)}, {tail}"
