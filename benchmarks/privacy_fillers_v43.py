"""Fillers of the held-out split test_v43 (seed 199): customers of insurers (home, travel, pets), lenders, debt
collectors, water and district-heating firms, internet-TV providers, schools and after-school care, libraries,
museums, charities, movers and funeral insurers; typed, scanned (OCR noise) and spoken (voice-bot) values."""

from __future__ import annotations

import benchmarks.privacy_fillers_v43_pools  # noqa: F401  (registers POOLS["test_v43"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v43_ids import IdsV43
from benchmarks.privacy_fillers_v43_numbers import (
    LETTERS_NL,
    MONTHS_EN,
    MONTHS_NL,
    SHORT_NL,
    cut,
    digit_string,
    en_number,
    en_ordinal,
    nl_number,
    scanner_noise,
    spell_digits,
    year_words,
)

_FLAT = str.maketrans({"ğ": "g", "ş": "s", "ı": "i", "ç": "c", "ó": "o", "á": "a", "ã": "a", "í": "i", "ö": "o",
                       "ü": "u", "é": "e", "è": "e", "ú": "u", "'": ""})  # fmt: skip


class FillersV43(IdsV43, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        count = self._one("1", "1", "2", "2", "3")
        letters = "".join(f"{c}." for c in self.rng.sample("ACEGHJKLMPRSTW", int(count)))
        if self.rng.random() < 0.2:
            letters = letters.replace(".", "")  # 'AJ de Kam'
        return f"{letters} {self.pick('surname')}"

    def name_married(self, lang: str) -> str:
        """Own name after the husband's, as Dutch letters write it: 'Jacomina Sinke-de Kam'."""
        return f"{self.pick('first')} {self.pick('surname')}-{self.pick('surname')}"

    def name_register(self, lang: str) -> str:
        """Surname first: 'Ketterij, A. van de', 'Kovács, Zsófia'."""
        surname = self.pick("surname")
        given = self._one(self.pick("first"), f"{self.rng.choice('ABDGHJKMPRW')}.")
        words = surname.split()
        particle = " ".join(w for w in words if w[0].islower())
        core = " ".join(w for w in words if not w[0].islower())
        return f"{core}, {given}" + (f" {particle}" if particle else "")

    def name_lower(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.pick("first")).lower()

    def name_upper(self, lang: str) -> str:
        return self._one(self.name_full(lang), self.name_initials(lang)).upper()

    def name_ocr(self, lang: str) -> str:
        name = self._one(self.name_full(lang), self.name_initials(lang))
        return scanner_noise(self._one(name, name.upper()), self.rng)

    # ---- e-mail
    def _box(self) -> str:
        first = self.pick("first").lower().translate(_FLAT)
        last = self.pick("surname").lower().translate(_FLAT)
        glued = last.replace(" ", "")
        born = self.rng.randint(1948, 2007)
        return self._one(
            f"{first}.{glued}", f"{first[0]}.{last.replace(' ', '.')}", f"fam.{glued}", f"{first}{born}",
            f"{glued}.{first[0]}", f"{first}+{self._one('polis', 'school', 'bieb')}", f"{first}{glued[:3]}",
            f"{first}_{glued}{born % 100:02d}", f"{first}.{glued}.{self._one('zeeland', 'stad', 'thuis', 'werk')}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        return f"{self._box()}@{self.pick('domain')}"

    def email_work(self, lang: str) -> str:
        first = self.pick("first").lower().translate(_FLAT)
        last = self.pick("surname").lower().translate(_FLAT).replace(" ", "")
        return f"{self._one(first[0] + '.' + last, first, first + '.' + last)}@{self.pick('work_domain')}"

    def email_upper(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_spoken(self, lang: str) -> str:
        """Voice-bot transcript: lower case, symbols said as words."""
        box, domain = self._box(), self.pick("domain")
        if lang == "nl":
            at = self._one("apenstaartje", "at", "aapje", "et")
            words = {".": " punt ", "_": " underscore ", "+": " plus ", "-": " streepje "}
        else:
            at = "at"
            words = {".": " dot ", "_": " underscore ", "+": " plus ", "-": " dash "}
        said = f"{box} {at} {domain}"
        for sign, word in words.items():
            said = said.replace(sign, word)
        if self.rng.random() < 0.4:  # the top-level domain spelled out: 'n l', 'b e'
            head, _, tld = said.rpartition(" ")
            said = f"{head} {' '.join(tld)}"
        return " ".join(said.split())

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digit_string(self.rng, 8)
        return self._one(
            f"06-{cut(rest, (4, 4))}", f"06 {cut(rest, (3, 3, 2))}", f"0{cut('6' + rest, (3, 3, 3))}",
            f"+31 6 {cut(rest, (4, 4))}", f"+31(0)6-{rest}", f"0031-6-{rest}", f"06 {rest}", f"(+31) 6{rest}",
            f"06/{rest}", f"+31 6 {cut(rest, (2, 2, 2, 2), '-')}",
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self._one("0118", "0113", "0114", "0115", "0111", "050", "0596", "0598", "0597", "078", "013", "024")
        rest = digit_string(self.rng, 10 - len(area), lead=True)
        sizes = (2, 2, 2) if len(rest) == 6 else (3, 2, 2)
        return self._one(
            f"{area}-{rest}", f"{area} {cut(rest, sizes)}", f"({area}) {rest}", f"{area} - {cut(rest, sizes)}",
            f"+31 {area[1:]} {cut(rest, sizes)}", f"{area}{rest}",
        )  # fmt: skip

    def phone_be(self, lang: str) -> str:
        mobile = "4" + self._one("7", "8", "9") + digit_string(self.rng, 7)
        land = self._one("3", "9") + digit_string(self.rng, 7, lead=True)
        return self._one(
            f"0{mobile[:3]}/{cut(mobile[3:], (2, 2, 2), '.')}", f"+32 {cut(mobile, (3, 2, 2, 2))}",
            f"0{mobile[:3]} {cut(mobile[3:], (2, 2, 2))}", f"0{land[0]}/{cut(land[1:], (3, 2, 2), '.')}",
            f"+32{mobile}",
        )  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        d = digit_string(self.rng, 10)
        return self._one(
            f"+212 6 {cut(d[:8], (2, 2, 2, 2))}", f"+90 53{d[0]} {cut(d[1:8], (3, 2, 2))}",
            f"+252 61 {d[:7]}", f"+93 70 {cut(d[:7], (3, 4))}", f"+62 812-{cut(d[:8], (4, 4), '-')}",
            f"+36 30 {cut(d[:7], (3, 4))}", f"+40 72{d[0]} {cut(d[1:7], (3, 3))}", f"+55 11 9{d[:4]}-{d[4:8]}",
            f"+234 803 {cut(d[:7], (3, 4))}", f"+27 82 {cut(d[:7], (3, 4))}", f"+1 (416) 555-01{d[:2]}",
            f"+1 604 555 01{d[:2]}", f"00212 6{d[:8]}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digit_string(self.rng, 8)
        if lang == "nl" and self.rng.random() < 0.3:  # 'nul zes twaalf vierendertig ...'
            pairs = [nl_number(int(number[i : i + 2])) if number[i] != "0" else spell_digits(number[i : i + 2], "nl",
                     self.rng) for i in range(2, 10, 2)]  # fmt: skip
            return "nul zes " + " ".join(pairs)
        return spell_digits(number, lang, self.rng, pairs=0.15 if lang == "nl" else 0.0)

    def phone_ocr(self, lang: str) -> str:
        return scanner_noise(self._one(self.phone(lang), self.phone_landline(lang)), self.rng)

    # ---- postcodes
    def _postcode_parts(self) -> tuple[str, str]:
        number = self._one(str(self.rng.randint(4330, 4589)), str(self.rng.randint(9700, 9999)),
                           str(self.rng.randint(1011, 9699)))  # fmt: skip
        while True:
            letters = "".join(self.rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                return number, letters

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}",
            f"{number}-{letters}", f"{number}  {letters}", f"{number} {letters[0]} {letters[1]}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        if lang == "nl":
            said = self._one(
                spell_digits(number, "nl", self.rng),
                f"{nl_number(int(number[:2]))} {nl_number(int(number[2:])) if number[2] != '0' else number[2:]}",
                number,
            )
            return f"{said} {' '.join(LETTERS_NL[c] if self.rng.random() < 0.5 else c.lower() for c in letters)}"
        return f"{spell_digits(number, 'en', self.rng)} {' '.join(letters.lower())}"

    def postcode_ocr(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return scanner_noise(f"{number} {letters}", self.rng)

    # ---- addresses
    def _house(self) -> str:
        number = str(self.rng.randint(1, 260))
        return number + self._one("", "", "", "", "a", "-B", " bis", "-2", " hs", " zw", " rood", "-101")

    def address(self, lang: str) -> str:
        return f"{self.pick('street')} {self._house()}"

    def address_be(self, lang: str) -> str:
        return f"{self.pick('street_be')} {self.rng.randint(1, 320)}{self._one('', '', ' bus 3', '/0102', ' bus 11')}"

    def address_abroad(self, lang: str) -> str:
        return f"{self.rng.randint(3, 2890)} {self.pick('street_abroad')}"

    def address_ocr(self, lang: str) -> str:
        return scanner_noise(self._one(self.address(lang), self.address(lang).upper()), self.rng)

    def address_spoken(self, lang: str) -> str:
        number = self.rng.randint(1, 99)
        said = nl_number(number) if lang == "nl" else en_number(number)
        return f"{self.pick('street').lower()} {self._one(said, str(number))}"

    # ---- dates of birth
    def _birth(self, low: int = 1931, high: int = 2007) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            return self._one(
                f"{MONTHS_EN[month - 1]} {day}, {year}", f"{day} {MONTHS_EN[month - 1]} {year}",
                f"{month:02d}/{day:02d}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day}/{month}/{year}",
            )  # fmt: skip
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}.{month:02d}.{year}", f"{day}/{month}/{str(year)[2:]}",
            f"{day} {SHORT_NL[month - 1]}. {year}", f"{day} {MONTHS_NL[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}", f"{year}. {month:02d}. {day:02d}.", f"{day:02d} {month:02d} {year}",
            f"{day}-{MONTHS_NL[month - 1][:3]}-{year}",
        )  # fmt: skip

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            return self._one(
                f"{MONTHS_EN[month - 1]} the {en_ordinal(day)}, {year}",
                f"the {en_ordinal(day)} of {MONTHS_EN[month - 1]} {year}",
            )
        return self._one(
            f"{nl_number(day)} {MONTHS_NL[month - 1]} {year}", f"{day} {MONTHS_NL[month - 1]} '{year % 100:02d}"
        )

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birth()
        if lang == "en":
            return f"{MONTHS_EN[month - 1].lower()} {en_ordinal(day)} {year_words(year, 'en')}"
        return self._one(
            f"{nl_number(day)} {MONTHS_NL[month - 1]} {year_words(year, 'nl')}",
            f"{nl_number(day)} {nl_number(month)} {nl_number(year % 100)}",
            f"{day} {MONTHS_NL[month - 1]} {year}",
        )  # fmt: skip

    def dob_child(self, lang: str) -> str:
        day, month, year = self._birth(2011, 2022)
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day} {MONTHS_NL[month - 1]} {year}", f"{day}/{month}/{year}"
        )
