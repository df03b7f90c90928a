"""Fillers of the held-out split test_v67 (seed 349): solar-panel owners, students on waiting lists, investors,
hearing-aid wearers, marketplace sellers, hungry customers, car sharers, dog owners and builders, music pupils and
drivers with fines; Dutch, Flemish, Surinamese-Dutch, Turkish-Dutch, Polish, Indian and Scottish names, written
as scanners, assistive keyboards and voice-note transcribers leave them."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v67_pools  # noqa: F401  (registers POOLS["test_v67"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v67_codes import CodesV67
from benchmarks.privacy_fillers_v67_numbers import bsn_number, chunks, mod97_iban, nums, ocr, say, spaced

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first digits, count of further digits, grouping of the national number.
_ABROAD = (
    ("597", "8", 6, (3, 4)),  # Suriname
    ("90", "53", 8, (3, 3, 2, 2)),  # Turkey
    ("48", "6", 8, (3, 3, 3)),  # Poland
    ("91", "9", 9, (5, 5)),  # India
    ("44", "7", 9, (4, 6)),  # UK
    ("32", "47", 7, (3, 2, 2, 2)),  # Belgium
    ("49", "17", 8, (3, 7)),  # Germany
)


class FillersV67(CodesV67, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def _ascii(self, key: str) -> str:
        text = unicodedata.normalize("NFKD", self.pick(key).lower()).replace("ł", "l").replace("ı", "i")
        return "".join(ch for ch in text.encode("ascii", "ignore").decode() if ch.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEGHJKLMPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._any("".join(f"{c}." for c in letters), "".join(letters), " ".join(f"{c}." for c in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._any(f"{surname.upper()}, {first.upper()}", f"{first.upper()} {surname.upper()}")

    def name_reversed(self, lang: str) -> str:
        """Surname first, as exports and forms list people: 'Kaya, Esra', 'Pol, Gijs van der'."""
        first, surname = self.pick("first"), self.pick("surname")
        return self._any(f"{surname[0].upper() + surname[1:]}, {first}", f"{surname}, {first[0]}.")

    def name_spaced(self, lang: str) -> str:
        return spaced(self.name_full(lang).lower()) if self.rng.random() < 0.5 else self.name_full(lang)

    def name_ocr(self, lang: str) -> str:
        name = self.name_full(lang).upper()
        return name.replace("I", "1", 1) if "I" in name and self.rng.random() < 0.5 else name.replace("O", "0", 1)

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._ascii("first"), self._ascii("surname")
        box = self._any(
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(70, 99)}",
            f"{first}-{last}",
            f"{first}_{last[:4]}",
            f"{first}.{last}.{self.rng.randint(1, 9)}",
        )
        return f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._ascii("first"), self._ascii("surname")
        at, dot = self._any(("apenstaartje", "punt"), ("at", "punt")) if lang == "nl" else ("at the rate", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._any(f"{first} {dot} {last} {at} {domain}", f"{first} {last} {at} {domain}")

    def email_spaced(self, lang: str) -> str:
        address = self.email(lang)
        return self._any(address.replace("@", " @ ").replace(".", " . "), address.upper(), spaced(address))

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = nums(self.rng, 8)
        area = self._any("020", "010", "030", "0172", "0345", "050", "0418", "024", "0594", "071")
        land = nums(self.rng, 10 - len(area))
        return self._any(
            f"06{rest}",
            f"06-{rest}",
            f"06 {chunks(rest, (3, 3, 2))}",
            f"06-{chunks(rest, (2, 2, 2, 2))}",
            f"+31 6 {chunks(rest, (4, 4))}",
            f"+31-6-{rest}",
            f"0031 (0)6 {rest}",
            f"06/{rest}",
            f"{area}-{land}",
            f"{area} {chunks(land, (3, 2, 2) if len(land) == 7 else (2, 2, 2))}",
            f"+31 {area[1:]} {land}",
            f"({area}) {land}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_ABROAD)
        national = head + nums(self.rng, count)
        return self._any(
            f"+{code} {chunks(national, sizes)}",
            f"00{code}{national}",
            f"+{code}-{national}",
            f"(+{code}) {chunks(national, sizes)}",
        )

    def phone_en(self, lang: str) -> str:
        """Scottish, other British and Indian numbers as written by their owners."""
        mob, city = "7" + nums(self.rng, 9), self._any("131", "141", "1224", "1382", "1463")
        local, india = nums(self.rng, 10 - len(city)), self._any("98", "99", "97", "88") + nums(self.rng, 8)
        return self._any(
            f"0{mob[:4]} {mob[4:]}",
            f"+44 {mob[:4]} {chunks(mob[4:], (3, 3))}",
            f"0{city} {chunks(local, (3, 4) if len(local) == 7 else (3, 3))}",
            f"+44 (0){city} {local}",
            f"+91 {chunks(india, (5, 5))}",
            f"+91-{india}",
            f"0{india}",
            f"{chunks(india, (3, 3, 4), '-')}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + nums(self.rng, 8)
        if self.rng.random() < 0.4:
            return say(number, lang)
        pairs = chunks(number[2:], (2, 2, 2, 2))
        return f"{say('06', lang)} {pairs}" if lang == "nl" else f"oh six {pairs}"

    def phone_ocr(self, lang: str) -> str:
        return ocr(self.rng, self._any(f"06-{nums(self.rng, 8)}", f"06 {chunks(nums(self.rng, 8), (4, 4))}"))

    def phone_spaced(self, lang: str) -> str:
        return spaced("06" + nums(self.rng, 8))

    # ---- bank accounts
    def _nl(self) -> str:
        return mod97_iban("NL", self.pick("bank") + nums(self.rng, 10))

    def _written(self, iban: str) -> str:
        grouped = chunks(iban, (4,) * 8)
        return self._any(iban, grouped, grouped, grouped.lower(), iban.lower(), chunks(iban, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._written(self._nl())

    def iban(self, lang: str) -> str:
        country = self._any("NL", "NL", "NL", "BE", "DE", "PL", "TR", "GB", "LT", "FR")
        bban = {
            "NL": lambda: self.pick("bank") + nums(self.rng, 10),
            "BE": lambda: nums(self.rng, 12),
            "DE": lambda: nums(self.rng, 18),
            "PL": lambda: nums(self.rng, 24),
            "TR": lambda: nums(self.rng, 5) + "0" + nums(self.rng, 16),
            "GB": lambda: self.pick("bank_gb") + nums(self.rng, 14),
            "LT": lambda: "32500" + nums(self.rng, 11),
            "FR": lambda: nums(self.rng, 23),
        }[country]()
        return self._written(mod97_iban(country, bban))

    def iban_ocr(self, lang: str) -> str:
        return ocr(self.rng, chunks(self._nl(), (4,) * 8), 0.2)

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = bsn_number(self.rng)
        return self._any(
            bsn,
            bsn,
            chunks(bsn, (3, 3, 3)),
            chunks(bsn, (4, 2, 3), "."),
            chunks(bsn, (3, 3, 3), "-"),
            chunks(bsn, (2, 2, 2, 3), " "),
            chunks(bsn, (3, 3, 3), "."),
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = bsn_number(self.rng)
        return say(bsn, lang) if self.rng.random() < 0.6 else f"{say(bsn[:3], lang)}, {bsn[3:6]}, {bsn[6:]}"

    def bsn_ocr(self, lang: str) -> str:
        return ocr(self.rng, bsn_number(self.rng))

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._caps(2).replace("SS", "ST").replace("SA", "SB").replace("SD", "SE")
        return self._any(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}-{pair}",
            f"NL {number} {pair}",
            f"{number}{pair.lower()}",
            f"{number} {pair[0]} {pair[1]}",
        )

    def postcode_ocr(self, lang: str) -> str:
        return ocr(self.rng, f"{self.rng.randint(1011, 9999)} {self._caps(2)}", 0.4)

    def postcode_uk(self, lang: str) -> str:
        if self.rng.random() < 0.3:  # Indian PIN code
            pin = str(self.rng.randint(110, 855)) + nums(self.rng, 3)
            return self._any(pin, f"{pin[:3]} {pin[3:]}")
        outward = self._any("EH6", "EH10", "G12", "G3", "AB10", "DD1", "KY16", "IV2", "PA3", "FK8")
        code = f"{outward} {self.rng.randint(1, 9)}{self._caps(2)}"
        return self._any(code, code, code.lower(), code.replace(" ", ""))

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 280)
        suffix = self._any("", "", "", "A", "-b", " II", " huis", "-3", " bus 2", "/12")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        if self.rng.random() < 0.3:
            return f"{self._any('No. ', '#', 'Flat ')}{number}, {self.pick('street_in')}"
        flat = self._any("", "", f"{self.rng.randint(0, 3)}/{self.rng.randint(1, 2)}, ", f"Flat {number % 9 + 1}, ")
        return f"{flat}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _born(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1934, 2011)

    def dob(self, lang: str) -> str:
        day, month, year = self._born()
        name = _MONTHS["nl"][month - 1]
        return self._any(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name[:3]} {year}",
            f"{day:02d}-{month:02d}-'{year % 100:02d}",
            f"{day}{name[:3]}{year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._born()
        name = _MONTHS["en"][month - 1]
        suffix = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._any(
            f"{day:02d}/{month:02d}/{year}",
            f"{day}{suffix} {name} {year}",
            f"{name} {day}, {year}",
            f"{day}-{name[:3]}-{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day} {name[:3]} '{year % 100:02d}",
            f"{year}/{month:02d}/{day:02d}",
        )

    def dob_ocr(self, lang: str) -> str:
        day, month, year = self._born()
        return ocr(self.rng, f"{day:02d}-{month:02d}-{year}")
