"""Fillers of the held-out split test_v48 (seed 233): customers of water boards, drinking water companies,
parking and toll operators, lease and fleet-card firms, roadside assistance, marinas, camping clubs, funeral
insurers, notaries, dating apps and debt collectors, from Groningen to Brabant, Flanders and far beyond.

Every value returned is exactly the personal part; titles ('mevrouw', 'dhr.') stay outside in the templates."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers_v48_codes import CodesV48
from benchmarks.privacy_fillers_v48_numbers import (
    LETTERS_SPOKEN_NL,
    digits,
    number_nl,
    pairs_nl,
    say_digits,
)
from benchmarks.privacy_fillers_v48_pools import GROUPS, STREETS

_PARTICLES = ("van den", "van de", "van der", "de los", "ter", "van", "de", "da")
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
_AREA_CODES = ("050", "0592", "0591", "0599", "0598", "0528", "073", "013", "076", "040", "0492", "0412", "0416")
_ABROAD = (
    "+32 4{a}{b} {c} {d} {e}", "04{a}{b}/{c}.{d}.{e}", "+49 15{a} {f}", "+49 (0)59{a} {g}", "+90 53{a} {h}",
    "+212 6 {c} {d} {e} {a}{b}", "+233 24 {i}", "+234 803 {i}", "+380 67 {i}", "+40 72{a} {h}", "+351 91{a} {h}",
    "+86 13{a} {j}", "+62 812-{k}", "+63 917 {i}", "+291 7 {g}", "+963 94{a} {h}", "+44 7{a}{b}{c} {g}",
    "+597 8{a}{b}-{c}{d}",
)  # fmt: skip


def _fold(text: str) -> str:
    """ASCII for mail addresses: 'Şahin' -> 'sahin', 'Große' -> 'grosse'."""
    text = text.lower().replace("ı", "i").replace("ß", "ss").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _hyphen_point(word: str) -> int:
    """Where a typesetter would break the word: before a consonant followed by a vowel, nearest the middle."""
    vowels = "aeiouyäëïöüé"
    low = word.lower()
    points = [
        i
        for i in range(2, len(low) - 2)
        if low[i] not in vowels
        and low[i + 1] in vowels
        and (low[i - 1] in vowels or (low[i - 1] not in vowels and low[i - 2] in vowels))
    ]
    return min(points, key=lambda i: abs(i - len(low) / 2)) if points else len(low) // 2


def _capital(surname: str) -> str:
    return surname[:1].upper() + surname[1:]


class FillersV48(CodesV48):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    # ---- people
    def _group(self) -> str:
        names = list(GROUPS)
        return self.rng.choices(names, weights=[GROUPS[name][2] for name in names])[0]

    def _person(self) -> tuple[str, str, str]:
        group = self._group()
        given, family, _ = GROUPS[group]
        return group, self.rng.choice(given), self.rng.choice(family)

    def _initials(self, given: str) -> str:
        extra = self.rng.choice(("", "", "", "J.", "M.", "H.", "A.W.", "G.J."))
        return f"{given[0]}.{extra}"

    def name_full(self, lang: str) -> str:
        group, given, family = self._person()
        if group == "china" and self.rng.random() < 0.5:
            return f"{family} {given}"
        return f"{given} {family}"

    def name_first(self, lang: str) -> str:
        return self._person()[1]

    def name_surname(self, lang: str) -> str:
        return _capital(self._person()[2])

    def name_initials(self, lang: str) -> str:
        _, given, family = self._person()
        return f"{self._initials(given)} {family}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self.rng.choice((self.name_full(lang), self.name_initials(lang))).upper()

    def name_reversed(self, lang: str) -> str:
        """Family name first, as in registers, passports and exports: 'Gestel, T. van', 'ZHANG Wei'."""
        group, given, family = self._person()
        if group == "china":
            return f"{family.upper()} {given}"
        particle = next((p for p in _PARTICLES if family.startswith(p + " ")), "")
        core = family[len(particle) :].strip()
        first = self.rng.choice((given, self._initials(given)))
        return f"{core}, {first} {particle}".rstrip() if particle else f"{family}, {first}"

    def name_double(self, lang: str) -> str:
        _, given, family = self._person()
        return f"{given} {family}-{self._person()[2]}"

    def name_spelled(self, lang: str) -> str:
        family = self.rng.choice([f for f in self.pool["surname"] if f.isascii() and f.isalpha()])
        letters = family.upper()
        if lang == "nl" and self.rng.random() < 0.5:
            return ", ".join(f"{c.lower()} van {LETTERS_SPOKEN_NL[c]}" for c in letters)
        return self.rng.choice(("-".join(letters), " ".join(letters), ". ".join(letters) + "."))

    def name_broken(self, lang: str) -> str:
        """An OCR'd name hyphenated over a line break: 'Harm Kloos-\\nterman'."""
        group, given, family = self._person()
        while len(family) < 6 or " " in family or "-" in family:
            group, given, family = self._person()
        cut = _hyphen_point(family)
        return f"{given} {family[:cut]}-\n{family[cut:]}"

    # ---- e-mail
    def _local(self) -> str:
        group, given, family = self._person()
        first, last = _fold(given).replace(" ", ""), _fold(family).replace(" ", "").replace("-", "")
        year = str(self.rng.randint(1940, 2006))
        if group == "china" and self.rng.random() < 0.4:
            return digits(self.rng, self.rng.randint(7, 10), lead=True)
        return self.rng.choice(
            (f"{first[0]}.{last}", f"{first}{last}", f"{last}.{first[0]}", f"{first}_{last[0]}{year}",
             f"{last}.fam", f"{first[0]}{last}{year[2:]}", f"{first}.{last}", f"{last}{first[0]}")
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._local()}@{self.pick('domain')}"

    def email_obscured(self, lang: str) -> str:
        local, domain = self._local(), self.pick("domain")
        host, _, tld = domain.rpartition(".")
        dot = "punt" if lang == "nl" else "dot"
        return self.rng.choice(
            (f"{local}[at]{host}[dot]{tld}", f"{local} (at) {domain}", f"{local} at {host} {dot} {tld}",
             f"{local}@@{domain}", f"{local} @ {host} . {tld}")
        )  # fmt: skip

    def email_spoken(self, lang: str) -> str:
        local, domain = self._local(), self.pick("domain")
        if lang == "nl":
            at, dot, under = self.rng.choice(("apenstaartje", "at", "et")), "punt", "underscore"
        else:
            at, dot, under = "at", "dot", "underscore"
        said = f"{local} {at} {domain}".replace(".", f" {dot} ").replace("_", f" {under} ")
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        n = str(self.rng.randint(1, 6)) + digits(self.rng, 7)
        return self.rng.choice(
            (f"06/{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06 {n[:3]} {n[3:6]} {n[6:]}", f"+31(0)6{n}",
             f"+31 6{n[:2]} {n[2:5]} {n[5:]}", f"06-{n[:3]} {n[3:5]} {n[5:]}", f"0031-6-{n}", f"06 {n}",
             f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06{n}", f"+316 {n[:4]} {n[4:]}")
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(_AREA_CODES)
        rest = digits(self.rng, 10 - len(area), lead=True)
        if len(rest) == 7:
            spaced = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        else:
            spaced = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        return self.rng.choice(
            (f"{area} - {spaced}", f"{area}-{rest}", f"{area} {spaced}", f"({area}) {rest}",
             f"+31 {area[1:]} {rest}", f"0031 {area[1:]} {spaced}")
        )  # fmt: skip

    def phone_abroad(self, lang: str) -> str:
        d = digits(self.rng, 12)
        parts = {
            "a": d[0], "b": d[1], "c": d[2:4], "d": d[4:6], "e": d[6:8], "f": d[2:9],
            "g": d[2:8], "h": f"{d[2:5]} {d[5:8]}", "i": f"{d[2:5]} {d[5:9]}", "j": f"{d[2:6]} {d[6:10]}",
            "k": f"{d[2:6]}-{d[6:10]}",
        }  # fmt: skip
        return self.rng.choice(_ABROAD).format(**parts)

    def phone_spoken(self, lang: str) -> str:
        number = f"06{self.rng.randint(1, 6)}{digits(self.rng, 7)}"
        if lang == "en":
            words = say_digits(number, lang).replace("zero", "oh").split()
            out, index = [], 0
            while index < len(words):
                if index + 1 < len(words) and words[index] == words[index + 1]:
                    out.append(f"double {words[index]}")
                    index += 2
                else:
                    out.append(words[index])
                    index += 1
            return " ".join(out)
        return self.rng.choice((say_digits(number, lang), pairs_nl(number), say_digits(number, lang, ", ")))

    # ---- postcodes and addresses
    def _postcode(self) -> tuple[str, str]:
        first = self.rng.choice("9999777555443")
        number = first + digits(self.rng, 3)
        while True:
            letters = "".join(self.rng.choice(_POSTCODE_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return number, letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode()
        return self.rng.choice(
            (f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}",
             f"{number}  {letters}", f"{number}-{letters}")
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode()
        if lang == "en":
            return f"{say_digits(number, lang)} {' '.join(letters)}"
        said = self.rng.choice((say_digits(number, lang), f"{number_nl(int(number[:2]))} {number_nl(int(number[2:]))}"))
        spelled = self.rng.choice((" ".join(letters), " ".join(f"{c} van {LETTERS_SPOKEN_NL[c]}" for c in letters)))
        return f"{said} {spelled}"

    def _house(self) -> str:
        number = str(self.rng.randint(1, 260))
        return number + self.rng.choice(("", "", "", "", "a", "B", "-1", "-II", " hs", "-3", "c", " zw", " bis"))

    def address(self, lang: str) -> str:
        street = self.rng.choice(STREETS["nl"])
        return f"{street} {self._house()}"

    def address_lower(self, lang: str) -> str:
        return self.address(lang).lower()

    def address_abroad(self, lang: str) -> str:
        region = self.rng.choice(("be", "be", "de", "uk"))
        street, number = self.rng.choice(STREETS[region]), self.rng.randint(1, 180)
        if region == "be":
            box, floor, door = self.rng.randint(1, 12), self.rng.randint(1, 3), self.rng.randint(1, 4)
            return self.rng.choice(
                (f"{street} {number}", f"{street} {number} bus {box}", f"{street} {number}/{floor}0{door}")
            )
        if region == "de":
            return f"{street} {number}{self.rng.choice(('', 'a', ' b'))}"
        return f"{self.rng.choice(('', 'Flat 2, ', 'Unit 7, '))}{number} {street}"

    def address_be(self, lang: str) -> str:
        street, number = self.rng.choice(STREETS["be"]), self.rng.randint(1, 180)
        return self.rng.choice((f"{street} {number}", f"{street} {number} bus {self.rng.randint(1, 12)}"))

    def address_de(self, lang: str) -> str:
        return f"{self.rng.choice(STREETS['de'])} {self.rng.randint(1, 140)}{self.rng.choice(('', 'a', 'b'))}"

    def address_broken(self, lang: str) -> str:
        """An OCR'd street over a line break: 'Paterswold-\\nseweg 77' or 'Dijkgraaf\\nBosmanstraat 4'."""
        street = self.rng.choice([s for s in STREETS["nl"] if len(s) > 9])
        if " " in street:
            cut = street.index(" ")
            return f"{street[:cut]}\n{street[cut + 1 :]} {self._house()}"
        cut = _hyphen_point(street)
        return f"{street[:cut]}-\n{street[cut:]} {self._house()}"
