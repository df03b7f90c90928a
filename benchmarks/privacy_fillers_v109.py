"""Fillers of the held-out split test_v109 (seed 613): dental patients, boat owners, solar customers, students,
pharmacy clients, car sharers, wedding couples, BSO parents, cyclists and lottery players, from Twente, Brabant,
Antwerp, Morocco, Turkey, Suriname, Poland, India, Nigeria, China, Scotland and Australia."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v109_pools  # noqa: F401  (registers POOLS["test_v109"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v109_codes import CodesV109
from benchmarks.privacy_fillers_v109_numbers import belgian_bban, chunk, eleven_test_bsn, heard, mod97_iban, nums

_ORIGINS = {
    "nl": ("nl",) * 3 + ("tw", "br", "vl") + ("ma", "tr", "sr") * 2 + ("pl", "in", "ng", "cn"),
    "en": ("sc", "ng", "au") * 2 + ("in", "cn", "pl", "nl"),
}
_ORIGIN_SLOTS = ("vl", "tw", "br", "sc", "ng", "au")
_LANDLINE = ("053", "074", "0546", "0541", "0548", "040", "013", "073", "076", "0492", "0499", "0228", "0299")
_NG_MOBILE = ("803", "806", "813", "816", "703", "706", "810", "805", "807", "815", "905", "802", "808")
_ASR_SWAPS = (("ij", "y"), ("ou", "au"), ("ph", "f"), ("ck", "k"), ("sch", "sg"), ("dt", "t"), ("ee", "e"))


def _ascii(text: str) -> str:
    text = text.lower().replace("ł", "l").replace("ı", "i")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded if ch.isalnum())


class FillersV109(CodesV109, Fillers):
    """Slots NAME_*, EMAIL*, PHONE*, IBAN*, BSN*; `CodesV109` has the rest (CARD, PLATE*, POSTCODE*, ADDRESS*, ...)."""

    # ---- names ("_F" / "_M" after a NAME slot asks for a woman's or a man's first name)
    def fill(self, slot: str, lang: str) -> str:
        """Also NAME_<origin> (NAME_VL, NAME_TW, NAME_BR, NAME_SC, NAME_NG, NAME_AU), with or without _F / _M."""
        parts = slot.split("_")
        self._gender = parts.pop() if parts[0] == "NAME" and parts[-1] in ("F", "M") else ""
        if parts[0] == "NAME" and parts[-1].lower() in _ORIGIN_SLOTS:
            return self._full(lang, parts[-1].lower())
        return super().fill("_".join(parts), lang)

    def _first(self, key: str) -> str:
        women, gender = set(self.pool["female"]), self.__dict__.get("_gender", "")
        names = [n for n in self.pool[key] if not gender or (n in women) == (gender == "F")]
        return self.rng.choice(names)

    def _person(self, lang: str, origin: str = "") -> tuple[str, str, str]:
        """One person; e-mail slots after it in the sentence mostly belong to the same person."""
        origin = origin or self.rng.choice(_ORIGINS["en" if lang == "en" else "nl"])
        person = origin, self._first(f"first_{origin}"), self.pick(f"surname_{origin}")
        self._last = self._owner = person
        return person

    def _mail_owner(self, lang: str) -> tuple[str, str]:
        owner = self.__dict__.pop("_owner", None)
        if owner is None or self.rng.random() < 0.15:  # someone else's address
            named_last = self.__dict__.get("_last")
            owner = self._person(lang)
            self._last = named_last or owner
            self.__dict__.pop("_owner", None)
        return _ascii(owner[1]), _ascii(owner[2])

    def _full(self, lang: str, origin: str = "") -> str:
        origin, first, last = self._person(lang, origin)
        if origin == "cn" and self.rng.random() < 0.5:  # family name first
            return f"{last} {first}"
        return f"{first} {last}"

    def name_full(self, lang: str) -> str:
        return self._full(lang)

    def name_first(self, lang: str) -> str:
        return self._person(lang)[1]

    def name_again(self, lang: str) -> str:
        """The first name of the person named last (a macro's greeting), else anyone's."""
        return (self.__dict__.get("_last") or self._person(lang))[1]

    def name_surname_again(self, lang: str) -> str:
        return (self.__dict__.get("_last") or self._person(lang))[2]

    def name_child(self, lang: str) -> str:
        return self._first("child_en" if lang == "en" else "child")

    def name_child_full(self, lang: str) -> str:
        return f"{self.name_child(lang)} {self.pick('surname_' + self.rng.choice(_ORIGINS['nl']))}"

    def name_surname(self, lang: str) -> str:
        surname = self._person(lang)[2]
        return surname[0].upper() + surname[1:] if self.rng.random() < 0.3 else surname

    def name_initials(self, lang: str) -> str:
        _, first, last = self._person(lang)
        extra = "".join(f"{ch}." for ch in self.rng.sample("ACEHJMPW", self.rng.choice((0, 0, 1, 2))))
        return f"{first[0]}.{extra} {last}"

    def name_lower(self, lang: str) -> str:
        return self._full(lang).lower()

    def name_caps(self, lang: str) -> str:
        _, first, last = self._person(lang)
        return self._any(f"{last.upper()}, {first}", f"{first.upper()} {last.upper()}", f"{last.upper()} {first[0]}.")

    def name_reversed(self, lang: str) -> str:
        _, first, last = self._person(lang)
        words = last.split()
        if len(words) > 1 and words[0].islower():  # Dutch sorting: "Heuvel, Sjaak van den"
            return f"{words[-1]}, {first} {' '.join(words[:-1])}"
        return f"{last}, {first}"

    def name_spelled(self, lang: str) -> str:
        core = self._person(lang)[2].split()[-1]
        return self._any(" ".join(core.lower()), "-".join(core.upper()), " ".join(core.upper()))

    def name_asr(self, lang: str) -> str:
        text = self._full(lang).lower()
        for old, new in self.rng.sample(_ASR_SWAPS, 3):
            if old in text and self.rng.random() < 0.6:
                text = text.replace(old, new, 1)
        if self.rng.random() < 0.4:
            text = unicodedata.normalize("NFKD", text.replace("ł", "l")).encode("ascii", "ignore").decode()
        return text.replace(" van den ", " vanden ").replace(" van de ", " vande ")

    # ---- e-mail
    def _box(self, lang: str) -> str:
        first, last = self._mail_owner(lang)
        year = str(self.rng.randint(60, 99) if self.rng.random() < 0.6 else self.rng.randint(1, 30))
        return self._any(
            f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{year}", f"{last}.{first[0]}",
            f"{first}_{last}", f"{first}{year}", f"{first[0]}.{last}", f"{last}{first}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        box = self._box(lang)
        if self.rng.random() < 0.1:
            box = ".".join(part.capitalize() for part in box.split("."))
        return f"{box}@{self.pick('domain_en' if lang == 'en' else 'domain')}"

    def _work(self, lang: str, domains: tuple[str, ...]) -> str:
        first, last = self._mail_owner(lang)
        box = self._any(f"{first[0]}.{last}", f"{first}", f"{first}.{last}", f"{first}{last[0]}")
        return f"{box}@{self.rng.choice(domains)}"

    def email_work_dental(self, lang: str) -> str:
        return self._work(lang, ("tandartspraktijkdekies.nl", "mondzorg-twente.nl", "tandartsenstratum.nl"))

    def email_work_bso(self, lang: str) -> str:
        return self._work(lang, ("bso-speeldoos.nl", "kinderopvang-boomhuis.nl", "partou.nl"))

    def email_work_wedding(self, lang: str) -> str:
        return self._work(lang, ("trouwschuur-hoeve.nl", "kasteeldeberckt.nl", "landgoedzonheuvel.nl"))

    def email_spoken(self, lang: str) -> str:
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        first, last = self._mail_owner(lang)
        domain = self.pick("domain_en" if lang == "en" else "domain")
        spoken_domain = domain.replace(".", f" {dot} ")
        return self._any(
            f"{first} {dot} {last} {at} {spoken_domain}",
            f"{first} {last} at {domain}",
            f"{first[0]} {last} {at} {spoken_domain}",
            f"{first} underscore {last} {at} {spoken_domain}",
            f"{last} {first} {at} {spoken_domain.replace('mail', ' mail')}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        mobile = nums(self.rng, 8)
        area = self.rng.choice(_LANDLINE)
        rest = nums(self.rng, 10 - len(area))
        sizes = (3, 2, 2) if len(rest) == 7 else (2, 2, 2)
        return self._any(
            f"06{mobile}", f"06-{mobile}", f"06 {chunk(mobile, (2, 2, 2, 2))}", f"06-{chunk(mobile, (4, 4))}",
            f"+31 6 {mobile}", f"+31 (0)6 {chunk(mobile, (2, 2, 2, 2))}", f"0031 6 {chunk(mobile, (3, 3, 2))}",
            f"06 {chunk(mobile, (3, 3, 2))}", f"{area}-{rest}", f"{area} {chunk(rest, sizes)}",
            f"({area}) {chunk(rest, sizes)}", f"+31 {area[1:]} {rest}",
        )  # fmt: skip

    def phone_wa(self, lang: str) -> str:
        if self.rng.random() < 0.7:
            return f"+31 6 {nums(self.rng, 8)}"
        return self._any(
            f"+32 4{nums(self.rng, 2)} {chunk(nums(self.rng, 6), (2, 2, 2))}",
            f"+48 {chunk('5' + nums(self.rng, 8), (3, 3, 3))}",
            f"+234 {self.rng.choice(_NG_MOBILE)} {nums(self.rng, 3)} {nums(self.rng, 4)}",
            f"+90 5{nums(self.rng, 2)} {chunk(nums(self.rng, 7), (3, 2, 2))}",
        )

    def phone_be(self, lang: str) -> str:
        mobile, land = "4" + self._any("7", "8", "9") + nums(self.rng, 7), nums(self.rng, 7)
        return self._any(
            f"0{mobile[:3]} {chunk(mobile[3:], (2, 2, 2))}", f"0{mobile[:3]}/{chunk(mobile[3:], (2, 2, 2), '.')}",
            f"+32 {mobile[:3]} {chunk(mobile[3:], (2, 2, 2))}", f"03 {chunk(land, (3, 2, 2))}",
            f"03/{chunk(land, (3, 2, 2), '.')}", f"+32 (0)3 {land}", f"0032{mobile}",
        )  # fmt: skip

    def phone_abroad(self, lang: str) -> str:
        return self._any(
            f"+49 {self._any('2562', '2565', '5921', '2551')} {nums(self.rng, 6)}",
            f"0049 1{self._any('51', '60', '71', '76')} {nums(self.rng, 7)}",
            f"+48 {chunk(self._any('5', '6', '7') + nums(self.rng, 8), (3, 3, 3))}",
            f"+90 5{nums(self.rng, 2)} {chunk(nums(self.rng, 7), (3, 2, 2))}",
            f"+212 6 {chunk(nums(self.rng, 8), (2, 2, 2, 2))}",
            f"00212 6{nums(self.rng, 8)}",
            f"+597 {self._any('8', '7')}{nums(self.rng, 2)}-{nums(self.rng, 4)}",
            f"+86 1{self._any('38', '39', '58', '86')} {nums(self.rng, 4)} {nums(self.rng, 4)}",
            f"+91 {self._any('98', '97', '70')}{nums(self.rng, 3)} {nums(self.rng, 5)}",
            self.phone_be(lang),
        )

    def phone_sc(self, lang: str) -> str:
        uk = "7" + self._any("7", "8", "9", "4") + nums(self.rng, 8)
        return self._any(
            f"0{uk[:4]} {uk[4:]}", f"+44 {uk[:4]} {uk[4:]}", f"+44 (0){uk[:4]} {chunk(uk[4:], (3, 3))}",
            f"0131 {nums(self.rng, 3)} {nums(self.rng, 4)}", f"0141 {nums(self.rng, 3)} {nums(self.rng, 4)}",
            f"01224 {nums(self.rng, 6)}", f"0{uk}",
        )  # fmt: skip

    def phone_ng(self, lang: str) -> str:
        head, rest = self.rng.choice(_NG_MOBILE), nums(self.rng, 7)
        return self._any(
            f"0{head} {rest[:3]} {rest[3:]}", f"0{head}{rest}", f"+234 {head} {rest[:3]} {rest[3:]}",
            f"+234{head}{rest}", f"0{head}-{rest[:3]}-{rest[3:]}", f"(+234) 0{head} {rest}",
        )  # fmt: skip

    def phone_au(self, lang: str) -> str:
        mobile = "4" + nums(self.rng, 8)
        return self._any(
            f"0{mobile[:3]} {mobile[3:6]} {mobile[6:]}", f"+61 {mobile[:3]} {mobile[3:6]} {mobile[6:]}",
            f"({self._any('02', '03', '08')}) {nums(self.rng, 4)} {nums(self.rng, 4)}", f"0{mobile}",
            f"+61 4{chunk(mobile[1:], (2, 3, 3), ' ')}", f"04{mobile[1:3]} {mobile[3:]}",
        )  # fmt: skip

    def phone_en(self, lang: str) -> str:
        return self.rng.choice((self.phone_sc, self.phone_ng, self.phone_au, self.phone_abroad, self.phone))(lang)

    def phone_spoken(self, lang: str) -> str:
        if lang == "en":
            number = self._any("07" + nums(self.rng, 9), "04" + nums(self.rng, 8), "080" + nums(self.rng, 8))
        else:
            number = self._any("06" + nums(self.rng, 8), self.rng.choice(_LANDLINE[:6]) + nums(self.rng, 7))
        return heard(number[:10] if lang == "nl" else number, lang, self.rng)

    # ---- bank accounts
    def _written(self, iban: str) -> str:
        spaced = chunk(iban, (4,) * 8)
        return self._any(
            iban, spaced, spaced, spaced, iban.lower(), spaced.lower(), f"{iban[:2]} {iban[2:4]} {iban[4:]}",
            chunk(iban, (4,) * 8, "."),
        )  # fmt: skip

    def iban_nl(self, lang: str) -> str:
        return self._written(mod97_iban("NL", self.pick("bank") + nums(self.rng, 10)))

    def iban_be(self, lang: str) -> str:
        return self._written(mod97_iban("BE", belgian_bban(self.rng)))

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.12:
            return self._written(mod97_iban("DE", nums(self.rng, 18)))
        if roll < 0.2:
            return self._written(mod97_iban("PL", nums(self.rng, 24)))
        return self.iban_be(lang) if roll < 0.35 else self.iban_nl(lang)

    def iban_en(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return self._written(mod97_iban("GB", self.pick("bank_gb") + nums(self.rng, 14)))
        if roll < 0.5:
            return self._written(mod97_iban("IE", self._any("AIBK", "BOFI") + nums(self.rng, 14)))
        return self.iban(lang)

    def iban_spoken(self, lang: str) -> str:
        iban = mod97_iban("NL", self.pick("bank") + nums(self.rng, 10))
        letters = " ".join(iban[:2].lower())
        return f"{letters} {iban[2:4]} {iban[4:8].lower()} {heard(iban[8:], lang, self.rng)}"

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_test_bsn(self.rng)
        return self._any(
            bsn, bsn, f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}", f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}", f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}", f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
        )  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        return heard(eleven_test_bsn(self.rng), "en" if lang == "en" else "nl", self.rng)
