"""Fillers of the `test_v8` split: its own pools (`privacy_fillers_v8_pools`) and its own formats for every type.

Formats were chosen from how people write and say these things, not from any rule that finds them: Dutch
surnames turned round for a register ("Zwaag, W. van der"), Belgian and British numbers, plates of the newest
Dutch series, mobile numbers read out in pairs, dates of birth said aloud."""

from __future__ import annotations

import string
import unicodedata

from benchmarks.privacy_fillers import Fillers, _bsn, _group, _iban, _luhn_complete
from benchmarks.privacy_fillers_v8_pools import EN_UNITS, MONTHS, ORDINAL, en_tens, nl_number


class FillersV8(Fillers):
    """Every fill method is its own; `fill(slot, lang)` dispatches on the slot name as in `Fillers`."""

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def letters(self, count: int, alphabet: str = string.ascii_uppercase) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    def weighted(self, *options: str) -> str:
        return self.rng.choice(options)

    # NAME
    def name_first(self, lang: str) -> str:
        return self.pick("first_en" if lang == "en" and self.rng.random() < 0.5 else "first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname_en" if lang == "en" and self.rng.random() < 0.5 else "surname")
        return surname[0].upper() + surname[1:] if self.rng.random() < 0.4 else surname

    def name_full(self, lang: str) -> str:
        surname = self.pick("surname_en" if lang == "en" and self.rng.random() < 0.4 else "surname")
        return f"{self.name_first(lang)} {surname}"

    def name_initials(self, lang: str) -> str:
        initials = self.weighted("W.", "G.J.", "A.M.Th.", "F.", "H.W.", "Chr.", "S.K.", "J.P.M.", "Y.")
        return (
            f"{initials} {self.pick('surname')}"
            if self.rng.random() < 0.8
            else f"{initials.replace('.', '')} {self.pick('surname')}"
        )

    def name_lower(self, lang: str) -> str:
        return self.weighted(self.name_full(lang), self.name_surname(lang)).lower()

    def name_reversed(self, lang: str) -> str:
        """How registers file a Dutch name: "Zwaag, W. van der"."""
        surname, initial = self.pick("surname"), self.pick("first")[0]
        parts = surname.split()
        if len(parts) > 1 and parts[0].islower():
            prefix = " ".join(word for word in parts if word.islower() or word in ("'t",))
            rest = " ".join(word for word in parts if not (word.islower() or word in ("'t",)))
            return f"{rest}, {initial}. {prefix}"
        return f"{surname}, {self.pick('first')}"

    def name_caps(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    def name_be(self, lang: str) -> str:
        return f"{self.pick('first_be')} {self.pick('surname_be')}"

    def name_en(self, lang: str) -> str:
        return f"{self.pick('first_en')} {self.pick('surname_en')}"

    # EMAIL
    def _local_parts(self) -> tuple[str, str]:
        def plain(text: str) -> str:
            text = unicodedata.normalize("NFKD", text.replace("ı", "i")).encode("ascii", "ignore").decode()
            return "".join(char for char in text.lower() if char.isalnum())

        return plain(self.pick("first")), plain(self.pick("surname"))

    def email(self, lang: str) -> str:
        first, surname = self._local_parts()
        local = self.weighted(
            f"{first}.{surname}",
            f"{first[0]}{surname}{self.rng.randint(60, 99)}",
            f"{surname}.{first}",
            f"{first}+{self.weighted('webshop', 'nieuwsbrief', 'bills')}@",
            f"{first.capitalize()}{surname.capitalize()}",
            f"{surname}{self.digits(4)}",
        ).rstrip("@")
        return f"{local}@{self.pick('domain')}"

    def email_work(self, lang: str) -> str:
        first, surname = self._local_parts()
        return f"{self.weighted(f'{first[0]}.{surname}', first, f'{first}.{surname}')}@{self.pick('domain_work')}"

    def email_spoken(self, lang: str) -> str:
        first, surname = self._local_parts()
        dot, at = (
            self.weighted(("punt", "apenstaartje"), ("punt", "at"), ("puntje", "at"))
            if lang == "nl"
            else (
                "dot",
                self.weighted("at", "at sign"),
            )
        )
        domain = self.pick("domain").replace(".", f" {dot} ")
        return f"{self.weighted(f'{first} {dot} {surname}', f'{first}{surname}', surname)} {at} {domain}"

    # PHONE
    def phone(self, lang: str) -> str:
        rest = self.digits(8)
        area = self.weighted("0341", "0591", "0525", "0475", "0114", "0548")
        return self.weighted(
            f"06 {_group(rest, [3, 3, 2])}",
            f"06-{_group(rest, [4, 4])}",
            f"+31 (0)6-{rest}",
            f"+316{rest}",
            f"{area}-{rest[:6]}",
            f"{area} {_group(rest[:6], [2, 2, 2])}",
            f"0031{6}{rest}",
        )

    def phone_be(self, lang: str) -> str:
        rest = self.digits(6)
        mobile = self.weighted("0475", "0486", "0497", "0471")
        return self.weighted(
            f"{mobile}/{_group(rest, [2, 2, 2], '.')}",
            f"+32 {mobile[1:]} {_group(rest, [2, 2, 2])}",
            f"09 {rest[:3]} {rest[3:5]} {rest[5]}{self.digits(1)}",
            f"{mobile} {_group(rest, [2, 2, 2])}",
        )

    def phone_uk(self, lang: str) -> str:
        rest = self.digits(6)
        return self.weighted(
            f"07{self.digits(3)} {rest}", f"+44 7{self.digits(3)} {rest[:3]} {rest[3:]}", f"01228 {rest}"
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + self.digits(8)
        if lang == "en":
            mobile = "07" + self.digits(9)
            return (
                " ".join(EN_UNITS[int(char)] for char in mobile[:5])
                + ", "
                + " ".join(EN_UNITS[int(char)] for char in mobile[5:])
            )
        pairs = [nl_number(int(number[i : i + 2])) for i in range(2, 10, 2)]
        return self.weighted("nul zes, " + ", ".join(pairs), "nul zes " + " ".join(pairs), "06 " + " ".join(pairs))

    # IBAN
    def iban(self, lang: str) -> str:
        value = _iban("NL", self.pick("bank") + self.digits(10))
        return self.weighted(
            _group(value, [4] * 5), value, _group(value, [4] * 5).lower(), _group(value, [2, 2, 4, 10])
        )

    def iban_foreign(self, lang: str) -> str:
        base = self.pick("be_bank") + self.digits(7)
        be = _iban("BE", base + f"{int(base) % 97 or 97:02d}")
        de = _iban("DE", "5" + self.digits(7) + self.digits(10))
        lu = _iban("LU", self.weighted("001", "002", "019") + self.digits(13))
        gb = _iban("GB", "HBUK" + "40" + self.digits(4) + self.digits(8))
        value = self.weighted(be, be, de, lu, gb)
        return self.weighted(_group(value, [4] * 6), value)

    # BSN
    def bsn(self, lang: str) -> str:
        value = _bsn(self.rng)
        return self.weighted(value, value, f"{value[:3]}.{value[3:6]}.{value[6:]}", _group(value, [3, 2, 2, 2]))

    # POSTCODE
    def postcode(self, lang: str) -> str:
        number, letters = self.rng.randint(1011, 9999), self.letters(2, "ABCEGHJKLMNPRSTVWXZ")
        return self.weighted(
            f"{number} {letters}", f"{number}{letters}", f"{number}{letters.lower()}", f"{number}  {letters}"
        )

    def postcode_be(self, lang: str) -> str:
        return str(self.rng.choice([1000, 1050, 1500, 2000, 2300, 3000, 3200, 3290, 8500, 8900, 9000, 9550, 9900]))

    def postcode_uk(self, lang: str) -> str:
        return f"{self.pick('uk_outward')} {self.rng.randint(1, 9)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"

    # ADDRESS
    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 312))
        addition = self.weighted("", "", "", "-A", " bis", "-hs", " III", "a", " zw", "-101")
        return f"{self.pick('street_nl')} {number}{addition}"

    def address_be(self, lang: str) -> str:
        addition = self.weighted("", "", " bus 3", " bus 0201", "/2", "A")
        return f"{self.pick('street_be')} {self.rng.randint(1, 240)}{addition}"

    def address_en(self, lang: str) -> str:
        number, street = self.rng.randint(1, 180), self.pick("street_en")
        return self.weighted(
            f"{number} {street}", f"Flat {self.rng.randint(1, 12)}, {number} {street}", f"{number}b {street}"
        )

    # CARD
    def card(self, lang: str) -> str:
        visa = _luhn_complete("4" + self.digits(14))
        master = _luhn_complete(str(self.rng.randint(2221, 2720)) + self.digits(11))
        amex = _luhn_complete("34" + self.digits(12))
        number = self.weighted(visa, master, master, amex)
        if len(number) == 15:
            return self.weighted(_group(number, [4, 6, 5]), number)
        return self.weighted(
            _group(number, [4, 4, 4, 4]), number, _group(number, [4, 4, 4, 4], "-"), _group(number, [4, 4, 4, 4], ".")
        )

    # DOB
    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 2008)
        name = MONTHS[lang][month - 1]
        common = [f"{day}-{month}-{year}", f"{day:02d}.{month:02d}.{year}", f"{year}{month:02d}{day:02d}"]
        if lang == "en":
            return self.weighted(
                *common,
                f"{day}{ORDINAL.get(day, 'th')} {name} {year}",
                f"{name[:3]} {day}, {year}",
                f"{day:02d}/{month:02d}/{year}",
            )
        return self.weighted(
            *common, f"{day} {name[:3]}. {year}", f"{day} {name} '{str(year)[2:]}", f"{day:02d}/{month:02d}/{year}"
        )

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 1965)
        if lang == "en":
            return f"the {day}{ORDINAL.get(day, 'th')} of {MONTHS['en'][month - 1]} nineteen {en_tens(year % 100)}"
        year_words = self.weighted(f"negentien{nl_number(year % 100)}", f"negentienhonderd{nl_number(year % 100)}")
        return f"{nl_number(day)} {MONTHS['nl'][month - 1]} {year_words}"

    # PLATE
    def plate(self, lang: str) -> str:
        consonants = "BDFGHJKLNPRSTXZ"
        code = self.weighted("LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D", "LL-DDD-L", "GX-DD-LL")
        plate = "".join(
            self.rng.choice(consonants) if c == "L" else str(self.rng.randint(0, 9)) if c == "D" else c for c in code
        )
        belgian = f"{self.rng.randint(1, 2)}-{self.letters(3, consonants)}-{self.digits(3)}"
        uk = f"{self.letters(2, consonants)}{self.digits(2)} {self.letters(3, consonants)}"
        return self.weighted(plate, plate, plate.lower(), plate.replace("-", ""), belgian, uk)

    # CUSTOMER_NUMBER
    def customer_number(self, lang: str) -> str:
        return self.weighted(
            self.digits(8),
            f"KL{self.digits(7)}",
            f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
            f"0{self.digits(9)}",
        )

    def customer_number_order(self, lang: str) -> str:
        return self.weighted(
            f"WS-{self.digits(8)}", f"2025{self.digits(6)}", f"ORD{self.digits(6)}-{self.rng.randint(1, 3)}"
        )

    def customer_number_policy(self, lang: str) -> str:
        return self.weighted(
            f"POL{self.digits(7)}",
            f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}",
            f"AV-{self.digits(6)}/{self.digits(2)}",
        )

    def customer_number_case(self, lang: str) -> str:
        return self.weighted(f"DOS-2025-{self.digits(5)}", f"{self.digits(2)}/{self.digits(5)}", f"CAS{self.digits(7)}")

    def customer_number_booking(self, lang: str) -> str:
        return self.letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def customer_number_patient(self, lang: str) -> str:
        return self.weighted(self.digits(7), f"P{self.digits(8)}")

    def customer_number_member(self, lang: str) -> str:
        return self.weighted(f"LID{self.digits(6)}", f"{self.digits(4)} {self.digits(4)} {self.digits(2)}")
