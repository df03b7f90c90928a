"""Fillers of the held-out split test_v62 (seed 313): customers of water boards, parking desks, transport operators,
mobile providers, libraries, vets, opticians, furniture shops, pension funds and charities, of many origins."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v62_pools  # noqa: F401  (registers POOLS["test_v62"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v62_numbers import BBAN, blocks, bsn_number, cut, luhn, numerals, spell, with_iban_check

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}
# Foreign mobiles: country code, digits after it, grouping.
_ABROAD = (
    ("32", 9, (3, 2, 2, 2)), ("90", 10, (3, 3, 2, 2)), ("212", 9, (1, 2, 2, 2, 2)), ("597", 7, (3, 4)),
    ("49", 11, (4, 7)), ("33", 9, (1, 2, 2, 2, 2)), ("44", 10, (4, 6)), ("48", 9, (3, 3, 3)), ("380", 9, (2, 3, 4)),
    ("352", 9, (3, 3, 3)), ("234", 10, (3, 3, 4)),
)  # fmt: skip
_SIDECODES = ("XX-99-99", "99-XX-99", "99-XX-XX", "XX-999-X", "9-XXX-99", "99-XXX-9", "X-999-XX", "XXX-99-X",
              "9-XX-999", "GV-999-X")  # fmt: skip
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


class FillersV62(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _caps(self, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = "".join(f"{ch}." for ch in letters) if self.rng.random() < 0.8 else "".join(letters)
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        """As in CRM exports and Belgian forms: 'YILDIZ Emre' or 'VAN DER VEEN, Gerda'."""
        surname, first = self.pick("surname"), self.pick("first")
        return self._one(f"{surname.upper()} {first}", f"{surname.upper()}, {first}", f"{first} {surname.upper()}")

    def name_handle(self, lang: str) -> str:
        """A colleague's Slack/Teams display name: 'Nienke Postma' or 'nienke.postma'."""
        first, last = self._ascii("first"), self._ascii("surname")
        return self._one(f"{first}.{last}", f"@{first}.{last}", f"{first[0]}{last}")

    def name_couple(self, lang: str) -> str:
        joiner = "and" if lang == "en" else self._one("en", "&")
        return f"{self.pick('first')} {joiner} {self.pick('first')} {self.pick('surname')}"

    def _ascii(self, key: str) -> str:
        text = unicodedata.normalize("NFKD", self.pick(key).lower()).encode("ascii", "ignore").decode()
        return text.replace(" ", "").replace("'", "").replace("-", "")

    # ---- e-mail
    def _mailbox(self) -> str:
        first, last = self._ascii("first"), self._ascii("surname")
        return self._one(
            f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{last}{self.rng.randint(1960, 2005)}",
            f"{first}-{last}", f"{first}_{self.rng.randint(10, 99)}", f"{last}.{first[0]}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        address = f"{self._mailbox()}@{self.pick('domain')}"
        return address if self.rng.random() < 0.85 else address.capitalize()

    def email_spoken(self, lang: str) -> str:
        at, dot = self._one(("apenstaartje", "punt"), ("at", "punt")) if lang != "en" else ("at", "dot")
        dash = "streepje" if lang != "en" else "dash"
        box = self._mailbox().replace(".", f" {dot} ").replace("-", f" {dash} ").replace("_", " underscore ")
        return f"{box} {at} {self.pick('domain').replace('.', f' {dot} ')}"

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = numerals(self.rng, 8)
        area = self._one("20", "10", "70", "13", "24", "38", "492", "599", "73")
        land = (area + rest)[:9]
        return self._one(
            f"06-{rest}", f"06 {cut(rest, (4, 4))}", f"06 {cut(rest, (2, 3, 3))}", f"+31 6 {cut(rest, (2, 2, 2, 2))}",
            f"+31(0)6-{rest}", f"0{land[: len(area)]} {land[len(area) :]}", f"0{land[:2]}-{cut(land[2:], (3, 4))}",
            f"(0{area}) {land[len(area) :]}", f"+31 {land[:2]} {land[2:]}", f"06/{rest}", f"0031 6 {rest}",
        )  # fmt: skip

    def phone_intl(self, lang: str) -> str:
        code, length, groups = self.rng.choice(_ABROAD)
        number = str(self.rng.randint(4, 9)) + numerals(self.rng, length - 1)
        if code == "32" and self.rng.random() < 0.5:
            return self._one(f"04{number[1:3]} {cut(number[3:], (2, 2, 2))}", f"04{number[1:3]}/{number[3:]}")
        return self._one(f"+{code} {cut(number, groups)}", f"00{code} {number}", f"+{code}{number}")

    def phone_spoken(self, lang: str) -> str:
        number = "06" + numerals(self.rng, 8)
        if self.rng.random() < 0.35:
            pairs = [number[i : i + 2] for i in range(2, 10, 2)]
            return f"{spell('06', lang)} {' '.join(str(int(p)) if p[0] != '0' else spell(p, lang) for p in pairs)}"
        return spell(number, lang, self._one(" ", " ", ", "))

    def phone_keypad(self, lang: str) -> str:
        """What an IVR log records for a number keyed in: '0612345678' or '0031612345678'."""
        rest = numerals(self.rng, 8)
        return self._one(f"06{rest}", f"06{rest}", f"00316{rest}", f"0{self._one('20', '30', '50')}{rest[:7]}")

    # ---- bank
    def _iban(self, country: str) -> str:
        length, letters = BBAN[country]
        lead = self.pick("bank") if country == "NL" else self._caps(letters)
        return with_iban_check(country, lead + numerals(self.rng, length))

    def iban(self, lang: str) -> str:
        country = "NL" if self.rng.random() < 0.6 else self.rng.choice(sorted(set(BBAN) - {"NL"}))
        compact = self._iban(country)
        return self._one(compact, blocks(compact, 4), blocks(compact, 4), blocks(compact, 4).lower(), compact.lower())

    def iban_nl(self, lang: str) -> str:
        compact = self._iban("NL")
        return self._one(compact, blocks(compact, 4), f"{compact[:2]} {compact[2:4]} {compact[4:8]} {compact[8:]}")

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = bsn_number(self.rng)
        return self._one(bsn, bsn, cut(bsn, (3, 3, 3)), cut(bsn, (3, 2, 2, 2)), cut(bsn, (4, 2, 3), "."))

    def bsn_spoken(self, lang: str) -> str:
        return spell(bsn_number(self.rng), lang, self._one(" ", ", ", "-"))

    def bsn_keypad(self, lang: str) -> str:
        return bsn_number(self.rng)

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9999)), self._caps(2, "ABCDEGHJKLMNPRSTVWXZ")
        return self._one(
            f"{number} {letters}", f"{number}{letters}", f"{number}{letters.lower()}", f"{number}  {letters}",
            f"{number} {letters.lower()}", f"NL-{number} {letters}",
        )  # fmt: skip

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.randint(1000, 9992))
        return self._one(f"B-{number}", f"{number}", f"BE-{number}")

    def postcode_spoken(self, lang: str) -> str:
        number, letters = str(self.rng.randint(1011, 9999)), self._caps(2, "ABDEGHJKLMNRSTVZ")
        words = self._one(spell(number, lang), f"{number[:2]} {number[2:]}")
        return f"{words} {' '.join(letters)}"

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 312)
        extra = self._one("", "", "", "A", "-B", " 2-hoog", " III", "-1", " huis", "bis", " K3")
        return f"{self.pick('street_nl')} {number}{extra}"

    def address_be(self, lang: str) -> str:
        street, number = self.pick("street_be"), self.rng.randint(1, 220)
        if street[0].islower():
            return self._one(f"{street} {number}", f"{number}, {street}", f"{street} {number}/{self.rng.randint(1, 9)}")
        return self._one(f"{street} {number}", f"{street} {number} bus {self.rng.randint(1, 30)}")

    def address_en(self, lang: str) -> str:
        return f"{self._one('', 'Flat 2, ', 'Unit 5, ')}{self.rng.randint(1, 180)} {self.pick('street_en')}"

    # ---- card
    def card(self, lang: str) -> str:
        kind = self._one("visa", "visa", "mc", "maestro", "amex")
        if kind == "amex":
            number = luhn(self._one("34", "37") + numerals(self.rng, 12))
            return self._one(cut(number, (4, 6, 5)), number)
        lead = {"visa": "4", "mc": self._one("51", "54", "2221", "2720"), "maestro": "6703"}[kind]
        number = luhn(lead + numerals(self.rng, 15 - len(lead)))
        return self._one(blocks(number, 4), number, blocks(number, 4, "-"), blocks(number, 4, "  "))

    # ---- dates of birth
    def _born(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1926, 2012)

    def dob(self, lang: str) -> str:
        day, month, year = self._born()
        names = _MONTHS["en" if lang == "en" else "nl"]
        return self._one(
            f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}", f"{day:02d}.{month:02d}.{year}",
            f"{day:02d}/{month:02d}/{year}", f"{day} {names[month - 1]} {year}", f"{year}{month:02d}{day:02d}",
            f"{day} {names[month - 1][:3]}. {year}", f"{year}-{month:02d}-{day:02d}",
        )  # fmt: skip

    def dob_en(self, lang: str) -> str:
        day, month, year = self._born()
        name = _MONTHS["en"][month - 1]
        return self._one(f"{name} {day}, {year}", f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year}",
                         f"{name[:3]} {day} {year}")  # fmt: skip

    def dob_fr(self, lang: str) -> str:
        day, month, year = self._born()
        return self._one(f"{day} {_MONTHS['fr'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}")

    # ---- plates
    def plate(self, lang: str) -> str:
        shape = self.rng.choice(_SIDECODES)
        plate = "".join(
            self.rng.choice(_PLATE_LETTERS) if ch == "X" else str(self.rng.randint(0, 9)) if ch == "9" else ch
            for ch in shape
        )
        return self._one(plate, plate, plate.lower(), plate.replace("-", ""), plate.replace("-", " "))

    def plate_abroad(self, lang: str) -> str:
        return self._one(
            f"1-{self._caps(3)}-{numerals(self.rng, 3)}",  # Belgian
            f"{self._one('2', '1')}{self._caps(3)}{numerals(self.rng, 3)}",  # Belgian, no dashes
            f"{self._one('D', 'BOR', 'KLE', 'AC')}-{self._caps(2)} {self.rng.randint(1, 9999)}",  # German
            f"{self.rng.randint(10, 81)} {self._caps(3)} {self.rng.randint(100, 999)}",  # Turkish
            f"{self._caps(2)}{numerals(self.rng, 2)} {self._caps(3)}",  # British
        )

    # ---- customer, contract, policy, member numbers
    def customer_number_customer(self, lang: str) -> str:
        number = numerals(self.rng, 8)
        return self._one(number, f"{number[:4]} {number[4:]}", f"KL-{number[:7]}", f"{self._caps(1)}{number}")

    def customer_number_contract(self, lang: str) -> str:
        number = numerals(self.rng, 9)
        return self._one(f"CT{number}", f"{number[:3]}-{number[3:6]}-{number[6:]}", f"MOB/{number[:7]}", number)

    def customer_number_policy(self, lang: str) -> str:
        number = numerals(self.rng, 10)
        return self._one(f"PF-{number[:8]}", f"{number[:2]}.{number[2:5]}.{number[5:8]}", f"DLN{number}", number)

    def customer_number_member(self, lang: str) -> str:
        number = numerals(self.rng, 10)
        return self._one(number[:7], f"{number[:4]} {number[4:8]}", f"M{number[:8]}", f"21{number[:12]}")

    def customer_number_donor(self, lang: str) -> str:
        number = numerals(self.rng, 7)
        return self._one(f"D{number}", f"DON-{number[:6]}", number, f"{number[:3]}.{number[3:]}")

    def customer_number_permit(self, lang: str) -> str:
        number = numerals(self.rng, 8)
        return self._one(f"VG{number[:6]}", f"BV-{number}", f"{self._caps(2)}-{number[:5]}")

    def customer_number_card(self, lang: str) -> str:
        """Library, museum and season-ticket cards held by one person."""
        number = numerals(self.rng, 14)
        return self._one(f"2100{number[:10]}", cut(number[:16], (4, 4, 4, 2)), f"MK{number[:9]}")
