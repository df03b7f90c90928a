"""Fillers of the held-out split test_v44 (seed 211): customers of banks and payment apps, the tax office and
benefits, pension funds, housing associations, childcare, driving schools, garages and bike and phone repair,
from Twente, Zeeuws-Vlaanderen and Flanders and of Javanese, Cape Verdean, Bulgarian, Greek, Iranian, Kurdish,
Japanese, Filipino, Ghanaian and Australian background. Names, mail addresses and codes are person-consistent."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v44_pools  # noqa: F401  (registers POOLS["test_v44"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v44_ids import IdsV44
from benchmarks.privacy_fillers_v44_numbers import blocks, digits, read_digits, read_pairs_nl, word_en


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _capital(surname: str) -> str:
    return surname[:1].upper() + surname[1:]


class FillersV44(IdsV44, Fillers):
    """Names, mail addresses and phone numbers; IBAN, BSN, postcode, address, card, date of birth, plate and
    customer numbers come from `IdsV44`."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _person(self) -> tuple[str, str]:
        background = self.pick("backgrounds")
        return self.pick(f"first_{background}"), self.pick(f"surname_{background}")

    def _initials(self, first: str) -> str:
        extra = self.rng.sample("ABCDGHJMPRTW", self.rng.choice((0, 0, 1, 2)))
        return "".join(f"{letter}." for letter in [first[0], *extra])

    # ---- names
    def name_full(self, lang: str) -> str:
        return "{} {}".format(*self._person())

    def name_first(self, lang: str) -> str:
        return self._person()[0]

    def name_surname(self, lang: str) -> str:
        return _capital(self._person()[1])

    def name_initials(self, lang: str) -> str:
        first, surname = self._person()
        return f"{self._initials(first)} {surname}"

    def name_reversed(self, lang: str) -> str:
        first, surname = self._person()
        words = surname.split()
        particle = " ".join(w for w in words[:-1] if w.islower())
        core = " ".join(w for w in words if not (w.islower() and w != words[-1]))
        return self._one(
            f"{_capital(surname)}, {first}",
            f"{surname.upper()} {first}",
            f"{core}, {self._initials(first)}{' ' + particle if particle else ''}",
            f"{surname.upper()}, {first.upper()}",
        )

    def name_lower(self, lang: str) -> str:
        first, surname = self._person()
        return self._one(f"{first} {surname}".lower(), first.lower(), _ascii(f"{first} {surname}").lower())

    def name_upper(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.name_initials(lang)).upper()

    def name_reviewer(self, lang: str) -> str:
        first, surname = self._person()
        return self._one(f"{first} {_capital(surname)[0]}.", f"{first} {surname}", f"{first[0]}. {_capital(surname)}")

    def name_agent(self, lang: str) -> str:
        return self.pick("agent")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_married(self, lang: str) -> str:
        """Married name as Dutch registers write it: the partner's surname, a hyphen, then one's own."""
        first, own = self._person()
        partner = self.pick(self._one("surname_tw", "surname_zvl", "surname_vl", "surname_gh", "surname_jav"))
        return self._one(f"{self._initials(first)} {_capital(partner)}-{own}", f"{first} {_capital(partner)}-{own}")

    # ---- e-mail
    def _mailbox(self) -> str:
        first, surname = self._person()
        first = _ascii(first).lower().replace(" ", "").replace("-", "")
        last = _ascii(surname).lower().replace("'", "").replace(" ", "")
        year = self.rng.randint(58, 99)
        local = self._one(
            f"{first}.{last}",
            f"{first[0]}{last}{year}",
            f"{last}.{first}",
            f"{first}_{last}",
            f"{first}{year}",
            f"{first}.{last[:1]}",
            f"{last}-{first[0]}",
            f"fam.{last}",
        )
        return f"{local}@{self.pick('domain')}"

    def email(self, lang: str) -> str:
        return self._mailbox()

    def email_upper(self, lang: str) -> str:
        return self._mailbox().upper()

    def email_obfuscated(self, lang: str) -> str:
        local, domain = self._mailbox().split("@")
        head, _, tail = domain.rpartition(".")
        return self._one(
            f"{local} [at] {head} [dot] {tail}",
            f"{local}(at){domain}",
            f"{local} AT {head} DOT {tail}",
            f"{local} @ {domain}",
        )

    def email_spoken(self, lang: str) -> str:
        local, domain = self._mailbox().split("@")
        if lang == "nl":
            names = {".": " punt ", "_": " laag streepje ", "-": " streepje "}
            at = self._one(" apenstaartje ", " at ", " a-teken ")
        else:
            names = {".": " dot ", "_": " underscore ", "-": " dash "}
            at = self._one(" at ", " at sign ")
        said = "".join(names.get(char, char) for char in local) + at + "".join(names.get(c, c) for c in domain)
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        return self._one(
            f"06-{blocks(rest, (4,))}",
            f"06 {rest}",
            f"+31 6 {blocks(rest, (4,))}",
            f"+31(0)6-{rest}",
            f"00316{rest}",
            f"06 {blocks(rest, (3, 3, 2))}",
            f"(06) {blocks(rest, (2,))}",
            f"06{rest}",
            f"+316 {blocks(rest, (2,))}",
        )

    def phone_land(self, lang: str) -> str:
        code = self._one("053", "074", "0546", "0541", "0548", "0114", "0115", "0117", "0547")
        rest = digits(self.rng, 10 - len(code), True)
        return self._one(
            f"{code} - {blocks(rest, (3, 2)) if len(rest) == 7 else blocks(rest, (2,))}",
            f"{code}-{rest}",
            f"({code}) {blocks(rest, (2,)) if len(rest) == 6 else blocks(rest, (3, 4))}",
            f"+31 {code[1:]} {rest}",
            f"{code}{rest}",
        )

    def phone_be(self, lang: str) -> str:
        mobile = self._one("470", "472", "475", "477", "478", "484", "486", "494", "496") + digits(self.rng, 6)
        zone = self._one("3", "3", "11", "89", "14")
        land = zone + digits(self.rng, 8 - len(zone), True)
        local = land[len(zone) :]
        return self._one(
            f"0{mobile[:3]} {blocks(mobile[3:], (2,))}",
            f"0{mobile[:3]}/{blocks(mobile[3:], (2,), '.')}",
            f"+32 {mobile[:3]} {blocks(mobile[3:], (2,))}",
            f"+32(0){mobile}",
            f"0032 {mobile}",
            f"0{zone} {blocks(local, (3, 2)) if zone == '3' else blocks(local, (2,))}",
            f"0{zone}/{blocks(local, (3, 2), '.') if zone == '3' else blocks(local, (2,), '.')}",
        )

    def phone_intl(self, lang: str) -> str:
        d = self.rng
        return self._one(
            f"+233 {self._one('24', '20', '55')} {digits(d, 3, True)} {digits(d, 4)}",
            f"+63 9{digits(d, 2)} {digits(d, 3)} {digits(d, 4)}",
            f"+61 4{digits(d, 2)} {digits(d, 3)} {digits(d, 3)}",
            f"04{digits(d, 2)} {digits(d, 3)} {digits(d, 3)}",
            f"+359 8{self._one('7', '8', '9')} {digits(d, 3, True)} {digits(d, 4)}",
            f"+30 69{digits(d, 1)} {digits(d, 3)} {digits(d, 4)}",
            f"+98 912 {digits(d, 3)} {digits(d, 4)}",
            f"+964 75{self._one('0', '1')} {digits(d, 3)} {digits(d, 4)}",
            f"+81 90-{digits(d, 4)}-{digits(d, 4)}",
            f"+238 9{digits(d, 2)} {digits(d, 2)} {digits(d, 2)}",
            f"+597 8{digits(d, 2)}-{digits(d, 4)}",
            f"0049 2561 {digits(d, 5, True)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "nl":
            return self._one(read_pairs_nl(number), read_digits(number, "nl"), f"nul zes {blocks(number[2:], (2,))}")
        said = read_digits(number, "en").replace("zero", "oh", 1)
        for digit in "0123456789":
            word = word_en(int(digit))
            said = said.replace(f"{word} {word} ", f"double {word} ", 1) if self.rng.random() < 0.5 else said
        return said
