"""Fillers of the held-out split test_v76 (seed 401): ratepayers of water boards and municipalities, scooter
riders, allotment gardeners, foster parents, yacht charterers, parents of tutored pupils, blood donors, injured
athletes, home owners with broken windows and bike couriers, from Friesland, Flanders, Ghana, Kenya and far beyond.
`NAME_SPELLED` spells a surname letter by letter with NATO words, as a speech recogniser writes it down."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v76_pools  # noqa: F401  (registers POOLS["test_v76"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v76_codes import CodesV76
from benchmarks.privacy_fillers_v76_numbers import digits, read_out, spell_nato, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, first national digits, further digits, grouping.
_FOREIGN = (
    ("32", "47", 7, (3, 2, 2, 2)),
    ("49", "16", 9, (3, 8)),
    ("233", "24", 7, (2, 3, 4)),
    ("233", "55", 7, (2, 3, 4)),
    ("254", "7", 8, (3, 3, 3)),
    ("254", "11", 7, (3, 3, 3)),
    ("90", "53", 8, (3, 3, 2, 2)),
    ("48", "60", 7, (3, 3, 3)),
    ("30", "69", 8, (3, 3, 4)),
    ("351", "91", 7, (3, 3, 3)),
)


class FillersV76(CodesV76, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def fill(self, slot: str, lang: str) -> str:
        value = getattr(self, slot.lower())(lang)
        self._previous = (slot, value)
        return value

    def _plain(self, key: str) -> str:
        text = unicodedata.normalize("NFKD", self.pick(key).lower()).encode("ascii", "ignore").decode()
        return "".join(ch for ch in text if ch.isalnum())

    # ---- names
    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[:1].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        letters = self.rng.sample("ABCDEFGHJKLMNOPRSTWY", self.rng.choice((1, 1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}")

    def name_nick(self, lang: str) -> str:
        """A Telegram or Google Chat handle: '@wytske_hiemstra', 'kwame.mensah88'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(f"@{first}_{last}", f"{first}.{last}{self.rng.randint(70, 99)}", f"{first}{last[:1]}")

    def name_spelled(self, lang: str) -> str:
        """'Mwangi' spelled out: 'M as in Mike, W as in Whiskey, ...'; right after NAME_SURNAME, that surname."""
        slot, value = getattr(self, "_previous", ("", ""))
        surname = (value if slot == "NAME_SURNAME" else self.pick("surname")).split()[-1]
        return spell_nato(surname, lang)

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{first[0]}",
            f"{first}{self.rng.randint(1960, 2006)}",
            f"{first}-{last}",
            f"{first}.{last}{self.rng.randint(1, 99)}",
            f"{first}@{last}.frl",
        )
        return box if "@" in box else f"{box}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot, dash = ("apenstaartje", "punt", "streepje") if lang == "nl" else ("at", "dot", "dash")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(
            f"{first} {dot} {last} {at} {domain}",
            f"{first}{last} {at} {domain}",
            f"{first} {dash} {last} {at} {domain}",
        )

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("058", "0512", "0515", "0566", "050", "020", "030", "024", "0575", "013", "0162")
        land = area + digits(self.rng, 10 - len(area))
        tail = land[len(area) :]
        return self._one(
            f"06{rest}",
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06-{split_in(rest, (2, 2, 2, 2), '-')}",
            f"+316{rest}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"(06)-{rest}",
            f"{area}-{tail}",
            f"{area} {split_in(tail, (2, 2, 2))}",
            f"({area}) {tail}",
            f"+31 {area[1:]} {tail}",
            f"0031{area[1:]}{tail}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"(+{code}) {split_in(national, sizes)}",
            f"0{split_in(national, sizes)}",
        )

    def phone_en(self, lang: str) -> str:
        """Numbers of Ghanaian, Kenyan and British customers as they write them."""
        gh = self._one("24", "54", "20", "50", "27") + digits(self.rng, 7)
        ke = self._one("72", "71", "79", "11") + digits(self.rng, 7)
        uk = "7" + digits(self.rng, 9)
        return self._one(
            f"0{gh[:2]} {gh[2:5]} {gh[5:]}",
            f"+233 {gh[:2]} {gh[2:5]} {gh[5:]}",
            f"+233{gh}",
            f"0{ke[:3]} {ke[3:6]} {ke[6:]}",
            f"+254 {ke[:3]} {ke[3:]}",
            f"+254-{ke}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out('06', lang)} {split_in(number[2:], (2, 2, 2, 2))}"

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SC").replace("SD", "SE").replace("SS", "SR")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number} {pair[0]}{pair[1].lower()}",
            f"{number}-{pair}",
        )

    def postcode_be(self, lang: str) -> str:
        return self._one(f"{self.rng.randint(1000, 9992)}", f"B-{self.rng.randint(1000, 9992)}")

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 268))
        suffix = self._one("", "", "", "a", "-A", " II", "-1", " bis", "/3", " hs")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        """Addresses in Accra, Nairobi or Britain, as Ghanaian, Kenyan and British customers write them."""
        number = self.rng.randint(1, 180)
        street = self.pick("street_en")
        return self._one(
            f"{number} {street}",
            f"House No. {number}, {street}",
            f"Flat {self.rng.randint(1, 40)}, {number} {street}",
            f"GA-{digits(self.rng, 3)}-{digits(self.rng, 4)}",
            f"P.O. Box {digits(self.rng, 5)}-00{self._one('100', '200', '506')}",
        )

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2012)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-'{str(year)[2:]}",
            f"{day:02d}{month:02d}{year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name}, {year}",
            f"{name} {day}, {year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"{day}{nth} of {name} {year}",
        )
