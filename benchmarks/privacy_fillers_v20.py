"""Fillers of the `test_v20` split: its own pools (`privacy_fillers_v20_pools`) and its own way of writing every
type. Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v20_numbers`.

Written by someone who never saw the redaction rules. Names: given name and surname, the surname alone after a title
with its particle capitalised ('meneer Van der Heijden'), initials with and without dots ('J.H. de Wit', 'JH de Wit',
'J. H. M. ten Brink'), a married woman's double name with a hyphen ('Bouwman-van der Heijden'), a form's 'Heijden,
J. van der', capitals, lower case, a greeting's or signature's first name, a name over two lines, Chinese names
surname first. E-mail: from the name, at work, spelled aloud, obfuscated ('[at]', '(at)', 'punt'), broken over a
line or over two chat messages. Phones: Dutch mobiles and landlines grouped in many ways, +31 / 0031 / (0), a
letter O typed for the zero, a landline with an extension ('toestel 214'), said aloud, over two messages, and
numbers from Belgium, Morocco, Suriname, Turkey, Poland, Indonesia, Cape Verde, China and the UK. Plates: the Dutch
side codes as written, without dashes, lower case, and spelled with the Dutch telephone alphabet; Belgian plates.

Slot modifiers: `_M` / `_F` a man's or woman's name, `_SAME` the person (or plate) named last, `_UP` / `_LOW`
capitals or lower case."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v20_pools as tables
from benchmarks.privacy_fillers_v20_numbers import FillersV20Numbers

MODIFIERS = ("M", "F", "SAME", "UP", "LOW")
_ASCII = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "ş": "s", "ğ": "g", "'": "", "Ó": "O", "ó": "o"})


def mail_part(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_ASCII)).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


class FillersV20(FillersV20Numbers):
    """`fill(slot, lang)` strips the modifiers and calls the split's own method for the rest of the slot name."""

    _gender: str | None = None
    _same = False
    _who: tuple[str, str, str] | None = None
    _last_plate: str | None = None

    def fill(self, slot: str, lang: str) -> str:
        parts = slot.split("_")
        mods = set()
        while len(parts) > 1 and parts[-1] in MODIFIERS:
            mods.add(parts.pop())
        self._gender = "m" if "M" in mods else "f" if "F" in mods else None
        self._same = "SAME" in mods
        name = "_".join(parts).lower()
        try:
            if name.startswith("customer_number_"):
                value = self.customer_number(lang, name.removeprefix("customer_number_"))
            elif name in _OWN:
                value = getattr(self, name)(lang)
            else:  # NAME_TR, PHONE_MA, ...
                kind, where = name.split("_", 1)
                value = getattr(self, f"_{kind}_in")(where, lang)
        finally:
            self._gender, self._same = None, False
        return value.upper() if "UP" in mods else value.lower() if "LOW" in mods else value

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str, str]:
        if self._same and self._who:
            return self._who
        origin = origin or self.rng.choice(tables.WEIGHTS["en" if lang == "en" else "nl"].split())
        gender = self._gender or self.one_of("m", "f")
        first = self.pick(("men_" if gender == "m" else "women_") + origin)
        surname = self.pick("surname_" + origin)
        if gender == "f" and origin == "pl" and surname.endswith("ki"):
            surname = surname[:-1] + "a"
        self._who = (first, surname, origin)
        return self._who

    @staticmethod
    def _titled(surname: str) -> str:
        return surname[0].upper() + surname[1:]

    def name_full(self, lang: str) -> str:
        first, surname, origin = self._person(lang)
        if origin in tables.FAMILY_FIRST and self.rng.random() < 0.5:
            return f"{surname} {first}"
        return f"{first} {surname}"

    def _name_in(self, origin: str, lang: str) -> str:
        first, surname, _ = self._person(lang, origin)
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        return self._titled(self._person(lang)[1])

    def name_initials(self, lang: str) -> str:
        first, surname, _ = self._person(lang, self.one_of("nl", "tv", "tv", "tv", "fy", "tr", "ma", "sr"))
        letters = first[0] + self.one_of("", "", "", "H", "M", "J", "CM", "W")
        return self.one_of(
            "".join(c + "." for c in letters) + " " + surname, letters + " " + surname,
            " ".join(c + "." for c in letters) + " " + surname, "".join(c + "." for c in letters) + surname,
        )  # fmt: skip

    def name_double(self, lang: str) -> str:
        """A married woman: her husband's name, a hyphen, her own ('Bouwman-van der Heijden')."""
        first, own, origin = self._person(lang, self.one_of("nl", "tv", "fy"))
        if not self._same:
            husband = self.pick(self.rng.choice(tables.SPOUSE_SURNAMES))
            self._who = (first, f"{self._titled(husband)}-{own}", origin)
        first, surname, _ = self._who
        return self.one_of(f"{first} {surname}", f"{first[0]}. {surname}", surname)

    def name_form(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        words = surname.split()
        particle = " ".join(w for w in words if w.islower() or w == "'t")
        core = " ".join(w for w in words if not (w.islower() or w == "'t"))
        if particle:
            return self.one_of(f"{core}, {first[0]}. {particle}", f"{core.upper()}, {first} {particle}")
        return self.one_of(f"{surname.upper()}, {first}", f"{surname}, {first[0]}.")

    def name_wrap(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return f"{first}\n{surname}"

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    # EMAIL
    def _box(self, lang: str) -> tuple[str, str]:
        first, surname, origin = self._person(lang)
        f, s, n = mail_part(first), mail_part(surname), self.rng.randint(1, 99)
        local = self.one_of(
            f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}_{s}", f"{s}{f[0]}", f"{f}{n}", f"{f}.{s}{n}", f"{f[0]}{s}",
            f"{s}.{f}", f"{f}-{s}", f"{f}{s[:3]}", f"info.{s}",
        )  # fmt: skip
        key = {"be": "domain_be", "pl": "domain_pl"}.get(origin, "domain_en" if lang == "en" else "domain_nl")
        return local, self.pick(key)

    def email(self, lang: str) -> str:
        local, domain = self._box(lang)
        return f"{local}@{domain}"

    def email_work(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return f"{mail_part(first)[0]}.{mail_part(surname)}@{self.pick('domain_work')}"

    def email_obf(self, lang: str) -> str:
        local, domain = self._box(lang)
        name, _, tld = domain.rpartition(".")
        dot = " punt " if lang != "en" else " dot "
        return self.one_of(f"{local} [at] {name} [dot] {tld}", f"{local}(at){domain}", f"{local} at {name}{dot}{tld}",
                           f"{local} @ {domain}", f"{local}[at]{domain}")  # fmt: skip

    def email_voice(self, lang: str) -> str:
        local, domain = self._box(lang)
        if lang == "en":
            say = {".": " dot ", "_": " underscore ", "-": " hyphen ", "@": " at "}
        else:
            say = {".": " punt ", "_": " underscore ", "-": " min ", "@": self.one_of(" apenstaartje ", " at ")}
        return " ".join("".join(say.get(c, c) for c in f"{local}@{domain}").split())

    def email_wrap(self, lang: str) -> str:
        local, domain = self._box(lang)
        return self.one_of(f"{local}\n@{domain}", f"{local}@\n{domain}")

    def email_head(self, lang: str) -> str:
        local, domain = self._box(lang)
        return self._halves("email", f"{local}@{domain}", len(local) + 1)

    def email_tail(self, lang: str) -> str:
        return self._rest("email")

    # PHONE
    def _mobile(self) -> str:
        return str(self.rng.randint(1, 6)) + self.digits(7)

    def _mobile_written(self, d: str) -> str:
        return self.one_of(
            f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:4]} {d[4:]}",
            f"+31 6 {d[:2]} {d[2:5]} {d[5:]}", f"+316{d}", f"+31 (0)6-{d}", f"0031 6 {d}", f"0031-6-{d[:4]}-{d[4:]}",
            f"O6-{d}", f"06 - {d}", f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", f"(06) {d[:3]} {d[3:]}",
            f"+31 6 {d[:4]} {d[4:]}", f"06 {d[:3]} {d[3:6]} {d[6:]}",
        )  # fmt: skip

    def phone(self, lang: str) -> str:
        return self._mobile_written(self._mobile())

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(tables.LANDLINES)
        local = str(self.rng.randint(2, 8)) + self.digits(9 - len(area))
        if len(local) == 7:
            shown = self.one_of(local, f"{local[:3]} {local[3:]}", f"{local[:3]} {local[3:5]} {local[5:]}")
        else:
            shown = self.one_of(local, f"{local[:2]} {local[2:4]} {local[4:]}", f"{local[:3]} {local[3:]}")
        return self.one_of(f"{area}-{shown}", f"{area} {shown}", f"({area}) {shown}", f"+31 ({area[1:]}) {shown}",
                           f"+31{area[1:]}{local}", f"0031 {area[1:]} {shown}", f"{area}/{local}")  # fmt: skip

    def phone_ext(self, lang: str) -> str:
        word = self.one_of("toestel", "tst.", "doorkiesnummer", "(toestel") if lang != "en" else self.one_of("ext.",
                           "extension", "x")  # fmt: skip
        ext = str(self.rng.randint(10, 4999))
        return f"{self.phone_land(lang)} {word} {ext}" + (")" if word.startswith("(") else "")

    def phone_voice(self, lang: str) -> str:
        d = self._mobile()
        lead = self.one_of("nul zes", "nul-zes", "06") if lang != "en" else self.one_of("oh six", "zero six")
        return f"{lead} {self.aloud(d[:4], lang)} {self.aloud(d[4:], lang)}"

    def phone_head(self, lang: str) -> str:
        d = self._mobile()
        return self._halves("phone", f"06 {d[:4]} {d[4:]}", self.one_of(2, 7))

    def phone_tail(self, lang: str) -> str:
        return self._rest("phone")

    def phone_wrap(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(f"06\n{d}", f"+31 6 {d[:4]}\n{d[4:]}", f"06-{d[:2]}\n{d[2:]}")

    def _phone_in(self, where: str, lang: str) -> str:
        return self.pattern(self.rng.choice(tables.ABROAD_PHONES[where]))

    # PLATE
    def _plate(self) -> str:
        while True:
            code = self.rng.choice(tables.SIDE_CODES)
            value = "".join(self.rng.choice(tables.PLATE_LETTERS) if c == "L" else self.digits(1) if c == "D" else c
                            for c in code)  # fmt: skip
            if not any(bad in value.replace("-", "") for bad in tables.PLATE_AVOID):
                self._last_plate = value
                return value

    def plate(self, lang: str) -> str:
        if self._same and self._last_plate:
            return self._last_plate
        v = self._plate()
        return self.one_of(v, v, v, v.replace("-", ""), v.lower(), v.replace("-", " "), v.lower().replace("-", ""),
                           v.replace("-", "."))  # fmt: skip

    def plate_voice(self, lang: str) -> str:
        out = []
        for group in self._plate().split("-"):
            if group.isdigit():
                out.append(self.aloud(group, lang))
            elif lang == "en":
                out.append(" ".join(group))
            else:
                out.append(" ".join(f"{c} van {tables.SPELL_NL[c]}" if self.rng.random() < 0.6 else c for c in group))
        return (" dash " if lang == "en" else self.one_of(" streepje ", ", ", " ")).join(out)

    def plate_be(self, lang: str) -> str:
        return self.pattern(self.one_of("1-@@@-###", "2-@@@-###", "1@@@###"))


_OWN = {name for name in vars(FillersV20) | vars(FillersV20Numbers) if not name.startswith("_")} - {
    "fill", "digits", "one_of", "pattern", "aloud",
}  # fmt: skip
