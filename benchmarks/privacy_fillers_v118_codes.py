"""Postcodes, street addresses, licence plates, payment cards, dates of birth and personal numbers of test_v118
(mixed into `FillersV118`): Groningen and Zeeuws-Vlaanderen postcodes and streets, East Flemish, Polish, Romanian,
Singaporean, Indian and Nigerian addresses, Dutch car and moped plates and Belgian, Polish, Romanian, German and
Singaporean ones, cards read out in groups of four, birth dates of children at camp, members and pensioners, and the
numbers that belong to one person: gym memberships, photo shop accounts, window frame contracts, festival cashless
accounts, pension fund participants, carpool members, wine club subscriptions, hospital patients, camp participants,
e-scooter accounts, insurance policies and staff numbers. Order, ticket, ride, tracking, parcel and case numbers
are no one's and appear only in the clean sentences."""

from __future__ import annotations

import datetime as dt

import benchmarks.privacy_fillers_v118_numbers as num

_PC_LETTERS = "ABCEGHJKLMNPRSTVWXZ"
_NL_PLATE = "BDFGHJKLNPRSTVXZ"
_NL_SIDES = ("@@-###-@", "@-###-@@", "@@@-##-@", "@-##-@@@", "##-@@@-#", "#-@@@-##", "@@-##-@@", "##-@@-@@",
             "###-@@-#", "#-@@-###")  # fmt: skip
_PL_AREAS = ("KR", "WA", "PO", "GD", "WX", "DW", "LU", "RZ", "SK", "EL", "KRA", "WPI", "PZ", "OP")
_RO_AREAS = ("B", "CJ", "IS", "TM", "BV", "CT", "SV", "BC", "SB", "BH", "DJ", "AG")
_DE_AREAS = ("K", "AC", "D", "KLE", "BOR", "WES", "HH", "NOH", "EMS", "LER")
# Personal numbers: '#' a digit, '^' a digit but 0, '@' a capital letter, '~' a capital letter or a digit; the rest
# is written as it is. Each belongs to one member, customer, patient, participant, policy holder or employee.
_NUMBERS = {
    "gym": ("SB-^#####", "^######", "M^####-@", "^## ### ##", "LID^#####"),
    "photo": ("FK^#####", "^###-####", "@@-^####", "^#######"),
    "window": ("KL-^#####", "^#.####", "CO-2#-^###", "^######", "K^######"),
    "fest": ("ACC-^######", "^########", "U^######@", "CL ^### ####"),
    "pension": ("^#########", "^### ### ###-#", "D^######", "^#.###.###"),
    "carpool": ("CP-^#####", "M^#######", "^######", "CPN/^####"),
    "wine": ("WC-^###", "WIJN ^####", "^#####/@", "VCL-^#####"),
    "patient": ("^######", "P-^#######", "^## ## ###", "^#######"),
    "camp": ("KMP-2#-^###", "^#####", "D^#####", "VK^####"),
    "scooter": ("U-^#######", "usr_~~~~~~~~", "@@^######", "^#########"),
    "policy": ("POL-^#######", "^#.###.###", "A^########", "^##-#####-##"),
    "employee": ("E^####", "^#####", "P-^###", "^######"),
    "": ("^######", "KL^#####", "^### ####"),
}


class CodesV118(num.AccountsV118, num.SpokenV118):
    """POSTCODE*, ADDRESS*, PLATE*, CARD*, DOB* and CUSTOMER_NUMBER*; relies on `one` and `rng` of `FillersV118`."""

    def _shape(self, pattern: str) -> str:
        pick = {"#": "0123456789", "^": "123456789", "@": "ABCDEFGHJKLMNPRSTUVWXYZ", "~": "ABCDEFHJKMNPRSTVWXYZ2345679"}
        return "".join(self.rng.choice(pick[c]) if c in pick else c for c in pattern)

    # ---- postcodes
    def _nl_postcode(self, low: int, high: int) -> str:
        while (letters := "".join(self.rng.choice(_PC_LETTERS) for _ in range(2))) in ("SA", "SD", "SS"):
            pass
        number = self.rng.randint(low, high)
        low = letters.lower()
        return self.one(f"{number} {letters}", f"{number}{letters}", f"{number} {letters}", f"{number} {low}",
                        f"{number}{low}", f"{number}  {letters}")  # fmt: skip

    def postcode(self, lang: str) -> str:
        return self._nl_postcode(1011, 9999)

    def postcode_gr(self, lang: str) -> str:
        return self._nl_postcode(9601, 9999)

    def postcode_zv(self, lang: str) -> str:
        return self._nl_postcode(4501, 4589)

    def postcode_be(self, lang: str) -> str:
        code = self.one("9000", "9030", "9040", "9050", "9070", "9100", "9300", "9900", "9960", "9185")
        return self.one(code, code, f"B-{code}", f"B{code}")

    def postcode_pl(self, lang: str) -> str:
        return f"{self.rng.randint(10, 99)}-{self.rng.randint(1, 999):03d}"

    def postcode_ro(self, lang: str) -> str:
        return self.one("400", "700", "300", "500", "900", "720", "600", "550", "410", "200") + num.digits(self.rng, 3)

    def postcode_sg(self, lang: str) -> str:
        code = self.one("56", "52", "64", "46", "31", "76", "12", "82", "65", "54") + num.digits(self.rng, 4)
        return self.one(code, code, f"S{code}", f"S({code})")

    def postcode_in(self, lang: str) -> str:
        code = self.one("560", "400", "600", "411", "500", "682", "201", "380") + num.digits(self.rng, 3)
        return self.one(code, f"{code[:3]} {code[3:]}")

    # ---- addresses
    def _house(self) -> str:
        number = str(self.one(self.rng.randint(1, 40), self.rng.randint(1, 40), self.rng.randint(41, 260)))
        return number + self.one("", "", "", "a", "A", "-2", " b", "-bis", " hs", "-1", " II", "c")

    def address(self, lang: str) -> str:
        return f"{self.pick('street_nl')} {self._house()}"

    def address_gr(self, lang: str) -> str:
        return f"{self.pick('street_gr')} {self._house()}"

    def address_zv(self, lang: str) -> str:
        street = self.pick("street_zv")
        if street == "Graaf Jansdijk":
            return f"{street} {self.one('A', 'B', 'C')} {self.rng.randint(1, 90)}"
        return f"{street} {self._house()}"

    def address_lower(self, lang: str) -> str:
        return self.one(self.address, self.address_gr, self.address_zv)(lang).lower()

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 320)
        box = self.one(str(number), f"{number} bus {self.rng.randint(1, 12)}", f"{number}/0{self.rng.randint(1, 4)}")
        return f"{self.pick('street_be')} {box}"

    def address_pl(self, lang: str) -> str:
        house, flat = self.rng.randint(1, 140), self.rng.randint(1, 60)
        return f"{self.pick('street_pl')} {self.one(f'{house}/{flat}', f'{house} m. {flat}', str(house))}"

    def address_ro(self, lang: str) -> str:
        house, stair, flat = self.rng.randint(1, 180), self.rng.randint(1, 4), self.rng.randint(1, 90)
        block = f"bl. {self.one('A', 'B', 'C', 'M')}{self.rng.randint(1, 20)}, sc. {stair}, ap. {flat}"
        return f"{self.pick('street_ro')} {self.one(f'nr. {house}', f'nr. {house}, {block}', f'{house}, {block}')}"

    def address_sg(self, lang: str) -> str:
        unit = f"#{self.rng.randint(2, 25):02d}-{self.rng.randint(10, 1899)}"
        return f"{self.one('Blk', 'Blk', 'Block')} {self.rng.randint(101, 989)} {self.pick('street_sg')} {unit}"

    def address_in(self, lang: str) -> str:
        block = self.one("A", "B", "C")
        head = self.one(f"Flat {self.rng.randint(101, 1204)}", f"No. {self.rng.randint(1, 240)}",
                        f"{block}-{self.rng.randint(1, 90)}", f"House {self.rng.randint(1, 99)}")  # fmt: skip
        return f"{head}, {self.pick('street_in')}"

    def address_ng(self, lang: str) -> str:
        return f"{self.one('', '', 'Plot ', 'No. ')}{self.rng.randint(1, 120)} {self.pick('street_ng')}"

    # ---- plates
    def _nl_plate(self) -> str:
        """A Dutch plate in one of the side codes, with its dashes."""
        pick = {"@": _NL_PLATE, "#": "0123456789"}
        return "".join(self.rng.choice(pick[c]) if c in pick else c for c in self.rng.choice(_NL_SIDES))

    def plate_nl(self, lang: str) -> str:
        plate = self._nl_plate()
        return self.one(plate, plate, plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " "))

    def plate_moped(self, lang: str) -> str:
        kind = self.one("D", "F")
        shape = self.one(f"{kind}-###-@@", f"{kind}@@-##-@", f"{kind}-##-@@@")
        return "".join(self.rng.choice(_NL_PLATE) if c == "@" else str(self.rng.randint(0, 9)) if c == "#" else c
                       for c in shape)  # fmt: skip

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        plate = f"{self.one('1', '1', '2')}-{letters}-{num.digits(self.rng, 3)}"
        return self.one(plate, plate, plate.replace("-", ""), plate.replace("-", " "))

    def plate_pl(self, lang: str) -> str:
        area = self.rng.choice(_PL_AREAS)
        rest = self._shape(self.one("#####", "#@@##", "###@@", "####@", "#@###") if len(area) == 2 else "~~~~")
        return self.one(f"{area} {rest}", f"{area}{rest}", f"{area} {rest}")

    def plate_ro(self, lang: str) -> str:
        area = self.rng.choice(_RO_AREAS)
        digits = f"{self.rng.randint(1, 99):02d}"
        if area == "B" and self.rng.random() < 0.5:
            digits = str(self.rng.randint(100, 999))
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return self.one(f"{area} {digits} {letters}", f"{area}-{digits}-{letters}", f"{area}{digits}{letters}")

    def plate_de(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(self.one(1, 2)))
        return f"{self.rng.choice(_DE_AREAS)}-{letters} {self.rng.randint(1, 9999)}"

    def plate_sg(self, lang: str) -> str:
        return num.singapore_plate(self.rng)

    def plate(self, lang: str) -> str:
        if lang == "en":
            return self.one(*[self.plate_nl] * 3, self.plate_ro, self.plate_pl, self.plate_be)(lang)
        return self.one(*[self.plate_nl] * 5, self.plate_be, self.plate_pl, self.plate_de, self.plate_moped)(lang)

    # ---- payment cards
    def _card_number(self) -> str:
        kind = self.one("visa", "visa", "mc", "mc", "mc2", "amex")
        if kind == "amex":
            return num.luhn(self.one("34", "37") + num.digits(self.rng, 12))
        head = {"visa": "4" + self.one("5", "9", "1", "2", "0"), "mc": self.one("51", "53", "55", "54"),
                "mc2": str(self.rng.randint(2221, 2720))}[kind]  # fmt: skip
        return num.luhn(head + num.digits(self.rng, 15 - len(head)))

    def _card_groups(self, number: str) -> list[str]:
        sizes = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
        return num.chunks(number, sizes).split(" ")

    def card(self, lang: str) -> str:
        number = self._card_number()
        groups = self._card_groups(number)
        return self.one(" ".join(groups), " ".join(groups), number, "-".join(groups), "  ".join(groups))

    def card_split(self, lang: str) -> str:
        groups = self._card_groups(self._card_number())
        return self.one(f"{' '.join(groups[:2])}\n{' '.join(groups[2:])}", "\n".join(groups))

    # ---- dates of birth
    def _dob(self, first: int, last: int, lang: str, style: str = "") -> str:
        born = num.birth(self.rng, first, last)
        self._born = (born, getattr(self, "_calls", 0))
        d, m, y = born.day, born.month, born.year
        if style == "iso":
            return born.isoformat()
        if lang == "en":
            months, short = num.MONTHS["en"], num.SHORT["en"]
            nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
            return self.one(f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{months[m - 1]} {d}, {y}",
                            f"{d}{nth} {months[m - 1]} {y}", f"{d:02d}-{short[m - 1]}-{y}", f"{d}.{m}.{y}",
                            f"{d:02d}/{m:02d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}")  # fmt: skip
        months, short = num.MONTHS["gr" if style == "gr" else "nl"], num.SHORT["nl"][m - 1] + ("" if m == 5 else ".")
        return self.one(f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {months[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}",
                        f"{d} {short} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-'{str(y)[2:]}",
                        f"{d:02d}{m:02d}{y}")  # fmt: skip

    def dob(self, lang: str) -> str:
        return self._dob(1958, 2005, lang)

    def dob_child(self, lang: str) -> str:
        return self._dob(2011, 2019, lang)

    def dob_elder(self, lang: str) -> str:
        return self._dob(1933, 1959, lang)

    def dob_iso(self, lang: str) -> str:
        return self._dob(1952, 2005, lang, "iso")

    def dob_child_iso(self, lang: str) -> str:
        return self._dob(2011, 2019, lang, "iso")

    def dob_child_gr(self, lang: str) -> str:
        return self._dob(2011, 2019, lang, "gr")

    def _birthday(self, first: int, last: int) -> dt.date:
        """The date of birth written just before in the same message (for a national number that encodes it),
        else a new one between those years."""
        born, at = getattr(self, "_born", None) or (None, -9)
        self._born = None
        if born is not None and getattr(self, "_calls", 0) - at == 1:
            return born
        return num.birth(self.rng, first, last)

    # ---- personal numbers
    def _number(self, kind: str) -> str:
        return self._shape(self.rng.choice(_NUMBERS[kind]))

    def customer_number(self, lang: str) -> str:
        return self._number("")

    # ---- national numbers
    def bsn(self, lang: str) -> str:
        n = num.bsn(self.rng)
        return self.one(n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", num.chunks(n, (3, 3, 3)), num.chunks(n, (3, 3, 3), "."),
                        num.chunks(n, (2, 2, 2, 3)))  # fmt: skip

    def bsn_be(self, lang: str, years: tuple[int, int] = (1955, 2006), male: bool | None = None) -> str:
        number = num.belgian_register(self.rng, self._birthday(*years), male)
        return self.one(number, number, "".join(c for c in number if c.isdigit()))

    def bsn_be_m(self, lang: str) -> str:
        return self.bsn_be(lang, male=True)

    def bsn_pl(self, lang: str, years: tuple[int, int] = (1955, 2006), female: bool | None = None) -> str:
        return num.pesel(self.rng, self._birthday(*years), female)

    def bsn_ro(self, lang: str, years: tuple[int, int] = (1955, 2006), female: bool | None = None) -> str:
        return num.cnp(self.rng, self._birthday(*years), female)

    def bsn_sg(self, lang: str, years: tuple[int, int] = (1955, 2006)) -> str:
        number = num.nric(self.rng, self._birthday(*years))
        return self.one(number, number, number.lower())

    # a pensioner's number: a father's Belgian one, a mother's Polish and Romanian ones
    def bsn_be_elder(self, lang: str) -> str:
        return self.bsn_be(lang, (1934, 1959), male=True)

    def bsn_pl_elder(self, lang: str) -> str:
        return self.bsn_pl(lang, (1934, 1959), female=True)

    def bsn_ro_elder(self, lang: str) -> str:
        return self.bsn_ro(lang, (1934, 1959), female=True)

    def bsn_sg_elder(self, lang: str) -> str:
        return self.bsn_sg(lang, (1934, 1959))
