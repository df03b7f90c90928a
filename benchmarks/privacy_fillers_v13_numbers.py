"""Number-like values of the `test_v13` split: IBAN, BSN, postcode, address, card, date of birth, plate and customer
number (`FillersV13` in `privacy_fillers_v13` adds names, e-mail, phone numbers and the spoken forms on top).

Written by someone who never saw the redaction rules. Formats: Dutch IBANs of the smaller banks too (NN, Van
Lanschot, Handelsbanken), with hyphens, lower case, with a space after 'NL', broken over two lines as a letter
prints it; German and British IBANs of expats; Flemish IBANs. BSNs as a Dutch passport prints the personal number
('1234.56.782'), in threes, with dots in threes; the Belgian rijksregisternummer as its card prints it
('85.07.30-033.61'). Postcodes with a double space from a form, glued to the letters for a link, British and German
postcodes. Addresses with Amsterdam floors ('hs', '-III'), 'boven'/'beneden', student rooms ('Uilenstede 104-218'),
houseboats ('Levantkade t/o 23'), Frisian streets, all in capitals as a letter's window prints them. Cards: Visa,
Mastercard (5- and 2-series), American Express in 4-6-5, JCB, with hyphens or in one block. Dates of birth in ISO
form, with a Roman month as a notary writes it ('3-IV-1978'), as a passport prints it ('03 APR 1978'), with
slashes, and the ages the frames need (babies at daycare, students, the elderly). Plates: every Dutch side code
from 1 to 14 with the letters Dutch plates use, caravan plates ('WV-12-ZB'), German and British plates. Customer
numbers of the kinds these frames ask for: loans, policies, subscriptions, lottery participants, students,
donors, driving-exam candidates, season tickets, bike-lease contracts."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers import Fillers, _group, _iban, _luhn_complete

MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = (
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "DD-LLL-D", "D-LLL-DD",
    "LL-DDD-L", "L-DDD-LL", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D", "DDD-LL-D",
)  # fmt: skip


def elfproef(rng: random.Random) -> str:
    """A nine-digit BSN that passes the 11-check (weights 9..2 and -1 for the last digit)."""
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return "".join(map(str, [*head, last]))


class FillersV13Numbers(Fillers):
    """IBAN, BSN, postcode, address, card, DOB, plate and customer-number fill methods."""

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def one_of(self, *options):
        return self.rng.choice(options)

    # IBAN
    def _nl_iban(self) -> str:
        bank = self.pick("bank")
        account = {"INGB": self.one_of("000", "0001", "0"), "RABO": self.one_of("03", "01", "1", "3")}.get(bank, "")
        return _iban("NL", bank + account + self.digits(10 - len(account)))

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        grouped = _group(value, [4] * 5)
        return self.one_of(
            grouped, grouped, grouped, value, value, _group(value, [4] * 5, "-"), grouped.lower(),
            f"NL {value[2:4]} {value[4:8]} {_group(value[8:], [4, 4, 2])}", f"{value[:8]} {value[8:]}",
        )  # fmt: skip

    def iban_break(self, lang: str) -> str:
        """As a letter prints it over two lines."""
        value = _group(self._nl_iban(), [4] * 5)
        return f"{value[:9]}\n{value[10:]}"

    def iban_be(self, lang: str) -> str:
        base = self.one_of("063", "068", "363", "001", "735", "750") + self.digits(7)
        value = _iban("BE", base + f"{int(base) % 97 or 97:02d}")
        return self.one_of(_group(value, [4] * 4), value, _group(value, [4] * 4, "-"))

    def iban_de(self, lang: str) -> str:
        value = _iban("DE", self.one_of("10070000", "20041111", "37040044", "50010517", "70020270") + self.digits(10))
        return self.one_of(_group(value, [4] * 6), value)

    def iban_gb(self, lang: str) -> str:
        value = _iban("GB", self.one_of("NWBK", "BARC", "LOYD", "MIDL", "HBUK") + self.digits(14))
        return self.one_of(_group(value, [4] * 6), value)

    # BSN
    def bsn(self, lang: str) -> str:
        value = elfproef(self.rng)
        return self.one_of(
            value, value, value, f"{value[:4]}.{value[4:6]}.{value[6:]}", f"{value[:4]}.{value[4:6]}.{value[6:]}",
            _group(value, [3, 3, 3]), f"{value[:3]}.{value[3:6]}.{value[6:]}", _group(value, [3, 3, 3], "-"),
        )  # fmt: skip

    def bsn_be(self, lang: str) -> str:
        year, month, day = self.rng.randint(1950, 2003), self.rng.randint(1, 12), self.rng.randint(1, 28)
        base = f"{year % 100:02d}{month:02d}{day:02d}{self.rng.randint(1, 998):03d}"
        check = 97 - (int(base) + (2_000_000_000 if year >= 2000 else 0)) % 97
        value = f"{base}{check:02d}"
        return self.one_of(f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}", value)

    # POSTCODE
    def _postcode(self) -> tuple[str, str]:
        letters = "SA"
        while letters in ("SA", "SD", "SS"):
            letters = "".join(self.rng.choice(POSTCODE_LETTERS) for _ in range(2))
        return str(self.rng.randint(1011, 9994)), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode()
        return self.one_of(
            f"{number} {letters}", f"{number} {letters}", f"{number} {letters}", f"{number}{letters}",
            f"{number}{letters}", f"{number} {letters.lower()}", f"{number}  {letters}", f"{number}{letters.lower()}",
        )  # fmt: skip

    def postcode_fy(self, lang: str) -> str:
        number, letters = str(self.rng.randint(8401, 9299)), self._postcode()[1]
        return self.one_of(f"{number} {letters}", f"{number}{letters}")

    def postcode_url(self, lang: str) -> str:
        return "".join(self._postcode())

    def postcode_be(self, lang: str) -> str:
        return self.one_of("8000", "8200", "9000", "9050", "2018", "2140", "3000", "3001", "3500", "8500", "2800")

    def postcode_de(self, lang: str) -> str:
        return self.one_of("10115", "10437", "12047", "50667", "80331", "20095", "40210", "47533", "48143")

    def postcode_uk(self, lang: str) -> str:
        outward = self.one_of("LS6", "M20", "BS7", "EH10", "SW11", "NE2", "CF24", "OX4", "YO31", "B13")
        return (
            f"{outward} {self.rng.randint(1, 9)}{self.rng.choice('ABDEFGHJLNPQRSTUWXY')}{self.rng.choice('ABDHJNPRTW')}"
        )

    # ADDRESS
    def _number(self) -> str:
        return str(self.one_of(self.rng.randint(1, 30), self.rng.randint(1, 30), self.rng.randint(31, 312)))

    def address(self, lang: str) -> str:
        suffix = self.one_of("", "", "", "", "", "a", "b", "-A", " hs", "-III", "-II", "-1", " boven", " beneden", "A")
        value = f"{self.pick('street_nl')} {self._number()}{suffix}"
        return value.upper() if self.rng.random() < 0.08 else value

    def address_caps(self, lang: str) -> str:
        """As a letter's window prints it."""
        return f"{self.pick('street_nl')} {self._number()}".upper()

    def address_fy(self, lang: str) -> str:
        return f"{self.pick('street_fy')} {self._number()}"

    def address_student(self, lang: str) -> str:
        street = self.pick("street_student")
        return self.one_of(
            f"{street} {self.rng.randint(1, 140)}-{self.rng.randint(101, 418)}", f"{street} {self._number()}"
        )

    def address_boat(self, lang: str) -> str:
        return f"{self.pick('street_boat')} {self.one_of('t/o ', 't.o. ', '')}{self._number()}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 160)}{self.one_of('', '', 'A', '/2')}"

    def address_en(self, lang: str) -> str:
        return f"{self.rng.randint(1, 220)}{self.one_of('', '', '', 'a')} {self.pick('street_en')}"

    def address_de(self, lang: str) -> str:
        return f"{self.pick('street_de')} {self.rng.randint(1, 90)}{self.one_of('', '', 'a', 'b')}"

    # CARD
    def card(self, lang: str) -> str:
        kind = self.one_of("visa", "visa", "visa", "mc5", "mc5", "mc2", "amex", "jcb")
        if kind == "amex":
            number = _luhn_complete(self.one_of("34", "37") + self.digits(12))
            return self.one_of(_group(number, [4, 6, 5]), number, _group(number, [4, 6, 5], "-"))
        head = {"visa": "4", "mc5": self.one_of("51", "52", "53", "55"), "jcb": "35" + str(self.rng.randint(28, 89))}
        start = head.get(kind) or str(self.rng.randint(2221, 2720))
        number = _luhn_complete(start + self.digits(15 - len(start)))
        grouped = _group(number, [4] * 4)
        return self.one_of(
            grouped, grouped, grouped, number, _group(number, [4] * 4, "-"), _group(number, [4] * 4, ".")
        )

    # DOB
    def _dob(self, lang: str, low: int, high: int) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)
        iso = f"{year}-{month:02d}-{day:02d}"
        passport = f"{day:02d} {MONTHS_EN[month - 1][:3].upper()} {year}"
        if lang == "en":
            name = MONTHS_EN[month - 1]
            return self.one_of(
                f"{day} {name} {year}", f"{name} {day}, {year}", f"{day:02d}/{month:02d}/{year}", iso, passport,
                f"{day:02d}.{month:02d}.{year}", f"{day} {name[:3]} {year}",
            )  # fmt: skip
        return self.one_of(
            f"{day:02d}-{month:02d}-{year}", f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}",
            f"{day} {MONTHS_NL[month - 1]} {year}", f"{day} {MONTHS_NL[month - 1]} {year}", iso, passport,
            f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{year % 100:02d}", f"{day}-{ROMAN[month - 1]}-{year}",
        )  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(lang, 1950, 2003)

    def dob_baby(self, lang: str) -> str:
        return self._dob(lang, 2021, 2024)

    def dob_child(self, lang: str) -> str:
        return self._dob(lang, 2011, 2019)

    def dob_student(self, lang: str) -> str:
        return self._dob(lang, 1999, 2007)

    def dob_elder(self, lang: str) -> str:
        return self._dob(lang, 1929, 1952)

    # PLATE
    def _fill_code(self, code: str) -> str:
        return "".join(
            self.rng.choice(PLATE_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c for c in code
        )

    def _dutch_plate(self) -> str:
        return self._fill_code(self.rng.choice(SIDE_CODES))

    def plate(self, lang: str) -> str:
        value = self._dutch_plate()
        return self.one_of(value, value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_caravan(self, lang: str) -> str:
        value = "W" + self._fill_code("L-DD-LL")
        return self.one_of(value, value, value.replace("-", ""))

    def plate_de(self, lang: str) -> str:
        city = self.one_of("B", "K", "M", "HH", "D", "KLE", "BOR", "AC", "MS")
        return f"{city}-" + self._fill_code(f"{self.one_of('LL', 'L')} {self.one_of('DDDD', 'DDD', 'DD')}")

    def plate_uk(self, lang: str) -> str:
        area = self.rng.choice("ABCDEFGHKLMNOPRSVWY") + self.rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        return f"{area}{self.one_of('19', '68', '21', '71', '23', '16', '66')} {self._fill_code('LLL')}"

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str) -> str:
        value, short = self.digits(10), self.digits(8)
        return self.one_of(value, short, short, _group(value, [4, 4, 2]), f"{short[:2]}.{short[2:5]}.{short[5:]}")

    def customer_number_loan(self, lang: str) -> str:
        return self.one_of(
            f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}", f"HL{self.digits(8)}", self.digits(10)
        )

    def customer_number_policy(self, lang: str) -> str:
        return self.one_of(
            f"PL-0{self.digits(6)}", f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}", self.digits(9)
        )

    def customer_number_sub(self, lang: str) -> str:
        return self.one_of(self.digits(7), f"A{self.digits(7)}", _group(self.digits(9), [3, 3, 3]))

    def customer_number_lottery(self, lang: str) -> str:
        return self.one_of(_group(self.digits(9), [4, 3, 2]), self.digits(9), f"{self.digits(2)}-{self.digits(7)}")

    def customer_number_student(self, lang: str) -> str:
        return self.one_of(f"s{self.digits(7)}", f"S{self.digits(7)}", self.digits(7), self.digits(6))

    def customer_number_donor(self, lang: str) -> str:
        return self.one_of(self.digits(7), f"{self.digits(2)} {self.digits(3)} {self.digits(2)}")

    def customer_number_candidate(self, lang: str) -> str:
        return self.one_of(self.digits(10), _group(self.digits(10), [4, 3, 3]))

    def customer_number_club(self, lang: str) -> str:
        return self.one_of(f"{self.digits(4)} {self.digits(4)} {self.digits(4)}", self.digits(8), f"CC{self.digits(7)}")

    def customer_number_lease(self, lang: str) -> str:
        return self.one_of(f"SW{self.digits(7)}", f"{self.digits(3)}-{self.digits(5)}", self.digits(8))
