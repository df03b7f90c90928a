"""Fillers of the held-out split test_v110 (seed 617): pet owners, tool renters, ferry passengers, home-care
clients, mortgage applicants, club members, music pupils, skiers, photo customers and subsidy applicants from
Zeeland, Drenthe, West Flanders, Ireland, Kenya, Canada and elsewhere, written as they are typed, faxed or said."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v110_pools  # noqa: F401  (registers POOLS["test_v110"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v110_codes import CodesV110
from benchmarks.privacy_fillers_v110_numbers import (
    belgian_bban,
    belgian_register_number,
    chunk,
    eleven_test_number,
    iban_with_check,
    number_words,
    ordinal_en,
    read_digits,
    year_words,
)

_MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTHS_EN = "January February March April May June July August September October November December".split()
_OCR_SWAPS = (("l", "1"), ("o", "0"), ("e", "c"), ("m", "rn"), ("i", "í"), ("h", "b"), ("S", "5"), ("B", "8"))
# Dutch mobiles and Zeeland, Drenthe and Rotterdam landlines; dates of birth as written in forms and mails.
_NL_PHONES = (
    "06{r}|06-{r}|06 {p}|06 - {h}|+31 6 {p}|+31(0)6-{r}|0031 6 {r}|{a}-{n}|{a} {np}|({a}) {n}|+31 {a1} {n}"
).split("|")
_DOB_NL = (
    "{d:02d}-{m:02d}-{y}|{d}-{m}-{y}|{d} {name} {y}|{d:02d}.{m:02d}.{y}|{d}/{m}/{y}|{d} {name:.3}. {y}|"
    "{y}-{m:02d}-{d:02d}|{d:02d}{m:02d}{y}"
).split("|")
_DOB_EN = (
    "{d:02d}/{m:02d}/{y}|{d}{nth} of {name} {y}|{d} {name:.3} {y}|{name} {d}, {y}|{y}-{m:02d}-{d:02d}|"
    "{d}.{m:02d}.{y}|{name:.3} {d:02d} {y}"
).split("|")
# Foreign mobiles: country code, fixed head, digits after it, groups to write the national number in.
_ABROAD = [
    (code, head, int(count), tuple(int(n) for n in sizes.split("-")))
    for code, head, count, sizes in (
        row.split(":")
        for row in "353:8:8:2-3-4 254:7:8:3-3-3 1::10:3-3-4 48:5:8:3-3-3 90:53:8:3-3-2-2 212:6:8:1-2-2-2-2 "
        "597:8:6:3-4 234:80:8:3-3-4 91:9:9:5-5 86:13:9:3-4-4 49:15:9:4-7".split()
    )
]


class FillersV110(CodesV110, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _ascii(self, key: str) -> str:
        text = unicodedata.normalize("NFKD", self.pick(key)).encode("ascii", "ignore").decode().lower()
        return "".join(ch for ch in text if ch.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        first = self.pick("first")
        if self.rng.random() < 0.12:
            first = f"{first} {self.rng.choice('ABCDEHJMPRW')}."
        return f"{first} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEGHJKLMNPRSTW", self.rng.choice((1, 1, 2, 3)))
        dots = "".join(f"{ch}." for ch in letters)
        return self._any(f"{dots} {self.pick('surname')}", f"{dots}{self.pick('surname')}")

    def name_lower(self, lang: str) -> str:
        return self._any(self.name_full(lang).lower(), f"{self.pick('first')} {self.pick('surname')}".lower())

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._any(
            f"{surname.upper()} {first}", f"{surname.upper()}, {first[0]}.", f"{first.upper()} {surname.upper()}"
        )

    def name_ocr(self, lang: str) -> str:
        """A name as a fax scanner read it: one or two letters misread."""
        name = self.name_full(lang)
        for _ in range(self.rng.choice((1, 1, 2))):
            options = [(old, new) for old, new in _OCR_SWAPS if old in name]
            if options:
                old, new = self.rng.choice(options)
                at = self.rng.choice([i for i in range(len(name)) if name.startswith(old, i)])
                name = name[:at] + new + name[at + len(old) :]
        return name

    def name_typo(self, lang: str) -> str:
        """A name typed in a hurry: two letters swapped or one dropped."""
        first, surname = self.pick("first"), self.pick("surname")
        at = self.rng.randint(1, max(1, len(surname) - 2))
        if self.rng.random() < 0.5 and surname[at] != " " and surname[at + 1 : at + 2] not in ("", " "):
            surname = surname[:at] + surname[at + 1] + surname[at] + surname[at + 2 :]
        elif surname[at] != " ":
            surname = surname[:at] + surname[at + 1 :]
        return self._any(f"{first} {surname}", f"{first.lower()} {surname.lower()}")

    # ---- e-mail
    def _mailbox(self) -> str:
        first, last = self._ascii("first"), self._ascii("surname")
        return self._any(
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first[0]}",
            f"{first}{self.rng.randint(1958, 2011)}",
            f"{first}_{last}{self.rng.randint(1, 99)}",
            f"{first}-{last}",
            f"{last}{first[:3]}",
        )

    def email(self, lang: str) -> str:
        address = f"{self._mailbox()}@{self.pick('domain')}"
        return address if self.rng.random() < 0.85 else address[:1].upper() + address[1:]

    def email_spoken(self, lang: str) -> str:
        at, dot, dash = ("at", "punt", "streepje") if lang == "nl" else ("at", "dot", "dash")
        if lang == "nl" and self.rng.random() < 0.4:
            at = "apenstaartje"
        box = self._mailbox().replace(".", f" {dot} ").replace("-", f" {dash} ").replace("_", " underscore ")
        if self.rng.random() < 0.3:  # spelled out letter by letter
            box = "-".join(box.split(" ")[0]) + box[len(box.split(" ")[0]) :]
        return f"{box} {at} {self.pick('domain').replace('.', f' {dot} ')}"

    def email_ocr(self, lang: str) -> str:
        address = f"{self._mailbox()}@{self.pick('domain')}"
        box, domain = address.split("@")
        return self._any(
            f"{box} @ {domain}",
            f"{box}@{domain.replace('.', ',', 1)}",
            f"{box}@ {domain}",
            f"{box}(at){domain}",
            f"{box}@{domain.replace('.', ' .', 1)}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = self._num(8)
        area = self._any("0118", "0113", "0111", "0114", "0115", "0592", "0591", "0593", "0599", "0528", "010")
        land = self._num(10 - len(area))
        pairs, halves = chunk(rest, (2, 2, 2, 2)), chunk(rest, (4, 4))
        land_pairs = chunk(land, (3, 2, 2) if len(land) == 7 else (2, 2, 2))
        return self.rng.choice(_NL_PHONES).format(r=rest, p=pairs, h=halves, a=area, a1=area[1:], n=land, np=land_pairs)

    def phone_be(self, lang: str) -> str:
        mobile = self._any("470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "494")
        rest = self._num(6)
        land = self._any("50", "51", "56", "57", "58", "59")
        fixed = self._num(6)
        return self._any(
            f"0{mobile} {chunk(rest, (2, 2, 2))}",
            f"0{mobile}/{chunk(rest, (2, 2, 2), '.')}",
            f"+32 {mobile} {chunk(rest, (2, 2, 2))}",
            f"0032{mobile}{rest}",
            f"0{land} {chunk(fixed, (2, 2, 2))}",
            f"+32 (0){land} {chunk(fixed, (2, 2, 2))}",
            f"0{land}/{chunk(fixed, (2, 2, 2), '.')}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_ABROAD)
        national = head + self._num(count)
        if code == "1":
            national = self._any("416", "604", "403", "902", "514", "613", "204") + self._num(7)
            return self._any(
                f"+1 ({national[:3]}) {national[3:6]}-{national[6:]}",
                f"+1-{national[:3]}-{national[3:6]}-{national[6:]}",
                f"001 {national[:3]} {national[3:6]} {national[6:]}",
            )
        return self._any(f"+{code} {chunk(national, sizes)}", f"00{code} {national}", f"+{code}{national}")

    def phone_ie(self, lang: str) -> str:
        mobile = self._any("83", "85", "86", "87", "89") + self._num(7)
        return self._any(
            f"0{mobile[:2]} {mobile[2:5]} {mobile[5:]}",
            f"+353 {mobile[:2]} {mobile[2:5]} {mobile[5:]}",
            f"0{mobile}",
            f"(021) {self._num(3)} {self._num(4)}",
            f"091-{self._num(6)}",
        )

    def phone_ke(self, lang: str) -> str:
        mobile = self._any("7" + self._num(8), "7" + self._num(8), "11" + self._num(7))
        return self._any(
            f"0{mobile[:3]} {mobile[3:6]} {mobile[6:]}",
            f"+254 {mobile[:3]} {mobile[3:]}",
            f"0{mobile}",
            f"+254-{mobile[:3]}-{mobile[3:6]}-{mobile[6:]}",
        )

    def phone_ca(self, lang: str) -> str:
        number = self._any("416", "647", "604", "778", "403", "902", "709", "506") + self._num(7)
        return self._any(
            f"({number[:3]}) {number[3:6]}-{number[6:]}",
            f"{number[:3]}.{number[3:6]}.{number[6:]}",
            f"1-{number[:3]}-{number[3:6]}-{number[6:]}",
            f"{number[:3]}-{number[3:6]}-{number[6:]}",
        )

    def phone_en(self, lang: str) -> str:
        """Irish, Kenyan and Canadian numbers as their owners write them at home."""
        return self.rng.choice((self.phone_ie, self.phone_ke, self.phone_ca))(lang)

    def phone_spoken(self, lang: str) -> str:
        if lang == "nl":
            number = self._any("06" + self._num(8), self._any("0118", "0592") + self._num(6))
        else:
            number = self._any("08" + self._any("3", "5", "6", "7") + self._num(7), "07" + self._num(8))
        return read_digits(number, lang, self.rng)

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        spaced = chunk(iban, (4,) * 8)
        return self._any(iban, spaced, spaced, spaced, iban.lower(), spaced.lower(), spaced.replace(" ", "."))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_with_check("NL", self.pick("bank_nl") + self._num(10)))

    def iban_be(self, lang: str) -> str:
        return self._write_iban(iban_with_check("BE", belgian_bban(self.rng)))

    def iban(self, lang: str) -> str:
        country = self._any("NL", "NL", "NL", "NL", "BE", "BE", "IE", "DE", "PL")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "BE":
            return self.iban_be(lang)
        if country == "IE":
            return self._write_iban(iban_with_check("IE", self.pick("bank_ie") + self._num(14)))
        return self._write_iban(iban_with_check(country, self._num(18 if country == "DE" else 24)))

    def iban_ocr(self, lang: str) -> str:
        """Faxed: grouped oddly, with a stray separator; Irish for English writers."""
        bban = self.pick("bank_ie") + self._num(14) if lang == "en" else self.pick("bank_nl") + self._num(10)
        iban = iban_with_check("IE" if lang == "en" else "NL", bban)
        return self._any(
            f"{iban[:2]} {iban[2:4]} {iban[4:8]} {chunk(iban[8:], (3, 3, 4))}",
            f"{iban[:4]}  {iban[4:8]} {iban[8:]}",
            f"{iban[:4]}-{iban[4:8]}-{iban[8:12]}-{iban[12:16]}-{iban[16:]}",
            f"{chunk(iban, (4, 4, 4, 4, 2), ' ')}".replace(" ", " . ", 1),
        )

    # ---- citizen service numbers
    def bsn(self, lang: str) -> str:
        bsn = eleven_test_number(self.rng)
        return self._any(
            bsn,
            bsn,
            chunk(bsn, (3, 3, 3)),
            chunk(bsn, (4, 2, 3), "."),
            chunk(bsn, (3, 3, 3), "-"),
            chunk(bsn, (2, 2, 2, 3), "."),
            chunk(bsn, (4, 5), " "),
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_digits(eleven_test_number(self.rng), lang, self.rng)

    def bsn_be(self, lang: str) -> str:
        """A Belgian rijksregisternummer, the Flemish writer's counterpart of the BSN."""
        number = belgian_register_number(self.rng, self.rng.randint(1935, 2004), *self._day_month())
        return self._any(number, number, number.replace(".", "").replace("-", ""), number.replace("-", " "))

    # ---- dates of birth
    def _day_month(self) -> tuple[int, int]:
        return self.rng.randint(1, 12), self.rng.randint(1, 28)

    def _birth(self, first: int = 1931, last: int = 2006) -> tuple[int, int, int]:
        month, day = self._day_month()
        return day, month, self.rng.randint(first, last)

    def dob(self, lang: str, years: tuple[int, int] = (1931, 2006)) -> str:
        day, month, year = self._birth(*years)
        return self.rng.choice(_DOB_NL).format(d=day, m=month, y=year, name=_MONTHS_NL[month - 1])

    def dob_en(self, lang: str, years: tuple[int, int] = (1931, 2006)) -> str:
        day, month, year = self._birth(*years)
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self.rng.choice(_DOB_EN).format(d=day, m=month, y=year, nth=nth, name=_MONTHS_EN[month - 1])

    def dob_kid(self, lang: str) -> str:
        """A child's date of birth (sports clubs, music pupils, kids' skis), in the writer's language."""
        return self.dob_en(lang, (2008, 2020)) if lang == "en" else self.dob(lang, (2008, 2020))

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "nl":
            return f"{number_words(day, 'nl')} {_MONTHS_NL[month - 1]} {year_words(year, 'nl')}"
        return self._any(
            f"the {ordinal_en(day)} of {_MONTHS_EN[month - 1]}, {year_words(year, 'en')}",
            f"{_MONTHS_EN[month - 1]} {ordinal_en(day)} {year_words(year, 'en')}",
        )
