"""E-mail, phone and IBAN values for the `test_v34` fillers (a mixin of `FillersV34`): Dutch, Flemish and German
numbers in many layouts, spoken e-mail addresses and phone numbers. Written from scratch for this split."""

from __future__ import annotations

from benchmarks.privacy_fillers_v34_numbers import digits, grouped, iban_for

SPOKEN = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "oh one two three four five six seven eight nine".split(),
}


class ContactV34:
    """Needs `rng`, `pick` and `one` from `FillersV34`."""

    # EMAIL ------------------------------------------------------------------------------------------------
    def _parts(self) -> tuple[str, str]:
        first = self.pick(self.one("first_nl", "first_be", "first_de", "first_mix", "first_en"))
        surname = self.pick(self.one("surname_nl", "surname_particle", "surname_be", "surname_de"))
        table = str.maketrans({"ü": "u", "ö": "o", "ß": "ss", "ë": "e", "ı": "i", "ğ": "g", "'": "", "é": "e"})
        return first.lower().translate(table), surname.lower().translate(table)

    def email(self, lang: str) -> str:
        first, surname = self._parts()
        compact = surname.replace(" ", "")
        local = self.one(
            f"{first}.{compact}",
            f"{first[0]}{compact}{self.rng.randint(50, 99)}",
            f"{compact}.{first}",
            f"{first}_{surname.replace(' ', '_')}",
            f"fam.{compact}",
            f"{first}{self.rng.randint(1960, 2012)}",
            f"mama.van.{self.pick('first_child').lower()}",
            f"{first}-{compact}",
        )
        address = f"{local}@{self.pick('domain')}"
        return address.upper() if self.rng.random() < 0.08 else address

    def email_spoken(self, lang: str) -> str:
        first, surname = self._parts()
        dot = "punt" if lang == "nl" else "dot"
        at = self.one("at", "apenstaartje", "apestaart") if lang == "nl" else self.one("at", "at sign")
        domain = self.pick("domain").replace(".", f" {dot} ")
        local = self.one(
            f"{first} {dot} {surname}", f"{first}{surname.replace(' ', '')}", f"{first} streepje {surname}"
        )
        if lang == "en":
            local = local.replace("streepje", "dash")
        return f"{local} {at} {domain}"

    # PHONE ------------------------------------------------------------------------------------------------
    def phone_mobile(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        return self.one(
            f"06-{rest}",
            f"06 {grouped(rest, [4, 4])}",
            f"06 {grouped(rest, [2, 2, 2, 2])}",
            f"+31 6 {grouped(rest, [4, 4])}",
            f"+31(0)6-{rest}",
            f"0031 6 {grouped(rest, [2, 2, 2, 2])}",
            f"+316{rest}",
            f"06{rest}",
            f"06-{grouped(rest, [3, 3, 2], '.')}",
        )

    def phone_land(self, lang: str) -> str:
        area = self.one("053", "074", "0546", "0543", "077", "045", "038", "0570", "023", "076")
        rest = digits(self.rng, 10 - len(area))
        return self.one(
            f"{area}-{rest}",
            f"({area}) {grouped(rest, [3, 4]) if len(rest) == 7 else grouped(rest, [2, 2, 2])}",
            f"{area} {rest}",
            f"+31 {area[1:]} {rest}",
            f"0031-{area[1:]}-{rest}",
        )

    def phone(self, lang: str) -> str:
        return self.phone_mobile(lang) if self.rng.random() < 0.6 else self.phone_land(lang)

    def phone_be(self, lang: str) -> str:
        mobile = "4" + self.one("7", "8", "9") + digits(self.rng, 7)
        area, land = self.one("9", "3", "2"), digits(self.rng, 7)
        return self.one(
            f"+32 {mobile[:3]} {grouped(mobile[3:], [2, 2, 2])}",
            f"0{mobile[:3]}/{grouped(mobile[3:], [2, 2, 2], '.')}",
            f"0032 {mobile[:3]} {mobile[3:]}",
            f"0{mobile[:3]} {grouped(mobile[3:], [2, 2, 2])}",
            f"+32 (0){area} {grouped(land, [3, 2, 2])}",
        )

    def phone_de(self, lang: str) -> str:
        mobile = "1" + self.one("51", "52", "60", "70", "76") + digits(self.rng, 8)
        area = self.one("2562", "2871", "2821", "5921", "241", "2861")
        land = digits(self.rng, 6)
        return self.one(
            f"+49 {mobile[:3]} {grouped(mobile[3:], [4, 4])}",
            f"0049 {mobile[:3]} {mobile[3:]}",
            f"0{mobile[:3]}/{mobile[3:]}",
            f"+49 (0) {area} {land}",
            f"0{area} / {grouped(land, [3, 3])}",
            f"+49-{area}-{land}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = self.one("06", "053", "074") + digits(self.rng, 8)
        number = number[:10]
        words = [SPOKEN[lang][int(c)] for c in number]
        if self.rng.random() < 0.3:
            return ", ".join(" ".join(words[i : i + 2]) for i in range(0, 10, 2))
        return " ".join(words)

    # IBAN -------------------------------------------------------------------------------------------------
    def iban(self, lang: str) -> str:
        iban = iban_for("NL", self.pick("bank_nl") + digits(self.rng, 10))
        return self.one(iban, grouped(iban, [4] * 5), grouped(iban, [4] * 5).lower(), grouped(iban, [2, 2, 4, 4, 4, 2]))

    def iban_be(self, lang: str) -> str:
        iban = iban_for("BE", digits(self.rng, 12))
        return self.one(iban, grouped(iban, [4] * 4), grouped(iban, [4] * 4, "-"))

    def iban_de(self, lang: str) -> str:
        iban = iban_for("DE", digits(self.rng, 18))
        return self.one(iban, grouped(iban, [4] * 6))

    def iban_ocr(self, lang: str) -> str:
        iban = iban_for("NL", self.pick("bank_nl") + digits(self.rng, 10))
        return self.one(" ".join(iban), grouped(iban, [2, 2, 4, 3, 3, 4]), grouped(iban, [4, 6, 8]))
