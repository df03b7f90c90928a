"""Values for the privacy corpus's slots, with separate pools and formats per split: the test splits draw
names, streets, brands and number formats the dev split (the one redaction was tuned on) never shows.

`test_v1` (formerly `test`) and `test_v2` (`privacy_fillers_more`) have been looked at and are no longer held
out; `test_v3` (`privacy_fillers_v3`) was written apart from all of them and is evaluated once, never tuned on."""

from __future__ import annotations

import random
import string

DIGIT_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
POOLS: dict[str, dict[str, list[str]]] = {
    "dev": {
        "first": "Jan Sanne Pieter Emma Daan Lotte Thomas Fleur Mohamed Fatima Lucas Julia Bram Iris Kees Anouk "
        "Sarah James Oliver Charlotte Emily Jack Harry Sophie Michael Laura Daniel Megan Ahmed Priya".split(),
        "surname": "Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|"
        "Peters|Hendriks|van Dijk|Dekker|Brouwer|Smith|Jones|Taylor|Brown|Wilson|Evans|Thompson|O'Connor|"
        "Wright|El Amrani|Yilmaz|Patel|Kowalski".split("|"),
        "street_nl": "Kerkstraat|Dorpsstraat|Stationsweg|Laan van Meerdervoort|Nieuwe Binnenweg|Prinsengracht|"
        "Burgemeester de Vlugtlaan|Hoofdweg|Molenweg|Marktplein|Coolsingel|Zeedijk|Vondelstraat|"
        "Willemskade|Schoolstraat|Lange Voorhout".split("|"),
        "street_en": "High Street|Station Road|Church Lane|Park Avenue|Victoria Road|Baker Street|Mill Lane|"
        "Queens Drive|Acacia Avenue|Manor Close".split("|"),
        "domain": "gmail.com hotmail.com outlook.com ziggo.nl kpnmail.nl live.nl yahoo.co.uk icloud.com".split(),
        "bank": "ABNA RABO INGB SNSB TRIO".split(),
    },
    "test_v1": {
        "first": "Gerrit-Jan Annemarie Wilco Jorien Sietse Marloes Kaoutar Serkan Maaike Ruud Yvette Joris "
        "Chayenne Hidde Naima Grace Callum Rhiannon Tomasz Hannah Aidan Zainab Elliot Bethany Imogen Rory "
        "Dewi Sem Ilse Ricardo".split(),
        "surname": "Hoekstra|Kuijpers|de Lange|Smeets|van der Horst|Oosterhuis|Boonstra|Bakkali|Güler|"
        "Tjon|van Beek|ter Haar|Verschoor|Bennett|Holloway|Fraser|Nowicki|Whitfield|Lloyd|McKenzie|"
        "Okafor|Nair|van 't Hof|Schouten|Rietveld|Dijkman|Pauwels|Achterberg|Gallagher|Doyle".split("|"),
        "street_nl": "Van Heemstraweg|Oudegracht|Wilhelminapark|Rozengracht|Heer Bokelweg|Sint Jansstraat|"
        "2e Oosterparkstraat|Koningin Emmakade|Laan van Nieuw Oost-Indië|Biltstraat|Weg naar Laren|"
        "Groenelaan|Torenstraat|Amsterdamsestraatweg|Kruisweg|Singel".split("|"),
        "street_en": "Church Street|Kings Road|Elm Grove|Mill Close|Station Approach|London Road|"
        "Windsor Crescent|Orchard Way|Hawthorn Drive|Meadow View".split("|"),
        "domain": "gmail.com hotmail.nl outlook.com planet.nl xs4all.nl btinternet.com protonmail.com me.com".split(),
        "bank": "ASNB BUNQ KNAB RABO INGB ABNA".split(),
    },
}


def _luhn_complete(partial: str) -> str:
    for check in string.digits:
        number = partial + check
        total = 0
        for index, char in enumerate(reversed(number)):
            digit = int(char) * (2 if index % 2 else 1)
            total += digit - 9 if digit > 9 else digit
        if total % 10 == 0:
            return number
    raise AssertionError


def _iban(country: str, bban: str) -> str:
    rotated = bban + country + "00"
    check = 98 - int("".join(str(int(char, 36)) for char in rotated)) % 97
    return f"{country}{check:02d}{bban}"


def _bsn(rng: random.Random) -> str:
    while True:
        first = [rng.randint(0, 9) for _ in range(8)]
        first[0] = rng.randint(1, 9)
        last = sum(d * w for d, w in zip(first, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return "".join(map(str, [*first, last]))


def _group(text: str, sizes: list[int], sep: str = " ") -> str:
    parts, index = [], 0
    for size in sizes:
        parts.append(text[index : index + size])
        index += size
    return sep.join(part for part in parts if part)


class Fillers:
    """`fill(slot, lang)` returns one value; the slot name's first part is the PII type."""

    def __init__(self, split: str, rng: random.Random) -> None:
        self.split, self.rng, self.pool = split, rng, POOLS[split]
        self.held_out = split != "dev"

    def pick(self, key: str) -> str:
        return self.rng.choice(self.pool[key])

    def choose(self, dev: list[str], test: list[str]) -> str:
        return self.rng.choice(dev if not self.held_out else dev + test)

    def fill(self, slot: str, lang: str) -> str:
        return getattr(self, slot.lower())(lang)

    def name_full(self, lang: str) -> str:
        return f"{self.pick('first')} {self.pick('surname')}"

    def name_first(self, lang: str) -> str:
        return self.pick("first")

    def name_surname(self, lang: str) -> str:
        surname = self.pick("surname")
        return surname[0].upper() + surname[1:] if self.rng.random() < 0.5 else surname

    def name_initials(self, lang: str) -> str:
        letters = self.rng.choice(
            ["J.", "A.B.", "P.", "M.C.", "R.", "H.J.", "K."] + (["Th.", "E.M.J."] * (self.held_out))
        )
        return f"{letters} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def _local(self) -> tuple[str, str]:
        first, surname = self.pick("first").lower(), self.pick("surname").split()[-1].lower().replace("'", "")
        return first, surname

    def email(self, lang: str) -> str:
        first, surname = self._local()
        local = self.choose(
            [f"{first}.{surname}", f"{first}{self.rng.randint(1, 99)}", f"{first[0]}.{surname}"],
            [f"{first}_{surname}", f"{first}-{surname}", f"{first.capitalize()}.{surname.capitalize()}"],
        )
        return f"{local}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, surname = self._local()
        dot, at = ("punt", "apenstaartje") if lang == "nl" else ("dot", "at")
        domain = self.pick("domain").replace(".", f" {dot} ")
        local = self.choose(
            [f"{first} {dot} {surname}", f"{first}{surname}"],
            [f"{first} underscore {surname}", f"{first[0]} {dot} {surname}"],
        )
        at = self.choose([at], ["at" if lang == "nl" else "at sign"])
        return f"{local} {at} {domain}"

    def phone(self, lang: str) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        mobile, land = "06" + digits, "0" + self.rng.choice(["20", "10", "30", "70", "40", "50"]) + digits[:7]
        dev = [
            f"06-{digits}",
            mobile,
            _group(mobile, [2, 2, 2, 2, 2]),
            f"+31 6 {digits}",
            f"0031 6 {_group(digits, [4, 4])}",
            f"{land[:3]}-{land[3:]}",
            f"({land[:3]}) {_group(land[3:], [3, 2, 2])}",
            f"{land[:3]} - {_group(land[3:], [3, 2, 2])}",
            f"+44 7700 {digits[:6]}",
            f"07700 {digits[:6]}",
            f"+31 {land[1:3]} {_group(land[3:], [3, 4])}",
        ]
        test = [
            f"+31 (0)6 {_group(digits, [4, 4])}",
            f"06 - {_group(digits, [4, 4])}",
            f"{land[:3]} - {_group(land[3:], [3, 2, 2])}",
            f"({land[:3]}) {land[3:]}",
            f"+44 (0)20 {_group(digits, [4, 4])}",
            f"0161 {_group(digits[:7], [3, 4])}",
            _group(mobile, [2, 2, 2, 2, 2], "."),
            f"+316{digits}",
            f"0044 20 {_group(digits, [4, 4])}",
        ]
        return self.choose(dev, test)

    def phone_spoken(self, lang: str) -> str:
        words = DIGIT_WORDS[lang]
        number = "06" + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        if self.held_out and self.rng.random() < 0.4:  # first pair read out, the rest in digits
            return f"{words[0]} {words[6]} {_group(number[2:], [2, 2, 2, 2])}"
        return " ".join(words[int(char)] for char in number)

    def iban(self, lang: str) -> str:
        account = "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        iban = _iban("NL", self.pick("bank") + account)
        if self.held_out and self.rng.random() < 0.3:
            iban = self.rng.choice(
                [
                    _iban("BE", account + f"{self.rng.randint(0, 99):02d}"),
                    _iban("DE", account + "12345678"),
                    _iban("GB", "NWBK" + account[:6] + "31926819"[:8]),
                ]
            )
        spaced = _group(iban, [4] * 9)
        return self.choose([iban, spaced, iban.lower(), spaced.lower()], [spaced.replace(" ", "")])

    def bsn(self, lang: str) -> str:
        bsn = _bsn(self.rng)
        return self.choose(
            [bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}", _group(bsn, [3, 3, 3]), _group(bsn, [4, 2, 3])],
            [_group(bsn, [2, 2, 2, 3], "."), _group(bsn, [3, 3, 3], "-")],
        )

    def postcode(self, lang: str) -> str:
        number = self.rng.randint(1000, 9999)
        letters = "".join(self.rng.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        return self.choose(
            [f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}"],
            [f"{number} {letters.capitalize()}"],
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 450))
        suffix = self.choose(["", "", "a", "-II", " hs", "B"], [" bis", "-3", " A", "-1"])
        if lang == "en":
            return f"{number} {self.pick('street_en')}"
        return f"{self.pick('street_nl')} {number}{suffix}"

    def card(self, lang: str) -> str:
        prefix = self.rng.choice(["4", "51", "52", "55"])
        number = _luhn_complete(prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(15 - len(prefix))))
        amex = _luhn_complete("37" + "".join(str(self.rng.randint(0, 9)) for _ in range(12)))
        return self.choose(
            [_group(number, [4, 4, 4, 4]), number, _group(number, [4, 4, 4, 4], "-")], [_group(amex, [4, 6, 5])]
        )

    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1940, 2006)
        names = {
            "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
            "en": "January February March April May June July August September October November December".split(),
        }[lang]
        dev = [
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day} {names[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}/{month}/{year}",
        ]
        test = [
            f"{day}.{month}.{year}",
            f"{names[month - 1]} {day}, {year}",
            f"{day:02d}/{month:02d}/{str(year)[2:]}",
            f"{day} {names[month - 1][:3]} {year}",
        ]
        if lang == "en":
            dev.append(f"{day}th of {names[month - 1]} {year}")
        return self.choose(dev, test)

    def plate(self, lang: str) -> str:
        def letter() -> str:
            return self.rng.choice("BDFGHJKLNPRSTVXZ")

        def digit() -> str:
            return str(self.rng.randint(0, 9))

        codes = ["LL-DD-DD", "DD-LL-DD", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "XX-DD-LL", "DD-LL-LL"]
        code = self.rng.choice(codes).replace("XX", "LL")
        plate = "".join(letter() if c == "L" else digit() if c == "D" else c for c in code)
        uk = f"{letter()}{letter()}{digit()}{digit()} {letter()}{letter()}{letter()}"
        return self.choose([plate, plate, plate.lower(), uk], [plate.replace("-", ""), uk.replace(" ", "")])

    def customer_number(self, lang: str) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.randint(6, 10)))
        letters = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(2))
        return self.choose(
            [digits, f"{letters}-{digits[:6]}", f"{letters}{digits}", f"{digits[:4]} {digits[4:]}"],
            [f"{letters}/{digits}", f"C-{digits}-{letters}"],
        )
