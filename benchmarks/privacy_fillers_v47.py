"""Fillers of the held-out split test_v47 (seed 229): callers, parents, clients and members of transport,
taxi, municipal, youth care, school, sports club, vet, garden centre, kitchen and home service organisations.

Names stay within one background (Vietnamese family name first, Somali three-part names, Brazilian double
surnames); numbers carry valid check digits and come in many writings (grouped, compact, lower case, read out)."""

from __future__ import annotations

import benchmarks.privacy_fillers_v47_pools  # noqa: F401  (registers POOLS["test_v47"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v47_codes import CodesV47
from benchmarks.privacy_fillers_v47_contact import ContactV47, ascii_name
from benchmarks.privacy_fillers_v47_numbers import (
    MONTHS,
    day_ordinal,
    word_en,
    word_nl,
    year_words,
)
from benchmarks.privacy_fillers_v47_pools import GROUPS

_PARTICLES = ("van der", "van den", "van de", "van", "de", "den", "ten", "ter", "du", "dos", "da")


def _split_particle(surname: str) -> tuple[str, str]:
    for particle in _PARTICLES:
        if surname.startswith(particle + " "):
            return particle, surname[len(particle) + 1 :]
    return "", surname


class FillersV47(ContactV47, CodesV47, Fillers):
    """Every upper-case slot of the test_v47 templates has a method here, in `ContactV47` or in `CodesV47`."""

    def _background(self) -> str:
        names = list(GROUPS)
        return self.rng.choices(names, weights=[GROUPS[name][2] for name in names])[0]

    def _person(self, background: str = "") -> tuple[str, str, str]:
        background = background or self._background()
        given, surnames, _ = GROUPS[background]
        return background, self.rng.choice(given), self.rng.choice(surnames)

    def _initials(self, given: str) -> str:
        extra = self.rng.sample("ACEGHJMPTW", self.rng.choice((0, 0, 1, 2)))
        return "".join(f"{letter}." for letter in [given[0], *extra])

    # ---- names
    def _full(self, background: str = "") -> str:
        background, given, surname = self._person(background)
        if background == "vietnamese":
            return f"{surname} {self._one('Thị', 'Văn', 'Minh', 'Đức', 'Ngọc')} {given}"
        if background == "somali" and self.rng.random() < 0.6:  # given name, father's name, grandfather's name
            return f"{given} {self._one('Cabdi', 'Mahad', 'Liban', 'Xamse', 'Abdirahman', 'Axmed')} {surname}"
        if background == "brazilian" and self.rng.random() < 0.5:
            second = self.rng.choice([name for name in GROUPS["brazilian"][1] if name != surname])
            return f"{given} {second} {surname}"
        return f"{given} {surname}"

    def name_full(self, lang: str) -> str:
        return self._full()

    # A caller whose greeting or dialect shows a background gets a name from it.
    def name_pap(self, lang: str) -> str:
        return self._full("papiamento")

    def name_bos(self, lang: str) -> str:
        return self._full("bosnian")

    def name_pol(self, lang: str) -> str:
        return self._full("polish")

    def name_som(self, lang: str) -> str:
        return self._full("somali")

    def name_sud(self, lang: str) -> str:
        return self._full("sudanese")

    def name_vie(self, lang: str) -> str:
        return self._full("vietnamese")

    def name_tha(self, lang: str) -> str:
        return self._full("thai")

    def name_bra(self, lang: str) -> str:
        return self._full("brazilian")

    def name_afr(self, lang: str) -> str:
        return self._full("afrikaans")

    def name_fry(self, lang: str) -> str:
        return self._full("frisian")

    def name_lim(self, lang: str) -> str:
        return self._full("limburg")

    def name_vol(self, lang: str) -> str:
        return self._full("urk_volendam")

    def name_fle(self, lang: str) -> str:
        return self._full("flemish")

    def name_first(self, lang: str) -> str:
        return self._person()[1]

    def name_surname(self, lang: str) -> str:
        surname = self._person()[2]
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        _, given, surname = self._person()
        return f"{self._initials(given)} {surname}"

    def name_register(self, lang: str) -> str:
        """Surname first, as in member lists and exports: 'Leeuwen, W.J. van' or 'Hodžić, Amra'."""
        _, given, surname = self._person()
        particle, core = _split_particle(surname)
        first = self._one(self._initials(given), given)
        return f"{core}, {first} {particle}".rstrip()

    def name_upper(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.name_initials(lang)).upper()

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_married(self, lang: str) -> str:
        given = self._person()[1]
        surname = self._other_surname("")
        maiden = self._other_surname(surname)
        return self._one(f"{given} {surname}-{maiden}", f"{self._initials(given)} {surname}-{maiden}")

    def _other_surname(self, taken: str, local: bool = False) -> str:
        while True:
            background, _, surname = self._person()
            if local and background not in ("dutch", "urk_volendam", "limburg", "frisian", "flemish"):
                continue
            if surname != taken and "-" not in surname:
                return surname

    def name_spelled(self, lang: str) -> str:
        """A surname spelled letter by letter on the phone: 'K-O-F-F-E-M-A-N', 'van L E E U W E N'."""
        particle, core = _split_particle(self._person()[2])
        joiner = self._one("-", " ", ", ")
        spelled = joiner.join(char.upper() for char in core if char.isalpha())
        return f"{particle} {spelled}".strip()

    def name_child(self, lang: str) -> str:
        child = self.pick("child")
        if self.rng.random() < 0.4:
            return f"{child} {self._person()[2]}"
        return child

    def _elder(self, key: str) -> str:
        """Older Dutch, Frisian, Limburg and Flemish clients of Regiotaxi, Valys and the Wmo."""
        surname, given = self._other_surname("", local=True), self.pick(key)
        options = [f"{given} {surname}", f"{given[0]}. {surname}"]
        if key == "elder_f":  # married women often keep both names
            options.append(f"{given} {surname}-{self._other_surname(surname, local=True)}")
        return self.rng.choice(options)

    def name_elder(self, lang: str) -> str:
        return self._elder(self._one("elder_f", "elder_m"))

    def name_elder_f(self, lang: str) -> str:
        return self._elder("elder_f")

    def name_elder_m(self, lang: str) -> str:
        return self._elder("elder_m")

    def name_mention(self, lang: str) -> str:
        """A colleague's handle after '@' in Teams or Slack."""
        _, given, surname = self._person()
        return self._one(
            f"{given} {surname}", f"{ascii_name(given).lower()}.{ascii_name(surname).lower()}", f"{given} {surname[0]}."
        )

    # ---- dates of birth
    def _date(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    def _numeric_date(self, day: int, month: int, year: int) -> str:
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}{month:02d}{year}",
            f"{day}-{month}-'{str(year)[2:]}",
        )

    def dob(self, lang: str) -> str:
        return self._numeric_date(*self._date(1944, 2006))

    def dob_child(self, lang: str) -> str:
        return self._numeric_date(*self._date(2008, 2022))

    def dob_elder(self, lang: str) -> str:
        day, month, year = self._date(1928, 1952)
        return self._one(self._numeric_date(day, month, year), f"{day} {MONTHS['nl'][month - 1]} {year}")

    def dob_words(self, lang: str) -> str:
        day, month, year = self._date(1940, 2012)
        name = MONTHS[lang][month - 1]
        if lang == "en":
            ordinal = day_ordinal(day, "en")
            return self._one(f"{name} {ordinal}, {year}", f"{ordinal} of {name} {year}", f"{day} {name[:3]} {year}")
        return self._one(f"{day} {name} {year}", f"{day} {name[:3]}. {year}", f"{day_ordinal(day, 'nl')} {name} {year}")

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._date(1936, 2010)
        if lang == "en":
            return f"{MONTHS['en'][month - 1]} {word_en(day)}, {year_words(year, 'en')}"
        return f"{word_nl(day)} {MONTHS['nl'][month - 1]} {year_words(year, 'nl')}"
