"""Payment cards, dates of birth, licence plates and customer, contract, policy, member, charging-card, season-pass
and pupil numbers of test_v66."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v66_numbers import digits, luhn_finish, split_in

# Dutch sidecodes 1 to 14 that are still on the road.
_SIDECODES = (
    "LL-99-99",
    "99-LL-99",
    "99-LL-LL",
    "LL-LL-99",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "9-LL-999",
    "999-LL-9",
    "LL-99-LL",
)
_LETTERS = "BDFGHJKLNPRSTVXZ"
_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class CodesV66:
    """Mixed into `FillersV66`: the slots CARD, DOB*, PLATE* and CUSTOMER_NUMBER_*."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _upper(self, count: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "4", "51", "52", "54", "2221", "6011")
        number = luhn_finish(head + digits(self.rng, 15 - len(head)))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        return self._one(
            split_in(number, (4, 4, 4, 4)),
            split_in(number, (4, 4, 4, 4)),
            number,
            split_in(number, (4, 4, 4, 4), "-"),
            split_in(amex, (4, 6, 5)),
            amex,
            split_in(number, (4, 4, 4, 4), "  "),
        )

    # ---- licence plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code
        )
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        """Belgian, German, Spanish, Canadian (Ontario, Quebec) and Curaçao plates."""
        return self._one(
            f"1-{self._upper(3)}-{digits(self.rng, 3)}",
            f"{self._one('B', 'K', 'D', 'M')}-{self._upper(2)} {digits(self.rng, 3)}",
            f"{digits(self.rng, 4)} {self._one('BCD', 'HKL', 'LMN', 'JRT', 'KZP')}",
            f"{self._upper(4)} {digits(self.rng, 3)}",
            f"{digits(self.rng, 3)} {self._upper(3)}",
            f"{self._one('A', 'B', 'C')}-{digits(self.rng, 5)}",
        )

    # ---- customer, contract, policy, member, charging-card, season-pass and pupil numbers
    def customer_number_customer(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 9),
            f"C{digits(self.rng, 7)}",
            f"{digits(self.rng, 4)}-{digits(self.rng, 5)}",
            f"KN {digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
        )

    def customer_number_contract(self, lang: str) -> str:
        return self._one(
            f"OVK-{digits(self.rng, 7)}",
            f"{digits(self.rng, 6)}/{digits(self.rng, 2)}",
            f"HC{digits(self.rng, 2)}-{digits(self.rng, 5)}",
            f"VH{digits(self.rng, 8)}",
        )

    def customer_number_policy(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 3)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
            f"PL-{digits(self.rng, 8)}",
            f"{self._upper(3)}{digits(self.rng, 7)}",
            f"{digits(self.rng, 8)}-{digits(self.rng, 1)}",
        )

    def customer_number_member(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8),
            f"LN{digits(self.rng, 6)}",
            f"{digits(self.rng, 4)} {digits(self.rng, 4)}",
            f"M-{digits(self.rng, 5)}",
        )

    def customer_number_chargecard(self, lang: str) -> str:
        """An electric-car charging card (an eMA-ID or the number printed on the pass)."""
        provider = self._one("TNM", "NUO", "SHL", "VAT", "EVB", "ALL")
        tail = f"{self._upper(1)}{digits(self.rng, 7)}"
        return self._one(
            f"NL-{provider}-{tail}-{self._upper(1)}",
            f"NL{provider}{tail}{digits(self.rng, 1)}",
            f"NL-{provider}-{digits(self.rng, 6)}-{digits(self.rng, 1)}",
            split_in(digits(self.rng, 12), (4, 4, 4)),
        )

    def customer_number_pass(self, lang: str) -> str:
        """A season pass of a parking garage or a ferry and coach frequent-traveller card."""
        return self._one(
            f"AB-{digits(self.rng, 6)}",
            f"P{digits(self.rng, 2)}-{digits(self.rng, 5)}",
            f"SEA{digits(self.rng, 6)}",
            f"{digits(self.rng, 3)}-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
        )

    def customer_number_pupil(self, lang: str) -> str:
        return self._one(
            f"LL{digits(self.rng, 5)}", f"{digits(self.rng, 6)}", f"S-{digits(self.rng, 4)}-{self._upper(1)}"
        )

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2020)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{day:02d}{month:02d}{str(year)[2:]}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{name} {day}, {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{month:02d}/{day:02d}/{year}",
            f"{day}/{month}/{year}",
            f"{day}{nth} {name}, {year}",
            f"{name[:3]} {day} {year}",
            f"{day} {name[:3]} {year}",
        )

    def dob_spoken(self, lang: str) -> str:
        """Said on the phone: '4 mei negentien zevenenzeventig', 'May 4 nineteen seventy-seven'."""
        day, month, year = self._birth()
        name = _MONTHS[lang][month - 1]
        if year >= 2000:
            return f"{day} {name} {year}" if lang == "nl" else f"{name} {day}, {year}"
        return (
            f"{day} {name} negentien {_year_words(year % 100, lang)}"
            if lang == "nl"
            else (f"{name} {day} nineteen {_year_words(year % 100, lang)}")
        )


def _year_words(number: int, lang: str) -> str:
    ones = {
        "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "en": "oh one two three four five six seven eight nine".split(),
    }[lang]
    tens = {
        "nl": "- - twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(),
        "en": "- - twenty thirty forty fifty sixty seventy eighty ninety".split(),
    }[lang]
    high, low = divmod(number, 10)
    if number < 20:
        teens = {"nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien", "en": ""}
        return teens["nl"].split()[number - 10] if lang == "nl" and number >= 10 else f"{ones[0]} {ones[low]}"
    if lang == "en":
        return tens[high] if low == 0 else f"{tens[high]}-{ones[low]}"
    joiner = "ën" if ones[low].endswith("e") else "en"
    return tens[high] if low == 0 else f"{ones[low]}{joiner}{tens[high]}"
