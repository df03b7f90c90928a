"""Fillers of the `test_v11` split: its own pools (`privacy_fillers_v11_pools`) and its own format for every type.
Names, e-mail and phone numbers are here; IBAN and BSN in `privacy_fillers_v11_accounts`, the other number-like
types in `privacy_fillers_v11_numbers`, the spoken forms in `privacy_fillers_v11_speech`.

Written by someone who never saw the redaction rules. Formats: names by region and background (Frisian, Limburg,
Brabant, Caribbean Dutch, Indonesian Dutch and Moluccan, Flemish), standalone surnames with a capital
tussenvoegsel, Frisian initials ('Tj.', 'Sj.'), the full baptismal names of deeds and writs ('Hendrikus Johannes
Maria van Kilsdonk'), surnames in capitals as bailiffs type them, names as an IVR engine writes them (lower case,
a Frisian '-stra' or '-ma' heard as a word of its own); e-mail with plus-addressing ('+marktplaats'), old provider
domains, at work in a signature (the signer's own address, at an employer of the right sector), and said aloud
through speech-to-text ('gee mail punt kom'); Dutch mobiles and the landlines of Friesland, Limburg and Brabant,
numbers read out as digits with mishearings or in pairs, split over two turns, Belgian, Curaçao, Aruba, Bonaire
and roaming numbers.

Slot suffixes: `_M` / `_F` ask for a man's or woman's first name (the template says 'z'n', 'd'r', 'tante', 'she'),
`_SAME` for a value of the person the template named last (a signer's own mail address, a child's family name)."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers import _group
from benchmarks.privacy_fillers_v11_accounts import FillersV11Accounts
from benchmarks.privacy_fillers_v11_pools import FEMALE
from benchmarks.privacy_fillers_v11_speech import asr_digits, asr_pairs

ORIGINS = ("", "", "", "_fy", "_li", "_bb", "_bb", "_id", "_cw")
INITIALS = "H.J. A. W.F.M. G. J.P. M.A. C. P.J.M. E. Tj. Sj. R.H. L. J.H.M. D.".split()
AREA = {
    "fy": "058 0511 0512 0513 0514 0515 0517 0518 0519 0566".split(),
    "li": "043 045 046 0475 077 0495".split(),
    "bb": "013 0411 0413 0416 0418 0485 0492 0493 0497 0499 076 0162 0165".split(),
}
PLUS_TAGS = "marktplaats webshop nieuwsbrief ns reizen".split()


def plain(text: str) -> str:
    """'van Kilsdonk' -> 'vankilsdonk', 'Sillé' -> 'sille': a name as it goes into a mail address."""
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


def capital(surname: str) -> str:
    return surname[0].upper() + surname[1:]


class FillersV11(FillersV11Accounts):
    """Every fill method is the split's own; `fill(slot, lang)` dispatches on the slot name as in `Fillers`."""

    _gender: str | None = None
    _same = False
    _last: tuple[str, str] | None = None

    def fill(self, slot: str, lang: str) -> str:
        base, _, tail = slot.rpartition("_")
        if tail in ("M", "F", "SAME"):
            self._gender, self._same = (tail.lower(), False) if tail in ("M", "F") else (None, True)
            try:
                return getattr(self, base.lower())(lang)
            finally:
                self._gender, self._same = None, False
        return getattr(self, slot.lower())(lang)

    def _pick_first(self, key: str) -> str:
        names = self.pool[key]
        if self._gender:
            names = [name for name in names if (name in FEMALE) == (self._gender == "f")]
        return self.rng.choice(names)

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str]:
        if self._same and self._last:
            return self._last
        if origin is None:
            origin = "_en" if lang == "en" and self.rng.random() < 0.45 else self.rng.choice(ORIGINS)
        self._last = self._pick_first("first" + origin), self.pick("surname" + origin)
        return self._last

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_fy(self, lang: str) -> str:
        return " ".join(self._person(lang, "_fy"))

    def name_li(self, lang: str) -> str:
        return " ".join(self._person(lang, "_li"))

    def name_bb(self, lang: str) -> str:
        return " ".join(self._person(lang, "_bb"))

    def name_cw(self, lang: str) -> str:
        return " ".join(self._person(lang, "_cw"))

    def name_id(self, lang: str) -> str:
        return " ".join(self._person(lang, "_id"))

    def name_be(self, lang: str) -> str:
        return " ".join(self._person(lang, "_be"))

    def name_en(self, lang: str) -> str:
        return " ".join(self._person(lang, "_en"))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        return capital(self._person(lang)[1])

    def name_initials(self, lang: str) -> str:
        return f"{self.rng.choice(INITIALS)} {self._person(lang)[1]}"

    def name_deed(self, lang: str) -> str:
        """Full baptismal names, as a notary or bailiff writes them: 'Hendrikus Johannes Maria van Kilsdonk'."""
        surname = self._person(lang, self.one_of("", "_bb", "_li", "_fy"))[1]
        if (self._gender or self.one_of("m", "f")) == "m":
            given = self.rng.sample(self.pool["baptismal_m"], 2) + (["Maria"] if self.rng.random() < 0.5 else [])
        else:
            given = self.rng.sample(self.pool["baptismal_f"], self.rng.randint(2, 3))
        return f"{' '.join(given)} {surname}"

    def name_caps(self, lang: str) -> str:
        surname = self._person(lang, self.one_of("", "_bb", "_li", "_id"))[1].upper()
        return self.one_of(f"{self.rng.choice(INITIALS)} {surname}", surname)

    def name_asr(self, lang: str) -> str:
        first, surname = self._person(lang)
        surname = surname.lower()
        for suffix in ("stra", "sma", "ma", "ga"):
            if surname.endswith(suffix) and len(surname) > len(suffix) + 3 and self.rng.random() < 0.6:
                surname = f"{surname[: -len(suffix)]} {suffix}"
                break
        return f"{first.lower()} {surname}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_staff(self, lang: str) -> str:
        return self._pick_first("staff")

    def name_child(self, lang: str) -> str:
        return self._pick_first("child")

    def name_childfull(self, lang: str) -> str:
        """A child with the family name of the parent the template named last, if it named one."""
        surname = self._last[1] if self._last and self.rng.random() < 0.8 else self._person(lang)[1]
        return f"{self._pick_first('child')} {surname}"

    # EMAIL
    def _local(self, first: str, surname: str) -> str:
        f, s, yy = plain(first), plain(surname), f"{self.rng.randint(50, 99):02d}"
        return self.one_of(
            f"{f}.{s}", f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f[0]}{s}", f"{s}.{f}", f"{f}{yy}",
            f"{f}.{s}{yy}", f"{s}{f[0]}", f"{f}_{s}", f"{f}-{s}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        local = self._local(*self._person(lang))
        if self.rng.random() < 0.12:
            local += "+" + self.rng.choice(PLUS_TAGS)
        domain = self.pick("domain_en" if lang == "en" and self.rng.random() < 0.5 else "domain")
        return f"{local}@{domain}"

    def _work(self, lang: str, sector: str) -> str:
        f, s = (plain(part) for part in self._person(lang, self.one_of("", "_fy", "_li", "_bb")))
        return f"{self.one_of(f'{f[0]}.{s}', f'{f}.{s}', f, f'{f[0]}{s}')}@{self.pick('work_' + sector)}"

    def email_notary(self, lang: str) -> str:
        return self._work(lang, "notary")

    def email_claims(self, lang: str) -> str:
        return self._work(lang, "claims")

    def email_housing(self, lang: str) -> str:
        return self._work(lang, "housing")

    def email_office(self, lang: str) -> str:
        return self._work(lang, "office")

    def email_be(self, lang: str) -> str:
        return f"{self._local(*self._person(lang, '_be'))}@{self.pick('domain_be')}"

    def email_asr(self, lang: str) -> str:
        f, s = (plain(part) for part in self._person(lang))
        name, tld = self.pick("domain").split(".", 1)
        if lang == "en":
            heard = {"gmail": "gee mail", "hotmail": "hot mail"}.get(name, name)
            return f"{f}{self.one_of(' dot ', ' ', '')}{s} at {heard} dot {tld}"
        join = self.one_of(" punt ", " punt ", " ", "", " streepje ")
        at = self.one_of("apenstaartje", "apestaartje", "at", "et", "apenstaart je")
        heard = {
            "gmail": self.one_of("gmail", "gee mail", "g mail"),
            "hotmail": self.one_of("hotmail", "hot mail"),
            "kpnmail": "kaa pee en mail",
            "icloud": "i cloud",
        }.get(name, name)
        said_tld = {"com": self.one_of("com", "kom"), "nl": self.one_of("nl", "en el"), "net": "net"}[tld]
        return f"{f}{join}{s} {at} {heard} punt {said_tld}"

    # PHONE
    def _mobile_rest(self) -> str:
        return self.rng.choice("12345123458") + self.digits(7)

    def phone(self, lang: str) -> str:
        rest = self._mobile_rest()
        return self.one_of(
            f"06-{rest}", f"06-{rest}", f"06{rest}", f"06{rest}", f"06 {_group(rest, [4, 4])}",
            f"06-{_group(rest, [4, 4])}", f"06 {rest}", f"+31 6 {_group(rest, [4, 4])}", f"+316{rest}",
            f"06 {_group(rest, [3, 3, 2])}",
        )  # fmt: skip

    def _land(self, region: str) -> str:
        area = self.rng.choice(AREA[region])
        local = str(self.rng.randint(2, 8)) + self.digits(9 - len(area))
        grouped = _group(local, [3, 2, 2] if len(local) == 7 else [2, 2, 2])
        return self.one_of(f"{area}-{local}", f"{area}-{local}", f"{area} {grouped}", f"({area}) {local}")

    def phone_land(self, lang: str) -> str:
        return self._land(self.one_of("fy", "li", "bb"))

    def phone_fy(self, lang: str) -> str:
        return self._land("fy")

    def phone_li(self, lang: str) -> str:
        return self._land("li")

    def phone_bb(self, lang: str) -> str:
        return self._land("bb")

    def phone_words(self, lang: str) -> str:
        rest = self._mobile_rest()
        if lang == "en" or self.rng.random() < 0.6:
            return asr_digits("06" + rest, lang, self.rng)
        return f"nul zes {asr_pairs(rest, self.rng)}"

    def phone_split_a(self, lang: str) -> str:
        rest = self._mobile_rest()
        if lang == "en" or self.rng.random() < 0.5:
            return self._split(f"06 {_group(rest[:4], [2, 2])}", _group(rest[4:], [2, 2]))
        return self._split(f"nul zes {asr_pairs(rest[:4], self.rng)}", asr_pairs(rest[4:], self.rng))

    def phone_split_b(self, lang: str) -> str:
        return self._take_rest()

    def phone_be(self, lang: str) -> str:
        prefix, rest = (
            self.one_of("0456", "0460", "0468", "0471", "0477", "0484", "0489", "0493", "0499"),
            self.digits(6),
        )
        return self.one_of(
            f"{prefix} {_group(rest, [2, 2, 2])}", f"{prefix}/{_group(rest, [2, 2, 2])}",
            f"+32 {prefix[1:]} {_group(rest, [2, 2, 2])}", f"{prefix}{rest}",
        )  # fmt: skip

    def phone_cw(self, lang: str) -> str:
        """Curaçao: +599 9 and a mobile of seven digits."""
        number = f"{self.rng.randint(510, 699)}{self.digits(4)}"
        return self.one_of(f"+599 9 {number[:3]} {number[3:]}", f"+5999{number}", f"00599 9 {number}")

    def phone_aw(self, lang: str) -> str:
        return f"+297 {self.one_of('56', '59', '73', '74')}{self.digits(1)} {self.digits(4)}"

    def phone_bq(self, lang: str) -> str:
        return f"+599 7{self.one_of('00', '01', '80', '96')} {self.digits(4)}"

    def phone_intl(self, lang: str) -> str:
        return self.one_of(
            f"+90 5{self.digits(2)} {self.digits(3)} {self.digits(2)} {self.digits(2)}",
            f"+34 6{self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(2)}",
            f"+49 15{self.digits(2)} {self.digits(7)}", f"+44 7{self.digits(3)} {self.digits(6)}",
            f"07{self.digits(3)} {self.digits(6)}", f"+62 812-{self.digits(4)}-{self.digits(4)}",
        )  # fmt: skip
