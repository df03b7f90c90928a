"""Names, e-mail addresses and phone numbers of the held-out test_v4 split, in its own formats: names of
many origins and orders, typed and spoken mail addresses, Dutch, Belgian and British phone numbers.

Part of `privacy_fillers_v4` (which holds the pools), kept apart so each file stays short.
"""

from __future__ import annotations

from benchmarks.privacy_fillers import Fillers, _group
from benchmarks.privacy_fillers_v4_formats import (
    NL_DIGITS,
    ascii_fold,
    digits,
    en_digits_with_doubles,
    nl_number,
)


class ContactFillersV4(Fillers):
    """Names, e-mail addresses and phone numbers of test_v4; `FillersV4` adds the numbers and places."""

    # ---- names
    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_full(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.2:  # a middle initial, as English forms write it
            return f"{self.pick('first')} {self.rng.choice('ABCDEJKLMRST')}. {self.pick('surname')}"
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_surname(self, lang: str) -> str:
        """Alone, a Dutch prefix takes a capital ('meneer Van der Zwaan'); many people write it small."""
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:] if surname[0] != "'" and self.rng.random() < 0.6 else surname

    def _initials(self) -> str:
        return self.rng.choice(["W.", "C.J.", "T.H.", "Ch.", "A.F.", "D.", "M.E.F.", "Jac.", "G.J.W.", "B.", "S.K."])

    def name_initials(self, lang: str) -> str:
        return f"{self._initials()} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return (self.name_full(lang) if self.rng.random() < 0.5 else self.pick("first")).lower()

    def name_double(self, lang: str) -> str:
        """A married double name: 'Terpstra-van Schaik', 'Anjali Mangal-Biharie'."""
        double = f"{self.pick('surname')}-{self.pick('surname')}"
        return self.rng.choice([double, f"{self.pick('first')} {double}", f"{self._initials()} {double}"])

    def name_reversed(self, lang: str) -> str:
        """Surname first, as address books and CRM exports list people: 'Zwaan, W. van der', 'Owusu, Kofi'."""
        surname, first = self.pick("surname"), self.pick("first")
        prefix, _, core = surname.rpartition(" ")
        if prefix and prefix[0].islower():
            return f"{core}, {self.rng.choice([first, first[0] + '.'])} {prefix}"
        return f"{surname}, {first}"

    def name_caps(self, lang: str) -> str:
        """Form fields filled in capitals: 'VAN DER ZWAAN', 'KOFI OWUSU'."""
        return self.rng.choice([self.pick("surname"), self.name_full(lang)]).upper()

    # ---- e-mail
    def _mailbox(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        plain_first, plain_surname = ascii_fold(first), ascii_fold(surname)
        dotted = ".".join(ascii_fold(part) for part in surname.split())
        return self.rng.choice(
            [
                f"{plain_first}.{plain_surname}",
                f"{plain_first}.{dotted}",
                f"{plain_first[0]}{plain_surname}",
                f"{plain_surname}.{plain_first[0]}",
                f"{plain_first}{self.rng.randint(1961, 2007)}",
                f"{plain_first}+{self.rng.choice(['retour', 'energie', 'zakelijk', 'orders'])}",
                f"{plain_first}_{plain_surname}{self.rng.randint(1, 99)}",
            ]
        )

    def email(self, lang: str) -> str:
        roll = self.rng.random()
        domain = self.pick("work_domain") if roll < 0.15 else self.pick("domain_be" if roll < 0.3 else "domain")
        address = f"{self._mailbox(lang)}@{domain}"
        return address.upper() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        """Speech-to-text: 'wessel punt zijlstra apenstaartje quicknet punt n l', 'gareth at sky dot com'."""
        first, surname = ascii_fold(self.pick("first")), ascii_fold(self.pick("surname"))
        name, tld = self.pick("domain").split(".", 1)
        if lang == "nl":
            dot, at = "punt", self.rng.choice(["apenstaartje", "apestaartje", "at", "at-teken"])
            local = self.rng.choice([f"{first} punt {surname}", f"{first} {surname}", f"{first[0]} punt {surname}"])
            local = self.rng.choice([local, f"{first} streepje {surname}"])
        else:
            dot, at = "dot", "at"
            local = self.rng.choice([f"{first} dot {surname}", f"{first} {surname}", f"{first} hyphen {surname}"])
        tld = tld.replace(".", f" {dot} ")
        if tld in ("nl", "de") and self.rng.random() < 0.5:
            tld = " ".join(tld)
        return f"{local} {at} {name} {dot} {tld}"

    def email_masked(self, lang: str) -> str:
        """Typed so that bots miss it: 'wessel.zijlstra AT quicknet DOT nl', 'kofi(a)telenet.be'."""
        box, domain = self._mailbox(lang).split("+")[0], self.pick(self.rng.choice(["domain", "domain_be"]))
        name, tld = domain.split(".", 1)
        return self.rng.choice(
            [
                f"{box} AT {name} DOT {tld}",
                f"{box}(a){domain}",
                f"{box} @ {name} . {tld}",
                f"{box} apenstaartje {domain}" if lang == "nl" else f"{box} at {domain}",
            ]
        )

    # ---- phone
    def _mobile_tail(self) -> str:
        """The eight digits after 06: Dutch mobile numbers go on with 1 to 5."""
        return self.rng.choice("12345") + digits(self.rng, 7)

    def _subscriber(self, count: int) -> str:
        """A subscriber number after an area code never starts with 0 or 1."""
        return self.rng.choice("23456789") + digits(self.rng, count - 1)

    def phone(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.35:
            return self.phone_uk()
        if self.rng.random() < 0.15:
            return self.phone_be(lang)
        tail = self._mobile_tail()
        area = self.rng.choice(["0513", "0348", "0345", "0570", "0162", "0118"])
        land = area + self._subscriber(6)
        return self.rng.choice(
            [
                f"(+31) 6 {_group(tail, [4, 4])}",
                f"0031 (0)6-{tail}",
                f"+31-6-{tail}",
                f"+31 6-{_group(tail, [3, 3, 2])}",
                f"06/{_group(tail, [2, 2, 2, 2])}",
                f"06-{_group(tail, [3, 3, 2])}",
                f"{area} - {land[4:]}",
                f"{area}-{land[4:]}",
                f"({area}) {_group(land[4:], [2, 2, 2])}",
                f"+31 (0){area[1:]} {_group(land[4:], [2, 2, 2])}",
                f"06{tail}",
            ]
        )

    def phone_be(self, lang: str) -> str:
        mobile = f"04{self.rng.choice(['70', '75', '77', '86', '94', '96'])}"
        rest = self._subscriber(6)
        return self.rng.choice(
            [
                f"{mobile} {_group(rest, [2, 2, 2])}",
                f"+32 (0){mobile[1:]} {_group(rest, [2, 2, 2])}",
                f"0032 {mobile[1:]}/{_group(rest, [2, 2, 2], '.')}",
                f"{mobile}/{_group(rest, [2, 2, 2], '.')}",
                f"09 {rest[:3]} {rest[3:5]} {self.rng.randint(10, 99)}",
                f"03/{rest[:3]}.{rest[3:5]}.{self.rng.randint(10, 99)}",
            ]
        )

    def phone_uk(self) -> str:
        rest = self._subscriber(6)
        return self.rng.choice(
            [
                f"07{self.rng.randint(400, 999)} {rest[:3]} {rest[3:]}",
                f"+44 7{self.rng.randint(400, 999)} {rest}",
                f"0114 2{rest[1:3]} {rest[3:]}{self.rng.randint(0, 9)}",
                f"0141-{rest[:3]} {rest[3:]}{self.rng.randint(0, 9)}",
                f"020-{self.rng.choice('378')}{rest[1:4]}-{rest[4:]}{digits(self.rng, 2)}",
            ]
        )

    def phone_spoken(self, lang: str) -> str:
        tail = self._mobile_tail()
        if lang == "en":
            number = f"07{self.rng.randint(400, 999)}{digits(self.rng, 6)}"
            return self.rng.choice([en_digits_with_doubles(number), " ".join(number)])
        roll = self.rng.random()
        if roll < 0.35:  # digit by digit, as numerals
            return " ".join("06" + tail)
        if roll < 0.65:  # a Belgian mobile read in pairs after the prefix: 'nul vier vijfenzeventig, twaalf, ...'
            pairs = [
                nl_number(int(p)) if p[0] != "0" else f"nul {nl_number(int(p))}"
                for p in _group(tail[2:], [2] * 3).split()
            ]
            return f"nul vier {nl_number(self.rng.choice([70, 75, 77, 78, 86, 94, 96, 97]))}, " + ", ".join(pairs)
        return " ".join(NL_DIGITS[int(c)] for c in "06" + tail)
