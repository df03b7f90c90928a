"""Fillers of the `test_v29` split: names, e-mail addresses, phone numbers, addresses and plates; the number-like
writers are in `privacy_fillers_v29_numbers`, the pools in `privacy_fillers_v29_pools`. Written from scratch by
someone who never saw the redaction rules (no code taken from an earlier split's fillers).

A slot in lower case names its writer: `{NAME_CAPS}` calls `name_caps`. Names: given name and surname, initials
with and without dots, surname alone with a capitalised particle ('De Vries'), register order ('Meulen, S. van
der'), double surnames, lower case and capitals. E-mail: plain (often from the person's own name), obfuscated and
spelled. Phones: NL mobiles and landlines in many groupings, read aloud, foreign numbers. Addresses with
toevoegingen, Belgian 'bus', German and British forms. Plates: Dutch side codes 1 to 14, Belgian, German."""

from __future__ import annotations

import unicodedata

from benchmarks import privacy_fillers_v29_pools as pool
from benchmarks.privacy_fillers_v29_numbers import V29Numbers

# Dutch side codes 1 to 14: X a letter, 9 a digit
SIDECODES = [
    "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X",
    "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
]  # fmt: skip


def ascii_lower(text: str) -> str:
    text = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in flat.lower() if ch.isalnum())


class FillersV29(V29Numbers):
    """`fill(slot, lang)` writes one value for a slot of the `test_v29` templates."""

    recent: tuple[str, str] = ("", "")

    def fill(self, slot: str, lang: str) -> str:
        return getattr(self, slot.lower())(lang)

    # names
    def _someone(self, lang: str, sex: str = "") -> tuple[str, str]:
        origin = self.pick(pool.ORIGINS_EN if lang == "en" else pool.ORIGINS_NL)
        men, women, surnames = pool.PEOPLE[origin]
        first = self.pick({"m": men, "f": women}.get(sex, men + women))
        last = self.pick(surnames)
        if origin == "pl" and first in women and last.endswith("ski"):
            last = last[:-1] + "a"
        self.recent = (first, last)
        return first, last

    @staticmethod
    def _cap_particle(last: str) -> str:
        return last[0].upper() + last[1:] if last[:1].islower() else last

    def _initials(self, first: str, dots: bool = True) -> str:
        letters = [part[0] for part in first.replace("-", " ").split()]
        letters += [self.pick("ACEHJMPTW") for _ in range(self.rng.choice((0, 0, 1, 2)))]
        return "".join(f"{ch}." for ch in letters) if dots else "".join(letters)

    def name(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return self.name_full(lang)
        if roll < 0.6:
            return self.name_init(lang)
        if roll < 0.7:
            return self.name_lower(lang)
        if roll < 0.8:
            first, last = self._someone(lang)
            other = self.pick(pool.PEOPLE["nl"][2])
            return f"{first} {last}-{other}" if self.chance(0.7) else f"{first} {last} - {other}"
        if roll < 0.9:
            return self.name_caps(lang)
        return self.name_reg(lang)

    def name_full(self, lang: str) -> str:
        first, last = self._someone(lang)
        return f"{first} {last}"

    def name_f(self, lang: str) -> str:
        first, last = self._someone(lang, "f")
        return f"{first} {last}" if self.chance(0.8) else f"{self._initials(first)} {last}"

    def name_m(self, lang: str) -> str:
        first, last = self._someone(lang, "m")
        return f"{first} {last}" if self.chance(0.8) else f"{self._initials(first)} {last}"

    def name_first(self, lang: str) -> str:
        return self._someone(lang)[0]

    def name_first_f(self, lang: str) -> str:
        return self._someone(lang, "f")[0]

    def name_last(self, lang: str) -> str:
        return self._cap_particle(self._someone(lang)[1])

    def name_init(self, lang: str) -> str:
        first, last = self._someone(lang)
        return f"{self._initials(first, dots=self.chance(0.75))} {last}"

    def name_lower(self, lang: str) -> str:
        first, last = self._someone(lang)
        return self.pick([f"{first} {last}", last, first + " " + last.split()[-1]]).lower()

    def name_caps(self, lang: str) -> str:
        first, last = self._someone(lang)
        return (f"{first} {last}" if self.chance(0.6) else f"{self._initials(first)} {last}").upper()

    def name_reg(self, lang: str) -> str:
        first, last = self._someone(lang)
        words = last.split()
        cut = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
        particle, core = " ".join(words[:cut]), " ".join(words[cut:])
        given = self._initials(first) if self.chance(0.6) else first
        return f"{core}, {given} {particle}".rstrip() if particle else f"{core}, {given}"

    # e-mail
    def _local(self, lang: str) -> str:
        # most people write from their own name: the one just written, if any
        first, last = self.recent if self.recent[0] and self.chance(0.7) else self._someone(lang)
        f, s = ascii_lower(first), ascii_lower(last)
        year = str(self.rng.randint(62, 99) if self.chance(0.5) else self.rng.randint(1960, 2006))
        return self.pick(
            [
                f"{f}.{s}",
                f"{f[0]}.{s}",
                f"{f}{s}",
                f"{s}.{f[0]}",
                f"{f}_{s}{year}",
                f"{f}{year}",
                f"{f[0]}{s}",
                f"{s}-{f}",
                f"info.{s}",
                f"{f}.{s[:3]}",
            ]
        )

    def _domain(self, lang: str) -> str:
        if self.chance(0.1):
            return self.pick(pool.WORK_DOMAINS + pool.DOMAINS_BE)
        return self.pick(pool.DOMAINS_EN if lang == "en" else pool.DOMAINS_NL)

    def email(self, lang: str) -> str:
        address = f"{self._local(lang)}@{self._domain(lang)}"
        return address if self.chance(0.9) else address.capitalize()

    def email_obf(self, lang: str) -> str:
        local, domain = self._local(lang), self._domain(lang)
        name, tld = domain.rsplit(".", 1)
        forms = [f"{local} [at] {domain}", f"{local}(at){domain}", f"{local} at {name} dot {tld}",
                 f"{local}[@]{name}[.]{tld}", f"{local} @ {name} . {tld}"]  # fmt: skip
        if lang != "en":
            forms += [f"{local} apenstaartje {name} punt {tld}", f"{local} at {name} punt {tld}"]
        return self.pick(forms)

    def email_spell(self, lang: str) -> str:
        local, domain = self._local(lang), self._domain(lang)
        dot, at = ("dot", "at") if lang == "en" else ("punt", self.pick(["apenstaartje", "at"]))
        marks = {
            ".": dot,
            "-": "dash" if lang == "en" else "streepje",
            "_": "underscore" if lang == "en" else "laag streepje",
        }
        pieces = []
        for ch in local:
            pieces.append(marks.get(ch, ch))
        joiner = self.pick([" ", "-", ", "])
        name, tld = domain.rsplit(".", 1)
        return f"{joiner.join(pieces)} {at} {name} {dot} {tld}"

    # phones
    def phone(self, lang: str) -> str:
        if self.chance(0.2):
            return self.phone_fixed(lang)
        rest = self.nums(8, lead=True)
        return self.pick(
            [
                f"06-{rest}",
                f"06 {rest}",
                f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
                f"06{rest}",
                f"+31 6 {rest}",
                f"+316{rest}",
                f"0031 6 {rest[:4]} {rest[4:]}",
                f"+31 (0)6 {rest[:3]} {rest[3:6]} {rest[6:]}",
                f"06-{rest[:3]} {rest[3:6]} {rest[6:]}",
                f"(06) {rest[:4]} {rest[4:]}",
                f"+31 6 {rest[:2]} {rest[2:5]} {rest[5:]}",
            ]
        )

    def phone_fixed(self, lang: str) -> str:
        area = self.pick(pool.AREA_CODES)
        rest = self.nums(10 - len(area), lead=True)
        if len(rest) == 7:
            grouped = self.pick([rest, f"{rest[:3]} {rest[3:]}", f"{rest[:3]} {rest[3:5]} {rest[5:]}"])
        else:
            grouped = self.pick([rest, f"{rest[:2]} {rest[2:4]} {rest[4:]}", f"{rest[:3]} {rest[3:]}"])
        return self.pick([f"{area}-{grouped}", f"{area} {grouped}", f"({area}) {grouped}", f"+31 {area[1:]} {grouped}"])

    def phone_said(self, lang: str) -> str:
        rest = "6" + self.nums(8, lead=True)
        if lang == "en":
            words = ["oh" if d == "0" else pool.DIGITS_EN[int(d)] for d in "0" + rest]
            return " ".join(words[:2]) + ", " + " ".join(words[2:6]) + ", " + " ".join(words[6:])
        pairs = [rest[i : i + 2] for i in range(1, 9, 2)]
        return "nul zes, " + ", ".join(self._pair_nl(p) for p in pairs)

    @staticmethod
    def _pair_nl(pair: str) -> str:
        tens, ones = int(pair[0]), int(pair[1])
        if tens == 0:
            return f"nul {pool.DIGITS_NL[ones]}"
        if tens == 1:
            return pool.TEENS_NL[ones]
        if ones == 0:
            return pool.TENS_NL[tens]
        one = pool.DIGITS_NL[ones]
        glue = "ën" if one.endswith("e") else "en"
        return f"{one}{glue}{pool.TENS_NL[tens]}"

    def phone_abroad(self, lang: str) -> str:
        return self.pick(
            [
                f"+32 4{self.nums(2)} {self.nums(2)} {self.nums(2)} {self.nums(2)}",
                f"+49 1{self.nums(2)} {self.nums(7)}",
                f"0049 2821 {self.nums(5, lead=True)}",
                f"+44 7{self.nums(3)} {self.nums(6)}",
                f"+33 6 {self.nums(2)} {self.nums(2)} {self.nums(2)} {self.nums(2)}",
                f"+90 53{self.nums(1)} {self.nums(3)} {self.nums(2)} {self.nums(2)}",
                f"+212 6{self.nums(2)}-{self.nums(6)}",
                f"+48 6{self.nums(2)} {self.nums(3)} {self.nums(3)}",
                f"+380 67 {self.nums(3)} {self.nums(4)}",
                f"+597 8{self.nums(6)}",
            ]
        )

    def phone_be(self, lang: str) -> str:
        body = f"4{self.rng.choice('5679')}{self.nums(1)}"
        tail = f"{self.nums(2)} {self.nums(2)} {self.nums(2)}"
        return self.pick([f"0{body} {tail}", f"+32 {body} {tail}", f"0{body}/{tail.replace(' ', '.')}"])

    # addresses
    def _number(self) -> str:
        n = str(self.rng.choice([self.rng.randint(1, 40), self.rng.randint(1, 250)]))
        return n + (self.pick(pool.SUFFIXES) if self.chance(0.35) else "")

    def address(self, lang: str) -> str:
        street = self.pick(pool.STREETS)
        text = f"{street} {self._number()}"
        roll = self.rng.random()
        if roll < 0.08:
            return text.lower()
        if roll < 0.14:
            return text.upper()
        return text

    def address_be(self, lang: str) -> str:
        base = f"{self.pick(pool.STREETS_BE)} {self.rng.randint(1, 180)}"
        return base + self.pick(["", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(1, 4)}", " b2"])

    def address_de(self, lang: str) -> str:
        return f"{self.pick(pool.STREETS_DE)} {self.rng.randint(1, 90)}{self.pick(['', '', 'a', 'b'])}"

    def address_gb(self, lang: str) -> str:
        flat = self.pick(["", "", f"Flat {self.rng.randint(1, 9)}, "])
        return f"{flat}{self.rng.randint(2, 140)} {self.pick(pool.STREETS_GB)}"

    # plates
    def _nl_plate(self) -> str:
        code = self.pick(SIDECODES)
        return "".join(self.pick(pool.PLATE_LETTERS) if c == "X" else self.nums(1) if c == "9" else c for c in code)

    def plate(self, lang: str) -> str:
        text = self._nl_plate()
        roll = self.rng.random()
        if roll < 0.6:
            return text
        if roll < 0.75:
            return text.replace("-", "")
        if roll < 0.85:
            return text.lower()
        return text.replace("-", " ")

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.pick(pool.PLATE_LETTERS + "AEMUW") for _ in range(3))
        new = f"{self.rng.randint(1, 2)}-{letters}-{self.nums(3)}"
        return self.pick([new, new.replace("-", ""), f"{letters}-{self.nums(3)}"])

    def plate_de(self, lang: str) -> str:
        letters = "".join(self.pick("ABDEFGHKLMNPRSTUVWZ") for _ in range(self.rng.randint(1, 2)))
        tail = self.pick(["", "", "", "E", "H"])
        return f"{self.pick(pool.DE_DISTRICTS)}-{letters} {self.rng.randint(1, 9999)}{tail}"
