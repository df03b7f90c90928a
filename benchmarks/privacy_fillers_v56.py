"""Fillers of the held-out split test_v56 (seed 277): customers of telecom installers, home care, GGZ intake,
driving schools, car workshops, bicycle and furniture shops, second-hand marketplaces, ticketing and sports
federations, from the Netherlands, Flanders and many other backgrounds."""

from __future__ import annotations

import benchmarks.privacy_fillers_v56_pools  # noqa: F401  (registers POOLS["test_v56"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v56_numbers import (
    MONTHS,
    belgian_bban,
    bsn_of,
    cut,
    draw,
    iban_of,
    luhn_of,
    spell,
)

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_PC_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
# Dutch side codes 4 to 11 and 13/14: L a letter, D a digit.
_SIDES = ("LL-DD-LL", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "D-LL-DDD",
          "DDD-LL-D", "L-DD-LLL")  # fmt: skip
_TO_ASCII = str.maketrans("éöüşıçğńąęóśłźżáíúãõñ", "eousicgnaeoslzzaiuaon", "'")


def _ascii(text: str) -> str:
    return text.lower().translate(_TO_ASCII)


class FillersV56(Fillers):
    """One method per upper-case slot of the test_v56 templates."""

    def one(self, *options: str) -> str:
        return self.rng.choice(options)

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        count = self.one("1", "1", "2", "3")
        letters = ".".join(self.rng.sample("ABCDEFGHJKLMNPRSTW", int(count))) + "."
        return f"{letters} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_reversed(self, lang: str) -> str:
        """Surname first, as in exports: 'Trabelsi, Amira'."""
        return f"{self.name_surname(lang)}, {self.pick('first')}"

    # ---- e-mail
    def _box(self) -> tuple[str, str]:
        first = _ascii(self.pick("first")).replace("-", "")
        last = _ascii(self.pick("surname")).replace(" ", "")
        box = self.one(
            f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}", f"{first}{self.rng.randint(70, 99)}",
            f"{first}_{last}", f"{first}.{last}{self.rng.randint(1, 9)}", f"{last}-{first[0]}",
        )  # fmt: skip
        return box, self.pick("domain")

    def email(self, lang: str) -> str:
        box, domain = self._box()
        return f"{box}@{domain}"

    def email_upper(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_spoken(self, lang: str) -> str:
        box, domain = self._box()
        at, dot = (self.one("apenstaart", "at", "apestaartje"), "punt") if lang == "nl" else ("at", "dot")
        under, dash = ("underscore", "streepje") if lang == "nl" else ("underscore", "dash")
        said = f"{box} {at} {domain}".replace(".", f" {dot} ").replace("_", f" {under} ").replace("-", f" {dash} ")
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        tail = draw(self.rng, 8)
        if self.rng.random() < 0.35:
            area = self.one("0229", "075", "0488", "043", "076", "0517", "0345", "013", "046", "0228")
            rest = draw(self.rng, 10 - len(area), lead=True)
            return self.one(f"{area}-{rest}", f"{area} {cut(rest, (3, 2, 2) if len(rest) == 7 else (2, 2, 2))}",
                            f"+31 ({area[1:]}) {rest}", f"{area}/{rest}")  # fmt: skip
        return self.one(
            f"06{tail}", f"06-{tail}", f"06 {cut(tail, (4, 4))}", f"+31 6 {cut(tail, (2, 2, 2, 2))}",
            f"+31(0)6-{tail}", f"0031-6-{tail}", f"06/{cut(tail, (2, 3, 3))}", f"+316 {cut(tail, (3, 3, 2))}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        number = "06" + draw(self.rng, 8)
        if self.rng.random() < 0.3:
            return f"{spell(number[:2], lang)} {cut(number[2:], (2, 2, 2, 2))}"
        return spell(number, lang)

    def phone_be(self, lang: str) -> str:
        body = self.one("470", "472", "475", "486", "496") + draw(self.rng, 6)
        fixed = self.one("11", "50", "56", "89") + draw(self.rng, 6, lead=True)
        return self.one(
            f"0{body[:3]}/{cut(body[3:], (2, 2, 2), '.')}", f"+32 {body[:3]} {cut(body[3:], (2, 2, 2))}",
            f"0{fixed[:2]} {cut(fixed[2:], (2, 2, 2))}", f"0032{body}",
        )  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        return self.one(
            f"+61 4{draw(self.rng, 2)} {draw(self.rng, 3)} {draw(self.rng, 3)}",
            f"+1 ({draw(self.rng, 3, True)}) {draw(self.rng, 3, True)}-{draw(self.rng, 4)}",
            f"+90 5{draw(self.rng, 2)} {draw(self.rng, 3)} {draw(self.rng, 2)} {draw(self.rng, 2)}",
            f"+48 {cut('5' + draw(self.rng, 8), (3, 3, 3))}", f"+380 {cut('67' + draw(self.rng, 7), (2, 3, 2, 2))}",
            f"+212 6{draw(self.rng, 2)}-{draw(self.rng, 6)}", f"+351 9{draw(self.rng, 8)}",
        )  # fmt: skip

    # ---- bank and card
    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            value = iban_of("BE", belgian_bban(self.rng))
        elif roll < 0.22:
            country = self.one("DE", "ES", "PT")
            value = iban_of(country, draw(self.rng, {"DE": 18, "ES": 20, "PT": 21}[country]))
        else:
            value = iban_of("NL", self.pick("bank") + draw(self.rng, 10))
        spaced = cut(value, (4,) * 8)
        return self.one(value, spaced, spaced, spaced.lower(), value.lower(), cut(value, (4,) * 8, "-"))

    def card(self, lang: str) -> str:
        kind = self.one("visa", "visa", "mc", "mc2", "amex")
        if kind == "amex":
            number = luhn_of(self.one("34", "37") + draw(self.rng, 12))
            return self.one(number, cut(number, (4, 6, 5)), cut(number, (4, 6, 5), "-"))
        prefix = {"visa": "4", "mc": self.one("51", "53", "55"), "mc2": self.one("2221", "2345", "2699")}[kind]
        number = luhn_of(prefix + draw(self.rng, 15 - len(prefix)))
        return self.one(number, cut(number, (4, 4, 4, 4)), cut(number, (4, 4, 4, 4), "-"), cut(number, (4,) * 4, "."))

    # ---- identity and address
    def bsn(self, lang: str) -> str:
        value = bsn_of(self.rng)
        return self.one(value, value, cut(value, (4, 2, 3), "."), cut(value, (3, 3, 3)), cut(value, (2, 3, 4), "-"))

    def bsn_spoken(self, lang: str) -> str:
        value = bsn_of(self.rng)
        return self.one(spell(value, lang), cut(value, (3, 3, 3)))

    def _postcode(self) -> tuple[str, str]:
        while True:
            letters = "".join(self.rng.choice(_PC_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        digits, letters = self._postcode()
        return self.one(
            f"{digits} {letters}", f"{digits}{letters}", f"{digits}{letters.lower()}", f"{digits}-{letters}",
            f"{digits}  {letters}", f"{digits} {letters.lower()}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        digits, letters = self._postcode()
        return f"{spell(digits, lang)} {' '.join(letters.lower())}"

    def address(self, lang: str) -> str:
        suffix = self.one("", "", "", "A", "-B", " zwart", " 2hg", "-14", " bis", "c")
        return f"{self.pick('street')} {self.rng.randint(1, 260)}{suffix}"

    def address_lower(self, lang: str) -> str:
        return self.address(lang).lower()

    def address_be(self, lang: str) -> str:
        box = self.one("", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(101, 304)}")
        return f"{self.pick('street_be')} {self.rng.randint(1, 400)}{box}"

    def address_en(self, lang: str) -> str:
        return f"{self.one('', 'Unit 3/', 'Apt 12, ')}{self.rng.randint(2, 980)} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1934, 2009), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(self, lang: str) -> str:
        year, month, day = self._birth()
        name = MONTHS["nl"][month - 1]
        return self.one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}", f"{day}/{month}/{str(year)[2:]}", f"{day} {name[:3]}. {year}",
        )  # fmt: skip

    def dob_en(self, lang: str) -> str:
        year, month, day = self._birth()
        name = MONTHS["en"][month - 1]
        return self.one(
            f"{name} {day}, {year}", f"{day} {name} {year}", f"{month:02d}/{day:02d}/{year}", f"{day}/{month}/{year}",
        )  # fmt: skip

    def dob_spoken(self, lang: str) -> str:
        year, month, day = self._birth()
        return f"{day} {MONTHS[lang][month - 1].lower()} {self.one(str(year), str(year)[2:])}"

    # ---- number plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDES)
        value = "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else str(self.rng.randrange(10)) if c == "D" else c
            for c in code
        )
        return self.one(value, value, value.lower(), value.replace("-", ""), value.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        value = f"{self.one('1', '2')}-{letters}-{draw(self.rng, 3)}"
        return self.one(value, value.replace("-", ""), value.lower())

    # ---- customer, client, candidate and member numbers
    def customer_number(self, lang: str) -> str:
        return self.one(draw(self.rng, 8, True), f"KL{draw(self.rng, 7)}", cut(draw(self.rng, 9, True), (3, 3, 3), "."))

    def customer_number_telecom(self, lang: str) -> str:
        return self.one(
            f"1.{draw(self.rng, 8)}", f"GV-{draw(self.rng, 6)}-{draw(self.rng, 2)}", draw(self.rng, 10, True),
            f"ACC{draw(self.rng, 7)}",
        )  # fmt: skip

    def customer_number_care(self, lang: str) -> str:
        return self.one(
            f"CL{draw(self.rng, 6)}", f"{draw(self.rng, 6, True)}/{draw(self.rng, 2)}", f"TZ-{draw(self.rng, 5)}"
        )

    def customer_number_ggz(self, lang: str) -> str:
        return self.one(
            f"DOS-{draw(self.rng, 7)}", f"P{draw(self.rng, 8)}", f"{draw(self.rng, 4, True)}-{draw(self.rng, 4)}"
        )

    def customer_number_cbr(self, lang: str) -> str:
        return self.one(draw(self.rng, 10, True), f"K{draw(self.rng, 9)}", cut(draw(self.rng, 10, True), (4, 3, 3)))

    def customer_number_dealer(self, lang: str) -> str:
        return self.one(f"DLR{draw(self.rng, 6)}", f"{draw(self.rng, 5, True)}-K", f"WP {draw(self.rng, 6)}")

    def customer_number_member(self, lang: str) -> str:
        letters = "".join(self.rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4))
        return self.one(f"{letters}{draw(self.rng, 2)}{self.rng.choice('ABCDEFGHJK')}", f"LID-{draw(self.rng, 6)}")

    def customer_number_market(self, lang: str) -> str:
        return self.one(draw(self.rng, 9, True), f"u{draw(self.rng, 8)}")

    def customer_number_spoken(self, lang: str) -> str:
        return spell(draw(self.rng, 8, True), lang)
