"""Fillers of the `test_v25` split: its own pools (`privacy_fillers_v25_pools`) and its own way of writing every
type. Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v25_numbers`.

Written by someone who never saw the redaction rules. Names: given name and surname, a surname alone after a title,
initials ('J.W. van der Wal', 'JW Brink'), double surnames ('Brink-Dijkstra', 'de Jong van Beek'), 'Wal, J. van der'
of sheets and SQL rows, capitals and lower case, and names of many origins (`NAME_PL`, `NAME_SY`, ...). E-mail: from
the name, at a small firm, obfuscated ('sanne punt brink at gmail punt com') and spelled out. Phones: Dutch mobiles
and landlines grouped in many ways, +31 / 0031, read aloud with 'eh', and Belgian, German, British, Irish, Polish,
Spanish, American, Kenyan and Syrian numbers. Plates: Dutch side codes (with and without dashes, lower case),
Belgian, German, Polish and British plates.

Slot modifiers: `_M` / `_F` a man's or woman's name, `_AGAIN` the person named last, `_CAPS` / `_SMALL` capitals
or lower case, `_ELDER` someone old (a date of birth long ago)."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v25_pools as t
from benchmarks.privacy_fillers_v25_numbers import FillersV25Numbers

MODIFIERS = ("M", "F", "AGAIN", "CAPS", "SMALL", "ELDER")
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "'": "", " ": ""})


def ascii_of(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN)).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


def split_particle(surname: str) -> tuple[str, str]:
    """'van der Wal' -> ('van der', 'Wal'); "in 't Veld" -> ("in 't", 'Veld')."""
    words = surname.split()
    lower = [w for w in words if w.islower() or w == "'t"]
    return " ".join(lower), " ".join(w for w in words if w not in lower)


class FillersV25(FillersV25Numbers):
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
        name = "_".join(parts).lower() + ("_elder" if "ELDER" in mods and parts[0] != "NAME" else "")
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
        given = ("men_" if gender == "m" else "women_") + ("nl" if origin == "tv" else origin)
        self._who = (self.pick(given), self.pick("surname_" + origin))
        return self._who

    def _initials(self, first: str) -> str:
        letters = first[0] + self.one_of("", "", "", "J", "M", "H", "A.C", "W")
        if "-" in first:
            letters = first[0] + first[first.index("-") + 1]
        letters = letters.replace(".", "")
        return self.one_of("".join(c + "." for c in letters), "".join(c + "." for c in letters), letters)

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        """After 'mevrouw', 'dhr.' or 'Mr' a Dutch particle is capitalised: 'meneer Van der Wal'."""
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "fy", "be"))
        return f"{self._initials(first)} {surname}"

    def name_double(self, lang: str) -> str:
        """Double surnames: 'Femke Brink-Dijkstra', 'Koen de Graaf Kok', 'L. Terpstra-van Wijk'."""
        first, own = self._person(lang, self.one_of("nl", "tv", "fy"))
        other = self.pick(self.one_of("surname_nl", "surname_tv", "surname_fy"))
        double = self.one_of(f"{own}-{other}", f"{own} {other}", f"{own}-{other}")
        self._who = (first, double)
        return self.one_of(f"{first} {double}", f"{self._initials(first)} {double}")

    def name_sorted(self, lang: str) -> str:
        """Sheets, SQL rows and member lists: 'Wal, J. van der', 'BRINK, Koen', 'Dijkstra, S.'."""
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "fy"))
        particle, core = split_particle(surname)
        return self.one_of(f"{core}, {first} {particle}".strip(), f"{core.upper()}, {first}",
                           f"{core}, {self._initials(first)} {particle}".strip())  # fmt: skip

    def name_doctor(self, lang: str) -> str:
        return self.pick("doctor")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    # EMAIL
    def _local(self, lang: str) -> str:
        first, surname = self._who if self._who and self.rng.random() < 0.8 else self._person(lang)
        f, s, y = ascii_of(first), ascii_of(surname), self.rng.randint(1950, 2007)
        core = ascii_of(split_particle(surname)[1]) or s
        return self.one_of(f"{f}.{s}", f"{f}{core}", f"{f[0]}.{core}", f"{f}.{core}{y % 100:02d}", f"{core}{f[0]}",
                           f"{f}_{core}", f"{f}{y}", f"{f[0]}{core}", f"{core}.{f}", f"{f}-{core}",
                           f"{f}.{core}.{self.one_of('thuis', 'prive', 'post')}")  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._local(lang)}@{self.pick('domain_en' if lang == 'en' else 'domain_nl')}"

    def email_be(self, lang: str) -> str:
        return f"{self._local(lang)}@{self.pick('domain_be')}"

    def email_work(self, lang: str) -> str:
        first, surname = self._who if self._who and self.rng.random() < 0.7 else self._person(lang)
        firm = ascii_of(split_particle(surname)[1]) + self.one_of("hoveniers", "advies", "bv", "tech", "-bouw", "")
        tld = self.one_of("nl", "nl", "com", "eu", "be")
        return f"{self.one_of(ascii_of(first), 'info.' + ascii_of(first), ascii_of(first)[0])}@{firm}.{tld}"

    def email_hidden(self, lang: str) -> str:
        local, domain = self._local(lang), self.pick("domain_nl")
        name, _, tld = domain.rpartition(".")
        dot = local.replace(".", " punt ")
        return self.one_of(f"{dot} at {name} punt {tld}", f"{local} (a) {domain}", f"{local} (at) {name} (dot) {tld}",
                           f"{local} [apenstaartje] {name}.{tld}", f"{local} at {domain}",
                           f"{local} @ {domain.replace('.', ' . ')}")  # fmt: skip

    def email_spelled(self, lang: str) -> str:
        local, domain = self._local(lang), self.pick("domain_en" if lang == "en" else "domain_nl")
        if lang == "en":
            say = {".": "dot", "_": "underscore", "-": "dash"}
            return " ".join(say.get(c, c) for c in local) + f" at {domain.replace('.', ' dot ')}"
        say = {".": "punt", "_": "laag streepje", "-": "streepje"}
        return " ".join(say.get(c, c) for c in local) + f" at {domain.replace('.', ' punt ')}"

    # PHONE
    def _mobile(self) -> str:
        return self.one_of("1", "2", "3", "4", "5", "8") + self.digits(7)

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06{d}", f"06-{d}", f"06 {d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:4]}{d[4:]}",
            f"+31 6 {d[:4]} {d[4:]}", f"+316{d}", f"+31 (0)6 {d}", f"0031 6 {d[:2]} {d[2:5]} {d[5:]}",
            f"06/{d}", f"(06) {d}", f"06 {d[:4]} {d[4:]}", f"+31-6-{d[:4]}-{d[4:]}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(t.LANDLINES)
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        return self.one_of(f"{area}-{local}", f"{area} {local}", f"{area} {local[:3]} {local[3:]}",
                           f"+31 {area[1:]} {local}", f"({area}) {local}", f"{area}{local}",
                           f"+31 (0){area[1:]} {local}", f"{area} - {local[:2]} {local[2:4]} {local[4:]}")  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(f"+31 6 {d}", f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"0031 6 {d}", f"+316 {d}")

    def phone_spoken(self, lang: str) -> str:
        d = self._mobile()
        if lang == "en":
            return f"oh six, {t.say_digits(d[:4], lang)}, uh, {t.say_digits(d[4:], lang)}"
        return self.one_of(
            f"nul zes {t.say_digits(d[:4], lang)} eh {t.say_digits(d[4:], lang)}",
            f"nul zes, {t.say_digits(d[:2], lang)}, {t.say_digits(d[2:], lang)}",
            f"06 {d[:2]} {d[2:4]} uhm {d[4:6]} {d[6:]}",
        )

    # PLATE
    def _nl_plate(self) -> str:
        while True:
            code = self.rng.choice(t.PLATE_SIDE_CODES)
            value = "".join(self.rng.choice(t.PLATE_LETTERS) if c == "L" else self.digits(1) if c == "D" else c
                            for c in code)  # fmt: skip
            if not any(bad in value.replace("-", "") for bad in t.PLATE_AVOID):
                return value

    def plate(self, lang: str) -> str:
        v = self._nl_plate()
        return self.one_of(v, v, v, v, v.replace("-", ""), v.replace("-", ""), v.lower(), v.replace("-", " "),
                           v.replace("-", "").lower(), v)  # fmt: skip

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice(t.PLATE_LETTERS) for _ in range(3))
        v = f"{self.one_of('1', '2')}-{letters}-{self.digits(3)}"
        return self.one_of(v, v.replace("-", ""), v.replace("-", " "))

    def plate_de(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.randint(1, 2)))
        district, n = self.rng.choice(t.DE_DISTRICTS), self.rng.randint(1, 9999)
        return self.one_of(f"{district}-{letters} {n}", f"{district} {letters} {n}", f"{district}{letters}{n}")

    def plate_pl(self, lang: str) -> str:
        tail = self.digits(3) + "".join(self.rng.choice("ACEFGHJKLMNPRSTVWXY") for _ in range(2))
        return self.one_of(f"{self.rng.choice(t.PL_DISTRICTS)} {tail}", f"{self.rng.choice(t.PL_DISTRICTS)}{tail}")

    def plate_uk(self, lang: str) -> str:
        tail = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{self.one_of('BD', 'LC', 'YR', 'WP', 'KX')}{self.one_of('20', '68', '71', '24')} {tail}"
