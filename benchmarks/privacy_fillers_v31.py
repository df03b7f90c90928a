"""Fillers of the `test_v31` split: people's names, e-mail addresses, street addresses and licence plates; the phone
and postcode writers are in `privacy_fillers_v31_phones`, the number writers (IBAN, BSN, card, date of birth,
customer numbers) in `privacy_fillers_v31_numbers`, the pools in `privacy_fillers_v31_pools`. Written from scratch
by someone who never saw the redaction rules; no code was taken from the fillers of an earlier split.

A template slot names its writer in lower case: `{NAME_REG}` is written by `name_reg`. Each writer returns exactly
the personal data (no title, no cue, no brackets)."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v31_pools as pools
from benchmarks.privacy_fillers_v31_phones import V31Phones

CONSONANTS = "BDFGHJKLNPRSTVXZ"
SHAPES = (
    "AA-99-99", "99-99-AA", "99-AA-99", "AA-99-AA", "AA-AA-99", "99-AA-AA", "99-AAA-9",
    "9-AAA-99", "AA-999-A", "A-999-AA", "AAA-99-A", "A-99-AAA", "9-AA-999", "999-AA-9",
)  # fmt: skip
DE_CITY = ("KLE", "BOR", "WES", "GE", "MS", "OB", "VIE", "NOH", "AC", "HH", "B", "K")
LOWER_WORDS = {"van", "de", "der", "den", "het", "'t", "ter", "te", "in", "op", "von", "dos", "la"}


def ascii_box(text: str) -> str:
    """A mail box part: 'Öztürk' -> 'ozturk', "in 't Veld" -> 'intveld'."""
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in text if ch.isalnum())


def cap_particle(family: str) -> str:
    """Surname alone after a title: 'van der Wal' -> 'Van der Wal'."""
    return family[0].upper() + family[1:] if family.split()[0] in LOWER_WORDS else family


def split_particle(family: str) -> tuple[str, str]:
    """'van der Wal' -> ('van der', 'Wal'); 'Bakker' -> ('', 'Bakker')."""
    words = family.split()
    cut = 0
    while cut < len(words) - 1 and words[cut] in LOWER_WORDS:
        cut += 1
    return " ".join(words[:cut]), " ".join(words[cut:])


class FillersV31(V31Phones):
    """`fill(slot, lang)` writes one value for a slot of the `test_v31` templates."""

    person: tuple[str, str] = ("", "")
    origin: str = "nl"

    def fill(self, slot: str, lang: str) -> str:
        return getattr(self, slot.lower())(lang)

    # names
    def _meet(self, lang: str, sex: str = "") -> tuple[str, str]:
        origin = self.pick(pools.MIX_NL if lang == "nl" else pools.MIX_EN)
        women, men, families = pools.ORIGINS[origin]
        given = self.pick(women if sex == "f" else men if sex == "m" else women + men)
        family = self.pick(families)
        if origin == "pl" and given in women and family.endswith("ski"):
            family = family[:-1] + "a"
        if origin == "pl" and given in men and family.endswith("ska"):
            family = family[:-1] + "i"
        self.person, self.origin = (given, family), origin
        return given, family

    def _initials(self, given: str) -> str:
        letters = [part[0] for part in given.replace("-", " ").split()]
        letters += [self.pick("JMAHCWPG") for _ in range(self.pick((0, 0, 1, 2)))]
        style = self.rng.randrange(4)
        if style == 0:
            return " ".join(ch + "." for ch in letters)
        if style == 1:
            return "".join(letters)
        return "".join(ch + "." for ch in letters)

    def name_full(self, lang: str) -> str:
        return " ".join(self._meet(lang))

    def name_f(self, lang: str) -> str:
        return " ".join(self._meet(lang, "f"))

    def name_m(self, lang: str) -> str:
        return " ".join(self._meet(lang, "m"))

    def name_first(self, lang: str) -> str:
        return self._meet(lang)[0]

    def name_last(self, lang: str) -> str:
        return cap_particle(self._meet(lang)[1])

    def name_init(self, lang: str) -> str:
        given, family = self._meet(lang)
        return f"{self._initials(given)} {family}"

    def name_reg(self, lang: str) -> str:
        given, family = self._meet(lang)
        particle, core = split_particle(family)
        first = self.pick((given, self._initials(given)))
        if not particle:
            return self.pick((f"{core}, {first}", f"{core.upper()}, {first}"))
        return self.pick((f"{core}, {first} {particle}", f"{core} {particle}, {first}", f"{core.upper()}, {first}"))

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        return self.pick((self.name_full, self.name_init))(lang).upper()

    def name_married(self, lang: str) -> str:
        given, own = self._meet(lang, "f")
        partner = self.pick(pools.ORIGINS["nl"][2] + pools.ORIGINS["tr"][2])
        if self.rng.random() < 0.6:
            return f"{given} {partner}-{own}"
        return f"{self._initials(given)} {partner} - {own}"

    def name_child(self, lang: str) -> str:
        """A child of the person named last: a given name of the same origin, the family name kept or left out."""
        if not self.person[0]:
            self._meet(lang)
        women, men, _ = pools.ORIGINS[self.origin]
        given = self.pick(women + men)
        return given if self.rng.random() < 0.5 else f"{given} {self.person[1]}"

    def name(self, lang: str) -> str:
        return self.pick((self.name_full, self.name_init, self.name_last, self.name_lower))(lang)

    # e-mail
    def _box(self, lang: str, keep: bool = False) -> tuple[str, str]:
        mine = self.person[0] and (keep or self.rng.random() < 0.85)
        given, family = self.person if mine else self._meet(lang)
        g, f = ascii_box(given.split()[0]), ascii_box(family)
        year = str(self.rng.randrange(60, 100)) if self.rng.random() < 0.5 else str(self.rng.randrange(1965, 2005))
        local = self.pick((f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}", f"{f}_{g}", f"{g}{year}", f"{g}.{f}{year[-2:]}",
                           f"{f}.{g[0]}", f"{g}-{f}", f"info.{f}"))  # fmt: skip
        return local, self.pick(pools.DOMAINS)

    def email(self, lang: str) -> str:
        local, domain = self._box(lang)
        text = f"{local}@{domain}"
        return text.capitalize() if self.rng.random() < 0.1 else text

    def email_obf(self, lang: str) -> str:
        local, domain = self._box(lang)
        name, _, tld = domain.rpartition(".")
        at, dot = self.pick(
            ((" [at] ", " [dot] "), ("(at)", "(dot)"), (" at ", " dot "), (" apenstaartje ", " punt "),
             (" @ ", " . "), ("[@]", "[.]"), (" AT ", " DOT "), ("(a)", "(punt)"))
        )  # fmt: skip
        return f"{local}{at}{name}{dot}{tld}"

    def email_spell(self, lang: str) -> str:
        if not self.person[0]:
            self._meet(lang)
        local, domain = self._box(lang, keep=True)
        signs = {"@": "apenstaartje", ".": "punt", "-": "streepje", "_": "laag streepje"}
        if lang == "en":
            signs = {"@": "at", ".": "dot", "-": "dash", "_": "underscore"}
        sep = self.pick((" ", "-", ", "))
        spelled = sep.join(signs.get(ch, ch) for ch in local)
        return f"{spelled} {signs['@']} {domain.replace('.', ' ' + signs['.'] + ' ')}"

    # addresses
    def _number(self) -> str:
        number = str(self.rng.choice((self.rng.randrange(1, 40), self.rng.randrange(1, 400))))
        if self.rng.random() >= 0.35:
            return number
        addition = self.pick(pools.ADDITIONS)
        return number + (" " + addition if addition[0].isdigit() or addition in ("boven", "III") else addition)

    def address(self, lang: str) -> str:
        text = f"{self.pick(pools.STREETS_NL)} {self._number()}"
        style = self.rng.random()
        if style < 0.1:
            return text.lower()
        if style < 0.15:
            return text.upper()
        return text

    def address_lower(self, lang: str) -> str:
        return f"{self.pick(pools.STREETS_NL)} {self._number()}".lower()

    def address_be(self, lang: str) -> str:
        street, number = self.pick(pools.STREETS_BE), self.rng.randrange(1, 200)
        box, flat, floor = self.rng.randrange(1, 30), self.rng.randrange(1, 9), self.rng.randrange(1, 6)
        return self.pick(
            (
                f"{street} {number} bus {box}",
                f"{street} {number}",
                f"{street} {number}/{flat:04d}",
                f"{street} {number} b{floor}",
            )
        )

    def address_de(self, lang: str) -> str:
        number = str(self.rng.randrange(1, 120)) + self.pick(("", "", "a", "b"))
        return f"{self.pick(pools.STREETS_DE)} {number}"

    def address_gb(self, lang: str) -> str:
        street, number = self.pick(pools.STREETS_GB), self.rng.randrange(1, 150)
        return self.pick((f"{number} {street}", f"Flat {self.rng.randrange(1, 12)}, {number} {street}"))

    # plates
    def _plate_nl(self) -> str:
        shape = self.pick(SHAPES)
        return "".join(
            self.pick(CONSONANTS) if ch == "A" else str(self.rng.randrange(10)) if ch == "9" else ch for ch in shape
        )

    def plate(self, lang: str) -> str:
        text = self._plate_nl()
        style = self.rng.random()
        if style < 0.65:
            return text
        if style < 0.8:
            return text.replace("-", "")
        if style < 0.9:
            return text.lower()
        return text.replace("-", " ")

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.pick(CONSONANTS + "AEU") for _ in range(3))
        digits, lead = self.digits(3), str(self.rng.randrange(1, 3))
        return self.pick((f"{lead}-{letters}-{digits}", f"{lead}{letters}{digits}", f"{lead} {letters} {digits}"))

    def plate_de(self, lang: str) -> str:
        city = self.pick(DE_CITY)
        letters = "".join(self.pick(CONSONANTS + "AEU") for _ in range(self.rng.randrange(1, 3)))
        number = str(self.rng.randrange(1, 9999)) + self.pick(("", "", "", "E", "H"))
        return self.pick((f"{city}-{letters} {number}", f"{city} {letters} {number}", f"{city} {letters}{number}"))

    def plate_any(self, lang: str) -> str:
        return self.pick((self.plate, self.plate, self.plate_be, self.plate_de))(lang)
