"""Fillers for the `test_v6` split of the privacy corpus (held out; written without seeing the redaction rules).

Names come from many origins (`privacy_fillers_v6_pools`); surnames standing alone get a capital tussenvoegsel as
Dutch spelling wants ("Van der Wal", but "Jelmer van der Wal"). Numbers are in `privacy_fillers_v6_numbers`."""

from __future__ import annotations

import benchmarks.privacy_fillers_v6_pools as pools
from benchmarks.privacy_fillers import _group
from benchmarks.privacy_fillers_v6_numbers import NumbersV6, _digits

UNITS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
TENS_NL = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
UNITS_EN = "oh one two three four five six seven eight nine".split()
SLAVIC_WOMEN = {"Justyna", "Paulina", "Desislava", "Tsvetelina", "Radostina", "Kalina"}
PARTICLES = ("van", "de", "der", "den", "ter", "ten", "op", "in", "'t", "uit", "te")


def _pair_nl(pair: str) -> str:
    """'34' -> 'vierendertig', '07' -> 'nul zeven', '12' -> 'twaalf'."""
    tens, units = int(pair[0]), int(pair[1])
    if tens == 0:
        return f"nul {UNITS_NL[units]}"
    if tens == 1:
        return TEENS_NL[units]
    if units == 0:
        return TENS_NL[tens]
    joiner = "ën" if UNITS_NL[units].endswith("e") else "en"
    return f"{UNITS_NL[units]}{joiner}{TENS_NL[tens]}"


def capital_particle(surname: str) -> str:
    return surname[0].upper() + surname[1:] if surname.split()[0] in PARTICLES else surname


class FillersV6(NumbersV6):
    """`fill(slot, lang)` for test_v6; every fill method of `Fillers` is overridden."""

    def _origin(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.7:
            return self.rng.choice(pools.ORIGINS_EN)
        return self.rng.choice(pools.ORIGINS)

    def _pair(self, lang: str) -> tuple[str, str]:
        origin = self._origin(lang)
        first, surname = self.pick(f"first_{origin}"), self.pick(f"surname_{origin}")
        if origin in ("pl", "bg"):  # Polish and Bulgarian surnames agree with the person's gender
            female = first in SLAVIC_WOMEN
            surname = self.rng.choice([s for s in self.pool[f"surname_{origin}"] if s.endswith("a") == female])
        if self.rng.random() < 0.08:  # married or mixed family: another origin's surname
            surname = self.pick(f"surname_{self.rng.choice(pools.ORIGINS)}")
        self._person = self._last = (
            first,
            surname,
        )  # an e-mail address later in the sentence mostly belongs to this person
        return first, surname

    def name_full(self, lang: str) -> str:
        first, surname = self._pair(lang)
        if surname in self.pool["surname_cn"] + self.pool["surname_vn"] and self.rng.random() < 0.5:
            return f"{surname} {first}"  # family name first
        return f"{first} {surname}"

    def name_again(self, lang: str) -> str:
        """The first name of the person named earlier in the same text (a signature, a chat turn)."""
        return self._person[0]

    def name_again_full(self, lang: str) -> str:
        return " ".join(self._person)

    def name_sr(self, lang: str) -> str:
        """Someone living in Suriname."""
        return f"{self.pick('first_sr')} {self.pick('surname_sr')}"

    def name_first(self, lang: str) -> str:
        return self.pick(f"first_{self._origin(lang)}")

    def name_child(self, lang: str) -> str:
        return self.name_first(lang)

    def name_surname(self, lang: str) -> str:
        return capital_particle(self._pair(lang)[1])

    def name_initials(self, lang: str) -> str:
        first, surname = self._pair(lang)
        extra = self.rng.choice(["", "", "", "M.", "J.", "W.F.", "Chr."])
        initials = f"{first[0]}.{extra}"
        if self.rng.random() < 0.2 and "Chr" not in initials:
            initials = initials.replace(".", "")
        return f"{initials} {surname}"

    def name_lower(self, lang: str) -> str:
        return self.rng.choice([self.name_full(lang), self.name_first(lang), self._pair(lang)[1]]).lower()

    def name_double(self, lang: str) -> str:
        """A double-barrelled (married) surname with a first name: 'Sietske van der Wal-Feenstra'."""
        first, own = self._pair(lang)
        if "-" in own:  # already double-barrelled
            return f"{first} {own}"
        origin = self.rng.choice(["nl", "nl", "fy", "be", *pools.ORIGINS])
        partner = self.pick(f"surname_{origin}")
        return f"{first} {partner}-{own}"

    def name_official(self, lang: str) -> str:
        """As registers and CRM lists print it: 'VAN DER WAL, Jelmer' or 'Van der Wal, Jelmer'."""
        first, surname = self._pair(lang)
        return self.rng.choice([f"{surname.upper()}, {first}", f"{capital_particle(surname)}, {first}"])

    # E-mail
    def _local_part(self) -> str:
        last = getattr(self, "_last", None)
        if last and self.rng.random() < 0.75:
            first, surname = last
        else:  # someone else's address: keep the person named so far
            person = getattr(self, "_person", None)
            first, surname = self._pair("nl")
            self._person = person
        self._last = None
        flat = surname.lower().replace(" ", "").replace("'", "").replace("-", "")
        flat = flat.translate(str.maketrans("ıığüşöçäåéèëïąćęłńóśźż", "iigusocaaeeeiacelnoszz"))
        given = first.lower().split()[0].translate(str.maketrans("ığüşöçłńóśąęț", "igusoclnosaet"))
        year = str(self.rng.randint(1960, 2005))
        return self.rng.choice(
            [
                f"{given}.{flat}",
                f"{given[0]}.{flat}",
                f"{given}{flat}{year[2:]}",
                f"{flat}.{given}",
                f"{given}_{year}",
                f"{given}.{flat[:1]}",
                f"{given}{self.rng.randint(1, 999)}",
                f"{given}-{flat}",
            ]
        )

    def email(self, lang: str) -> str:
        domain = self.pick("work_domain") if self.rng.random() < 0.15 else self.pick("domain")
        return f"{self._local_part()}@{domain}"

    def email_spoken(self, lang: str) -> str:
        local, domain = self._local_part(), self.pick("domain")
        if lang == "nl":
            dot, at = "punt", self.rng.choice(["apenstaartje", "at", "apestaart"])
        else:
            dot, at = "dot", "at"
        spoken = local.replace(".", f" {dot} ").replace("_", " underscore ").replace("-", " streepje ")
        return f"{spoken} {at} {domain.replace('.', f' {dot} ')}"

    def email_hidden(self, lang: str) -> str:
        """Written so that scrapers miss it: 'naam [at] domein [dot] nl'."""
        local, domain = self._local_part(), self.pick("domain")
        at, dot = self.rng.choice([("[at]", "."), (" [at] ", " [dot] "), ("(at)", "(punt)"), (" at ", " dot ")])
        return f"{local}{at}{domain.replace('.', dot)}"

    # Phones
    def phone(self, lang: str) -> str:
        if lang == "en":
            return self.phone_en(lang)
        digits = _digits(self.rng, 8)
        area = self.rng.choice(["0299", "0172", "0513", "0229", "0345", "0481"])
        short = self.rng.choice(["045", "073", "076", "058", "038", "015"])
        return self.rng.choice(
            [
                _group("06" + digits, [2, 2, 2, 2, 2]),
                f"06-{_group(digits, [3, 3, 2])}",
                f"0{6}{digits}",
                f"+31 6 {_group(digits, [4, 4])}",
                f"+31(0)6-{digits}",
                f"0031-6-{digits}",
                f"06 {digits}",
                f"{area}-{digits[:6]}",
                f"{area} {_group(digits[:6], [2, 2, 2])}",
                f"{short} - {_group(digits[:7], [3, 2, 2])}",
                f"+31 {short[1:]} {_group(digits[:7], [3, 4])}",
                f"{short}{digits[:7]}",
            ]
        )

    def phone_be(self, lang: str) -> str:
        digits = _digits(self.rng, 8)
        mobile = self.rng.choice(["0475", "0486", "0499", "0468"])
        return self.rng.choice(
            [
                f"{mobile}/{_group(digits[:6], [2, 2, 2], '.')}",
                f"{mobile} {_group(digits[:6], [2, 2, 2])}",
                f"+32 {mobile[1:]} {_group(digits[:6], [2, 2, 2])}",
                f"03 {_group(digits[:7], [3, 2, 2])}",
                f"0032 9 {_group(digits[:7], [3, 2, 2])}",
            ]
        )

    def phone_en(self, lang: str) -> str:
        digits = _digits(self.rng, 9)
        return self.rng.choice(
            [
                f"07{digits[:3]} {digits[3:9]}",
                f"+44 7{digits[:3]} {digits[3:9]}",
                f"+44 (0)7{digits[:3]} {digits[3:9]}",
                f"0116 {_group(digits[:7], [3, 4])}",
                f"02476 {digits[:6]}",
                f"+1 ({digits[:3]}) {digits[3:6]}-{digits[6:9]}0",
                f"+31 6 {digits[:8]}",
                f"06-{digits[:8]}",
                f"+353 87 {_group(digits[:7], [3, 4])}",
            ]
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + _digits(self.rng, 8)
        if lang == "nl":
            if self.rng.random() < 0.5:
                return "nul zes " + " ".join(_pair_nl(number[i : i + 2]) for i in range(2, 10, 2))
            return " ".join(UNITS_NL[int(d)] for d in number)
        uk = "07" + _digits(self.rng, 9)
        words = [UNITS_EN[int(d)] for d in uk]
        return " ".join(words).replace("one one", "double one").replace("four four", "double four")

    # Places
    def postcode(self, lang: str) -> str:
        number = self.rng.randint(1011, 9999)
        letters = "".join(self.rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        return self.rng.choice(
            [
                f"{number} {letters}",
                f"{number} {letters}",
                f"{number}{letters}",
                f"{number} {letters.lower()}",
                f"{number}{letters.lower()}",
                f"{number}-{letters}",
                f"{number}  {letters}",
            ]
        )

    def postcode_uk(self, lang: str) -> str:
        letters = "".join(self.rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        inward = f"{self.rng.randint(1, 9)}{letters}"
        return self.rng.choice([f"{self.pick('uk_outward')} {inward}", f"{self.pick('uk_outward')}{inward}"])

    def address(self, lang: str) -> str:
        if lang == "en":
            return self.address_en(lang)
        street, number = self.pick("street_nl"), str(self.rng.randint(1, 260))
        if street in ("Gooioord", "Kikkenstein", "Reigersbos", "Berkenrode"):  # Bijlmer flats: high numbers
            number = str(self.rng.randint(100, 3200))
        suffix = self.rng.choice(["", "", "", "a", "-A", " B", "-2", " III", " hs", "-bis", " zw", "-1hg"])
        address = f"{street} {number}{suffix}"
        return address.lower() if self.rng.random() < 0.1 else address

    def address_be(self, lang: str) -> str:
        street, number = self.pick("street_be"), self.rng.randint(1, 220)
        return self.rng.choice(
            [
                f"{street} {number}",
                f"{street} {number} bus {self.rng.randint(1, 12)}",
                f"{street} {number}/{self.rng.randint(1, 8)}",
                f"{street} {number}A",
            ]
        )

    def address_en(self, lang: str) -> str:
        number, street = self.rng.randint(1, 180), self.pick("street_en")
        return self.rng.choice(
            [
                f"{number} {street}",
                f"{number}a {street}",
                f"Flat {self.rng.randint(1, 9)}, {number} {street}",
                f"{number} {street.lower()}",
            ]
        )

    def address_nl(self, lang: str) -> str:
        """A Dutch address inside English text."""
        return self.address("nl")

    def phone_nl(self, lang: str) -> str:
        """A Dutch number inside English text."""
        return self.phone("nl")
