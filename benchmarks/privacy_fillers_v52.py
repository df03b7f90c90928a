"""Fillers of the held-out split test_v52 (seed 257): owners and staff of small businesses (ZZP'ers, shops,
restaurants) calling telecom, payment, webshop, bookkeeping, payroll, temp-agency, travel and lease firms."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v52_pools  # noqa: F401  (registers POOLS["test_v52"])
from benchmarks.privacy_fillers_v52_codes import CodesV52
from benchmarks.privacy_fillers_v52_numbers import (
    MONTHS,
    NL_ORDINAL_DAYS,
    SPELL_NL,
    alnum,
    belgian_bban,
    by_four,
    chunk,
    digits,
    elfproef,
    en_word,
    iban_of,
    luhn_finish,
    nl_word,
    ordinal_en,
    say_doubles,
    say_each,
    say_pairs,
    year_words,
)
from benchmarks.privacy_fillers_v52_pools import GROUPS

_ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ș": "s", "ț": "t", "ğ": "g", "ş": "s", "'": ""})


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class FillersV52(CodesV52):
    """Slots: NAME_*, EMAIL_*, PHONE_*, IBAN_*, BSN_*, POSTCODE_*, ADDRESS_*, CARD_*, DOB_*, PLATE_*,
    CUSTOMER_NUMBER_* (telecom, PSP, seller, employee, candidate, lease, spoken)."""

    def _person(self) -> tuple[str, str]:
        firsts, surnames = GROUPS[self.rng.choice(sorted(GROUPS))]
        if self.rng.random() < 0.15:  # mixed couples and married names
            surnames = GROUPS[self.rng.choice(sorted(GROUPS))][1]
        return self.rng.choice(firsts), self.rng.choice(surnames)

    def _initials(self, first: str) -> str:
        extra = self.rng.choice(("", "", "", "J.", "M.", "A.", "C.", "H."))
        parts = [part[0] + "." for part in first.replace("-", " ").split()]
        return "".join(parts) + extra

    # ---- names
    def name_full(self, lang: str) -> str:
        return " ".join(self._person())

    def name_first(self, lang: str) -> str:
        return self._person()[0]

    def name_surname(self, lang: str) -> str:
        surname = self._person()[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person()
        return f"{self._initials(first)} {surname}"

    def name_upper(self, lang: str) -> str:
        first, surname = self._person()
        return self._one(f"{first} {surname}", f"{self._initials(first)} {surname}").upper()

    def name_reversed(self, lang: str) -> str:
        """Surname first as in payroll and CSV exports: 'Kaptein, S.' or 'Yıldız, Oğuzhan'."""
        first, surname = self._person()
        return self._one(f"{surname}, {first}", f"{surname}, {self._initials(first)}", f"{surname.upper()} {first}")

    def name_handle(self, lang: str) -> str:
        """Jira or Slack user name: 'oguzhan.yildiz', 'hkaptein', 'selam.haile2'."""
        first, surname = (_plain(part).lower().replace(" ", "") for part in self._person())
        return self._one(f"{first}.{surname}", f"{first[0]}{surname}", f"{first}{surname[0]}", f"{first}.{surname}2")

    # ---- e-mail
    def _box(self) -> str:
        first, surname = (_plain(part).lower() for part in self._person())
        first, flat = first.replace(" ", "").replace("-", ""), surname.replace(" ", "").replace("-", "")
        return self._one(
            f"{first}.{flat}", f"{first[0]}{flat}", f"{flat}.{first}", f"{first}{self.rng.randint(70, 99)}",
            f"{first}_{flat}", f"{first[0]}.{surname.replace(' ', '.')}", f"{first}-{flat}{self.rng.randint(1, 9)}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        value = f"{self._box()}@{self.pick('domain')}"
        return value.capitalize() if self.rng.random() < 0.1 else value

    def email_work(self, lang: str) -> str:
        """A named person's own business mailbox, e.g. 'nordin@klusbedrijf-azzouzi.nl'."""
        first, surname = (_plain(part).lower() for part in self._person())
        slug = surname.replace(" ", "").replace("-", "")
        host = self._one(f"{self.pick('trade')}{slug}", f"{self.pick('trade')}-{slug}", f"{slug}{self.pick('trade')}")
        local = self._one(first.replace(" ", ""), f"{first[0]}.{slug}", f"{first.replace(' ', '')}.{slug}")
        return f"{local}@{host}.{self._one('nl', 'nl', 'com', 'be', 'eu')}"

    def email_spoken(self, lang: str) -> str:
        box, domain = self._box(), self.pick("domain")
        if lang == "nl":
            at, dot, under, dash = self._one("apenstaart", "at", "apenstaartje"), "punt", "underscore", "streepje"
        else:
            at, dot, under, dash = "at", "dot", "underscore", "hyphen"
        said = f"{box} {at} {domain}".replace(".", f" {dot} ").replace("_", f" {under} ").replace("-", f" {dash} ")
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        tail = digits(self.rng, 8)
        return self._one(
            f"06-{chunk(tail, (4, 4))}", f"06 {chunk(tail, (3, 3, 2))}", f"+31 6 {chunk(tail, (4, 4))}",
            f"+31(0)6{tail}", f"0031-6-{tail}", f"06 {chunk(tail, (2, 2, 2, 2))}", f"06/{tail}",
            f"+31 6-{chunk(tail, (2, 2, 2, 2))}", f"+31 6{tail}", f"06{tail}", f"06 – {tail}",
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self._one("075", "0229", "0228", "043", "045", "046", "0299", "020", "013", "024", "0223", "0251")
        rest = digits(self.rng, 10 - len(area), lead=True)
        grouped = chunk(rest, (3, 2, 2)) if len(rest) == 7 else chunk(rest, (2, 2, 2))
        return self._one(f"{area}-{rest}", f"{area} {grouped}", f"({area}) {rest}", f"+31 {area[1:]} {grouped}")

    def phone_be(self, lang: str) -> str:
        mobile = self._one("470", "472", "475", "477", "479", "484", "486", "495", "497") + digits(self.rng, 6)
        return self._one(
            f"+32 {mobile[:3]} {chunk(mobile[3:], (2, 2, 2))}", f"0{mobile[:3]}/{chunk(mobile[3:], (2, 2, 2), '.')}",
            f"0{mobile[:3]} {chunk(mobile[3:], (2, 2, 2))}", f"0032 {mobile}", f"09 {digits(self.rng, 3, True)} "
            f"{chunk(digits(self.rng, 4), (2, 2))}",
        )  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        """Family or home-country mobiles of owners who keep their old number."""
        return self._one(
            f"+48 {digits(self.rng, 3, True)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
            f"+40 7{digits(self.rng, 2)} {digits(self.rng, 3)} {digits(self.rng, 3)}",
            f"+359 8{self._one('7', '8', '9')} {digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"+90 5{digits(self.rng, 2)} {digits(self.rng, 3)} {digits(self.rng, 2)} {digits(self.rng, 2)}",
            f"+212 6{digits(self.rng, 2)}-{digits(self.rng, 6)}",
            f"+34 6{digits(self.rng, 2)} {digits(self.rng, 2)} {digits(self.rng, 2)} {digits(self.rng, 2)}",
            f"+39 3{digits(self.rng, 2)} {digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"+30 69{digits(self.rng, 1)} {digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"+55 11 9{digits(self.rng, 4)}-{digits(self.rng, 4)}",
            f"+91 9{digits(self.rng, 4)} {digits(self.rng, 5)}",
            f"+92 3{digits(self.rng, 2)} {digits(self.rng, 7)}",
            f"0048{digits(self.rng, 9, True)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "en":
            return self._one(say_each(number, "en"), say_doubles(number), f"oh six {chunk(number[2:], (4, 4))}")
        return self._one(say_each(number, "nl"), say_pairs(number, "nl"), f"nul zes {chunk(number[2:], (2, 2, 2, 2))}")

    # ---- bank
    def iban(self, lang: str) -> str:
        value = iban_of("NL", self.pick("bank") + digits(self.rng, 10))
        return self._one(
            by_four(value),
            by_four(value),
            value,
            by_four(value).lower(),
            by_four(value, "-"),
            value[:4] + " " + value[4:8] + " " + value[8:],
        )

    def iban_be(self, lang: str) -> str:
        value = iban_of("BE", belgian_bban(self.rng))
        return self._one(by_four(value), value, by_four(value))

    def iban_eu(self, lang: str) -> str:
        country, bban = self._one(
            ("DE", digits(self.rng, 18, True)), ("PL", digits(self.rng, 24, True)),
            ("RO", self._one("BTRL", "RNCB", "BRDE", "INGB") + alnum(self.rng, 16)),
            ("ES", digits(self.rng, 20, True)), ("IT", "X" + digits(self.rng, 10) + alnum(self.rng, 12)),
            ("GR", digits(self.rng, 7) + digits(self.rng, 16)),
            ("BG", "UNCR" + digits(self.rng, 6) + alnum(self.rng, 8)),
            ("TR", digits(self.rng, 5, True) + "0" + digits(self.rng, 16)), ("PT", "0035" + digits(self.rng, 17)),
        )  # fmt: skip
        value = iban_of(country, bban)
        return self._one(by_four(value), value)

    def iban_spoken(self, lang: str) -> str:
        value = iban_of("NL", self.pick("bank") + digits(self.rng, 10))
        check = int(value[2:4])
        check_said = nl_word(check) if lang == "nl" else en_word(check)
        letters = " ".join(value[4:8])
        return f"{' '.join(value[:2])} {check_said} {letters} {say_each(value[8:], lang)}"

    # ---- BSN
    def bsn(self, lang: str) -> str:
        value = elfproef(self.rng)
        return self._one(
            value,
            value,
            chunk(value, (3, 3, 3)),
            chunk(value, (3, 3, 3), "."),
            chunk(value, (4, 2, 3)),
            chunk(value, (2, 3, 4), " "),
            chunk(value, (3, 3, 3), "-"),
        )

    def bsn_spoken(self, lang: str) -> str:
        value = elfproef(self.rng)
        return self._one(
            say_each(value, lang), ", ".join(say_each(part, lang) for part in (value[:3], value[3:6], value[6:]))
        )

    # ---- postcode and address
    def _postcode_parts(self) -> tuple[str, str]:
        return digits(self.rng, 4, True), "".join(self.rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters}", f"{number}{letters.lower()}",
            f"{number}-{letters}", f"NL-{number} {letters}", f"{number}  {letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        if lang == "en":
            return f"{say_each(number, 'en')} {' '.join(letters)}"
        said = " ".join(f"{ch} van {SPELL_NL[ch]}" for ch in letters)
        head = self._one(f"{nl_word(int(number[:2]))} {nl_word(int(number[2:]))}", say_each(number, "nl"))
        return f"{head}, {said}"

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        extra = self._one("", "", "", "", "A", "-B", " hs", " 2-hoog", "-1", " zw", " I", "-bis", "a", " rood")
        return f"{self.pick('street')} {number}{extra}"

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 320)
        return f"{self.pick('street_be')} {number}{self._one('', '', f' bus {self.rng.randint(1, 24)}', '/0' + str(2))}"

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    # ---- cards
    def _card_number(self) -> str:
        prefix = self._one("4", "4", "4", "51", "53", "55", "2221", "2710", "37", "34")
        if prefix in ("34", "37"):
            return luhn_finish(prefix + digits(self.rng, 12))
        return luhn_finish(prefix + digits(self.rng, 15 - len(prefix)))

    def card(self, lang: str) -> str:
        number = self._card_number()
        if len(number) == 15:
            return self._one(chunk(number, (4, 6, 5)), number, chunk(number, (4, 6, 5), "-"))
        return self._one(by_four(number), number, by_four(number, "-"), by_four(number, "."), by_four(number, "  "))

    def card_spoken(self, lang: str) -> str:
        number = luhn_finish(self._one("4", "5", "5") + digits(self.rng, 14))
        return ", ".join(say_each(number[start : start + 4], lang) for start in range(0, 16, 4))

    # ---- dates of birth
    def _birth(self, low: int = 1948, high: int = 2005) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS[lang][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}.{month:02d}.{year}",
            f"{day}/{month}/{year}", f"{day} {name} {year}", f"{day} {name[:3]}. {year}", f"{day:02d}{month:02d}{year}",
            f"{name} {day}, {year}" if lang == "en" else f"{day:02d}-{name[:3]}-{year}",
            f"{day:02d}/{month:02d}/{year}",
        )  # fmt: skip

    def dob_iso(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(
            f"{year}-{month:02d}-{day:02d}", f"{year}{month:02d}{day:02d}", f"{year}/{month:02d}/{day:02d}"
        )

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS[lang][month - 1]
        if lang == "nl":
            return self._one(
                f"{nl_word(day)} {name} {year_words(year, 'nl')}", f"{NL_ORDINAL_DAYS[day - 1]} {name} {year}",
                f"{day} {name} '{year % 100:02d}", f"{nl_word(day)} {name} {year}",
            )  # fmt: skip
        return self._one(
            f"the {ordinal_en(day)} of {name} {year}", f"{name} {ordinal_en(day)}, {year_words(year, 'en')}",
            f"{ordinal_en(day)} {name} '{year % 100:02d}",
        )  # fmt: skip
