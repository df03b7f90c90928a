"""Fillers of the `test_v28` split: names, e-mail addresses, phone numbers, addresses and plates; the number-like
types are in `privacy_fillers_v28_numbers`, the pools in `privacy_fillers_v28_pools`. Written from scratch by
someone who never saw the redaction rules (no code taken from an earlier split's fillers).

A slot's name is its method: `{NAME_REG}` calls `name_reg`. Every writer picks its own form at random: names as
given name and surname, initials ('A.J. van der Heijden', 'AJ Kok'), a surname alone, register order ('Heijden,
A.J. van der'), double surnames ('Mulder-de Wit'), lower case and capitals; e-mail plain, obfuscated ('[at]',
'apenstaartje', ' (punt) ') and spelled letter by letter; NL mobiles and landlines in many groupings, read aloud,
and foreign numbers; NL addresses with toevoegingen ('12-A', '7bis', '31-3', '8 hs', '140 3 hoog'), Belgian
addresses with 'bus', German ones; Dutch plates in all side codes 1 to 14, Belgian and German plates."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v28_pools as p
from benchmarks.privacy_fillers_v28_numbers import V28Numbers

_CONSONANTS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes: L = letter, 9 = digit, '-' where the plate has a dash
SIDE_CODES = [
    "LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9", "9-LLL-99", "LL-999-L",
    "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9",
]  # fmt: skip
_OLD_CODES = SIDE_CODES[:3]


def plain(text: str) -> str:
    text = text.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


class FillersV28(V28Numbers):
    """`fill(slot, lang)`: the slot in lower case is the writer's name."""

    def fill(self, slot: str, lang: str) -> str:
        return getattr(self, slot.lower())(lang)

    # names
    _last: tuple[str, str] | None = None

    def _person(self, lang: str, origin: str | None = None, sex: str = "") -> tuple[str, str]:
        origin = origin or self.any_of(p.ORIGINS_EN if lang == "en" else p.ORIGINS_NL)
        men, women, surnames = p.NAMES[origin]
        given = {"m": men, "f": women}.get(sex, men + women)
        self._last = (self.any_of(given), self.any_of(surnames))
        return self._last

    def _initials(self, first: str) -> str:
        letters = [part[0] for part in first.replace("-", " ").split()]
        if self.rng.random() < 0.4:
            letters.append(self.any_of("ACFHJMPW"))
        style = self.rng.randint(0, 3)
        if style == 3:
            return "".join(letters)
        return "".join(f"{letter}." for letter in letters)

    @staticmethod
    def _particle_split(surname: str) -> tuple[str, str]:
        words = surname.split()
        cut = next((i for i, w in enumerate(words) if w[0].isupper()), 0)
        return " ".join(words[:cut]), " ".join(words[cut:])

    def name(self, lang: str) -> str:
        first, last = self._person(lang)
        roll = self.rng.random()
        if roll < 0.45:
            return f"{first} {last}"
        if roll < 0.65:
            return f"{self._initials(first)} {last}"
        if roll < 0.75:
            return f"{first} {last}".lower()
        if roll < 0.85:
            other = self._person(lang, "nl")[1]
            return f"{first} {last}-{other}" if self.rng.random() < 0.6 else f"{first} {last} - {other}"
        if roll < 0.93:
            particle, core = self._particle_split(last)
            return f"{first} {particle.capitalize()} {core}".replace("  ", " ") if particle else f"{first} {last}"
        return f"{first[0]}. {last}"

    def name_full(self, lang: str) -> str:
        first, last = self._person(lang)
        return f"{first} {last}"

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_last(self, lang: str) -> str:
        return self._person(lang)[1]

    def name_init(self, lang: str) -> str:
        first, last = self._person(lang)
        return f"{self._initials(first)} {last}"

    def name_reg(self, lang: str) -> str:
        first, last = self._person(lang)
        particle, core = self._particle_split(last)
        given = self._initials(first) if self.rng.random() < 0.5 else first
        return f"{core}, {given} {particle}".strip() if particle else f"{core}, {given}"

    def name_caps(self, lang: str) -> str:
        return self.name(lang).upper()

    def name_small(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_f(self, lang: str) -> str:
        return " ".join(self._person(lang, sex="f"))

    def name_m(self, lang: str) -> str:
        return " ".join(self._person(lang, sex="m"))

    def name_first_f(self, lang: str) -> str:
        return self._person(lang, sex="f")[0]

    def name_first_m(self, lang: str) -> str:
        return self._person(lang, sex="m")[0]

    def name_nl(self, lang: str) -> str:
        first, last = self._person(lang, self.any_of(["nl", "nl", "fy", "be"]))
        return f"{first} {last}"

    # e-mail
    def _local(self, lang: str) -> str:
        # most people write from their own name: the person named last in the sentence, if any
        person = self._last if self._last and self.rng.random() < 0.7 else self._person(lang)
        first, last = (plain(part) for part in person)
        year = str(self.rng.randint(52, 99)) if self.rng.random() < 0.3 else ""
        return self.any_of(
            [f"{first}.{last}", f"{first[0]}.{last}{year}", f"{first}{last[:1]}{year}", f"{last}.{first}",
             f"{first}_{last}", f"{first}-{last}", f"{first[0]}{last}", f"{first}{year or '1985'}"]
        )  # fmt: skip

    def email(self, lang: str) -> str:
        hosts = p.MAIL_HOSTS_EN if lang == "en" else p.MAIL_HOSTS
        value = f"{self._local(lang)}@{self.any_of(hosts)}"
        return value.capitalize() if self.rng.random() < 0.08 else value

    def email_obf(self, lang: str) -> str:
        local, host = self._local(lang), self.any_of(p.MAIL_HOSTS)
        name, tld = host.rsplit(".", 1)
        if lang == "en":
            at, dot = self.any_of([(" [at] ", " [dot] "), (" at ", " dot "), ("(at)", "(dot)")])
        else:
            at, dot = self.any_of([(" apenstaartje ", " punt "), (" [at] ", " [punt] "), ("(at)", "(punt)"),
                                   (" @ ", " . "), (" at ", " punt ")])  # fmt: skip
        return f"{local.replace('.', dot)}{at}{name}{dot}{tld}"

    def email_spell(self, lang: str) -> str:
        local, host = self._local(lang), self.any_of(p.MAIL_HOSTS)
        at, dot = (" at ", " dot ") if lang == "en" else (" apenstaartje ", " punt ")
        spelt = "-".join(local).replace("-.-", dot).replace("-_-", " underscore ").replace("---", " streepje ")
        return f"{spelt}{at}{host.replace('.', dot)}"

    # phones
    def _mobile(self) -> str:
        return "6" + self.digits(8, first_nonzero=True)

    def phone(self, lang: str) -> str:
        n = self._mobile()
        return self.any_of(
            [f"0{n}", f"0{n[0]}-{n[1:]}", f"0{n[0]} {n[1:]}", f"0{n[0]} {self.chunk(n[1:], [2, 2, 2, 2])}",
             f"0{n[0]}-{self.chunk(n[1:], [3, 3, 2])}", f"+31 {n[0]} {self.chunk(n[1:], [4, 4])}",
             f"+31{n}", f"+316-{n[1:]}", f"0031 {n[0]} {self.chunk(n[1:], [2, 2, 2, 2])}",
             f"(06) {self.chunk(n[1:], [4, 4])}", f"+31 (0){n[0]} {self.chunk(n[1:], [2, 2, 2, 2])}"]
        )  # fmt: skip

    def phone_fixed(self, lang: str) -> str:
        area = self.any_of(p.AREA_CODES)
        rest = self.digits(10 - len(area), first_nonzero=True)
        grouped = self.chunk(rest, [3, 2, 2] if len(rest) == 7 else [2, 2, 2])
        return self.any_of(
            [f"{area}-{rest}", f"{area} {rest}", f"({area}) {self.chunk(rest, [2, 2, 3])}", f"{area} - {rest}",
             f"+31 {area[1:]} {rest}", f"{area}{rest}", f"{area}-{grouped}"]
        )  # fmt: skip

    def phone_said(self, lang: str) -> str:
        n = "0" + self._mobile()
        if self.rng.random() < 0.5:
            return self.say_digits(n, lang)
        head = "oh six" if lang == "en" else "nul zes"
        return f"{head}, {self.chunk(n[2:], [2, 2, 2, 2], ', ')}"

    def phone_be(self, lang: str) -> str:
        return self.fill_hashes(self.any_of(p.ABROAD["be"]))

    def phone_abroad(self, lang: str) -> str:
        return self.fill_hashes(self.any_of(self.any_of(list(p.ABROAD.values()))))

    # addresses
    def _house(self) -> str:
        n = str(self.rng.randint(1, 240))
        roll = self.rng.random()
        if roll < 0.55:
            return n
        return n + self.any_of(["A", "a", "-A", "-B", " b", "-2", "-3", " hs", "-I", "-II", " 3 hoog", " zw",
                                "bis", "-1", " rd", "c"])  # fmt: skip

    def address(self, lang: str) -> str:
        street = self.any_of(p.STREETS_NL)
        value = f"{street} {self._house()}"
        return value.lower() if self.rng.random() < 0.08 else value

    def address_be(self, lang: str) -> str:
        street, n = self.any_of(p.STREETS_BE), self.rng.randint(1, 330)
        if street.startswith(("Rue", "Avenue")):
            return f"{street} {n}"
        return self.any_of([f"{street} {n}", f"{street} {n} bus {self.rng.randint(1, 12)}", f"{street} {n}/3",
                            f"{street} {n}bis"])  # fmt: skip

    def address_de(self, lang: str) -> str:
        return f"{self.any_of(p.STREETS_DE)} {self.rng.randint(1, 99)}{self.any_of(['', '', 'a', 'b'])}"

    # plates
    def _dutch_plate(self, codes: list[str]) -> str:
        shape = self.any_of(codes)
        value = "".join(
            self.any_of(_CONSONANTS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in shape
        )
        roll = self.rng.random()
        if roll < 0.15:
            return value.replace("-", "")
        if roll < 0.25:
            return value.lower()
        if roll < 0.3:
            return value.replace("-", " ")
        return value

    def plate(self, lang: str) -> str:
        return self._dutch_plate(SIDE_CODES)

    def plate_old(self, lang: str) -> str:
        return self._dutch_plate(_OLD_CODES)

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.any_of("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        n = self.digits(3)
        return self.any_of([f"1-{letters}-{n}", f"2-{letters}-{n}", f"1{letters}{n}", f"{letters}-{n}"])

    def plate_de(self, lang: str) -> str:
        area = self.any_of(["KLE", "AC", "D", "MS", "BOR", "E", "K", "WES"])
        tail = "".join(self.any_of("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(self.rng.randint(1, 2)))
        return self.any_of([f"{area}-{tail} {self.digits(3, True)}", f"{area} {tail} {self.digits(4, True)}",
                            f"{area}-{tail}{self.digits(2, True)}H"])  # fmt: skip
