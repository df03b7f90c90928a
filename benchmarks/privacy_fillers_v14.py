"""Fillers of the `test_v14` split: its own pools (`privacy_fillers_v14_pools`) and its own format for every type.
Names, e-mail and phone numbers are here, the number-like types in `privacy_fillers_v14_numbers`.

Written by someone who never saw the redaction rules. Formats: names by background, with the tussenvoegsel in every
position ('Riet van 't Veld', 'R. v.d. Wiel', 'Van der Wiel', 'Wiel, R. van der', 'Stef vd Laan'); initials with
and without dots ('R.J.M.', 'RJ'); married double names with a tussenvoegsel after the hyphen; official given names
with the nickname people use; a surname with two letters swapped or 'ij' typed as 'y'; a name in a form URL
('Riet+van+der+Wiel'). E-mail: work addresses at a small firm, student addresses, teenagers' addresses, written
'[at]' and '(punt)', URL-encoded ('%40'), spoken ('punt', 'apenstaartje', 'alles aan elkaar'), and the same
address with its domain put right. Phones: Dutch mobiles in every grouping ('0612 345 678', '(06) 12 34 56 78',
'06.12.34.56.78', '+316…'), regional landlines of the north and the south, foreign mobiles of the callers'
families (Turkey, Morocco, Poland, Ukraine, Eritrea, Britain, Ireland, Belgium), numbers said in pairs of Dutch
number words or digit by digit, and a number put right by swapping its last two digits.

Slot suffixes: `_M` / `_F` ask for a man's or a woman's first name, `_SAME` for a value of the person (or plate)
the template named last, `_UP` and `_LOW` write the value in capitals or lower case as elderly customers and
teenagers type it."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers_v14_numbers import FillersV14Numbers
from benchmarks.privacy_fillers_v14_pools import DIGITS_EN, DIGITS_NL, FEMALE, FOREIGN_PHONES, LAND, ORIGINS_NL, nl_pair

MODIFIERS = ("M", "F", "SAME", "UP", "LOW")


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


class FillersV14(FillersV14Numbers):
    """Every fill method is the split's own; `fill(slot, lang)` strips the modifiers and dispatches."""

    _gender: str | None = None
    _last: tuple[str, str] | None = None
    _origin = "nl"
    _nick: str | None = None
    _email_local: str | None = None
    _phone_last: str | None = None

    def fill(self, slot: str, lang: str) -> str:
        parts = slot.split("_")
        mods = set()
        while len(parts) > 1 and parts[-1] in MODIFIERS:
            mods.add(parts.pop())
        self._gender = "m" if "M" in mods else "f" if "F" in mods else None
        self._same = "SAME" in mods
        name = "_".join(parts).lower()
        try:
            if hasattr(self, name):
                value = getattr(self, name)(lang)
            elif name.startswith("customer_number_"):
                value = self.customer_number(lang, name.removeprefix("customer_number_"))
            else:  # NAME_TR, PHONE_UA, IBAN_PL: a person, phone or IBAN of that country
                kind, country = name.split("_", 1)
                value = getattr(self, f"_{kind}_abroad")(country, lang)
        finally:
            self._gender, self._same = None, False
        return value.upper() if "UP" in mods else value.lower() if "LOW" in mods else value

    # NAME
    def _first(self, key: str) -> str:
        names = self.pool[key]
        if self._gender:
            names = [name for name in names if (name in FEMALE) == (self._gender == "f")] or names
        return self.rng.choice(names)

    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str]:
        if self._same and self._last:
            return self._last
        if origin is None:
            origin = "en" if lang == "en" and self.rng.random() < 0.5 else self.rng.choice(ORIGINS_NL)
        first = self._first("first_" + ("nl" if origin == "tv" else origin))
        self._last, self._origin = (first, _agree(first, self.pick("surname_" + origin))), origin
        return self._last

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def _name_abroad(self, origin: str, lang: str) -> str:
        return " ".join(self._person(lang, origin))

    def _initials(self, first: str) -> str:
        letters = [first[0]] + [self.rng.choice("JMAHCGWPE") for _ in range(self.rng.choice([0, 0, 1, 1, 2]))]
        return self.one_of("".join(f"{c}." for c in letters), "".join(letters), " ".join(f"{c}." for c in letters))

    def name_tv(self, lang: str) -> str:
        """A surname with a tussenvoegsel, in each place Dutch writes it."""
        first, surname = self._person(lang, "tv")
        prefix, core = surname.rsplit(" ", 1)
        short = {"van der": "v.d.", "van den": "v.d.", "van de": "v.d.", "van": "v."}.get(prefix, prefix)
        return self.one_of(
            f"{first} {surname}", f"{self._initials(first)} {surname}", surname[0].upper() + surname[1:],
            f"{core}, {first[0]}. {prefix}", f"{first[0]}. {short} {core}", f"{first} {short.replace('.', '')} {core}",
        )  # fmt: skip

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(lang, self.one_of("nl", "nl", "tv", "fy", "be", "sr", "hi"))
        return f"{self._initials(first)} {surname}"

    def name_sorted(self, lang: str) -> str:
        """As a CRM export lists it: 'GROENEWOUD, R.J.', 'Wiel, R. van der', 'Çetin Aysel'."""
        first, surname = self._person(lang)
        if " " in surname and surname[0].islower():
            prefix, core = surname.rsplit(" ", 1)
            return self.one_of(f"{core}, {first[0]}. {prefix}", f"{core} {prefix}, {first}")
        return self.one_of(f"{surname.upper()}, {self._initials(first)}", f"{surname}, {first}", f"{surname} {first}")

    def name_double(self, lang: str) -> str:
        """A married double name, the partner's surname first: 'Riet Bleeker-van 't Veld'."""
        self._gender = "f"
        first, own = self._person(lang, self.one_of("nl", "tv", "fy", "ma", "sr"))
        partner = self.pick(self.one_of("surname_nl", "surname_tv", "surname_fy"))
        return f"{first} {partner}-{own}"

    def name_formal(self, lang: str) -> str:
        """Official given names as on a deed: 'Cornelis Johannes Groenewoud' (who goes by Cees)."""
        names = [
            n for n in self.pool["formal"] if not self._gender or (n.split(":")[1] in FEMALE) == (self._gender == "f")
        ]
        given, self._nick = self.rng.choice(names).split(":")
        surname = self.pick(self.one_of("surname_nl", "surname_tv", "surname_fy"))
        self._last = self._nick, surname
        return f"{given} {surname}"

    def name_nick(self, lang: str) -> str:
        if self._same and self._nick:
            return self._nick
        return self.pick("formal").split(":")[1]

    def name_typo(self, lang: str) -> str:
        """The surname named last as someone typed it: 'ij' as 'y', or two letters swapped."""
        surname = (self._last or self._person(lang))[1]
        if "ij" in surname:
            return surname.replace("ij", "y", 1)
        index = self.rng.randint(1, len(surname) - 3)
        if " " in surname[index : index + 2] or surname[index] == surname[index + 1]:
            return surname + surname[-1]
        return surname[:index] + surname[index + 1] + surname[index] + surname[index + 2 :]

    def name_url(self, lang: str) -> str:
        return self.name_full(lang).replace(" ", "+").replace("'", "%27")

    def name_child(self, lang: str) -> str:
        return self._first("child")

    def name_childfull(self, lang: str) -> str:
        surname = self._person(lang)[1]
        first = self._first("child")
        self._last = first, _agree(first, surname)
        return " ".join(self._last)

    def name_parent(self, lang: str) -> str:
        """A parent of the child named last: the same surname, a first name of the same background."""
        surname = (self._last or self._person(lang))[1]
        first = self._first("first_" + ("nl" if self._origin == "tv" else self._origin))
        self._last = first, _agree(first, surname)
        return " ".join(self._last)

    def name_staff(self, lang: str) -> str:
        return self._first("staff")

    # EMAIL
    def _local(self, first: str, surname: str) -> str:
        f, s, yy = plain(first), plain(surname), str(self.rng.randint(50, 99))
        self._email_local = self.one_of(
            f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}{yy}", f"{f}.{s}{yy}", f"{f}_{s}",
            f"{f}-{s}", f"{f}{s[0]}{yy}", f"fam.{s}", f"{s}{yy}",
        )  # fmt: skip
        return self._email_local

    def _domain(self) -> str:
        key = {"pl": "domain_pl", "ua": "domain_ua", "be": "domain_be", "en": "domain_en"}.get(self._origin, "domain")
        return self.pick(key if self.rng.random() < 0.6 else "domain")

    def email(self, lang: str) -> str:
        local = self._local(*self._person(lang))
        return f"{local}@{self._domain()}"

    def email_obf(self, lang: str) -> str:
        """Written so a bot cannot read it: 'riet.bleeker [at] ziggo [punt] nl'."""
        local, (name, tld) = self._local(*self._person(lang)), self._domain().split(".", 1)
        dot = "dot" if lang == "en" else "punt"
        return self.one_of(
            f"{local} [at] {name} [{dot}] {tld}", f"{local}(at){name}.{tld}", f"{local} at {name} {dot} {tld}"
        )

    def email_url(self, lang: str) -> str:
        return f"{self._local(*self._person(lang))}%40{self._domain()}"

    def email_spoken(self, lang: str) -> str:
        first, surname = (plain(part) for part in self._person(lang))
        name, tld = self._domain().split(".", 1)
        if lang == "en":
            return f"{first} dot {surname} at {name} dot {tld.replace('.', ' dot ')}"
        glue = self.one_of("", "alles aan elkaar, ", "zonder spatie, ")
        return f"{first} punt {surname}, {glue}apenstaartje {name} punt {tld.replace('.', ' punt ')}"

    def email_student(self, lang: str) -> str:
        first, surname = self._person(lang)
        local = self.one_of(
            f"s{self.digits(7)}", f"{plain(first)[0]}.{plain(surname)}", f"{plain(first)}.{plain(surname)}"
        )
        return f"{local}@{self.pick('domain_student')}"

    def email_work(self, lang: str) -> str:
        first, surname = (plain(part) for part in self._person(lang))
        local = self.one_of(f"{first[0]}.{surname}", first, f"{first}.{surname}", f"{first}{surname[0]}")
        return f"{local}@{self.pick('domain_work')}"

    def email_teen(self, lang: str) -> str:
        first, surname = (plain(part) for part in self._person(lang))
        year = str(self.rng.randint(2007, 2011))
        local = self.one_of(
            f"xx{first}xx", f"{first}{year}", f"{first}.{surname}.{year[2:]}", f"{first}_{surname[:3]}x"
        )
        return f"{local}@{self.one_of('gmail.com', 'hotmail.com', 'icloud.com', 'outlook.com')}"

    def email_fix(self, lang: str) -> str:
        """The address given last with its domain put right (hotmail.com, not hotmail.nl)."""
        local = self._email_local or self._local(*self._person(lang))
        return f"{local}@{self.one_of('hotmail.nl', 'gmail.nl', 'ziggo.nl', 'kpnplanet.nl', 'live.com')}"

    # PHONE
    def _mobile(self) -> str:
        self._phone_last = "06" + self.rng.choice("123458") + self.digits(7)
        return self._phone_last[2:]

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06 {d[:4]} {d[4:]}",
            f"06{d[:2]} {d[2:5]} {d[5:]}", f"(06) {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+31 6 {d[:4]} {d[4:]}",
            f"+316{d}", f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", f"06 - {d}",
        )  # fmt: skip

    def phone_plain(self, lang: str) -> str:
        return "06" + self._mobile()

    def phone_swap(self, lang: str) -> str:
        """The number given last, put right: its last two digits the other way round."""
        value = self._phone_last or "06" + self._mobile()
        if value[-1] == value[-2]:
            return value[:-1] + str((int(value[-1]) + 1) % 10)
        return value[:-2] + value[-1] + value[-2]

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(LAND)
        local = str(self.rng.randint(2, 8)) + self.digits(9 - len(area))
        head = 3 if len(local) % 2 else 2  # '312 34 56' after 050, '54 32 10' after 0512
        pairs = local[:head] + " " + " ".join(local[i : i + 2] for i in range(head, len(local), 2))
        return self.one_of(f"{area}-{local}", f"({area}) {pairs}", f"{area} {local}", f"{area}{local}")

    def phone_foreign(self, lang: str) -> str:
        country = {"en": "uk"}.get(self._origin, self._origin)
        return self._phone_abroad(country if country in FOREIGN_PHONES else "", lang)

    def _phone_abroad(self, country: str, lang: str) -> str:
        pattern = self.rng.choice(FOREIGN_PHONES.get(country) or self.rng.choice(list(FOREIGN_PHONES.values())))
        return self.pattern(pattern)

    def phone_spoken(self, lang: str) -> str:
        """In pairs of Dutch number words ('nul zes, twaalf, zevenenveertig, …') or digit by digit."""
        d = self._mobile()
        if lang == "en":
            return "oh six, " + ", ".join(" ".join(DIGITS_EN[int(c)] for c in d[i : i + 2]) for i in range(0, 8, 2))
        if self.rng.random() < 0.6:
            return "nul zes, " + ", ".join(nl_pair(d[i : i + 2]) for i in range(0, 8, 2))
        return "nul zes " + " ".join(DIGITS_NL[int(c)] for c in d)


def _agree(first: str, surname: str) -> str:
    """Polish surnames agree with the first name: Kołodziej stays, Szymański becomes Szymańska for a woman."""
    if first in FEMALE and surname.endswith("ski"):
        return surname[:-1] + "a"
    if first not in FEMALE and surname.endswith("ska"):
        return surname[:-1] + "i"
    return surname
