"""Fillers of the `test_v32` split: people's names, e-mail addresses and street addresses; the phone, postcode,
plate and customer-number writers are in `privacy_fillers_v32_codes`, IBAN, BSN, card and date-of-birth writers in
`privacy_fillers_v32_numbers`, the pools in `privacy_fillers_v32_pools`. Written from scratch by someone who never
saw the redaction rules; no code was taken from the fillers of an earlier split.

A slot names its writer in lower case (`{NAME_REG}` -> `name_reg`); every writer returns exactly the personal data,
without a title, cue or brackets."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v32_pools as pools
from benchmarks.privacy_fillers_v32_codes import V32Codes

PARTICLES = {"van", "de", "den", "der", "het", "'t", "ter", "ten", "te", "op", "uit", "in", "von", "da", "dos"}
NL_SPELL = {".": "punt", "-": "streepje", "_": "laag streepje", "@": "apenstaartje"}
EN_SPELL = {".": "dot", "-": "dash", "_": "underscore", "@": "at"}


def plain(text: str) -> str:
    """Letters and digits only, without accents: "Yıldırım" -> 'yildirim', "'t Hart" -> 'thart'."""
    text = text.replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def particle_split(family: str) -> tuple[str, str]:
    words = family.split()
    n = 0
    while n < len(words) - 1 and words[n] in PARTICLES:
        n += 1
    return " ".join(words[:n]), " ".join(words[n:])


class FillersV32(V32Codes):
    """`fill(slot, lang)` writes one value for a slot of the `test_v32` templates."""

    given: str = "Sanne"
    family: str = "de Jong"
    origin: str = "nl"

    def fill(self, slot: str, lang: str) -> str:
        return getattr(self, slot.lower())(lang)

    # names
    def _person(self, lang: str, sex: str = "") -> tuple[str, str]:
        self.origin = self.pick(pools.ORIGINS_NL if lang == "nl" else pools.ORIGINS_EN)
        women, men, families = pools.PEOPLE[self.origin]
        self.given = self.pick(women if sex == "f" else men if sex == "m" else women + men)
        family = self.pick(families)
        if self.origin == "pl":
            if self.given in women and family.endswith("ski"):
                family = family[:-1] + "a"
            elif self.given in men and family.endswith("ska"):
                family = family[:-1] + "i"
        self.family = family
        return self.given, family

    def _letters(self, given: str) -> list[str]:
        letters = [part[0] for part in given.replace("-", " ").split()]
        return letters + [self.pick(pools.EXTRA_INITIALS) for _ in range(self.pick((0, 0, 1, 1, 2)))]

    def name_full(self, lang: str) -> str:
        given, family = self._person(lang)
        return f"{given} {family}"

    def name_f(self, lang: str) -> str:
        return " ".join(self._person(lang, "f"))

    def name_m(self, lang: str) -> str:
        return " ".join(self._person(lang, "m"))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_last(self, lang: str) -> str:
        family = self._person(lang)[1]
        return family[0].upper() + family[1:] if family.split()[0] in PARTICLES else family

    def name_init(self, lang: str) -> str:
        given, family = self._person(lang)
        letters = self._letters(given)
        style = self.rng.randrange(4)
        if style == 0:
            head = "".join(ch + "." for ch in letters)
        elif style == 1:
            head = " ".join(ch + "." for ch in letters)
        elif style == 2:
            head = "".join(letters)
        else:
            head = "".join(ch + "." for ch in letters).lower() if self.rng.random() < 0.3 else letters[0] + "."
        return f"{head} {family}"

    def name_reg(self, lang: str) -> str:
        given, family = self._person(lang)
        particle, core = particle_split(family)
        style = self.rng.randrange(5)
        if style == 0:
            return f"{core}, {given}{' ' + particle if particle else ''}"
        if style == 1:
            return f"{core.upper()}, {''.join(ch + '.' for ch in self._letters(given))}"
        if style == 2:
            return f"{core}{' ' + particle if particle else ''}, {given[0]}."
        if style == 3:
            return f"{family}, {given}"
        return f"{core.upper()} {given}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        return self.pick((self.name_full, self.name_init))(lang).upper()

    def name_married(self, lang: str) -> str:
        given, family = self._person(lang, "f")
        own = self.pick(pools.PEOPLE[self.pick(pools.ORIGINS_NL)][2])
        sep = self.pick(("-", "-", " - ", "-"))
        head = given if self.rng.random() < 0.6 else "".join(ch + "." for ch in self._letters(given))
        return f"{head} {own}{sep}{family}"

    def name_child(self, lang: str) -> str:
        women, men, _ = pools.PEOPLE[self.origin]
        child = self.pick(women + men)
        return child if self.rng.random() < 0.5 else f"{child} {self.family}"

    def name(self, lang: str) -> str:
        return self.pick((self.name_full, self.name_full, self.name_init, self.name_first, self.name_lower))(lang)

    # e-mail
    def _address(self, lang: str) -> str:
        g, f = plain(self.given.split()[0]), plain(self.family)
        core = plain(particle_split(self.family)[1])
        year = str(self.rng.randrange(60, 100)) if self.rng.random() < 0.5 else str(self.rng.randrange(1960, 2006))
        box = self.pick(
            (
                f"{g}.{f}",
                f"{g[0]}.{core}",
                f"{g}{f}{year[-2:]}",
                f"{g}_{core}",
                f"{core}.{g}",
                f"{g}-{core[0]}",
                f"{g}{year}",
                f"{core}{g[0]}",
                f"info.{core}",
                f"{g}.{core}.{year[-2:]}",
            )
        )
        domains = pools.DOMAINS_BE if self.origin == "be" else pools.DOMAINS_NL if lang == "nl" else pools.DOMAINS_EN
        domain = self.pick(domains) if self.rng.random() < 0.85 else f"{core}{self.pick(('bv', 'advies', 'bouw'))}.nl"
        return f"{box}@{domain}"

    def email(self, lang: str) -> str:
        mail = self._address(lang)
        return mail if self.rng.random() < 0.85 else mail.capitalize()

    def email_obf(self, lang: str) -> str:
        box, domain = self._address(lang).split("@")
        at = self.pick((" [at] ", "(at)", " at ", " apenstaartje " if lang == "nl" else " AT ", "[@]", " (a) "))
        dot = self.pick((".", ".", " [dot] ", " punt " if lang == "nl" else " dot ", "(.)"))
        return box + at + domain.replace(".", dot)

    def email_spell(self, lang: str) -> str:
        words = NL_SPELL if lang == "nl" else EN_SPELL
        box, domain = self._address(lang).split("@")
        sep = self.pick((" ", "-", ", "))
        spelled = sep.join(words.get(ch, ch) for ch in box)
        return f"{spelled} {words['@']} " + f" {words['.']} ".join(domain.split("."))

    # addresses
    def _house(self) -> str:
        number = self.rng.randrange(1, 40) if self.rng.random() < 0.6 else self.rng.randrange(40, 312)
        return f"{number}{self.pick(pools.SUFFIXES_NL)}"

    def address(self, lang: str) -> str:
        street = self.pick(pools.STREETS_NL)
        value = f"{street} {self._house()}"
        roll = self.rng.random()
        return value.upper() if roll < 0.06 else value

    def address_lower(self, lang: str) -> str:
        return self.address(lang).lower()

    def address_be(self, lang: str) -> str:
        street, number = self.pick(pools.STREETS_BE), self.rng.randrange(1, 220)
        return self.pick(
            (
                f"{street} {number}",
                f"{street} {number} bus {self.rng.randrange(1, 30)}",
                f"{street} {number}/{self.rng.randrange(1, 12):04d}",
                f"{street} {number} b{self.num(1)}",
            )
        )

    def address_de(self, lang: str) -> str:
        return f"{self.pick(pools.STREETS_DE)} {self.rng.randrange(1, 150)}{self.pick(('', '', 'a', 'b'))}"

    def address_gb(self, lang: str) -> str:
        number, street = self.rng.randrange(1, 180), self.pick(pools.STREETS_GB)
        return self.pick((f"{number} {street}", f"Flat {self.rng.randrange(1, 9)}, {number} {street}"))

    def address_any(self, lang: str) -> str:
        return self.pick((self.address, self.address, self.address_be, self.address_de))(lang)
