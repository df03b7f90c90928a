"""Fillers of the `test_v16` split: its own pools (`privacy_fillers_v16_pools`) and its own format for every type.
Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v16_numbers`.

Written by someone who never saw the redaction rules. Names as people write them: given name and surname, a
surname alone (a tussenvoegsel capitalised when it stands first), initials with or without dots, two Spanish
surnames, all caps, lower case, a nickname, a child, an agent; family name first for Japanese and Korean callers.
E-mail from the name at the domains of the caller's country, at work, mistyped and put right, spoken ('punt',
'apenstaartje'), capitalised by autocorrect. Phones: Dutch mobiles in every grouping, landlines, numbers abroad,
read out digit by digit or in pairs, broken over a line, one digit put right. Plates: Dutch side codes 1 to 14
without vowels, spoken with Dutch letter names, and eight countries' plates.

Slot suffixes: `_M` / `_F` ask for a man's or a woman's name, `_SAME` for a value of the person (or plate) named
last, `_UP` / `_LOW` write it in capitals or lower case, `_BARE` drops spaces, dots and hyphens."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v16_pools as tables
from benchmarks.privacy_fillers_v16_numbers import FillersV16Numbers

MODIFIERS = ("M", "F", "SAME", "UP", "LOW", "BARE")
_WEIGHTS = {
    "nl": "nl " * 6 + "tv " * 5 + "be ma ma tr tr sr sr id er ir ua ua gr it es ph za en",
    "en": "en en en en za ph ph jp kr ua ir er it gr es nl tv",
}
_PHONES = (  # country=format|format; '#' a digit
    "be=+32 4## ## ## ##|04##/## ## ##|0032 47# ######;de=+49 15# ########|0049 17# #######;"
    "fr=+33 6 ## ## ## ##|06 ## ## ## ##;es=+34 6## ### ###|+34 7## ## ## ##;it=+39 3## ### ####|0039 34# #######;"
    "uk=+44 7### ######|07### ######;ua=+380 6# ### ## ##|+380 9########;pt=+351 91# ### ###"
)
PHONES_ABROAD = {key: value.split("|") for key, value in (item.split("=") for item in _PHONES.split(";"))}
LANDLINES = "020 010 030 050 053 024 026 038 0224 0297 0344 0418 0492 0522 0546 0595 0113 0172".split()
_ASCII = str.maketrans({"ı": "i", "ş": "s", "ç": "c", "ğ": "g"})


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_ASCII)).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


class FillersV16(FillersV16Numbers):
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
            else:  # NAME_UA, PHONE_BE, IBAN_DE, PLATE_FR, POSTCODE_UK, ADDRESS_ES
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
        origin = origin or self.rng.choice(_WEIGHTS["en" if lang == "en" else "nl"].split())
        gender = self._gender or self.one_of("m", "f")
        first = self.pick(("women_" if gender == "f" else "men_") + origin)
        surname = self.pick("surname_" + origin)
        self._last, self._email_last = (first, surname, origin), None
        return self._last

    def _ordered(self, first: str, surname: str, origin: str) -> str:
        if origin in ("jp", "kr"):
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

    def name_last(self, lang: str) -> str:
        return self._person(lang)[1]

    def name_initials(self, lang: str) -> str:
        first, surname, _ = self._person(lang, self.one_of("nl", "tv", "tv", "be", "sr", "id"))
        extra = self.rng.choice(["", "", "J.", "M.", "H.C.", "A.W."])
        dotted = f"{first[0]}.{extra}"
        return self.one_of(f"{dotted} {surname}", f"{dotted.replace('.', '')} {surname}", f"{dotted}{surname}")

    def name_double(self, lang: str) -> str:
        """A married woman's name: her husband's surname, a hyphen, her own."""
        first, own, _ = self._person(lang, self.one_of("nl", "tv", "sr", "id", "be"))
        partner = self.pick("surname_" + self.one_of("nl", "tv", "ma", "tr", "ua", "it"))
        return f"{first} {partner}-{own}"

    def name_nick(self, lang: str) -> str:
        return self.pick("nick")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    # EMAIL
    def _address_of(self, first: str, surname: str, origin: str) -> str:
        f, s, year = plain(first), plain(surname), self.rng.randint(1950, 2005) % 100
        local = self.one_of(
            f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{s}{f[0]}", f"{f}{year:02d}", f"{f}_{s[:5]}", f"{s}.{f}",
            f"{f}.{s}{year:02d}", f"{f[0]}{s}{self.rng.randint(1, 99)}",
        )  # fmt: skip
        domain_key = f"domain_{origin}" if f"domain_{origin}" in self.pool else "domain_nl"
        if origin in ("en", "za", "ph", "jp", "kr", "er", "ir"):
            domain_key = self.one_of("domain_en", "domain_nl")
        return f"{local}@{self.pick(domain_key)}"

    def email(self, lang: str) -> str:
        if self._same and self._email_last:
            return self._email_last
        self._email_last = self._address_of(*self._person(lang))
        return self._email_last

    def email_work(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return f"{self.one_of(plain(first[0]) + '.', plain(first) + '.')}{plain(surname)}@{self.pick('domain_work')}"

    def email_auto(self, lang: str) -> str:
        """Autocorrect gave it a capital at the start."""
        value = self.email(lang)
        return value[0].upper() + value[1:]

    def email_typo(self, lang: str) -> str:
        """The address with a slip in the domain; `EMAIL_SAME` after it gives it right."""
        right = self.email(lang)
        local, domain = right.split("@")
        wrong = self.one_of(domain.replace(".", ",", 1), domain[:-1], domain.replace("o", "i", 1) if "o" in domain
                            else domain + "m", domain.replace(".", "", 1))  # fmt: skip
        return f"{local}@{wrong}"

    def email_voice(self, lang: str) -> str:
        first, surname, origin = self._person(lang)
        name, tld = self._address_of(first, surname, origin).split("@")[1].split(".", 1)
        if lang == "en":
            return f"{plain(first)} dot {plain(surname)} at {name} dot {tld.replace('.', ' dot ')}"
        at = self.one_of("apenstaartje", "at", "et")
        return f"{plain(first)} punt {plain(surname)} {at} {name} punt {tld.replace('.', ' punt ')}"

    # PHONE
    def _mobile(self) -> str:
        self._phone_last = "6" + self.rng.choice("1234568") + self.digits(7)
        return self._phone_last[1:]

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06-{d}", f"06 {d[:4]} {d[4:]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+31 6 {d[:2]} {d[2:5]} {d[5:]}",
            f"+31 (0)6-{d}", f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", f"06{d}", f"+31 6{d}",
            f"06 {d[:3]} {d[3:5]} {d[5:]}", f"06/{d[:4]} {d[4:]}", f"0031-6-{d}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(LANDLINES)
        local = str(self.rng.randint(2, 8)) + self.digits(9 - len(area))
        return self.one_of(f"{area}-{local}", f"{area} {local[:3]} {local[3:]}",
                           f"+31 {area[1:]} {local}")  # fmt: skip

    def phone_wrap(self, lang: str) -> str:
        d = self._mobile()
        return f"06-{d[:4]}\n{d[4:]}"

    def phone_fix(self, lang: str) -> str:
        value = "0" + (self._phone_last or "6" + self.digits(8))
        index = self.rng.randint(5, 9)
        value = value[:index] + str((int(value[index]) + self.rng.randint(1, 9)) % 10) + value[index + 1 :]
        return f"{value[:2]}-{value[2:]}"

    def phone_voice(self, lang: str) -> str:
        d = self._mobile()
        start = "oh six" if lang == "en" else "nul zes"
        if self.rng.random() < 0.5:
            return f"{start}, {tables.in_pairs(d, lang)}"
        return f"{start} {tables.one_by_one(d, lang)}"

    def _phone_in(self, country: str, lang: str) -> str:
        return self.pattern(self.rng.choice(PHONES_ABROAD[country]))

    # PLATE
    def _plate(self) -> str:
        while True:
            code = self.rng.choice(tables.SIDE_CODES)
            value = "".join(
                self.rng.choice(tables.PLATE_LETTERS) if c == "L" else self.digits(1) if c == "D" else c for c in code
            )
            letters = "".join(c for c in value if c.isalpha())
            if not any(bad in letters for bad in ("SS", "SD", "NSB", "PVV", "KKK", "GVD", "TBS", "SGP", "VVD", "PKK")):
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
                said.append(" ".join(c if lang == "en" else tables.LETTERS_NL[c] for c in group))
            else:
                said.append(tables.one_by_one(group, lang))
        return ", ".join(said)

    def _plate_in(self, country: str, lang: str) -> str:
        letters = tables.PLATE_ALPHABETS.get(country, tables.CAPITALS)
        return self.pattern(self.rng.choice(tables.PLATES_ABROAD[country]), letters)


_OWN = {name for name in vars(FillersV16) | vars(FillersV16Numbers) if not name.startswith("_")} - {
    "fill", "digits", "one_of", "pattern",
}  # fmt: skip
