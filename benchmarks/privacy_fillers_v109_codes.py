"""Cards, number plates, postcodes, addresses, dates of birth and patient, berth, contract, tenant, pharmacy,
member, booking, child-care, lottery and shop customer numbers of the held-out split test_v109."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.privacy_fillers_v109_numbers import ORDINALS_EN, chunk, dutch_pair, heard, luhn_card, nums, year_words

_MAAND = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTH = "January February March April May June July August September October November December".split()
_MRT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_NL_SHAPES = ("99-AA-99", "99-AAA-9", "9-AAA-99", "AA-999-A", "A-999-AA", "AAA-99-A", "A-99-AAA", "9-AA-999")
_SC_OUTWARD = ("EH6", "EH11", "G12", "G41", "AB10", "AB25", "DD1", "IV2", "KY16", "PA20", "FK8", "HS1")
_NG_PINS = ("100001", "101241", "101233", "900108", "400102", "200285", "500001")


class CodesV109:
    """Mixed into `FillersV109`: CARD, PLATE*, POSTCODE*, ADDRESS*, DOB* and the CUSTOMER_NUMBER_* slots."""

    pick: Callable[[str], str]
    rng: random.Random

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int, alphabet: str = _CAPS) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- payment cards (Visa, Mastercard, Amex, Maestro)
    def card(self, lang: str) -> str:
        visa = luhn_card("4", 16, self.rng)
        master = luhn_card(self._any("51", "53", "55", "2223", "2720"), 16, self.rng)
        amex = luhn_card(self._any("34", "37"), 15, self.rng)
        maestro = luhn_card(self._any("6759", "6761"), 19, self.rng)
        grouped = chunk(self._any(visa, master), (4, 4, 4, 4))
        return self._any(
            grouped,
            grouped,
            visa,
            master,
            grouped.replace(" ", "-"),
            grouped.replace(" ", "."),
            chunk(amex, (4, 6, 5)),
            chunk(maestro, (4, 4, 4, 4, 3)),
            chunk(master, (4, 4, 4, 4), " - "),
        )

    def card_spoken(self, lang: str) -> str:
        return heard(luhn_card(self._any("4", "52", "55"), 16, self.rng), lang, self.rng)

    # ---- number plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_NL_SHAPES)
        text = "".join(
            self.rng.choice(_PLATE_LETTERS) if ch == "A" else self.rng.choice("0123456789") if ch == "9" else ch
            for ch in shape
        )
        return self._any(text, text, text, text.lower(), text.replace("-", ""), text.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """Belgian, German (border towns near Twente), Polish and Turkish plates."""
        return self._any(
            f"1-{self._caps(3)}-{nums(self.rng, 3)}",
            f"2-{self._caps(3)}-{nums(self.rng, 3)}",
            f"{self._any('BOR', 'NOH', 'ST', 'COE', 'KLE')}-{self._caps(2)} {nums(self.rng, self.rng.randint(2, 4))}",
            f"{self._any('PO', 'WA', 'KR', 'DW')} {nums(self.rng, 5)}",
            f"{self.rng.randint(1, 81):02d} {self._caps(2)} {nums(self.rng, 3)}",
        )

    def plate_en(self, lang: str) -> str:
        """Scottish (S-prefixed memory tag), Australian state and Nigerian plates."""
        return self._any(
            f"S{self._caps(1, 'KNVXY')}{self.rng.randint(10, 24)} {self._caps(3)}",
            f"S{self._caps(1, 'KNVXY')}{self.rng.randint(51, 74)}{self._caps(3)}",
            f"{self._caps(3)}-{nums(self.rng, 3)}",
            f"{nums(self.rng, 1)}{self._caps(2)} {nums(self.rng, 1)}{self._caps(2)}",
            f"{self._caps(2)} {nums(self.rng, 2)} {self._caps(2)}",
            f"{self._any('LSR', 'KJA', 'AAA', 'EKY', 'FST')}-{nums(self.rng, 3)}{self._caps(2)}",
        )

    # ---- postcodes
    def postcode(self, lang: str) -> str:
        number = self.rng.choice(
            (self.rng.randint(7400, 7699), self.rng.randint(5000, 5799), self.rng.randint(1000, 9999))
        )
        pair = self._caps(2, "ABCDEGHJKLMNPRTVWXZ")
        return self._any(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}  {pair}",
            f"{number}-{pair}",
        )

    def postcode_spoken(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 9999))
        pair = self._caps(2, "ABDEGHJKLMNPRTVWXZ")
        letters = " ".join(pair.lower())
        return self._any(
            f"{dutch_pair(number[:2])} {dutch_pair(number[2:])} {letters}",
            f"{number} {letters}",
            f"{' '.join(number)} {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        return str(self.rng.choice((self.rng.randint(2000, 2990), self.rng.randint(1000, 9992))))

    def postcode_sc(self, lang: str) -> str:
        code = f"{self.rng.choice(_SC_OUTWARD)} {self.rng.randint(1, 9)}{self._caps(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return self._any(code, code, code.lower(), code.replace(" ", ""))

    def postcode_au(self, lang: str) -> str:
        sydney, melbourne, perth = (
            self.rng.randint(2000, 2770),
            self.rng.randint(3000, 3207),
            self.rng.randint(6000, 6099),
        )
        return str(self.rng.choice((sydney, melbourne, perth)))

    def postcode_ng(self, lang: str) -> str:
        return self.rng.choice(_NG_PINS)

    def postcode_en(self, lang: str) -> str:
        """Matches the region of the last `ADDRESS_EN` (rendered before it), else any."""
        region = self.__dict__.pop("_region", None) or self._any("sc", "sc", "ng", "au")
        return {"sc": self.postcode_sc, "ng": self.postcode_ng, "au": self.postcode_au}[region](lang)

    # ---- customer, contract, policy and member numbers ('#' a digit, '@' a capital)
    def _shape(self, *patterns: str) -> str:
        pattern = self.rng.choice(patterns)
        return "".join(
            self.rng.choice("0123456789") if ch == "#" else self.rng.choice(_CAPS) if ch == "@" else ch
            for ch in pattern
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._shape("######", "P#####", "##.####", "PAT-######", "####/##")

    def customer_number_berth(self, lang: str) -> str:
        return self._shape("LP-#####", "WS##-####", "JH/####", "### ###", "HVN######")

    def customer_number_contract(self, lang: str) -> str:
        return self._shape("ZP-######", "SOL#######", "########", "IO-####-@@", "ZDB ###.###")

    def customer_number_tenant(self, lang: str) -> str:
        return self._shape("H#######", "###-#####", "HRD#####", "T-######", "#######")

    def customer_number_pharmacy(self, lang: str) -> str:
        return self._shape("AP######", "###.###.###", "KL#####", "########")

    def customer_number_member(self, lang: str) -> str:
        return self._shape("CS-#####-@", "#######", "DEEL#####", "## ## ###", "M######")

    def customer_number_booking(self, lang: str) -> str:
        return self._shape("TR-2026-###", "TR-2027-###", "W#####", "####/@@", "HUW######")

    def customer_number_child(self, lang: str) -> str:
        return self._shape("KND#####", "PL-######", "###-###", "BSO####@")

    def customer_number_lottery(self, lang: str) -> str:
        return self._shape("#########", "### ### ###", "L########", "##-#######")

    def customer_number_customer(self, lang: str) -> str:
        return self._shape("#####", "KL-#####", "K######", "####-##")

    # ---- addresses
    def address(self, lang: str) -> str:
        street, number = self.pick("street_nl"), str(self.rng.randint(1, 320))
        if street.endswith("straat") and self.rng.random() < 0.2:
            street = street[: -len("straat")] + "str."
        text = f"{street} {number}" + self._any("", "", "", "a", "A", "-2", " B", " hs", "-bis", " III", " 2-hoog")
        return text.lower() if self.rng.random() < 0.1 else text

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        return f"{self.pick('street_be')} {number}" + self._any("", "", " bus 3", "/2", " bus 201", " bus 12", "/0101")

    def address_sc(self, lang: str) -> str:
        street, number = self.pick("street_sc"), self.rng.randint(1, 240)
        floor, door = self.rng.randint(0, 4), self.rng.randint(1, 3)
        return self._any(
            f"{number} {street}", f"Flat {floor}/{door}, {number} {street}", f"{number}/{door} {street}",
            f"{floor}F{door}, {number} {street}",
        )  # fmt: skip

    def address_au(self, lang: str) -> str:
        street, number, unit = self.pick("street_au"), self.rng.randint(1, 400), self.rng.randint(1, 30)
        short = street.replace(" Street", " St").replace(" Road", " Rd")
        return self._any(f"{number} {street}", f"Unit {unit}/{number} {street}", f"{unit}/{number} {short}")

    def address_ng(self, lang: str) -> str:
        street, number = self.pick("street_ng"), self.rng.randint(1, 120)
        return self._any(
            f"{number} {street}", f"Plot {number}, {street}", f"{number}B {street}", f"No. {number}, {street}"
        )

    def address_en(self, lang: str) -> str:
        self._region = self._any("sc", "au", "ng")
        return {"sc": self.address_sc, "ng": self.address_ng, "au": self.address_au}[self._region](lang)

    # ---- dates of birth
    def _written_date(self, day: int, month: int, year: int) -> str:
        return self._any(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day} {_MAAND[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}", f"{day:02d}.{month:02d}.{year}", f"{day} {_MRT[month - 1]}. {year}",
            f"{year}-{month:02d}-{day:02d}", f"{day}-{month}-'{year % 100:02d}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._written_date(self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2006))

    def dob_child(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2011, 2021)
        if lang == "en":
            return self._any(f"{day:02d}/{month:02d}/{year}", f"{day} {_MONTH[month - 1]} {year}")
        return self._written_date(day, month, year)

    def dob_en(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1945, 2006)
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        name = _MONTH[month - 1]
        return self._any(
            f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{year}", f"{day} {name} {year}",
            f"{day}{nth} {name} {year}", f"{day}{nth} of {name}, {year}", f"{day}-{name[:3]}-{year}",
            f"{name} {day}, {year}", f"{day}.{month}.{year % 100:02d}",
        )  # fmt: skip

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1940, 2006)
        if lang == "en":
            ordinal, name, said = ORDINALS_EN[day - 1], _MONTH[month - 1], year_words(year, "en")
            return self._any(
                f"the {ordinal} of {name} {said}", f"{ordinal} {name.lower()} {said}", f"{day} {name.lower()} {year}",
                f"{name.lower()} {ordinal} {said}",
            )  # fmt: skip
        day_word, maand, said = dutch_pair(f"{day:02d}").replace("nul ", ""), _MAAND[month - 1], year_words(year, "nl")
        return self._any(
            f"{day_word} {maand} {said}", f"{day} {maand} {said}", f"{day} {maand} {year}", f"{day_word} {maand} {year}"
        )
