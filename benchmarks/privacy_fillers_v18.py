"""Fillers of the `test_v18` split: its own pools (`privacy_fillers_v18_pools`) and its own format for every type.
Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v18_numbers`.

Written by someone who never saw the redaction rules. Names as people write them: given name and surname, the
family name first (Japanese, Korean, Hungarian, a register's 'SURNAME, Given'), a surname after a title, initials
with or without dots, a married double surname, all caps, lower case, a typo (a letter doubled or dropped), a
nickname, a child, an agent. E-mail from the name at the caller's domains, at work, mistyped and put right, spoken
('punt', 'apenstaartje', 'dot', 'at'), hidden from bots ('[at]', ' at ', '(a)'). Phones: Dutch mobiles in every
grouping, with brackets and dots, landlines, Belgian, German and British numbers, said digit by digit, in pairs or
with 'dubbel', broken over a line, one digit put right. Plates: Dutch side codes 1 to 14 without vowels, spelled
with the Dutch spelling alphabet or the NATO one, and Belgian, German and British plates.

Slot suffixes: `_M` / `_F` ask for a man's or a woman's name, `_SAME` for a value of the person (or plate) named
last, `_UP` / `_LOW` write it in capitals or lower case, `_BARE` drops spaces, dots and hyphens."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v18_pools as tables
from benchmarks.privacy_fillers_v18_numbers import FillersV18Numbers

MODIFIERS = ("M", "F", "SAME", "UP", "LOW", "BARE")
_PHONES = (  # country=format|format; '#' a digit
    "be=+32 4## ## ## ##|04## / ## ## ##|+32 (0)4## ######;de=+49 (0)16# #######|0049 152 ########;"
    "uk=+44 (0)7### ######|07### ### ###|+447#########"
)
PHONES_ABROAD = {key: value.split("|") for key, value in (item.split("=") for item in _PHONES.split(";"))}
LANDLINES = "020 010 070 013 024 026 033 035 038 046 053 055 077 079 0111 0172 0229 0299 0348 0413 0492 0513".split()
_ASCII = str.maketrans({"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "'": ""})


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_ASCII)).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


class FillersV18(FillersV18Numbers):
    """Every fill method is the split's own; `fill(slot, lang)` strips the modifiers and dispatches."""

    _gender: str | None = None
    _last: tuple[str, str, str] | None = None
    _phone_last: str | None = None
    _plate_last: str | None = None
    _email_last: str | None = None

    def fill(self, slot: str, lang: str) -> str:
        parts = slot.lower().split("_")
        mods = set()
        while len(parts) > 1 and parts[-1].upper() in MODIFIERS:
            mods.add(parts.pop().upper())
        self._gender = "m" if "M" in mods else "f" if "F" in mods else None
        self._same = "SAME" in mods
        name = "_".join(parts)
        try:
            if name in _OWN:
                value = getattr(self, name)(lang)
            elif name.startswith("customer_number_"):
                value = self.customer_number(lang, name.removeprefix("customer_number_"))
            else:  # NAME_UA, PHONE_BE, IBAN_DE, PLATE_UK, POSTCODE_UK, ADDRESS_BE
                kind, country = name.split("_", 1)
                value = getattr(self, f"_{kind}_in")(country, lang)
        finally:
            self._gender, self._same = None, False
        if "BARE" in mods:
            value = "".join(char for char in value if char not in " .-/")
        return value.upper() if "UP" in mods else value.lower() if "LOW" in mods else value

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str, str]:
        if self._same and self._last:
            return self._last
        origin = origin or self.rng.choice(tables.WEIGHTS["en" if lang == "en" else "nl"].split())
        gender = self._gender or self.one_of("m", "f")
        first, surname = self.pick(("women_" if gender == "f" else "men_") + origin), self.pick("surname_" + origin)
        self._last, self._email_last = (first, surname, origin), None
        return self._last

    def _ordered(self, first: str, surname: str, origin: str) -> str:
        if origin in tables.FAMILY_FIRST:
            return self.one_of(f"{surname} {first}", f"{first} {surname}", f"{surname.upper()} {first}")
        return f"{first} {surname}"

    def name_full(self, lang: str) -> str:
        return self._ordered(*self._person(lang))

    def _name_in(self, origin: str, lang: str) -> str:
        return self._ordered(*self._person(lang, origin))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_form(self, lang: str) -> str:
        """As a register prints it: 'BRINKMAN, Femke' or 'Vliet, Job van'."""
        first, surname, origin = self._person(lang)
        words = surname.split()
        if origin == "tv" and (words[0].islower() or words[0] == "'t"):
            particle = " ".join(w for w in words if w.islower() or w == "'t")
            core = " ".join(w for w in words if not (w.islower() or w == "'t"))
            return f"{core}, {first} {particle}"
        return self.one_of(f"{surname}, {first}", f"{surname.upper()}, {first}")

    def name_initials(self, lang: str) -> str:
        first, surname, _ = self._person(lang, self.one_of("nl", "tv", "tv", "fy", "li", "be", "sr", "mo"))
        extra = self.rng.choice(["", "", "", "M.", "H.J.", "G.A.M.", "Chr."])
        dotted = f"{first[0]}.{extra}"
        return self.one_of(f"{dotted} {surname}", f"{dotted.replace('.', '')} {surname}", f"{dotted}{surname}",
                           f"{surname}, {dotted}")  # fmt: skip

    def name_double(self, lang: str) -> str:
        first, own, _ = self._person(lang, self.one_of("nl", "tv", "fy", "li", "mo"))
        partner = self.pick("surname_" + self.one_of("nl", "tv", "ma", "tr", "ua", "en", "sr"))
        return self.one_of(f"{first} {partner}-{own}", f"{first} {own}-{partner}", f"{first} {own} - {partner}")

    def name_typo(self, lang: str) -> str:
        """A surname with a letter doubled or dropped, as typed on a phone."""
        first, surname, _ = self._person(lang, self.one_of("nl", "fy", "ua", "en", "ma", "tr"))
        if len(surname) > 4 and " " not in surname:
            i = self.rng.randint(1, len(surname) - 2)
            surname = (
                surname[:i] + surname[i] + surname[i:] if self.rng.random() < 0.5 else surname[:i] + surname[i + 1 :]
            )
        return f"{first} {surname}"

    def name_nick(self, lang: str) -> str:
        return self.pick("nick")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    # EMAIL
    def _address_of(self, first: str, surname: str, origin: str) -> str:
        f, s, year = plain(first), plain(surname), self.rng.randint(1950, 2008) % 100
        local = self.one_of(
            f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{s}{f[0]}", f"{f}{year:02d}", f"{f}.{s}{year:02d}", f"{s}.{f}",
            f"{f[:3]}{s[:3]}", f"{f}_{s[0]}", f"{s}-{f}", f"{f}+shop", f"{f}.{s}.{year:02d}",
        )  # fmt: skip
        key = f"domain_{origin}" if f"domain_{origin}" in self.pool else "domain_nl"
        if origin in ("en", "pk", "ir", "ph", "jp", "kr") and self.rng.random() < 0.7:
            key = "domain_en"
        return f"{local}@{self.pick(key)}"

    def email(self, lang: str) -> str:
        if self._same and self._email_last:
            return self._email_last
        self._same = self._same or (self._last is not None and self._email_last is None and self.rng.random() < 0.6)
        self._email_last = self._address_of(*self._person(lang))
        return self._email_last

    def email_work(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return self.one_of(f"{plain(first)}.{plain(surname)}", f"{plain(first)[0]}.{plain(surname)}") + \
            f"@{self.pick('domain_work')}"  # fmt: skip

    def email_typo(self, lang: str) -> str:
        """The address with a slip; `EMAIL_SAME` after it gives it right."""
        local, domain = self.email(lang).split("@")
        return self.one_of(f"{local}@{domain.replace('.', ' .', 1)}", f"{local}@@{domain}",
                           f"{local}@{domain.split('.')[0]}",
                           f"{local}@{domain.replace('co', 'ocm', 1) if 'co' in domain else domain + '.'}")  # fmt: skip

    def email_hidden(self, lang: str) -> str:
        local, domain = self.email(lang).split("@")
        return self.one_of(f"{local} at {domain}", f"{local}(a){domain}", f"{local} [at] {domain.replace('.', ' . ')}",
                           f"{local} AT {domain}")  # fmt: skip

    def email_voice(self, lang: str) -> str:
        local, domain = self._address_of(*self._person(lang)).split("@")
        dot, at = ("dot", self.one_of("at", "at sign")) if lang == "en" else ("punt", self.one_of("apenstaartje", "at"))
        said = local.replace(".", f" {dot} ").replace("-", " min " if lang != "en" else " hyphen ")
        said = said.replace("_", " underscore ").replace("+", " plus ")
        return f"{said} {at} {domain.replace('.', f' {dot} ')}"

    # PHONE
    def _mobile(self) -> str:
        self._phone_last = "6" + self.rng.choice("1234568") + self.digits(7)
        return self._phone_last[1:]

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06-{d}", f"06 {d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"(06) {d[:4]} {d[4:]}",
            f"06 {d[:3]} {d[3:5]} {d[5:]}", f"+31 (0)6-{d}", f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06{d}",
            f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
            f"0031-6-{d}", f"+31-6-{d[:4]}-{d[4:]}", f"06 - {d}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(LANDLINES)
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        return self.one_of(f"{area}-{local}", f"({area}) {local}", f"{area} {local[:3]} {local[3:]}",
                           f"+31 ({area[1:]}) {local}", f"{area}.{local}")  # fmt: skip

    def phone_wrap(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(f"06-{d[:4]}\n{d[4:]}", f"06\n{d}")

    def phone_fix(self, lang: str) -> str:
        value = "0" + (self._phone_last or "6" + self.digits(8))
        index = self.rng.randint(3, 9)
        value = value[:index] + str((int(value[index]) + self.rng.randint(1, 9)) % 10) + value[index + 1 :]
        return f"{value[:2]}-{value[2:]}"

    def phone_voice(self, lang: str) -> str:
        d = self._mobile()
        start = self.one_of("oh six", "zero six", "o six") if lang == "en" else self.one_of("nul zes", "nul-zes")
        return f"{start}, {self.said(d[:4], lang)}, {self.said(d[4:], lang)}"

    def _phone_in(self, country: str, lang: str) -> str:
        return self.pattern(self.rng.choice(PHONES_ABROAD[country]))

    # PLATE
    def _plate(self) -> str:
        while True:
            code = self.rng.choice(tables.SIDE_CODES)
            value = "".join(self.rng.choice(tables.PLATE_LETTERS) if c == "X" else self.digits(1) if c == "9" else c
                            for c in code)  # fmt: skip
            letters = "".join(c for c in value if c.isalpha())
            if not any(bad in letters for bad in tables.BAD_LETTERS):
                self._plate_last = value
                return value

    def plate(self, lang: str) -> str:
        if self._same and self._plate_last:
            return self._plate_last
        value = self._plate()
        return self.one_of(value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "),
                           value.replace("-", "."))  # fmt: skip

    def plate_voice(self, lang: str) -> str:
        said = []
        for group in self._plate().split("-"):
            if group.isalpha():
                if lang == "en":
                    said.append(" ".join(tables.ALPHA_EN[c] if self.rng.random() < 0.6 else c for c in group))
                else:
                    table = tables.SPELL_NL if self.rng.random() < 0.5 else tables.LETTERS_NL
                    said.append(" ".join(table[c] for c in group))
            else:
                said.append(tables.one_by_one(group, lang))
        return self.one_of(" streepje ".join(said), ", ".join(said)) if lang != "en" else " dash ".join(said)

    def _plate_in(self, country: str, lang: str) -> str:
        return self.pattern(self.rng.choice(tables.PLATES_ABROAD[country]))


_OWN = {name for name in vars(FillersV18) | vars(FillersV18Numbers) if not name.startswith("_")} - {
    "fill", "digits", "one_of", "pattern", "said",
}  # fmt: skip
