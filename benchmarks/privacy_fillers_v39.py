"""Fillers of the held-out split test_v39 (seed 181): customers of Dutch energy suppliers, health insurers, housing
corporations, municipalities, bicycle-lease firms, childcare and pension funds, with names from all over NL."""

from __future__ import annotations

import benchmarks.privacy_fillers_v39_pools  # noqa: F401  (registers POOLS["test_v39"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v39_numbers import (
    MONTH_NAMES,
    bsn_number,
    dutch_number,
    english_ordinal,
    grouped,
    make_iban,
    num,
    read_out,
    with_luhn,
    year_words,
)

_PLATE_CONSONANTS = "BDFGHJKLNPRSTVXZ"
_SIDECODES = (
    "XX-99-99|99-99-XX|99-XX-99|XX-99-XX|XX-XX-99|99-XX-XX|99-XXX-9|9-XXX-99|XX-999-X|X-999-XX|XXX-99-X|"
    "X-99-XXX|9-XX-999|999-XX-9"
).split("|")
_PC_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"
_ASCII = str.maketrans("ışçöüğłśńąęóżź", "iscouglsnaeozz")
_INITIALS = ["H.", "J.", "A.J.", "M.C.", "W.", "G.H.", "E.", "S.", "Th.", "J.W.M.", "K.", "P.J."]


class FillersV39(Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE, ADDRESS*, CARD, DOB*, PLATE, CUSTOMER_NUMBER_*."""

    def _any(self, *options: str) -> str:
        return self.rng.choice(options)

    def _surname(self) -> str:
        """Surname as written after a first name, particle in lower case: 'Sjoerd van der Meulen'."""
        return self.pick("surname")

    @staticmethod
    def _cap(surname: str) -> str:
        return surname[0].upper() + surname[1:]

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self._surname()}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_surname(self, lang: str) -> str:
        """After mevrouw/meneer/fam. the particle is capitalised in Dutch: 'mevrouw Van der Meulen'."""
        return self._cap(self._surname())

    def name_initials(self, lang: str) -> str:
        return f"{self.rng.choice(_INITIALS)} {self._surname()}"

    def name_double(self, lang: str) -> str:
        return f"{self.pick('first')} {self._surname()}-{self._surname()}"

    def name_reversed(self, lang: str) -> str:
        """Register order as exported from a CRM: 'Meulen, S. van der' or 'Dijkstra, Wiebe'."""
        surname = self._surname()
        words = surname.split(" ")
        first = self.pick("first")
        if len(words) > 1 and words[-1][0].isupper() and words[0].islower():
            return f"{words[-1]}, {first[0]}. {' '.join(words[:-1])}"
        return f"{surname}, {self._any(first, first[0] + '.')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self._any(self.name_full(lang), self.name_double(lang)).upper()

    # ---- e-mail
    def _mailbox(self) -> str:
        first = self.pick("first").lower()
        last = self._surname().lower().replace(" ", "").replace("'", "")
        first, last = first.translate(_ASCII), last.translate(_ASCII)
        year = str(self.rng.randint(60, 99))
        return self._any(f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}{year}", f"{last}_{first}")

    def email(self, lang: str) -> str:
        return f"{self._mailbox()}@{self.pick('domain')}"

    def email_upper(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_spoken(self, lang: str) -> str:
        box, domain = self._mailbox(), self.pick("domain")
        dot, at = ("punt", self._any("apenstaart", "at", "apestaartje")) if lang == "nl" else ("dot", "at")
        text = f"{box} {at} {domain}"
        return text.replace(".", f" {dot} ").replace("_", " underscore ").replace("  ", " ")

    # ---- phones
    def phone(self, lang: str) -> str:
        mob = num(self.rng, 8)
        area = self._any("020", "010", "058", "0513", "024", "053", "077", "076")
        rest = num(self.rng, 10 - len(area))
        return self._any(
            f"06-{mob}",
            f"06 {grouped(mob, [2, 2, 2, 2])}",
            f"+31 6 {grouped(mob, [4, 4])}",
            f"+31(0)6 {mob}",
            f"+31 (0)6-{grouped(mob, [2, 2, 2, 2], '')}",
            f"0031 6 {grouped(mob, [2, 2, 2, 2])}",
            f"(06) {grouped(mob, [3, 3, 2])}",
            f"+316{mob}",
            f"06{mob}",
            f"{area}-{rest}",
            f"{area} {grouped(rest, [3, 2, 2])}",
            f"+31 {area[1:]} {rest}",
            f"+48 {grouped(num(self.rng, 9), [3, 3, 3])}",
            f"+90 5{grouped(num(self.rng, 9), [2, 3, 2, 2])}",
            f"+597 {grouped(num(self.rng, 7), [3, 4])}",
        )

    def phone_spoken(self, lang: str) -> str:
        return read_out("06" + num(self.rng, 8), lang, self.rng)

    # ---- bank and card
    def iban(self, lang: str) -> str:
        kind = self._any("NL", "NL", "NL", "NL", "BE", "DE", "PL")
        if kind == "NL":
            value = make_iban("NL", self.pick("bank") + num(self.rng, 10))
        elif kind == "BE":
            value = make_iban("BE", num(self.rng, 12))
        elif kind == "DE":
            value = make_iban("DE", num(self.rng, 18))
        else:
            value = make_iban("PL", num(self.rng, 24))
        spaced = grouped(value, [4] * 8)
        return self._any(value, value, spaced, spaced, value.lower(), spaced.lower(), grouped(value, [4, 4, 10]))

    def card(self, lang: str) -> str:
        head = self._any("4", "4", "51", "54", "2223", "37", "6703")
        size = 15 if head == "37" else 16
        number = with_luhn(head + num(self.rng, size - len(head) - 1))
        if size == 15:
            return self._any(number, grouped(number, [4, 6, 5]))
        return self._any(number, grouped(number, [4, 4, 4, 4]), grouped(number, [4, 4, 4, 4], "-"))

    # ---- government, postcode and address
    def bsn(self, lang: str) -> str:
        value = bsn_number(self.rng)
        return self._any(
            value, value, grouped(value, [3, 3, 3]), grouped(value, [4, 2, 3], "."), grouped(value, [3, 3, 3], "-")
        )

    def bsn_spoken(self, lang: str) -> str:
        return read_out(bsn_number(self.rng), lang, self.rng)

    def postcode(self, lang: str) -> str:
        while True:
            letters = self.rng.choice(_PC_LETTERS) + self.rng.choice(_PC_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                break
        digits = str(self.rng.randint(1000, 9999))
        return self._any(
            f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters.lower()}", f"{digits}{letters}"
        )

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 340)
        suffix = self._any("", "", "", "-A", " bis", "hs", " III", "-2", "a", " zw", "-1 hoog", " B", "-bv")
        return f"{self.pick('street')} {number}{suffix}"

    def address_lower(self, lang: str) -> str:
        return self.address(lang).lower()

    # ---- dates of birth
    def _birth(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(low, high)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth(1936, 2008)
        name = MONTH_NAMES[lang][month - 1]
        options = [
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day:02d}/{month:02d}/{str(year)[2:]}",
            f"{day:02d}.{month:02d}.{year}",
            f"{year}{month:02d}{day:02d}",
            f"{day} {name} {year}",
            f"{day:02d} {name[:3].upper()} {year}",
        ]
        if lang == "en":
            options += [f"{name} {day}, {year}", f"{english_ordinal(day)} of {name} {year}", f"{month}/{day}/{year}"]
        else:
            options += [f"{day} {name} '{str(year)[2:]}"]
        return self.rng.choice(options)

    def dob_words(self, lang: str) -> str:
        day, month, year = self._birth(1940, 2006)
        name = MONTH_NAMES[lang][month - 1]
        if lang == "nl":
            return f"{dutch_number(day)} {name} {year_words(year, 'nl')}"
        return self._any(
            f"the {english_ordinal(day)} of {name} {year_words(year, 'en')}",
            f"{name} {english_ordinal(day)}, {year_words(year, 'en')}",
        )

    def dob_child(self, lang: str) -> str:
        day, month, year = self._birth(2020, 2025)
        return self._any(f"{day:02d}-{month:02d}-{year}", f"{day} {MONTH_NAMES[lang][month - 1]} {year}")

    # ---- plates
    def plate(self, lang: str) -> str:
        code = self.rng.choice(_SIDECODES)
        value = "".join(
            self.rng.choice(_PLATE_CONSONANTS) if ch == "X" else str(self.rng.randrange(10)) if ch == "9" else ch
            for ch in code
        )
        return self._any(value, value, value, value.replace("-", ""), value.lower(), value.replace("-", " "))

    # ---- customer, contract, policy and case numbers
    def customer_number(self, lang: str) -> str:
        return self._any(
            f"K{num(self.rng, 7)}", f"{self.rng.randint(1, 9)}{num(self.rng, 8)}", f"REL-{num(self.rng, 6)}"
        )

    def customer_number_energy(self, lang: str) -> str:
        return self._any(f"{self.rng.randint(1, 9)}{num(self.rng, 7)}", f"KLT {num(self.rng, 4)} {num(self.rng, 3)}")

    def customer_number_policy(self, lang: str) -> str:
        return self._any(
            f"ZV-{num(self.rng, 9)}",
            f"{num(self.rng, 3)}.{num(self.rng, 3)}.{num(self.rng, 3)}",
            f"P{num(self.rng, 8)}",
        )

    def customer_number_tenant(self, lang: str) -> str:
        return self._any(f"HC{num(self.rng, 6)}", f"{num(self.rng, 5)}/{num(self.rng, 2)}", f"HUUR-{num(self.rng, 7)}")

    def customer_number_case(self, lang: str) -> str:
        year = self._any("2025", "2026")
        return self._any(f"Z/{year}/{num(self.rng, 6)}", f"OLO{num(self.rng, 7)}", f"ZK{year[2:]}-{num(self.rng, 5)}")

    def customer_number_lease(self, lang: str) -> str:
        return self._any(
            f"LEASE-{num(self.rng, 5)}-NL", f"FL{num(self.rng, 7)}", f"CT-{num(self.rng, 3)}-{num(self.rng, 4)}"
        )

    def customer_number_child(self, lang: str) -> str:
        return self._any(f"KDV{num(self.rng, 5)}", f"PL-{num(self.rng, 6)}", f"{num(self.rng, 4)}-{num(self.rng, 3)}")

    def customer_number_pension(self, lang: str) -> str:
        return self._any(
            f"{num(self.rng, 3)} {num(self.rng, 3)} {num(self.rng, 4)}",
            f"PF{num(self.rng, 9)}",
            f"DN-{num(self.rng, 8)}",
        )

    def customer_number_spoken(self, lang: str) -> str:
        return read_out(num(self.rng, 8), lang, self.rng)
