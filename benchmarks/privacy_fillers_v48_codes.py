"""Number-like personal data of test_v48: IBANs (Dutch and foreign), BSNs, bank and fleet cards, dates of birth,
number plates (Dutch side codes, trailers, foreign) and customer, member, policy, permit and debtor numbers."""

from __future__ import annotations

from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v48_numbers import (
    LETTERS_SPOKEN_NL,
    MONTHS,
    MONTHS_SHORT_NL,
    belgian_bban,
    by_four,
    chunk,
    digits,
    elfproef,
    french_bban,
    luhn_finish,
    number_en,
    number_nl,
    ordinal_en,
    pairs_nl,
    portuguese_bban,
    say_digits,
    with_iban_check,
    year_en,
    year_nl,
)

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes 4 to 14 (L = letter, 9 = digit).
_SIDE_CODES = ("LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L",
               "L-99-LLL", "9-LL-999", "999-LL-9")  # fmt: skip
_UK_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
_FR_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
_GERMAN_DISTRICTS = ("EL", "NOH", "BOR", "LER", "AC", "KLE", "ST", "COE", "WES", "EMD", "AUR")


class CodesV48(Fillers):
    """The check-digit and code slots; names, mail, phones and addresses are in `FillersV48`."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _letters(self, count: int, alphabet: str = _PLATE_LETTERS) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- IBAN
    def _dutch_iban(self) -> str:
        return with_iban_check("NL", self.pick("bank") + digits(self.rng, 10))

    def iban(self, lang: str) -> str:
        iban = self._dutch_iban()
        return self._one(
            by_four(iban), iban, by_four(iban).lower(), iban.lower(), f"{iban[:4]} {iban[4:8]} {iban[8:]}",
            by_four(iban, "-"), f"{iban[:2]} {iban[2:4]} {iban[4:8]} {chunk(iban[8:], (3, 3, 4))}",
        )  # fmt: skip

    def iban_foreign(self, lang: str) -> str:
        rng = self.rng
        iban = self._one(
            with_iban_check("BE", belgian_bban(rng)),
            with_iban_check("BE", belgian_bban(rng)),
            with_iban_check("DE", rng.choice(("28050100", "26750001", "40050150", "39050000")) + digits(rng, 10)),
            with_iban_check("PT", portuguese_bban(rng)),
            with_iban_check("RO", rng.choice(("BTRL", "RNCB", "BRDE", "INGB")) + digits(rng, 16)),
            with_iban_check("FR", french_bban(rng)),
            with_iban_check("UA", rng.choice(("305299", "322001", "300528")) + digits(rng, 19)),
            with_iban_check("GB", rng.choice(("BARC", "LOYD", "HBUK")) + digits(rng, 14)),
        )
        return self._one(by_four(iban), iban, by_four(iban).lower())

    def iban_spoken(self, lang: str) -> str:
        iban = self._dutch_iban()
        head = " ".join(iban[:2]) + " " + say_digits(iban[2:4], lang)
        bank = " ".join(iban[4:8]) if self.rng.random() < 0.6 else iban[4:8].lower()
        rest = say_digits(iban[8:], lang)
        return f"{head} {bank} {rest}"

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = elfproef(self.rng)
        return self._one(bsn, bsn, chunk(bsn, (3, 3, 3)), chunk(bsn, (3, 3, 3), "."), chunk(bsn, (4, 2, 3)),
                         chunk(bsn, (2, 2, 2, 3))).strip()  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        bsn = elfproef(self.rng)
        if lang == "nl" and self.rng.random() < 0.5:
            return ", ".join(say_digits(part, lang) for part in (bsn[:3], bsn[3:6], bsn[6:]))
        return say_digits(bsn, lang)

    # ---- cards
    def card(self, lang: str) -> str:
        rng = self.rng
        kind = rng.choice(("visa", "visa", "master", "master2", "amex", "maestro", "unionpay"))
        if kind == "amex":
            number = luhn_finish(rng.choice(("34", "37")) + digits(rng, 12))
            return self._one(chunk(number, (4, 6, 5)), number, chunk(number, (4, 6, 5), "-"))
        if kind == "maestro":
            number = luhn_finish("6703" + digits(rng, 12))
            return self._one(chunk(number, (4, 4, 4, 4, 1)), number)
        prefix = {"visa": "4", "master": f"5{rng.randint(1, 5)}", "master2": f"2{rng.randint(221, 720)}",
                  "unionpay": "62"}[kind]  # fmt: skip
        number = luhn_finish(prefix + digits(rng, 15 - len(prefix)))
        return self._one(by_four(number), number, by_four(number, "-"), by_four(number, "  "))

    def card_fleet(self, lang: str) -> str:
        prefix = self.rng.choice(("700240", "704410", "707778", "789614"))
        number = luhn_finish(prefix + digits(self.rng, self.rng.choice((11, 12))))
        return self._one(by_four(number), number, chunk(number, (6, 4, 4, 4)))

    def card_spoken(self, lang: str) -> str:
        number = luhn_finish("4" + digits(self.rng, 14))
        return ", ".join(say_digits(part, lang) for part in by_four(number).split())

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 2007)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}{month:02d}{year}",
            f"{day}-{month}-{str(year)[2:]}", f"{day:02d}.{month:02d}.{year}",
        )  # fmt: skip

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            name = MONTHS["en"][month - 1]
            return self._one(f"{day} {name} {year}", f"{name} {day}, {year}", f"{ordinal_en(day)} {name} {year}",
                             f"{ordinal_en(day)} of {name} {year}")  # fmt: skip
        name, short = MONTHS["nl"][month - 1], MONTHS_SHORT_NL[month - 1]
        return self._one(f"{day} {name} {year}", f"{day} {short}. {year}", f"{day} {short.upper()} {year}",
                         f"{day} {name} '{str(year)[2:]}")  # fmt: skip

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            return f"{ordinal_en(day)} of {MONTHS['en'][month - 1]} {year_en(year)}"
        return self._one(f"{number_nl(day)} {MONTHS['nl'][month - 1]} {year_nl(year)}",
                         f"{number_nl(day)} {number_nl(month)} {number_nl(year % 100)}")  # fmt: skip

    # ---- plates
    def _dutch_plate(self) -> str:
        code = self.rng.choice(_SIDE_CODES)
        return "".join(self._letters(1) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c for c in code)

    def plate(self, lang: str) -> str:
        plate = self._dutch_plate()
        return self._one(plate, plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_trailer(self, lang: str) -> str:
        plate = f"W{self._letters(1)}-{self.rng.randint(10, 99)}-{self._letters(2)}"
        return self._one(plate, plate.replace("-", ""), plate.lower())

    def plate_foreign(self, lang: str) -> str:
        rng = self.rng
        return self._one(
            f"{rng.randint(1, 2)}-{self._letters(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{digits(rng, 3)}",
            f"{rng.choice(_GERMAN_DISTRICTS)}-{self._letters(rng.randint(1, 2))} {rng.randint(1, 9999)}",
            f"{rng.choice(_GERMAN_DISTRICTS)} {self._letters(2)} {rng.randint(10, 999)}",
            f"{self._letters(2, 'ABDEFGHKLMNOPRSVWY')}{digits(rng, 2)} {self._letters(3, _UK_LETTERS)}",
            f"{self._letters(2, _FR_LETTERS)}-{digits(rng, 3)}-{self._letters(2, _FR_LETTERS)}",
        )

    def plate_de(self, lang: str) -> str:
        district, letters = self.rng.choice(_GERMAN_DISTRICTS), self._letters(self.rng.randint(1, 2))
        number = self.rng.randint(1, 9999)
        return self._one(
            f"{district}-{letters} {number}", f"{district} {letters} {number}", f"{district}-{letters}{number}"
        )

    def plate_spoken(self, lang: str) -> str:
        plate = self._dutch_plate()
        words = []
        for part in plate.split("-"):
            if part.isdigit():
                words.append(say_digits(part, lang))
            elif lang == "nl" and self.rng.random() < 0.5:
                words.append(" ".join(f"{c} van {LETTERS_SPOKEN_NL[c]}" for c in part))
            else:
                words.append(" ".join(part))
        return self._one(
            " ".join(words), ", ".join(words), " streepje ".join(words) if lang == "nl" else " ".join(words)
        )

    # ---- customer, member, policy, permit and debtor numbers
    def customer_number(self, lang: str) -> str:
        number = digits(self.rng, self.rng.choice((7, 8, 9)), lead=True)
        return self._one(number, chunk(number, (3, 3)), chunk(number, (4,), "-"))

    def customer_number_water(self, lang: str) -> str:
        number = self._one("40", "41", "10") + digits(self.rng, 8)
        return self._one(number, chunk(number, (2, 4, 4), "-"), chunk(number, (4, 3, 3)))

    def customer_number_tax(self, lang: str) -> str:
        number = digits(self.rng, 10, lead=True)
        return self._one(chunk(number, (4, 3, 3), "."), number, f"S{number[:8]}", chunk(number, (2, 4, 4)))

    def customer_number_permit(self, lang: str) -> str:
        number = digits(self.rng, 7)
        return self._one(f"BV-{number}", f"BV {number}", f"MV{number[:6]}", f"PV/{number[:3]}/{number[3:]}")

    def customer_number_lease(self, lang: str) -> str:
        number = digits(self.rng, 8, lead=True)
        return self._one(f"LC-{number[:7]}", chunk(number, (3, 3), "."), f"{number}-01", f"FL{number}")

    def customer_number_member(self, lang: str) -> str:
        number = digits(self.rng, 9, lead=True)
        return self._one(chunk(number, (1, 4, 4)), number, f"L-{number[:5]}", f"{number[:3]}.{number[3:7]}")

    def customer_number_policy(self, lang: str) -> str:
        number = digits(self.rng, 9, lead=True)
        return self._one(f"UV-{number[:8]}", f"{number[:2]}.{number[2:5]}.{number[5:]}", f"{number}-2",
                         f"P{number[:7]}/01")  # fmt: skip

    def customer_number_debtor(self, lang: str) -> str:
        number = digits(self.rng, 10, lead=True)
        return self._one(f"D-{number[:7]}", chunk(number, (4, 4), "-"), number, f"{number[:6]}/{number[6:]}")

    def customer_number_dating(self, lang: str) -> str:
        hexed = "".join(self.rng.choice("0123456789abcdef") for _ in range(8))
        return self._one(hexed, f"u{digits(self.rng, 9)}", f"M-{digits(self.rng, 7)}")

    def customer_number_spoken(self, lang: str) -> str:
        number = digits(self.rng, 8, lead=True)
        if lang == "en":
            return " ".join(number_en(int(number[i : i + 2])) if number[i] != "0" else say_digits(number[i : i + 2],
                            lang) for i in range(0, 8, 2))  # fmt: skip
        return say_digits(number, lang) if self.rng.random() < 0.5 else pairs_nl(number)
