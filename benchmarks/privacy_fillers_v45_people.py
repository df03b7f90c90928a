"""Names, e-mail addresses and phone numbers of test_v45's fillers (held out, written without the rules)."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v45_numbers import chunk, digits, speak_digits
from benchmarks.privacy_fillers_v45_pools import PEOPLE, WEIGHTS_EN, WEIGHTS_NL

_COUNTRY_PHONES = {  # background -> (country code, national significant number length, leading digits)
    "antillean": ("+599", 7, "9"),
    "amazigh": ("+212", 9, "6"),
    "kurdish": ("+90", 10, "5"),
    "polish": ("+48", 9, "5"),
    "lithuanian": ("+370", 8, "6"),
    "romanian": ("+40", 9, "7"),
    "indian": ("+91", 10, "9"),
    "irish": ("+353", 9, "8"),
    "kiwi": ("+64", 9, "21"),
    "belgian": ("+32", 9, "4"),
}


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class PeopleV45(Fillers):
    """Slots NAME_*, EMAIL_* and PHONE_* of test_v45; FillersV45 adds the numbers, addresses and dates."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _person(self, lang: str) -> tuple[str, str, str]:
        weights = WEIGHTS_EN if lang == "en" else WEIGHTS_NL
        names = sorted(weights)
        background = self.rng.choices(names, [weights[name] for name in names])[0]
        given, family = PEOPLE[background]
        return background, self.rng.choice(given), self.rng.choice(family)

    # ---- names
    def name_full(self, lang: str) -> str:
        background, given, family = self._person(lang)
        if background == "indo_chinese" and self.rng.random() < 0.4:
            return f"{family} {given}"  # surname first, as older Chinese-Indonesian customers write it
        return f"{given} {family}"

    def name_first(self, lang: str) -> str:
        return self._person(lang)[1]

    def name_surname(self, lang: str) -> str:
        family = self._person(lang)[2]
        return family[0].upper() + family[1:]

    def name_initials(self, lang: str) -> str:
        _, given, family = self._person(lang)
        extra = self.rng.choice(("", "", "", "M.", "J.", "H.J.", "W."))
        return f"{given[0]}.{extra} {family}"

    def name_register(self, lang: str) -> str:
        _, given, family = self._person(lang)
        for particle in ("van der ", "van ", "de ", "ten "):
            if family.startswith(particle):
                return f"{family[len(particle) :].capitalize()}, {given[0]}. {particle.strip()}"
        return f"{family.upper() if self.rng.random() < 0.3 else family}, {given}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_spelled(self, lang: str) -> str:
        family = _ascii(self._person(lang)[2]).replace(" ", "").replace("'", "").replace("-", "").upper()
        return self._one(" ".join(family), "-".join(family), ". ".join(family) + ".")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_child_full(self, lang: str) -> str:
        return f"{self.pick('child')} {self._person(lang)[2]}"

    def name_couple(self, lang: str) -> str:
        background, given, family = self._person(lang)
        other = self.rng.choice([name for name in PEOPLE[background][0] if name != given])
        return f"{given} {'and' if lang == 'en' else self._one('en', '&')} {other} {family}"

    # ---- e-mail
    def _local(self, lang: str) -> tuple[str, str]:
        background, given, family = self._person(lang)
        first, last = _ascii(given).lower().replace(" ", ""), _ascii(family).lower().replace("'", "")
        flat = last.replace(" ", "")
        year = self.rng.randint(1955, 2007)
        local = self._one(
            f"{first}.{flat}",
            f"{first}{flat}",
            f"{first[0]}{flat}{year % 100:02d}",
            f"{flat}.{first[0]}",
            f"{first}_{last.replace(' ', '_')}",
            f"{first}{year}",
            f"{first}.{flat}.{self.rng.randint(2, 9)}",
        )
        if background == "belgian":
            domain = self.pick("domain_be")
        elif lang == "en" or background in _COUNTRY_PHONES and self.rng.random() < 0.5:
            domain = self.pick("domain_world")
        else:
            domain = self.pick("domain_nl")
        return local, domain

    def email(self, lang: str) -> str:
        local, domain = self._local(lang)
        if self.rng.random() < 0.15:
            local = ".".join(part.capitalize() for part in local.split("."))
        return f"{local}@{domain}"

    def email_spoken(self, lang: str) -> str:
        local, domain = self._local(lang)
        if lang == "en":
            at, dot, low = self._one("at", "at sign", "at"), "dot", "underscore"
        else:
            at, dot, low = self._one("apenstaartje", "apen staartje", "at", "ed", "aapje"), "punt", "liggend streepje"
        said = f"{local} {at} {domain}".replace(".", f" {dot} ").replace("_", f" {low} ")
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        if self.rng.random() < 0.3:
            return self.phone_landline(lang)
        tail = digits(self.rng, 8)
        return self._one(
            f"06 {chunk(tail, (4, 4))}",
            f"06-{chunk(tail, (2, 2, 2, 2), '-')}",
            f"+31 6 {chunk(tail, (4, 4))}",
            f"06{tail}",
            f"+31(0)6-{tail}",
            f"0031 6 {chunk(tail, (2, 3, 3))}",
            f"06 {chunk(tail, (3, 3, 2))}",
            f"+31 6 {chunk(tail, (2, 2, 2, 2), '.')}",
        )

    def phone_landline(self, lang: str) -> str:
        area = self._one("058", "0511", "0512", "0515", "0592", "0591", "0528", "0522", "030", "024", "077", "0413")
        rest = digits(self.rng, 10 - len(area), self._one("2", "3", "4", "6", "8"))
        grouping = (3, 4) if len(rest) == 7 else (2, 2, 2)
        return self._one(
            f"{area} {chunk(rest, grouping)}",
            f"{area}-{rest}",
            f"+31 {area[1:]} {rest}",
            f"{area}{rest}",
            f"({area}) {chunk(rest, grouping, '-')}",
        )

    def phone_intl(self, lang: str) -> str:
        background = self._one(*sorted(_COUNTRY_PHONES))
        code, length, lead = _COUNTRY_PHONES[background]
        number = digits(self.rng, length, lead)
        return self._one(
            f"{code} {chunk(number, (3, 3, 3, 3))}",
            f"{code}{number}",
            f"00{code[1:]} {chunk(number, (2, 3, 4))}",
            f"({code}) {number}",
        )

    def phone_be(self, lang: str) -> str:
        number = "04" + digits(self.rng, 8, self._one("7", "8", "9", "6"))
        return self._one(
            f"{number[:4]} {chunk(number[4:], (2, 2, 2))}",
            f"+32 {number[1:4]} {chunk(number[4:], (2, 2, 2))}",
            f"{number[:4]}/{chunk(number[4:], (2, 2, 2), '.')}",
            f"0032 {number[1:4]} {chunk(number[4:], (3, 3))}",
            number,
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.25:
            number = self._one("058", "0592", "050") + digits(self.rng, 7, "2")
            number = number[:10]
        return speak_digits(number, lang, self.rng, pairs=0.35)

    def phone_wa(self, lang: str) -> str:
        tail = digits(self.rng, 8)
        return self._one(f"+31 6 {chunk(tail, (4, 4))}", f"+31 6 {tail}", self.phone_intl(lang))
