"""Fillers of the held-out split test_v41 (seed 193): customers of telecom and internet providers, webshops and
parcel carriers, banks and card issuers, public transport, travel agencies and airlines, car insurers and roadside
assistance; Dutch, Flemish, Frisian, Turkish, Moroccan, Surinamese, Polish, Ukrainian, British, Irish and Indian."""

from __future__ import annotations

import benchmarks.privacy_fillers_v41_pools  # noqa: F401  (registers POOLS["test_v41"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v41_codes import DatesAndCodesV41
from benchmarks.privacy_fillers_v41_numbers import (
    belgian_bban,
    cut,
    elfproef_number,
    iban_for,
    luhn_complete,
    pair_word,
    say_digits,
)

_ASCII = str.maketrans("şğıüöçłńśąęóźżćéëèïšáíúóñ", "sgiuoclnsaeozzceeeisaiuon")


class FillersV41(DatesAndCodesV41, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        count = self.rng.choice((1, 2, 2, 3))
        initials = "".join(f"{c}." for c in self.rng.sample("ABCDEFGHIJKLMNOPRSTW", count))
        return f"{initials} {self.pick('surname')}" if self.rng.random() < 0.8 else f"{initials}{self.pick('surname')}"

    def name_agent(self, lang: str) -> str:
        agent = self.pick("agent")
        return agent if self.rng.random() < 0.7 else f"{agent} {self._letters(1)}."

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_display(self, lang: str) -> str:
        """Mail-client display order: 'Verbeek, Merel' or 'Rijn, Gijs van'."""
        first, surname = self.pick("first"), self.pick("surname")
        for particle in ("van der ", "van ", "de "):
            if surname.startswith(particle):
                return f"{surname[len(particle) :]}, {first} {particle.strip()}"
        return f"{surname}, {first}"

    def name_passenger(self, lang: str) -> str:
        """Airline passenger list: 'VANLEEUWEN/MEREL' (title stays outside the span)."""
        surname = self.pick("surname").upper().replace(" ", "").replace("'", "").replace("-", "")
        first = self.pick("first").upper().replace("-", "")
        return f"{surname}/{first}"

    def name_spelled(self, lang: str) -> str:
        surname = self.pick("surname").replace(" ", "").replace("'", "").replace("-", "").upper()
        return self._one("-".join(surname), " ".join(surname), ", ".join(surname))

    # ---- e-mail
    def _box(self) -> tuple[str, str]:
        first = self.pick("first").lower().translate(_ASCII).replace("-", "")
        last = self.pick("surname").lower().translate(_ASCII).replace(" ", "").replace("'", "").replace("-", "")
        year = self.rng.randint(1955, 2007)
        box = self._one(
            f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}{year % 100:02d}", f"{last}.{first[0]}",
            f"{first}.{last}{self.rng.randint(1, 9)}", f"{first}{year}", f"{last}-{first}", f"{first}+{last}",
            f"{first[:3]}{last[:4]}", f"{first}_{year % 100:02d}",
        )  # fmt: skip
        return box, self.pick("domain")

    def email(self, lang: str) -> str:
        box, domain = self._box()
        return f"{box}@{domain}"

    def email_caps(self, lang: str) -> str:
        box, domain = self._box()
        return self._one(f"{box.capitalize()}@{domain}", f"{box}@{domain}".upper())

    def email_spoken(self, lang: str) -> str:
        box, domain = self._box()
        if lang == "nl":
            words = {".": " punt ", "@": self._one(" apenstaart ", " at ", " apenstaartje "), "-": " min ",
                     "_": " underscore ", "+": " plus "}  # fmt: skip
        else:
            words = {".": " dot ", "@": " at ", "-": " hyphen ", "_": " underscore ", "+": " plus "}
        said = "".join(words.get(c, c) for c in f"{box}@{domain}")
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        return self._one(self.phone_mobile(lang), self.phone_mobile(lang), self.phone_landline(lang))

    def phone_mobile(self, lang: str) -> str:
        tail = self._digits(8)
        return self._one(
            f"06/{cut(tail, (2, 2, 2, 2))}", f"06{tail[:2]}-{tail[2:]}", f"+31(0)6{tail}", f"06 {cut(tail, (3, 3, 2))}",
            f"06 {tail}", f"+31 6 {cut(tail, (3, 3, 2))}", f"+31-6-{tail}", f"06{tail}", f"06 {cut(tail, (4, 4))}",
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self._one("0513", "0515", "0543", "0252", "0299", "0348", "0418", "0475", "076", "024", "043", "053")
        rest = self._digits(10 - len(area), lead=True)
        return self._one(f"{area}-{rest}", f"{area} {cut(rest, (2, 2, 2) if len(rest) == 6 else (3, 4))}",
                         f"+31 {area[1:]} {rest}", f"{area}/{rest}")  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        """Foreign mobiles of customers abroad or with family abroad."""
        d, be = self._digits(9), self._one("6", "7", "8", "9")
        return self._one(
            f"+32 4{be}{d[0]} {cut(d[2:8], (2, 2, 2))}", f"04{be}{d[0]} {cut(d[2:8], (2, 2, 2))}",
            f"+48 {cut('5' + d[:8], (3, 3, 3))}", f"+380 {cut('67' + d[:7], (2, 3, 2, 2))}",
            f"+44 (0) 7{d[:3]} {d[3:9]}", f"+353 8{d[0]} {cut(d[1:8], (3, 4))}", f"+91 9{d[:4]} {d[4:9]}",
            f"+90 53{d[0]} {cut(d[1:8], (3, 2, 2))}", f"+212 6 {cut(d[:8], (2, 2, 2, 2))}", f"+597 8{d[:6]}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        number = "06" + self._digits(8)
        if lang == "nl" and self.rng.random() < 0.5:  # 'nul zes, achtendertig, twaalf, ...'
            return "nul zes, " + ", ".join(pair_word(number[i : i + 2], "nl") for i in range(2, 10, 2))
        if lang == "en":
            number = "07" + self._digits(9)
        return say_digits(number, lang, self.rng, pairs=0.15, commas=self.rng.random() < 0.3)

    # ---- bank accounts and cards
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + self._digits(10))

    def _show_iban(self, value: str) -> str:
        spaced = cut(value, (4,) * 8)
        return self._one(value, spaced, spaced, value.lower(), cut(value, (4,) * 8, "-"), spaced.lower(),
                         cut(value, (2, 2, 4, 10)), cut(value, (4,) * 8, "."))  # fmt: skip

    def iban(self, lang: str) -> str:
        return self._show_iban(self._nl_iban())

    def iban_be(self, lang: str) -> str:
        return self._show_iban(iban_for("BE", belgian_bban(self.rng)))

    def iban_foreign(self, lang: str) -> str:
        value = self._one(
            iban_for("PL", self._digits(24, lead=True)),
            iban_for("UA", "305299" + self._digits(19)),
            iban_for("IE", self.pick("bank_ie") + self._digits(14)),
            iban_for("GB", self.pick("bank_gb") + self._digits(14)),
            iban_for("TR", self._digits(5) + "0" + self._digits(16)),
            iban_for("BE", belgian_bban(self.rng)),
        )
        return self._show_iban(value)

    def iban_spoken(self, lang: str) -> str:
        value = self._nl_iban()
        said = say_digits(value[2:4], lang, self.rng, pairs=0.5)
        rest = say_digits(value[8:], lang, self.rng, pairs=0.3)
        return f"{' '.join(value[:2])} {said} {' '.join(value[4:8])} {rest}"

    def card(self, lang: str) -> str:
        kind = self._one("visa", "visa", "mc", "mc2", "amex", "maestro")
        if kind == "amex":
            number = luhn_complete(self._one("34", "37") + self._digits(12))
            return self._one(number, cut(number, (4, 6, 5)), cut(number, (4, 6, 5), "-"))
        prefix = {"visa": "4", "mc": self._one("51", "53", "55"), "mc2": "2" + self._one("221", "500", "720"),
                  "maestro": self._one("6759", "5018")}[kind]  # fmt: skip
        length = 19 if kind == "maestro" and self.rng.random() < 0.5 else 16
        number = luhn_complete(prefix + self._digits(length - 1 - len(prefix)))
        return self._one(number, cut(number, (4, 4, 4, 4)), cut(number, (4, 4, 4, 4), "-"), cut(number, (4, 4, 4, 4)),
                         cut(number, (4, 4, 4, 4), "."))  # fmt: skip

    def card_spoken(self, lang: str) -> str:
        prefix = self._one("4", "4", "52", "54")
        number = luhn_complete(prefix + self._digits(15 - len(prefix)))
        groups = [say_digits(number[i : i + 4], lang, self.rng, pairs=0.25) for i in range(0, 16, 4)]
        return self._one(", ".join(groups), " ".join(groups), " - ".join(groups))

    # ---- citizen service number
    def bsn(self, lang: str) -> str:
        value = elfproef_number(self.rng)
        return self._one(value, value, cut(value, (3, 3, 3)), cut(value, (4, 2, 3), "."), cut(value, (3, 3, 3), "."),
                         cut(value, (3, 3, 3), "-"))  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(elfproef_number(self.rng), lang, self.rng, pairs=0.2, commas=self.rng.random() < 0.25)

    # ---- postcode and address
    def postcode(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9994)), self._letters(2, "ABCDEGHJKLMNPRSTVWXZ")
        return self._one(f"{number} {letters}", f"{number}{letters}", f"{number}{letters.lower()}",
                         f"{number} {letters}", f"{number}  {letters}", f"{number}-{letters}")  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9994)), self._letters(2, "ABCDEGHJKLMNPRSTVWXZ")
        head = self._one(f"{pair_word(number[:2], lang)} {pair_word(number[2:], lang)}",
                         say_digits(number, lang, self.rng))  # fmt: skip
        return f"{head} {letters[0]} {letters[1]}"

    def _house(self) -> str:
        number = self.rng.randint(1, 412)
        return f"{number}{self._one('', '', '', '', 'A', '-B', ' bis', '-II', ' hs', '-3hg', ' zw', '/2')}"

    def address(self, lang: str) -> str:
        street = self.pick("street")
        if self.rng.random() < 0.2 and street.endswith("straat"):
            street = street[: -len("aat")] + "."
        return f"{street} {self._house()}"

    def address_caps(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        box = self._one(
            "", "", f" bus {self.rng.randint(1, 24)}", f"/{self.rng.randint(1, 9)}", f" bus 0{self.rng.randint(1, 9)}"
        )
        return f"{self.pick('street_be')} {number}{box}"

    def address_uk(self, lang: str) -> str:
        flat = self._one("", "", f"Flat {self.rng.randint(1, 30)}, ", f"Apt {self.rng.randint(1, 12)}, ")
        return f"{flat}{self.rng.randint(1, 240)} {self.pick('street_uk')}"
