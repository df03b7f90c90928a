"""Fillers of the later corpus parts: test_v2 (its own pools and formats; held out, now seen) and the second dev part.

Kept apart from `privacy_fillers` (the first dev part and test_v1) so each file stays readable.
"""

from __future__ import annotations

import random
import string

from benchmarks.privacy_fillers import DIGIT_WORDS, POOLS, Fillers, _bsn, _group, _iban, _luhn_complete

# ---- test_v2: held out until test_v3 existed, now seen. Written before any rule was tuned for it, with its
# ---- own pools and formats. Do not copy these values into the dev block or the word lists.
POOLS["test_v2"] = {
    "first": "Wouter Femke Jeroen Esther Martijn Ingrid Stijn Nienke Bas Marieke Roel Kim Youssef Samira Mehmet "
    "Elif Ayoub Soufiane Rajesh Shanti Jerrel Romano Sharon Kevin Jolanda Arjen Evelien Lieke Niels Tessa "
    "Freek Anke Koen Hanneke Mustafa Büşra Hakan Nadia Dwayne Xavier Ashley Ryan Olivia Chloe Jessica Liam "
    "Nathan Amelia Georgia Connor Siobhan Dylan".split(),
    "surname": "Kok|de Wit|van Leeuwen|Willems|Vermeulen|van den Broek|Schipper|Koster|Verhoeven|Postma|"
    "Kramer|Huisman|van Wijk|Prins|Blom|Kuiper|van der Linden|Timmermans|Franken|Goossens|Claes|Maes|"
    "Aydın|Öztürk|Çelik|Demir|Benali|Ouali|Ait Ouahmane|Boukhari|Sewdien|Ramdin|Wijngaarde|Pinas|"
    "Marshall|Hughes|Robinson|Walker|Edwards|Collins|Stewart|Morris|Murphy|Kaur|Hussain|van Rijn|"
    "Zwart|de Bruijn".split("|"),
    "street_nl": "Rokin|Damrak|Lijnbaan|Spui|Kalverstraat|Hoogstraat|Vismarkt|Oude Kijk in 't Jatstraat|"
    "Herengracht|Meent|Bergweg|Middelweg|Kanaalstraat|Lindenlaan|Beukenlaan|Mr. Visserplein|Catharijnesingel|"
    "Overtoom|Hobbemakade|Zwanenburgwal|Looiersgracht|Breestraat|Haarlemmerdijk|Kastanjelaan".split("|"),
    "street_en": "Oxford Street|Cedar Road|Abbey Lane|Grange Road|Springfield Avenue|Willow Close|"
    "Chapel Street|North Road|Beech Grove|Albert Terrace".split("|"),
    "domain": "gmail.com hotmail.com kpnplanet.nl upcmail.nl telfort.nl outlook.be yahoo.com gmx.net".split(),
    "bank": "RABO INGB ABNA SNSB ASNB RBRB".split(),
}


class FillersV2(Fillers):
    """The test_v2 pools and formats: every method here is new, none is shared with the dev block."""

    def __init__(self, split: str, rng: random.Random) -> None:
        super().__init__(split, rng)

    def name_initials(self, lang: str) -> str:
        letters = self.rng.choice(["Th.", "J.P.", "W.", "G.H.", "Chr.", "A.", "M.J.", "S.", "F.A.M."])
        return f"{letters} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return (self.name_full(lang) if self.rng.random() < 0.6 else self.pick("first")).lower()

    def email(self, lang: str) -> str:
        first, surname = self._local()
        local = self.rng.choice(
            [f"{first}.{surname}", f"{first}{surname}{self.rng.randint(70, 99)}", f"{surname}.{first[0]}", first]
        )
        return f"{local}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, surname = self._local()
        dot, at = ("punt", "apenstaartje") if lang == "nl" else ("dot", "at")
        domain = self.pick("domain").replace(".", f" {dot} ")
        local = self.rng.choice([f"{first} {dot} {surname}", f"{first}{surname}", f"{surname}"])
        return f"{local} {at} {domain}"

    def phone(self, lang: str) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        mobile = "06" + digits
        land = "0" + self.rng.choice(["20", "10", "30", "70", "40", "50", "13", "24", "26", "53"]) + digits[:7]
        return self.rng.choice(
            [
                _group(mobile, [2, 2, 2, 2, 2], "."),
                f"{land[:3]}.{_group(land[3:], [3, 2, 2], '.')}",
                f"06 {_group(digits, [3, 3, 2])}",
                f"+31 6 {_group(digits, [2, 2, 2, 2])}",
                f"+31(0){land[1:3]}-{land[3:]}",
                f"{land[:3]}/{land[3:]}",
                f"06{digits}",
                f"+44 7911 {digits[:6]}",
                f"07911 {_group(digits[:6], [3, 3])}",
                f"({land[:3]}) {_group(land[3:], [3, 4])}",
            ]
        )

    def phone_spoken(self, lang: str) -> str:
        words = DIGIT_WORDS[lang]
        number = "06" + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        return ", ".join(" ".join(words[int(c)] for c in number[i : i + 2]) for i in range(0, 10, 2))

    def iban(self, lang: str) -> str:
        account = "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        iban = _iban("NL", self.pick("bank") + account)
        if self.rng.random() < 0.25:
            iban = _iban("BE", account + f"{self.rng.randint(0, 99):02d}")
        return self.rng.choice([iban, _group(iban, [4] * 9), _group(iban, [4] * 9).lower()])

    def bsn(self, lang: str) -> str:
        bsn = _bsn(self.rng)
        return self.rng.choice([bsn, _group(bsn, [3, 3, 3]), _group(bsn, [3, 3, 3], "."), f"{bsn[:4]} {bsn[4:]}"])

    def postcode(self, lang: str) -> str:
        number = self.rng.randint(1000, 9999)
        if self.rng.random() < 0.3:  # letters that are also a unit or a short word
            letters = self.rng.choice(["KM", "MB", "GB", "CM", "KG", "EN", "DE", "IN", "ML", "TV"])
        else:
            letters = "".join(self.rng.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        return self.rng.choice([f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}"])

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 320))
        if lang == "en":
            return self.rng.choice(
                [f"{number} {self.pick('street_en')}", f"Flat {number[:1]}, 7 {self.pick('street_en')}"]
            )
        suffix = self.rng.choice(["", "", "", "A", "-2", " hs", "c", " III"])
        return f"{self.pick('street_nl')} {number}{suffix}"

    def card(self, lang: str) -> str:
        prefix = self.rng.choice(["4", "53", "22"])
        number = _luhn_complete(prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(15 - len(prefix))))
        return self.rng.choice([_group(number, [4, 4, 4, 4]), number, _group(number, [4, 4, 4, 4], ".")])

    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2007)
        names = {
            "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
            "en": "January February March April May June July August September October November December".split(),
        }[lang]
        return self.rng.choice(
            [
                f"{day:02d}.{month:02d}.{year}",
                f"{day}-{month}-'{str(year)[2:]}",
                f"{day:02d}-{month:02d}-{str(year)[2:]}",
                f"{day} {names[month - 1]} '{str(year)[2:]}",
                f"{names[month - 1]} {day}th {year}" if lang == "en" else f"{day}e {names[month - 1]} {year}",
                f"{day}/{month}/{year}",
                f"{year}/{month:02d}/{day:02d}",
            ]
        )

    def plate(self, lang: str) -> str:
        def letter() -> str:
            return self.rng.choice("BDFGHJKLNPRSTVXZ")

        def digit() -> str:
            return str(self.rng.randint(0, 9))

        code = self.rng.choice(["LL-DDD-L", "DD-LLL-D", "D-LLL-DD", "LLL-DD-L", "L-DD-LLL", "LL-LL-DD", "DD-LL-LL"])
        plate = "".join(letter() if c == "L" else digit() if c == "D" else c for c in code)
        uk = f"{letter()}{letter()}{digit()}{digit()} {letter()}{letter()}{letter()}"
        return self.rng.choice([plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " "), uk])

    def customer_number(self, lang: str) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.randint(5, 9)))
        letters = "".join(self.rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(self.rng.randint(1, 3)))
        year = self.rng.randint(2015, 2026)
        return self.rng.choice(
            [
                digits,
                f"{letters}{digits}",
                f"{letters}-{digits}",
                f"{year}-{digits[:5]}",
                f"{letters}/{year}/{digits[:4]}",
                _group(digits, [3, 3, 3]),
                f"{letters}.{digits[:6]}",
                f"{digits[:5]}-{letters}",
            ]
        )


# ---- dev, second part: forms the first dev part lacked (names without a cue, initials like "Th.", contact
# ---- blocks, numbers with slashes, dotted phones, plates without dashes, short-year dates …). Tuned on.
POOLS["dev_extra"] = {
    "first": "Henk Joost Sander Marieke Linda Bart Eva Ruben Noor Tim Lisa Mark-Jan Rik Anne Fenna Jesse Demi "
    "Yusuf Khadija Hamza Zeynep Emre Ilias Soumaya Kenneth Rowena Glenn Naomi Steven Chantal George Amy "
    "Jacob Ellie Thomas-Jan Wendy Cor Truus Achmed Aylin".split(),
    "surname": "Janssen|van der Meer|de Jong|Hermans|Schouten|van Vliet|Sanders|Bosman|Verbeek|Jacobs|"
    "Kaya|Şahin|Arslan|El Idrissi|Ouchan|Bouzid|Karsten|Tjin|Kromodimedjo|Amatdjais|Roberts|Davies|"
    "Harris|Clarke|Turner|Cooper|van Dam|Wouters|Peeters|Mertens|de Graaf|Hoogendoorn".split("|"),
    "street_nl": "Neude|Vredenburg|Brink|Lange Poten|Plaats|Binnenhof|Nieuwmarkt|Voorstraat|Lange Nieuwstraat|"
    "Keizersgracht|Maliebaan|Wittevrouwenstraat|Oudwijk|Zadelstraat|Domplein|Drift".split("|"),
    "street_en": "Albion Road|Elm Road|Green Lane|Princes Street|Cherry Tree Walk|Bridge Street".split("|"),
    "domain": "gmail.com hotmail.com ziggo.nl kpnmail.nl".split(),
    "bank": "ABNA RABO INGB".split(),
}


class FillersDevExtra(Fillers):
    """Formats for the dev split's second part."""

    def __init__(self, split: str, rng: random.Random) -> None:
        super().__init__(split, rng)
        self.pool, self.held_out = POOLS["dev_extra"], False

    def name_initials(self, lang: str) -> str:
        letters = self.rng.choice(["Th.", "J.P.", "H.", "C.M.", "Joh.", "W.F.", "Ph."])
        return f"{letters} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return (self.name_full(lang) if self.rng.random() < 0.5 else self.pick("first")).lower()

    def phone(self, lang: str) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        land = "0" + self.rng.choice(["20", "10", "30", "70", "15", "23"]) + digits[:7]
        return self.rng.choice(
            [
                _group("06" + digits, [2, 2, 2, 2, 2], "."),
                f"{land[:3]}.{_group(land[3:], [3, 2, 2], '.')}",
                f"06.{digits}",
                f"{land[:3]}.{land[3:]}",
                f"06-{_group(digits, [2, 2, 2, 2], '.')}",
            ]
        )

    def postcode(self, lang: str) -> str:
        number = self.rng.randint(1000, 9999)
        letters = self.rng.choice(["KM", "MB", "AM", "PM", "ML", "EN", "IN", "OP", "TE", "DE", "GB", "BE"])
        return self.rng.choice([f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}"])

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 250))
        if lang == "en":
            return f"{number} {self.pick('street_en')}"
        return f"{self.pick('street_nl')} {number}{self.rng.choice(['', '', 'b', '-1', ' bis'])}"

    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1945, 2005)
        short = str(year)[2:]
        return self.rng.choice(
            [
                f"{day}-{month}-{short}",
                f"{day:02d}/{month:02d}/{short}",
                f"{day}.{month}.{short}",
                f"{day}-{month}-'{short}",
            ]
        )

    def plate(self, lang: str) -> str:
        def letter() -> str:
            return self.rng.choice("BDFGHJKLNPRSTVXZ")

        def digit() -> str:
            return str(self.rng.randint(0, 9))

        code = self.rng.choice(["LL-DD-DD", "DD-LL-DD", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L"])
        plate = "".join(letter() if c == "L" else digit() if c == "D" else c for c in code)
        return self.rng.choice([plate.replace("-", ""), plate.replace("-", "").lower(), plate.replace("-", " ")])

    def customer_number(self, lang: str) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.randint(5, 9)))
        letters = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(self.rng.randint(1, 3)))
        return self.rng.choice(
            [
                f"{letters}/{digits}",
                f"{letters}-{self.rng.randint(2010, 2026)}-{digits[:4]}",
                _group(digits.ljust(8, "0"), [2, 2, 2, 2]),
                f"{digits[:3]} {digits[3:]}",
                f"{digits}/{self.rng.randint(1, 9)}",
                f"{letters}{digits[:5]}{letters[0]}",
                digits[:5],
            ]
        )
