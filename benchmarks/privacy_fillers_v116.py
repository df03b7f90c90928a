"""Fillers of the held-out split test_v116 (seed 653): parents booking swimming lessons, garden contract holders,
cyclists whose bike was stolen, student loan repayers, families on a care home's waiting list, people moving house,
pharmacy patients on repeat prescriptions, mobile subscribers disputing roaming charges, campers and charity donors,
from Drenthe, Brabant and Flemish Brabant, Turkish-Dutch and Moroccan-Dutch families and others in the Netherlands,
and from Australia, Trinidad and Malaysia; as they type them in mails and story replies, say them in voice notes,
or as CRM exports, calendar invites and till receipts print them."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v116_numbers as nums
import benchmarks.privacy_fillers_v116_pools  # noqa: F401  (registers POOLS["test_v116"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v116_codes import CodesV116
from benchmarks.privacy_fillers_v116_numbers import split_up

_WHO = {
    "nl": ("dr", "dr", "dr", "br", "br", "br", "vl", "ma", "ma", "ma", "tr", "tr", "tr", "sr", "sr", "pl", "in", "ng",
           "cn"),
    "en": ("au", "au", "au", "au", "tt", "tt", "tt", "tt", "my", "my", "my", "my", "in", "ng", "cn", "pl", "tr", "ma"),
}  # fmt: skip
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "'": "", " ": "", "-": ""})


def plain(text: str) -> str:
    """As a mailbox name: no accents, no spaces, lower case."""
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


class FillersV116(CodesV116, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def fill(self, slot: str, lang: str) -> str:
        """A slot with its own method uses it; NAME_<ORIGIN> (NAME_DR, NAME_TT, NAME_MY) is a whole name of that
        origin and CUSTOMER_NUMBER_<KIND> one of the personal number layouts of `privacy_fillers_v116_codes`."""
        method = getattr(self, slot.lower(), None)
        if method is not None:
            return method(lang)
        if slot.startswith("NAME_ELDER_"):  # NAME_ELDER_F, NAME_ELDER_M_MY, NAME_ELDER_DR
            parts = slot[11:].lower().split("_")
            sex = parts.pop(0) if parts[0] in ("f", "m") else self._one("f", "m")
            return self._elder(sex, parts[0] if parts else None, lang)
        if slot.startswith("NAME_"):
            return self._whole(slot[5:].lower())
        return self._account(slot[len("CUSTOMER_NUMBER_") :].lower())

    # ---- names
    def _from(self, lang: str) -> str:
        return self.rng.choice(_WHO["en" if lang == "en" else "nl"])

    def _malaysian(self) -> tuple[str, str]:
        kind = self._one("malay_m", "malay_f", "cn", "cn", "in_m", "in_f")
        if kind == "cn":
            return self.pick("my_cn_given"), self.pick("my_cn_family")
        if kind.startswith("malay"):
            link = "bin" if kind.endswith("m") else "binti"
            return self.pick(f"my_{kind}"), f"{link} {self.pick('my_father')}"
        link = "a/l" if kind.endswith("m") else "a/p"
        return self.pick(f"my_{kind}"), f"{link} {self.pick('my_in_father')}"

    def _parts(self, origin: str) -> tuple[str, str]:
        if origin == "my":
            return self._malaysian()
        return self.pick(f"given_{origin}"), self.pick(f"family_{origin}")

    def _whole(self, origin: str) -> str:
        given, family = self._parts(origin)
        self._last = (given, family, origin)  # for an e-mail address or spelling that follows the name
        if origin == "my" and not family.startswith(("bin", "a/")):
            return f"{family} {given}"  # Chinese Malaysians: the family name first
        if origin == "cn" and self.rng.random() < 0.4:
            return f"{family} {given}"
        if origin in ("dr", "br") and self.rng.random() < 0.15:
            return f"{given} {self._one('J.', 'H.', 'W.', 'A.M.')} {family}"
        return f"{given} {family}"

    def name_full(self, lang: str) -> str:
        return self._whole(self._from(lang))

    def name_first(self, lang: str) -> str:
        given = self._parts(self._from(lang))[0]
        return given.split()[-1] if given.startswith(("Muhammad", "Mohd", "Nur ", "Siti", "Wan ")) else given

    def name_surname(self, lang: str) -> str:
        origin = self._from(lang)
        while origin == "my":
            origin = self._from(lang)
        return self._parts(origin)[1]

    def name_child(self, lang: str, sex: str = "") -> str:
        child, origin = self.pick(f"child_{sex or self._one('f', 'm')}"), self._from(lang)
        family = self._parts(origin if origin != "my" else "au")[1]
        return self._one(child, child, f"{child} {family}")

    def name_child_f(self, lang: str) -> str:
        return self.name_child(lang, "f")

    def name_child_m(self, lang: str) -> str:
        return self.name_child(lang, "m")

    def name_initials(self, lang: str) -> str:
        family = self._parts(self._one("dr", "br", "br", "vl", "ma", "tr", "sr"))[1]
        letters = "".join(f"{c}." for c in self.rng.sample("ABCDEGHJKLMNPRSTW", self.rng.choice((1, 1, 2, 3))))
        return self._one(f"{letters} {family}", f"{letters}{family}", f"{family}, {letters}")

    def _elder(self, sex: str, origin: str | None, lang: str) -> str:
        """A care home applicant or an elderly parent; women often by both surnames, 'G. Hadders-Lanting'."""
        if origin is None:
            here = ("au", "au", "tt", "tt", "my") if lang == "en" else ("dr", "dr", "br", "br", "ma", "tr", "sr")
            origin = self.rng.choice(here)
        if origin == "my":
            kind = self._one("malay", "in") + f"_{sex}"
            link = {"malay_m": "bin", "malay_f": "binti", "in_m": "a/l", "in_f": "a/p"}[kind]
            father = self.pick("my_father" if kind.startswith("malay") else "my_in_father")
            return f"{self.pick(f'my_{kind}')} {link} {father}"
        given, family = self.pick(f"elder_{sex}_{origin}"), self.pick(f"family_{origin}")
        if sex == "f" and origin in ("dr", "br") and self.rng.random() < 0.6:
            other = self.pick(f"family_{origin}")
            return self._one(f"{given[0]}. {family}-{other}", f"{given} {family}-{other}")
        return f"{given} {family}"

    def name_elder(self, lang: str) -> str:
        return self._elder(self._one("f", "m"), None, lang)

    def name_reversed(self, lang: str) -> str:
        """As Outlook lists people: 'Ven, Sjef van de', 'Yıldız, Ayşe'."""
        given, family = self._parts(self._one("dr", "br", "br", "vl", "ma", "tr", "sr", "in"))
        words = family.split()
        if words[0].islower():
            return (
                f"{' '.join(w for w in words if not w.islower())}, {given} {' '.join(w for w in words if w.islower())}"
            )
        return f"{family}, {given}"

    def name_caps(self, lang: str) -> str:
        given, family = self._parts(self._from(lang))
        return self._one(f"{family.upper()} {given[0]}", f"{given[0]}. {family.upper()}", f"{given} {family}".upper())

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_spelled(self, lang: str) -> str:
        """The surname of the name just said, letter by letter; or another one when that has more than one word."""
        family = getattr(self, "_last", ("", " ", ""))[1]
        while " " in family:
            family = self._parts(self._one("dr", "br", "tr", "ma", "pl"))[1]
        return self._one("-".join(family.lower()), " ".join(family.upper()), ". ".join(family.upper()) + ".")

    # ---- e-mail
    def _box(self, lang: str, own: bool = False) -> tuple[str, str]:
        """A mailbox name and a domain a person of that origin would have; `own`: of the name just written."""
        if own and hasattr(self, "_last"):
            given, family, origin = self._last
        else:
            origin = self._from(lang)
            given, family = self._parts(origin)
        given, family = plain(given.split()[0]), plain(family.split()[-1])
        year = str(self.rng.randint(1958, 2004))
        box = self._one(
            f"{given}.{family}", f"{given}{family}", f"{given[0]}.{family}", f"{given}_{family}{year[2:]}",
            f"{family}.{given}", f"{given}{year}", f"{given}-{family}", f"{given}.{family}{self.rng.randint(1, 99)}",
            f"{given}{family[0]}{year[2:]}", f"mama.{plain(self.pick(self._one('child_f', 'child_m')))}",
        )  # fmt: skip
        local = {"br": "dr", "sr": "dr", "ng": "dr"}.get(origin, origin)
        return box, self.pick(self._one("domain", f"domain_{local}", f"domain_{local}"))

    def email(self, lang: str) -> str:
        """Half the time the mailbox of the name written just before (or in the previous message)."""
        box, domain = self._box(lang, own=self.rng.random() < 0.5)
        return f"{box}@{domain}"

    def email_own(self, lang: str) -> str:
        box, domain = self._box(lang, own=True)
        return f"{box}@{domain}"

    def email_caps(self, lang: str) -> str:
        return self.email_own(lang).upper()

    def email_hidden(self, lang: str) -> str:
        box, domain = self._box(lang)
        name, _, tld = domain.rpartition(".")
        return self._one(
            f"{box} [at] {name} [dot] {tld}", f"{box}(at){domain}", f"{box} @ {domain}", f"{box} at {name} dot {tld}",
        )  # fmt: skip

    def email_spoken(self, lang: str) -> str:
        at, dot = (self._one("apenstaartje", "at"), "punt") if lang == "nl" else ("at", "dot")
        box, domain = self._box(lang, own=True)
        box = box.replace(".", f" {dot} ").replace("_", " underscore ").replace("-", f" {self._dash(lang)} ")
        return f"{box} {at} {domain.replace('.', f' {dot} ')}"

    def _dash(self, lang: str) -> str:
        return self._one("streepje", "min") if lang == "nl" else self._one("dash", "hyphen")

    def email_staff(self, lang: str) -> str:
        given, family = self._parts(self._one("dr", "br", "ma", "tr", "sr"))
        box = self._one(f"{plain(given)[0]}.{plain(family)}", plain(given), f"{plain(given)}.{plain(family)}")
        return f"{box}@{self.pick('domain_staff')}"

    # ---- phones
    def phone_nl(self, lang: str) -> str:
        rest = self._d(8, self._one("1", "2", "3", "4", "5", "8"))
        return self._one(
            f"06{rest}", f"06-{rest}", f"06 {split_up(rest, (4, 4))}", f"06 {split_up(rest, (2, 2, 2, 2))}",
            f"+31 6 {rest}", f"+31(0)6-{rest}", f"0031 6 {split_up(rest, (2, 3, 3))}",
            f"06-{split_up(rest, (3, 3, 2))}",
        )  # fmt: skip

    def _landline(self, areas: tuple[str, ...]) -> str:
        area = self.rng.choice(areas)
        local = self._d(10 - len(area), self._one("2", "3", "4", "5", "6"))
        sizes = (3, 4) if len(local) == 7 else (2, 2, 2)
        return self._one(
            f"{area}-{local}", f"{area} {split_up(local, sizes)}", f"({area}) {local}", f"+31 {area[1:]} {local}",
        )  # fmt: skip

    def phone_dr(self, lang: str) -> str:
        return self._landline(("0591", "0592", "0593", "0528", "0522", "0524", "0599"))

    def phone_br(self, lang: str) -> str:
        return self._landline(("040", "076", "073", "013", "0411", "0499", "0492", "0416", "0165"))

    def phone_be(self, lang: str) -> str:
        mobile = self._one("470", "471", "472", "475", "476", "477", "479", "485", "486", "494", "496") + self._d(6)
        land = "16" + self._d(6)
        return self._one(
            f"0{mobile}", f"0{mobile[:3]}/{split_up(mobile[3:], (2, 2, 2), '.')}",
            f"+32 {split_up(mobile, (3, 2, 2, 2))}", f"0{mobile[:3]} {split_up(mobile[3:], (2, 2, 2))}",
            f"016 {split_up(land[2:], (2, 2, 2))}",
        )  # fmt: skip

    def phone_tr(self, lang: str) -> str:
        mobile = self._one("530", "532", "533", "535", "541", "542", "505", "506", "552", "555") + self._d(7)
        spaced = split_up(mobile, (3, 3, 2, 2))
        return self._one(f"+90 {spaced}", f"0{spaced}", f"0{mobile}", f"+90{mobile}", f"0090 {spaced}",
                         f"0 ({mobile[:3]}) {mobile[3:]}")  # fmt: skip

    def phone_ma(self, lang: str) -> str:
        mobile = self._one("6", "6", "7") + self._d(8)
        return self._one(
            f"+212 {mobile[0]}{split_up(mobile[1:], (2, 2, 2, 2))}", f"0{split_up(mobile, (1, 2, 2, 2, 2))}",
            f"+212{mobile}", f"00212 {mobile[:3]}-{mobile[3:]}", f"+212 {mobile[:3]}-{mobile[3:]}",
        )  # fmt: skip

    def phone_au(self, lang: str) -> str:
        mobile, land = "4" + self._d(8), self._one("2", "3", "7") + self._d(8, self._one("9", "8", "3"))
        return self._one(
            f"0{split_up(mobile, (3, 3, 3))}", f"+61 {split_up(mobile, (3, 3, 3))}", f"0{mobile}",
            f"({land[0]:0>2}) {split_up(land[1:], (4, 4))}", f"+61 {land[0]} {split_up(land[1:], (4, 4))}",
        )  # fmt: skip

    def phone_tt(self, lang: str) -> str:
        local = self._one("7", "3", "4", "6") + self._d(6)
        return self._one(
            f"(868) {local[:3]}-{local[3:]}", f"+1 868 {local[:3]} {local[3:]}", f"1-868-{local[:3]}-{local[3:]}",
            f"868-{local[:3]}-{local[3:]}", f"{local[:3]}-{local[3:]}",
        )  # fmt: skip

    def phone_my(self, lang: str) -> str:
        net = self._one("12", "13", "16", "17", "19", "11")
        rest = self._d(8 if net == "11" else 7)
        head = split_up(rest, (4, 4) if net == "11" else (3, 4))
        return self._one(f"0{net}-{head}", f"+60 {net}-{head}", f"+60{net}{rest}", f"0{net}{rest}",
                         f"03-{split_up(self._d(8), (4, 4))}")  # fmt: skip

    def phone(self, lang: str) -> str:
        if lang == "en":
            return self._one(self.phone_au, self.phone_tt, self.phone_my, self.phone_nl)(lang)
        return self._one(self.phone_nl, self.phone_nl, self.phone_nl, self.phone_dr, self.phone_br, self.phone_be)(lang)

    # ---- bank accounts
    def _show(self, number: str) -> str:
        grouped = split_up(number, (4,) * 9)
        return self._one(number, grouped, grouped, grouped.lower(), number.lower(), split_up(number, (4,) * 9, "."))

    def iban_nl(self, lang: str) -> str:
        return self._show(nums.iban("NL", self.pick("bank_nl") + self._d(10, self._one("0", "1", "3", "5", "8"))))

    def iban_be(self, lang: str) -> str:
        return self._show(nums.iban("BE", nums.belgian_bban(self.rng)))

    def iban_tr(self, lang: str) -> str:
        return self._show(nums.iban("TR", nums.turkish_bban(self.rng)))

    def iban_de(self, lang: str) -> str:
        return self._show(nums.iban("DE", self.pick("bank_de") + self._d(10)))

    def iban(self, lang: str) -> str:
        if lang == "en":
            return self._one(*[self.iban_nl] * 5, self.iban_de)(lang)
        return self._one(*[self.iban_nl] * 4, self.iban_be, self.iban_tr, self.iban_de)(lang)

    def iban_split(self, lang: str) -> str:
        number = nums.iban("NL", self.pick("bank_nl") + self._d(10))
        grouped = f"{split_up(number[:8], (4, 4))}\n{split_up(number[8:], (4, 4, 2))}"
        return self._one(grouped, f"{number[:10]}\n{number[10:]}")
