"""Number writers of the `test_v33` split: IBAN (NL, BE, DE, FR with their check digits), BSN (elfproef), payment
cards (Luhn) and dates of birth; phone numbers are in `privacy_fillers_v33_phones`. Written from scratch by someone
who never saw the redaction rules; no code was taken from the fillers of an earlier split. Every writer returns
exactly the personal data."""

from __future__ import annotations

import random

NL_WORDS = "nul een twee drie vier vijf zes zeven acht negen".split()
EN_WORDS = "zero one two three four five six seven eight nine".split()
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_NL_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
TENS_NL = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig"}
TENS_NL |= {9: "negentig"}
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
TENS_EN = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
NL_BANKS = ("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB")


def nl_number(n: int) -> str:
    """0..99 in Dutch words: 47 -> 'zevenenveertig', 82 -> 'tweeëntachtig'."""
    if n < 10:
        return NL_WORDS[n]
    if n < 20:
        return TEENS_NL[n - 10]
    unit, ten = n % 10, TENS_NL[n // 10]
    if not unit:
        return ten
    joiner = "ën" if NL_WORDS[unit].endswith("e") else "en"
    return NL_WORDS[unit] + joiner + ten


def en_number(n: int) -> str:
    if n < 10:
        return EN_WORDS[n]
    if n < 20:
        return TEENS_EN[n - 10]
    return TENS_EN[n // 10] + (f"-{EN_WORDS[n % 10]}" if n % 10 else "")


def iban_check(country: str, bban: str) -> str:
    """ISO 13616 mod-97 check digits for a BBAN of digits and capitals."""
    moved = "".join(str(int(ch, 36)) for ch in bban + country) + "00"
    return f"{98 - int(moved) % 97:02d}"


def luhn_digit(body: str) -> str:
    total = 0
    for n, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if n % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


class V33Numbers:
    def __init__(self, split: str, rng: random.Random) -> None:
        self.split, self.rng = split, rng

    def pick(self, items):  # noqa: ANN001, ANN201
        return self.rng.choice(items)

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(count))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # IBAN
    def _nl_account(self) -> str:
        while True:
            account = str(self.rng.randrange(1, 10)) + self.digits(9)
            if sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0:
                return account

    def _iban_raw(self, country: str) -> str:
        if country == "NL":
            bban = self.pick(NL_BANKS) + self._nl_account()
        elif country == "BE":
            first = self.digits(3) + self.digits(7)
            pair = int(first) % 97 or 97
            bban = first + f"{pair:02d}"
        elif country == "DE":
            bban = self.pick(("3705", "5005", "1001", "4306", "3205")) + self.digits(4) + self.digits(10)
        else:
            bank, branch, account = self.digits(5), self.digits(5), self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = bank + branch + account + f"{key:02d}"
        return country + iban_check(country, bban) + bban

    def _iban_shape(self, raw: str) -> str:
        style = self.rng.randrange(6)
        grouped = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        if style == 0:
            return raw
        if style == 1:
            return grouped
        if style == 2:
            return raw.lower()
        if style == 3:
            return grouped.lower() if self.chance(0.3) else grouped.replace(" ", "-")
        if style == 4:
            return raw[:4] + " " + raw[4:8] + " " + raw[8:]
        return raw[:2] + " " + raw[2:4] + " " + raw[4:]

    def iban(self, lang: str) -> str:
        country = self.pick(("NL",) * 7 + ("BE", "BE", "DE", "FR"))
        return self._iban_shape(self._iban_raw(country))

    def iban_nl(self, lang: str) -> str:
        return self._iban_shape(self._iban_raw("NL"))

    def iban_foreign(self, lang: str) -> str:
        return self._iban_shape(self._iban_raw(self.pick(("BE", "DE", "FR"))))

    # BSN
    def _bsn_raw(self) -> str:
        while True:
            head = str(self.rng.randrange(1, 10)) + self.digits(7)
            last = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
            if last < 10:
                return head + str(last)

    def bsn(self, lang: str) -> str:
        raw = self._bsn_raw()
        style = self.rng.randrange(6)
        if style == 1:
            return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}"
        if style == 2:
            return f"{raw[:3]} {raw[3:6]} {raw[6:]}"
        if style == 3:
            return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"
        if style == 4 and raw[0] != "0":
            return f"{raw[:2]} {raw[2:4]} {raw[4:6]} {raw[6:]}"
        return raw

    def bsn_said(self, lang: str) -> str:
        words = NL_WORDS if lang == "nl" else EN_WORDS
        raw = self._bsn_raw()
        return (
            " ".join(words[int(d)] for d in raw)
            if self.chance(0.6)
            else ", ".join(" ".join(words[int(d)] for d in raw[i : i + 3]) for i in (0, 3, 6))
        )

    # payment cards
    def _card_raw(self) -> str:
        kind = self.rng.randrange(5)
        if kind == 0:
            body = "3" + self.pick("47") + self.digits(12)
        elif kind == 1:
            body = str(self.rng.randrange(51, 56)) + self.digits(13)
        elif kind == 2:
            body = str(self.rng.randrange(2221, 2721)) + self.digits(11)
        elif kind == 3:
            body = "6" + self.pick(("759", "763", "304")) + self.digits(14)
        else:
            body = "4" + self.digits(14)
        return body + luhn_digit(body)

    def card(self, lang: str) -> str:
        raw = self._card_raw()
        if len(raw) == 15:
            sep = self.pick((" ", "-", ""))
            return sep.join((raw[:4], raw[4:10], raw[10:]))
        style = self.rng.randrange(4)
        groups = [raw[i : i + 4] for i in range(0, len(raw), 4)]
        if style == 0:
            return raw
        if style == 1:
            return "-".join(groups)
        if style == 2:
            return "  ".join(groups) if self.chance(0.2) else " ".join(groups)
        return ".".join(groups)

    def card_said(self, lang: str) -> str:
        raw = self._card_raw()
        words = NL_WORDS if lang == "nl" else EN_WORDS
        return ", ".join(" ".join(words[int(d)] for d in raw[i : i + 4]) for i in range(0, len(raw), 4))

    # dates of birth
    def _date(self, first: int, last: int) -> tuple[int, int, int]:
        year = self.rng.randrange(first, last + 1)
        month = self.rng.randrange(1, 13)
        return self.rng.randrange(1, 29 if month == 2 else 31), month, year

    def _dob_nl(self, d: int, m: int, y: int) -> str:
        style = self.rng.randrange(11)
        forms = [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{str(y)[2:]}",
            f"{d:02d}{m:02d}{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {MONTHS_NL[m - 1]} {y}",
            f"{d} {MONTHS_NL[m - 1].capitalize()} {y}",
            f"{d} {MONTHS_NL_SHORT[m - 1]}. {y}",
            f"{d}-{MONTHS_NL_SHORT[m - 1]}-'{str(y)[2:]}",
            f"{d} {MONTHS_NL[m - 1]} '{str(y)[2:]}",
        ]
        return forms[style]

    def _dob_en(self, d: int, m: int, y: int) -> str:
        suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        forms = [
            f"{d:02d}/{m:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{MONTHS_EN[m - 1]} {d}, {y}",
            f"{d}{suffix} {MONTHS_EN[m - 1]} {y}",
            f"{d} {MONTHS_EN[m - 1][:3]} {y}",
            f"{MONTHS_EN[m - 1][:3]}{'.' if m != 5 else ''} {d}{suffix} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}.{m}.{y}",
        ]
        return self.pick(forms)

    def _dob(self, lang: str, first: int, last: int) -> str:
        d, m, y = self._date(first, last)
        return self._dob_nl(d, m, y) if lang == "nl" else self._dob_en(d, m, y)

    def dob(self, lang: str) -> str:
        return self._dob(lang, 1944, 2006)

    def dob_old(self, lang: str) -> str:
        return self._dob(lang, 1928, 1956)

    def dob_young(self, lang: str) -> str:
        return self._dob(lang, 2014, 2021)

    def dob_said(self, lang: str) -> str:
        d, m, y = self._date(1940, 2004)
        if lang == "nl":
            return f"{nl_number(d)} {MONTHS_NL[m - 1]} negentien{nl_number(y % 100)}"
        return f"{MONTHS_EN[m - 1]} {en_number(d)}, nineteen {en_number(y % 100)}"
