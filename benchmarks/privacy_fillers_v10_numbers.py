"""Postcodes, addresses, card numbers, dates of birth, number plates and customer numbers of the `test_v10` split
(`FillersV10` in `privacy_fillers_v10` adds names, e-mail, phone, IBAN and BSN on top of this class).

Written by someone who never saw the redaction rules. Mostly the Dutch forms callers use: postcodes as typed on a
form or in a chat, and said aloud ('zeventien tweeëntwintig ka el'); street and number with the additions Dutch
flats have ('-2', ' bg', '120-105'), abbreviated streets ('Burg. Jansenlaan 4'), houseboats ('Amstel t/o 54'),
house numbers said in words; Visa and Mastercard numbers (some Amex) grouped by four, with dots or hyphens, and
read out as pairs of numbers; dates of birth of adults and children in Dutch habits ('03-nov-1979', "3-11-'79",
'de derde van de elfde negenenzeventig'); Dutch car and van plates of the sidecodes on the road today, said with
letter names or the spelling alphabet; customer, member, tenant, patient, policy, relation, pupil, debtor, lease
and subscriber numbers in each organisation's own shape. A minority is Belgian, German, Polish or British."""

from __future__ import annotations

from benchmarks.privacy_fillers import Fillers, _group, _luhn_complete
from benchmarks.privacy_fillers_v10_pools import (
    EN_UNITS,
    LETTER_NL,
    MONTHS_EN,
    MONTHS_NL,
    SPELL_NL,
    en_number,
    nl_number,
    nl_year,
)

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
BE_POSTCODES = "3920 3910 3960 3800 2220 2850 2830 9200 8870 8930 2300 3500".split()
NL_ORDINAL = {1: "eerste", 3: "derde", 8: "achtste"}


class FillersV10Numbers(Fillers):
    """Fill methods for the number-like types, with the helpers `digits` and `one_of` the split shares."""

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options: str) -> str:
        return self.rng.choice(options)

    # POSTCODE
    def _nl_postcode(self) -> tuple[int, str]:
        while True:
            letters = "".join(self.rng.choice(POSTCODE_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return self.rng.randint(1000, 9999), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._nl_postcode()
        return self.one_of(
            f"{number} {letters}", f"{number} {letters}", f"{number} {letters}", f"{number}{letters}",
            f"{number}{letters}", f"{number}{letters.lower()}", f"{number} {letters.lower()}", f"{number}  {letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._nl_postcode()
        head, tail = divmod(number, 100)
        if lang == "en":
            said = en_number(tail) if tail >= 10 else "hundred" if not tail else "oh " + en_number(tail)
            pairs = f"{en_number(head)} {said}"
            return f"{pairs} {letters[0]} {letters[1]}"
        pairs = f"{nl_number(head)} {nl_number(tail)}" if tail >= 10 else " ".join(NL_SAY[int(c)] for c in str(number))
        return self.one_of(
            f"{pairs} {LETTER_NL[letters[0]]} {LETTER_NL[letters[1]]}",
            f"{pairs}, {letters}",
            f"{pairs} {LETTER_NL[letters[0]]}-{LETTER_NL[letters[1]]}",
            f"{pairs}, {SPELL_NL[letters[0]]} {SPELL_NL[letters[1]]}",
        )

    def postcode_be(self, lang: str) -> str:
        return self.rng.choice(BE_POSTCODES)

    # ADDRESS
    def _house(self) -> str:
        number = self.rng.randint(1, 180)
        addition = self.one_of(
            "", "", "", "", "", "", "a", "A", " B", "-1", "-2", " bg", "-hs", f"-{self.rng.randint(101, 148)}", "c"
        )
        return f"{number}{addition}"

    def address(self, lang: str) -> str:
        if self.rng.random() < 0.12:
            return self.address_abbr(lang)
        return f"{self.pick('street_nl')} {self._house()}"

    def address_abbr(self, lang: str) -> str:
        return f"{self.pick('street_abbr')} {self._house()}"

    def address_boat(self, lang: str) -> str:
        return f"{self.pick('water')} {self.one_of('t/o', 't.o.', 'tegenover')} {self.rng.randint(2, 320)}"

    def address_lower(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}".lower()

    def address_spoken(self, lang: str) -> str:
        number = self.rng.randint(1, 160)
        said = en_number(number) if lang == "en" and number < 100 else nl_number(number)
        letter = self.one_of("", "", "", " a", " b", " bis")
        return f"{self.pick('street_nl')} {said}{letter}"

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 220)
        return self.one_of(
            f"{self.pick('street_be')} {number}",
            f"{self.pick('street_be')} {number}/{self.rng.randint(1, 3):02d}{self.rng.randint(1, 9):02d}",
            f"{self.pick('street_be')} {number} b{self.rng.randint(1, 12)}",
        )

    def address_en(self, lang: str) -> str:
        return f"{self.rng.randint(2, 96)} {self.pick('street_en')}"

    # CARD
    def _card_number(self) -> str:
        kind = self.one_of("visa", "visa", "visa", "master", "master", "master2", "amex")
        if kind == "amex":
            return _luhn_complete(self.one_of("34", "37") + self.digits(12))
        prefix = {"visa": "4", "master": str(self.rng.randint(51, 55)), "master2": str(self.rng.randint(2221, 2720))}
        return _luhn_complete(prefix[kind] + self.digits(15 - len(prefix[kind])))

    def card(self, lang: str) -> str:
        number = self._card_number()
        if len(number) == 15:
            return self.one_of(_group(number, [4, 6, 5]), number, _group(number, [4, 6, 5], "-"))
        return self.one_of(
            _group(number, [4, 4, 4, 4]), _group(number, [4, 4, 4, 4]), _group(number, [4, 4, 4, 4]), number,
            _group(number, [4, 4, 4, 4], "-"), _group(number, [4, 4, 4, 4], "."),
        )  # fmt: skip

    def card_spoken(self, lang: str) -> str:
        prefix = self.one_of("4", "4", "52", "54")
        number = _luhn_complete(prefix + self.digits(15 - len(prefix)))
        say, units = (en_number, EN_UNITS) if lang == "en" else (nl_number, NL_SAY)

        def pair(text: str) -> str:
            return f"{units[0]} {units[int(text[1])]}" if text[0] == "0" else say(int(text))

        groups = [f"{pair(number[i : i + 2])} {pair(number[i + 2 : i + 4])}" for i in range(0, 16, 4)]
        return self.one_of(", ".join(groups), " ".join(groups), " - ".join(groups))

    # DOB
    def _date(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def dob(self, lang: str) -> str:
        return self._dob(lang, *self._date(1938, 2006))

    def dob_child(self, lang: str) -> str:
        return self._dob(lang, *self._date(2012, 2023))

    def _dob(self, lang: str, day: int, month: int, year: int) -> str:
        yy = f"{year % 100:02d}"
        if lang == "en":
            suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return self.one_of(
                f"{day} {MONTHS_EN[month - 1]} {year}", f"{day:02d}/{month:02d}/{year}",
                f"{day:02d}/{month:02d}/{year}", f"{MONTHS_EN[month - 1]} {day}, {year}",
                f"{day}{suffix} {MONTHS_EN[month - 1]} {year}",
                f"{day} {MONTHS_EN[month - 1][:3]} {year}", f"{year}-{month:02d}-{day:02d}",
            )  # fmt: skip
        short = MONTHS_NL[month - 1][:3].replace("maa", "mrt")
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}",
            f"{day}-{month}-{year}", f"{day} {MONTHS_NL[month - 1]} {year}", f"{day} {MONTHS_NL[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}", f"{day}-{month}-'{yy}", f"{day:02d}-{short}-{year}",
            f"{day} {short} {year}",
        )  # fmt: skip

    def dob_elder(self, lang: str) -> str:
        """A parent's or parent-in-law's date of birth, in the same formats."""
        return self._dob(lang, *self._date(1928, 1960))

    def dob_spoken(self, lang: str) -> str:
        return self._dob_spoken(lang, *self._date(1940, 2005))

    def dob_elder_spoken(self, lang: str) -> str:
        return self._dob_spoken(lang, *self._date(1928, 1960))

    def _dob_spoken(self, lang: str, day: int, month: int, year: int) -> str:
        if lang == "en":
            century = "nineteen" if year < 2000 else "two thousand and"
            return self.one_of(
                f"{en_number(day)} {MONTHS_EN[month - 1]} {century} {en_number(year % 100)}",
                f"{MONTHS_EN[month - 1]} {en_number(day)}, {century} {en_number(year % 100)}",
            )
        yy = nl_number(year % 100) if year % 100 >= 10 else f"nul {NL_SAY[year % 100]}"
        ordinal = NL_ORDINAL.get(day) or nl_number(day) + ("ste" if day >= 20 else "de")
        month_ordinal = NL_ORDINAL.get(month) or nl_number(month) + "de"
        return self.one_of(
            f"{nl_number(day)} {MONTHS_NL[month - 1]} {nl_year(year)}",
            f"{nl_number(day)} {MONTHS_NL[month - 1]} {yy if year < 2000 else nl_year(year)}",
            f"{nl_number(day)}, {nl_number(month)}, {yy}",
            f"de {ordinal} van de {month_ordinal}, {yy}",
        )

    # PLATE
    def _plate(self, code: str) -> str:
        return "".join(
            self.rng.choice(PLATE_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c for c in code
        )

    def plate(self, lang: str) -> str:
        code = self.one_of("LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L",
                           "D-LL-DDD", "D-LLL-DD", "LL-DDD-L")  # fmt: skip
        plate = self._plate(code)
        return self.one_of(plate, plate, plate, plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " "))

    def plate_van(self, lang: str) -> str:
        return "V" + self._plate(self.one_of("L-DDD-L", "LL-DD-L", "-DDD-LL"))

    def plate_spoken(self, lang: str) -> str:
        plate = self._plate(self.one_of("DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "LLL-DD-L", "L-DDD-LL"))
        parts = plate.split("-")
        if lang == "en":
            return ", ".join(" ".join(EN_UNITS[int(c)] if c.isdigit() else c for c in part) for part in parts)
        style = self.one_of("letters", "spelling", "numbers")
        out = []
        for part in parts:
            if part.isdigit():
                out.append(
                    nl_number(int(part))
                    if style == "numbers" and part[0] != "0"
                    else " ".join(NL_SAY[int(c)] for c in part)
                )
            elif style == "spelling":
                out.append(" ".join(SPELL_NL[c] for c in part))
            else:
                out.append(" ".join(LETTER_NL[c] for c in part))
        return self.one_of(", ".join(out), " ".join(out), "-".join(out))

    def plate_foreign(self, lang: str) -> str:
        be = f"{self.rng.randint(1, 2)}-{self._plate('LLL')}-{self.digits(3)}"
        de = f"{self.one_of('BOR', 'COE', 'WES', 'EMS', 'VIE')}-{self._plate('LL')} {self.rng.randint(10, 999)}"
        pl = f"{self.one_of('PO', 'WR', 'DW', 'SK')} {self.digits(4)}{self._plate('L')}"
        uk = f"{self._plate('LL')}{self.digits(2)} {self._plate('LLL')}"
        return self.one_of(be, be, be.replace("-", ""), de, pl, uk)

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str) -> str:
        return self.one_of(
            f"1-{self.digits(7)}", f"KL{self.digits(7)}", f"{self.rng.randint(1, 9)}{self.digits(8)}",
            f"{self.digits(4)} {self.digits(4)} {self.digits(2)}", f"{self.digits(6)}/{self.digits(2)}",
        )  # fmt: skip

    def customer_number_energy(self, lang: str) -> str:
        return self.one_of(f"{self.one_of('10', '40', '70')}{self.digits(8)}", f"E-{self.digits(8)}")

    def customer_number_member(self, lang: str) -> str:
        return self.one_of(f"LID{self.digits(6)}", f"00{self.digits(5)}", f"M-{self.digits(5)}")

    def customer_number_tenant(self, lang: str) -> str:
        return self.one_of(f"HU{self.digits(6)}", f"{self.digits(5)}-{self.digits(3)}")

    def customer_number_patient(self, lang: str) -> str:
        return self.one_of(self.digits(7), f"{self.rng.randint(1, 9)}{self.digits(7)}", f"Z{self.digits(7)}")

    def customer_number_policy(self, lang: str) -> str:
        return self.one_of(
            f"PN-{self.digits(9)}", f"{self.digits(9)}-{self.digits(2)}", f"{self.digits(2)}.{self.digits(6)}"
        )

    def customer_number_relation(self, lang: str) -> str:
        return self.one_of(f"R{self.digits(6)}", f"{self.digits(8)}")

    def customer_number_pupil(self, lang: str) -> str:
        return self.one_of(self.digits(6), f"LL-{self.digits(5)}")

    def customer_number_debtor(self, lang: str) -> str:
        return self.one_of(f"{self.digits(8)}/{self.digits(2)}", f"D{self.digits(7)}")

    def customer_number_lease(self, lang: str) -> str:
        return self.one_of(f"LC{self.digits(6)}-{self.digits(2)}", self.digits(7))

    def customer_number_subscriber(self, lang: str) -> str:
        return self.one_of(self.digits(9), f"1.{self.digits(8)}", f"S{self.digits(8)}")


NL_SAY = "nul een twee drie vier vijf zes zeven acht negen".split()
