"""Fillers of the held-out split test_v113 (seed 641): hospital patients, tenants, TV and internet subscribers, bank
customers in the red, drivers with hail damage, parents ordering school uniforms, library members, families
scattering ashes, anglers and zoo members from Friesland, Zeeland, Flanders, the rest of the Netherlands, Ghana, the
Philippines, Wales, China and elsewhere, as they type them in chats and spreadsheets, key them into an IVR or leave
them on a voicemail."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v113_pools  # noqa: F401  (registers POOLS["test_v113"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v113_codes import CodesV113
from benchmarks.privacy_fillers_v113_numbers import (
    AREAS,
    BIRTH_EN,
    BIRTH_KINDS,
    BIRTH_NL,
    BSN_SHAPES,
    FOREIGN,
    LAND,
    MOBILE,
    MONTHS,
    WELSH_LAND,
    be_account,
    birth,
    cut,
    en_ordinal,
    keyed,
    new_bsn,
    nl_account,
    pair_words,
    read_out,
    rijksregister,
    with_check,
    year_said,
)

_NL_ORIGINS = ("nl", "nl", "fy", "fy", "zl", "zl", "be", "ma", "tr", "sr", "pl", "cn")
_EN_ORIGINS = ("gh", "gh", "ph", "ph", "cy", "cy", "ng", "in", "cn")
_BOX = "{f}.{l}|{f}{l}|{i}{l}|{l}.{f}|{f}_{l}|{f}{y}|{i}.{l}{n}|{f}-{l}".split("|")


class FillersV113(CodesV113, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER*."""

    # ---- names
    def _origin(self, lang: str) -> str:
        return self.rng.choice(_EN_ORIGINS if lang == "en" else _NL_ORIGINS)

    def _person(self, origin: str, gender: str = "") -> tuple[str, str]:
        """A first name of `gender` (either if empty) and a surname, Polish ones in the woman's form for a woman."""
        gender = gender or self._one("m", "f")
        surname = self.pick(f"surname_{origin}")
        if origin == "pl" and gender == "f" and surname.endswith("ki"):
            surname = surname[:-1] + "a"
        return self.pick(f"first_{origin}_{gender}"), surname

    def _named(self, origin: str, gender: str = "") -> str:
        first, surname = self._person(origin, gender)
        if origin == "cn" and self.rng.random() < 0.5:
            return self._one(f"{surname} {first}", f"{surname.upper()} {first}")
        if origin == "ph" and self.rng.random() < 0.3:
            return f"{first} {self._caps(1, 'ABCDGLMRSV')}. {surname}"
        return f"{first} {surname}"

    def name_full(self, lang: str) -> str:
        return self._named(self._origin(lang))

    def name_han(self, lang: str) -> str:
        return self.pick("han_surname") + self.pick("han_given")

    def name_first(self, lang: str, gender: str = "") -> str:
        return self._person(self._origin(lang), gender)[0]

    def name_surname(self, lang: str) -> str:
        surname = self.pick(f"surname_{self._origin(lang)}")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(self._origin(lang))
        letters = first[0] + "." + "".join(f"{c}." for c in self.rng.sample("ACEGHJMPW", self.rng.choice((0, 0, 1, 2))))
        return self._one(f"{letters} {surname}", f"{letters}{surname}", f"{surname}, {letters}")

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self._person(self._origin(lang))
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first}"
        )

    def name_reversed(self, lang: str) -> str:
        first, surname = self._person(self._origin(lang))
        return f"{surname[:1].upper() + surname[1:]}, {first}"

    def name_typo(self, lang: str) -> str:
        first, surname = self._person(self._origin(lang))
        at = self.rng.randint(1, len(surname) - 2) if len(surname) > 3 else 1
        surname = self._one(surname[:at] + surname[at + 1 :], surname[:at] + surname[at] + surname[at:])
        return self._one(f"{first} {surname}", f"{first.lower()} {surname.lower()}")

    def name_spelled(self, lang: str) -> str:
        surname = self.pick(f"surname_{self._origin(lang)}").replace(" ", "").replace("-", "")
        return self._one("-".join(surname.upper()), " ".join(surname.upper()), ". ".join(surname.upper()) + ".")

    # ---- e-mail
    def _plain(self, text: str) -> str:
        text = text.replace("ł", "l").replace("ı", "i")
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return "".join(char for char in text.lower() if char.isalnum())

    def _box(self, origin: str) -> str:
        first, surname = (self._plain(part) for part in self._person(origin))
        shape = self.rng.choice(_BOX)
        return shape.format(f=first, l=surname, i=first[0], y=self._n(60, 99), n=self._n(1, 9))

    def _domain(self, origin: str) -> str:
        if origin in ("nl", "fy", "zl", "ma", "tr", "sr", "pl"):
            return self.pick("domain_nl")
        return self.pick({"be": "domain_be", "cn": "domain_cn"}.get(origin, "domain_en"))

    def email(self, lang: str) -> str:
        origin = self._origin(lang)
        if origin == "cn" and self.rng.random() < 0.4:
            return f"{self._n(1, 9)}{self._d(self.rng.choice((7, 8, 9)))}@qq.com"
        address = f"{self._box(origin)}@{self._domain(origin)}"
        return address.upper() if self.rng.random() < 0.08 else address

    def email_work(self, lang: str) -> str:
        first, surname = (self._plain(part) for part in self._person(self._origin(lang)))
        domain = self.pick("domain_work_en" if lang == "en" else "domain_work_nl")
        return f"{self._one(f'{first}.{surname}', f'{first[0]}.{surname}', first)}@{domain}"

    def email_spoken(self, lang: str) -> str:
        origin = self._origin(lang)
        dot, at = ("dot", "at") if lang == "en" else self._one(("punt", "apenstaartje"), ("punt", "at"))
        under, dash = ("underscore", "dash") if lang == "en" else (self._one("underscore", "laag streepje"), "streepje")
        box = self._box(origin).replace(".", f" {dot} ").replace("_", f" {under} ").replace("-", f" {dash} ")
        return f"{box} {at} {self._domain(origin).replace('.', f' {dot} ')}"

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = self._d(8)
        area = self.rng.choice(AREAS)
        local = self._d(10 - len(area))
        if self.rng.random() < 0.55:
            return self.rng.choice(MOBILE).format(
                n=rest, p=cut(rest, (2, 2, 2, 2)), h=cut(rest, (4, 4)), t=cut(rest, (2, 3, 3))
            )
        groups = cut(local, (3, 2, 2) if len(local) == 7 else (2, 2, 2))
        return self.rng.choice(LAND).format(a=area, a1=area[1:], l=local, g=groups)

    def _foreign(self, origin: str) -> str:
        code, heads, length, sizes, shapes = FOREIGN[origin]
        head = self.rng.choice(heads)
        national = head + self._d(length - len(head))
        slashed = f"{national[:3]}/{cut(national[3:], (2, 2, 2), '.')}"  # Belgian mobiles: 0472/12.34.56
        return self.rng.choice(shapes.split("|")).format(
            c=code, n=national, g=cut(national, sizes), h=cut(national, sizes, "-"), s=slashed
        )

    def phone_cy(self, lang: str) -> str:
        if self.rng.random() < 0.4:
            land = self.rng.choice(WELSH_LAND) + self._d(5)
            return self._one(land, land.replace(" ", ""), f"+44 {land[1:]}")
        return self._foreign("cy")

    def phone_abroad(self, lang: str) -> str:
        return self._foreign(self._one("pl", "tr", "ma", "sr", "ng", "in", "be"))

    def phone_en(self, lang: str) -> str:
        return self.rng.choice((self.phone_gh, self.phone_ph, self.phone_cy, self.phone_cy, self.phone_abroad))(lang)

    def phone_e164(self, lang: str) -> str:
        origin = self._one("nl", "nl", "gh", "ph", "cy", "cn", "be", "pl", "tr", "ma", "sr", "ng")
        if origin == "nl":
            return self._one("+316" + self._d(8), "+31" + self.rng.choice(AREAS)[1:3] + self._d(7), "316" + self._d(8))
        code, heads, length, _, _ = FOREIGN[origin]
        head = self.rng.choice(heads)
        return f"+{code}{head}{self._d(length - len(head))}"

    def phone_keyed(self, lang: str) -> str:
        area = self.rng.choice(AREAS)
        return keyed(self._one("06" + self._d(8), area + self._d(10 - len(area))), self.rng)

    def phone_spoken(self, lang: str) -> str:
        if lang == "en":
            return read_out(self._one("07" + self._d(9), "024" + self._d(7), "0917" + self._d(7)), "en", self.rng)
        return read_out("06" + self._d(8), "nl", self.rng)

    def phone_spoken_fy(self, lang: str) -> str:
        return read_out(self._one("06" + self._d(8), "058" + self._d(7)), "fy", self.rng)

    # ---- bank accounts
    def _show(self, iban: str) -> str:
        grouped = cut(iban, (4,) * 8)
        spaced = f"{iban[:2]} {iban[2:4]} {cut(iban[4:], (4,) * 7)}"
        return self._one(*(grouped,) * 3, iban, iban, iban.lower(), grouped.lower(), spaced)

    def iban(self, lang: str) -> str:
        return self._show(with_check("NL", self.pick("bank_nl") + nl_account(self.rng)))

    def iban_be(self, lang: str) -> str:
        return self._show(with_check("BE", be_account(self.rng)))

    def iban_foreign(self, lang: str, country: str = "") -> str:
        country = country or self._one("DE", "PL", "GB", "TR", "LT", "FR")
        bban = {
            "DE": self._d(18), "PL": self._d(24), "GB": self.pick("bank_gb") + self._d(14), "LT": "32500" + self._d(11),
            "TR": self._one("00010", "00062", "00046") + "0" + self._d(16), "FR": self._d(23),
        }[country]  # fmt: skip
        return self._show(with_check(country, bban))

    def iban_any(self, lang: str) -> str:
        return self.rng.choice((self.iban, self.iban, self.iban, self.iban_be, self.iban_foreign))(lang)

    def iban_spoken(self, lang: str) -> str:
        iban = with_check("NL", self.pick("bank_nl") + nl_account(self.rng))
        check = pair_words(int(iban[2:4]), lang)
        digits = " ".join(read_out(iban[at : at + 5], lang, self.rng) for at in range(8, 18, 5))
        return f"{' '.join(iban[:2])} {check} {' '.join(iban[4:8])} {digits}"

    # ---- citizen service numbers
    def bsn(self, lang: str) -> str:
        number = new_bsn(self.rng)
        sizes, sep = self.rng.choice(BSN_SHAPES)
        return cut(number, sizes, sep)

    def bsn_spoken(self, lang: str) -> str:
        return read_out(new_bsn(self.rng), lang if lang == "en" else self._one("nl", "nl", "fy"), self.rng)

    def bsn_keyed(self, lang: str) -> str:
        return keyed(new_bsn(self.rng), self.rng)

    def bsn_be(self, lang: str) -> str:
        number = rijksregister(self.rng, *reversed(self._born(1938, 2008)))
        return self._one(
            number, number, number.replace(".", "").replace("-", ""), number.replace(".", " ").replace("-", " ")
        )

    # ---- dates of birth
    def _born(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    def _date(self, shapes: list[str], months: str, years: tuple[int, int] = (1935, 2007)) -> str:
        return birth(self.rng.choice(shapes), *self._born(*years), months)

    def dob(self, lang: str) -> str:
        return self._date(BIRTH_EN, "en") if lang == "en" else self._date(BIRTH_NL, "nl")

    def dob_child(self, lang: str) -> str:
        return self._date(BIRTH_EN if lang == "en" else BIRTH_NL, "en" if lang == "en" else "nl", (2009, 2021))

    def dob_senior(self, lang: str) -> str:
        return self._date(BIRTH_EN if lang == "en" else BIRTH_NL, "en" if lang == "en" else "nl", (1926, 1958))

    def dob_iso(self, lang: str) -> str:
        return self._date(["{y}-{m:02d}-{d:02d}"], "en")

    def dob_keyed(self, lang: str) -> str:
        return keyed(self._date(["{d:02d}{m:02d}{y}"], "en"), self.rng)

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._born(1935, 2006)
        said = year_said(year, lang, self.rng)
        if lang == "en":
            month_name = MONTHS["en"][month - 1]
            return self._one(
                f"the {en_ordinal(day)} of {month_name} {said}", f"{month_name} the {en_ordinal(day)}, {said}"
            )
        return self._one(
            f"{pair_words(day, 'nl')} {MONTHS['nl'][month - 1]} {said}", f"{day} {MONTHS['nl'][month - 1]} {year}"
        )


# Names and phones of one population each: NAME_FY, NAME_ZL, NAME_BE, NAME_GH, NAME_PH, NAME_CY, NAME_CN, NAME_PL,
# NAME_TR, NAME_MA, NAME_SR, PHONE_BE, PHONE_GH, PHONE_PH, PHONE_CN, PHONE_PL, PHONE_SR.
for _origin in ("fy", "zl", "be", "gh", "ph", "cy", "cn", "pl", "tr", "ma", "sr"):
    setattr(FillersV113, f"name_{_origin}", lambda self, lang, origin=_origin: self._named(origin))
    for _gender in "mf":  # NAME_FY_M, NAME_GH_F, ...: a man or a woman of one population
        setattr(FillersV113, f"name_{_origin}_{_gender}", lambda self, lang, o=_origin, g=_gender: self._named(o, g))
for _gender, _word in (("m", "male"), ("f", "female")):  # NAME_MALE, NAME_FEMALE, NAME_FIRST_M, NAME_FIRST_F
    setattr(FillersV113, f"name_{_word}", lambda self, lang, g=_gender: self._named(self._origin(lang), g))
    setattr(FillersV113, f"name_first_{_gender}", lambda self, lang, g=_gender: self.name_first(lang, g))
for _origin in ("be", "gh", "ph", "cn", "pl", "sr"):
    setattr(FillersV113, f"phone_{_origin}", lambda self, lang, origin=_origin: self._foreign(origin))
# Dates of birth as Frisian, Flemish, Filipino, Welsh and Chinese writers put them (DOB_FY, DOB_BE, DOB_PH, DOB_CY,
# DOB_CN, their elders' DOB_CN_SENIOR, DOB_PH_SENIOR, DOB_CY_SENIOR) and a pupil's in a log (DOB_CHILD_ISO).
for _kind, (_shapes, _months, _years) in BIRTH_KINDS.items():
    setattr(FillersV113, f"dob_{_kind}", lambda self, lang, s=_shapes, m=_months, y=_years: self._date(s, m, y))
for _country in ("GB", "PL"):  # IBAN_GB, IBAN_PL
    setattr(FillersV113, f"iban_{_country.lower()}", lambda self, lang, c=_country: self.iban_foreign(lang, c))
