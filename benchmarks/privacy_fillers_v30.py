"""Fillers of the `test_v30` split: people's names, e-mail addresses, addresses and licence plates; the
number-like writers (IBAN, BSN, card, date of birth, postcode, sector numbers) are in `privacy_fillers_v30_numbers`,
the phone writers in `privacy_fillers_v30_phones`, the pools in `privacy_fillers_v30_pools`. Written from scratch
by someone who never saw the redaction rules; no code was taken from the fillers of an earlier split.

A template slot names its writer in lower case: `{PHONE_SAID}` is written by `phone_said`. Each writer returns
exactly the personal data, nothing around it (no title, no cue, no brackets)."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v30_pools as pools
from benchmarks.privacy_fillers_v30_phones import V30Phones

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# the fourteen Dutch side codes, 'L' a letter and 'n' a digit
SIDE_CODES = (
    "LL-nn-nn", "nn-nn-LL", "nn-LL-nn", "LL-nn-LL", "LL-LL-nn", "nn-LL-LL", "nn-LLL-n",
    "n-LLL-nn", "LL-nnn-L", "L-nnn-LL", "LLL-nn-L", "L-nn-LLL", "n-LL-nnn", "nnn-LL-n",
)  # fmt: skip
DE_DISTRICTS = ("KLE", "BOR", "AC", "D", "E", "MS", "NOH", "WES", "K", "DU")
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "op", "in", "la", "von", "dos", "te"}


def plain(text: str) -> str:
    """Lower-case ASCII letters and digits only, for mail boxes: 'Çelik' -> 'celik', "van 't Erve" -> 'vanterve'."""
    swapped = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    flat = unicodedata.normalize("NFKD", swapped).encode("ascii", "ignore").decode()
    return "".join(ch for ch in flat.lower() if ch.isalnum())


class FillersV30(V30Phones):
    """`fill(slot, lang)` writes one value for a slot of the `test_v30` templates."""

    person: tuple[str, str] = ("", "")

    def fill(self, slot: str, lang: str) -> str:
        return getattr(self, slot.lower())(lang)

    # names
    def _meet(self, lang: str, sex: str = "") -> tuple[str, str]:
        origin = self.pick(pools.MIX_NL if lang == "nl" else pools.MIX_EN)
        women, men, surnames = pools.ORIGINS[origin]
        given = self.pick(women if sex == "f" else men if sex == "m" else women + men)
        family = self.pick(surnames)
        if origin == "pl" and given in women and family.endswith("ski"):
            family = family[:-1] + "a"
        self.person = (given, family)
        return given, family

    def _initials(self, given: str) -> str:
        letters = [chunk[0] for chunk in given.replace("-", " ").split()]
        extra = self.rng.choice((0, 0, 1, 1, 2))
        letters += [self.pick("AJMCHWGPE") for _ in range(extra)]
        style = self.rng.random()
        if style < 0.7:
            return "".join(ch + "." for ch in letters)
        if style < 0.85:
            return "".join(letters)
        return " ".join(ch + "." for ch in letters)

    @staticmethod
    def _upper_particle(family: str) -> str:
        return family[:1].upper() + family[1:]

    def name_full(self, lang: str) -> str:
        given, family = self._meet(lang)
        return f"{given} {family}"

    def name_f(self, lang: str) -> str:
        given, family = self._meet(lang, "f")
        return f"{given} {family}"

    def name_m(self, lang: str) -> str:
        given, family = self._meet(lang, "m")
        return f"{given} {family}"

    def name_first(self, lang: str) -> str:
        return self._meet(lang)[0]

    def name_first_f(self, lang: str) -> str:
        return self._meet(lang, "f")[0]

    def name_last(self, lang: str) -> str:
        return self._upper_particle(self._meet(lang)[1])

    def name_init(self, lang: str) -> str:
        given, family = self._meet(lang)
        return f"{self._initials(given)} {family}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        given, family = self._meet(lang)
        return (f"{self._initials(given)} {family}" if self.odds(0.4) else f"{given} {family}").upper()

    def name_reg(self, lang: str) -> str:
        given, family = self._meet(lang)
        words = family.split()
        stem = [w for w in words if w not in PARTICLES]
        particles = [w for w in words if w in PARTICLES]
        head = " ".join(stem) if stem else family
        tail = f" {' '.join(particles)}" if particles else ""
        first = self._initials(given) if self.odds(0.6) else given
        return f"{head}, {first}{tail}" if self.odds(0.7) else f"{head}{tail}, {first}"

    def name_married(self, lang: str) -> str:
        given, family = self._meet(lang, "f")
        partner = self.pick(pools.ORIGINS["nl"][2] + pools.ORIGINS["tr"][2] + pools.ORIGINS["ma"][2])
        join = self.pick(("-", "-", " - ", "-"))
        front = self._initials(given) if self.odds(0.4) else given
        return f"{front} {partner}{join}{family}"

    def name_child(self, lang: str, sex: str = "") -> str:
        given, family = self._meet(lang, sex)
        return given if self.odds(0.4) else f"{given} {family}"

    def name_son(self, lang: str) -> str:
        return self.name_child(lang, "m")

    def name_first_m(self, lang: str) -> str:
        return self._meet(lang, "m")[0]

    def name(self, lang: str) -> str:
        writer = self.pick(
            (self.name_full,) * 5
            + (self.name_init,) * 2
            + (self.name_lower, self.name_caps, self.name_reg, self.name_married, self.name_last)
        )
        return writer(lang)

    # e-mail
    def _box(self, lang: str) -> str:
        given, family = self.person if self.person[0] and self.odds(0.75) else self._meet(lang)
        first, last = plain(given.split()[0]), plain(family)
        core = plain(family.split()[-1])
        year = str(self.rng.randint(55, 99)) if self.odds(0.5) else str(self.rng.randint(1960, 2005))
        return self.pick(
            (
                f"{first}.{last}",
                f"{first[0]}.{core}",
                f"{first}{last}",
                f"{first}_{core}{year}",
                f"{core}.{first}",
                f"{first}{year}",
                f"{first[0]}{core}",
                f"{first}-{core}",
                f"{core}{self.rng.randint(1, 99)}",
                f"info.{core}",
            )
        )

    def _domain(self, lang: str) -> str:
        return self.pick(pools.MAIL_NL if lang == "nl" else pools.MAIL_EN)

    def email(self, lang: str) -> str:
        box = f"{self._box(lang)}@{self._domain(lang)}"
        return box.capitalize() if self.odds(0.08) else box

    def email_obf(self, lang: str) -> str:
        box, domain = self._box(lang), self._domain(lang)
        name, tld = domain.rsplit(".", 1)
        nl = lang == "nl"
        return self.pick(
            (
                f"{box} [at] {name} [dot] {tld}",
                f"{box}(at){domain}",
                f"{box} apenstaartje {name} punt {tld}" if nl else f"{box} at {name} dot {tld}",
                f"{box} @ {name} . {tld}",
                f"{box} AT {domain}",
                f"{box}(a){name}(punt){tld}" if nl else f"{box}(a){name}(dot){tld}",
            )
        )

    def email_spell(self, lang: str) -> str:
        box, domain = self._box(lang), self._domain(lang)
        nl = lang == "nl"
        names = {".": "punt" if nl else "dot", "_": "liggend streepje" if nl else "underscore", "-": "streepje"}
        if not nl:
            names["-"] = "dash"
        sep = self.pick((" ", " ", "-", ", "))
        letters = sep.join(names.get(ch, ch) for ch in box)
        name, tld = domain.rsplit(".", 1)
        at = self.pick(("apenstaartje", "at", "apestaart")) if nl else "at"
        dot = "punt" if nl else "dot"
        return f"{letters} {at} {name.replace('.', f' {dot} ')} {dot} {tld}"

    # addresses
    def _house(self) -> str:
        number = str(self.rng.choice((self.rng.randint(1, 40), self.rng.randint(1, 260))))
        return number + (self.pick(pools.HOUSE_ADDITIONS) if self.odds(0.35) else "")

    def address(self, lang: str) -> str:
        text = f"{self.pick(pools.STREETS_NL)} {self._house()}"
        style = self.rng.random()
        return text.lower() if style < 0.08 else text.upper() if style < 0.13 else text

    def address_be(self, lang: str) -> str:
        base = f"{self.pick(pools.STREETS_BE)} {self.rng.randint(1, 180)}"
        return self.pick((base, f"{base} bus {self.rng.randint(1, 12)}", f"{base}/{self.digits(4, '0')}", f"{base} b2"))

    def address_de(self, lang: str) -> str:
        return f"{self.pick(pools.STREETS_DE)} {self.rng.randint(1, 90)}{self.pick(('', '', 'a', 'b'))}"

    def address_gb(self, lang: str) -> str:
        base = f"{self.rng.randint(1, 140)} {self.pick(pools.STREETS_GB)}"
        return f"Flat {self.rng.randint(1, 9)}, {base}" if self.odds(0.3) else base

    # plates
    def _dutch_plate(self) -> str:
        code = self.pick(SIDE_CODES)
        return "".join(self.pick(PLATE_LETTERS) if c == "L" else self.pick("0123456789") if c == "n" else c
                       for c in code)  # fmt: skip

    def plate(self, lang: str) -> str:
        plate = self._dutch_plate()
        style = self.rng.random()
        if style < 0.55:
            return plate
        if style < 0.7:
            return plate.replace("-", "")
        if style < 0.82:
            return plate.lower()
        if style < 0.9:
            return plate.replace("-", " ")
        return plate.lower().replace("-", "")

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        first, digits = self.pick("12"), self.digits(3)
        return self.pick((f"{first}-{letters}-{digits}", f"{first}{letters}{digits}", f"{letters}-{digits}"))

    def plate_de(self, lang: str) -> str:
        district = self.pick(DE_DISTRICTS)
        letters = "".join(self.pick("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(self.rng.choice((1, 2))))
        number = str(self.rng.randint(1, 9999))
        tail = self.pick(("", "", "", "E", "H"))
        return self.pick((f"{district}-{letters} {number}{tail}", f"{district} {letters} {number}{tail}"))

    def plate_any(self, lang: str) -> str:
        return self.pick((self.plate, self.plate, self.plate_be, self.plate_de))(lang)
