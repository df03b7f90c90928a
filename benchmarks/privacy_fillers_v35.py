"""Values for `test_v35`'s slots (housing repairs, student housing, a vet, bicycle lease, a wedding venue, an
energy cooperative), written from scratch by someone who never saw the redaction rules. Pools live in
`privacy_fillers_v35_pools`, check digits, plates and number words in `privacy_fillers_v35_numbers`."""

from __future__ import annotations

import benchmarks.privacy_fillers_v35_pools  # noqa: F401  (registers POOLS["test_v35"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v35_numbers import (
    be_plate,
    de_plate,
    digits,
    dob,
    dob_words,
    eleven_test_bsn,
    group,
    luhn,
    mod97_iban,
    nl_plate,
    spoken_digits,
)


class FillersV35(Fillers):
    def _one(self, options: list[str]) -> str:
        return self.rng.choice(options)

    def _surname(self) -> str:
        return self.pick("particle_surname") if self.rng.random() < 0.4 else self.pick("surname")

    def _initials(self) -> str:
        letters = self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.randint(1, 3))
        return self._one(["".join(f"{c}." for c in letters), "".join(letters), " ".join(f"{c}." for c in letters)])

    def name_full(self, lang: str) -> str:
        first, surname = self.pick("first"), self._surname()
        if self.rng.random() < 0.15:
            surname = f"{self.pick('surname')}-{self.pick('surname')}"
        return f"{first} {surname}"

    def name_first(self, lang: str) -> str:
        return self._one(self.pool["first"] + self.pool["first_en"] + self.pool["first_sr"] + self.pool["first_be"])

    def name_surname(self, lang: str) -> str:
        surname = self._surname()
        return surname[0].upper() + surname[1:] if self.rng.random() < 0.5 else surname

    def name_initials(self, lang: str) -> str:
        return f"{self._initials()} {self._surname()}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_upper(self, lang: str) -> str:
        return self._one([self.name_full(lang).upper(), f"{self.pick('first')} {self._surname().upper()}"])

    def name_register(self, lang: str) -> str:
        surname = self._surname()
        parts = surname.split()
        if len(parts) > 1 and self.rng.random() < 0.6:  # 'Meulen, J. van der'
            return f"{parts[-1]}, {self._initials()} {' '.join(parts[:-1])}"
        return f"{surname[0].upper() + surname[1:]}, {self._initials()}"

    def name_married(self, lang: str) -> str:
        own, partner = self._surname(), self._surname()
        return self._one([f"{self.pick('first')} {partner}-{own}", f"{self._initials()} {partner}-{own}"])

    def name_sr(self, lang: str) -> str:
        return f"{self.pick('first_sr')} {self.pick('surname_sr')}"

    def name_cw(self, lang: str) -> str:
        return f"{self.pick('first_cw')} {self.pick('surname_cw')}"

    def name_be(self, lang: str) -> str:
        return f"{self.pick('first_be')} {self.pick('surname_be')}"

    def name_en(self, lang: str) -> str:
        return f"{self.pick('first_en')} {self.pick('surname_en')}"

    def _local(self) -> str:
        first = self._one(self.pool["first"] + self.pool["first_be"] + self.pool["first_sr"]).lower()
        surname = self._surname().replace(" ", "").replace("'", "").lower()
        first = first.replace("é", "e").replace("ı", "i")
        surname = surname.replace("ı", "i")
        year = str(self.rng.randint(62, 99))
        return self._one(
            [
                f"{first}.{surname}",
                f"{first[0]}{surname}",
                f"{first}{year}",
                f"{surname}.{first}",
                f"{first}_{surname[:4]}",
                f"{first}.{surname}{year}",
                f"{first[0]}.{surname}",
            ]
        )

    def email(self, lang: str) -> str:
        address = f"{self._local()}@{self.pick('domain')}"
        return address.upper() if self.rng.random() < 0.05 else address

    def email_spoken(self, lang: str) -> str:
        local, domain = self._local(), self.pick("domain")
        dot = "punt" if lang == "nl" else "dot"
        at = self._one(["apenstaartje", "at", "apestaart"] if lang == "nl" else ["at", "at sign"])
        local = local.replace(".", f" {dot} ").replace("_", " underscore ")
        return f"{local} {at} {domain.replace('.', f' {dot} ')}"

    def phone(self, lang: str) -> str:
        tail = digits(self.rng, 8)
        area = self._one(["30", "20", "58", "50", "71", "43", "13", "24", "575", "493"])
        land = (area + tail)[:9]
        return self._one(
            [
                f"06{tail}",
                f"06-{tail}",
                f"06 {group(tail, [2, 2, 2, 2])}",
                f"06-{group(tail, [3, 3, 2])}",
                f"+31 6 {group(tail, [2, 2, 2, 2])}",
                f"+316{tail}",
                f"0031 6 {group(tail, [4, 4])}",
                f"0031-6-{tail}",
                f"(+31) 06 {tail}",
                f"0{area}-{land[len(area) :]}",
                f"0{area} {group(land[len(area) :], [3, 4])}",
                f"+31 {area} {land[len(area) :]}",
                f"06.{group(tail, [2, 2, 2, 2], '.')}",
            ]
        )

    def phone_sr(self, lang: str) -> str:
        number = self._one(["8", "7"]) + digits(self.rng, 6)
        return self._one([f"+597 {group(number, [3, 4])}", f"+597-{number}", f"00597 {number}", f"(597) {number}"])

    def phone_cw(self, lang: str) -> str:
        number = "9" + self._one(["4", "5", "6", "7"]) + digits(self.rng, 6)
        return self._one([f"+599 9 {group(number[1:], [3, 4])}", f"+5999{number[1:]}", f"00599-9-{number[1:]}"])

    def phone_be(self, lang: str) -> str:
        tail = digits(self.rng, 6)
        mobile = self._one(["470", "472", "475", "486", "494"])
        return self._one(
            [
                f"+32 {mobile} {group(tail, [2, 2, 2])}",
                f"0{mobile}/{group(tail, [2, 2, 2])}",
                f"0032 {mobile}{tail}",
                f"0{mobile} {group(tail, [2, 2, 2], '.')}",
                f"+32 9 {group(tail + '1', [3, 2, 2])}",
            ]
        )

    def phone_uk(self, lang: str) -> str:
        return self._one(
            [f"+44 7{digits(self.rng, 3)} {digits(self.rng, 6)}", f"07{digits(self.rng, 3)} {digits(self.rng, 6)}"]
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        words = spoken_digits(number, lang).split()
        if lang == "nl" and self.rng.random() < 0.5:
            return f"nul zes, {' '.join(words[2:6])}, {' '.join(words[6:])}"
        return " ".join(words)

    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.7:
            iban = mod97_iban("NL", self.pick("bank") + digits(self.rng, 10))
        elif roll < 0.9:
            iban = mod97_iban("BE", digits(self.rng, 12))
        else:
            iban = mod97_iban("DE", digits(self.rng, 18))
        return self._one(
            [
                iban,
                group(iban, [4] * 8),
                group(iban, [4] * 8).lower(),
                group(iban, [4] * 8, "-"),
                f"{iban[:2]} {iban[2:4]} {iban[4:8]} {group(iban[8:], [3, 3, 4])}",
            ]
        )

    def iban_be(self, lang: str) -> str:
        iban = mod97_iban("BE", digits(self.rng, 12))
        return self._one([group(iban, [4, 4, 4, 4]), iban])

    def bsn(self, lang: str) -> str:
        bsn = eleven_test_bsn(self.rng)
        return self._one(
            [
                bsn,
                group(bsn, [3, 3, 3]),
                group(bsn, [3, 3, 3], "."),
                group(bsn, [4, 2, 3], "."),
                group(bsn, [2, 3, 4]),
                group(bsn, [3, 3, 3], "-"),
                f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
            ]
        )

    def card(self, lang: str) -> str:
        start = self._one(["4", "4", "53", "55", "2221", "37"])
        if start == "37":
            number = luhn("37" + digits(self.rng, 12))
            return self._one([group(number, [4, 6, 5]), number])
        number = luhn(start + digits(self.rng, 15 - len(start)))
        return self._one(
            [group(number, [4, 4, 4, 4]), number, group(number, [4, 4, 4, 4], "-"), group(number, [4, 4, 4, 4], ".")]
        )

    def postcode(self, lang: str) -> str:
        number = self.rng.randint(1011, 9999)
        letters = "".join(self.rng.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2))
        return self._one(
            [
                f"{number} {letters}",
                f"{number}{letters}",
                f"{number}{letters.lower()}",
                f"{number} {letters.lower()}",
                f"{number} {letters}".lower(),
            ]
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 312))
        addition = self._one(["", "", "", "A", "a", "-2", " bis", "-hs", " III", "-14", " zw", " B"])
        street = self.pick("street_nl")
        if self.rng.random() < 0.1:
            street = street.lower()
        return f"{street} {number}{addition}"

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 240)
        return self._one(
            [
                f"{self.pick('street_be')} {number} bus {self.rng.randint(1, 12)}",
                f"{self.pick('street_be')} {number}",
                f"{self.pick('street_be')} {number}/{self.rng.randint(1, 9)}",
            ]
        )

    def address_sr(self, lang: str) -> str:
        return f"{self.pick('street_sr')} {self.rng.randint(1, 480)}"

    def address_cw(self, lang: str) -> str:
        return f"{self.pick('street_cw')} {self.rng.randint(1, 90)}"

    def address_en(self, lang: str) -> str:
        return self._one(
            [
                f"{self.rng.randint(1, 140)} {self.pick('street_en')}",
                f"Flat {self.rng.randint(1, 30)}, {self.rng.randint(1, 99)} {self.pick('street_en')}",
            ]
        )

    def dob(self, lang: str) -> str:
        return dob(self.rng, lang)

    def dob_words(self, lang: str) -> str:
        return dob_words(self.rng, lang)

    def plate(self, lang: str) -> str:
        plate = nl_plate(self.rng)
        return self._one([plate, plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " ")])

    def plate_be(self, lang: str) -> str:
        plate = be_plate(self.rng)
        return self._one([plate, plate.replace("-", ""), plate.replace("-", " ")])

    def plate_de(self, lang: str) -> str:
        return de_plate(self.rng)

    def customer_number(self, lang: str) -> str:
        number = digits(self.rng, self.rng.randint(6, 9))
        return self._one([number, f"K{number}", f"K-{number[:6]}", group(number, [3, 3, 3])])

    def customer_number_tenant(self, lang: str) -> str:
        number = digits(self.rng, 7)
        return self._one([number, f"HN{number}", f"HN-{number}", f"{number[:3]}.{number[3:]}", f"h{number}"])

    def customer_number_student(self, lang: str) -> str:
        number = str(self.rng.randint(1, 9)) + digits(self.rng, 6)
        return self._one([f"s{number}", f"S{number}", number, f"u{number}", f"{number[:4]}-{number[4:]}"])

    def customer_number_member(self, lang: str) -> str:
        number = str(self.rng.randint(1, 4999)).zfill(5)
        return self._one([f"EC-{number}", f"LID{number}", number, f"ec{number}", f"EC {number}"])

    def customer_number_lease(self, lang: str) -> str:
        number = digits(self.rng, 6)
        return self._one([f"LC-{number}", f"FL{number}", f"BL/{number[:2]}/{number[2:]}", f"{number}-01"])

    def customer_number_account(self, lang: str) -> str:
        return self._one([f"ACC-{digits(self.rng, 7)}", f"00{digits(self.rng, 8)}", f"R{digits(self.rng, 6)}"])
