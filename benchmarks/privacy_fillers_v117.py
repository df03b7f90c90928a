"""Fillers of the held-out split test_v117 (seed 659): dog owners at a daycare and boarding kennel, households with
a waste container pass, newcomers enrolling for Dutch courses, people renting a boat by the hour, home owners with an
insulation subsidy, piano owners booking a tuner, couples booking a wedding venue, employees renting an allotment on
company grounds, bicycle couriers and blood donors; from Venlo, Maastricht and West Flanders, Surinamese, Ghanaian
and Nigerian Dutch and other residents and newcomers of many origins, and from Canada and New Zealand; as they type
them in SalesIQ chats, Threema groups and Mastodon mentions, as agents jot them down after a call, as Excel cells
keep them and as OCR reads them off printed forms."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v117_numbers as num
import benchmarks.privacy_fillers_v117_pools  # noqa: F401  (registers POOLS["test_v117"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v117_codes import CodesV117
from benchmarks.privacy_fillers_v117_numbers import chunk

_ORIGINS = {
    "nl": ("du", "du", "du", "du", "li", "li", "li", "li", "wv", "wv", "wv", "sr", "sr", "ma", "ma", "tr", "tr", "pl",
           "in", "cn", "gh", "ng", "sy", "er", "ua"),
    "en": ("ca", "ca", "ca", "ca", "nz", "nz", "nz", "nz", "gh", "gh", "ng", "ng", "in", "cn", "pl", "du", "li", "sy",
           "ua"),
}  # fmt: skip
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "'": "", " ": "", "-": "", "(": "", ")": ""})


def mailbox_name(text: str) -> str:
    """Lower case ASCII, as a mailbox takes a name: 'Côté' -> 'cote', 'te Whata' -> 'tewhata'."""
    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(char for char in text if not unicodedata.combining(char)).lower()


class FillersV117(CodesV117, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def fill(self, slot: str, lang: str) -> str:
        """A slot with its own method uses it; NAME_<ORIGIN> (NAME_LI, NAME_GH) is a whole name of that origin and
        CUSTOMER_NUMBER_<KIND> (CUSTOMER_NUMBER_DONOR) one of the layouts of `privacy_fillers_v117_codes`."""
        method = getattr(self, slot.lower(), None)
        if method is not None:
            return method(lang)
        if slot.startswith("NAME_"):
            return self._whole(slot[5:].lower())
        if slot.startswith("CUSTOMER_NUMBER_"):
            return self._number(slot[16:].lower())
        raise KeyError(slot)

    # ---- names
    def _origin(self, lang: str) -> str:
        return self.rng.choice(_ORIGINS["en" if lang == "en" else "nl"])

    def _parts(self, origin: str) -> tuple[str, str]:
        given, family = self.pick(f"given_{origin}"), self.pick(f"family_{origin}")
        if origin == "pl" and family.endswith(("ski", "ska")):  # a Polish -ski surname agrees with its bearer
            family = family[:-1] + ("a" if given.endswith("a") else "i")
        return given, family

    def _whole(self, origin: str) -> str:
        given, family = self._parts(origin)
        self._last = (given, family, origin)  # for the e-mail address or the spelling that follows
        chance = self.rng.random()
        if origin == "cn" and chance < 0.4:
            return f"{family} {given}"
        if origin == "li" and chance < 0.15:  # baptismal names; a man's may have Maria second, never first
            sex = self._one("m", "f")
            first, second = self.rng.sample(self.pool[f"baptismal_li_{sex}"], 2)
            if sex == "m" and first == "Maria":
                first, second = second, first
            return f"{first} {second} {family}"
        if origin == "gh" and chance < 0.3:
            return f"{given} {family}-{self.pick('family_gh')}"
        if origin == "ng" and chance < 0.35:
            return f"{given} {self.pick('middle_ng')} {family}"
        if origin in ("du", "wv") and chance < 0.12:
            return f"{given} {self.rng.choice('ABCDHJMPW')}. {family}"
        return f"{given} {family}"

    def name_full(self, lang: str) -> str:
        return self._whole(self._origin(lang))

    def name_first(self, lang: str) -> str:
        return self._parts(self._origin(lang))[0]

    def name_surname(self, lang: str) -> str:
        self._surname_of = self._parts(self._origin(lang))
        return self._surname_of[1]

    def name_given(self, lang: str) -> str:
        """The given name of the person whose surname a form's field just held ('Achternaam: … Voornaam: …')."""
        return getattr(self, "_surname_of", self._parts(self._origin(lang)))[0]

    def name_staff(self, lang: str) -> str:
        """An agent's or operator's first name, as a chat widget shows it."""
        return self.pick(f"given_{self._one('du', 'du', 'li', 'wv', 'ma', 'tr', 'sr')}")

    def name_short(self, lang: str) -> str:
        """A group member's display name: first name and the surname's initial, 'Nadia B.'."""
        given, family = self._parts(self._origin(lang))
        initial = next(word for word in family.split() if word[0].isupper())[0]
        return self._one(f"{given} {initial}.", f"{given} {initial}", f"{given} {family}")

    def name_initials(self, lang: str) -> str:
        family = self._parts(self._one("du", "li", "li", "wv", "sr", "ma"))[1]
        letters = "".join(f"{c}." for c in self.rng.sample("ABCFGHJLMPRSTW", self._one(1, 2, 2, 3)))
        return self._one(f"{letters} {family}", f"{family}, {letters}", f"{letters}{family}")

    def name_form(self, lang: str) -> str:
        """As a printed form or an export lists people: surname first."""
        given, family = self._parts(self._origin(lang))
        words = family.split()
        if words[0].islower():  # 'van der Linden, Marleen' -> 'Linden, Marleen van der'
            head = " ".join(w for w in words if not w.islower())
            return f"{head}, {given} {' '.join(w for w in words if w.islower())}"
        return self._one(f"{family}, {given}", f"{family.upper()}, {given}", f"{family} {given[0]}.")

    def name_caps(self, lang: str) -> str:
        origin = self._origin(lang)
        given, family = self._parts(origin)
        self._last = (given, family, origin)
        whole, family_caps = f"{given} {family}".upper(), family.upper()
        return self._one(whole, f"{family_caps} {given.upper()}", f"{given[0]}. {family_caps}")

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_spelled(self, lang: str) -> str:
        """The surname just written, letter by letter (another one when it has spaces)."""
        family = getattr(self, "_last", ("", "a b", ""))[1]
        while " " in family or "-" in family:
            family = self._parts(self._one("li", "wv", "pl", "tr", "gh"))[1]
        letters = mailbox_name(family).upper()
        return self._one("-".join(letters), " ".join(letters), ", ".join(letters), "-".join(letters).lower())

    # ---- e-mail
    def _mailbox(self, lang: str, own: bool) -> tuple[str, str]:
        if own and hasattr(self, "_last"):
            given, family, origin = self._last
        else:
            origin = self._origin(lang)
            given, family = self._parts(origin)
        first, last = mailbox_name(given.split()[0]), mailbox_name(family.split()[-1])
        born = self.rng.randint(1961, 2005)
        box = self._one(
            f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{last}.{first}", f"{first}_{last}",
            f"{first}{born}", f"{first}.{last}{born % 100:02d}", f"{last}{first[0]}", f"{first}-{last}",
            f"{first}{last[:3]}{self.rng.randint(1, 99)}",
        )  # fmt: skip
        local = origin if f"domain_{origin}" in self.pool else "du"
        return box, self.pick(self._one("domain", f"domain_{local}", f"domain_{local}"))

    def email(self, lang: str) -> str:
        box, domain = self._mailbox(lang, own=self.rng.random() < 0.5)
        return f"{box}@{domain}"

    def email_own(self, lang: str) -> str:
        box, domain = self._mailbox(lang, own=True)
        return f"{box}@{domain}"

    def email_caps(self, lang: str) -> str:
        return self.email_own(lang).upper()

    def email_work(self, lang: str) -> str:
        box, _ = self._mailbox(lang, own=False)
        return f"{box}@{self.pick('domain_work')}"

    def email_hidden(self, lang: str) -> str:
        box, domain = self._mailbox(lang, own=False)
        name, _, tld = domain.rpartition(".")
        dot = "punt" if lang == "nl" else "dot"
        return self._one(f"{box} [at] {name} [{dot}] {tld}", f"{box}(at){domain}", f"{box} @ {domain}",
                         f"{box} at {name} {dot} {tld}", f"{box}#{domain}")  # fmt: skip

    def email_spoken(self, lang: str) -> str:
        box, domain = self._mailbox(lang, own=True)
        at, dot, dash = ("apenstaartje", "punt", "streepje") if lang == "nl" else ("at", "dot", "dash")
        box = box.replace(".", f" {dot} ").replace("_", " underscore ").replace("-", f" {dash} ")
        return f"{box} {at} {domain.replace('.', f' {dot} ')}"

    # ---- phones
    def phone_nl(self, lang: str) -> str:
        rest = self._d(8, self._one("1", "2", "3", "4", "5", "8"))
        return self._one(
            f"06{rest}", f"06-{rest}", f"06 {chunk(rest, (4, 4))}", f"06 {chunk(rest, (2, 2, 2, 2))}",
            f"+316{rest}", f"+31 6 {chunk(rest, (2, 2, 2, 2))}", f"+31 (0)6 {rest}", f"0031-6-{rest}",
            f"06 - {chunk(rest, (3, 3, 2))}",
        )  # fmt: skip

    def phone_li(self, lang: str) -> str:
        area = self._one("043", "043", "077", "046", "045")
        local = self._d(7, self._one("3", "4", "8", "3"))
        return self._one(f"{area}-{local}", f"{area} {chunk(local, (3, 2, 2))}", f"({area}) {local}",
                         f"+31 {area[1:]} {local}", f"{area} - {chunk(local, (3, 4))}")  # fmt: skip

    def phone_be(self, lang: str) -> str:
        mobile = self._one("470", "472", "474", "475", "477", "479", "484", "486", "492", "495") + self._d(6)
        area = self._one("50", "56", "51", "57", "59")
        land = self._d(6, self._one("2", "3", "4", "7"))
        return self._one(
            f"0{mobile}", f"0{mobile[:3]} {chunk(mobile[3:], (2, 2, 2))}",
            f"0{mobile[:3]}/{chunk(mobile[3:], (2, 2, 2), '.')}", f"+32 {mobile[:3]} {chunk(mobile[3:], (2, 2, 2))}",
            f"0{area} {chunk(land, (2, 2, 2))}", f"0{area}/{land}",
        )  # fmt: skip

    def phone_de(self, lang: str) -> str:
        mobile = self._one("151", "152", "160", "170", "176", "157") + self._d(8)
        area, land = self._one("2153", "241", "2831", "2162", "2163"), self._d(6, self._one("2", "4", "9"))
        return self._one(f"+49 {mobile[:3]} {mobile[3:]}", f"0{mobile[:3]} {mobile[3:]}", f"+49 {area} {land}",
                         f"0{area}/{land}", f"0049 {area} {land}")  # fmt: skip

    def phone_sr(self, lang: str) -> str:
        local = self._d(7, self._one("7", "8", "8"))
        return self._one(
            f"+597 {local}", f"+597 {local[:3]}-{local[3:]}", f"(597) {local}", f"00597 {chunk(local, (3, 4))}"
        )

    def phone_gh(self, lang: str) -> str:
        net, rest = self._one("20", "24", "26", "27", "50", "54", "55", "59"), self._d(7)
        return self._one(f"+233 {net} {rest[:3]} {rest[3:]}", f"0{net} {rest[:3]} {rest[3:]}", f"0{net}{rest}",
                         f"+233 (0){net} {rest}", f"00233{net}{rest}")  # fmt: skip

    def phone_ng(self, lang: str) -> str:
        net = self._one("803", "806", "813", "816", "703", "706", "805", "807", "809", "818", "909")
        rest = self._d(7)
        return self._one(f"+234 {net} {rest[:3]} {rest[3:]}", f"0{net} {rest[:3]} {rest[3:]}", f"0{net}{rest}",
                         f"+234{net}{rest}", f"+234 (0){net}-{rest[:3]}-{rest[3:]}")  # fmt: skip

    def phone_ca(self, lang: str) -> str:
        area = self._one("613", "416", "647", "514", "438", "604", "778", "204", "902", "780")
        head, tail = self._d(3, self._one("2", "3", "4", "7", "8", "9")), self._d(4)
        return self._one(f"({area}) {head}-{tail}", f"+1 {area} {head} {tail}", f"{area}-{head}-{tail}",
                         f"1-{area}-{head}-{tail}", f"{area}.{head}.{tail}")  # fmt: skip

    def phone_nz(self, lang: str) -> str:
        mobile, rest = self._one("21", "22", "27", "29"), self._d(7, self._one("2", "3", "4", "5", "8"))
        area, land = self._one("9", "4", "3", "7", "6"), self._d(7, self._one("3", "4", "5", "8"))
        return self._one(
            f"0{mobile} {rest[:3]} {rest[3:]}", f"+64 {mobile} {rest[:3]} {rest[3:]}", f"0{mobile}{rest}",
            f"(0{area}) {land[:3]} {land[3:]}", f"0{area}-{land[:3]} {land[3:]}", f"+64 {area} {land}",
        )  # fmt: skip

    def phone_pl(self, lang: str) -> str:
        mobile = self._d(9, self._one("5", "6", "7", "8"))
        return self._one(f"+48 {chunk(mobile, (3, 3, 3))}", f"0048 {mobile}", f"{chunk(mobile, (3, 3, 3), '-')}")

    def phone_spoken(self, lang: str) -> str:
        """Read out: digit by digit, in groups, or (in Dutch) in pairs said as numbers."""
        if lang == "en":
            number = self._one(f"02{self._one('1', '2', '7')}{self._d(7)}", f"{self._one('613', '416')}{self._d(7)}")
            groups = [num.say_each(part, "en") for part in chunk(number, (3, 3, 4)).split()]
            return self._one(" ".join(groups), " ".join(groups).replace("zero", "oh"), ", ".join(groups))
        rest = self._d(8, self._one("1", "2", "4", "5"))
        pairs = [rest[i : i + 2] for i in range(0, 8, 2)]
        said = " ".join(num.number_words(int(p), "nl") if p[0] != "0" else num.say_each(p, "nl") for p in pairs)
        return self._one(num.say_each("06" + rest, "nl"), f"nul zes {' '.join(pairs)}", f"nul zes {said}")

    def phone_ocr(self, lang: str) -> str:
        return num.ocr_noise(self._one(self.phone_nl, self.phone_li)(lang), self.rng, 0.2)

    def phone(self, lang: str) -> str:
        if lang == "en":
            return self._one(self.phone_ca, self.phone_nz, self.phone_nz, self.phone_ca, self.phone_nl, self.phone_gh)(
                lang
            )
        return self._one(self.phone_nl, self.phone_nl, self.phone_nl, self.phone_li, self.phone_be)(lang)

    # ---- bank accounts
    def _layout(self, number: str) -> str:
        fours = chunk(number, (4,) * 8)
        return self._one(number, fours, fours, fours.lower(), number.lower(), chunk(number, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._layout(num.mod97_iban("NL", self.pick("bank_nl") + self._d(10, self._one("0", "1", "3", "6"))))

    def iban_be(self, lang: str) -> str:
        return self._layout(num.mod97_iban("BE", num.bban_be(self.rng)))

    def iban_de(self, lang: str) -> str:
        return self._layout(num.mod97_iban("DE", self.pick("bank_de") + self._d(10)))

    def iban_pl(self, lang: str) -> str:
        return self._layout(num.mod97_iban("PL", num.bban_pl(self.rng)))

    def iban(self, lang: str) -> str:
        return self._one(self.iban_nl, self.iban_nl, self.iban_nl, self.iban_nl, self.iban_be, self.iban_de)(lang)

    def iban_split(self, lang: str) -> str:
        """Broken over two lines, as a narrow form field or a pasted cell does."""
        number = num.mod97_iban("NL", self.pick("bank_nl") + self._d(10))
        head, tail = chunk(number[:12], (4, 4, 4)), f"{number[12:16]} {number[16:]}"
        return self._one(f"{head}\n{tail}", f"{number[:8]}\n{number[8:]}")

    def iban_spoken(self, lang: str) -> str:
        number = num.mod97_iban("NL", self.pick("bank_nl") + self._d(10))
        bank = "-".join(number[4:8]) if self.rng.random() < 0.5 else number[4:8].lower()
        return f"NL {number[2:4]}, {bank}, {num.say_each(number[8:], 'nl')}"
