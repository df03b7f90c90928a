"""Fillers of the held-out test_v3 split: its own pools (names, streets, domains, banks) and its own formats.

Written before any rule was tuned for it, as a sample of how Dutch and English contact-centre text writes
each kind: forms, chat, e-mail signatures, transcripts. Do not copy these values into dev or the word lists.
"""

from __future__ import annotations

from benchmarks.privacy_fillers import DIGIT_WORDS, POOLS, Fillers, _bsn, _group, _iban, _luhn_complete

POOLS["test_v3"] = {
    "first": "Gijs Marit Thijs Roos Floor Sven Jasmijn Teun Merel Luuk Ilona Hennie Gerda Wim Ria Dirk Bep "
    "Mila Vince Yara Senna Quinten Mirjam Ayoub Hatice Oguz Meryem Bilal Soufyan Priscilla Rosita Rachid "
    "Kwame Agnieszka Piotr Dorota Ewa Sjoerd Wietske Hylke Baukje Lars Katja Jamie Zoe Harvey Freya Oscar "
    "Poppy Leah Mason Isla Ethan".split(),
    "surname": "Bosch|van Os|Hoogland|Groenewegen|Veenstra|Wijnands|Lammers|Pronk|Rutten|van Beek|Dekkers|"
    "van der Velde|Kroon|Schaap|de Ruiter|Mol|Bruinsma|Aarts|Evers|van Doorn|Hofman|ten Brink|Nijhuis|"
    "Koopmans|El Khatib|Bouali|Yıldız|Doğan|Koç|Mahabier|Soekhai|Nieuwenhuis|Kowalczyk|Wiśniewski|"
    "Zielinski|Baker|Palmer|Fletcher|Wood|Hill|Shaw|Ward|Knight|Chapman|Sharma|Mensah|Oduya|van Gils|"
    "de Haan|Verbruggen".split("|"),
    # Streets with a Dutch suffix, streets without one, abbreviated ones.
    "street_nl": "Bilderdijkstraat|Stadhouderskade|Nassaukade|Muntplein|Weteringschans|Amstelveenseweg|"
    "Van Baerlestraat|Reguliersdwarsstraat|Zuidplein|Westersingel|Vijzelgracht|Nobelweg|Eendrachtsweg|"
    "Admiraal de Ruijterweg|1e Jan Steenstraat|Jan van Galenstraat|Pr. Bernhardlaan|Burg. Reigerstraat|"
    "St. Annastraat|Piet Heinkade|Amsteldijk|Spaarndammerdijk|Kenaupark|Zijlweg|Wagenweg|Molenpad".split("|"),
    "street_bare": "Ganzenmarkt|Mariaplaats|Janskerkhof|Ledig Erf|Steenweg|Wijde Doelen|Herestraat|Zuiderdiep|"
    "Grote Markt|Oude Delft|Hooigracht|Korte Houtstraat|Twijnstraat|Hoogte Kadijk|Kleine Houtweg|"
    "Achter Sint Pieter|Oudkerkhof|Vismarkt|Oosteinde|Noordeinde".split("|"),
    "street_en": "Holloway Road|Castle Street|Marsh Lane|Kingsway|Broadway|Queen's Gate|Brook Street|"
    "Sycamore Avenue|Hollybush Lane|Fairfield Road|St John's Road|Rectory Gardens|The Crescent|"
    "Lime Tree Walk|Meadow Way".split("|"),
    "building_en": "Kingsley House|Mill Court|Riverside Apartments|Cavendish Mansions".split("|"),
    "uk_postcode": "SW1A 2AA|M14 5RP|LS6 3HN|EH8 9YL|B15 2TT|CF10 3NB|BS8 1TH|N7 8DB|OX4 1AS|G12 8QQ".split("|"),
    "domain": "casema.nl zeelandnet.nl hetnet.nl online.nl icloud.com live.com kpnplanet.nl ziggo.nl "
    "protonmail.com outlook.com gmail.com hotmail.com btinternet.com".split(),
    "bank": "RABO INGB ABNA SNSB ASNB KNAB BUNQ TRIO RBRB".split(),
}
_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
_SHORT_MONTHS = {"nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split()}
_SPOKEN_DAYS = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien".split()
_SPOKEN_TENS = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()


def _spoken_pair(pair: str) -> str:
    """Two digits of a phone number read out: "07" is "nul zeven", "34" is "vierendertig"."""
    return f"nul {_spoken_two(int(pair))}" if pair[0] == "0" else _spoken_two(int(pair))


def _th(day: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")


def _spoken_two(number: int) -> str:
    """Dutch number words up to 99: 'vierendertig', 'twaalf'."""
    if number < 16:
        return _SPOKEN_DAYS[number - 1] if number else "nul"
    if number < 20:
        return ["zestien", "zeventien", "achttien", "negentien"][number - 16]
    tens, unit = divmod(number, 10)
    if not unit:
        return _SPOKEN_TENS[tens - 2]
    return f"{_SPOKEN_DAYS[unit - 1]}{'ën' if unit in (2, 3) else 'en'}{_SPOKEN_TENS[tens - 2]}"


class FillersV3(Fillers):
    """The test_v3 pools and formats: new for every kind, none shared with the dev parts."""

    def _digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def name_initials(self, lang: str) -> str:
        letters = self.rng.choice(["J.A.", "G.", "H.W.", "P.J.M.", "E.", "Joh.", "R.C.", "L.", "A.M."])
        return f"{letters} {self.pick('surname')}"

    def name_lower(self, lang: str) -> str:
        return (self.name_full(lang) if self.rng.random() < 0.5 else self.pick("first")).lower()

    def name_upper(self, lang: str) -> str:
        """Forms filled in capitals."""
        return self.rng.choice([self.name_full(lang), self.pick("surname")]).upper()

    def name_double(self, lang: str) -> str:
        """A double surname after marriage: 'Lammers-de Haan', or with the first name."""
        double = f"{self.pick('surname')}-{self.pick('surname')}"
        return self.rng.choice([double, f"{self.pick('first')} {double}"])

    def email(self, lang: str) -> str:
        first, surname = self._local()
        surname = surname.replace("ı", "i").replace("ğ", "g").replace("ç", "c").replace("ś", "s")
        local = self.rng.choice(
            [
                f"{first}.{surname}",
                f"{first[0]}{surname}",
                f"{surname}{self.rng.randint(1960, 2005)}",
                f"{first}+{self.rng.choice(['shop', 'bol', 'post'])}",
                f"{first.capitalize()}{surname.capitalize()}",
                f"info.{surname}",
                f"{first}_{self.rng.randint(1, 999)}",
            ]
        )
        return f"{local}@{self.pick('domain')}"

    def email_spoken(self, lang: str) -> str:
        first, surname = self._local()
        surname = surname.replace("ı", "i").replace("ğ", "g").replace("ç", "c").replace("ś", "s")
        domain, tld = self.pick("domain").split(".", 1)
        if self.rng.random() < 0.4:  # written to dodge spam bots, as in chats and social posts
            at, dot = self.rng.choice([("[at]", "[dot]"), ("(at)", "(punt)"), ("[at]", "."), (" at ", " dot ")])
            return f"{first}.{surname}{at}{domain}{dot}{tld}".replace("]", "] ").replace("[", " [").replace("  ", " ")
        dot, at = ("punt", self.rng.choice(["apenstaartje", "at"])) if lang == "nl" else ("dot", "at")
        local = self.rng.choice([f"{first} {dot} {surname}", f"{first[0]} {surname}", f"{surname} {first}"])
        return f"{local} {at} {domain} {dot} {tld}"

    def phone(self, lang: str) -> str:
        digits = self._digits(8)
        land = "0" + self.rng.choice(["20", "10", "30", "70", "71", "72", "73", "76", "35", "38", "58"]) + digits[:7]
        return self.rng.choice(
            [
                f"06 {_group(digits, [4, 4])}",
                f"06-{_group(digits, [2, 2, 2, 2], ' ')}",
                f"(06) {digits}",
                f"+316 {digits}",
                f"+31 (0) 6 {_group(digits, [2, 2, 2, 2])}",
                f"0031-6-{digits}",
                f"+31{land[1:]}",
                f"{land[:3]} {_group(land[3:], [3, 4])}",
                f"{land[:3]}-{_group(land[3:], [3, 2, 2], ' ')}",
                f"+32 4{digits[:2]} {_group(digits[2:], [2, 2, 2])}",
                f"+49 151 {digits}",
                f"+44 (0)7{digits[:3]} {digits[3:]}{self.rng.randint(0, 9)}",
                f"+447{digits}{self.rng.randint(0, 9)}",
            ]
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + self._digits(8)
        if lang == "nl" and self.rng.random() < 0.6:  # read in pairs: "nul zes, twaalf, vierendertig"
            pairs = [_spoken_pair(number[i : i + 2]) for i in range(2, 10, 2)]
            return "nul zes, " + ", ".join(pairs)
        words = DIGIT_WORDS[lang]
        if lang == "en":
            number = "07" + self._digits(9)
            spoken = ["oh" if c == "0" else words[int(c)] for c in number]
            return " ".join(spoken[:5]) + ", " + " ".join(spoken[5:])
        return " ".join(words[int(c)] for c in number[:4]) + " " + _group(number[4:], [3, 3])

    def iban(self, lang: str) -> str:
        account = self._digits(10)
        iban = _iban("NL", self.pick("bank") + account)
        roll = self.rng.random()
        if roll < 0.2:
            iban = _iban("BE", account + f"{self.rng.randint(0, 99):02d}")
        elif roll < 0.3:
            iban = _iban("DE", self._digits(8) + account)
        spaced = _group(iban, [4] * 9)
        return self.rng.choice(
            [spaced, iban, spaced.lower(), f"{iban[:2]} {iban[2:4]} {_group(iban[4:], [4] * 8)}", iban.lower()]
        )

    def bsn(self, lang: str) -> str:
        bsn = _bsn(self.rng)
        return self.rng.choice([bsn, _group(bsn, [3, 3, 3], "."), _group(bsn, [4, 2, 3], " "), _group(bsn, [3, 3, 3])])

    def postcode(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.5:
            return self.pick("uk_postcode")
        number = self.rng.randint(1000, 9999)
        letters = "".join(self.rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        return self.rng.choice(
            [f"{number} {letters}", f"{number}{letters}", f"{number} {letters.lower()}", f"{number}-{letters}"]
        )

    def address(self, lang: str) -> str:
        number = str(self.rng.randint(1, 280))
        if lang == "en":
            street = self.pick("street_en")
            return self.rng.choice(
                [
                    f"{number} {street}",
                    f"{number}a {street}",
                    f"Flat {self.rng.randint(1, 24)}, {number} {street}",
                    f"Flat {self.rng.randint(1, 9)}{self.rng.choice('ABC')} {self.pick('building_en')}, {street}",
                    f"Apartment {self.rng.randint(1, 40)}, {number} {street}",
                ]
            )
        street = self.pick("street_nl" if self.rng.random() < 0.55 else "street_bare")
        suffix = self.rng.choice(["", "", "a", " A", "-B", "-1", "-3 hoog", " bg", "-huis", " rood", "-II"])
        return self.rng.choice([f"{street} {number}{suffix}", f"{street} nr. {number}{suffix.strip(' -')[:1]}"])

    def address_spoken(self, lang: str) -> str:
        """As said on the phone: "de Steenweg, huisnummer 12a", "Kingsway number 4"."""
        number = f"{self.rng.randint(1, 280)}{self.rng.choice(['', '', 'a', 'b', ' bis'])}"
        if lang == "en":
            return f"{self.rng.randint(1, 280)} {self.pick('street_en')}"
        street = self.pick("street_nl" if self.rng.random() < 0.5 else "street_bare")
        return self.rng.choice([f"{street}, huisnummer {number}", f"{street} nummer {number}", f"{street} {number}"])

    def card(self, lang: str) -> str:
        prefix = self.rng.choice(["4", "51", "54", "2221", "6011"])
        number = _luhn_complete(prefix + self._digits(15 - len(prefix)))
        amex = _luhn_complete("34" + self._digits(12))
        return self.rng.choice(
            [
                _group(number, [4, 4, 4, 4], "."),
                _group(number, [4, 4, 4, 4], " "),
                _group(number, [4, 4, 4, 4], "-"),
                number,
                _group(number, [4, 4, 4, 4], "  "),
                _group(number, [4, 4, 4, 4], " - "),
                _group(amex, [4, 6, 5]),
            ]
        )

    def dob(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2016)
        name, short = _MONTHS[lang][month - 1], str(year)[2:]
        forms = [
            f"{day} {name} '{short}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day}-{month}-{short}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}/{month}/{short}",
            f"{day}.{month}.{year}",
            f"{year}-{month}-{day}",
        ]
        if lang == "nl":
            forms += [
                f"{day} {_SHORT_MONTHS['nl'][month - 1]} {year}",
                f"{day}-{_SHORT_MONTHS['nl'][month - 1]}-{year}",
            ]
            forms += [f"{day} {name} {year}"]
        else:
            forms += [f"the {day}{_th(day)} of {name}, {year}", f"{name} {day}{_th(day)}, {year}"]
            forms += [f"{day}{_th(day)} {name[:3]} {year}", f"{month}/{day}/{year}"]
        return self.rng.choice(forms)

    def dob_year_first(self, lang: str) -> str:
        """After "geboren in" / "born in": "1985 op 12 maart", "1985, on 12 March"."""
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1936, 2016)
        if lang == "nl":
            return f"{year} op {day} {_MONTHS['nl'][month - 1]}"
        return f"{year}, on {day} {_MONTHS['en'][month - 1]}"

    def dob_spoken(self, lang: str) -> str:
        """A date of birth as speech-to-text writes it: "twaalf maart vijfentachtig"."""
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1940, 1999)
        name = _MONTHS["nl"][month - 1]
        return self.rng.choice(
            [f"{_spoken_two(day)} {name} {_spoken_two(year % 100)}", f"{day} {name} negentien{_spoken_two(year % 100)}"]
        )

    def plate(self, lang: str) -> str:
        def letter() -> str:
            return self.rng.choice("BDFGHJKLNPRSTVXZ")

        def digit() -> str:
            return str(self.rng.randint(0, 9))

        code = self.rng.choice(["LL-DDD-L", "L-DDD-LL", "DD-LLL-D", "D-LLL-DD", "LLL-DD-L", "DDD-LL-D", "LL-DD-LL"])
        plate = "".join(letter() if c == "L" else digit() if c == "D" else c for c in code)
        belgian = f"{self.rng.randint(1, 2)}-{letter()}{letter()}{letter()}-{digit()}{digit()}{digit()}"
        uk = f"{letter()}{letter()}{digit()}{digit()} {letter()}{letter()}{letter()}"
        return self.rng.choice(
            [plate, plate, plate.lower(), plate.replace("-", " "), plate.replace("-", ""), belgian, uk]
        )

    def customer_number(self, lang: str) -> str:
        digits = self._digits(self.rng.randint(6, 10))
        letters = "".join(self.rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(self.rng.randint(2, 3)))
        year = self.rng.randint(2018, 2026)
        return self.rng.choice(
            [
                f"#{digits}",
                f"NL-{year}-{digits[:6]}",
                f"{letters}-{digits[:7]}",
                f"{letters} {_group(digits[:8], [3, 3, 2])}",
                f"{digits[:3]}-{self._digits(7)}-{self._digits(7)}",
                f"00{digits[:7]}",
                f"{digits[:8]}-01",
                f"{letters}{year}/{digits[:4]}",
                f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}",
                f"{letters[0]}{digits[:6]}{letters[1]}",
            ]
        )
