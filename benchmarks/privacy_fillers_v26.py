"""Fillers of the `test_v26` split: its own pools (`privacy_fillers_v26_pools`) and its own way of writing every
type. Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v26_numbers`.

Written by someone who never saw the redaction rules. Names: given name and surname, a surname alone after a title,
initials ('H.J.M. van den Berg', 'HJ Vos'), double surnames ('Vos-van Leeuwen', 'Bakker Schouten'), register order
('Berg, Annelies van den', 'VOS H.J.'), capitals and lower case, and names of many origins (`NAME_TR`, `NAME_HS`,
...). E-mail: from the name, at a small firm, obfuscated ('vos [at] ziggo [punt] nl', 'vos(apenstaartje)ziggo.nl')
and spelled out. Phones: Dutch mobiles and landlines grouped in many ways, +31 / 0031 / +31(0), read aloud, and
Belgian, German, French, British, Turkish, Nigerian, South African, Australian, New Zealand and Romanian numbers.
Plates: Dutch side codes (with and without dashes, lower case, spaces), Belgian, German and French plates.

Slot modifiers: `_M` / `_F` a man's or woman's name, `_AGAIN` the person named last, `_CAPS` / `_SMALL` capitals
or lower case, `_ELDER` someone old (a date of birth long ago)."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers_v26_numbers import FillersV26Numbers

MODIFIERS = ("M", "F", "AGAIN", "CAPS", "SMALL", "ELDER")
_PLAIN = str.maketrans({"ı": "i", "ş": "s", "ß": "ss", "'": "", " ": "", "ğ": "g", "ț": "t", "ă": "a"})


def ascii_of(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN)).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


def split_particle(surname: str) -> tuple[str, str]:
    """'van den Berg' -> ('van den', 'Berg'); "van 't Hof" -> ("van 't", 'Hof')."""
    words = surname.split()
    lower = [w for w in words if w.islower() or w == "'t"]
    return " ".join(lower), " ".join(w for w in words if w not in lower)


class FillersV26(FillersV26Numbers):
    """`fill(slot, lang)` strips the modifiers and calls the method named after the rest of the slot."""

    _gender: str | None = None
    _again = False
    _who: tuple[str, str] | None = None
    MAIL_TAGS = ("bestellingen", "hostel", "post")  # "anna+hostel@…"

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
            elif name.startswith("phone_") and name[6:] in self.pools.ABROAD_PHONES:
                value = self.pattern(self.rng.choice(self.pools.ABROAD_PHONES[name[6:]]))
            else:
                value = getattr(self, name)(lang)
        finally:
            self._gender, self._again = None, False
        return value.upper() if "CAPS" in mods else value.lower() if "SMALL" in mods else value

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str]:
        if self._again and self._who:
            return self._who
        origin = origin or self.rng.choice(self.pools.WEIGHTS["en" if lang == "en" else "nl"].split())
        gender = self._gender or self.one_of("m", "f")
        given = ("men_" if gender == "m" else "women_") + ("nl" if origin == "tv" else origin)
        self._who = (self.pick(given), self.pick("surname_" + origin))
        return self._who

    def _initials(self, first: str) -> str:
        letters = first[0] + self.one_of("", "", "", "J", "M", "C", "J.M", "H", "W.F")
        if "-" in first:
            letters = first[0] + first[first.index("-") + 1]
        letters = letters.replace(".", "")
        return self.one_of("".join(c + "." for c in letters), "".join(c + "." for c in letters), letters,
                           ".".join(letters) if len(letters) > 1 else letters + ".")  # fmt: skip

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        """After 'mevrouw', 'dhr.' or 'Mrs' a Dutch particle is capitalised: 'mevrouw Van den Berg'."""
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "li", "fy", "be"))
        return f"{self._initials(first)} {surname}"

    def name_double(self, lang: str) -> str:
        """Married and double surnames: 'Loes Vos-van Leeuwen', 'M. Bakker Schouten', 'Hester de Wit-Rutten'."""
        first, own = self._person(lang, self.one_of("nl", "tv", "li"))
        other = self.pick(self.one_of("surname_nl", "surname_tv", "surname_li"))
        double = self.one_of(f"{own}-{other}", f"{own} {other}", f"{own}-{other}", f"{own} - {other}")
        self._who = (first, double)
        return self.one_of(f"{first} {double}", f"{self._initials(first)} {double}", f"{first} {double}")

    def name_sorted(self, lang: str) -> str:
        """Registers, YAML and CSV: 'Berg, Annelies van den', 'VOS H.J.', 'Hendriks, G.'."""
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "li", "fy"))
        particle, core = split_particle(surname)
        inverted = f"{core} {particle}, {first}" if particle else f"{core}, {first}"
        bracketed = f"{core}, {self._initials(first)} ({particle})" if particle else f"{core}, {first}"
        return self.one_of(f"{core}, {first} {particle}".strip(), f"{core.upper()} {self._initials(first)}",
                           f"{core}, {self._initials(first)}", inverted, bracketed)  # fmt: skip

    def name_doctor(self, lang: str) -> str:
        return self.pick("doctor")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    # EMAIL
    def _local(self, lang: str) -> str:
        first, surname = self._who if self._who and self.rng.random() < 0.75 else self._person(lang)
        f, y = ascii_of(first), self.rng.randint(1952, 2008)
        core = ascii_of(split_particle(surname)[1]) or ascii_of(surname)
        full = ascii_of(surname)
        return self.one_of(f"{f}.{full}", f"{f}{core}", f"{f[0]}{core}", f"{f}.{core}{y % 100:02d}", f"{core}.{f[0]}",
                           f"{f}_{core}", f"{f}{y}", f"{f[0]}.{full}", f"{core}{y}", f"{f}-{core}", f"{f}.{core}",
                           f"{f}+{self.one_of(*self.MAIL_TAGS)}@".rstrip("@"),
                           f"{self.one_of('fam', 'familie', 'mr', 'de')}{core}")  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._local(lang)}@{self.pick('domain_en' if lang == 'en' else 'domain_nl')}"

    def email_be(self, lang: str) -> str:
        return f"{self._local(lang)}@{self.pick('domain_be')}"

    def email_work(self, lang: str) -> str:
        first, surname = self._who if self._who and self.rng.random() < 0.7 else self._person(lang)
        firm = ascii_of(split_particle(surname)[1]) + self.one_of("installatie", "-advies", "vof", "media", "")
        tld = self.one_of("nl", "nl", "nl", "com", "be", "eu")
        return f"{self.one_of(ascii_of(first), ascii_of(first)[0] + '.' + ascii_of(surname))}@{firm}.{tld}"

    def email_hidden(self, lang: str) -> str:
        local, domain = self._local(lang), self.pick("domain_nl")
        name, _, tld = domain.rpartition(".")
        return self.one_of(f"{local} [at] {name} [punt] {tld}", f"{local}(apenstaartje){domain}",
                           f"{local} AT {name} DOT {tld}", f"{local} @ {name} . {tld}", f"{local} (a) {domain}",
                           f"{local} {{at}} {domain}", f"{local.replace('.', ' punt ')} bij {domain}")  # fmt: skip

    def email_spelled(self, lang: str) -> str:
        local, domain = self._local(lang), self.pick("domain_en" if lang == "en" else "domain_nl")
        if lang == "en":
            say = {".": "full stop", "_": "underscore", "-": "hyphen", "+": "plus"}
            return "-".join(say.get(c, c.upper()) for c in local) + f" at {domain}"
        say = {".": "punt", "_": "underscore", "-": "min", "+": "plus"}
        return " ".join(say.get(c, c) for c in local) + f", apenstaartje, {domain.replace('.', ' punt ')}"

    # PHONE
    def _mobile(self) -> str:
        return self.one_of("1", "2", "3", "4", "5", "8", "4", "1") + self.digits(7)

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06{d}", f"06-{d}", f"06 {d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:2]} {d[2:5]} {d[5:]}",
            f"+31 6 {d}", f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+31(0)6-{d}", f"0031 6 {d[:4]} {d[4:]}",
            f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", f"316{d}", f"06 - {d}", f"+31 (6) {d}", f"06{d[:4]} {d[4:]}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(self.pools.LANDLINES)
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        return self.one_of(f"{area}-{local}", f"{area} {local}", f"{area} - {local[:3]} {local[3:]}",
                           f"+31 {area[1:]} {local}", f"({area}) {local}", f"{area}{local}",
                           f"0031 {area[1:]} {local}", f"{area}-{local[:2]} {local[2:4]} {local[4:]}")  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(f"+31 6 {d}", f"+31 6 {d[:4]} {d[4:]}", f"0031 6 {d}", f"+31 (0) 6 {d}", f"+316-{d}")

    def phone_spoken(self, lang: str) -> str:
        d, say = self._mobile(), self.pools.say_digits
        if lang == "en":
            return f"oh six {say(d[:2], lang)}, {say(d[2:5], lang)}, {say(d[5:], lang)}"
        return self.one_of(
            f"nul zes {say(d, lang)}",
            f"nul zes, {d[:2]}, {d[2:4]}, {d[4:6]}, {d[6:]}",
            f"06 {d[:4]}... {d[4:]}",
        )

    # PLATE
    def _nl_plate(self) -> str:
        while True:
            code = self.rng.choice(self.pools.PLATE_SIDE_CODES)
            value = "".join(self.rng.choice(self.pools.PLATE_LETTERS) if c == "L" else self.digits(1) if c == "D" else c
                            for c in code)  # fmt: skip
            if not any(bad in value.replace("-", "") for bad in self.pools.PLATE_AVOID):
                return value

    def plate(self, lang: str) -> str:
        v = self._nl_plate()
        return self.one_of(v, v, v, v, v, v.replace("-", ""), v.lower(), v.replace("-", " "),
                           v.replace("-", "").lower(), v.replace("-", "·"))  # fmt: skip

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice(self.pools.PLATE_LETTERS) for _ in range(3))
        v = f"{self.one_of('1', '2', '1')}-{letters}-{self.digits(3)}"
        return self.one_of(v, v.replace("-", ""), v.replace("-", " "), v.lower())

    def plate_de(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.randint(1, 2)))
        district, n = self.rng.choice(self.pools.DE_DISTRICTS), self.rng.randint(1, 9999)
        return self.one_of(f"{district}-{letters} {n}", f"{district} {letters} {n}", f"{district}-{letters}{n}")

    def plate_fr(self, lang: str) -> str:
        a = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
        b = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
        return self.one_of(f"{a}-{self.digits(3)}-{b}", f"{a} {self.digits(3)} {b}")
