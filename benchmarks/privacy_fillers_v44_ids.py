"""Account numbers, identity numbers, addresses, dates of birth, plates and customer numbers of test_v44; mixed
into `FillersV44`. Every IBAN passes mod 97 (Belgian ones also their national check), every BSN the elfproef,
every card Luhn; Dutch plates follow the side codes, postcodes use the letters PostNL hands out."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v44_numbers import (
    MONTHS,
    belgian_bban,
    blocks,
    digits,
    iban_for,
    luhn_finish,
    make_bsn,
    ordinal_en,
    read_digits,
    spell_letters_nl,
    word_en,
    word_nl,
    year_words,
)

# Dutch side codes 4 to 14 (L a letter, 9 a digit), plus the moped code with its leading D or F.
_SIDE_CODES = (
    "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9", "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L",
    "L-99-LLL", "9-LL-999", "999-LL-9", "M-999-LL",
)  # fmt: skip
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_SHORT_NL = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
# Postcode ranges: Twente, Zeeuws-Vlaanderen, the rest of the country.
_POSTCODE_RANGES = ((7500, 7699), (4500, 4589), (1000, 9999))


class IdsV44:
    """Mixin: needs `rng`, `pick(key)` and `_one(*options)` from the class it is mixed into."""

    rng: random.Random

    # ---- IBAN
    def iban(self, lang: str) -> str:
        value = iban_for("NL", self.pick("bank") + digits(self.rng, 10))
        return self._one(
            blocks(value, (4,)),
            value,
            value.lower(),
            f"{value[:4]} {value[4:8]} {value[8:]}",
            blocks(value, (4,)).lower(),
            f"{value[:2]} {value[2:4]} {value[4:8]} {blocks(value[8:], (4, 4, 2))}",
        )

    def iban_be(self, lang: str) -> str:
        value = iban_for("BE", belgian_bban(self.rng, self.pick("bank_be")))
        return self._one(blocks(value, (4,)), value, blocks(value, (4,), "-"))

    def iban_foreign(self, lang: str) -> str:
        rng = self.rng
        bulgarian = self._one("UNCR", "BPBI", "FINV", "STSA", "RZBB") + digits(rng, 4) + "10" + digits(rng, 8)
        value = self._one(
            iban_for("BG", bulgarian),
            iban_for("GR", self._one("011", "017", "026", "014") + digits(rng, 4) + digits(rng, 16)),
            iban_for("LT", "32500" + digits(rng, 11)),
            iban_for("DE", self._one("40154530", "44050199", "40351060") + digits(rng, 10)),
            iban_for("PT", "0035" + digits(rng, 4) + digits(rng, 13)),
        )
        return self._one(blocks(value, (4,)), value)

    def iban_spoken(self, lang: str) -> str:
        value = iban_for("NL", self.pick("bank") + digits(self.rng, 10))
        check, bank, account = value[2:4], value[4:8], value[8:]
        if lang == "nl":
            return self._one(
                f"en el {word_nl(int(check))}, {spell_letters_nl(bank)}, {read_digits(account, 'nl')}",
                f"NL {read_digits(check, 'nl')} {bank.lower()} {read_digits(account, 'nl')}",
                f"N L {check} {' '.join(bank)} {blocks(account, (3,))}",
            )
        return f"N L {word_en(int(check))}, {' '.join(bank)}, {read_digits(account, 'en')}"

    # ---- BSN
    def bsn(self, lang: str) -> str:
        value = make_bsn(self.rng)
        return self._one(
            value,
            f"{value[:4]}.{value[4:6]}.{value[6:]}",
            blocks(value, (3,)),
            blocks(value, (3,), "-"),
            f"{value[:2]}.{value[2:4]}.{value[4:6]}.{value[6:]}",
            make_bsn(self.rng, leading_zero=True)[1:],
        )

    def bsn_form(self, lang: str) -> str:
        """Boxed form fields, one digit per box, as the scanner reads them."""
        return self._one(" ".join(make_bsn(self.rng)), "|".join(make_bsn(self.rng)))

    def bsn_spoken(self, lang: str) -> str:
        value = make_bsn(self.rng)
        grouped = ", ".join(read_digits(part, lang) for part in blocks(value, (3,)).split())
        return self._one(read_digits(value, lang), grouped)

    # ---- postcode and address
    def _postcode_parts(self) -> tuple[str, str]:
        low, high = self.rng.choice(_POSTCODE_RANGES)
        while True:
            letters = "".join(self.rng.choice(_POSTCODE_LETTERS) for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randint(low, high)), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}-{letters}",
            f"{number}{letters.lower()}", f"{number}  {letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        if lang == "en":
            return f"{read_digits(number, 'en')} {' '.join(letters)}"
        return self._one(
            f"{word_nl(int(number[:2]))} {word_nl(int(number[2:]))} {spell_letters_nl(letters)}",
            f"{read_digits(number, 'nl')}, {' '.join(letters)}",
        )

    def _house_number(self) -> str:
        number = str(self.rng.randint(1, 260))
        return number + self._one("", "", "", "a", "B", "-2", " II", " hs", "-bis", " zw", "-14")

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house_number()}"

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 320))
        box = self._one("", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(1, 5):02d}", " bus 0.1")
        return f"{self.pick('street_be')} {number}{box}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(2, 188)
        return self._one(
            f"{number} {self.pick('street_en')}",
            f"Unit {self.rng.randint(1, 9)}/{number} {self.pick('street_en')}",
            f"{self.pick('street_nl')} {number}",
        )

    def address_form(self, lang: str) -> str:
        street, house = self.pick("street_nl"), self._house_number()
        return self._one(f"{street}{house}", f"{street} {house}".upper(), f"{street.lower()} {house}")

    # ---- payment cards
    def card(self, lang: str) -> str:
        head = self._one("4", "4", "51", "53", "55", "2221", "2720", "6703")
        length = {"6703": 17}.get(head, 16)
        value = luhn_finish(head + digits(self.rng, length - len(head) - 1))
        amex = luhn_finish(self._one("34", "37") + digits(self.rng, 12))
        if self.rng.random() < 0.2:
            return self._one(f"{amex[:4]} {amex[4:10]} {amex[10:]}", amex)
        return self._one(blocks(value, (4,)), value, blocks(value, (4,), "-"), blocks(value, (4,), "."))

    def card_spoken(self, lang: str) -> str:
        head = self._one("4", "52")
        value = luhn_finish(head + digits(self.rng, 15 - len(head)))
        return ", ".join(read_digits(group, lang) for group in blocks(value, (4,)).split())

    # ---- dates of birth
    def _birth(self, low: int = 1941, high: int = 2005) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}.{month:02d}.{year}",
            f"{day} {name} {year}", f"{day} {_SHORT_NL[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}",
            f"{day}/{month}/'{year % 100:02d}",
        )  # fmt: skip

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "nl":
            return f"{word_nl(day)} {MONTHS['nl'][month - 1]} {year_words(year, 'nl')}"
        return self._one(
            f"the {ordinal_en(day)} of {MONTHS['en'][month - 1]}, {year_words(year, 'en')}",
            f"{MONTHS['en'][month - 1]} {ordinal_en(day)}, {year_words(year, 'en')}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = MONTHS["en"][month - 1]
        return self._one(
            f"{ordinal_en(day)} {name} {year}", f"{name} {day}, {year}", f"{day:02d}/{month:02d}/{year}",
            f"{year}/{month:02d}/{day:02d}", f"{day} {name[:3]} {year}", f"{day}-{name[:3]}-{year % 100:02d}",
        )  # fmt: skip

    def dob_be(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(f"{day:02d}/{month:02d}/{year}", f"{day}.{month}.{year}", f"{day}/{month}/{year}")

    def dob_child(self, lang: str) -> str:
        day, month, year = self._birth(2019, 2024)
        return self._one(
            f"{day}-{month}-{year}", f"{day} {MONTHS['nl'][month - 1]} {year}", f"{day:02d}{month:02d}{year}"
        )

    def dob_form(self, lang: str) -> str:
        day, month, year = self._birth()
        return self._one(
            f"{day:02d}{month:02d}{year}", f"{day}-{month}-{year % 100:02d}", f"{day:02d} {month:02d} {year}"
        )

    # ---- plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDE_CODES)
        out = "".join(
            self.rng.choice(_PLATE_LETTERS) if c == "L" else str(self.rng.randint(0, 9)) if c == "9" else c
            for c in code.replace("M", self._one("D", "F"))
        )
        return self._one(out, out, out.replace("-", ""), out.lower(), out.replace("-", " "))

    def plate_foreign(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        belgian = f"{self._one('1', '1', '2')}-{letters}-{digits(self.rng, 3)}"
        german = f"{self._one('BOR', 'NOH', 'ST', 'COE')}-{letters[:2]} {self.rng.randint(1, 999)}"
        return self._one(belgian, belgian.replace("-", ""), belgian.lower(), german)

    # ---- customer numbers
    def customer_number_bank(self, lang: str) -> str:
        value = digits(self.rng, self.rng.choice((9, 10)), True)
        return self._one(value, blocks(value, (3,)), f"{value[:2]}.{value[2:5]}.{value[5:]}")

    def customer_number_tenant(self, lang: str) -> str:
        return self._one(f"HN{digits(self.rng, 6)}", f"{digits(self.rng, 5, True)}-{digits(self.rng, 2)}",
                         f"H-{digits(self.rng, 4, True)}/{self.rng.randint(1, 9)}")  # fmt: skip

    def customer_number_pension(self, lang: str) -> str:
        value = digits(self.rng, 8, True)
        return self._one(
            value, f"{value[:4]}.{value[4:]}", f"PN {value[:4]} {value[4:]}", f"{value[:1]}.{value[1:4]}.{value[4:]}"
        )

    def customer_number_lease(self, lang: str) -> str:
        return self._one(f"ELB-{self.rng.randint(2021, 2025)}-{digits(self.rng, 5)}", f"LC{digits(self.rng, 7, True)}",
                         f"{digits(self.rng, 3, True)}/{digits(self.rng, 5)}/E")  # fmt: skip

    def customer_number_school(self, lang: str) -> str:
        return self._one(
            f"LL-{digits(self.rng, 4, True)}", digits(self.rng, 10, True), f"KND {digits(self.rng, 8, True)}"
        )

    def customer_number_garage(self, lang: str) -> str:
        return self._one(
            f"K{digits(self.rng, 5, True)}",
            f"GR-{digits(self.rng, 4)}-{self.rng.choice('TZW')}",
            digits(self.rng, 6, True),
        )

    def customer_number_repair(self, lang: str) -> str:
        return self._one(
            f"FX{digits(self.rng, 6)}", f"KL {digits(self.rng, 3)} {digits(self.rng, 3)}", f"C{digits(self.rng, 7)}"
        )

    def customer_number_childcare(self, lang: str) -> str:
        return self._one(f"KO-{digits(self.rng, 6)}", f"{digits(self.rng, 7, True)}", f"R{digits(self.rng, 5)}-KDV")

    def customer_number_spoken(self, lang: str) -> str:
        value = digits(self.rng, self.rng.randint(7, 9), True)
        return self._one(read_digits(value, lang), read_digits(value, lang, ", "), " ".join(value))
