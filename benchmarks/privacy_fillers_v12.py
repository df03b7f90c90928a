"""Fillers of the `test_v12` split: its own pools (`privacy_fillers_v12_pools`) and its own format for every type.
Names, e-mail and phone numbers are here, the number-like types in `privacy_fillers_v12_numbers`.

Written by someone who never saw the redaction rules. Formats: names by background (Dutch, Flemish, Turkish-,
Moroccan- and Surinamese-Dutch, Polish and other temp workers, expats); married double names ('Hillie
Koerts-Westerhof'); names as an administration system sorts them ('Buuren, van, J.' and 'KOERTS, Hillie'); initials
with a double name ('mw. A.M. Kemper-Bolt' writes the span 'A.M. Kemper-Bolt'); a surname mistyped by autocorrect
or a tired thumb (a doubled or dropped letter) next to the right one; e-mail at a family's own domain, with a
birth year, written with capitals by autocorrect, with a space before the '@' as phones type it, Flemish providers,
dictated letter by letter to a colleague; Dutch mobiles with a slash or in 2-3-3 groups, landlines of the Randstad
and elsewhere, Flemish mobiles and landlines, Polish and Surinamese numbers, and '+31 (0)6' as people copy it
from a signature.

Slot suffixes: `_M` / `_F` ask for a man's or woman's first name, `_SAME` for a value of the person the template
named last (so a customer's mail address fits the name they just gave)."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers import _group
from benchmarks.privacy_fillers_v12_numbers import FillersV12Numbers
from benchmarks.privacy_fillers_v12_pools import FEMALE

ORIGINS = ("", "", "", "", "", "_be", "_tr", "_ma", "_sr", "_pl")
INITIALS = "A. J. H. W. A.M. J.W. G.H. M. C.J. T. E.H. R. B.".split()
LAND = "010 020 030 070 071 072 073 033 035 038 040 050 053 055 058 0229 0252 0297 0320 0341 0545 0591".split()


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


class FillersV12(FillersV12Numbers):
    """Every fill method is the split's own; `fill(slot, lang)` dispatches on the slot name as in `Fillers`."""

    _gender: str | None = None
    _same = False
    _last: tuple[str, str] | None = None

    def fill(self, slot: str, lang: str) -> str:
        base, _, tail = slot.rpartition("_")
        if tail in ("M", "F", "SAME"):
            self._gender, self._same = (tail.lower(), False) if tail in ("M", "F") else (None, True)
            try:
                return getattr(self, base.lower())(lang)
            finally:
                self._gender, self._same = None, False
        return getattr(self, slot.lower())(lang)

    def _pick_first(self, key: str) -> str:
        names = self.pool[key]
        if self._gender:
            names = [name for name in names if (name in FEMALE) == (self._gender == "f")] or names
        return self.rng.choice(names)

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str]:
        if self._same and self._last:
            return self._last
        if origin is None:
            origin = "_en" if lang == "en" and self.rng.random() < 0.5 else self.rng.choice(ORIGINS)
        first, surname = self._pick_first("first" + origin), self.pick("surname" + origin)
        if first in FEMALE and surname.endswith("ski"):  # Polish surnames agree with a woman's name
            surname = surname[:-1] + "a"
        self._last = first, surname
        return self._last

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_be(self, lang: str) -> str:
        return " ".join(self._person(lang, "_be"))

    def name_en(self, lang: str) -> str:
        return " ".join(self._person(lang, "_en"))

    def name_pl(self, lang: str) -> str:
        return " ".join(self._person(lang, "_pl"))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_married(self, lang: str) -> str:
        """An older woman's married double name: 'Hillie Koerts-Westerhof'."""
        self._gender = "f"
        first, own = self._person(lang, "")
        husband = self.pick("surname")
        return f"{first} {husband[0].upper() + husband[1:]}-{own}"

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(lang, self.one_of("", "", "_be"))
        if self.rng.random() < 0.35:
            other = self.pick("surname")
            surname = f"{surname}-{other[0].upper() + other[1:]}"
        return f"{self.rng.choice(INITIALS)} {surname}"

    def name_sorted(self, lang: str) -> str:
        """As an administration system sorts it: 'Buuren, van, J.' or 'KOERTS, Hillie'."""
        first, surname = self._person(lang, self.one_of("", "", "_tr", "_sr"))
        parts = surname.split(" ")
        if len(parts) > 1 and parts[0].islower():
            return f"{parts[-1]}, {' '.join(parts[:-1])}, {first[0]}."
        return self.one_of(f"{surname.upper()}, {first}", f"{surname}, {first[0]}.", f"{surname}, {first}")

    def name_typo(self, lang: str) -> str:
        """The surname the template named last, mistyped: a letter doubled or dropped."""
        surname = (self._last or self._person(lang))[1]
        index = self.rng.randint(1, len(surname) - 2)
        if surname[index] == " " or self.rng.random() < 0.5:
            return surname[:index] + surname[index] + surname[index:]
        return surname[:index] + surname[index + 1 :]

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_child(self, lang: str) -> str:
        return self._pick_first("child")

    def name_childfull(self, lang: str) -> str:
        return f"{self._pick_first('child')} {self._person(lang)[1]}"

    def name_staff(self, lang: str) -> str:
        return self._pick_first("staff")

    # EMAIL
    def _local(self, first: str, surname: str) -> str:
        f, s, year = plain(first), plain(surname), str(self.rng.randint(1955, 1999))
        return self.one_of(
            f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f[0]}.{s}", f"{f}{year[2:]}", f"{f}.{s}{year}",
            f"{s}{year[2:]}", f"{f}_{s[:4]}", f"{f}{s[0]}", f"fam{s}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        first, surname = self._person(lang)
        origin_be = surname in self.pool["surname_be"]
        domain = self.pick(
            "domain_be" if origin_be else "domain_en" if lang == "en" and self.rng.random() < 0.5 else "domain"
        )
        local = self._local(first, surname)
        roll = self.rng.random()
        if roll < 0.1:
            return f"{first}@{plain(surname)}.nl".lower()
        if roll < 0.2:
            return f"{local[0].upper()}{local[1:]}@{domain}"
        return f"{local}@{domain}"

    def email_space(self, lang: str) -> str:
        """As a phone keyboard types it after autocorrect: a space before the '@'."""
        first, surname = self._person(lang)
        return f"{self._local(first, surname)} @{self.pick('domain')}"

    def email_spelled(self, lang: str) -> str:
        """Dictated to a colleague: 'k-e-m-p-e-r punt a-n apenstaartje home punt nl'."""
        first, surname = (plain(part) for part in self._person(lang))
        name, tld = self.pick("domain").split(".", 1)
        dot, at = ("punt", "apenstaartje") if lang == "nl" else ("dot", "at")
        return f"{'-'.join(first)} {dot} {'-'.join(surname)} {at} {name} {dot} {tld}"

    # PHONE
    def _mobile(self) -> str:
        return "6" + self.rng.choice("1234512345") + self.digits(7)

    def phone(self, lang: str) -> str:
        rest = self._mobile()[1:]
        return self.one_of(
            f"06{rest}", f"06{rest}", f"06-{rest}", f"06 {rest}", f"06/{rest}", f"06 {_group(rest, [2, 3, 3])}",
            f"06-{_group(rest, [2, 3, 3])}", f"+31 (0)6 {rest}", f"+31 6 {_group(rest, [2, 2, 2, 2])}", f"0031 6{rest}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(LAND)
        local = str(self.rng.randint(2, 8)) + self.digits(9 - len(area))
        return self.one_of(
            f"{area}-{local}", f"{area} {local}", f"{area} - {local}", f"{area}{local}",
            f"{area} {_group(local, [3, 2, 2] if len(local) == 7 else [2, 2, 2])}",
        )  # fmt: skip

    def phone_be(self, lang: str) -> str:
        mobile, rest = self.one_of("0470", "0472", "0474", "0476", "0478", "0486", "0497"), self.digits(6)
        land = self.one_of("09", "03", "016", "056", "050")
        local = self.digits(9 - len(land))
        return self.one_of(
            f"{mobile} {_group(rest, [2, 2, 2])}", f"{mobile}/{rest}", f"+32 {mobile[1:]} {_group(rest, [2, 2, 2])}",
            f"{land}/{local}", f"{land} {local[:3]} {_group(local[3:], [2, 2])}" if land in ("09", "03") else
            f"{land} {_group(local, [2, 2, 2])}",
        )  # fmt: skip

    def phone_foreign(self, lang: str) -> str:
        return self.one_of(
            f"+48 {self.one_of('501', '602', '721', '885')} {self.digits(3)} {self.digits(3)}",
            f"0048 {self.digits(9)}",
            f"+597 {self.one_of('8', '7')}{self.digits(2)}-{self.digits(4)}",
            f"+40 7{self.digits(2)} {self.digits(3)} {self.digits(3)}",
        )

    def phone_spoken(self, lang: str) -> str:
        """Said in the pairs and triples Dutch speakers group a number in."""
        rest = self._mobile()[1:]
        words = "nul een twee drie vier vijf zes zeven acht negen".split()
        if lang == "en":
            words = "zero one two three four five six seven eight nine".split()
            return f"oh six, {' '.join(words[int(c)] for c in rest[:4])}, {' '.join(words[int(c)] for c in rest[4:])}"
        head = " ".join(words[int(c)] for c in rest[:2])
        return f"nul zes, {head}, {_group(rest[2:], [3, 3])}"
