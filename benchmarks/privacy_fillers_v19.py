"""Fillers of the `test_v19` split: its own pools (`privacy_fillers_v19_pools`) and its own way of writing every
type. Names, e-mail, phone numbers and plates are here, the other number-like types in `privacy_fillers_v19_numbers`.

Written by someone who never saw the redaction rules. Names: given name and surname, surname with its particle
('van der Linden', after a title 'Van der Linden'), initials ('J.P.', 'JP', 'H. J. M.'), a married double surname,
a register's 'Linden, J.P. van der', all caps, lower case, a greeting's first name, a name broken over a line, a
Chinese name surname first, an Indonesian single name. E-mail: from the name, at work, shouted in capitals, spelled
aloud ('punt', 'apenstaartje', 'streepje', 'dot', 'at'), broken after the '@'. Phones: Dutch mobiles and landlines
grouped every which way, +31 / 0031 / (0), said aloud in digits or pairs, broken over a line, and Belgian, Polish,
Turkish, Surinamese and Moroccan numbers. Plates: the fourteen Dutch side codes, as written, without dashes, lower
case, and said with the Dutch telephone alphabet or NATO; Belgian, German and Polish plates.

Slot modifiers: `_M` / `_F` a man's or woman's name, `_SAME` the person (or plate) named last, `_UP` / `_LOW`
capitals or lower case."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v19_pools as tables
from benchmarks.privacy_fillers_v19_numbers import FillersV19Numbers

MODIFIERS = ("M", "F", "SAME", "UP", "LOW")
ABROAD_PHONES = {
    "be": ("+32 47# ## ## ##", "0032 49# ### ###", "+32 (0)48# ## ## ##"),
    "pl": ("+48 5## ### ###", "0048 6## ### ###", "+48 79# ### ###"),
    "tr": ("+90 5## ### ## ##", "0090 53# ### ####", "+90 (5##) ### ## ##"),
    "sr": ("+597 8## ####", "00597 7##-####", "+597 88#-####"),
    "ma": ("+212 6## ## ## ##", "00212 6########", "+212 (0)6 ## ## ## ##"),
}
_TO_ASCII = str.maketrans({"ı": "i", "ş": "s", "ł": "l", "Ł": "L", "'": "", "’": ""})


def ascii_part(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_TO_ASCII)).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


class FillersV19(FillersV19Numbers):
    """`fill(slot, lang)` strips the modifiers and calls the split's own method for the rest of the slot name."""

    _gender: str | None = None
    _same = False
    _who: tuple[str, str, str] | None = None
    _plate_last: str | None = None

    def fill(self, slot: str, lang: str) -> str:
        parts = slot.split("_")
        mods = set()
        while len(parts) > 1 and parts[-1] in MODIFIERS:
            mods.add(parts.pop())
        self._gender = "m" if "M" in mods else "f" if "F" in mods else None
        self._same = "SAME" in mods
        name = "_".join(parts).lower()
        try:
            if name.startswith("customer_number_"):
                value = self.customer_number(lang, name.removeprefix("customer_number_"))
            elif name in _OWN:
                value = getattr(self, name)(lang)
            else:  # NAME_PL, PHONE_TR, IBAN_BE, PLATE_DE, ...
                kind, where = name.split("_", 1)
                value = getattr(self, f"_{kind}_in")(where, lang)
        finally:
            self._gender, self._same = None, False
        return value.upper() if "UP" in mods else value.lower() if "LOW" in mods else value

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str, str]:
        if self._same and self._who:
            return self._who
        origin = origin or self.rng.choice(tables.WEIGHTS["en" if lang == "en" else "nl"].split())
        gender = self._gender or self.one_of("m", "f")
        first, surname = self.pick(("men_" if gender == "m" else "women_") + origin), self.pick("surname_" + origin)
        if gender == "f" and origin in ("pl", "bg"):  # Kowalski -> Kowalska, Petrov -> Petrova
            surname = surname[:-1] + "a" if surname.endswith("i") else surname + "a" if surname[-1] == "v" else surname
        self._who = (first, surname, origin)
        return self._who

    @staticmethod
    def _capital(surname: str) -> str:
        return surname[0].upper() + surname[1:]

    def _written(self, first: str, surname: str, origin: str) -> str:
        if origin in tables.FAMILY_FIRST and self.rng.random() < 0.5:
            return f"{surname} {first}"
        if origin in tables.MONONYM and self.rng.random() < 0.3:
            return first
        return f"{first} {surname}"

    def name_full(self, lang: str) -> str:
        return self._written(*self._person(lang))

    def _name_in(self, origin: str, lang: str) -> str:
        return self._written(*self._person(lang, origin))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        """After a title: 'meneer Van der Linden', 'mevrouw Kaya'."""
        return self._capital(self._person(lang)[1])

    def name_initials(self, lang: str) -> str:
        first, surname, _ = self._person(lang, self.one_of("nl", "tv", "tv", "fy", "tr", "ma", "sr"))
        more = self.one_of("", "", "P", "J", "M", "A", "WH")
        letters = first[0] + more
        return self.one_of(
            "".join(f"{c}." for c in letters) + f" {surname}", f"{letters} {surname}",
            " ".join(f"{c}." for c in letters) + f" {surname}",
            "".join(f"{c}." for c in letters) + self._capital(surname),
        )  # fmt: skip

    def name_form(self, lang: str) -> str:
        """As a register or form prints it: 'Linden, J.P. van der', 'KAYA, Zeynep'."""
        first, surname, _ = self._person(lang)
        words = surname.split()
        particle = " ".join(w for w in words if w.islower() or w == "'t")
        core = " ".join(w for w in words if not (w.islower() or w == "'t"))
        if particle:
            return self.one_of(f"{core}, {first[0]}. {particle}", f"{core}, {first} {particle}")
        return self.one_of(f"{surname.upper()}, {first}", f"{surname}, {first[0]}.")

    def name_double(self, lang: str) -> str:
        first, own, _ = self._person(lang, self.one_of("nl", "tv", "fy", "tr", "ma", "sr", "pl"))
        other = self.pick("surname_" + self.one_of("nl", "tv", "tr", "ma", "sr"))
        return self.one_of(f"{first} {own}-{other}", f"{first} {other}-{own}", f"{first[0]}. {own}-{other}")

    def name_wrap(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return f"{first}\n{surname}"

    def name_typo(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        word = surname.split()[-1]
        if len(word) > 4:
            i = self.rng.randint(1, len(word) - 2)
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # two letters swapped
        return f"{first} {' '.join(surname.split()[:-1] + [word])}"

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    # EMAIL
    def _mailbox(self, lang: str) -> tuple[str, str]:
        first, surname, origin = self._person(lang)
        f, s, year = ascii_part(first), ascii_part(surname), self.rng.randint(1955, 2006) % 100
        local = self.one_of(
            f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}{year:02d}", f"{f}_{s}",
            f"{f}-{s}", f"{s}{year:02d}", f"{f}.{s[:1]}", f"{f}{s}{self.rng.randint(1, 99)}", f"fam{s}",
        )  # fmt: skip
        key = f"domain_{origin}" if f"domain_{origin}" in self.pool else "domain_en" if lang == "en" else "domain_nl"
        return local, self.pick(key)

    def email(self, lang: str) -> str:
        local, domain = self._mailbox(lang)
        return f"{local}@{domain}"

    def email_work(self, lang: str) -> str:
        first, surname, _ = self._person(lang)
        return f"{ascii_part(first)}.{ascii_part(surname)}@{self.pick('domain_work')}"

    def email_wrap(self, lang: str) -> str:
        local, domain = self._mailbox(lang)
        return f"{local}@\n{domain}"

    def email_voice(self, lang: str) -> str:
        local, domain = self._mailbox(lang)
        if lang == "en":
            words = {".": " dot ", "-": " dash ", "_": " underscore ", "@": " at "}
        else:
            words = {".": " punt ", "-": " streepje ", "_": " liggend streepje ", "@": self.one_of(" apenstaartje ",
                     " at ", " apestaartje ")}  # fmt: skip
        said = "".join(words.get(c, c) for c in f"{local}@{domain}")
        return said.replace("  ", " ").strip()

    # PHONE
    def _mobile(self) -> str:
        return str(self.rng.randint(1, 5)) + self.digits(7)

    def phone(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(
            f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:4]} {d[4:]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+31 6 {d[:4]} {d[4:]}", f"+316{d}", f"+31 (0)6 {d}", f"0031 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"06/{d}", f"(06){d}", f"06 - {d[:3]} {d[3:6]} {d[6:]}", f"+31-6-{d}", f"06 {d[:3]} {d[3:5]} {d[5:]}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(tables.LANDLINE_AREAS)
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        if len(local) == 7:
            grouped = self.one_of(f"{local[:3]} {local[3:]}", f"{local[:3]} {local[3:5]} {local[5:]}", local)
        else:
            grouped = self.one_of(f"{local[:2]} {local[2:4]} {local[4:]}", f"{local[:3]} {local[3:]}", local)
        return self.one_of(f"{area}-{grouped}", f"{area} {grouped}", f"({area}) {grouped}", f"+31 {area[1:]} {grouped}",
                           f"{area} - {grouped}", f"{area}{local}")  # fmt: skip

    def phone_voice(self, lang: str) -> str:
        d = self._mobile()
        start = self.one_of("nul zes", "nul-zes", "nul zes,") if lang != "en" else self.one_of("oh six", "zero six")
        return f"{start} {self.aloud(d[:4], lang)} {self.aloud(d[4:], lang)}"

    def phone_wrap(self, lang: str) -> str:
        d = self._mobile()
        return self.one_of(f"06-{d[:4]}\n{d[4:]}", f"+31 6\n{d}", f"06 {d[:2]} {d[2:4]}\n{d[4:6]} {d[6:]}")

    def _phone_in(self, where: str, lang: str) -> str:
        return self.pattern(self.rng.choice(ABROAD_PHONES[where]))

    # PLATE
    def _plate(self) -> str:
        while True:
            code = self.rng.choice(tables.SIDE_CODES)
            value = "".join(self.rng.choice(tables.PLATE_LETTERS) if c == "L" else self.digits(1) if c == "D" else c
                            for c in code)  # fmt: skip
            letters = "".join(c for c in value if c.isalpha())
            if not any(bad in letters for bad in tables.AVOID):
                self._plate_last = value
                return value

    def plate(self, lang: str) -> str:
        if self._same and self._plate_last:
            return self._plate_last
        v = self._plate()
        return self.one_of(v, v, v, v.replace("-", ""), v.lower(), v.replace("-", " "), v.lower().replace("-", ""))

    def plate_voice(self, lang: str) -> str:
        said = []
        for group in self._plate().split("-"):
            if group.isdigit():
                said.append(self.aloud(group, lang) if len(group) > 1 else tables.digit_words(group, lang))
            elif lang == "en":
                said.append(" ".join(tables.ALPHABET_EN[c] if self.rng.random() < 0.5 else c for c in group))
            else:
                said.append(" ".join(f"{c} van {tables.ALPHABET_NL[c]}" if self.rng.random() < 0.5 else c
                                     for c in group))  # fmt: skip
        return (" dash " if lang == "en" else self.one_of(" streepje ", ", ")).join(said)

    def _plate_in(self, where: str, lang: str) -> str:
        return self.pattern(self.rng.choice(tables.PLATES_ABROAD[where]))


_OWN = {name for name in vars(FillersV19) | vars(FillersV19Numbers) if not name.startswith("_")} - {
    "fill", "digits", "one_of", "pattern", "aloud",
}  # fmt: skip
