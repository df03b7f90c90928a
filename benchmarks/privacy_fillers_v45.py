"""Fillers of the held-out split test_v45 (seed 223), written without seeing the redaction rules: customers of
supermarket delivery, meal boxes, pharmacies, opticians, home care, waste collection, festivals, sports clubs,
coworking and solar/heat-pump installers, from Friesland, Drenthe, Brussels, Curaçao, Poland, Lithuania,
Romania, India, Ireland, New Zealand and more; numbers written, spaced, lower-cased, spoken and misheard."""

from __future__ import annotations

from benchmarks.privacy_fillers_v45_numbers import (
    LETTERS_NL,
    MONTHS,
    belgian_bban,
    chunk,
    digits,
    iban_for,
    luhn_digit,
    new_bsn,
    ordinal_en,
    ordinal_nl,
    speak_digits,
    words_en,
    words_nl,
)
from benchmarks.privacy_fillers_v45_people import PeopleV45

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes 1 to 14, written with a for a letter and n for a digit.
_SIDE_CODES = (
    "aa-nn-nn",
    "nn-nn-aa",
    "nn-aa-nn",
    "aa-nn-aa",
    "aa-aa-nn",
    "nn-aa-aa",
    "nn-aaa-n",
    "n-aaa-nn",
    "aa-nnn-a",
    "a-nnn-aa",
    "aaa-nn-a",
    "a-nn-aaa",
    "n-aa-nnn",
    "nnn-aa-n",
)


class FillersV45(PeopleV45):
    """A value for every upper-case slot of test_v45's templates."""

    # ---- bank accounts and cards
    def iban(self, lang: str) -> str:
        value = iban_for("NL", self.pick("bank_nl") + digits(self.rng, 10))
        return self._styled_iban(value)

    def _styled_iban(self, value: str) -> str:
        spaced = chunk(value, (4,) * 8)
        return self._one(
            value,
            spaced,
            spaced,
            spaced.lower(),
            value.lower(),
            chunk(value, (4,) * 8, "-"),
            chunk(value, (2, 2, 4, 10)),
            spaced.replace(" ", "  ", 1),
        )

    def iban_be(self, lang: str) -> str:
        value = iban_for("BE", belgian_bban(self.rng))
        return self._one(chunk(value, (4, 4, 4, 4)), value, chunk(value, (4, 4, 4, 4), "-"))

    def iban_intl(self, lang: str) -> str:
        kind = self._one("LT", "PL", "RO", "IE", "BE")
        if kind == "LT":
            value = iban_for("LT", self._one("32500", "73000", "70440") + digits(self.rng, 11))
        elif kind == "PL":
            value = iban_for("PL", self._one("10201026", "11402004", "24901044") + digits(self.rng, 16))
        elif kind == "RO":
            value = iban_for("RO", self.pick("bank_ro") + "0" + digits(self.rng, 15, "5"))
        elif kind == "IE":
            value = iban_for("IE", self.pick("bank_ie") + digits(self.rng, 14, "9"))
        else:
            value = iban_for("BE", belgian_bban(self.rng))
        return self._one(value, chunk(value, (4,) * 8))

    def iban_spoken(self, lang: str) -> str:
        value = iban_for("NL", self.pick("bank_nl") + digits(self.rng, 10))
        letters = " ".join(value[4:8]) if self.rng.random() < 0.6 else value[4:8].lower()
        return f"n l {speak_digits(value[2:4], lang, self.rng)} {letters} {speak_digits(value[8:], lang, self.rng)}"

    def card(self, lang: str) -> str:
        brand = self._one("visa", "visa", "master", "master2", "amex", "bancontact")
        if brand == "amex":
            body = self._one("34", "37") + digits(self.rng, 12)
            number = body + luhn_digit(body)
            return self._one(number, chunk(number, (4, 6, 5)), chunk(number, (4, 6, 5), "-"))
        if brand == "bancontact":
            body = "6703" + digits(self.rng, 12)
            number = body + luhn_digit(body)
            return self._one(number, chunk(number, (4, 4, 4, 4, 1)))
        lead = {"visa": "4", "master": self._one("51", "53", "55"), "master2": self._one("2221", "2517", "2720")}
        body = lead[brand] + digits(self.rng, 15 - len(lead[brand]))
        number = body + luhn_digit(body)
        return self._one(
            number,
            chunk(number, (4, 4, 4, 4)),
            chunk(number, (4, 4, 4, 4), "-"),
            chunk(number, (4, 4, 4, 4), ".") if lang == "nl" else chunk(number, (4, 4, 4, 4)),
        )

    # ---- state numbers and addresses
    def bsn(self, lang: str) -> str:
        value = new_bsn(self.rng)
        return self._one(
            value,
            value,
            chunk(value, (3, 3, 3)),
            chunk(value, (3, 3, 3), "."),
            chunk(value, (4, 2, 3), "."),
            chunk(value, (2, 2, 2, 3), " "),
        )

    def bsn_spoken(self, lang: str) -> str:
        return speak_digits(new_bsn(self.rng), lang, self.rng, pairs=0.3)

    def _postcode_parts(self) -> tuple[str, str]:
        start = self._one("8400", "8700", "8900", "9000", "9200", "7700", "7800", "9400", "3500", "6500", "1000")
        number = str(int(start) + self.rng.randint(0, 99))
        while True:
            letters = self.rng.choice("ABCEGHJKLMNPRSTVWXZ") + self.rng.choice("ABCDEGHJKLMNPRSTVWXZ")
            if letters not in ("SA", "SD", "SS"):
                return number, letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self._one(
            f"{number} {letters}",
            f"{number}{letters}",
            f"{number}{letters.lower()}",
            f"{number} {letters.lower()}",
            f"{number}-{letters}",
            f"{number}  {letters}",
        )

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        said_letters = self._one(" ".join(letters), " ".join(LETTERS_NL[ch] for ch in letters), letters.lower())
        if self.rng.random() < 0.5:
            said_number = f"{words_nl(int(number[:2]))} {words_nl(int(number[2:]))}"
        else:
            said_number = speak_digits(number, "nl", self.rng)
        return f"{said_number} {said_letters}"

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        extra = self._one("", "", "", "", "a", "-B", " 2hg", "-3", " bis", " K12", "/4", "-I", " zw")
        return f"{self.pick('street_nl')} {number}{extra}"

    def address_be(self, lang: str) -> str:
        street, number = self.pick("street_be"), self.rng.randint(1, 320)
        if street.startswith(("Rue", "Chaussée", "Avenue", "Boulevard")):
            return self._one(f"{street} {number}", f"{street}, {number}", f"{number} {street}")
        return self._one(f"{street} {number}", f"{street} {number} bus {self.rng.randint(1, 12)}")

    def address_cw(self, lang: str) -> str:
        return f"{self.pick('street_cw')} {self.rng.randint(1, 90)}"

    def address_en(self, lang: str) -> str:
        flat = self._one("", "", "Apt 3, ", "Flat 12, ", "Unit 4/")
        return f"{flat}{self.rng.randint(1, 240)} {self.pick('street_en')}"

    def address_spoken(self, lang: str) -> str:
        street, number = self.pick("street_nl").lower(), self.rng.randint(1, 180)
        for short, said in (("mr. ", "meester "), ("dr. ", "dokter "), ("prof. ", "professor "), ("p.j. ", "p j ")):
            street = street.replace(short, said)
        street = street.replace("strjitte", " strjitte").replace("straat", self._one("straat", " straat"))
        return f"{street} {words_nl(number)}".replace("  ", " ")

    # ---- dates of birth
    def _birth(self, young: bool = False) -> tuple[int, int, int]:
        year = self.rng.randint(2013, 2021) if young else self.rng.randint(1929, 2004)
        return self.rng.randint(1, 28), self.rng.randint(1, 12), year

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS["en" if lang == "en" else "nl"][month - 1]
        if lang == "en":
            return self._one(
                f"{day:02d}/{month:02d}/{year}",
                f"{day} {name} {year}",
                f"{name} {day}, {year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day}/{month}/{year % 100:02d}",
            )
        return self._one(
            f"{day}-{month}-{year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}-{month}-'{year % 100:02d}",
            f"{day} {name[:3]} {year}",
            f"{day:02d}{month:02d}{year}",
        )

    def dob_child(self, lang: str) -> str:
        day, month, year = self._birth(young=True)
        month_name = MONTHS["en" if lang == "en" else "nl"][month - 1]
        return self._one(f"{day:02d}-{month:02d}-{year}", f"{day} {month_name} {year}")

    def dob_be(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(
            f"{day:02d}/{month:02d}/{year}", f"{day:02d}.{month:02d}.{year}", f"{day} {MONTHS['fr'][month - 1]} {year}"
        )

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            name = MONTHS["en"][month - 1]
            return self._one(f"the {ordinal_en(day)} of {name} {words_en(year)}", f"{name} {ordinal_en(day)} {year}")
        name = MONTHS["nl"][month - 1]
        return self._one(
            f"{words_nl(day)} {name} {words_nl(year)}",
            f"{ordinal_nl(day)} {name} {year}",
            f"{day} {name} {words_nl(year)}",
            f"{words_nl(day)} {words_nl(month)} {words_nl(year)}",
        )

    # ---- number plates
    def _plate(self) -> str:
        code = self.rng.choice(_SIDE_CODES)
        return "".join(
            self.rng.choice(_PLATE_LETTERS) if ch == "a" else self.rng.choice("0123456789") if ch == "n" else ch
            for ch in code
        )

    def plate(self, lang: str) -> str:
        value = self._plate()
        return self._one(value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    def plate_spoken(self, lang: str) -> str:
        value = self._plate()
        return " ".join(
            words_nl(int(ch)) if ch.isdigit() else self._one(ch, LETTERS_NL[ch]) for ch in value if ch != "-"
        )

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        value = f"{self.rng.randint(1, 2)}-{letters}-{digits(self.rng, 3)}"
        return self._one(value, value.replace("-", ""), value.lower())

    # ---- customer, member, client and patient numbers
    def customer_number(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 8, "4"),
            f"KL{digits(self.rng, 8)}",
            f"HF-{digits(self.rng, 7)}",
            f"{digits(self.rng, 3, '7')}-{digits(self.rng, 3)}-{digits(self.rng, 3)}",
            f"D{digits(self.rng, 6)}/01",
            f"NL{digits(self.rng, 9, '00')}",
            f"{digits(self.rng, 10, '20')}",
        )

    def customer_number_loyalty(self, lang: str) -> str:
        number = digits(self.rng, 13, self._one("2620", "2611", "2980"))
        return self._one(number, chunk(number, (4, 4, 4, 1)), chunk(number, (1, 6, 6)), number[-9:])

    def customer_number_member(self, lang: str) -> str:
        code = "".join(self.rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4))
        return self._one(
            f"{code}{digits(self.rng, 2)}{self.rng.choice('ABCDEFGHJK')}",
            digits(self.rng, 8, "1"),
            f"NZB-{digits(self.rng, 6)}",
            f"{digits(self.rng, 2)}.{digits(self.rng, 3)}.{digits(self.rng, 3)}",
        )

    def customer_number_client(self, lang: str) -> str:
        return self._one(
            f"{digits(self.rng, 6, '00')}",
            f"CL {digits(self.rng, 3)} {digits(self.rng, 4)}",
            f"ALM-{digits(self.rng, 5)}-{digits(self.rng, 2)}",
            f"TZ{digits(self.rng, 7)}",
        )

    def customer_number_patient(self, lang: str) -> str:
        return self._one(
            digits(self.rng, 7, "1"), f"P-{digits(self.rng, 7, '00')}", f"{digits(self.rng, 6)}/{digits(self.rng, 2)}"
        )

    def customer_number_spoken(self, lang: str) -> str:
        return speak_digits(digits(self.rng, self.rng.randint(7, 9), self._one("3", "4", "7")), lang, self.rng, 0.3)
