"""Fillers of the held-out split test_v51 (seed 251): patients, insured people, blood donors and relatives calling
health insurers, GP practices, dentists, hospitals, mental-health services, labs, medical-aid suppliers, travel
insurers and elderly homes, written without seeing the redaction rules."""

from __future__ import annotations

from benchmarks.privacy_fillers_v51_codes import CodesV51
from benchmarks.privacy_fillers_v51_numbers import (
    SPELL_NATO,
    SPELL_NL,
    cut,
    digits,
    en_words,
    nl_words,
    plain,
    read_digits,
)

_AREA_CODES = ("030", "0118", "0113", "043", "045", "046", "050", "058", "0513", "0592", "077", "0341", "0566")
_ABROAD = (
    ("+32", "4", (3, 2, 2, 2), 9), ("+48", "5", (3, 3, 3), 9), ("+359", "8", (2, 3, 4), 9),
    ("+40", "7", (3, 3, 3), 9), ("+90", "5", (3, 3, 2, 2), 10), ("+212", "6", (1, 2, 2, 2, 2), 9),
    ("+44", "7", (4, 6), 10), ("+61", "4", (3, 3, 3), 9), ("+597", "8", (3, 4), 7), ("+5999", "5", (3, 4), 7),
    ("+91", "9", (5, 5), 10), ("+84", "9", (2, 3, 4), 9), ("+852", "9", (4, 4), 8), ("+964", "7", (3, 3, 4), 10),
    ("+252", "6", (2, 3, 4), 9), ("+1", "6", (3, 3, 4), 10),
)  # fmt: skip


class FillersV51(CodesV51):
    """Slots: NAME_*, EMAIL_*, PHONE_*, IBAN_*, BSN_*, POSTCODE_*, ADDRESS_*, CARD_*, DOB_*, PLATE_*,
    CUSTOMER_NUMBER_* (the number-like ones in `CodesV51`)."""

    # ---- names
    def name_full(self, lang: str) -> str:
        if self.rng.random() < 0.2:
            return self.pick("whole")
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def _initials(self) -> str:
        count = self.rng.choice((1, 1, 2, 2, 3))
        letters = self.rng.sample("ABCDEGHIJKLMNPRSTWY", count)
        return self._one("".join(f"{letter}." for letter in letters), "".join(letters), ".".join(letters) + ".")

    def name_initials(self, lang: str) -> str:
        return f"{self._initials()} {self.pick('surname')}"

    def name_register(self, lang: str) -> str:
        """Family name first, as in patient header blocks: 'WIERSMA, H.' or 'van Vulpen, Gijsbert'."""
        surname = self.pick("surname")
        given = self._one(self._initials(), self.pick("first"))
        return self._one(f"{surname.upper()}, {given}", f"{surname}, {given}", f"{surname} {given}")

    def name_upper(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_married(self, lang: str) -> str:
        """Married women in elderly-home and GP records: 'mw. J. Kodde-Minderhoud' style (value without 'mw.')."""
        own, partner = self.pick("surname"), self.pick("surname")
        given = self._one(self._initials(), self.pick("first"))
        return f"{given} {partner[0].upper() + partner[1:]}-{own}"

    def name_spelled(self, lang: str) -> str:
        """A family name spelled out on the phone: 'W-I-E-R-S-M-A' or with a spelling alphabet."""
        core = plain(self.pick("surname")).replace(" ", "").replace("'", "")
        letters = [c for c in core.upper() if c.isalpha() and c in SPELL_NL]
        style = self.rng.randrange(3)
        if style == 0:
            return "-".join(letters)
        if style == 1:
            return " ".join(letters)
        return " ".join((SPELL_NATO if lang == "en" else SPELL_NL)[c] for c in letters)

    # ---- e-mail
    def _local_part(self) -> str:
        first = plain(self.pick("first")).lower().replace(" ", "")
        last = plain(self.pick("surname")).lower().replace(" ", "").replace("'", "")
        year = str(self.rng.randint(1950, 2008))
        return self._one(
            f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}{year[2:]}", f"{first}_{last}",
            f"{first}-{last}{self.rng.randint(1, 9)}", f"{last}{year}", f"{first}.{last[0]}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        value = f"{self._local_part()}@{self.pick('domain')}"
        return value.upper() if self.rng.random() < 0.1 else value

    def email_masked(self, lang: str) -> str:
        local, domain = self._local_part(), self.pick("domain")
        dot = domain.replace(".", self._one(" [dot] ", "(dot)", "."))
        return self._one(f"{local} [at] {dot}", f"{local}(at){dot}", f"{local} at {domain.replace('.', ' dot ')}")

    def email_spoken(self, lang: str) -> str:
        local, domain = self._local_part(), self.pick("domain")
        if lang == "en":
            signs = {".": " dot ", "_": " underscore ", "-": " dash ", "@": " at "}
        else:
            at = self._one(" apenstaartje ", " at ", " apenstaart ")
            signs = {".": " punt ", "_": " laag streepje ", "-": " streepje ", "@": at}
        text = "".join(signs.get(char, char) for char in f"{local}@{domain}")
        return " ".join(text.split())

    # ---- phone
    def _mobile(self) -> str:
        return "06" + digits(self.rng, 8, "12345")

    def phone(self, lang: str) -> str:
        if self.rng.random() < 0.35:
            return self.phone_landline(lang)
        number = self._mobile()
        rest = number[2:]
        return self._one(
            number, f"06-{rest}", f"06 {cut(rest, (2, 2, 2, 2))}", f"06 - {cut(rest, (4, 4))}", f"(06) {rest}",
            f"+31 6 {cut(rest, (4, 4))}", f"+316{rest}", f"0031 6 {rest}", f"06/{rest}",
            f"06.{cut(rest, (2, 2, 2, 2), '.')}",
        )  # fmt: skip

    def phone_landline(self, lang: str) -> str:
        area = self.rng.choice(_AREA_CODES)
        local = digits(self.rng, 10 - len(area), "2345678")
        return self._one(
            f"{area}-{local}", f"{area} {local}", f"({area}) {local}", f"+31 {area[1:]} {local}",
            f"+31 (0){area[1:]} {local}", f"{area} - {cut(local, (3, 2, 2) if len(local) == 7 else (2, 2, 2))}",
            f"{area}{local}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        number = (
            self._mobile()
            if self.rng.random() < 0.8
            else "0" + self.rng.choice(("30", "43", "50")) + digits(self.rng, 7, "2345")
        )
        style = self.rng.randrange(3)
        if style == 0:
            return read_digits(number, lang)
        if style == 1:  # first two digits as words, then pairs as numbers
            words = en_words if lang == "en" else nl_words
            pairs = [words(int(number[i : i + 2])) for i in range(2, 10, 2)]
            return f"{read_digits(number[:2], lang)} {' '.join(pairs)}"
        return f"{read_digits(number[:2], lang)}, {cut(number[2:], (2, 2, 2, 2))}"

    def phone_dtmf(self, lang: str) -> str:
        number = self._mobile() if self.rng.random() < 0.7 else self.rng.choice(_AREA_CODES) + digits(self.rng, 6)
        number = number[:10]
        return self._one(number, " ".join(number), "-".join(number))

    def phone_abroad(self, lang: str) -> str:
        code, first, sizes, length = self.rng.choice(_ABROAD)
        national = first + digits(self.rng, length - 1)
        if code == "+1":
            return f"+1 ({national[:3]}) {national[3:6]}-{national[6:]}"
        return self._one(f"{code} {cut(national, sizes)}", f"{code}{national}", f"00{code[1:]} {cut(national, sizes)}")

    def phone_be(self, lang: str) -> str:
        national = "04" + self.rng.choice("5789") + digits(self.rng, 7)
        return self._one(
            f"{national[:4]}/{cut(national[4:], (2, 2, 2), '.')}", f"{national[:4]} {cut(national[4:], (2, 2, 2))}",
            f"+32 {national[1:4]} {cut(national[4:], (2, 2, 2))}", national,
        )  # fmt: skip

    # ---- postcode
    def _postcode(self) -> tuple[str, str]:
        return digits(self.rng, 4, "123456789"), self._letters(2, "ABCDEGHJKLMNPRSTVWXZ")

    def postcode(self, lang: str) -> str:
        number, letters = self._postcode()
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}",
            f"{number}-{letters}", f"NL-{number} {letters}", f"{number}  {letters}",
        )  # fmt: skip

    def postcode_spoken(self, lang: str) -> str:
        number, letters = self._postcode()
        words = en_words if lang == "en" else nl_words
        style = self.rng.randrange(3)
        if style == 0:
            said = f"{words(int(number[:2]))} {words(int(number[2:]))}"
        elif style == 1:
            said = read_digits(number, lang)
        else:
            said = number
        spelled = " ".join((SPELL_NATO if lang == "en" else SPELL_NL)[c] for c in letters)
        return f"{said} {self._one(' '.join(letters), spelled, letters.lower())}"

    # ---- address
    def _house(self) -> str:
        number = str(self.rng.choice((self.rng.randint(1, 40), self.rng.randint(1, 260))))
        return number + self._one("", "", "", "a", " A", "-B", " bis", "-II", " hs", "-1", " rd", "B02")

    def address(self, lang: str) -> str:
        return f"{self.pick('street')} {self._house()}"

    def address_upper(self, lang: str) -> str:
        return self.address(lang).upper()

    def address_fy(self, lang: str) -> str:
        return f"{self.pick('street_fy')} {self._house()}"

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 180))
        return f"{self.pick('street_be')} {number}{self._one('', '', ' bus 3', ' bus 12', '/0102', 'A')}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(2, 420)
        flat = self._one("", "", f"Flat {self.rng.randint(1, 9)}, ", f"Unit {self.rng.randint(1, 20)}/", "Apt 4B, ")
        return f"{flat}{number} {self.pick('street_en')}"

    def address_spoken(self, lang: str) -> str:
        number = self.rng.randint(1, 99)
        said = self._one(nl_words(number), f"nummer {nl_words(number)}", f"nummer {number}")
        return f"{self.pick('street')} {said}"
