"""Postcodes, addresses, card numbers, dates of birth, number plates and customer numbers of the `test_v11` split
(`FillersV11` in `privacy_fillers_v11` adds names, e-mail, phone, IBAN and BSN on top of this class).

Written by someone who never saw the redaction rules. Formats: postcodes of the region a template names
(Friesland 84xx-92xx, Limburg 59xx-64xx, Brabant 46xx-57xx), as typed and as an IVR engine writes them ('acht
zes nul een gee kaa'), Flemish and British ones; streets with Dutch additions ('-hs', ' II', '-3'), Frisian,
Limburg and Brabant streets, Flemish 'bus' numbers, Curaçao 'Kaya' streets; Visa, Mastercard (51-55 and 2-series)
and Amex, typed, read out with mishearings, and split over two turns; dates of birth with a two-digit year,
'mrt.', an apostrophe year, and said aloud; Dutch plates of the current and older sidecodes, German border plates
(Kleve, Aachen, Heinsberg, Borken) and Belgian ones; loyalty-card numbers (13 digits with an EAN check digit),
frequent-flyer, telecom, tenant, policy and debtor numbers. A value split over two turns or lines is two spans."""

from __future__ import annotations

import calendar

from benchmarks.privacy_fillers import Fillers, _group, _luhn_complete
from benchmarks.privacy_fillers_v11_speech import (
    MONTHS_EN,
    MONTHS_NL,
    asr_digits,
    asr_pairs,
    en_words,
    en_year,
    letters_said,
    nl_words,
    nl_year,
)

POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
REGIONS = {
    "nl": [(1000, 3999), (7000, 8299), (9300, 9999)],
    "fy": [(8401, 9299)],
    "li": [(5901, 6499)],
    "bb": [(4600, 4899), (5000, 5799)],
}
UK_OUTWARD = "LS6 BS3 EH7 CF24 M20 NE6 G12 BT9 NG7 YO10 SO17 L18".split()


class FillersV11Numbers(Fillers):
    """Fill methods for the number-like types and the helpers the split shares (`digits`, `one_of`, `_rest`)."""

    _rest = ""  # the second half of a value split over two turns, kept for the slot that follows

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options: str) -> str:
        return self.rng.choice(options)

    def _split(self, first: str, rest: str) -> str:
        self._rest = rest
        return first

    def _take_rest(self) -> str:
        rest, self._rest = self._rest, ""
        return rest

    # POSTCODE
    def _postcode(self, region: str) -> tuple[str, str]:
        low, high = self.rng.choice(REGIONS[region])
        while True:
            letters = "".join(self.rng.choice(POSTCODE_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(low, high)), letters

    def _postcode_typed(self, region: str) -> str:
        number, letters = self._postcode(region)
        return self.one_of(
            f"{number} {letters}", f"{number} {letters}", f"{number} {letters}", f"{number}{letters}",
            f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}",
        )  # fmt: skip

    def postcode(self, lang: str) -> str:
        return self._postcode_typed(self.one_of("nl", "nl", "fy", "li", "bb"))

    def postcode_fy(self, lang: str) -> str:
        return self._postcode_typed("fy")

    def postcode_li(self, lang: str) -> str:
        return self._postcode_typed("li")

    def postcode_bb(self, lang: str) -> str:
        return self._postcode_typed("bb")

    def postcode_words(self, lang: str) -> str:
        number, letters = self._postcode(self.one_of("nl", "fy", "li", "bb"))
        if lang == "en":
            return f"{asr_digits(number, 'en', self.rng)} {letters_said(letters, 'en')}"
        said = asr_digits(number, "nl", self.rng) if self.rng.random() < 0.6 else asr_pairs(number, self.rng)
        return f"{said} {letters_said(letters, 'nl') if self.rng.random() < 0.7 else letters.lower()}"

    def postcode_be(self, lang: str) -> str:
        return str(self.rng.choice([self.rng.randint(1500, 3999), self.rng.randint(8000, 9999)]))

    def postcode_uk(self, lang: str) -> str:
        inward = str(self.rng.randint(1, 9)) + "".join(self.rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return f"{self.rng.choice(UK_OUTWARD)} {inward}"

    # ADDRESS
    def _house(self) -> str:
        number = str(self.rng.randint(1, 240))
        return number + self.one_of(
            "", "", "", "", "", "", "", "A", "a", "-B", " c", "-1", "-3", " I", " II", "-hs", "-zw", " rood"
        )

    def address(self, lang: str) -> str:
        key = self.one_of("street_nl", "street_nl", "street_fy", "street_li", "street_bb")
        return f"{self.pick(key)} {self._house()}"

    def address_fy(self, lang: str) -> str:
        return f"{self.pick('street_fy')} {self._house()}"

    def address_li(self, lang: str) -> str:
        return f"{self.pick('street_li')} {self._house()}"

    def address_bb(self, lang: str) -> str:
        return f"{self.pick('street_bb')} {self._house()}"

    def address_lower(self, lang: str) -> str:
        return self.address(lang).lower()

    def address_words(self, lang: str) -> str:
        street = self.pick(self.one_of("street_nl", "street_fy", "street_li", "street_bb")).lower()
        number = self.rng.randint(1, 99)
        said = en_words(number) if lang == "en" else nl_words(number, split=self.rng.random() < 0.4)
        letter = self.one_of("", "", "", " aa" if lang == "nl" else " ay", " bee")
        return f"{street} {said}{letter}"

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 190)
        return self.one_of(
            f"{self.pick('street_be')} {number}",
            f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 14)}",
            f"{self.pick('street_be')} {number}/{self.rng.randint(1, 9)}",
        )

    def address_cw(self, lang: str) -> str:
        return f"{self.pick('street_cw')} {self.rng.randint(1, 120)}"

    def address_en(self, lang: str) -> str:
        return f"{self.rng.randint(1, 140)} {self.pick('street_en')}"

    # CARD
    def _card(self) -> str:
        kind = self.one_of("visa", "visa", "visa", "visa", "mc", "mc", "mc2", "amex")
        if kind == "amex":
            return _luhn_complete(self.one_of("34", "37") + self.digits(12))
        prefix = {"visa": "4", "mc": str(self.rng.randint(51, 55)), "mc2": str(self.rng.randint(2221, 2720))}[kind]
        return _luhn_complete(prefix + self.digits(15 - len(prefix)))

    def card(self, lang: str) -> str:
        number = self._card()
        if len(number) == 15:
            return self.one_of(_group(number, [4, 6, 5]), number)
        return self.one_of(
            _group(number, [4, 4, 4, 4]), _group(number, [4, 4, 4, 4]), _group(number, [4, 4, 4, 4]), number,
            _group(number, [4, 4, 4, 4], "-"), _group(number, [4, 4, 4, 4], "  "),
        )  # fmt: skip

    def card_words(self, lang: str) -> str:
        prefix = self.one_of("4", "4", "53", "55")
        number = _luhn_complete(prefix + self.digits(15 - len(prefix)))
        groups = [asr_digits(number[i : i + 4], lang, self.rng) for i in range(0, 16, 4)]
        return self.one_of(" ".join(groups), ", ".join(groups))

    def card_split_a(self, lang: str) -> str:
        number = _luhn_complete("4" + self.digits(14))
        return self._split(_group(number[:8], [4, 4]), _group(number[8:], [4, 4]))

    def card_split_b(self, lang: str) -> str:
        return self._take_rest()

    # DOB
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        year, month = self.rng.randint(low, high), self.rng.randint(1, 12)
        return self.rng.randint(1, calendar.monthrange(year, month)[1]), month, year

    def _dob_typed(self, lang: str, day: int, month: int, year: int) -> str:
        if lang == "en":
            name = MONTHS_EN[month - 1]
            return self.one_of(
                f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year}", f"{day:02d}/{month:02d}/{year}",
                f"{name} {day}, {year}", f"{day:02d}-{name[:3]}-{year}", f"{day} {name[:3]} {year}",
            )  # fmt: skip
        name = MONTHS_NL[month - 1]
        short = {3: "mrt", 6: "jun", 7: "jul"}.get(month, name[:3])
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day:02d}-{month:02d}-{year}", f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}", f"{day} {name} {year}", f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year}",
            f"{day:02d}-{month:02d}-{year % 100:02d}", f"{day} {short}. {year}", f"{day} {name} '{year % 100:02d}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob_typed(lang, *self._date(1936, 2006))

    def dob_child(self, lang: str) -> str:
        return self._dob_typed(lang, *self._date(2010, 2024))

    def dob_young(self, lang: str) -> str:
        return self._dob_typed(lang, *self._date(1997, 2006))

    def dob_elder(self, lang: str) -> str:
        return self._dob_typed(lang, *self._date(1926, 1950))

    def dob_words(self, lang: str) -> str:
        day, month, year = self._date(1938, 2005)
        if lang == "en":
            return self.one_of(
                f"{en_words(day)} {MONTHS_EN[month - 1].lower()} {en_year(year)}",
                f"{asr_digits(f'{day:02d}{month:02d}', 'en', self.rng)} {en_year(year)}",
            )
        split = self.rng.random() < 0.5
        short = nl_words(year % 100, split) if year % 100 >= 10 else f"nul {nl_words(year % 100)}"
        return self.one_of(
            f"{nl_words(day, split)} {MONTHS_NL[month - 1]} {nl_year(year, split)}",
            f"{nl_words(day, split)} {nl_words(month)} {short}",
            f"{asr_digits(f'{day:02d}{month:02d}', 'nl', self.rng)} {nl_year(year, split)}",
        )

    # PLATE
    def _plate(self, code: str) -> str:
        plate = "".join(
            self.rng.choice(PLATE_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c for c in code
        )
        return str(self.rng.randint(1, 9)) + plate[1:] if plate[0] == "0" else plate

    def _nl_plate(self) -> str:
        return self._plate(
            self.one_of("D-LL-DDD", "DDD-LL-D", "D-LL-DDD", "LLL-DD-L", "L-DD-LLL", "LL-DDD-L", "L-DDD-LL",
                        "DD-LLL-D", "D-LLL-DD", "LL-LL-DD", "LL-DD-LL")
        )  # fmt: skip

    def plate(self, lang: str) -> str:
        plate = self._nl_plate()
        return self.one_of(plate, plate, plate, plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " "))

    def plate_words(self, lang: str) -> str:
        parts = self._nl_plate().split("-")
        said = [
            asr_digits(part, lang, self.rng, noise=0.1) if part.isdigit() else letters_said(part, lang)
            for part in parts
        ]
        return self.one_of(" ".join(said), ", ".join(said))

    def plate_de(self, lang: str) -> str:
        return f"{self.one_of('KLE', 'AC', 'HS', 'BOR', 'GEL', 'DN')}-{self._plate('LL')} {self.rng.randint(1, 9999)}"

    def plate_be(self, lang: str) -> str:
        plate = f"{self.rng.randint(1, 2)}-{self._plate('LLL')}-{self.digits(3)}"
        return self.one_of(plate, plate, plate.replace("-", ""))

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str) -> str:
        return self.one_of(
            f"3{self.digits(9)}", f"CN-{self.digits(3)} {self.digits(3)}", f"000{self.digits(6)}",
            f"{self.digits(4)}.{self.digits(3)}.{self.digits(3)}", f"{self.digits(8)}", f"K{self.digits(7)}",
        )  # fmt: skip

    def customer_number_loyalty(self, lang: str) -> str:
        body = "26" + self.digits(10)
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        number = body + str((10 - total % 10) % 10)
        return self.one_of(number, number, _group(number, [4, 4, 4, 1]), _group(number, [1, 6, 6]))

    def customer_number_ffp(self, lang: str) -> str:
        number = str(self.rng.randint(1, 9)) + self.digits(9)
        return self.one_of(number, number, _group(number, [4, 3, 3]))

    def customer_number_telecom(self, lang: str) -> str:
        return self.one_of(
            f"2{self.digits(8)}", f"T-{self.digits(8)}", f"{self.digits(3)} {self.digits(3)} {self.digits(3)}"
        )

    def customer_number_tenant(self, lang: str) -> str:
        return self.one_of(
            f"HN{self.digits(2)}-{self.digits(4)}", f"{self.digits(4)}.{self.digits(2)}.{self.digits(2)}"
        )

    def customer_number_policy(self, lang: str) -> str:
        return self.one_of(
            f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}-{self.digits(1)}", f"POL{self.digits(9)}",
            f"{self.digits(4)} {self.digits(4)} {self.digits(1)}",
        )  # fmt: skip

    def customer_number_debtor(self, lang: str) -> str:
        return self.one_of(f"DB{self.digits(7)}", f"{self.digits(6)}-{self.digits(1)}")

    def customer_number_words(self, lang: str) -> str:
        return asr_digits(self.one_of("3", "1", "2") + self.digits(self.rng.randint(6, 8)), lang, self.rng)

    def customer_number_split_a(self, lang: str) -> str:
        number = "3" + self.digits(9)
        return self._split(number[:5], number[5:])

    def customer_number_split_b(self, lang: str) -> str:
        return self._take_rest()
