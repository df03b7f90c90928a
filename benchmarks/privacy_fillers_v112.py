"""Fillers of the held-out split test_v112 (seed 631): university applicants, lab patients, buyers of made-to-measure
blinds, bike and theatre subscribers, hospital visitors, home battery lessees, students claiming housing benefit,
pet owners and caravan traders from Limburg, Twente, Antwerp, India, Jamaica, New Zealand and elsewhere, written
as they are typed in forms and chats, read out in video calls or misread from handwriting."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v112_pools  # noqa: F401  (registers POOLS["test_v112"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v112_codes import CodesV112
from benchmarks.privacy_fillers_v112_numbers import (
    DOB_BE,
    DOB_EN,
    DOB_NL,
    MAAND,
    MONTH,
    belgian_account,
    bsn_number,
    make_iban,
    national_register,
    ordinal_en,
    ordinal_nl,
    say_digits,
    split_up,
    words,
    write_date,
    year_words,
)

# Handwriting read by OCR: letters and digits that look alike.
_HAND = {"m": "rn", "d": "cl", "h": "li", "u": "ii", "e": "c", "a": "o", "l": "I", "n": "ri"}
_HAND_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}
_LIMBURG_TWENTE = ("043", "045", "046", "077", "0475", "053", "074", "0546", "0541", "0548")
_NL_MOBILE = "06{r}|06-{r}|06 {p}|06-{t}|+31 6 {h}|+316{r}|0031 6 {r}|+31(0)6 {r}".split("|")
_NL_LAND = "{a}-{n}|{a} {n}|({a}) {n}|{a} {g}|+31 {a1} {n}".split("|")
# Foreign numbers: {n} the national number, {g[i]} its groups, {l[i]} a landline's groups, {area} a NZ area code.
_BE = (
    "0{g[0]} {g[1]} {g[2]} {g[3]}|0{g[0]}/{g[1]}.{g[2]}.{g[3]}|+32 {g[0]} {g[1]} {g[2]} {g[3]}|0{n}|"
    "03 {l[0]} {l[1]} {l[2]}|03/{l[0]}.{l[1]}.{l[2]}|+32 3 {l[0]} {l[1]} {l[2]}"
)
_IN = "+91 {g[0]} {g[1]}|+91-{n}|0{n}|{g[0]} {g[1]}|+91 {n}|91{n}|+91-80-{l[0]}{l[1]}{l[2]}5"
_JM = "+1 {g[0]}-{g[1]}-{g[2]}|({g[0]}) {g[1]}-{g[2]}|{g[0]}-{g[1]}-{g[2]}|1{n}|{g[0]} {g[1]} {g[2]}"
_NZ = (
    "0{g[0]} {g[1]} {g[2]}|+64 {g[0]} {g[1]} {g[2]}|0{n}|+64{n}|({area}) {l[0]} {l[1]}{l[2]}|{area}-{l[0]} {l[1]}{l[2]}"
)
_UK = "0{g[0]} {g[1]}{g[2]}|+44 {g[0]} {g[1]} {g[2]}|0{n}|020 7{l[0]} {l[1]}{l[2]}"
_GROUPS = {"BE": (3, 2, 2, 2), "IN": (5, 5), "JM": (3, 3, 4), "NZ": (2, 3, 4), "UK": (4, 3, 3)}
# Country code: the national number's first digits and the groups it is written in.
_ABROAD = {"48": ("5", (3, 3, 3)), "90": ("53", (3, 3, 4)), "212": ("6", (1, 2, 2, 2, 2)), "597": ("8", (3, 4))}
_ABROAD |= {"234": ("80", (3, 3, 4)), "86": ("13", (3, 4, 4)), "49": ("151", (4, 7))}
_BOXES = "{f}.{l}|{f}{l}|{i}.{l}|{l}{i}|{f}_{l}|{f}{n}|{f}.{l}{y}|{l}.{f}".split("|")
_BSN_SHAPES = (((9,), ""), ((9,), ""), ((3, 3, 3), " "), ((4, 2, 3), "."), ((3, 3, 3), "-"), ((2, 3, 4), " "))


class FillersV112(CodesV112, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _plain(self, text: str) -> str:
        text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore")
        return "".join(char for char in text.decode().lower() if char.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        if self.rng.random() < 0.1:
            first = f"{first} {self.rng.choice('ABCDEHJKMRS')}."
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = "".join(f"{c}." for c in self.rng.sample("ABCDFGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3))))
        return self._one(f"{letters} {self.name_surname(lang)}", f"{letters}{self.pick('surname')}")

    def name_lower(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}".lower()

    def name_caps(self, lang: str) -> str:
        first, last = self.pick("first"), self.pick("surname").upper()
        return self._one(f"{last}, {first}", f"{first.upper()} {last}", f"{last} {first}")

    def name_reversed(self, lang: str) -> str:
        """Surname first, as in Salesforce list views and Indian forms."""
        return f"{self.name_surname(lang)}, {self.pick('first')}"

    def name_spelled(self, lang: str) -> str:
        surname = self.pick("surname")
        return self._one("-".join(surname.replace(" ", "")).upper(), " ".join(surname.replace(" ", "")).upper())

    def name_ocr(self, lang: str) -> str:
        """A handwritten name as OCR read it: one or two letters taken for look-alikes."""
        return self._misread(self.name_full(lang), _HAND, self.rng.choice((1, 2)))

    def _misread(self, text: str, table: dict[str, str], times: int) -> str:
        for _ in range(times):
            spots = [i for i, char in enumerate(text) if char in table and i > 1 and text[i - 1] != " "]
            if spots:
                at = self.rng.choice(spots)
                text = text[:at] + table[text[at]] + text[at + 1 :]
        return text

    def name_typo(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        at = self.rng.randint(1, max(1, len(first) - 2))
        if len(first) > 3 and " " not in first[at : at + 2]:  # two letters swapped
            first = first[:at] + first[at + 1] + first[at] + first[at + 2 :]
        return self._one(f"{first} {surname}", f"{first} {surname}".lower())

    # ---- e-mail
    def _box(self) -> str:
        first, last = self._plain(self.pick("first")), self._plain(self.pick("surname"))
        number, year = self.rng.randint(1, 99), self.rng.randint(70, 99)
        return self.rng.choice(_BOXES).format(f=first, l=last, i=first[0], n=number, y=year)

    def email(self, lang: str) -> str:
        return f"{self._box()}@{self.pick('domain')}"

    def email_student(self, lang: str) -> str:
        box = self._one(self._box(), f"s{self._d(7)}", f"i6{self._d(6)}")
        return f"{box}@{self.pick('domain_student')}"

    def email_spoken(self, lang: str) -> str:
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt"), ("at", "punt")) if lang == "nl" else ("at", "dot")
        under = "laag streepje" if lang == "nl" else "underscore"
        box = self._box().replace(".", f" {dot} ").replace("_", f" {under} ")
        return f"{box} {at} {self.pick('domain').replace('.', f' {dot} ')}"

    def email_ocr(self, lang: str) -> str:
        box, domain = self._box(), self.pick("domain")
        return self._one(f"{box} @ {domain}", f"{box}@{domain.replace('.', ',')}", f"{box}@{domain.replace('l', '1')}")

    def email_hidden(self, lang: str) -> str:
        box, domain = self._box(), self.pick("domain")
        return self._one(f"{box} [at] {domain}", f"{box}(at){domain}", f"{box} at {domain.replace('.', ' dot ')}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest, area = self._d(8), self.rng.choice(_LIMBURG_TWENTE)
        local = self._d(10 - len(area))
        mobile = self.rng.random() < 0.55
        return self.rng.choice(_NL_MOBILE if mobile else _NL_LAND).format(
            r=rest, p=split_up(rest, (2, 2, 2, 2)), t=split_up(rest, (2, 3, 3)), h=split_up(rest, (4, 4)),
            a=area, a1=area[1:], n=local, g=split_up(local, (3, 2, 2) if len(local) == 7 else (2, 2, 2)),
        )  # fmt: skip

    def _abroad(self, country: str, table: str, number: str) -> str:
        groups, land = split_up(number, _GROUPS[country]).split(), split_up(self._d(7), (3, 2, 2)).split()
        return self.rng.choice(table.split("|")).format(n=number, g=groups, l=land, area=self._one("09", "04", "03"))

    def phone_be(self, lang: str) -> str:
        return self._abroad("BE", _BE, self._one("468", "470", "472", "475", "477", "484", "486", "492") + self._d(6))

    def phone_in(self, lang: str) -> str:
        return self._abroad("IN", _IN, self._one(*"98 99 97 96 94 93 90 88 80 70".split()) + self._d(8))

    def phone_jm(self, lang: str) -> str:
        return self._abroad("JM", _JM, self._one("876", "876", "658") + self._one("3", "4", "5", "8", "9") + self._d(6))

    def phone_nz(self, lang: str) -> str:
        return self._abroad("NZ", _NZ, self._one("21", "22", "27", "20") + self._d(7))

    def phone_uk(self, lang: str) -> str:
        return self._abroad("UK", _UK, "7" + self._one("4", "5", "7", "8", "9") + self._d(8))

    def phone_abroad(self, lang: str) -> str:
        code = self.rng.choice(sorted(_ABROAD))
        head, sizes = _ABROAD[code]
        national = head + self._d(sum(sizes) - len(head))
        return self._one(f"+{code} {split_up(national, sizes)}", f"00{code} {national}", f"+{code}{national}")

    def phone_en(self, lang: str) -> str:
        return self.rng.choice((self.phone_in, self.phone_jm, self.phone_nz, self.phone_uk, self.phone_abroad))(lang)

    def phone_spoken(self, lang: str) -> str:
        if lang == "nl":
            area = self.rng.choice(_LIMBURG_TWENTE)
            number = self._one("06" + self._d(8), area + self._d(10 - len(area)))
        else:
            number = self._one("021" + self._d(7), "07" + self._one("4", "7", "9") + self._d(8), "876" + self._d(7))
        return say_digits(number, lang, self.rng)

    def phone_ocr(self, lang: str) -> str:
        number = self._one(f"06-{self._d(8)}", f"06 {self._d(8)}", f"{self.rng.choice(_LIMBURG_TWENTE)}-{self._d(6)}")
        return self._misread(number, _HAND_DIGITS, self.rng.choice((1, 2)))

    # ---- bank accounts
    def _show_iban(self, iban: str) -> str:
        grouped = split_up(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, grouped, iban.lower(), grouped.lower(), split_up(iban, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._show_iban(make_iban("NL", self.pick("bank_nl") + self._d(10)))

    def iban_be(self, lang: str) -> str:
        return self._show_iban(make_iban("BE", belgian_account(self.rng)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "NL", "NL", "BE", "BE", "DE", "LT", "GB", "PL")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "BE":
            return self.iban_be(lang)
        bban = {"DE": self._d(18), "LT": "32500" + self._d(11), "PL": self._d(24)}.get(country)
        bban = bban or self.pick("bank_gb") + self._d(14)  # LT: the neobank many students use
        return self._show_iban(make_iban(country, bban))

    def iban_ocr(self, lang: str) -> str:
        iban = make_iban("NL", self.pick("bank_nl") + self._d(10))
        return self._one(
            f"{iban[:4]} {iban[4:8]}  {iban[8:12]} {iban[12:]}",
            f"{iban[:2]} {iban[2:4]} {iban[4:8]} {split_up(iban[8:], (4, 4, 2))}",
            iban.replace("0", "O", 1),
            f"{iban[:8]}\n{iban[8:]}",
        )

    def iban_read(self, lang: str) -> str:
        """An IBAN read out in a call: letters one by one, the check digits as a number, the rest in groups."""
        iban = make_iban("NL", self.pick("bank_nl") + self._d(10))
        check = words(int(iban[2:4]), lang) if iban[2] != "0" else say_digits(iban[2:4], lang, self.rng)
        account = ", ".join(say_digits(iban[at : at + 4], lang, self.rng) for at in range(8, 18, 4))
        return f"{' '.join(iban[:2])} {check}, {' '.join(iban[4:8])}, {account}"

    # ---- citizen service numbers
    def bsn(self, lang: str) -> str:
        number = bsn_number(self.rng, leading_zero=self.rng.random() < 0.12)
        if number.startswith("0") and self.rng.random() < 0.4:
            return number[1:]  # the leading zero left off, as older BSNs often are
        sizes, sep = self.rng.choice(_BSN_SHAPES)
        return split_up(number, sizes, sep)

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(bsn_number(self.rng), lang, self.rng)

    def bsn_ocr(self, lang: str) -> str:
        number = bsn_number(self.rng)
        return self._one(" ".join(number), f"{number[:5]} {number[5:]}", split_up(number, (3, 3, 3), ". "))

    def bsn_be(self, lang: str) -> str:
        day, month, year = self._birth(1950, 2006)
        number = national_register(self.rng, year, month, day)
        return self._one(number, number, number.replace(".", "").replace("-", ""), number.replace(".", " "))

    # ---- dates of birth
    def _birth(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    def _write_date(self, table: list[str], years: tuple[int, int]) -> str:
        return write_date(self.rng.choice(table), *self._birth(*years))

    def dob(self, lang: str, years: tuple[int, int] = (1938, 2007)) -> str:
        return self._write_date(DOB_NL, years)

    def dob_en(self, lang: str, years: tuple[int, int] = (1938, 2007)) -> str:
        return self._write_date(DOB_EN, years)

    def _aged(self, lang: str, years: tuple[int, int]) -> str:
        return self.dob_en(lang, years) if lang == "en" else self.dob(lang, years)

    def dob_student(self, lang: str) -> str:
        return self._aged(lang, (1996, 2008))

    def dob_senior(self, lang: str) -> str:
        return self._aged(lang, (1932, 1962))

    def dob_be(self, lang: str) -> str:
        return self._write_date(DOB_BE, (1940, 2007))

    def dob_iso(self, lang: str) -> str:
        return self._write_date(["{y}-{m:02d}-{d:02d}"], (1950, 2008))

    def dob_ocr(self, lang: str) -> str:
        d, m, y = self._birth(1938, 2007)
        text = self._one(f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}")
        return self._misread(text, _HAND_DIGITS, 1).replace("-", self._one("-", " - ", "~"), 1)

    def dob_spoken(self, lang: str) -> str:
        d, m, y = self._birth(1940, 2006)
        if lang == "nl":
            return self._one(
                f"{words(d, 'nl')} {MAAND[m - 1]} {year_words(y, 'nl')}",
                f"de {ordinal_nl(d)} van de {ordinal_nl(m)}, {y}",
                f"{words(d, 'nl')} {MAAND[m - 1]} "
                + (f"{words(y // 100, 'nl')} {words(y % 100, 'nl')}" if y < 2000 else year_words(y, "nl")),
            )
        return self._one(
            f"the {ordinal_en(d)} of {MONTH[m - 1]} {year_words(y, 'en')}",
            f"{MONTH[m - 1]} the {ordinal_en(d)}, {year_words(y, 'en')}",
            f"{ordinal_en(d)} {MONTH[m - 1]} {y}",
        )
