"""People of test_v46's fillers: names in the order and spelling of each background, e-mail addresses (typed,
obfuscated, read out) and Dutch, Belgian and foreign phone numbers."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v46_pools  # noqa: F401  (registers POOLS["test_v46"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v46_numbers import chunk, digits, say_digits

_FLAT = str.maketrans({"ı": "i", "ş": "s", "ğ": "g", "'": "", " ": ""})


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower().translate(_FLAT))
    return "".join(char for char in plain if char.isascii())


class PeopleV46(Fillers):
    """Names, e-mail addresses and phone numbers; FillersV46 adds the numbers, addresses and dates."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _person(self) -> tuple[str, str, str]:
        origin = self.pick("origins")
        return origin, self.pick(f"first_{origin}"), self.pick(f"surname_{origin}")

    # ---------------------------------------------------------------- names
    def name_full(self, lang: str) -> str:
        origin, first, surname = self._person()
        if origin == "korean" and self.rng.random() < 0.5:
            return f"{surname} {first}"
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self._person()[1]

    def name_surname(self, lang: str) -> str:
        surname = self._person()[2]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        count = self._one("1", "1", "2", "3")
        letters = "".join(f"{self.rng.choice('ABCDEFGHIJKLMNOPRSTWY')}." for _ in range(int(count)))
        return f"{letters} {self._person()[2]}"

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_reversed(self, lang: str) -> str:
        """As CRM exports list people: 'Wolterink, Gerrit' or 'Wolterink, G.'."""
        _, first, surname = self._person()
        return self._one(f"{surname}, {first}", f"{surname}, {first[0]}.", f"{surname.upper()}, {first}")

    def name_baby(self, lang: str) -> str:
        return self.pick("baby")

    def name_spelled(self, lang: str) -> str:
        """A surname spelt out letter by letter on the phone: 'K-O-U-T'."""
        surname = self.rng.choice([s for s in self.pool["surname"] if s.isalpha() and len(s) <= 9])
        return self._one("-", " ", ". ").join(surname.upper())

    # ---------------------------------------------------------------- e-mail
    def _address(self) -> tuple[str, str]:
        origin, first, surname = self._person()
        first, last = _ascii(first).replace("-", ""), _ascii(surname).replace("-", "")
        year = str(self.rng.randint(1958, 2006))
        local = self._one(
            f"{first}.{last}", f"{first}{last}{year[2:]}", f"{first[0]}.{last}", f"{last}.{first}",
            f"{first}_{last}", f"{first}{last[0]}", f"{last}{year}", f"{first}-{last}",
        )  # fmt: skip
        domain = self.pick(self._one("domain", f"domain_{origin}", f"domain_{origin}"))
        return local, domain

    def email(self, lang: str) -> str:
        local, domain = self._address()
        return f"{local}@{domain}"

    def email_upper(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_obfuscated(self, lang: str) -> str:
        """As typed in chats to dodge filters: 'naam (at) domein (dot) nl', 'naam[@]domein.nl'."""
        local, domain = self._address()
        host, _, tld = domain.rpartition(".")
        return self._one(
            f"{local} (at) {host} (dot) {tld}", f"{local}[@]{domain}", f"{local} at {host} dot {tld}",
            f"{local} @ {domain}", f"{local}&#64;{domain}",
        )  # fmt: skip

    def email_spoken(self, lang: str) -> str:
        local, domain = self._address()
        if lang == "nl":
            at, dot, low, dash = self._one("apenstaartje", "at", "apestaart"), "punt", "underscore", "streepje"
        else:
            at, dot, low, dash = "at", "dot", "underscore", self._one("dash", "hyphen")
        said = f"{local} {at} {domain}"
        for char, spoken in ((".", dot), ("_", low), ("-", dash)):
            said = said.replace(char, f" {spoken} ")
        return " ".join(said.split())

    # ---------------------------------------------------------------- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        return self._one(
            f"06-{chunk(rest, (4,))}", f"06 {chunk(rest, (3, 3, 2))}", f"+31 6 {chunk(rest, (4,))}",
            f"+31(0)6-{rest}", f"0031 6 {chunk(rest, (2,))}", f"06/{rest}", f"(+31) 6{rest}",
            f"06 {chunk(rest, (2,))}", f"+31 (0) 6 {chunk(rest, (2, 3, 3))}",
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self._one("0543", "0544", "0314", "075", "0545", "024", "043", "013", "053", "0315", "079")
        rest = digits(self.rng, 10 - len(area), lead=True)
        sizes = (3, 2, 2) if len(rest) == 7 else (2, 2, 2)
        return self._one(
            f"{area}-{rest}", f"{area} - {chunk(rest, sizes)}", f"({area}) {chunk(rest, sizes)}",
            f"+31 {area[1:]} {chunk(rest, (3, 4))}", f"{area} {rest}",
        )  # fmt: skip

    def phone_be(self, lang: str) -> str:
        mobile = self._one("470", "472", "475", "477", "486", "494", "496") + digits(self.rng, 6)
        land = self._one("09", "050", "056", "057", "059")
        fixed = digits(self.rng, 9 - len(land), lead=True)
        return self._one(
            f"+32 {mobile[:3]} {chunk(mobile[3:], (2,))}", f"0{mobile[:3]}/{chunk(mobile[3:], (2,), '.')}",
            f"0{mobile[:3]} {chunk(mobile[3:], (2,))}", f"0032 {mobile}",
            f"{land} {chunk(fixed, (3, 2, 2) if len(fixed) == 7 else (2,))}",
        )  # fmt: skip

    def phone_foreign(self, lang: str) -> str:
        rng = self.rng
        return self._one(
            f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}", f"+39 3{digits(rng, 2)} {digits(rng, 7)}",
            f"+380 {self._one('50', '67', '93', '97')} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
            f"+212 6{digits(rng, 2)}-{digits(rng, 6)}", f"+90 5{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 2)} "
            f"{digits(rng, 2)}", f"+20 1{self._one('0', '1', '2')} {digits(rng, 4)} {digits(rng, 4)}",
            f"+251 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}", f"+82 10-{digits(rng, 4)}-{digits(rng, 4)}",
            f"+1 ({digits(rng, 3, True)}) {digits(rng, 3, True)}-{digits(rng, 4)}",
            f"+92 3{digits(rng, 2)} {digits(rng, 7)}", f"00597 8{digits(rng, 6)}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "en" and self.rng.random() < 0.4:
            return "oh six " + say_digits(number[2:], "en", self.rng)
        return say_digits(number, lang, self.rng, pairs=self.rng.random() < 0.5)
