"""Fillers of the `test_v22` split: its own pools (`privacy_fillers_v22_pools`) and its own way of writing every
type. Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v22_numbers`.

Written by someone who never saw the redaction rules. Names: given name and surname, a surname after a title with
its particle capitalised ('mevr. Van Leeuwen'), initials with and without dots ('A.M. ten Hove', 'AM ten Hove'),
a hyphenated double name ('Kroon-van der Meulen'), a list's 'Hove, A.M. ten', a name in capitals or lower case, and
names of many origins (`NAME_TR`, `NAME_GH`, ...). E-mail: from the name, with plus-addressing, written as
'(at)'/'[punt]', spelled aloud, mistyped then corrected. Phones: Dutch mobiles and landlines in many groupings,
+31 / 0031 / (0), said aloud, mistyped then corrected, and Belgian, German, Turkish, Moroccan, British, Australian
and Ukrainian numbers. Plates: Dutch side codes (with and without dashes, lower case, spelled with the Dutch
spelling alphabet), Belgian '1-ABC-234' and German 'KLE-AB 123'.

Slot modifiers: `_M` / `_F` a man's or woman's name, `_AGAIN` the person named last, `_CAPS` / `_SMALL` capitals or
lower case."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v22_pools as t
from benchmarks.privacy_fillers_v22_numbers import FillersV22Numbers

MODIFIERS = ("M", "F", "AGAIN", "CAPS", "SMALL")
_PLAIN = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "ğ": "g", "'": "", "ß": "ss", "ç": "c"})


def ascii_of(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN)).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


class FillersV22(FillersV22Numbers):
    """`fill(slot, lang)` strips the modifiers and calls the method named after the rest of the slot."""

    _gender: str | None = None
    _again = False
    _who: tuple[str, str] | None = None

    def fill(self, slot: str, lang: str) -> str:
        parts = slot.split("_")
        mods = set()
        while len(parts) > 1 and parts[-1] in MODIFIERS:
            mods.add(parts.pop())
        self._gender = "m" if "M" in mods else "f" if "F" in mods else None
        self._again = "AGAIN" in mods
        name = "_".join(parts).lower()
        try:
            if name.startswith("customer_number"):
                value = self.customer_number(lang, name.removeprefix("customer_number").lstrip("_"))
            elif name.startswith("name_") and f"surname_{name[5:]}" in self.pool:
                value = " ".join(self._person(lang, name[5:]))
            elif name.startswith("phone_") and name[6:] in t.ABROAD_PHONES:
                value = self.pattern(self.rng.choice(t.ABROAD_PHONES[name[6:]]))
            else:
                value = getattr(self, name)(lang)
        finally:
            self._gender, self._again = None, False
        return value.upper() if "CAPS" in mods else value.lower() if "SMALL" in mods else value

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str]:
        if self._again and self._who:
            return self._who
        origin = origin or self.rng.choice(t.WEIGHTS["en" if lang == "en" else "nl"].split())
        gender = self._gender or self.one_of("m", "f")
        self._who = (self.pick(("men_" if gender == "m" else "women_") + origin), self.pick("surname_" + origin))
        return self._who

    def _initials(self, first: str) -> str:
        letters = first[0] + self.one_of("", "", "M", "J", "W", "C", "H")
        if "-" in first:
            letters = first[0] + first[first.index("-") + 1]
        return self.one_of("".join(c + "." for c in letters), letters, "".join(c + "." for c in letters))

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "lb", "ma", "tr"))
        return f"{self._initials(first)} {surname}"

    def name_double(self, lang: str) -> str:
        first, own = self._person(lang, self.one_of("nl", "tv", "lb"))
        if not self._again:
            partner = self.pick(self.one_of("surname_nl", "surname_tv"))
            own = f"{own[0].upper() + own[1:]}-{partner}"
            self._who = (first, own)
        return self.one_of(f"{first} {own}", f"{self._initials(first)} {own}", own)

    def name_list(self, lang: str) -> str:
        """A sorted list's 'Hove, A.M. ten' or 'VAN LEEUWEN, Floor'."""
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv"))
        words = surname.split()
        core = " ".join(w for w in words if not (w.islower() or w == "'t"))
        particle = " ".join(w for w in words if w.islower() or w == "'t")
        return self.one_of(f"{core}, {self._initials(first)} {particle}".strip(), f"{surname.upper()}, {first}")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_agent(self, lang: str) -> str:
        return self.pick("agent")

    # EMAIL
    def _local(self, lang: str, domains: str = "") -> tuple[str, str]:
        # Mostly the person named last in the sentence writes from their own address.
        first, surname = self._who if self._who and self.rng.random() < 0.65 else self._person(lang)
        f, s, n = ascii_of(first), ascii_of(surname), self.rng.randint(1, 99)
        local = self.one_of(f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}{n}", f"{f[0]}{s}",
                            f"{f}_{s[:5]}", f"{s}{self.rng.randint(60, 99)}", f"{f}-{s}")  # fmt: skip
        return local, self.pick(domains or ("domain_en" if lang == "en" else "domain_nl"))

    def email(self, lang: str) -> str:
        return "@".join(self._local(lang))

    def email_be(self, lang: str) -> str:
        return "@".join(self._local(lang, "domain_be"))

    def email_de(self, lang: str) -> str:
        return "@".join(self._local(lang, "domain_de"))

    def email_plus(self, lang: str) -> str:
        local, domain = self._local(lang)
        tag = self.one_of("dierentuin", "theater", "cbr", "huur", "banden", "alarm", "webshop", "club", "zoo")
        return f"{local}+{tag}@{domain}"

    def email_obf(self, lang: str) -> str:
        local, domain = self._local(lang)
        name, _, tld = domain.rpartition(".")
        dot = "dot" if lang == "en" else "punt"
        return self.one_of(f"{local}(at){domain}", f"{local} [at] {name} [{dot}] {tld}", f"{local} @ {domain}",
                           f"{local} at {name} {dot} {tld}")  # fmt: skip

    def email_voice(self, lang: str) -> str:
        local, domain = self._local(lang)
        if lang == "en":
            say = {".": " dot ", "_": " underscore ", "-": " hyphen ", "@": " at "}
        else:
            say = {".": " punt ", "_": " underscore ", "-": " min ", "@": self.one_of(" apenstaartje ", " at ")}
        return " ".join("".join(say.get(c, c) for c in f"{local}@{domain}").split())

    def email_typo(self, lang: str) -> str:
        local, domain = self._local(lang)
        self._keep("email", f"{local}@{domain}")
        broken = {"gmail.com": "gamil.com", "hotmail.com": "hotmail.con", "ziggo.nl": "ziggo.ml"}
        return f"{local}@{broken.get(domain, domain.replace('.', '', 1))}"

    def email_fixed(self, lang: str) -> str:
        return self._take("email")

    # PHONE
    def _mobile(self) -> str:
        return str(self.rng.randint(1, 5)) + self.digits(7)

    def _mobile_shown(self, d: str) -> str:
        return self.one_of(
            f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:4]} {d[4:]}",
            f"+31 6 {d}", f"+31 (0)6 {d[:4]} {d[4:]}", f"+316 {d}", f"0031 6 {d[:2]} {d[2:5]} {d[5:]}",
            f"06 - {d[:4]} - {d[4:]}", f"+31-6-{d[:4]}-{d[4:]}",
        )  # fmt: skip

    def phone(self, lang: str) -> str:
        return self._mobile_shown(self._mobile())

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(t.LANDLINES)
        local = str(self.rng.randint(2, 8)) + self.digits(9 - len(area))
        return self.one_of(f"{area}-{local}", f"{area} {local[:3]} {local[3:]}", f"({area}) {local}",
                           f"+31 {area[1:]} {local}", f"{area}{local}", f"{area} - {local}")  # fmt: skip

    def phone_voice(self, lang: str) -> str:
        d = self._mobile()
        lead = self.one_of("nul zes", "06") if lang != "en" else self.one_of("oh six", "zero six")
        return f"{lead} {t.say_digits(d, lang)}"

    def phone_typo(self, lang: str) -> str:
        d = self._mobile()
        self._keep("phone", d)
        return self._slip(f"06{d}")

    def phone_fixed(self, lang: str) -> str:
        return self._mobile_shown(self._take("phone"))

    # PLATE
    def _nl_plate(self) -> str:
        while True:
            code = self.rng.choice(t.SIDE_CODES)
            value = "".join(self.rng.choice(t.PLATE_LETTERS) if c == "L" else self.digits(1) if c == "D" else c
                            for c in code)  # fmt: skip
            if not any(bad in value.replace("-", "") for bad in t.PLATE_AVOID):
                return value

    def plate(self, lang: str) -> str:
        v = self._nl_plate()
        return self.one_of(v, v, v, v.replace("-", ""), v.lower(), v.replace("-", " "))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice(t.PLATE_LETTERS) for _ in range(3))
        v = f"{self.rng.randint(1, 2)}-{letters}-{self.digits(3)}"
        return self.one_of(v, v.replace("-", ""), v.replace("-", " "))

    def plate_de(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(self.rng.randint(1, 2)))
        district = self.rng.choice(t.DE_DISTRICTS)
        return self.one_of(
            f"{district}-{letters} {self.rng.randint(1, 9999)}",
            f"{district} {letters} {self.rng.randint(10, 999)}",
            f"{district}-{letters}{self.rng.randint(1, 99)}E",
        )

    def plate_voice(self, lang: str) -> str:
        out = []
        for group in self._nl_plate().split("-"):
            if group.isdigit():
                out.append(t.say_digits(group, lang))
            elif lang == "en":
                out.append(" ".join(group))
            else:
                out.append(" ".join(f"{c} van {t.SPELL_NL[c]}" if self.rng.random() < 0.4 else c for c in group))
        return (" dash " if lang == "en" else " streepje ").join(out)
