"""Fillers of the `test_v21` split: its own pools (`privacy_fillers_v21_pools`) and its own way of writing every
type. Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v21_numbers`.

Written by someone who never saw the redaction rules. Names: given name and surname; the surname alone after a
title with its particle capitalised ('mevr. Van 't Veer'); initials with and without dots ('J.P. ter Horst', 'JP ter
Horst', 'J. P. ter Horst'); a married woman's double name ('Brinkman-van der Linden'); a register's 'Linden, J.P. van
der'; a name over two lines; capitals and lower case. E-mail: from the name, with plus-addressing
('roos.koster+camping@...'), obfuscated ('[at]', '(at)', 'AT ... DOT'), spelled aloud, broken at the '@',
URL-encoded in a query string ('%40'), first mistyped then corrected. Phones: Dutch mobiles and landlines grouped in
many ways, +31 / 0031 / (0), a digit too many then corrected, said aloud, over a line break, bare in a URL
('31612345678'), and numbers from Turkey, Morocco, Suriname, Curaçao, Poland, Romania, Syria, Eritrea, Indonesia,
Greece, Germany, Belgium and the UK. Plates: Dutch side codes with and without dashes, lower case, and spelled with
the Dutch spelling alphabet.

Slot modifiers: `_M` / `_F` a man's or woman's name, `_AGAIN` the person (or plate) named last, `_CAPS` / `_SMALL`
capitals or lower case."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v21_pools as t
from benchmarks.privacy_fillers_v21_numbers import FillersV21Numbers

MODIFIERS = ("M", "F", "AGAIN", "CAPS", "SMALL")
_PLAIN = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ş": "s", "ğ": "g", "'": "", "ț": "t", "ă": "a"})


def mailable(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN)).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


class FillersV21(FillersV21Numbers):
    """`fill(slot, lang)` strips the modifiers and calls the split's own method for the rest of the slot name."""

    _gender: str | None = None
    _again = False
    _who: tuple[str, str, str] | None = None
    _plate_seen: str | None = None

    def fill(self, slot: str, lang: str) -> str:
        parts = slot.split("_")
        mods = set()
        while len(parts) > 1 and parts[-1] in MODIFIERS:
            mods.add(parts.pop())
        self._gender = "m" if "M" in mods else "f" if "F" in mods else None
        self._again = "AGAIN" in mods
        name = "_".join(parts).lower()
        try:
            if name.startswith("customer_number_"):
                value = self.customer_number(lang, name.removeprefix("customer_number_"))
            elif name in _OWN:
                value = getattr(self, name)(lang)
            else:  # NAME_TR, PHONE_MA, ...
                kind, where = name.split("_", 1)
                value = getattr(self, f"_{kind}_abroad")(where, lang)
        finally:
            self._gender, self._again = None, False
        return value.upper() if "CAPS" in mods else value.lower() if "SMALL" in mods else value

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str, str]:
        if self._again and self._who:
            return self._who
        origin = origin or self.rng.choice(t.WEIGHTS["en" if lang == "en" else "nl"].split())
        gender = self._gender or self.one_of("m", "f")
        first = self.pick(("men_" if gender == "m" else "women_") + origin)
        surname = self.pick("surname_" + origin)
        if gender == "f" and origin == "pl" and surname.endswith("ki"):
            surname = surname[:-1] + "a"
        self._who = (first, surname, origin)
        return self._who

    @staticmethod
    def _lead(surname: str) -> str:
        return surname[0].upper() + surname[1:]

    def _initials(self, first: str) -> str:
        letters = first[0] + self.one_of("", "", "", "P", "J", "M", "A", "CH")
        if "-" in first:
            letters = first[0] + first[first.index("-") + 1]
        return self.one_of("".join(c + "." for c in letters), letters, " ".join(c + "." for c in letters))

    def name_full(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return f"{first} {surname}"

    def _name_abroad(self, origin: str, lang: str) -> str:
        first, surname, _ = self._person(lang, origin)
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        return self._lead(self._person(lang)[1])

    def name_initials(self, lang: str) -> str:
        first, surname, _ = self._person(lang, self.one_of("nl", "tv", "tv", "tv", "fy", "tr", "sr", "an", "ma"))
        return f"{self._initials(first)} {surname}"

    def name_double(self, lang: str) -> str:
        first, own, origin = self._person(lang, self.one_of("nl", "tv", "tv", "fy"))
        if not self._again:
            spouse = self.pick(self.one_of("surname_nl", "surname_tv", "surname_fy"))
            self._who = (first, f"{self._lead(spouse)}-{own}", origin)
        first, surname, _ = self._who
        return self.one_of(f"{first} {surname}", f"{self._initials(first)} {surname}")

    def name_register(self, lang: str) -> str:
        """As a register or an export sorts it: 'Linden, J.P. van der', 'TER HORST, Merel'."""
        first, surname, _ = self._person(lang, self.one_of("nl", "tv", "tv", "fy"))
        words = surname.split()
        particle = " ".join(w for w in words if w.islower() or w == "'t")
        core = " ".join(w for w in words if not (w.islower() or w == "'t"))
        if particle:
            return self.one_of(f"{core}, {self._initials(first)} {particle}", f"{surname.upper()}, {first}")
        return self.one_of(f"{core}, {self._initials(first)}", f"{core.upper()}, {first}")

    def name_wrap(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return self.one_of(f"{first}\n{surname}", f"{first} {surname.split()[0]}\n{' '.join(surname.split()[1:])}"
                           if " " in surname else f"{first}\n{surname}")  # fmt: skip

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_agent(self, lang: str) -> str:
        return self.pick("agent")

    # EMAIL
    def _local(self, lang: str) -> tuple[str, str]:
        first, surname, origin = self._person(lang)
        f, s, n = mailable(first), mailable(surname), self.rng.randint(2, 98)
        local = self.one_of(
            f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}_{s}", f"{s}.{f}", f"{f}{n}", f"{f[0]}{s}{n}", f"{s}{f[0]}",
            f"{f}-{s}", f"{f}.{s[:4]}", f"{f}{self.rng.randint(1950, 2005)}", f"{f[0]}{s}",
        )  # fmt: skip
        return local, self.pick("domain_en" if lang == "en" else "domain_nl")

    def email(self, lang: str) -> str:
        local, domain = self._local(lang)
        return f"{local}@{domain}"

    def email_plus(self, lang: str) -> str:
        local, domain = self._local(lang)
        tag = self.one_of("camping", "notaris", "bieb", "ink", "dating", "funding", "shop", "bank", "spam", "2025")
        return f"{local}+{tag}@{domain}"

    def email_obf(self, lang: str) -> str:
        local, domain = self._local(lang)
        name, _, tld = domain.rpartition(".")
        dot = "punt" if lang != "en" else "dot"
        return self.one_of(f"{local} [at] {name} [{dot}] {tld}", f"{local}(at){domain}", f"{local} AT {name} DOT {tld}",
                           f"{local} @ {name} . {tld}", f"{local}{{at}}{domain}", f"{local} (a) {domain}")  # fmt: skip

    def email_voice(self, lang: str) -> str:
        local, domain = self._local(lang)
        if lang == "en":
            say = {".": " dot ", "_": " underscore ", "-": " dash ", "@": " at "}
        else:
            say = {".": " punt ", "_": " laag streepje ", "-": " streepje ", "@": self.one_of(" apenstaart ", " at ")}
        return " ".join("".join(say.get(c, c) for c in f"{local}@{domain}").split())

    def email_wrap(self, lang: str) -> str:
        local, domain = self._local(lang)
        return self.one_of(f"{local}\n@{domain}", f"{local}@\n{domain}")

    def email_url(self, lang: str) -> str:
        local, domain = self._local(lang)
        return f"{local.replace('+', '%2B')}%40{domain}"

    def email_typo(self, lang: str) -> str:
        local, domain = self._local(lang)
        self._keep("email", f"{local}@{domain}")
        wrong = {
            "gmail.com": "gmial.com",
            "hotmail.com": "hotmial.com",
            "ziggo.nl": "zigo.nl",
            "outlook.com": "outlok.com",
        }
        return f"{local}@{wrong.get(domain, domain.replace('.', ',', 1))}"

    def email_fixed(self, lang: str) -> str:
        return self._take("email")

    # PHONE
    def _mobile(self) -> str:
        return str(self.rng.randint(1, 5)) + self.digits(7)

    def _mobile_shown(self, d: str) -> str:
        return self.one_of(
            f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:4]} {d[4:]}", f"06-{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+31 6 {d[:4]} {d[4:]}", f"+316{d}", f"+31 (0)6 {d}", f"0031 6 {d}", f"06/{d}",
            f"06 - {d[:3]} {d[3:6]} {d[6:]}",
            f"(06) {d}", f"+31-6-{d}", f"06.{d[:4]}.{d[4:]}", f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        )  # fmt: skip

    def phone(self, lang: str) -> str:
        return self._mobile_shown(self._mobile())

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(t.LANDLINES)
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        shown = self.one_of(local, f"{local[:3]} {local[3:]}", f"{local[:2]} {local[2:4]} {local[4:]}")
        return self.one_of(f"{area}-{shown}", f"{area} {shown}", f"({area}) {shown}", f"+31 {area[1:]} {shown}",
                           f"0031 ({area[1:]}) {local}", f"{area}{local}")  # fmt: skip

    def phone_voice(self, lang: str) -> str:
        d = self._mobile()
        lead = self.one_of("nul zes", "nul zes,", "06") if lang != "en" else self.one_of("oh six", "zero six")
        return f"{lead} {self.aloud(d[:4], lang)}, {self.aloud(d[4:], lang)}"

    def phone_wrap(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(f"06-\n{d}", f"06 {d[:4]}\n{d[4:]}", f"+31 6\n{d}")

    def phone_url(self, lang: str) -> str:
        return f"316{self._mobile()}"

    def phone_typo(self, lang: str) -> str:
        d = self._mobile()
        self._keep("phone", d)
        return self._spoil(f"06{d}")

    def phone_fixed(self, lang: str) -> str:
        return self._mobile_shown(self._take("phone"))

    def _phone_abroad(self, where: str, lang: str) -> str:
        return self.pattern(self.rng.choice(t.ABROAD_PHONES[where]))

    # PLATE
    def _plate(self) -> str:
        while True:
            code = self.rng.choice(t.SIDE_CODES)
            value = "".join(self.rng.choice(t.PLATE_LETTERS) if c == "L" else self.digits(1) if c == "D" else c
                            for c in code)  # fmt: skip
            if not any(bad in value.replace("-", "") for bad in t.PLATE_AVOID):
                self._plate_seen = value
                return value

    def plate(self, lang: str) -> str:
        if self._again and self._plate_seen:
            return self._plate_seen
        v = self._plate()
        return self.one_of(v, v, v, v, v.replace("-", ""), v.lower(), v.replace("-", " "), v.lower().replace("-", ""))

    def plate_voice(self, lang: str) -> str:
        out = []
        for group in self._plate().split("-"):
            if group.isdigit():
                out.append(self.aloud(group, lang))
            elif lang == "en":
                out.append(" ".join(group))
            else:
                out.append(" ".join(f"{c} van {t.SPELL_NL[c]}" if self.rng.random() < 0.5 else c for c in group))
        return (" dash " if lang == "en" else self.one_of(" streepje ", ", ", " - ")).join(out)


_OWN = {name for name in vars(FillersV21) | vars(FillersV21Numbers) if not name.startswith("_")} - {
    "fill", "digits", "one_of", "pattern", "aloud",
}  # fmt: skip
