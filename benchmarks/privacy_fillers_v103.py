"""Fillers of the held-out split test_v103 (seed 577): households booking chimney sweeps, parents of teenagers
with braces, beekeepers, bereaved policy holders, tiny house tenants, language students, garage subscribers,
catering customers, homeowners with gutters and parents with recalled car seats, from Friesland, Brabant, Belgian
Limburg, India, Jamaica, New Zealand and beyond."""

from __future__ import annotations

import unicodedata

import benchmarks.privacy_fillers_v103_pools  # noqa: F401  (registers POOLS["test_v103"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v103_codes import CodesV103
from benchmarks.privacy_fillers_v103_numbers import digits, eleven_proof, iban_for, read_out, split_in

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Country code, national digits, grouping.
_FOREIGN = (
    ("32", "49", 7, (3, 2, 2, 2)),
    ("49", "15", 9, (4, 7)),
    ("91", "98", 8, (5, 5)),
    ("1876", "8", 6, (3, 4)),
    ("64", "21", 7, (2, 3, 4)),
    ("34", "6", 8, (3, 3, 3)),
    ("212", "6", 8, (2, 2, 2, 2, 1)),
    ("40", "7", 8, (3, 3, 3)),
)


class FillersV103(CodesV103, Fillers):
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
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice((1, 2, 2, 3)))
        initials = self._one(
            "".join(f"{ch}." for ch in letters), "".join(letters), " ".join(f"{ch}." for ch in letters)
        )
        return f"{initials} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self.pick("first"), self.pick("surname")
        return self._one(f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname}, {first}")

    def name_nick(self, lang: str) -> str:
        """A LinkedIn or chat display name."""
        first, last = self._plain("first"), self._plain("surname")
        return self._one(
            f"@{first}.{last}", f"@{first}_{last[:3]}{self.rng.randint(1, 99)}", f"{first}{last}", f"@{last}.{first}"
        )

    # ---- e-mail
    def email(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        box = self._one(
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}{self.rng.randint(1, 99)}",
            f"{first}{self.rng.randint(1950, 2008)}",
            f"{first}-{last}",
            f"{first}+{last[:4]}",
        )
        address = f"{box}@{self.pick('domain')}"
        return address.upper() if self.rng.random() < 0.07 else address

    def email_spoken(self, lang: str) -> str:
        first, last = self._plain("first"), self._plain("surname")
        at, dot = ("apestaart", "punt") if lang == "nl" else ("at", "dot")
        domain = self.pick("domain").replace(".", f" {dot} ")
        return self._one(f"{first} {dot} {last} {at} {domain}", f"{first}{last} {at} {domain}")

    # ---- phones
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        area = self._one("058", "0513", "0515", "0517", "073", "076", "013", "040", "0492", "0162")
        land = area + digits(self.rng, 10 - len(area))
        head, tail = land[: len(area)], land[len(area) :]
        return self._one(
            "06" + rest,
            f"06-{rest}",
            f"06 {split_in(rest, (2, 2, 2, 2))}",
            f"06/{split_in(rest, (2, 2, 2, 2), '.')}",
            f"+31 6 {split_in(rest, (4, 4))}",
            f"+31(0)6 {rest}",
            f"0031 6 {split_in(rest, (2, 2, 2, 2))}",
            f"{head}-{tail}",
            f"{head} {split_in(tail, (2, 2, 2))}",
            f"({head}) {tail}",
            f"+31 {head[1:]} {tail}",
            f"04{digits(self.rng, 2)} {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"+32 4{digits(self.rng, 2)} {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"011 {split_in(digits(self.rng, 6), (2, 2, 2))}",
            f"06.{split_in(rest, (2, 2, 2, 2), '.')}",
        )

    def phone_abroad(self, lang: str) -> str:
        code, head, count, sizes = self.rng.choice(_FOREIGN)
        national = head + digits(self.rng, count)
        return self._one(
            f"+{code} {split_in(national, sizes)}",
            f"00{code} {national}",
            f"+{code}{national}",
            f"(+{code}) {national}",
        )

    def phone_en(self, lang: str) -> str:
        """Indian, Jamaican and New Zealand numbers as their owners write them."""
        india = self._one("98", "97", "88", "70") + digits(self.rng, 8)
        jam, nz = digits(self.rng, 7), "2" + self._one("1", "2", "7") + digits(self.rng, 7)
        return self._one(
            f"+91 {india[:5]} {india[5:]}",
            f"+91-{india}",
            f"0{india}",
            f"{india[:5]} {india[5:]}",
            f"(876) {jam[:3]}-{jam[3:]}",
            f"1-876-{jam[:3]}-{jam[3:]}",
            f"876 {jam[:3]} {jam[3:]}",
            f"0{nz[:2]} {split_in(nz[2:], (3, 4))}",
            f"+64 {nz[:2]} {split_in(nz[2:], (3, 4))}",
            f"(09) {split_in(digits(self.rng, 7), (3, 4))}",
        )

    def phone_spoken(self, lang: str) -> str:
        """A telephone robot's transcript: digits as words or figures, the number broken over lines."""
        number = "06" + digits(self.rng, 8)
        return self._one(
            f"{read_out(number[:4], lang)}\n{read_out(number[4:], lang)}",
            f"{number[:2]}\n{split_in(number[2:], (2, 2, 2, 2))}",
            f"{read_out(number[:2], lang)} {number[2:6]}\n{number[6:]}",
            read_out(number, lang),
        )

    # ---- bank accounts
    def _write_iban(self, iban: str) -> str:
        grouped = split_in(iban, (4,) * 8)
        return self._one(iban, grouped, grouped, iban.lower(), grouped.lower(), split_in(iban, (4,) * 8, "-"))

    def iban_nl(self, lang: str) -> str:
        return self._write_iban(iban_for("NL", self.pick("bank") + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        country = self._one("NL", "NL", "NL", "BE", "BE", "DE", "GB", "ES")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "GB":
            bban = self._one("NWBK", "BARC", "HBUK") + digits(self.rng, 14)
        else:
            bban = digits(self.rng, {"BE": 12, "DE": 18, "ES": 20}[country])
        return self._write_iban(iban_for(country, bban))

    # ---- BSN
    def bsn(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(
            bsn,
            bsn,
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:2]} {bsn[2:5]} {bsn[5:]}",
            f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
        )

    def bsn_spoken(self, lang: str) -> str:
        bsn = eleven_proof(self.rng)
        return self._one(read_out(bsn, lang), f"{read_out(bsn[:3], lang)}\n{bsn[3:6]}\n{bsn[6:]}")

    # ---- postcodes and addresses
    def postcode(self, lang: str) -> str:
        number = str(self.rng.randint(1011, 9999))
        pair = self._upper(2).replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
        return self._one(
            f"{number} {pair}",
            f"{number}{pair}",
            f"{number} {pair.lower()}",
            f"{number}{pair.lower()}",
            f"{number}-{pair}",
            f"{number}  {pair}",
        )

    def postcode_be(self, lang: str) -> str:
        number = self._one("3500", "3600", "3700", "3900", "3910", "3630", "3800", "3990")
        return self._one(number, f"B-{number}", f"B {number}")

    def postcode_en(self, lang: str) -> str:
        kind = self._one("in", "in", "nz", "nz", "jm")
        if kind == "in":
            pin = self._one("110", "400", "560", "600", "500", "700") + digits(self.rng, 3)
            return self._one(pin, f"{pin[:3]} {pin[3:]}", f"PIN {pin}")
        if kind == "nz":
            return self._one("1010", "1023", "6011", "8011", "3204", "9016", "0610")
        return self._one("Kingston 5", "Kingston 10", "JMAAW03", "JMCSN04")

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 260))
        suffix = self._one("", "", "", "a", "-C", " 3", "-2", " hs", " B", "-I")
        return f"{self.pick('street_nl')} {number}{suffix}"

    def address_be(self, lang: str) -> str:
        number = str(self.rng.randint(1, 180))
        return self._one(
            f"{self.pick('street_be')} {number}",
            f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 12)}",
            f"{self.pick('street_be')} {number}/{self.rng.randint(1, 4)}01",
        )

    def address_en(self, lang: str) -> str:
        number = self.rng.randint(1, 300)
        unit = self._one(
            "", "", "", f"{self.rng.randint(1, 20)}/", f"Flat {self.rng.randint(1, 9)}0{self.rng.randint(1, 4)}, "
        )
        return f"{unit}{number} {self.pick('street_en')}"

    # ---- dates of birth
    def _birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1931, 2020)

    def dob(self, lang: str) -> str:
        day, month, year = self._birth()
        name = _MONTHS["nl"][month - 1]
        return self._one(
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}{month:02d}{str(year)[2:]}",
            f"{day:02d} - {month:02d} - {year}",
            f"{day}/{month}/'{str(year)[2:]}",
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
            f"{name} {day}, {year}",
            f"{day} {name[:3]} {year}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day}{nth} of {name}, {year}",
            f"{day:02d}-{name[:3]}-{year}",
            f"{day}.{month:02d}.{year}",
        )
