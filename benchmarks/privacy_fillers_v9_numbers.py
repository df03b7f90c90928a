"""Postcodes, addresses, card numbers, dates of birth, number plates and customer numbers of the `test_v9` split
(`FillersV9` in `privacy_fillers_v9` adds names, e-mail, phone, IBAN and BSN on top of this class).

Formats are the split's own: Dutch postcodes with an "NL-" prefix or a hyphen, postcodes read out letter by
letter or with the Dutch spelling alphabet, Belgian, German and British postcodes; house numbers with "-bis",
"hs", "2 hoog", "17A-2" and Belgian "bus" additions; Maestro, Diners, Discover and JCB numbers next to Visa,
Mastercard and Amex; dates of birth with Roman months, passport capitals, eight digits, ordinals and a year of
two digits, and said aloud; Dutch plates of sidecodes 11 to 18 and plates from Belgium, Germany, France, the
UK, Poland, Turkey, Switzerland and Luxembourg; customer numbers with dots, slashes, check letters and hashes."""

from __future__ import annotations

import string

from benchmarks.privacy_fillers import Fillers, _group, _luhn_complete
from benchmarks.privacy_fillers_v9_pools import MONTHS, ROMAN, en_number, en_ordinal, nl_number, nl_ordinal

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
NL_MONTH_ABBR = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"
SPELLING = {
    "A": "Anton", "B": "Bernard", "C": "Cornelis", "E": "Eduard", "G": "Gerard", "H": "Hendrik", "J": "Johan",
    "K": "Karel", "L": "Lodewijk", "M": "Maria", "N": "Nico", "P": "Pieter", "R": "Rudolf", "T": "Teunis",
    "V": "Victor", "W": "Willem", "X": "Xanthippe", "Z": "Zaandam",
}  # fmt: skip


class FillersV9Numbers(Fillers):
    """Fill methods for the number-like types; helpers `digits`, `letters` and `one_of` are shared."""

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def letters(self, count: int, alphabet: str = string.ascii_uppercase) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    def one_of(self, *options: str) -> str:
        return self.rng.choice(options)

    # POSTCODE
    def _nl_postcode(self) -> tuple[int, str]:
        while True:
            number, letters = self.rng.randint(1011, 9999), self.letters(2, POSTCODE_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return number, letters

    def postcode(self, lang: str) -> str:
        number, letters = self._nl_postcode()
        return self.one_of(
            f"{number} {letters}",
            f"{number} {letters}",
            f"{number}{letters}",
            f"{number} {letters.lower()}",
            f"{number}-{letters}",
            f"NL-{number} {letters}",
            f"{number}{letters[0]}{letters[1].lower()}",
        )

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._nl_postcode()
        if lang == "en":
            return f"{' '.join(str(number))} {letters[0]} {letters[1]}"
        head, tail = divmod(number, 100)
        return self.one_of(
            f"{' '.join(str(number))} {letters[0]} {letters[1]}",
            f"{nl_number(head)} {nl_number(tail)} {letters[0].lower()} {letters[1].lower()}",
            f"{number}, {letters[0]} van {SPELLING[letters[0]]}, {letters[1]} van {SPELLING[letters[1]]}",
        )

    def postcode_be(self, lang: str) -> str:
        code = self.one_of("3700", "1500", "9700", "9230", "3580", "9990", "8820", "1700", "2400", "3945")
        return self.one_of(code, code, f"B-{code}")

    def postcode_de(self, lang: str) -> str:
        code = self.one_of("47533", "46446", "52062", "48599", "48529", "46399", "47551", "52074")
        return self.one_of(code, code, f"D-{code}")

    def postcode_uk(self, lang: str) -> str:
        inward = f"{self.rng.randint(0, 9)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return self.one_of(f"{self.pick('uk_outward')} {inward}", f"{self.pick('uk_outward')}{inward}")

    # ADDRESS
    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        addition = self.one_of(
            "", "", "", "-bis", " bis", " hs", " 2 hoog", f"{self.one_of('A', 'B', 'C')}-{self.rng.randint(1, 4)}",
            "B", "-III", f"-{self.rng.randint(1, 40):02d}", " zw",
        )  # fmt: skip
        return f"{self.pick('street_nl')} {number}{addition}"

    def address_lower(self, lang: str) -> str:
        return self.address(lang).lower()

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 190)
        addition = self.one_of(
            "", "", f" bus {self.rng.randint(1, 30)}", f"/{self.digits(4)}", "b", f" bus {self.digits(3)}"
        )
        return f"{self.pick('street_be')} {number}{addition}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 120)}{self.one_of('', '', 'a', 'b')}"

    def address_en(self, lang: str) -> str:
        number, street = self.rng.randint(1, 140), self.pick("street_en")
        return self.one_of(
            f"{number} {street}",
            f"{number}A {street}",
            f"Flat {self.rng.randint(1, 9)}{self.one_of('', 'B', 'C')}, {number} {street}",
            f"Apartment {self.rng.randint(2, 30)}, {number} {street}",
        )

    # CARD
    def card(self, lang: str) -> str:
        kind = self.one_of("visa", "visa", "master", "master2", "amex", "maestro", "diners", "discover", "jcb")
        if kind == "amex":
            number = _luhn_complete(self.one_of("34", "37") + self.digits(12))
            return self.one_of(_group(number, [4, 6, 5]), number, _group(number, [4, 6, 5], "-"))
        if kind == "diners":
            number = _luhn_complete("36" + self.digits(11))
            return self.one_of(_group(number, [4, 6, 4]), number)
        if kind == "maestro":
            number = _luhn_complete(self.one_of("6759", "6761", "5018") + self.digits(14))
            return self.one_of(_group(number, [4, 4, 4, 4, 3]), number)
        prefix = {"visa": "4", "master": str(self.rng.randint(51, 55)), "master2": str(self.rng.randint(2221, 2720))}
        prefix |= {"discover": "6011", "jcb": str(self.rng.randint(3528, 3589))}
        number = _luhn_complete(prefix[kind] + self.digits(15 - len(prefix[kind])))
        return self.one_of(
            _group(number, [4, 4, 4, 4]),
            _group(number, [4, 4, 4, 4]),
            number,
            _group(number, [4, 4, 4, 4], "-"),
            _group(number, [4, 4, 4, 4], "  "),
            _group(number, [8, 8]),
        )

    def card_spoken(self, lang: str) -> str:
        number = _luhn_complete("4" + self.digits(14))
        words = ("nul een twee drie vier vijf zes zeven acht negen" if lang == "nl" else
                 "zero one two three four five six seven eight nine").split()  # fmt: skip
        groups = [" ".join(words[int(char)] for char in number[i : i + 4]) for i in range(0, 16, 4)]
        return self.one_of(", ".join(groups), " ".join(groups))

    # DOB
    def _date(self, low: int = 1936, high: int = 2009) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def dob(self, lang: str) -> str:
        return self._dob(lang, *self._date())

    def dob_elder(self, lang: str) -> str:
        """A parent's or grandparent's date of birth, in the same formats."""
        return self._dob(lang, *self._date(1926, 1962))

    def _dob(self, lang: str, day: int, month: int, year: int) -> str:
        name = MONTHS[lang][month - 1]
        short = str(year)[2:]
        if lang == "en":
            return self.one_of(
                f"{day} {name} {year}",
                f"{name} {day}, {year}",
                f"{name} {en_ordinal_suffix(day)} {year}",
                f"{en_ordinal_suffix(day)} {name} {year}",
                f"{day:02d}/{month:02d}/{year}",
                f"{month:02d}/{day:02d}/{year}",
                f"{day} {name[:3]} {short}",
                f"{year}-{month:02d}-{day:02d}",
            )
        abbr = NL_MONTH_ABBR[month - 1]
        return self.one_of(
            f"{day}-{month}-{year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}/{month}/'{short}",
            f"{day} {name} {year}",
            f"{day} {abbr}{'' if abbr == 'mei' else '.'} {year}",
            f"{day:02d} {abbr.upper()} {year}",
            f"{day}.{ROMAN[month - 1]}.{year}",
            f"{day:02d}{month:02d}{year}",
            f"{day}e {name} {year}",
            f"{day} {name} '{short}",
        )

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._date(1936, 2004)
        if lang == "en":
            year_words = (
                f"nineteen {en_number(year % 100)}" if year < 2000 else f"two thousand and {en_number(year % 100)}"
            )
            return self.one_of(
                f"the {en_ordinal(day)} of {MONTHS['en'][month - 1]} {year_words}",
                f"{MONTHS['en'][month - 1]} the {en_ordinal(day)}, {year_words}",
                f"{en_number(day)} {en_number(month)} {en_number(year % 100)}",
            )
        year_words = (
            self.one_of(f"negentien{nl_number(year % 100)}", f"negentienhonderd{nl_number(year % 100)}")
            if year < 2000
            else f"tweeduizend{nl_number(year % 100)}"
        )
        return self.one_of(
            f"{nl_number(day)} {MONTHS['nl'][month - 1]} {year_words}",
            f"{nl_number(day)} {nl_number(month)} {nl_number(year % 100)}",
        )

    def dob_ordinal(self, lang: str) -> str:
        """For after 'op de' / 'on the': 'zesde maart 1978', '3de maart 1978', 'sixth of March 1978'."""
        day, month, year = self._date()
        if lang == "en":
            return self.one_of(
                f"{en_ordinal(day)} of {MONTHS['en'][month - 1]} {year}",
                f"{en_ordinal_suffix(day)} of {MONTHS['en'][month - 1]} {year}",
            )
        suffix = "ste" if day in (1, 8) or day >= 20 else "de"
        return self.one_of(
            f"{nl_ordinal(day)} {MONTHS['nl'][month - 1]} {year}", f"{day}{suffix} {MONTHS['nl'][month - 1]} {year}"
        )

    # PLATE
    def plate(self, lang: str) -> str:
        code = self.one_of(
            "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"
        )
        plate = "".join(
            self.rng.choice(PLATE_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c for c in code
        )
        return self.one_of(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_foreign(self, lang: str) -> str:
        consonants = "ABCDEFGHJKLMNPRSTVWXYZ"
        be = f"{self.rng.randint(1, 2)}-{self.letters(3, consonants)}-{self.digits(3)}"
        area = self.one_of("KLE", "AC", "BOR", "MS", "D", "K", "DO")
        de_letters = self.letters(self.rng.randint(1, 2), consonants)
        de = f"{area}-{de_letters} {self.rng.randint(1, 9999)}{self.one_of('', '', 'E')}"
        fr = f"{self.letters(2, consonants)}-{self.digits(3)}-{self.letters(2, consonants)}"
        uk = f"{self.letters(2, consonants)}{self.digits(2)} {self.letters(3, consonants)}"
        pl = f"{self.one_of('WA', 'PO', 'KR', 'GD')} {self.digits(5)}"
        tr = (
            f"{self.one_of('34', '06', '35', '16')} {self.letters(self.rng.randint(1, 3), consonants)} {self.digits(3)}"
        )
        ch = f"{self.one_of('ZH', 'BE', 'VD', 'GE')} {self.rng.randint(10000, 999999)}"
        lu = f"{self.letters(2, consonants)} {self.digits(4)}"
        return self.one_of(be, be, de, de, fr, uk, pl, tr, ch, lu)

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str) -> str:
        return self.one_of(
            f"K-{self.digits(4)}-{self.digits(4)}-{self.rng.randint(1, 9)}",
            f"{self.rng.randint(100, 999)}.{self.digits(3)}.{self.digits(3)}",
            f"C00{self.digits(8)}",
            f"{self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(3)}",
            f"KN/{self.digits(4)}/{self.digits(4)}",
            f"#{self.rng.randint(1, 9)}{self.digits(7)}",
            f"{self.rng.randint(1, 9)}{self.digits(6)}{self.letters(1, 'ABCDEFGHKLMNPRTX')}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self.one_of(
            f"31{self.digits(9)}", f"VC-{self.digits(3)} {self.digits(3)} {self.digits(2)}", f"CTR{self.digits(7)}"
        )

    def customer_number_member(self, lang: str) -> str:
        return self.one_of(
            f"L-{self.digits(8)}", f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}", f"M{self.digits(6)}"
        )

    def customer_number_patient(self, lang: str) -> str:
        return self.one_of(
            f"PT {self.digits(3)} {self.digits(3)} {self.digits(2)}", f"{self.digits(7)}-{self.rng.randint(0, 9)}"
        )

    def customer_number_policy(self, lang: str) -> str:
        return self.one_of(
            f"PL/{self.digits(2)}/{self.digits(7)}", f"{self.digits(4)}-{self.digits(4)}-{self.rng.randint(0, 9)}"
        )

    def customer_number_tenant(self, lang: str) -> str:
        return self.one_of(f"H{self.digits(7)}", f"{self.digits(2)}.{self.digits(2)}.{self.digits(2)}.{self.digits(2)}")

    def customer_number_subscriber(self, lang: str) -> str:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return self.one_of(f"{self.letters(4, alphabet)}-{self.letters(4, alphabet)}", f"AB{self.digits(9)}")


def en_ordinal_suffix(day: int) -> str:
    """3 -> 3rd, 22 -> 22nd, 11 -> 11th."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"
