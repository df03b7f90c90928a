"""Fillers of the held-out split test_v115 (seed 647): students renting rooms from housing corporations, employees
leasing an e-bike through work, hearing aid wearers, window cleaning subscribers, people at a debt counselling intake,
drivers storing tyres at a garage, hockey and football members and their parents, concert ticket resellers, elderly
people with an alarm button or at day care and their carers, from the Achterhoek, Twente, the rest of the Netherlands,
Flanders, Suriname, Kenya, South Africa, Scotland and elsewhere, as they type them into a Freshchat bot, post them on
Workplace, text them, dictate them to a smartwatch, or as a fax's OCR and an XML export show them."""

from __future__ import annotations

import benchmarks.privacy_fillers_v115_pools  # noqa: F401  (registers POOLS["test_v115"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v115_codes import CodesV115
from benchmarks.privacy_fillers_v115_numbers import (
    DATE_FORMS,
    belgian_bban,
    iban,
    ocr,
    plain,
    say_digits,
    spaced,
    write_date,
)

_MIX = {
    "nl": ("nl", "nl", "nl", "ah", "ah", "ah", "ah", "sr", "sr", "sr", "ma", "ma", "tr", "tr", "be", "pl", "in", "ng"),
    "en": ("ke", "ke", "ke", "za", "za", "za", "sc", "sc", "sc", "in", "ng", "cn", "pl", "nl", "ah", "sr"),
}
_MAILBOXES = (
    "{f}.{s}",
    "{f}{s}",
    "{i}{s}",
    "{f}_{s}",
    "{s}.{f}",
    "{f}{s}{n}",
    "{f}.{s}{y}",
    "{i}.{s}",
    "{f}{n}",
    "fam.{s}",
)
_OCR_LETTERS = (("rn", "m"), ("m", "rn"), ("l", "1"), ("i", "l"), ("o", "0"), ("e", "c"), ("h", "b"))
_PHONE_NL_MOBILE = "06{r}|06-{r}|06 {p}|06-{a}|+31 6 {q}|+316{r}|0031 6{r}|06 {q}|06/{r}"
_PHONE_NL_FIXED = "{z}-{l}|{z} {g}|({z}) {l}|+31 {z1} {l}|{z}{l}|{z} - {l}"
_AREAS_AH = ("0543", "0544", "0545", "0314", "0315", "053", "074", "0546", "0547", "0548", "0573")
_AREAS_NL = ("020", "010", "030", "024", "026", "050", "0318", "055", "038", "0320")
# Phones abroad: how a national number starts, how long it is, where its head ends and the layouts, in which {n} is
# the national number, {h} its head and {t} the rest, {c} {d} {e} {f} the number in threes, 2-3-4, 4-6 and fives.
_ABROAD = {
    "sr": (("8", "7", "6"), 7, 3, "+597 {h}-{t}|+597{n}|00597 {n}|(597) {h} {t}|{h}-{t}"),
    "ke": (("7", "11"), 9, 3, "+254 {c}|+254{n}|0{n}|0{c}|254 {n}|+254 (0){n}"),
    "za": (("82", "83", "72", "71", "61", "84"), 9, 2, "+27 {d}|0{d}|+27{n}|0{n}|(0{h}) {t}"),
    "uk": (("7", "131", "141", "1224"), 10, 4, "+44 {h} {t}|0{h} {t}|+44 (0){h} {t}|0{n}|+44{n}"),
    "be": (("47", "48", "49"), 9, 3, "+32 {c}|0{c}|0{h}/{t}|+32{n}"),
    "de": (("2562", "2861", "2565", "1512", "1575"), 10, 4, "+49 {h} {t}|0{h} {t}|0{h}/{t}|+49{n}"),
    "ng": (("80", "81", "70", "90"), 10, 3, "+234 {n}|+234 {c}|0{n}|234{n}"),
    "in": (("98", "99", "70", "81"), 10, 5, "+91 {f}|+91-{n}|0{n}|+91{n}"),
    "pl": (("5", "6", "7"), 9, 3, "+48 {c}|0048 {n}|+48{n}"),
}


class FillersV115(CodesV115, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER*."""

    def fill(self, slot: str, lang: str) -> str:
        """NAME_<ORIGIN> (NAME_SR, NAME_KE, NAME_SC …) is a name of one origin of the pools and CUSTOMER_NUMBER_<KIND>
        one of the personal number layouts of `privacy_fillers_v115_codes`; other slots have their own method."""
        method = getattr(self, slot.lower(), None)
        if method is not None:
            return method(lang)
        if slot.startswith("NAME_"):
            return self._whole(slot[5:].lower())
        return self.personal_number(slot[16:].lower())

    def customer_number(self, lang: str) -> str:
        return self.personal_number("")

    # ---- names
    def _person(self, origin: str) -> tuple[str, str]:
        first, surname = self.pick(f"first_{origin}"), self.pick(f"surname_{origin}")
        if origin == "pl" and surname.endswith(("ski", "ska")):  # Polish surnames follow the bearer's sex
            surname = surname[:-1] + ("a" if first.endswith("a") else "i")
        return first, surname

    def _origin(self, lang: str) -> str:
        return self.rng.choice(_MIX["en" if lang == "en" else "nl"])

    def _whole(self, origin: str) -> str:
        first, surname = self._person(origin)
        if origin in ("ah", "nl") and self.rng.random() < 0.15:  # a second initial, as on a form
            first = f"{first} {self._any('J.', 'H.', 'W.', 'G.', 'A.')}"
        if origin == "ke" and self.rng.random() < 0.3:  # a Kenyan name with a second family name
            return f"{first} {self.pick('surname_ke')} {surname}"
        return f"{first} {surname}"

    def name_full(self, lang: str) -> str:
        return self._whole(self._origin(lang))

    def name_first(self, lang: str) -> str:
        return self._person(self._origin(lang))[0]

    def name_surname(self, lang: str) -> str:
        surname = self._person(self._origin(lang))[1]
        return surname[:1].upper() + surname[1:]

    def name_child(self, lang: str) -> str:
        first, surname = self._person(self._origin(lang))
        return self._any(first, f"{first} {surname}", f"{first} {surname}")

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_initials(self, lang: str) -> str:
        first, surname = self._person(self._origin(lang))
        extra = self.rng.sample("ABCDEFGHJMPRTW", self.rng.choice((0, 1, 1, 2)))
        letters = "".join(f"{c}." for c in [first[0], *extra])
        return f"{letters} {surname[:1].upper() + surname[1:]}" if self.rng.random() < 0.5 else f"{letters} {surname}"

    def name_caps(self, lang: str) -> str:
        first, surname = self._person(self._origin(lang))
        return self._any(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_watch(self, lang: str) -> str:
        name = self.name_full(lang)
        return self._any(name.lower(), name, name.replace("-", " ").lower())

    def name_watch_en(self, lang: str) -> str:
        return self.name_watch("en")

    def name_ocr(self, lang: str) -> str:
        name = self._any(self.name_full(lang), self.name_full(lang).upper(), self.name_initials(lang))
        for old, new in self.rng.sample(_OCR_LETTERS, len(_OCR_LETTERS)):
            if old in name[1:]:
                at = name.index(old, 1)
                return name[:at] + new + name[at + len(old) :]
        return name

    # ---- e-mail
    def _mailbox(self, origin: str) -> str:
        first, surname = self._person(origin)
        first, surname = plain(first), plain(surname)
        return self.rng.choice(_MAILBOXES).format(
            f=first, s=surname, i=first[0], n=self.rng.randint(1, 999), y=self.rng.randint(55, 99)
        )

    def email(self, lang: str) -> str:
        domain = self.pick("domain_en" if lang == "en" else "domain")
        address = f"{self._mailbox(self._origin(lang))}@{domain}"
        return address if self.rng.random() < 0.85 else address.capitalize()

    def email_student(self, lang: str) -> str:
        return f"{self._mailbox(self._origin(lang))}@{self.pick('domain_student')}"

    def email_work(self, lang: str) -> str:
        first, surname = (plain(part) for part in self._person(self._any("nl", "ah", "ah", "tr", "ma", "pl")))
        local = self._any(f"{first[0]}.{surname}", f"{first}.{surname}", f"{first[0]}{surname}")
        return f"{local}@{self.pick('domain_work')}"

    def email_watch(self, lang: str) -> str:
        box, domain = self._mailbox(self._origin(lang)), self.pick("domain_en" if lang == "en" else "domain")
        dot, at = ("dot", "at") if lang == "en" else (self._any("punt", "punt", "."), self._any("at", "apenstaartje"))
        spoken = f"{box.replace('.', f' {dot} ')} {at} {domain.replace('.', f' {dot} ')}"
        return self._any(f"{box}@{domain}", spoken, f"{box} @ {domain}", f"{box}@{domain}".replace(".", " . "))

    # ---- phones
    def _mobile_nl(self) -> str:
        rest = self._n(8)
        return self._form(
            _PHONE_NL_MOBILE, r=rest, p=spaced(rest, (2, 2, 2, 2)), q=spaced(rest, (4, 4)), a=spaced(rest, (3, 2, 3))
        )

    def _fixed(self, areas: tuple[str, ...]) -> str:
        area = self.rng.choice(areas)
        local = str(self.rng.randint(2, 9)) + self._n(9 - len(area))
        grouped = spaced(local, (2, 2, 2) if len(local) == 6 else (3, 2, 2) if len(local) == 7 else (4, 4))
        return self._form(_PHONE_NL_FIXED, z=area, z1=area[1:], l=local, g=grouped)

    def phone(self, lang: str) -> str:
        return self._mobile_nl() if self.rng.random() < 0.65 else self._fixed(_AREAS_NL + _AREAS_AH)

    def phone_ah(self, lang: str) -> str:
        return self._fixed(_AREAS_AH) if self.rng.random() < 0.6 else self._mobile_nl()

    def _abroad(self, country: str) -> str:
        heads, length, cut, layouts = _ABROAD[country]
        head = self.rng.choice(heads)
        national = (head + self._n(length))[:length]
        if country == "uk":
            cut = len(head) if head.startswith("1") else 4
        return self._form(
            layouts,
            n=national,
            h=national[:cut],
            t=national[cut:],
            c=spaced(national, (3, 3, len(national) - 6)),
            d=spaced(national, (2, 3, 4)),
            f=spaced(national, (5, 5)),
        )

    def phone_sr(self, lang: str) -> str:
        return self._abroad("sr")

    def phone_ke(self, lang: str) -> str:
        return self._abroad("ke")

    def phone_za(self, lang: str) -> str:
        return self._abroad("za")

    def phone_uk(self, lang: str) -> str:
        return self._abroad("uk")

    def phone_be(self, lang: str) -> str:
        return self._abroad("be")

    def phone_de(self, lang: str) -> str:
        return self._abroad("de")

    def phone_ng(self, lang: str) -> str:
        return self._abroad("ng")

    def phone_abroad(self, lang: str) -> str:
        return self._abroad(self._any("sr", "ke", "za", "uk", "be", "de", "ng", "in", "pl"))

    def phone_watch(self, lang: str) -> str:
        number = "06" + self._n(8)
        if lang == "en":
            return self._any(number, f"+31 6 {spaced(number[2:], (4, 4))}", say_digits(number, "en", self.rng))
        return self._any(
            number, spaced(number, (2, 2, 2, 2, 2)), spaced(number, (4, 3, 3)), say_digits(number, "nl", self.rng)
        )

    def phone_watch_en(self, lang: str) -> str:
        return self.phone_watch("en")

    def phone_ocr(self, lang: str) -> str:
        return ocr(self._any(self._mobile_nl(), self._fixed(_AREAS_AH + _AREAS_NL)), self.rng)

    # ---- bank accounts
    def _show(self, number: str) -> str:
        grouped = spaced(number, (4,) * 9)
        return self._any(number, grouped, grouped, grouped.lower(), number.lower(), grouped.replace(" ", "."))

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.75:
            return self._show(iban("NL", self.pick("bank_nl") + self._n(10)))
        if roll < 0.88:
            return self.iban_be(lang)
        return self.iban_de(lang)

    def iban_be(self, lang: str) -> str:
        return self._show(iban("BE", belgian_bban(self.rng)))

    def iban_de(self, lang: str) -> str:
        return self._show(iban("DE", "4" + self._n(17)))

    def iban_gb(self, lang: str) -> str:
        return self._show(iban("GB", self.pick("bank_gb") + self._any("80", "83", "16", "82") + self._n(12)))

    def iban_watch(self, lang: str) -> str:
        number = iban("NL", self.pick("bank_nl") + self._n(10))
        return self._any(spaced(number, (4,) * 5).lower(), f"{number[:2]} {number[2:4]} {number[4:8]} {number[8:]}",
                         number.lower(), f"{number[:4]} {number[4:8].lower()} {number[8:]}")  # fmt: skip

    def iban_ocr(self, lang: str) -> str:
        number = spaced(iban("NL", self.pick("bank_nl") + self._n(10)), (4,) * 5)
        return number[:9] + ocr(number[9:], self.rng)

    # ---- dates of birth
    def _dated(self, style: str, years: tuple[int, int], lang: str) -> str:
        layout = self.rng.choice(DATE_FORMS[style].split("|"))
        return write_date(layout, *self._birthday(*years), lang)

    def dob(self, lang: str) -> str:
        return self._dated("en" if lang == "en" else "nl", (1940, 2006), "en" if lang == "en" else "nl")

    def dob_en(self, lang: str) -> str:
        return self._dated("en", (1950, 2006), "en")

    def dob_senior(self, lang: str) -> str:
        return self._dated("en" if lang == "en" else "nl", (1929, 1955), "en" if lang == "en" else "nl")

    def dob_child(self, lang: str) -> str:
        return self._dated("en" if lang == "en" else "nl", (2009, 2019), "en" if lang == "en" else "nl")

    def dob_iso(self, lang: str) -> str:
        return self._dated("iso", (1932, 2007), "nl")

    def dob_iso_senior(self, lang: str) -> str:
        return self._dated("iso", (1928, 1952), "nl")

    def dob_student(self, lang: str) -> str:
        style = self.rng.choice(("iso", "en" if lang == "en" else "nl"))
        return self._dated(style, (1996, 2007), "en" if lang == "en" else "nl")

    def dob_watch(self, lang: str) -> str:
        side = "en" if lang == "en" else "nl"
        return self._dated(f"watch_{side}", (1930, 2005), side)

    def dob_ocr(self, lang: str) -> str:
        return ocr(self._dated("fax", (1928, 1990), "nl"), self.rng)
