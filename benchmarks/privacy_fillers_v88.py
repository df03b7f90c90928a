"""Fillers of the held-out split test_v88 (seed 467): farm box subscribers, truck drivers and planners, string
players, taxpayers asking for relief, party hosts, dog owners, poker players, boat owners, pilates members and
mushroom growers, from Brabant, Flanders, Morocco, Turkey, Kenya, Ireland and far beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v88_pools  # noqa: F401  (registers POOLS["test_v88"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v88_numbers import CodesV88, digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "47" + "{7}", (3, 2, 2, 2)),
    ("49", "17" + "{8}", (3, 7)),
    ("254", "7" + "{8}", (3, 3, 3)),
    ("254", "11" + "{7}", (3, 3, 3)),
    ("353", "87" + "{7}", (2, 3, 4)),
    ("44", "7" + "{9}", (4, 6)),
    ("212", "6" + "{8}", (1, 2, 2, 2, 2)),
    ("90", "53" + "{8}", (3, 3, 2, 2)),
    ("48", "6" + "{8}", (3, 3, 3)),
    ("33", "6" + "{8}", (1, 2, 2, 2, 2)),
    ("94", "77" + "{7}", (2, 3, 4)),
)


class FillersV88(CodesV88, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

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
        letters = self.rng.sample("ABCDEFGHIJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one("".join(f"{ch}." for ch in letters), " ".join(f"{ch}." for ch in letters))
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()}, {first[0]}."
        )

    def name_couple(self, lang: str) -> str:
        joiner = self._one("&", "+", "and" if lang == "en" else "en")
        return f"{self.pick('first')} {joiner} {self.pick('first')}"

    def name_nick(self, lang: str) -> str:
        """A forum, group chat or poker screen name: 'harrie_vdven', 'Wanjiru254', 'ilias.b'."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"{first}_{last[:5]}",
            f"{first.capitalize()}{self.rng.randint(10, 99)}",
            f"{first}.{last[:1]}",
            f"{last}{first[:1]}{self.rng.randint(1, 9)}",
            f"{first.upper()}_{last.upper()}",
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last}",
            f"{last}{self.rng.randint(60, 99)}",
            f"{first}-{last}",
            f"{first}.{last}.{self.rng.randint(1, 9)}",
            f"info.{last}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.capitalize() if self.rng.random() < 0.1 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apenstaartje", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        dash = "streepje" if lang == "nl" else "dash"
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first} {dash} {last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        mobile = "06" + rest
        area = self._one("013", "040", "073", "076", "0492", "0412", "0416", "0294", "0118", "020", "010", "0341")
        land = area + digits(self.rng, 10 - len(area))
        return self._one(
            mobile,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06 {split_in(rest, (3, 3, 2))}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31 (0) 6 {rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{rest}",
            f"{land[: len(area)]}-{land[len(area) :]}",
            f"{land[: len(area)]} {split_in(land[len(area) :], (2, 2, 2, 2))}",
            f"({land[: len(area)]}) {land[len(area) :]}",
            f"+31 {land[1 : len(area)]} {split_in(land[len(area) :], (3, 4))}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, shape, sizes = self.rng.choice(_FOREIGN)
        head, count = shape.split("{")
        national = head + digits(self.rng, int(count.rstrip("}")))
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"+{code} (0){national}",
            f"00{code}-{split_in(national, sizes, '-')}",
        )

    def phone_en(self, lang: str) -> str:
        """Irish, Kenyan and British numbers as their owners write them."""
        ie = "8" + self._one("3", "5", "6", "7", "9") + digits(self.rng, 7)
        ke, uk = "7" + digits(self.rng, 8), "7" + digits(self.rng, 9)
        return self._one(
            f"0{ie[:2]} {split_in(ie[2:], (3, 4))}",
            f"0{ie[:2]}-{ie[2:]}",
            f"+353 {ie[:2]} {split_in(ie[2:], (3, 4))}",
            f"0{ke[:3]} {split_in(ke[3:], (3, 3))}",
            f"+254 {split_in(ke, (3, 3, 3))}",
            f"+254{ke}",
            f"0{uk[:4]} {uk[4:]}",
            f"+44 {uk[:4]} {split_in(uk[4:], (3, 3))}",
            f"(01) {split_in(digits(self.rng, 7), (3, 4))}",
            f"021 {split_in(digits(self.rng, 7), (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if self.rng.random() < 0.5:
            return read_out(number, lang)
        return f"{read_out(number[:4], lang)} {split_in(number[4:], (3, 3))}"

    # ---- bank accounts
    def _nl_iban(self) -> str:
        return iban_for("NL", self.pick("bank") + digits(self.rng, 10))

    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(
            iban,
            grouped,
            grouped,
            iban.lower(),
            grouped.replace(" ", "-"),
            f"{iban[:2]} {iban[2:4]} {split_in(iban[4:], (4,) * 7)}",
        )

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(self._nl_iban())

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "DE", "IE", "GB", "FR", "ES")
        if country == "NL":
            return self._write_iban(self._nl_iban())
        if country in ("IE", "GB"):
            bban = self.pick("bank_ie" if country == "IE" else "bank_gb") + digits(self.rng, 14)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18, "FR": 23, "ES": 20}[country])
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)} {split_in(bsn[3:], (3, 3))}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SK").replace("SD", "SL").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number} {pair[0]}{pair[1].lower()}",
            f"NL {number} {pair}",
            f"{number}-{pair}",
        )

    def postcode_uk(self, lang: str) -> str:
        if self.rng.random() < 0.5:  # Irish Eircode
            routing = self._one("D06", "D08", "D09", "T12", "T23", "H91", "V94", "F94")
            code = f"{self._upper(1)}{digits(self.rng, 1)}{self._upper(1)}{digits(self.rng, 1)}"
            return self._one(f"{routing} {code}", f"{routing}{code}")
        outward = self._one("BT7", "BT12", "L8", "M14", "CF10", "G12", "E17", "SE15", "B29", "LS11")
        return f"{outward} {digits(self.rng, 1)}{self._upper(2)}"

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 287))
        suffix = self._one("", "", "", "A", "b", "-4", " bus 2", " II", "-a", " hs", "/3")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 199)
        flat = self._one("", "", "", f"Flat {self.rng.randint(1, 9)}, ", f"Apt {self.rng.randint(1, 40)}B, ")
        return self._one(f"{flat}{number} {self.pick('street_en')}", f"{self.pick('street_en')}, No. {number}")

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2007)

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
            f"{day} {name.capitalize()} {year}",
        )

    def dob_en(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["en"][month - 1]
        nth = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self._one(
            f"{day}/{month}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day}{nth} {name} {year}",
            f"{name} {day}{nth}, {year}",
            f"{day}.{month:02d}.{year}",
            f"{day}-{name[:3]}-{str(year)[2:]}",
            f"the {day}{nth} of {name}, {year}",
        )
