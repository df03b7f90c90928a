"""Fillers of the held-out split test_v118 (seed 661): gym members, parents ordering school photos, home owners with
new window frames, festival goers, pensioners at a tax return help desk and their children, carpool drivers and
passengers, wine club members, hospital visitors and staff, parents of children at holiday camps and people hurt or
damaged by an e-scooter; from Groningen and Zeeuws-Vlaanderen, East Flanders, Moroccan-, Turkish-, Surinamese-,
Polish-, Indian-, Nigerian- and Chinese-Dutch families, Romanians and Singaporeans; as they type them in LiveChat,
Google Business Messages and forwarded mails, say them into Telegram voice messages or a phone menu's speech
recognition, or as JSON payloads, tab-separated HR exports and stamped letters print them."""

from __future__ import annotations

import unicodedata
from typing import Any

import benchmarks.privacy_fillers_v118_numbers as num
import benchmarks.privacy_fillers_v118_pools  # noqa: F401  (registers POOLS["test_v118"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v118_codes import CodesV118

_ORIGINS = {
    "nl": ("gr", "gr", "gr", "zv", "zv", "zv", "nl", "nl", "be", "ma", "ma", "tr", "tr", "sr", "sr", "pl", "pl", "in",
           "ng", "cn"),
    "en": ("ro", "ro", "ro", "in", "in", "in", "sg", "sg", "sg", "ng", "ng", "cn", "cn", "pl", "nl"),
}  # fmt: skip
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "'": "", " ": "", "-": "", "/": ""})
_TYPOS = {"gmail.com": ("gmial.com", "gmail.con", "gmal.com", "gmail.co"), "hotmail.com": ("hotmial.com", "hotmail.cm"),
          "outlook.com": ("outlok.com", "outlook.comm"), "ziggo.nl": ("zigo.nl", "ziggo.nll"), "live.nl": ("live.nk",),
          "kpnmail.nl": ("kpnmial.nl", "kpnmail.n")}  # fmt: skip


def ascii_box(text: str) -> str:
    """A name as a mailbox has it: no accents, spaces or hyphens, lower case."""
    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


class FillersV118(CodesV118, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def one(self, *options: Any) -> Any:
        return self.rng.choice(options)

    def fill(self, slot: str, lang: str) -> str:
        """A slot with its own method uses it. Other NAME_ slots are built from their words: an origin ('NAME_PL'),
        a sex ('NAME_FULL_M', 'NAME_PL_F'), ELDER for a pensioner ('NAME_ELDER_M_TR') and OTHER for someone
        besides the writer; CUSTOMER_NUMBER_<KIND> is a personal number of that kind (codes module)."""
        self._calls = getattr(self, "_calls", 0) + 1
        method = getattr(self, slot.lower(), None)
        if method is not None:
            return method(lang)
        if slot.startswith("NAME_"):
            words = slot[5:].lower().split("_")
            sex = next((w for w in words if w in ("f", "m")), None)
            origin = next((w for w in words if w not in ("f", "m", "elder", "other", "full", "child", "given")), None)
            if "elder" in words:
                return self._elder(origin, lang, sex)
            if "child" in words:  # NAME_CHILD_F, NAME_CHILD_GIVEN_F: by given name only
                return self.name_child(lang, sex or "", "given" in words)
            return self._whole(origin or self._origin(lang), keep="other" not in words, sex=sex)
        return self._number(slot[len("CUSTOMER_NUMBER_") :].lower())

    # ---- names
    def _origin(self, lang: str) -> str:
        return self.rng.choice(_ORIGINS["en" if lang == "en" else "nl"])

    def _person(self, origin: str, sex: str | None = None) -> tuple[str, str, str]:
        """Given name, family name and the name as written, which for Chinese and Singaporeans may start with the
        family name, and Singaporean Malays and Indians by their father ('binte Rahmat', 's/o Ramasamy')."""
        sex = sex or self.one("f", "m")
        if origin == "pl":
            given, family = self.pick(f"given_pl_{sex}"), self.pick("family_pl")
            if sex == "f" and family.endswith("i"):
                family = family[:-1] + "a"
            return given, family, f"{given} {family}"
        if origin == "sg":
            kind = self.one("cn", "cn", "en", "en", "my", "in")
            if kind in ("my", "in"):
                link = {"my": {"f": "binte", "m": "bin"}, "in": {"f": "d/o", "m": "s/o"}}[kind][sex]
                given, father = self.pick(f"given_sg_{kind}_{sex}"), self.pick(f"family_sg_{kind}")
                return given, father, f"{given} {link} {father}"
            family, chinese = self.pick("family_sg_cn"), self.pick(f"given_sg_cn_{sex}")
            if kind == "cn":
                return chinese, family, f"{family} {chinese}"
            given = self.pick(f"given_sg_en_{sex}")
            return given, family, self.one(f"{given} {family}", f"{given} {family} {chinese}")
        given, family = self.pick(f"given_{origin}_{sex}"), self.pick(f"family_{origin}")
        if origin == "cn" and self.rng.random() < 0.5:
            return given, family, f"{family} {given}"
        return given, family, f"{given} {family}"

    def _whole(self, origin: str, keep: bool = True, sex: str | None = None) -> str:
        given, family, written = self._person(origin, sex)
        if keep:
            self._recent = (given, family, origin, written)
            self._recent_at = getattr(self, "_calls", 0)
        return written

    def name_full(self, lang: str) -> str:
        return self._whole(self._origin(lang))

    def name_other(self, lang: str) -> str:
        """Someone else's name, leaving the writer's (for NAME_SAME and EMAIL_OWN) as it was."""
        return self._whole(self._origin(lang), keep=False)

    def name_same(self, lang: str) -> str:
        """The writer again, as a signature under a forwarded mail repeats the sender."""
        recent = getattr(self, "_recent", None)
        if recent is None:
            return self.name_full(lang)
        return self.one(recent[3], recent[3], recent[0], f"{recent[0][0]}. {recent[1]}")

    def name_first(self, lang: str) -> str:
        return self._person(self._origin(lang))[0]

    def name_surname(self, lang: str) -> str:
        origin = self._origin(lang)
        return self.pick(f"family_{origin if origin != 'sg' else 'sg_cn'}")

    def name_agent(self, lang: str) -> str:
        self._agent = self.pick("agent")
        return self._agent

    def name_agent_same(self, lang: str) -> str:
        return getattr(self, "_agent", None) or self.name_agent(lang)

    def name_child(self, lang: str, sex: str = "", given_only: bool = False) -> str:
        sex = sex or self.one("f", "m")
        child, origin = self.pick(f"child_{sex}"), self._origin(lang)
        family = self._person(origin if origin != "sg" else "cn", sex)[1]
        return child if given_only else self.one(child, child, f"{child} {family}")

    def _elder(self, origin: str | None, lang: str = "nl", sex: str | None = None) -> str:
        if origin is None:
            origin = self.one("in", "ro", "in", "nl") if lang == "en" else self.one("gr", "gr", "zv", "nl", "ma", "tr")
        given, family = self.pick(f"elder_{origin}_{sex or self.one('f', 'm')}"), self.pick(f"family_{origin}")
        self._recent, self._recent_at = (given, family, origin, f"{given} {family}"), getattr(self, "_calls", 0)
        if origin in ("gr", "zv", "nl") and self.rng.random() < 0.5:
            initials = given[0] + "." + self.one("", "", "J.", "H.", "M.", "W.")
            second = self.pick(f"family_{origin}")
            return self.one(f"{initials} {family}", f"{initials} {family}-{second}", f"{given} {family}-{second}")
        return f"{given} {family}"

    def name_elder(self, lang: str) -> str:
        return self._elder(None, lang)

    def name_initials(self, lang: str) -> str:
        family = self.pick(f"family_{self.one('gr', 'zv', 'nl', 'be', 'sr', 'ma')}")
        letters = "".join(f"{c}." for c in self.rng.sample("ABCDEFGHJKLMNPRSTW", self.one(1, 1, 2, 2, 3)))
        return self.one(f"{letters} {family}", f"{letters}{family}", f"{family}, {letters}", f"{letters} {family}")

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        given, family, written = self._person(self._origin(lang))
        return self.one(written.upper(), f"{family.upper()} {given.upper()}", f"{given[0]}. {family.upper()}")

    def name_reversed(self, lang: str) -> str:
        """As an HR system sorts people: 'Hoeksema, Geert', 'Meer, Marco van der'."""
        given, family, _ = self._person(self._origin(lang))
        words = family.split()
        if words[0].islower():  # a Dutch 'van der', 'de': after the given name; a Flemish 'Van de' stays in front
            lower = [w for w in words if w.islower()]
            return f"{' '.join(w for w in words if not w.islower())}, {given} {' '.join(lower)}"
        return f"{family}, {given}"

    # ---- e-mail
    def _mailbox(self, own: bool, lang: str, reach: int = 3) -> tuple[str, str]:
        """The mailbox of the name written just before (`own`, at most `reach` slots back), else someone else's."""
        recent = getattr(self, "_recent", None)
        if own and recent is not None and getattr(self, "_calls", 0) - getattr(self, "_recent_at", -9) <= reach:
            given, family, origin, _ = recent
        else:
            origin = self._origin(lang)
            given, family, _ = self._person(origin)
        g, f = ascii_box(given.split()[0]), ascii_box(family.split()[-1])
        year = str(self.rng.randint(1955, 2006))
        box = self.one(f"{g}.{f}", f"{g}{f}", f"{g[0]}.{f}", f"{g}_{f}", f"{f}.{g}", f"{g}{year[2:]}", f"{g}.{f}{year}",
                       f"{g}{f[:3]}", f"{g[0]}{f}{self.rng.randint(1, 99)}", f"{f}{g[0]}")  # fmt: skip
        local = f"domain_{origin}" if f"domain_{origin}" in self.pool else "domain"
        domain = self.pick(self.one("domain", local, local))
        return box, domain

    def email(self, lang: str) -> str:
        box, domain = self._mailbox(self.rng.random() < 0.5, lang, 1)
        return f"{box}@{domain}"

    def email_own(self, lang: str) -> str:
        box, domain = self._mailbox(True, lang)
        return self.one(f"{box}@{domain}", f"{box}@{domain}", f"{box}@{domain}".upper())

    def email_work(self, lang: str) -> str:
        box, _ = self._mailbox(True, lang)
        return f"{box}@{self.pick('domain_work')}"

    def email_typo(self, lang: str) -> str:
        box, domain = self._mailbox(self.rng.random() < 0.5, lang, 1)
        domain = self.one(*_TYPOS.get(domain, (domain.replace(".", ",", 1), domain.replace(".", "", 1))))
        return f"{box}@{domain}"

    def email_hidden(self, lang: str) -> str:
        box, domain = self._mailbox(False, lang)
        name, _, tld = domain.rpartition(".")
        return self.one(f"{box} [at] {name} [dot] {tld}", f"{box}(at){domain}", f"{box} @ {domain}",
                        f"{box} at {name} dot {tld}")  # fmt: skip

    def email_spoken(self, lang: str) -> str:
        box, domain = self._mailbox(True, lang)
        if lang == "en":
            at, dot, under, dash = "at", "dot", "underscore", "dash"
        else:
            at, dot, under, dash = self.one("apenstaartje", "at", "at"), "punt", "underscore", "streepje"
        for sign, word in ((".", dot), ("_", under), ("-", dash)):
            box = box.replace(sign, f" {word} ")
        box = " ".join(num.say_digits(w, lang) if w.isdigit() else w for w in box.split())
        return f"{box} {at} {domain.replace('.', f' {dot} ')}"

    # ---- phones
    def _mobile_nl(self) -> str:
        return "06" + num.digits(self.rng, 8, self.one("1", "2", "3", "4", "5", "8"))

    def phone_nl(self, lang: str) -> str:
        m = self._mobile_nl()
        r = m[2:]
        return self.one(m, f"06-{r}", f"06 {r}", num.chunks(m, (2, 2, 2, 2, 2)), f"06-{num.chunks(r, (3, 3, 2))}",
                        f"+31 6 {num.chunks(r, (4, 4))}", f"+316{r}", f"0031 6 {r}", f"(06) {r}",
                        f"+31 (0)6 {num.chunks(r, (2, 2, 2, 2))}")  # fmt: skip

    def _landline(self, area: str) -> str:
        local = num.digits(self.rng, 10 - len(area), self.one("2", "3", "4", "5", "6", "7"))
        sizes = (3, 2, 2) if len(local) == 7 else (2, 2, 2)
        return self.one(f"{area}-{local}", f"{area} {num.chunks(local, sizes)}", f"({area}) {local}",
                        f"+31 {area[1:]} {num.chunks(local, sizes)}", f"{area} - {local}")  # fmt: skip

    def phone_gr(self, lang: str) -> str:
        return self._landline(self.one("050", "050", "050", "0598", "0596", "0597", "0594", "0595"))

    def phone_zv(self, lang: str) -> str:
        return self._landline(self.one("0115", "0115", "0114", "0117"))

    def phone_work(self, lang: str) -> str:
        area = self.one("050", "0115", "020", "030", "010", "0114")
        local = num.digits(self.rng, 10 - len(area), self.one("2", "3", "5", "6"))
        pairs, halves = ((3, 2, 2), (3, 4)) if len(local) == 7 else ((2, 2, 2), (3, 3))
        return self.one(f"+31 {area[1:]} {num.chunks(local, pairs)}", f"+31 (0){area[1:]} {local}",
                        f"{area} - {num.chunks(local, halves)}", f"+31{area[1:]}{local}")  # fmt: skip

    def phone_be(self, lang: str) -> str:
        mobile = self.one("470", "472", "473", "475", "477", "478", "484", "486", "495", "497") + num.digits(
            self.rng, 6
        )
        land, rest = num.chunks(num.digits(self.rng, 7, self.one("2", "3")), (3, 2, 2)), mobile[3:]
        return self.one(f"0{mobile}", f"0{mobile[:3]}/{num.chunks(rest, (2, 2, 2), '.')}", f"09 {land}",
                        f"+32 9 {land}", f"+32 {num.chunks(mobile, (3, 2, 2, 2))}",
                        f"0{mobile[:3]} {num.chunks(rest, (2, 2, 2))}")  # fmt: skip

    def phone_pl(self, lang: str) -> str:
        m = num.digits(self.rng, 9, self.one("50", "51", "53", "60", "66", "69", "72", "79", "88"))
        return self.one(f"+48 {num.chunks(m, (3, 3, 3))}", f"+48 {num.chunks(m, (3, 3, 3), '-')}", f"0048 {m}",
                        num.chunks(m, (3, 3, 3)), f"+48{m}")  # fmt: skip

    def phone_ro(self, lang: str) -> str:
        m = num.digits(self.rng, 9, self.one("72", "74", "75", "76", "78", "73"))
        return self.one(f"+40 {num.chunks(m, (3, 3, 3))}", f"0{num.chunks(m, (3, 3, 3))}", f"0040 {m}", f"+40{m}",
                        f"0{num.chunks(m, (3, 3, 3), '.')}")  # fmt: skip

    def phone_in(self, lang: str) -> str:
        m = num.digits(self.rng, 10, self.one("98", "99", "97", "94", "88", "70", "63"))
        return self.one(f"+91 {num.chunks(m, (5, 5))}", f"+91-{m}", f"0{m}", num.chunks(m, (5, 5)), f"+91 {m}")

    def phone_sg(self, lang: str) -> str:
        m = num.digits(self.rng, 8, self.one("8", "9", "9", "6"))
        return self.one(f"+65 {num.chunks(m, (4, 4))}", num.chunks(m, (4, 4)), f"+65{m}", f"(65) {m[:4]}-{m[4:]}")

    def phone_ng(self, lang: str) -> str:
        m = num.digits(self.rng, 10, self.one("803", "806", "813", "703", "705", "802", "809", "907"))
        return self.one(f"+234 {num.chunks(m, (3, 3, 4))}", f"0{num.chunks(m, (3, 3, 4))}", f"0{m}",
                        f"+234 (0) {num.chunks(m, (3, 3, 4))}")  # fmt: skip

    def phone_cn(self, lang: str) -> str:
        m = num.digits(self.rng, 11, self.one("139", "138", "186", "150", "159", "177"))
        return self.one(f"+86 {num.chunks(m, (3, 4, 4))}", f"{num.chunks(m, (3, 4, 4), '-')}", m, f"+86 {m}")

    def phone_tr(self, lang: str) -> str:
        m = num.digits(self.rng, 10, self.one("532", "535", "542", "505", "555"))
        return self.one(f"+90 {num.chunks(m, (3, 3, 2, 2))}", f"0{num.chunks(m, (3, 3, 2, 2))}", f"+90{m}")

    def phone_ma(self, lang: str) -> str:
        m = num.digits(self.rng, 9, self.one("6", "6", "7"))
        return self.one(f"+212 {m[0]} {num.chunks(m[1:], (2, 2, 2, 2))}", f"0{num.chunks(m, (3, 2, 2, 2))}", f"+212{m}")

    def phone(self, lang: str) -> str:
        if lang == "en":
            return self.one(self.phone_nl, self.phone_nl, self.phone_nl, self.phone_in, self.phone_sg, self.phone_ro,
                            self.phone_ng)(lang)  # fmt: skip
        return self.one(self.phone_nl, self.phone_nl, self.phone_nl, self.phone_nl, self.phone_gr, self.phone_zv,
                        self.phone_be)(lang)  # fmt: skip
