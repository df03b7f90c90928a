"""Fillers of the `test_v23` split: its own pools (`privacy_fillers_v23_pools`) and its own way of writing every
type. Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v23_numbers`.

Written by someone who never saw the redaction rules. Names: given name and surname, a surname alone after a title,
initials ('J.W. van der Veen', 'JW vd Veen'), a hyphenated double name ('Stam-de Graaf'), the 'Veen, J.W. van der'
and 'Veen van der, Jolanda' of exports and Teams ('van der Veen, Jolanda'), a name in capitals or lower case, and
names of many origins (`NAME_SR`, `NAME_ER`, ...). E-mail: from the name, a work address, 'mailto:' kept outside
the span, spelled out letter by letter. Phones: Dutch mobiles and landlines in many groupings, +31 / 0031 / (0),
typed on an IVR keypad, read aloud in pairs, and Belgian, German, Curaçao, Surinamese, Polish, British, Irish and
US numbers. Plates: Dutch side codes (with and without dashes, lower case, spelled with the NATO alphabet),
Belgian '2-ABC-123' and German 'BOH-XY 123'.

Slot modifiers: `_M` / `_F` a man's or woman's name, `_ELDER` someone old (only a reminder to the reader),
`_AGAIN` the person named last, `_CAPS` / `_SMALL` capitals or lower case."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v23_pools as t
from benchmarks.privacy_fillers_v23_numbers import FillersV23Numbers

MODIFIERS = ("M", "F", "AGAIN", "CAPS", "SMALL", "ELDER")
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "'": "", "ø": "o"})
_SHORT = {"van der": "vd", "van den": "vd", "van de": "vd", "van": "v."}


def ascii_of(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN)).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


def split_particle(surname: str) -> tuple[str, str]:
    """'van der Veen' -> ('van der', 'Veen'); 'dela Cruz' -> ('dela', 'Cruz')."""
    words = surname.split()
    lower = [w for w in words if w.islower() or w in ("'t",)]
    return " ".join(lower), " ".join(w for w in words if w not in lower)


class FillersV23(FillersV23Numbers):
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
        name = "_".join(parts).lower() + ("_elder" if "ELDER" in mods and not parts[0] == "NAME" else "")
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
        letters = first[0] + self.one_of("", "", "", "J", "M", "P", "A", "H.C")
        if "-" in first:
            letters = first[0] + first[first.index("-") + 1]
        letters = letters.replace(".", "")
        return self.one_of("".join(c + "." for c in letters), "".join(c + "." for c in letters), letters)

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        """After 'mevrouw' or 'dhr.' a Dutch particle is capitalised: 'mevrouw Van der Veen'."""
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "tv", "fy", "sr", "id"))
        particle, core = split_particle(surname)
        if particle in _SHORT and self.rng.random() < 0.3:
            surname = f"{_SHORT[particle]} {core}"
        return f"{self._initials(first)} {surname}"

    def name_double(self, lang: str) -> str:
        first, own = self._person(lang, self.one_of("nl", "tv", "fy"))
        if not self._again:
            own = f"{self.pick(self.one_of('surname_nl', 'surname_tv'))}-{own}"
            self._who = (first, own)
        return self.one_of(f"{first} {own}", f"{self._initials(first)} {own}", f"{first} {own}")

    def name_list(self, lang: str) -> str:
        """An export's 'Veen, J.W. van der', 'Veen van der, Jolanda' or 'DIJKSTRA, Wytse'."""
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "fy"))
        particle, core = split_particle(surname)
        return self.one_of(f"{core}, {self._initials(first)} {particle}".strip(),
                           f"{core} {particle}, {first}".replace("  ", " ").replace(" ,", ","),
                           f"{core.upper()}, {first} {particle}".strip())  # fmt: skip

    def name_teams(self, lang: str) -> str:
        """Teams and Outlook show 'Surname, First': 'van der Wal, Anke'."""
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv"))
        return f"{surname}, {first}"

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_agent(self, lang: str) -> str:
        return self.pick("agent")

    # EMAIL
    def _local(self, lang: str, domains: str = "") -> tuple[str, str]:
        first, surname = self._who if self._who and self.rng.random() < 0.7 else self._person(lang)
        f, s, y = ascii_of(first), ascii_of(surname), self.rng.randint(1950, 2005)
        local = self.one_of(f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f[0]}.{s}", f"{s}{f[0]}", f"{f}{y}",
                            f"{f}.{s}{y % 100:02d}", f"{s}.{f}", f"{f}_{s}", f"{f}-{s[:4]}", f"{f}{s[:1]}")  # fmt: skip
        return local, self.pick(domains or ("domain_en" if lang == "en" else "domain_nl"))

    def email(self, lang: str) -> str:
        return "@".join(self._local(lang))

    def email_be(self, lang: str) -> str:
        return "@".join(self._local(lang, "domain_be"))

    def email_de(self, lang: str) -> str:
        return "@".join(self._local(lang, "domain_de"))

    def email_work(self, lang: str) -> str:
        """Someone's own address at a small firm: 'm.koster@kosterloodgieters.nl'."""
        first, surname = self._who if self._who and self.rng.random() < 0.7 else self._person(lang)
        firm = self.one_of("bouwbedrijf", "advies", "transport", "loodgieters", "makelaardij", "zorg", "", "")
        domain = f"{ascii_of(surname)}{firm}.{self.one_of('nl', 'nl', 'com', 'eu')}"
        return f"{self.one_of(ascii_of(first), ascii_of(first)[0] + '.' + ascii_of(surname))}@{domain}"

    def email_caps(self, lang: str) -> str:
        return "@".join(self._local(lang)).upper()

    def email_spelled(self, lang: str) -> str:
        local, domain = self._local(lang)
        if lang == "en":
            say = {".": " dot ", "_": " underscore ", "-": " dash ", "@": " at "}
            name, _, tld = domain.rpartition(".")
            return " ".join(" ".join(say.get(c, c) for c in local).split()) + f" at {name} dot {tld}"
        say = {".": " punt ", "_": " laag streepje ", "-": " streepje ", "@": " apenstaartje "}
        spelled = " ".join(" ".join(say.get(c, c.upper()) for c in local).split())
        return f"{spelled} apenstaartje {domain.replace('.', ' punt ')}"

    # PHONE
    def _mobile(self) -> str:
        return self.one_of("1", "2", "3", "4", "5", "8") + self.digits(7)

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06-{d}", f"06 {d}", f"06{d}", f"06 - {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06 {d[:4]} {d[4:]}",
            f"06-{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+31612{d[2:]}"
            if d[:2] == "12" else f"+316{d}", f"0031 (0)6 {d}", f"(06) {d}", f"+31 (0)6-{d}", f"06/{d}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(t.LANDLINES)
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        return self.one_of(f"{area}-{local}", f"{area} {local}", f"{area} - {local[:3]} {local[3:]}",
                           f"+31 ({area[1:]}) {local}", f"{area}{local}", f"0031 {area[1:]} {local}",
                           f"{area}-{groups_of(local)}")  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(f"+31 6 {d}", f"+316{d}", f"0031 6 {d[:4]} {d[4:]}", f"+31 (0) 6 {d}", f"0031-6-{d}")

    def phone_keypad(self, lang: str) -> str:
        return "06" + self._mobile()

    def phone_spoken(self, lang: str) -> str:
        d = self._mobile()
        if lang == "en":
            return f"{self.one_of('oh six', 'zero six')} {t.say_digits(d, lang)}"
        return self.one_of(f"nul zes {t.say_pairs_nl(d)}", f"nul zes {t.say_digits(d, lang)}",
                           f"zes {t.say_pairs_nl(d)}")  # fmt: skip

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
        return self.one_of(v, v, v, v, v.replace("-", ""), v.lower(), v.replace("-", " "), v.replace("-", "."))

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice(t.PLATE_LETTERS) for _ in range(3))
        v = f"{self.one_of('1', '2')}-{letters}-{self.digits(3)}"
        return self.one_of(v, v.replace("-", ""), v.replace("-", " "))

    def plate_de(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.randint(1, 2)))
        district = self.rng.choice(t.DE_DISTRICTS)
        return self.one_of(
            f"{district}-{letters} {self.rng.randint(1, 9999)}",
            f"{district} {letters} {self.rng.randint(10, 999)}",
            f"{district}-{letters}{self.digits(3)}",
        )

    def plate_spoken(self, lang: str) -> str:
        out = []
        for group in self._nl_plate().split("-"):
            if group.isdigit():
                out.append(t.say_digits(group, lang))
            else:
                out.append(" ".join(t.SPELL_EN[c] if self.rng.random() < 0.5 else c for c in group))
        return (" dash " if lang == "en" else self.one_of(" streepje ", " ")).join(out)


def groups_of(local: str) -> str:
    """'4567890' -> '45 67 890'."""
    return f"{local[:2]} {local[2:4]} {local[4:]}"
