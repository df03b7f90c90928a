"""Fillers of the `test_v17` split: its own pools (`privacy_fillers_v17_pools`) and its own format for every type.
Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v17_numbers`.

Written by someone who never saw the redaction rules. Names as people write them: given name and surname, the
family name first (Chinese, Vietnamese, a form's 'Surname, Given'), a surname after a title, initials with or
without dots, a married double surname, all caps, lower case, a typo (two letters swapped), a nickname, a child, an
agent. E-mail from the name at the caller's country's domains, at work, mistyped and put right, spoken ('punt',
'apenstaartje', 'dot'), hidden from bots ('[at]'), capitalised. Phones: Dutch mobiles in every grouping, landlines,
Belgian, German, British, Polish and Moroccan numbers, said digit by digit or in pairs, broken over a line, one digit
put right. Plates: Dutch side codes 1 to 14 without vowels, spelled with Dutch letter names or the NATO alphabet,
and Belgian, German, British and Polish plates.

Slot suffixes: `_M` / `_F` ask for a man's or a woman's name, `_SAME` for a value of the person (or plate) named
last, `_UP` / `_LOW` write it in capitals or lower case, `_BARE` drops spaces, dots and hyphens."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v17_pools as tables
from benchmarks.privacy_fillers_v17_numbers import FillersV17Numbers

MODIFIERS = ("M", "F", "SAME", "UP", "LOW", "BARE")
_PHONES = (  # country=format|format; '#' a digit
    "be=+32 47# ## ## ##|0498/## ## ##|0032 4## ### ###;de=+49 17# #######|0049 (0)15# ### ####;"
    "uk=+44 7### ### ###|07### ######;pl=+48 5## ### ###|0048 6########;ma=+212 6## ## ## ##|00212 6########"
)
PHONES_ABROAD = {key: value.split("|") for key, value in (item.split("=") for item in _PHONES.split(";"))}
LANDLINES = "020 010 070 030 040 043 045 050 058 071 072 073 075 076 0162 0223 0318 0341 0478 0515 0566 0575".split()
_ASCII = str.maketrans({"ı": "i", "ş": "s", "ł": "l", "ț": "t", "ß": "ss"})


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_ASCII)).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


class FillersV17(FillersV17Numbers):
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
            else:  # NAME_PL, PHONE_BE, IBAN_DE, PLATE_UK, POSTCODE_UK, ADDRESS_BE
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
        if gender == "f" and origin in ("pl", "bg"):  # Wiśniewska, Petrova
            surname = surname[:-1] + "a" if surname.endswith("ki") else surname + "a" if origin == "bg" else surname
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
        """As a form or a register prints it: 'Kamphuis, Marieke' or 'Graaf, Jet de'."""
        first, surname, origin = self._person(lang)
        words = surname.split()
        if origin == "tv" and words[0].islower():
            particle = " ".join(w for w in words if w.islower() or w == "'t")
            core = " ".join(w for w in words if not (w.islower() or w == "'t"))
            return f"{core}, {first} {particle}"
        return f"{surname}, {first}"

    def name_initials(self, lang: str) -> str:
        first, surname, _ = self._person(lang, self.one_of("nl", "tv", "tv", "fy", "be", "sr", "aw"))
        extra = self.rng.choice(["", "", "", "W.", "J.M.", "A.C.", "Th."])
        dotted = f"{first[0]}.{extra}"
        return self.one_of(f"{dotted} {surname}", f"{dotted.replace('.', '')} {surname}", f"{dotted} {surname.upper()}")

    def name_double(self, lang: str) -> str:
        first, own, _ = self._person(lang, self.one_of("nl", "tv", "fy", "sr", "aw"))
        partner = self.pick("surname_" + self.one_of("nl", "tv", "ma", "tr", "pl", "en"))
        return self.one_of(f"{first} {partner}-{own}", f"{first} {own}-{partner}")

    def name_typo(self, lang: str) -> str:
        """A surname with two letters swapped, as typed in a hurry."""
        first, surname, _ = self._person(lang, self.one_of("nl", "fy", "pl", "en", "ma"))
        if len(surname) > 4 and " " not in surname:
            i = self.rng.randint(1, len(surname) - 3)
            surname = surname[:i] + surname[i + 1] + surname[i] + surname[i + 2 :]
        return f"{first} {surname}"

    def name_nick(self, lang: str) -> str:
        return self.pick("nick")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    # EMAIL
    def _address_of(self, first: str, surname: str, origin: str) -> str:
        f, s, year = plain(first), plain(surname), self.rng.randint(1948, 2006) % 100
        local = self.one_of(
            f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{s}.{f[0]}", f"{f}{year:02d}", f"{f}-{s}", f"{f}.{s[:4]}",
            f"{s}{f}{year:02d}", f"{f[0]}.{s}", f"{f}_{s}", f"info.{s}",
        )  # fmt: skip
        key = f"domain_{origin}" if f"domain_{origin}" in self.pool else "domain_nl"
        if origin in ("in", "ng", "gh", "cn", "vn") or (origin == "en" and self.rng.random() < 0.8):
            key = self.one_of("domain_en", "domain_nl")
        return f"{local}@{self.pick(key)}"

    def email(self, lang: str) -> str:
        if self._same and self._email_last:
            return self._email_last
        self._same = self._same or (self._last is not None and self._email_last is None and self.rng.random() < 0.7)
        self._email_last = self._address_of(*self._person(lang))
        return self._email_last

    def email_work(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return f"{plain(first)}.{plain(surname)}@{self.pick('domain_work')}"

    def email_cap(self, lang: str) -> str:
        value = self.email(lang)
        return value[0].upper() + value[1:]

    def email_typo(self, lang: str) -> str:
        """The address with a slip; `EMAIL_SAME` after it gives it right."""
        local, domain = self.email(lang).split("@")
        wrong = self.one_of(domain.replace(".", ",", 1), domain.replace(".", "", 1), domain[:-1],
                            domain.replace("m", "n", 1) if "m" in domain else domain + "l")  # fmt: skip
        return f"{local}@{wrong}"

    def email_hidden(self, lang: str) -> str:
        local, domain = self.email(lang).split("@")
        name, tld = domain.split(".", 1)
        return self.one_of(f"{local} [at] {name} [dot] {tld}", f"{local}(at){domain}", f"{local} @ {domain}")

    def email_voice(self, lang: str) -> str:
        local, domain = self._address_of(*self._person(lang)).split("@")
        dot, at = ("dot", "at") if lang == "en" else ("punt", self.one_of("apenstaartje", "at", "ed"))
        said = local.replace(".", f" {dot} ").replace("-", " streepje " if lang != "en" else " dash ")
        said = said.replace("_", " underscore " if lang == "en" else " laag streepje ")
        return f"{said} {at} {domain.replace('.', f' {dot} ')}"

    # PHONE
    def _mobile(self) -> str:
        self._phone_last = "6" + self.rng.choice("1234568") + self.digits(7)
        return self._phone_last[1:]

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06-{d}", f"06 {d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:2]} {d[2:5]} {d[5:]}",
            f"+31 6 {d[:4]} {d[4:]}", f"+316{d}", f"06{d}", f"06/{d}", f"0031 6 {d}",
            f"06 - {d[:4]} {d[4:]}", f"06.{d[:4]}.{d[4:]}", f"+31(0)6 {d}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(LANDLINES)
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        return self.one_of(f"{area}-{local}", f"{area} - {local}", f"{area}/{local}",
                           f"{area} {local[:2]} {local[2:4]} {local[4:]}", f"+31 {area[1:]} {local}")  # fmt: skip

    def phone_wrap(self, lang: str) -> str:
        d = self._mobile()
        return f"06 {d[:4]}\n{d[4:]}"

    def phone_fix(self, lang: str) -> str:
        value = "0" + (self._phone_last or "6" + self.digits(8))
        index = self.rng.randint(4, 9)
        value = value[:index] + str((int(value[index]) + self.rng.randint(1, 9)) % 10) + value[index + 1 :]
        return f"{value[:2]} {value[2:]}"

    def phone_voice(self, lang: str) -> str:
        d = self._mobile()
        start = self.one_of("oh six", "zero six") if lang == "en" else self.one_of("nul zes", "nul, zes")
        return f"{start} {tables.in_pairs(d[:2], lang)} {tables.in_pairs(d[2:], lang)}" if self.rng.random() < 0.4 \
            else f"{start} {tables.one_by_one(d, lang)}"  # fmt: skip

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
        return self.one_of(value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_voice(self, lang: str) -> str:
        said = []
        for group in self._plate().split("-"):
            if group.isalpha():
                names = tables.ALPHA_EN if lang == "en" and self.rng.random() < 0.5 else None
                said.append(" ".join(names[c] if names else c if lang == "en" else tables.LETTERS_NL[c] for c in group))
            else:
                said.append(tables.one_by_one(group, lang))
        return self.one_of(" streepje ".join(said), ", ".join(said)) if lang != "en" else ", ".join(said)

    def _plate_in(self, country: str, lang: str) -> str:
        return self.pattern(self.rng.choice(tables.PLATES_ABROAD[country]))


_OWN = {name for name in vars(FillersV17) | vars(FillersV17Numbers) if not name.startswith("_")} - {
    "fill", "digits", "one_of", "pattern",
}  # fmt: skip
