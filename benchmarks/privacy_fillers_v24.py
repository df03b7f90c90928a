"""Fillers of the `test_v24` split: its own pools (`privacy_fillers_v24_pools`) and its own way of writing every
type. Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v24_numbers`.

Written by someone who never saw the redaction rules. Names: given name and surname, a surname alone after a title,
initials ('A.J.M. van den Bosch', 'AJ Kuipers'), married names ('Smits-van Rijn', 'mevrouw Van Dalen-Kroon'), a
doctor's surname after 'dr.', 'Bosch, Floor van den' of fax headers and WHOIS, capitals and lower case, and names of
many origins (`NAME_TR`, `NAME_UA`, ...). E-mail: from the name, with a '+tag', at a firm, obfuscated ('floor [at]
ziggo [dot] nl') and spelled out. Phones: Dutch mobiles and landlines grouped in many ways, +31 / 0031 / 31 without
a plus in gateway logs, read aloud, and Belgian, German, British, French, Turkish, Moroccan, Ukrainian, South
African, Australian and Nigerian numbers. Plates: Dutch side codes (with and without dashes, lower case, spaced),
Belgian, German, French and British plates.

Slot modifiers: `_M` / `_F` a man's or woman's name, `_AGAIN` the person named last, `_CAPS` / `_SMALL` capitals
or lower case, `_ELDER` someone old (a date of birth long ago; for a name only a reminder to the reader)."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v24_pools as t
from benchmarks.privacy_fillers_v24_numbers import FillersV24Numbers

MODIFIERS = ("M", "F", "AGAIN", "CAPS", "SMALL", "ELDER")
_PLAIN = str.maketrans({"ı": "i", "ş": "s", "ß": "ss", "'": "", "ç": "c", "ğ": "g"})


def ascii_of(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN)).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


def split_particle(surname: str) -> tuple[str, str]:
    """'van den Bosch' -> ('van den', 'Bosch'); 'ter Haar' -> ('ter', 'Haar')."""
    words = surname.split()
    lower = [w for w in words if w.islower() or w == "'t"]
    return " ".join(lower), " ".join(w for w in words if w not in lower)


class FillersV24(FillersV24Numbers):
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
        self._who = (self.pick(("men_" if gender == "m" else "women_") + origin), self.pick("surname_" + origin))
        return self._who

    def _initials(self, first: str) -> str:
        letters = first[0] + self.one_of("", "", "", "J", "M", "W", "A.M", "C")
        if "-" in first:
            letters = first[0] + first[first.index("-") + 1]
        letters = letters.replace(".", "")
        return self.one_of("".join(c + "." for c in letters), "".join(c + "." for c in letters), letters)

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        """After 'mevrouw' or 'dhr.' a Dutch particle is capitalised: 'meneer Van Rijn'."""
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "li", "be"))
        return f"{self._initials(first)} {surname}"

    def name_married(self, lang: str) -> str:
        """A married woman's 'Smits-van Rijn' (husband's name first), with given name or initials."""
        self._gender = "f"
        first, own = self._person(lang, self.one_of("nl", "tv", "li"))
        husband = self.pick(self.one_of("surname_nl", "surname_tv", "surname_li"))
        married = f"{husband}-{own}"
        self._who = (first, married)
        return self.one_of(f"{first} {married}", f"{self._initials(first)} {married}", married[0].upper() + married[1:])

    def name_register(self, lang: str) -> str:
        """Fax headers, WHOIS and old systems: 'Bosch, Floor van den', 'KUIPERS, G.J.'."""
        first, surname = self._person(lang, self.one_of("nl", "tv", "tv", "li"))
        particle, core = split_particle(surname)
        return self.one_of(f"{core}, {first} {particle}".strip(), f"{core.upper()}, {self._initials(first)}",
                           f"{core}, {self._initials(first)} {particle}".strip())  # fmt: skip

    def name_doctor(self, lang: str) -> str:
        return self.pick("doctor")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    # EMAIL
    def _local(self, lang: str) -> str:
        first, surname = self._who if self._who and self.rng.random() < 0.85 else self._person(lang)
        f, s, y = ascii_of(first), ascii_of(surname), self.rng.randint(1955, 2008)
        core = ascii_of(split_particle(surname)[1])
        return self.one_of(f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f[0]}{s}{y % 100:02d}", f"{s}.{f}", f"{f}.{core}",
                           f"{f}{y}", f"{f}_{s}", f"{s}{f[0]}", f"{f}-{s}", f"{f}.{s}.{y}")  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._local(lang)}@{self.pick('domain_en' if lang == 'en' else 'domain_nl')}"

    def email_be(self, lang: str) -> str:
        return f"{self._local(lang)}@{self.pick('domain_be')}"

    def email_plus(self, lang: str) -> str:
        tag = self.one_of("ballon", "opslag", "webshop", "veiling", "spam", "bookings", "2fa")
        return f"{self._local(lang)}+{tag}@{self.one_of('gmail.com', 'gmail.com', 'protonmail.com', 'icloud.com')}"

    def email_work(self, lang: str) -> str:
        first, surname = self._who if self._who and self.rng.random() < 0.7 else self._person(lang)
        firm = self.one_of("bouw", "advocaten", "installatie", "fotografie", "design", "hoveniers", "")
        return f"{self.one_of(ascii_of(first), ascii_of(first)[0] + ascii_of(surname))}@{ascii_of(surname)}{firm}." \
            f"{self.one_of('nl', 'nl', 'be', 'com')}"  # fmt: skip

    def email_hidden(self, lang: str) -> str:
        """Written so bots will not scrape it: 'floor.kroon [at] ziggo [dot] nl', 'floor(at)ziggo.nl'."""
        local, domain = self._local(lang), self.pick("domain_nl")
        name, _, tld = domain.rpartition(".")
        return self.one_of(f"{local} [at] {name} [dot] {tld}", f"{local}(at){domain}", f"{local} @ {name} . {tld}",
                           f"{local} AT {name} DOT {tld}", f"{local}[@]{domain}",
                           f"{local} apenstaart {name} punt {tld}")  # fmt: skip

    def email_spelled(self, lang: str) -> str:
        local, domain = self._local(lang), self.pick("domain_en" if lang == "en" else "domain_nl")
        if lang == "en":
            say = {".": "dot", "_": "underscore", "-": "hyphen"}
            return " ".join(say.get(c, c) for c in local) + f" at {domain.replace('.', ' dot ')}"
        say = {".": "punt", "_": "underscore", "-": "min"}
        return " ".join(say.get(c, c) for c in local) + f" apenstaartje {domain.replace('.', ' punt ')}"

    # PHONE
    def _mobile(self) -> str:
        return self.one_of("1", "2", "3", "4", "5", "8") + self.digits(7)

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06{d}", f"06-{d}", f"06 {d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:4]} {d[4:]}",
            f"06 - {d}", f"+31 6 {d}", f"+316{d}", f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"0031 6 {d}",
            f"+31(0)6{d}", f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", f"06 {d[:3]} {d[3:6]} {d[6:]}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(t.LANDLINES)
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        return self.one_of(f"{area}-{local}", f"{area} {local}", f"{area} {local[:3]} {local[3:]}",
                           f"+31 {area[1:]} {local}", f"({area}) {local}", f"{area}{local}",
                           f"0031 {area[1:]} {local[:3]} {local[3:]}",
                           f"{area}-{local[:3]} {local[3:5]} {local[5:]}")  # fmt: skip

    def phone_log(self, lang: str) -> str:
        """How an SMS gateway or app log stores it: '31612345678', '+31612345678'."""
        return self.one_of("316", "+316", "00316") + self._mobile()

    def phone_intl_nl(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(f"+31 6 {d}", f"+31 (0)6 {d[:4]} {d[4:]}", f"0031 6 {d}", f"+31-6-{d}", f"+31 6{d}")

    def phone_whois(self, lang: str) -> str:
        """WHOIS writes '+31.612345678' or '+31.201234567'."""
        return (
            "+31."
            + self.one_of(
                "6" + self._mobile(), self.rng.choice(t.LANDLINES)[1:] + str(self.rng.randint(2, 9)) + self.digits(7)
            )[:9]
        )

    def phone_spoken(self, lang: str) -> str:
        d = self._mobile()
        if lang == "en":
            return f"{self.one_of('oh six', 'zero six')} {t.say_digits(d, lang)}"
        return self.one_of(f"nul zes {t.say_digits(d, lang)}", f"06 {t.say_digits(d, lang)}",
                           f"nul zes, {t.say_digits(d[:4], lang)}, {t.say_digits(d[4:], lang)}")  # fmt: skip

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
        return self.one_of(v, v, v, v, v.replace("-", ""), v.replace("-", ""), v.lower(), v.replace("-", " "),
                           v.replace("-", "").lower())  # fmt: skip

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice(t.PLATE_LETTERS) for _ in range(3))
        v = f"{self.one_of('1', '2', '2')}-{letters}-{self.digits(3)}"
        return self.one_of(v, v.replace("-", ""), v.replace("-", " "))

    def plate_de(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.randint(1, 2)))
        district, n = self.rng.choice(t.DE_DISTRICTS), self.rng.randint(1, 9999)
        return self.one_of(f"{district}-{letters} {n}", f"{district} {letters} {n}", f"{district}-{letters}{n}",
                           f"{district} {letters} {n}E")  # fmt: skip

    def plate_fr(self, lang: str) -> str:
        a, b = ("".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)) for _ in range(2))
        return self.one_of(f"{a}-{self.digits(3)}-{b}", f"{a} {self.digits(3)} {b}")

    def plate_uk(self, lang: str) -> str:
        tail = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{self.one_of('LB', 'SN', 'CV', 'YK', 'MA')}{self.one_of('19', '21', '70', '72', '23')} {tail}"
