"""Names, e-mail addresses and phone numbers of the held-out test_v5 split, in the shapes contact-centre text
has them: Dutch surnames with tussenvoegsels capitalised when they stand alone, initials, married double names,
admin systems' 'SURNAME, First', obfuscated and spoken addresses, Dutch, Belgian, German, British and Irish
numbers, numbers as speech-to-text writes them.

Part of `privacy_fillers_v5`; written without looking at the redaction rules.
"""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers import DIGIT_WORDS, Fillers, _group
from benchmarks.privacy_fillers_v5_formats import digits, en_digits, nl_number


def ascii_word(text: str) -> str:
    """'Güneş' -> 'gunes', "in 't Veld" -> 'intveld': how a person types their name into an address."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in plain.lower() if char.isalnum())


def standalone(surname: str) -> str:
    """Dutch spelling: 'de Korte' after a first name, 'De Korte' when the surname stands alone."""
    return surname[0].upper() + surname[1:]


def _pair(two: str) -> str:
    """A pair of digits as people read a Dutch number out: '34' -> 'vierendertig', '07' -> 'nul zeven'."""
    return f"nul {nl_number(int(two))}" if two[0] == "0" else nl_number(int(two))


class ContactFillersV5(Fillers):
    """Names, e-mail and phone numbers; `FillersV5` adds the rest."""

    # Names. The last name written is remembered, so an e-mail address right after it can be that person's.
    def _person(self, first: str = "", surname: str = "", pools: tuple[str, str] = ("first", "surname")) -> str:
        self.who = {"first": first or self.pick(pools[0]), "surname": surname or self.pick(pools[1])}
        return " ".join(part for part in (first, surname) if part)

    def name_full(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.5:
            return self.name_en(lang)
        return self._person(self.pick("first"), self.pick("surname"))

    def name_first(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.5:
            return self.name_first_en(lang)
        return self._person(first=self.pick("first"))

    def name_first_be(self, lang: str) -> str:
        return self._person(first=self.pick("first_be"), pools=("first_be", "surname_be"))

    def name_first_en(self, lang: str) -> str:
        return self._person(first=self.pick("first_en"), pools=("first_en", "surname_en"))

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        self.who = {"first": getattr(self, "who", {}).get("first") or self.pick("first"), "surname": surname}
        return standalone(surname) if self.rng.random() < 0.75 else surname

    def name_initials(self, lang: str) -> str:
        letters = self.rng.choice(["J.H.", "A.C.M.", "Th.", "W.", "G.J.", "M.", "E.", "R.A.", "Chr.", "I.M.", "S.K."])
        if self.rng.random() < 0.15:
            letters = letters.replace(".", "")
        return f"{letters} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return (self.name_full(lang) if self.rng.random() < 0.7 else self.name_first(lang)).lower()

    def name_upper(self, lang: str) -> str:
        return f"{standalone(self.pick('surname')).upper()}, {self.pick('first')}"

    def name_double(self, lang: str) -> str:
        own, married = self.pick("surname"), self.pick("surname")
        while married == own:
            married = self.pick("surname")
        double = f"{married}-{own}"
        return self.rng.choice([f"{self.pick('first')} {double}", standalone(double)])

    def name_be(self, lang: str) -> str:
        return self._person(self.pick("first_be"), self.pick("surname_be"))

    def name_en(self, lang: str) -> str:
        first, surname = self.pick("first_en"), self.pick("surname_en")
        self._person(first, surname)
        middle = f" {self.rng.choice('ABDJKLMRT')}." if self.rng.random() < 0.2 else ""
        return f"{first}{middle} {surname}"

    # E-mail.
    def _local(self, lang: str) -> str:
        english = lang == "en" and self.rng.random() < 0.6
        who = self.__dict__.pop("who", None) or {
            "first": self.pick("first_en" if english else "first"),
            "surname": self.pick("surname_en" if english else "surname"),
        }
        first, surname = ascii_word(who["first"]), ascii_word(who["surname"].split()[-1])
        return self.rng.choice(
            [
                f"{first}.{surname}",
                f"{first[0]}.{surname}",
                f"{first}{surname}{self.rng.randint(60, 99)}",
                f"{surname}.{first}",
                f"{first}_{surname[0]}",
                f"{first}.{surname}+{self.rng.choice(['webshop', 'energie', 'news', 'bol'])}",
                f"{first.capitalize()}.{surname.capitalize()}",
            ]
        )

    def _domain(self, lang: str) -> str:
        return self.pick("domain")

    def email(self, lang: str) -> str:
        return f"{self._local(lang)}@{self._domain(lang)}"

    def email_be(self, lang: str) -> str:
        return f"{ascii_word(self.pick('first_be'))}.{ascii_word(self.pick('surname_be'))}@{self.pick('domain_be')}"

    def email_work(self, lang: str) -> str:
        first, surname = ascii_word(self.pick("first")), ascii_word(self.pick("surname").split()[-1])
        return f"{self.rng.choice([first + '.' + surname, first[0] + '.' + surname, first])}@{self.pick('work_domain')}"

    def email_obf(self, lang: str) -> str:
        local, domain = self._local(lang).split("+")[0], self._domain(lang)
        name, _, tld = domain.rpartition(".")
        return self.rng.choice(
            [
                f"{local} [at] {name} [dot] {tld}",
                f"{local}(at){domain}",
                f"{local} at {name} dot {tld}",
                f"{local} (a) {domain}",
                f"{local}[@]{domain}",
            ]
        )

    def email_spoken(self, lang: str) -> str:
        first, surname = ascii_word(self.pick("first")), ascii_word(self.pick("surname").split()[-1])
        dot, at = ("punt", self.rng.choice(["apenstaartje", "at"])) if lang == "nl" else ("dot", "at")
        domain = self._domain(lang).replace(".", f" {dot} ")
        local = self.rng.choice([f"{first} {dot} {surname}", f"{first}{surname}", f"{first[0]} {dot} {surname}"])
        return f"{local} {at} {domain}"

    # Phone numbers.
    def phone_mobile(self, lang: str) -> str:
        rest = self.rng.choice("12345") + digits(self.rng, 7)
        mobile = "06" + rest
        return self.rng.choice(
            [
                _group(mobile, [2, 2, 2, 2, 2]),
                f"06-{rest[:4]} {rest[4:]}",
                f"06 {_group(rest, [3, 3, 2])}",
                f"+31 (0)6-{rest}",
                f"+31 6 {_group(rest, [2, 2, 2, 2])}",
                f"06/{rest}",
                f"0031-6-{rest}",
                mobile,
            ]
        )

    def phone(self, lang: str) -> str:
        if self.rng.random() < 0.4:
            return self.phone_mobile(lang)
        area = self.rng.choice(["0495", "0343", "0118", "0546", "0513", "0223", "010", "070", "020", "024", "038"])
        rest = digits(self.rng, 10 - len(area))
        rest = str(self.rng.randint(2, 9)) + rest[1:]
        if len(area) == 4:
            options = [f"{area}-{rest}", f"{area} {_group(rest, [2, 2, 2])}", f"({area}) {_group(rest, [2, 2, 2])}"]
            options.append(f"+31 (0){area[1:]} {rest}")
        else:
            options = [f"{area} - {rest}", f"{area}-{rest[0]} {_group(rest[1:], [2, 2, 2])}", f"{area} {rest}"]
            options.append(f"+31 {area[1:]} {_group(rest, [3, 4])}")
        return self.rng.choice(options)

    def phone_be(self, lang: str) -> str:
        mobile = self.rng.choice(["470", "472", "475", "477", "484", "486", "494", "498"]) + digits(self.rng, 6)
        land = self.rng.choice(["03", "09", "016", "050"])
        land_rest = str(self.rng.randint(2, 9)) + digits(self.rng, 8 - len(land))
        return self.rng.choice(
            [
                f"+32 {mobile[:3]} {_group(mobile[3:], [2, 2, 2])}",
                f"0{mobile[:3]}/{'.'.join(_group(mobile[3:], [2, 2, 2]).split())}",
                f"0{mobile[:3]} {_group(mobile[3:], [2, 2, 2])}",
                f"0032 {mobile[:3]} {mobile[3:]}",
                f"{land}/{_group(land_rest, [3, 2, 2] if len(land) == 2 else [2, 2, 2])}",
                f"{land} {_group(land_rest, [3, 2, 2] if len(land) == 2 else [2, 2, 2])}",
            ]
        )

    def phone_de(self, lang: str) -> str:
        mobile = self.rng.choice(["151", "160", "170", "171", "176", "177"]) + digits(self.rng, 8)
        land, land_rest = self.rng.choice(["2821", "2871", "30", "211", "221"]), digits(self.rng, 7)
        return self.rng.choice(
            [
                f"+49 {mobile[:3]} {mobile[3:]}",
                f"0{mobile[:3]} {mobile[3:]}",
                f"0{mobile[:3]}-{mobile[3:]}",
                f"+49 (0){land} {land_rest}",
                f"0049 {land} {land_rest}",
                f"0{land}/{land_rest}",
            ]
        )

    def phone_uk(self, lang: str) -> str:
        mobile = "07" + self.rng.choice(["4", "5", "7", "8", "9"]) + digits(self.rng, 8)
        return self.rng.choice(
            [
                f"+44 {mobile[1:5]} {mobile[5:]}",
                f"{mobile[:5]} {_group(mobile[5:], [3, 3])}",
                f"{mobile[:5]} {mobile[5:]}",
                f"020 {self.rng.randint(3, 8)}{digits(self.rng, 3)} {digits(self.rng, 4)}",
                f"0131 {digits(self.rng, 3)} {digits(self.rng, 4)}",
                f"+44 (0)113 {digits(self.rng, 3)} {digits(self.rng, 4)}",
                f"+353 8{self.rng.choice('3567')} {digits(self.rng, 3)} {digits(self.rng, 4)}",
            ]
        )

    def phone_spoken(self, lang: str) -> str:
        rest = self.rng.choice("12345") + digits(self.rng, 7)
        if lang == "en":
            number = "07" + self.rng.choice("4579") + digits(self.rng, 8)
            return self.rng.choice([en_digits(number), f"plus four four {en_digits(number[1:])}"])
        pairs = [_pair(rest[index : index + 2]) for index in range(0, 8, 2)]
        words = DIGIT_WORDS["nl"]
        return self.rng.choice(
            [
                "nul zes " + " ".join(pairs),
                "nul zes, " + ", ".join(pairs),
                "nul zes " + " ".join(words[int(char)] for char in rest),
                "nul zes " + " ".join(pairs[:2]) + " " + " ".join(words[int(char)] for char in rest[4:]),
            ]
        )
