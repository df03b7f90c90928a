"""Fillers of the `test_v33` split: people's names, e-mail addresses and street addresses; postcodes, plates and
customer numbers are written in `privacy_fillers_v33_codes`, phones in `privacy_fillers_v33_phones`, IBAN, BSN,
cards and dates of birth in `privacy_fillers_v33_numbers`, the pools are in `privacy_fillers_v33_pools`. Written
from scratch by someone who never saw the redaction rules; no code was taken from the fillers of an earlier split.

A slot names its writer in lower case (`{NAME_REG}` -> `name_reg`); every writer returns exactly the personal data,
without a title, cue or brackets. An e-mail address belongs to the person named last in the sentence."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v33_pools as pools
from benchmarks.privacy_fillers_v33_codes import V33Codes

PARTICLES = ("van", "de", "der", "den", "het", "'t", "in", "ter", "ten", "op", "la", "da", "dos", "von", "Le")
SAY_NL = {".": " punt ", "-": " streepje ", "_": " underscore ", "@": " apenstaartje "}
SAY_EN = {".": " dot ", "-": " dash ", "_": " underscore ", "@": " at "}


def ascii_only(text: str) -> str:
    """'Öztürk' -> 'ozturk', "in 't Veld" -> 'intveld'."""
    text = text.replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def split_particles(family: str) -> tuple[str, str]:
    """("van der Wal") -> ('van der', 'Wal'); a Flemish 'Van' is part of the name and stays in front."""
    words = family.split()
    n = 0
    while n < len(words) - 1 and words[n] in PARTICLES and words[n] != "Le":
        n += 1
    return " ".join(words[:n]), " ".join(words[n:])


class FillersV33(V33Codes):
    """`fill(slot, lang)` writes one value for a slot of the `test_v33` templates."""

    given, family = "Anouk", "de Groot"

    def fill(self, slot: str, lang: str) -> str:
        return getattr(self, slot.lower())(lang)

    # names
    def _draw(self, lang: str, sex: str = "") -> tuple[str, str]:
        origin = self.pick(pools.ORIGINS_NL if lang == "nl" else pools.ORIGINS_EN)
        women, men, families = pools.ORIGINS[origin]
        given = self.pick(women if sex == "f" else men if sex == "m" else women + men)
        family = self.pick(families)
        if origin == "pl" and family.endswith(("ski", "ska")):
            family = family[:-1] + ("a" if given in women else "i")
        self.given, self.family = given, family
        return given, family

    def _initials(self) -> str:
        letters = [part[0] for part in self.given.replace("-", " ").split()]
        letters += [self.pick(pools.EXTRA_INITIALS) for _ in range(self.pick((0, 0, 1, 2)))]
        style = self.rng.randrange(5)
        if style == 0:
            return " ".join(f"{ch}." for ch in letters)
        if style == 1:
            return "".join(letters)
        if style == 2:
            return ".".join(letters).lower() + "."
        return "".join(f"{ch}." for ch in letters)

    def name_full(self, lang: str) -> str:
        given, family = self._draw(lang)
        return f"{given} {family}"

    def name_f(self, lang: str) -> str:
        return " ".join(self._draw(lang, "f"))

    def name_m(self, lang: str) -> str:
        return " ".join(self._draw(lang, "m"))

    def name_first(self, lang: str) -> str:
        return self._draw(lang)[0]

    def name_last(self, lang: str) -> str:
        family = self._draw(lang)[1]
        return family[0].upper() + family[1:]

    def name_init(self, lang: str) -> str:
        self._draw(lang)
        return f"{self._initials()} {self.family}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower() if self.chance(0.8) else self.name_first(lang).lower()

    def name_caps(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_reg(self, lang: str) -> str:
        given, family = self._draw(lang)
        particles, core = split_particles(family)
        style = self.rng.randrange(4)
        if style == 0:
            return f"{core}, {given}" + (f" {particles}" if particles else "")
        if style == 1:
            return f"{core.upper()}, {self._initials()}" + (f" {particles}" if particles else "")
        if style == 2:
            return f"{family[0].upper() + family[1:]}, {given}"
        return f"{core} {particles}, {self._initials()}".replace("  ", " ").replace(" ,", ",")

    def name_married(self, lang: str) -> str:
        given, own = self._draw(lang, "f")
        partner = self.pick(pools.ORIGINS["nl"][2] + pools.ORIGINS["tr"][2] + pools.ORIGINS["sr"][2])
        sep = self.pick(("-", "-", " - ", "-"))
        if self.chance(0.5):
            return f"{given} {partner}{sep}{own}"
        return f"{self._initials()} {partner[0].upper() + partner[1:]}{sep}{own}"

    def name_child(self, lang: str) -> str:
        parent = self.family
        given = self.pick(self.pick(list(pools.ORIGINS.values()))[:2][self.rng.randrange(2)])
        self.given = given
        return given if self.chance(0.6) else f"{given} {parent}"

    def name(self, lang: str) -> str:
        writer = self.pick((self.name_full, self.name_full, self.name_init, self.name_last, self.name_lower))
        return writer(lang)

    # e-mail
    def _mailbox(self, lang: str) -> str:
        given, family = ascii_only(self.given), ascii_only(self.family)
        core = ascii_only(split_particles(self.family)[1])
        local = self.pick(
            (
                f"{given}.{family}",
                f"{given[0]}.{core}",
                f"{given}{family}{self.rng.randrange(60, 100)}",
                f"{family}_{given}",
                f"{given}-{core}",
                f"{given}{self.rng.randrange(1, 30)}",
                f"{core}.{given[0]}",
                f"info.{given}",
            )
        )
        domains = pools.MAIL_NL if lang == "nl" else pools.MAIL_EN
        if self.chance(0.15):
            domains = pools.MAIL_BE if lang == "nl" else pools.MAIL_WORK
        return f"{local}@{self.pick(domains)}"

    def email(self, lang: str) -> str:
        box = self._mailbox(lang)
        return box.capitalize() if self.chance(0.1) else box

    def email_obf(self, lang: str) -> str:
        local, domain = self._mailbox(lang).split("@")
        at = self.pick((" [at] ", "(at)", " at ", "[@]", " AT ", "#", " apestaart " if lang == "nl" else " (at) "))
        if self.chance(0.4):
            domain = domain.replace(".", self.pick((" [dot] ", " punt " if lang == "nl" else " dot ", "(.)")))
        return local + at + domain

    def email_said(self, lang: str) -> str:
        say = SAY_NL if lang == "nl" else SAY_EN
        text = "".join(say.get(ch, ch) for ch in self._mailbox(lang))
        if self.chance(0.3):
            text = text.replace("gmail", "g-mail" if lang == "en" else "gmail")
        return " ".join(text.split())

    # addresses
    def _number(self) -> str:
        number = str(self.rng.randrange(1, 240))
        if self.chance(0.4):
            addition = self.pick(pools.ADDITIONS)
            joiner = "" if addition[0] in "-/" or (len(addition) == 1 and self.chance(0.6)) else " "
            number += joiner + addition
        return number

    def address(self, lang: str) -> str:
        street, number = self.pick(pools.STREETS_NL), self._number()
        style = self.rng.randrange(8)
        if style == 0:
            return f"{street.lower()} {number}"
        if style == 1:
            return f"{street} nr. {number}"
        if style == 2:
            return f"{street.upper()} {number.upper()}"
        if style == 3:
            return f"{street} {number}".replace("straat ", "str. ") if "straat" in street else f"{street} {number}"
        return f"{street} {number}"

    def address_be(self, lang: str) -> str:
        street, number = self.pick(pools.STREETS_BE), str(self.rng.randrange(1, 180))
        return self.pick(
            (
                f"{street} {number}",
                f"{street} {number} bus {self.rng.randrange(1, 30)}",
                f"{street} {number}/{self.rng.randrange(1, 9):04d}",
                f"{street} {number} b{self.rng.randrange(1, 9)}",
                f"{street.lower()} {number}",
            )
        )

    def address_de(self, lang: str) -> str:
        return f"{self.pick(pools.STREETS_DE)} {self.rng.randrange(1, 90)}{self.pick(('', '', 'a', 'b'))}"

    def address_gb(self, lang: str) -> str:
        street = f"{self.rng.randrange(1, 200)} {self.pick(pools.STREETS_GB)}"
        return f"Flat {self.rng.randrange(1, 12)}, {street}" if self.chance(0.3) else street
