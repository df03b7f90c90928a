"""Fillers of the held-out split test_v58 (seed 283): customers of pharmacies, medical-aid suppliers, health
insurers, physiotherapists, schools and universities, sports clubs, taxi, removal, locksmith and alarm firms
and VvE property managers, from Dutch, Flemish, Caribbean, African, Asian and European backgrounds."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v58_pools  # noqa: F401  (registers POOLS["test_v58"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v58_numbers import (
    MONTHS,
    digits,
    eleven_test_bsn,
    luhn_number,
    mod97_iban,
    number_in_words_nl,
    say_digits,
    split_up,
)

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_PLATE_SHAPES = ("LL-NN-NN", "NN-LL-NN", "NN-NN-LL", "LL-NN-LL", "NN-LLL-N", "N-LLL-NN", "LL-NNN-L",
                 "L-NNN-LL", "LLL-NN-L", "L-NN-LLL", "N-LL-NNN", "NNN-LL-N")  # fmt: skip


def _plain(text: str) -> str:
    """Mailbox spelling: lower case without accents ('Trần' -> 'tran', 'Kamińska' -> 'kaminska')."""
    text = text.lower().replace("ł", "l").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_PREFIXES = ("van der ", "van ", "de ", "dos ", "el ", "al-", "el-")


class FillersV58(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTVWXZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        initials = "".join(f"{c}." for c in self.rng.sample("ABCDEGHIJKLMNPRSTW", self.rng.randint(1, 3)))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_register(self, lang: str) -> str:
        """Surname first, as in pharmacy and school lists: 'Haasnoot, Teuntje' or 'SUBRAMANIAM K.'."""
        surname, first = self.pick("surname"), self.pick("first")
        return self._one(f"{surname}, {first}", f"{surname.upper()} {first[0]}.", f"{surname} ({first})")

    # ---- e-mail
    def _box(self) -> tuple[str, str]:
        first = _plain(self.pick("first")).replace(" ", "")
        last = _plain(self.pick("surname"))
        for prefix in _PREFIXES:
            last = last.removeprefix(prefix) if self.rng.random() < 0.5 else last
        last = last.replace(" ", "").replace("'", "")
        box = self._one(
            f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}{self.rng.randint(70, 99)}",
            f"{first}_{last}{self.rng.randint(1, 9)}", f"fam.{last}", f"{last}-{first}", f"mama.{first}",
        )  # fmt: skip
        return box, self.pick("domain")

    def email(self, lang: str) -> str:
        box, domain = self._box()
        return f"{box}@{domain}"

    def email_obfuscated(self, lang: str) -> str:
        box, domain = self._box()
        name, _, tld = domain.rpartition(".")
        return self._one(f"{box} at {name} punt {tld}", f"{box}[at]{domain}", f"{box} (a) {name}.{tld}")

    def email_spoken(self, lang: str) -> str:
        box, domain = self._box()
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        said = f"{box} {at} {domain}".replace(".", f" {dot} ")
        return said.replace("_", " underscore ").replace("-", " streepje " if lang == "nl" else " hyphen ")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("071", "033", "0522", "077", "045", "0223", "014", "09")
        land = digits(self.rng, 9 - len(area) if area in ("014", "09") else 10 - len(area), str(self.rng.randint(2, 9)))
        if area in ("014", "09"):  # Flemish landlines: nine digits in all
            return f"{area} {split_up(land, (2, 2, 2) if area == '014' else (3, 2, 2))}"
        return self._one(
            f"06{rest}", f"06-{split_up(rest, (4, 4), '')}", f"06 {split_up(rest, (3, 3, 2))}",
            f"+31 6 {split_up(rest, (2, 3, 3))}", f"+31(0)6-{rest}", f"06/{split_up(rest, (2, 2, 2, 2), '.')}",
            f"{area}-{land}", f"({area}) {land}", f"+31 {area[1:]} {land}", f"{area} {split_up(land, (3, 3))}",
        )  # fmt: skip

    def phone_abroad(self, lang: str) -> str:
        return self._one(
            f"+32 4{digits(self.rng, 2)} {split_up(digits(self.rng, 6), (2, 2, 2))}",
            f"0032 47{digits(self.rng, 1)}/{digits(self.rng, 6)}",
            f"+597 {digits(self.rng, 3, '8')}-{digits(self.rng, 4)}",
            f"+297 {digits(self.rng, 3, '56')} {digits(self.rng, 4)}",
            f"+1 (721) 5{digits(self.rng, 2)}-{digits(self.rng, 4)}",
            f"+44 7{digits(self.rng, 3)} {digits(self.rng, 6)}",
            f"+48 {split_up(digits(self.rng, 9, '5'), (3, 3, 3))}",
            f"+90 5{digits(self.rng, 2)} {split_up(digits(self.rng, 7), (3, 2, 2))}",
        )

    def phone_spoken(self, lang: str) -> str:
        return say_digits("06" + digits(self.rng, 8), lang, self.rng)

    # ---- bank
    def _nl_iban(self) -> str:
        return mod97_iban("NL", self.pick("bank") + digits(self.rng, 10))

    def _be_iban(self) -> str:
        first_ten = self.pick("bank_be") + digits(self.rng, 7)
        check = int(first_ten) % 97 or 97
        return mod97_iban("BE", f"{first_ten}{check:02d}")

    def iban(self, lang: str) -> str:
        iban = self._be_iban() if self.rng.random() < 0.2 else self._nl_iban()
        return self._one(
            iban, split_up(iban, (4,) * 5), split_up(iban, (4,) * 5).lower(), iban.lower(),
            split_up(iban, (2, 2, 4, 10)), split_up(iban, (4,) * 5, "-"),
        )  # fmt: skip

    def iban_spoken(self, lang: str) -> str:
        iban = self._nl_iban()
        words = " ".join(iban[:2]) + " " + say_digits(iban[2:4], lang, self.rng)
        return f"{words} {' '.join(iban[4:8])} {say_digits(iban[8:], lang, self.rng)}"

    # ---- BSN
    def bsn(self, lang: str) -> str:
        number = eleven_test_bsn(self.rng)
        return self._one(
            number, split_up(number, (3, 3, 3)), split_up(number, (4, 2, 3), "."), split_up(number, (3, 3, 3), "-"),
            split_up(number, (2, 3, 4)),
        )  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(eleven_test_bsn(self.rng), lang, self.rng)

    # ---- postcode and address
    def postcode(self, lang: str) -> str:
        number, letters = self.rng.randint(1011, 9999), self._letters(2, "ABCDEGHJKLMNPRSTVWXZ")
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number}{letters.lower()}", f"{number}-{letters}",
            f"{number}  {letters}", f"{number} {letters.lower()}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9999)), self._letters(2, "ABDEGHKLMNPRSTVWZ")
        said = " ".join(SAID_WORDS[lang][int(c)] for c in number)
        return f"{said} {' '.join(letters)}" if self.rng.random() < 0.5 else f"{number} {' '.join(letters)}"

    def address(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.5:
            return f"{self.rng.randint(2, 180)} {self.pick('street_uk')}"
        number = str(self.rng.randint(1, 260))
        extra = self._one("", "", "", "a", "-B", " 2-hoog", " bis", "-14", " rd")
        return f"{self.pick('street')} {number}{extra}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 140)}{self._one('', ' bus 3', ' bus 12', '/0101')}"

    def address_lower(self, lang: str) -> str:
        return self.address("nl").lower()

    # ---- card
    def card(self, lang: str) -> str:
        kind = self.rng.random()
        if kind < 0.2:
            amex = luhn_number(self._one("34", "37"), 15, self.rng)
            return split_up(amex, (4, 6, 5))
        number = luhn_number(self._one("4", "51", "53", "2221", "4917"), 16, self.rng)
        return self._one(
            number, split_up(number, (4,) * 4), split_up(number, (4,) * 4, "-"), split_up(number, (4,) * 4, ".")
        )

    # ---- dates of birth
    def _birth(self, young: bool = False) -> tuple[int, int, int]:
        year = self.rng.randint(2008, 2019) if young else self.rng.randint(1931, 2004)
        return self.rng.randint(1, 28), self.rng.randint(1, 12), year

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS[lang][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}", f"{day}.{month:02d}.{year}", f"{year}{month:02d}{day:02d}",
            f"{day} {name[:3].lower()}. {year}", f"{day:02d}-{month:02d}-'{str(year)[2:]}",
        )  # fmt: skip

    def dob_child(self, lang: str) -> str:
        day, month, year = self._birth(young=True)
        return self._one(
            f"{day}-{month}-{year}", f"{day:02d}.{month:02d}.{year}", f"{day} {MONTHS[lang][month - 1]} {year}"
        )

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            return f"the {day}{'th' if day > 3 else ('st', 'nd', 'rd')[day - 1]} of {MONTHS['en'][month - 1]} {year}"
        century, rest = divmod(year, 100)
        said_year = f"negentien {number_in_words_nl(rest)}" if century == 19 else "tweeduizend"
        if century == 20 and rest:
            said_year += f" {number_in_words_nl(rest)}"
        return f"{number_in_words_nl(day)} {MONTHS['nl'][month - 1]} {said_year}"

    # ---- plates
    def plate(self, lang: str) -> str:
        if self.rng.random() < 0.15:  # Belgian: 1-ABC-234
            plate = f"{self.rng.randint(1, 2)}-{self._letters(3)}-{digits(self.rng, 3)}"
        else:
            shape = self.rng.choice(_PLATE_SHAPES)
            plate = "".join(
                self.rng.choice(_PLATE_LETTERS) if c == "L" else str(self.rng.randrange(10)) if c == "N" else c
                for c in shape
            )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    # ---- customer numbers
    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            f"P{digits(self.rng, 7)}", f"{digits(self.rng, 6, '4')}", f"APO-{digits(self.rng, 5)}-{self._letters(1)}"
        )

    def customer_number_insurer(self, lang: str) -> str:
        return self._one(digits(self.rng, 9, "1"), f"{split_up(digits(self.rng, 9, '2'), (3, 3, 3), '.')}",
                         f"REL{digits(self.rng, 8)}")  # fmt: skip

    def customer_number_student(self, lang: str) -> str:
        return self._one(
            f"s{digits(self.rng, 7, '2')}", digits(self.rng, 7, "1"), f"{digits(self.rng, 6)}{self._letters(2)}"
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(f"{self._letters(4)}{digits(self.rng, 2)}{self._letters(1)}", f"LID-{digits(self.rng, 5)}")

    def customer_number_client(self, lang: str) -> str:
        return self._one(f"VVE{digits(self.rng, 4)}-{digits(self.rng, 3)}", f"K{digits(self.rng, 6)}",
                         f"{digits(self.rng, 2)}/{digits(self.rng, 5)}")  # fmt: skip


SAID_WORDS = {
    "nl": "nul één twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
