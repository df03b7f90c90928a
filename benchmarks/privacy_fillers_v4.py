"""Fillers of the held-out test_v4 split: its own pools (names of many origins, Dutch, Belgian and British
streets, domains, banks) and its own formats for every kind, Belgian and spoken ones included.

Written by someone who never saw the redaction rules, before any rule was tuned for it, and scored once by
someone else. Do not tune on it and do not copy these values into dev or the word lists. Names, e-mail and
phone formats live in `privacy_fillers_v4_contact`, spelling helpers in `privacy_fillers_v4_formats`.
"""

from __future__ import annotations

import string

from benchmarks.privacy_fillers import POOLS, _group, _iban, _luhn_complete
from benchmarks.privacy_fillers_v4_contact import ContactFillersV4
from benchmarks.privacy_fillers_v4_formats import (
    EN_DIGITS,
    MONTHS,
    MONTHS_SHORT,
    NL_DIGITS,
    be_bban,
    digits,
    en_ordinal,
    en_year,
    nl_number,
    nl_year,
    plate_be,
    plate_nl,
    plate_uk,
    spoken_plate,
    suffix,
)

POOLS["test_v4"] = {
    # Dutch, Flemish, Turkish, Moroccan, Surinamese, Polish, British, Indian, West African, Vietnamese.
    "first": "Wessel Jikke Maarten Geert Aukje Riemer Jannie Dieuwke Tjeerd Berend Hester Mathijs Jelle Marjolein "
    "Willemijn Bregje Jan-Willem Anne-Fleur Marie-Louise Wout Lieselot Jens Kobe Febe Arne Ine Wannes Griet "
    "Tuğba Kerem Selin Burak Cansu Ömer Gökhan Esra Ilham Othman Nourdin Hafsa Zakaria Loubna Mounir Siham "
    "Anjali Sunil Sharmila Ramesh Marciano Gilliano Rinaldo Shurwin Krzysztof Małgorzata Paweł Joanna "
    "Bartosz Katarzyna Gareth Fiona Nigel Alison Declan Bronwen Hamish Tamsin Arjun Deepika Vikram Lakshmi "
    "Kofi Ama Chidi Ngozi Yaw Adwoa Oluwaseun Abena Emeka Folake Thanh Linh".split(),
    "surname": "van der Zwaan|van Schaik|ten Hove|van de Kamp|de Kruijf|van Bommel|Terpstra|Wiersma|"
    "Kloosterman|Brinkman|Hazelhoff|van Ommen|de Wilde|Stoffels|Zijlstra|van Amerongen|Dijkstra|Haverkamp|"
    "van Loon|Vink|'t Hart|Vandenbroucke|De Smet|Van Damme|Verstraete|Vanhoutte|De Clercq|Vermeersch|"
    "Korkmaz|Aksoy|Kılıç|Özdemir|Polat|Yücel|Azzouzi|Belhaj|Ouazzani|Tahiri|Chaouch|El Moussaoui|Ben Haddou|"
    "Jadnanansing|Mangal|Ramautar|Biharie|Sedney|Linger|Nelom|Kross|Nowak|Lewandowska|Wójcik|Kamiński|Zając|"
    "Pemberton|Ashworth|Hargreaves|Pritchard|Callaghan|McIntyre|Iyer|Reddy|Banerjee|Chatterjee|Menon|Owusu|"
    "Adeyemi|Boateng|Nwosu|Asante|Diallo|Okonkwo|Nguyen|Lam".split("|"),
    "street_nl": "Wolvenstraat|Utrechtseweg|Groenhovenstraat|Vinkenpad|Johan de Wittlaan|Mgr. Nolenslaan|"
    "Graaf Florislaan|Oranje Nassaulaan|Lindengracht|Bloemgracht|Eerste Helmersstraat|Populierenlaan|Hofstraat|"
    "Ridderspoorweg|Zonnebloemstraat|Sportlaan|Wilgenlaan|Kievitstraat|Tolstraat|Van Speijkstraat|"
    "Burgemeester van Roijensingel|Prof. Dondersstraat|Dr. Schaepmanstraat|Achter de Hoven|Ruiterweg|"
    "Generaal Cronjéstraat|Pieter Calandlaan|Hugo de Grootplein|Esdoornlaan|Vlietweg|Herenweg|"
    "Korte Nieuwstraat|Plein 1944|Laan 1914".split("|"),
    "street_be": "Meir|Kortrijksesteenweg|Grote Steenweg|Frankrijklei|Brusselsesteenweg|Vlaanderenstraat|"
    "Sint-Pietersnieuwstraat|Naamsestraat|Koningin Astridlaan|Diestsesteenweg".split("|"),
    "street_en": "Wellington Road|Ferndale Avenue|Sandringham Close|Clarendon Street|Maple Crescent|"
    "Larkspur Close|Tudor Way|Poplar Avenue|Cromwell Road|Heather Drive|Vicarage Lane|Alder Grove|"
    "Gloucester Terrace|Ravenscroft Road|Belmont Hill".split("|"),
    "uk_postcode": "S1 2HE|NR2 4SX|CF24 0DE|G41 3RN|EC1V 9NR|BN1 1AE|L8 7QD|YO10 5DD|SE15 4QL|PL4 6AB|"
    "NE6 5UT|LE2 1TF".split("|"),
    "domain": "quicknet.nl chello.nl home.nl wanadoo.nl solcon.nl caiway.nl freedom.nl mail.com web.de "
    "posteo.de sky.com talktalk.net virginmedia.com aol.com ymail.com googlemail.com".split(),
    "domain_be": "skynet.be telenet.be proximus.be scarlet.be hotmail.be".split(),
    "work_domain": "zorggroep-oost.nl transport-vanommen.nl acme-logistics.co.uk student.hva.nl "
    "praktijkdelinde.nl".split(),
    "bank": "FVLB NNBA HAND DHBN ISBK ADYB NWAB".split(),
}


_POSTCODE_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
_EN_SHORT_STREET = {" Road": " Rd", " Street": " St", " Avenue": " Ave", " Crescent": " Cres", " Close": " Cl"}


class FillersV4(ContactFillersV4):
    """The test_v4 pools and formats: every fill method the base class has is overridden here or in the parent."""

    # ---- bank, BSN
    def iban(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.2:
            return self.iban_be(lang)
        if roll < 0.3:
            iban = _iban("DE", digits(self.rng, 18))
            return self.rng.choice([_group(iban, [4] * 6), iban])
        iban = _iban("NL", self.pick("bank") + digits(self.rng, 10))
        return self.rng.choice(
            [iban, _group(iban, [4] * 5), _group(iban, [4] * 5).lower(), iban.lower(), f"{iban[:8]} {iban[8:]}"]
        )

    def iban_be(self, lang: str) -> str:
        iban = _iban("BE", be_bban(self.rng))
        return self.rng.choice([_group(iban, [4] * 4), iban, _group(iban, [4] * 4).lower()])

    def _bsn(self) -> str:
        """A number that passes the eleven test; now and then an old one with a leading nought."""
        lead = 0 if self.rng.random() < 0.15 else self.rng.randint(1, 9)
        while True:
            first = [lead] + [self.rng.randint(0, 9) for _ in range(7)]
            last = sum(d * w for d, w in zip(first, range(9, 1, -1), strict=True)) % 11
            if last < 10:
                return "".join(map(str, [*first, last]))

    def bsn(self, lang: str) -> str:
        bsn = self._bsn()
        return self.rng.choice([bsn, bsn, _group(bsn, [3, 3, 3]), f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"])

    def bsn_spoken(self, lang: str) -> str:
        bsn = self._bsn()
        words = NL_DIGITS if lang == "nl" else EN_DIGITS
        return self.rng.choice([" ".join(words[int(c)] for c in bsn), " ".join(bsn)])

    # ---- places
    def _postcode_parts(self) -> tuple[int, str]:
        while (letters := "".join(self.rng.choice(_POSTCODE_LETTERS) for _ in range(2))) in ("SA", "SD", "SS"):
            pass
        return self.rng.randint(1000, 9999), letters

    def postcode(self, lang: str) -> str:
        return self.postcode_uk(lang) if lang == "en" and self.rng.random() < 0.5 else self.postcode_nl(lang)

    def postcode_uk(self, lang: str) -> str:
        uk = self.pick("uk_postcode")
        return uk.lower() if self.rng.random() < 0.25 else uk

    def postcode_nl(self, lang: str) -> str:
        number, letters = self._postcode_parts()
        return self.rng.choice(
            [f"{number}{letters}", f"{number} {letters}", f"{number} {letters.lower()}", f"{number}{letters.lower()}"]
        )

    def postcode_be(self, lang: str) -> str:
        return str(self.rng.randint(1000, 9992))

    def postcode_spoken(self, lang: str) -> str:
        """'3512 k l' or, in pairs as Dutch callers say it, 'vijfendertig nul zeven k l'."""
        number, letters = self._postcode_parts()
        spelled = " ".join(letters.lower())
        high, low = divmod(number, 100)
        pairs = f"{nl_number(high)} {'nul ' if low < 10 else ''}{nl_number(low)}"
        return self.rng.choice([f"{number} {spelled}", f"{pairs} {spelled}"]) if lang == "nl" else f"{number} {spelled}"

    def address(self, lang: str) -> str:
        number = self.rng.randint(1, 180)
        if lang == "en":
            street = self.pick("street_en")
            if self.rng.random() < 0.35:
                street = next((street.replace(k, v) for k, v in _EN_SHORT_STREET.items() if k in street), street)
            flat = self.rng.randint(1, 12)
            return self.rng.choice(
                [f"{number} {street}", f"{number}{self.rng.choice('ab')} {street}", f"Apt {flat}, {number} {street}"]
            )
        addition = self.rng.choice(["", "", "", "a", "B", "-II", " hs", "bis", " A", "-H", "-2", " III"])
        return f"{self.pick('street_nl')} {number}{addition}"

    def address_nl(self, lang: str) -> str:
        """A Dutch address in an English sentence, as expats write it."""
        return self.address("nl")

    def address_lower(self, lang: str) -> str:
        return self.address("nl").lower()

    def address_be(self, lang: str) -> str:
        number = self.rng.randint(1, 260)
        box = self.rng.choice(["", "", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(1, 9)}", " bus 0.1"])
        return f"{self.pick('street_be')} {number}{box}"

    def address_spoken(self, lang: str) -> str:
        number = self.rng.randint(1, 99)
        if lang == "en":
            return f"{number} {self.pick('street_en').lower()}"
        return f"{self.pick('street_nl')} {nl_number(number)}{self.rng.choice(['', '', ' a', ' b'])}"

    # ---- card
    def _card_number(self) -> str:
        kind = self.rng.choice(["visa", "visa", "mc", "mc2", "amex"])
        if kind == "amex":
            return _luhn_complete(self.rng.choice(["34", "37"]) + digits(self.rng, 12))
        prefix = {"visa": "4", "mc": str(self.rng.randint(51, 55)), "mc2": str(self.rng.randint(2221, 2720))}[kind]
        return _luhn_complete(prefix + digits(self.rng, 15 - len(prefix)))

    def card(self, lang: str) -> str:
        number = self._card_number()
        if len(number) == 15:
            return self.rng.choice([_group(number, [4, 6, 5]), _group(number, [4, 6, 5], "-"), number])
        return self.rng.choice([_group(number, [4] * 4), _group(number, [4] * 4, "-"), number, _group(number, [4] * 4)])

    def card_spoken(self, lang: str) -> str:
        number = self._card_number()
        words = NL_DIGITS if lang == "nl" else EN_DIGITS
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
        return ", ".join(" ".join(words[int(c)] for c in group) for group in groups)

    # ---- date of birth
    def _birthday(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1935, 2008)

    def dob(self, lang: str) -> str:
        day, month, year = self._birthday()
        name, short, yy = MONTHS[lang][month - 1], MONTHS_SHORT[lang][month - 1], year % 100
        if lang == "nl":
            return self.rng.choice(
                [
                    f"{day:02d}-{month:02d}-{year}",
                    f"{day}-{month}-{year}",
                    f"{day:02d}{month:02d}{year}",
                    f"{day:02d}.{month:02d}.{yy:02d}",
                    f"{day} {short} {year}",
                    f"{day}-{short.rstrip('.')}-{year}",
                    f"{day:02d}/{month:02d}/{year}",
                    f"{day} {name} {year}",
                ]
            )
        return self.rng.choice(
            [
                f"{day:02d}/{month:02d}/{year}",
                f"{name} {day}, {year}",
                f"{day}{suffix(day)} {name} {year}",
                f"{day} {short} {yy:02d}",
                f"{month:02d}/{day:02d}/{yy:02d}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day}-{short}-{year}",
            ]
        )

    def dob_spoken(self, lang: str) -> str:
        day, month, year = self._birthday()
        if lang == "nl":
            return f"{nl_number(day)} {MONTHS['nl'][month - 1]} {nl_year(year)}"
        name = MONTHS["en"][month - 1]
        return self.rng.choice(
            [f"the {en_ordinal(day)} of {name} {en_year(year)}", f"{name} the {en_ordinal(day)} {en_year(year)}"]
        )

    # ---- plates
    def plate(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.6:
            uk = plate_uk(self.rng)
            return self.rng.choice([uk, uk, uk.replace(" ", ""), uk.lower()])
        if self.rng.random() < 0.15:
            return self.plate_be(lang)
        plate = plate_nl(self.rng)
        return self.rng.choice([plate, plate, plate.replace("-", ""), plate.lower(), plate.lower().replace("-", "")])

    def plate_be(self, lang: str) -> str:
        plate = plate_be(self.rng)
        return self.rng.choice([plate, plate.replace("-", ""), plate.replace("-", " "), plate.lower()])

    def plate_spoken(self, lang: str) -> str:
        return spoken_plate(plate_nl(self.rng))

    # ---- customer, contract, order, policy and case numbers
    def customer_number(self, lang: str) -> str:
        year, alnum = (
            self.rng.randint(2019, 2026),
            string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789",
        )

        def code(length: int) -> str:
            return "".join(self.rng.choice(alnum) for _ in range(length))

        letters = "".join(self.rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(2))
        return self.rng.choice(
            [
                f"{self.rng.choice(['10', '40', '70', '31'])}{digits(self.rng, self.rng.randint(6, 8))}",
                _group(digits(self.rng, 10), [4, 4, 2]),
                f"CT-{year}-{digits(self.rng, 6)}",
                f"ORD-{code(4)}-{code(4)}",
                f"D/{year % 100}/{digits(self.rng, 5)}",
                f"{digits(self.rng, 9)}-{self.rng.randint(1, 9):02d}",
                f"P00{digits(self.rng, 8)}",
                f"{letters}{digits(self.rng, 7)}",
                f"{letters.lower()}-{digits(self.rng, 6)}",
                f"VZ.{year}.{digits(self.rng, 5)}",
            ]
        )

    def customer_number_spoken(self, lang: str) -> str:
        number = self.rng.choice(["10", "40", "70"]) + digits(self.rng, 6)
        words = NL_DIGITS if lang == "nl" else EN_DIGITS
        return self.rng.choice([" ".join(words[int(c)] for c in number), " ".join(number), _group(number, [4, 4])])
