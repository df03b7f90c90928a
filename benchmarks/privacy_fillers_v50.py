"""Fillers of the held-out split test_v50 (seed 241): customers of mortgage lenders, estate agents, contractors,
municipal permit desks, owners' associations, lift, pest, chimney, lock, removal, storage, furniture and mattress
firms, from Den Haag, Leiden, Twente, the Achterhoek, Flanders and many other backgrounds."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v50_pools  # noqa: F401  (registers POOLS["test_v50"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v50_codes import CodesV50
from benchmarks.privacy_fillers_v50_numbers import (
    SPELLING_NL,
    chunk,
    digits,
    pair_en,
    pair_nl,
    say_digits,
)
from benchmarks.privacy_fillers_v50_pools import PEOPLE

_PARTICLES = ("van der ", "van den ", "van de ", "van ", "de ", "du ", "le ", "te ", "ter ", "ten ", "'t ")
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
_AREAS = ("070", "071", "053", "074", "015", "079", "0546", "0548", "0544", "0545", "0543", "0314", "0575", "0315")


def _ascii(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D").replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _split_particle(surname: str) -> tuple[str, str]:
    for particle in _PARTICLES:
        if surname.startswith(particle) and len(surname) > len(particle):
            return surname[: len(particle)].strip(), surname[len(particle) :]
    return "", surname


class FillersV50(CodesV50, Fillers):
    """Slots: NAME_*, EMAIL_*, PHONE_*, IBAN_*, BSN_*, POSTCODE_*, ADDRESS_*, CARD, DOB_*, PLATE_*,
    CUSTOMER_NUMBER_*; the last person named feeds the next e-mail address, as in real messages."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _person(self, lang: str) -> tuple[str, str, str]:
        origins = list(PEOPLE)
        weights = [PEOPLE[o][0] // (3 if lang == "en" and o in ("holland", "oost") else 1) for o in origins]
        origin = self.rng.choices(origins, weights=weights)[0]
        first = self.rng.choice(self.pool[f"first:{origin}"])
        surname = self.rng.choice(self.pool[f"surname:{origin}"])
        self._last = (first, surname)
        return origin, first, surname

    def _initials(self, first: str) -> str:
        extra = self.rng.choice(("", "", "", "M.", "J.", "H.", "A.M.", "W."))
        return "".join(f"{part[0]}." for part in first.replace("-", " ").split()) + extra

    # ---- names
    def name_full(self, lang: str) -> str:
        _, first, surname = self._person(lang)
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self._person(lang)[1]

    def name_surname(self, lang: str) -> str:
        surname = self._person(lang)[2]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        _, first, surname = self._person(lang)
        return f"{self._initials(first)} {surname}"

    def name_register(self, lang: str) -> str:
        """Surname first, as in registers and exports: 'Zande, R. van der' or 'Kazlauskas, Rūta'."""
        _, first, surname = self._person(lang)
        particle, core = _split_particle(surname)
        given = self._one(first, self._initials(first))
        if particle and self.rng.random() < 0.6:
            return f"{core}, {given} {particle}"
        return f"{surname[0].upper()}{surname[1:]}, {given}"

    def name_upper(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.name_initials(lang)).upper()

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_chat(self, lang: str) -> str:
        """A display name in a WhatsApp export."""
        _, first, surname = self._person(lang)
        particle, core = _split_particle(surname)
        short = {"van der": "vd", "van den": "vd", "van de": "vd"}.get(particle, particle)
        return self._one(
            f"{first} {surname}", first, f"{first} {core[0]}.", f"{first} {short} {core}".replace("  ", " "),
            f"{first} {surname}", f"{first[0]}. {surname}",
        )  # fmt: skip

    def name_couple(self, lang: str) -> str:
        origin, first, surname = self._person(lang)
        other = self.rng.choice([f for f in self.pool[f"first:{origin}"] if f != first])
        joiner = {"nl": self._one(" en ", " & "), "en": self._one(" and ", " & ")}[lang]
        return f"{first}{joiner}{other} {surname}"

    # ---- e-mail
    def _local(self, lang: str) -> str:
        first, surname = getattr(self, "_last", None) or self._person(lang)[1:]
        if self.rng.random() < 0.35:
            first, surname = self._person(lang)[1:]
        given = _ascii(first).lower().replace(" ", "")
        family = _ascii(surname).lower().replace(" ", "").replace("-", "")
        year = self.rng.randint(1955, 2004)
        return self._one(
            f"{given}.{family}", f"{given[0]}{family}", f"{family}.{given[0]}", f"{given}{year % 100:02d}",
            f"{given}_{family}{self.rng.randint(1, 9)}", f"{given}.{family}{year}", f"{family}{given[:3]}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._local(lang)}@{self.pick('domain')}"

    def email_work(self, lang: str) -> str:
        first, surname = getattr(self, "_last", None) or self._person(lang)[1:]
        local = self._one(
            f"{_ascii(first[0]).lower()}.{_ascii(surname).lower().replace(' ', '')}", _ascii(first).lower()
        )
        return f"{local.replace(' ', '')}@{self.pick('work_domain')}"

    def email_spoken(self, lang: str) -> str:
        local, domain = self._local(lang), self.pick("domain")
        if lang == "nl":
            at = self._one("apenstaartje", "apestaart", "at", "aapje")
            dot, under = "punt", "underscore"
        else:
            at, dot, under = self._one("at", "at sign"), "dot", "underscore"
        text = f"{local} {at} {domain}".replace(".", f" {dot} ").replace("_", f" {under} ")
        return " ".join(text.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 7, self.rng.choice("1234561234"))
        return self._one(
            f"06 {chunk(rest, 4)}", f"06-{chunk(rest, 4)}", f"06 – {chunk(rest, 2)}", f"+31(0)6-{rest}",
            f"+31 6-{chunk(rest, 4)}", f"+316 {chunk(rest, 4)}", f"06/{rest}", f"06 {chunk(rest, 3, 3, 2)}",
            f"06{rest}", f"0031 6 {chunk(rest, 2)}",
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self.rng.choice(_AREAS)
        rest = digits(self.rng, 9 - len(area), self.rng.choice("2345678"))
        sizes = (3, 2, 2) if len(rest) == 7 else (2, 2, 2)
        return self._one(
            f"{area}-{rest}", f"{area} - {chunk(rest, *sizes)}", f"({area}) {chunk(rest, *sizes)}",
            f"+31 (0){area[1:]} {chunk(rest, *sizes)}", f"{area} {rest}", f"{area} – {chunk(rest, *sizes)}",
        )  # fmt: skip

    def phone_be(self, lang: str) -> str:
        mobile = self._one("470", "472", "475", "476", "477", "478", "479", "484", "486", "488", "494", "497")
        rest = digits(self.rng, 6)
        zone = self._one("03", "09", "016", "050", "011")
        line = digits(self.rng, 8 - len(zone), self.rng.choice("2345"))
        sizes = (3, 2, 2) if len(line) == 7 else (2, 2, 2)
        return self._one(
            f"0{mobile} {chunk(rest, 2)}", f"0{mobile}/{chunk(rest, 2, sep='.')}", f"+32 {mobile} {chunk(rest, 2)}",
            f"+32 (0){mobile} {chunk(rest, 2)}", f"{zone}/{chunk(line, *sizes, sep='.')}",
            f"{zone} {chunk(line, *sizes)}",
        )  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        rng = self.rng
        return self._one(
            f"+27 82 {digits(rng, 3)} {digits(rng, 4)}", f"+972 52-{digits(rng, 3)}-{digits(rng, 4)}",
            f"+961 3 {digits(rng, 3)} {digits(rng, 3)}", f"+20 10 {digits(rng, 4)} {digits(rng, 4)}",
            f"+254 7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}", f"+977 98{digits(rng, 8)}",
            f"+94 77 {digits(rng, 3)} {digits(rng, 4)}", f"+60 12-{digits(rng, 3)} {digits(rng, 4)}",
            f"+52 55 {digits(rng, 4)} {digits(rng, 4)}", f"+57 310 {digits(rng, 7)}",
            f"+58 414-{digits(rng, 7)}", f"+370 6{digits(rng, 2)} {digits(rng, 5)}",
            f"+371 2{digits(rng, 3)} {digits(rng, 4)}", f"+420 602 {digits(rng, 3)} {digits(rng, 3)}",
            f"+421 905 {digits(rng, 3)} {digits(rng, 3)}", f"+385 91 {digits(rng, 3)} {digits(rng, 4)}",
            f"+381 64 {digits(rng, 7)}", f"0044 7{digits(rng, 3)} {digits(rng, 6)}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        mobile = "06" + digits(self.rng, 7, self.rng.choice("12345"))
        number = self._one(mobile, mobile, self.rng.choice(("070", "071", "053")) + digits(self.rng, 6, "3"))
        return say_digits(number, lang, self.rng)

    def _postcode_parts(self) -> tuple[str, str]:
        while True:
            letters = "".join(self.rng.choice(_POSTCODE_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters}", f"{number} {letters.lower()}",
            f"{number}{letters.lower()}", f"{number}-{letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        if lang == "en":
            return f"{pair_en(number[:2])} {pair_en(number[2:])} {letters[0]} {letters[1]}"
        said = self._one(f"{pair_nl(number[:2])} {pair_nl(number[2:])}", number)
        tail = self._one(f"{letters[0]} {letters[1]}", f"{SPELLING_NL[letters[0]]} {SPELLING_NL[letters[1]]}")
        return f"{said} {tail}"

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        suffix = self._one("", "", "", "a", "A", "-B", " 2e", "-1", " bis", " zw", "-III", " hs")
        return f"{self.pick('street')} {number}{suffix}"

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_unit(self, lang: str) -> str:
        street, number, unit = self.pick("street"), self.rng.randint(2, 180), self.rng.randint(1, 64)
        return self._one(
            f"{street} {number}-{unit}",
            f"{street} {number}, app. {unit}",
            f"{street} {number}-{self._one('A', 'B', 'C')}{unit:02d}",
        )

    def address_be(self, lang: str) -> str:
        street, number = self.pick("street_be"), self.rng.randint(1, 220)
        return self._one(
            f"{street} {number}", f"{street} {number} bus {self.rng.randint(1, 12)}", f"{street} {number}A"
        )

    def address_abroad(self, lang: str) -> str:
        return self.pick("abroad")
