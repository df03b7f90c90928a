"""Fillers of the `test_v15` split: its own pools (`privacy_fillers_v15_pools`) and its own format for every type.
Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v15_numbers`.

Written by someone who never saw the redaction rules. Names as each background writes them (a Somali given name with
father's and grandfather's names, a Vietnamese or Chinese family name first or last, Bulgarian and Polish surnames
agreeing with a woman), a passport's 'FAMILY Given', a surname in its own spreadsheet cell, a married name joining
two backgrounds, nicknames. E-mail at the domains of the caller's country (a QQ number, sapo.pt, abv.bg), at the
employer, with the domain mistyped and then put right, through voice-to-text ('at g mail punt com') or spelled.
Phones: Dutch mobiles typed every way, regional landlines, family abroad, read out in groups with 'dubbel', with
the '+' lost in Excel, put right with one digit changed. Plates: Dutch side codes 1 to 14 without vowels, said with
Dutch letter names, and nine countries' plates with their own letters.

Slot suffixes: `_M` / `_F` ask for a man's or a woman's first name, `_SAME` for a value of the person (or plate) the
template named last, `_UP` and `_LOW` write it in capitals or lower case, `_BARE` as a spreadsheet cell holds it."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v15_pools as tables
from benchmarks.privacy_fillers_v15_numbers import FillersV15Numbers

MODIFIERS = ("M", "F", "SAME", "UP", "LOW", "BARE")
_WEIGHTS = {  # how often a background comes up in Dutch and in English text
    "nl": "nl " * 6 + "tv " * 4 + "fy li be ma ma tr tr hi sr jv an cv so sy af pl ro bg pt br in cn vn ng gh",
    "en": "en en en ie ie in in ng ng gh cn br pt ro bg pl sy nl nl tv vn",
}

_PHONES = (  # country=format|format; each '#' a random digit (`FillersV15Numbers.pattern`)
    "cv=+238 9## ## ##|00238 5######;so=+252 61 ### ####|+252 90 #######;sy=+963 9## ### ###|00963 9########;"
    "af=+93 7# ### ####|0093 7########;ro=+40 7## ### ###|0040 7##-###-###;bg=+359 8# ### ####|+359 88#######;"
    "pt=+351 9## ### ###|+351 91#######;br=+55 11 9####-####|+55 (21) 9####-####;in=+91 9#### #####|+91-98########;"
    "cn=+86 13# #### ####|+86 18#########;vn=+84 9# ### ## ##|+84 3########;ng=+234 80# ### ####|0803 ### ####;"
    "gh=+233 24 ### ####|024 ### ####;an=+599 9 5## ####|+599 7## ####|+297 5## ####;"
    "uk=+44 7### ######|07### ### ###;ie=+353 8# ### ####|08# ### ####;be=+32 4## ## ## ##|04##/##.##.##;"
    "pl=+48 5## ### ###|+48 6##-###-###"
)
PHONES_ABROAD = {key: value.split("|") for key, value in (item.split("=") for item in _PHONES.split(";"))}
LANDLINES = "043 045 046 077 0475 040 073 076 0162 058 0511 0513 0515 0566 070 071 079 010 0180 033 035".split()


_ASCII = str.maketrans({"đ": "d", "ł": "l", "ı": "i"})  # letters NFKD does not take apart


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_ASCII)).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


class FillersV15(FillersV15Numbers):
    """Every fill method is the split's own; `fill(slot, lang)` strips the modifiers and dispatches."""

    _gender: str | None = None
    _last: tuple[str, str, str] | None = None  # first name, surname, background
    _email_right: str | None = None
    _phone_last: str | None = None
    _plate_last: str | None = None

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
            else:  # NAME_SO, PHONE_GH, IBAN_PT, PLATE_RO: a value of that background or country
                kind, country = name.split("_", 1)
                value = getattr(self, f"_{kind}_in")(country, lang)
        finally:
            self._gender, self._same = None, False
        if "BARE" in mods:  # as a spreadsheet cell holds it: no spaces, dots or hyphens
            value = "".join(char for char in value if char not in " .-\u00a0")
        return value.upper() if "UP" in mods else value.lower() if "LOW" in mods else value

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str, str]:
        if self._same and self._last:
            return self._last
        origin = origin or self.rng.choice(_WEIGHTS["en" if lang == "en" else "nl"].split())
        gender = self._gender or self.one_of("m", "f")
        first = self.pick(("women_" if gender == "f" else "men_") + origin)
        surname = self.pick("surname_" + origin)
        if gender == "f" and origin == "pl" and surname.endswith("ki"):
            surname = surname[:-1] + "a"
        elif gender == "f" and origin == "bg" and surname.endswith(("ov", "ev")):
            surname += "a"
        elif gender == "f" and surname.startswith(("Ó ", "Mac ")):  # a woman is Ní or Nic, so leave those out
            surname = self.rng.choice([name for name in self.pool["surname_ie"] if " " not in name])
        elif origin == "so":  # a given name, the father's, the grandfather's
            surname = f"{self.pick('men_so')} {surname}"
        self._last, self._email_right = (first, surname, origin), None
        return self._last

    def _ordered(self, first: str, surname: str, origin: str) -> str:
        if origin == "vn":
            return self.one_of(f"{surname} {first}", f"{surname} {first}", f"{first.split()[-1]} {surname}")
        if origin == "cn":
            return self.one_of(f"{surname} {first}", f"{first} {surname}")
        return f"{first} {surname}"

    def name_full(self, lang: str) -> str:
        return self._ordered(*self._person(lang))

    def _name_in(self, origin: str, lang: str) -> str:
        return self._ordered(*self._person(lang, origin))

    def name_first(self, lang: str) -> str:
        first, _, origin = self._person(lang)
        return first.split()[-1] if origin == "vn" else first

    def name_surname(self, lang: str) -> str:
        """Standing alone, a tussenvoegsel takes a capital: 'mevrouw Van der Plas'."""
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_last(self, lang: str) -> str:
        """The surname as a spreadsheet's own column holds it: 'van der Plas'."""
        return self._person(lang)[1]

    def name_initials(self, lang: str) -> str:
        first, surname, _ = self._person(lang, self.one_of("nl", "tv", "tv", "fy", "li", "be", "hi", "sr", "an"))
        extra = "".join(f"{c}." for c in self.rng.sample("ACEGHJMPTW", self.one_of(0, 1, 1, 2)))
        dotted = f"{first[0]}.{extra}"
        glued = f"{dotted}{surname}" if surname[0].isupper() else f"{dotted} {surname}"  # typed without the space
        return self.one_of(f"{dotted} {surname}", f"{dotted.replace('.', '')} {surname}", glued)

    def name_passport(self, lang: str) -> str:
        """As a passport or residence card prints it: family name in capitals, then the given names."""
        first, surname, origin = self._person(lang)
        return self.one_of(
            f"{surname.upper()} {first}", f"{surname.upper()}, {first}", f"{surname.upper()} {first.upper()}"
        )

    def name_double(self, lang: str) -> str:
        """A married woman's name joining two backgrounds: 'Ilonka Oudshoff-El Aissati'."""
        self._gender = "f"
        first, own, origin = self._person(
            lang, self.rng.choice("nl nl tv fy li be ma tr hi sr an cv pl bg pt br gh en".split())
        )
        partner = self.pick("surname_" + self.one_of("nl", "tv", "ma", "tr", "sr", "hi", "an", "fy"))
        return f"{first} {partner}-{own}"

    def name_nick(self, lang: str) -> str:
        return self.pick("nick")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    # EMAIL
    def _local(self, first: str, surname: str, origin: str) -> str:
        f, s, year = plain(first.split()[-1] if origin == "vn" else first), plain(surname), self.rng.randint(1958, 2004)
        return self.one_of(
            f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{s}.{f[0]}", f"{f}.{s}{year % 100:02d}",
            f"{f}_{s}{year % 100:02d}", f"{s}{f[0]}{year}", f"{f}{year}", f"{f[:3]}{s[:4]}", f"{f}-{s[0]}",
        )  # fmt: skip

    def _domain(self, origin: str) -> str:
        own = f"domain_{origin}"
        return self.pick(own if own in self.pool and self.rng.random() < 0.7 else "domain_nl")

    def email(self, lang: str) -> str:
        if self._same and self._email_right:
            return self._email_right
        first, surname, origin = self._person(lang)
        domain = self._domain(origin)
        local = str(self.rng.randint(10_000_000, 3_999_999_999)) if domain == "qq.com" else self._local(*self._last)
        self._email_right = f"{local}@{domain}"
        return self._email_right

    def email_work(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        f, s = plain(first), plain(surname)
        return f"{self.one_of(f'{f[0]}.{s}', f'{f}.{s}', f)}@{self.pick('domain_work')}"

    def email_typo(self, lang: str) -> str:
        """The address with its domain mistyped; `EMAIL_SAME` after it gives the address put right."""
        right = self.email(lang)
        local, domain = right.split("@")
        name, tld = domain.split(".", 1)
        wrong = self.one_of(
            f"{name}.{tld}{tld[-1]}", f"{name},{tld}", f"{name[:-1]}.{tld}", f"{name}.{tld[:-1]}",
            f"{name[0]}{name[2]}{name[1]}{name[3:]}.{tld}", f"{name}{tld}",
        )  # fmt: skip
        return f"{local}@{wrong}"

    def email_voice(self, lang: str) -> str:
        """As voice-to-text writes a spoken address: 'gijs punt ten broeke at g mail punt com'."""
        first, surname, origin = self._person(lang)
        f, s = plain(first), " ".join(plain(part) for part in surname.split())
        name, tld = self._domain(origin).split(".", 1)
        name = {"gmail": "g mail", "hotmail": "hot mail", "outlook": "out look"}.get(name, name)
        if lang == "en":
            return f"{f} dot {s} at {name} dot {tld.replace('.', ' dot ')}"
        at = self.one_of("at", "apenstaartje", "et", "add")
        return f"{f} punt {s} {at} {name} punt {tld.replace('.', ' punt ')}"

    def email_spelled(self, lang: str) -> str:
        """Spelled letter by letter with hyphens, the domain said as a word."""
        first, surname, origin = self._person(lang)
        dot = "dot" if lang == "en" else "punt"
        name, tld = self._domain(origin).split(".", 1)
        return (
            f"{'-'.join(plain(first))} {dot} {'-'.join(plain(surname))} at {name} {dot} {tld.replace('.', f' {dot} ')}"
        )

    # PHONE
    def _mobile(self) -> str:
        self._phone_last = "6" + self.rng.choice("123456") + self.digits(7)
        return self._phone_last[1:]

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06-{d}", f"06 {d[:4]} {d[4:]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+31 6 {d[:4]} {d[4:]}",
            f"+31 (0)6 {d}", f"0031 6 {d}", f"06 {d[:3]} {d[3:6]} {d[6:]}", f"+316{d}", f"06 - {d[:4]} {d[4:]}",
            f"+31-6-{d}", f"06/{d}", f"06{d}",
        )  # fmt: skip

    def phone_cell(self, lang: str) -> str:
        """As Excel shows a mobile it took for a number: '31612345678', the '+' gone."""
        return "316" + self._mobile()

    def phone_fix(self, lang: str) -> str:
        """The mobile given last, put right: one digit of its second half changed."""
        value = "0" + (self._phone_last or "6" + self.rng.choice("123456") + self.digits(7))
        index = self.rng.randint(6, 9)
        value = value[:index] + str((int(value[index]) + self.rng.randint(1, 8)) % 10) + value[index + 1 :]
        return f"{value[:2]}-{value[2:]}"

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(LANDLINES)
        local = str(self.rng.randint(2, 8)) + self.digits(9 - len(area))
        return self.one_of(
            f"{area}-{local}", f"({area}) {local}", f"{area} {local[:3]} {local[3:]}", f"+31 {area[1:]} {local}"
        )

    def phone_voice(self, lang: str) -> str:
        """'nul zes, een twee drie, dubbel vier vijf, ...' in the groups people read a mobile in."""
        d = self._mobile()
        words, double, start = (
            (tables.DIGITS_EN, "double", "oh six") if lang == "en" else (tables.DIGITS_NL, "dubbel", "nul zes")
        )
        sizes = self.one_of((4, 4), (2, 3, 3), (3, 3, 2), (2, 2, 2, 2))
        groups, index = [], 0
        for size in sizes:
            groups.append(tables.said(d[index : index + size], words, double))
            index += size
        return f"{start}, " + ", ".join(groups)

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
            if not any(bad in letters for bad in ("SS", "SD", "KKK", "NSB", "PVV", "GVD", "TBS", "SGP")):
                self._plate_last = value
                return value

    def plate(self, lang: str) -> str:
        if self._same and self._plate_last:
            return self._plate_last
        value = self._plate()
        return self.one_of(value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_voice(self, lang: str) -> str:
        """Groups of digits as numbers, letters one by one: 'zevenenzestig, ge ha ze, vier'."""
        said = []
        for group in self._plate().split("-"):
            if group.isalpha():
                said.append(" ".join(c if lang == "en" else tables.LETTERS_NL[c] for c in group))
            elif lang == "en" or len(group) == 3 or group[0] == "0":
                said.append(" ".join((tables.DIGITS_EN if lang == "en" else tables.DIGITS_NL)[int(c)] for c in group))
            else:
                said.append(tables.nl_number(int(group)))
        return ", ".join(said)

    def _plate_in(self, country: str, lang: str) -> str:
        letters = tables.PLATE_ALPHABETS.get(country, tables.CAPITALS)
        return self.pattern(self.rng.choice(tables.PLATES_ABROAD[country]), letters)


_OWN = {name for name in vars(FillersV15) | vars(FillersV15Numbers) if not name.startswith("_")} - {
    "fill", "digits", "one_of", "pattern",
}  # fmt: skip
