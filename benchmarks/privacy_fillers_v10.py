"""Fillers of the `test_v10` split: its own pools (`privacy_fillers_v10_pools`) and its own format for every type.
Names, e-mail, phone numbers, IBAN and BSN are here; the number-like types are in `privacy_fillers_v10_numbers`.

Written by someone who never saw the redaction rules. Formats: names that are also Dutch words (Koning, Groen,
Timmerman; Hoop, Storm, Jade), standalone surnames with a capital tussenvoegsel ('De Jonge'), initials, married
double names ('Petra Hoek-van Dongen'), children's names, names spelled with the Dutch spelling alphabet ('K van
Karel, O van Otto...' or just 'Karel Otto Nico...') or with letter names ('ka o en'); e-mail addresses of couples
and families ('marcelenpetra@', 'fam.dekoning@'), with the typos customers make ('@gmial.com'), at work, and said
aloud ('apestaartje', 'punt n l', 'min', 'underscore'); Dutch mobiles and landlines with real area codes in the
ways they are typed (en dash, '(06)', '+31(0)6'), said as pairs or triples ('nul zes, twaalf, vierendertig'),
hyphenated ('zes-twaalf-vierendertig'), Belgian mobiles and a few from Germany, Poland, Spain and the UK;
IBANs mostly Dutch from the banks people use, in print groups, in one block or half grouped, read out with the
bank code spelled and the digits in pairs, and Belgian and German ones; BSNs in print groups and said as three
hundreds ('honderddrieëntwintig, vierhonderdzesenvijftig, ...')."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers import _bsn, _group, _iban
from benchmarks.privacy_fillers_v10_numbers import NL_SAY, FillersV10Numbers
from benchmarks.privacy_fillers_v10_pools import EN_UNITS, LETTER_NL, NL_UNITS_STRESSED, SPELL_NL, en_number, nl_number

AREA_CODES = "074 0546 0599 0596 0598 0544 024 0485 077 0475 046 040 0411 073 0162 076 0166 0114 0180 0181 0174 071 "
AREA_CODES += "0252 0297 0317 0342 033 0525 0578"


def plain(text: str) -> str:
    """'van Bergen-Kroes' -> 'vanbergenkroes', 'Aydoğan' -> 'aydogan': how a name looks in a mail address."""
    text = unicodedata.normalize("NFKD", text.lower().replace("ı", "i")).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


def capital_prefix(surname: str) -> str:
    """A surname standing alone takes a capital tussenvoegsel: 'van den Bosch' -> 'Van den Bosch'."""
    return surname[0].upper() + surname[1:]


class FillersV10(FillersV10Numbers):
    """Every fill method is the split's own; `fill(slot, lang)` dispatches on the slot name as in `Fillers`."""

    # NAME
    def _first(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.5:
            return self.pick("first_en")
        return self.pick("first_word" if self.rng.random() < 0.2 else "first")

    def _surname(self, lang: str) -> str:
        if lang == "en" and self.rng.random() < 0.5:
            return self.pick("surname_en")
        return self.pick("surname_word" if self.rng.random() < 0.3 else "surname")

    def name_full(self, lang: str) -> str:
        return f"{self._first(lang)} {self._surname(lang)}"

    def name_first(self, lang: str) -> str:
        return self._first(lang)

    def name_surname(self, lang: str) -> str:
        return capital_prefix(self._surname(lang))

    def name_word(self, lang: str) -> str:
        """A full name whose surname (or first name) is also an ordinary word: 'Lisette Koning', 'Storm Kuipers'."""
        if self.rng.random() < 0.3:
            return f"{self.pick('first_word')} {self.pick('surname')}"
        return f"{self.pick('first')} {self.pick('surname_word')}"

    def name_wordsur(self, lang: str) -> str:
        return capital_prefix(self.pick("surname_word"))

    def name_wordfirst(self, lang: str) -> str:
        return self.pick("first_word")

    def name_initials(self, lang: str) -> str:
        initials = self.one_of("G.H.", "W.", "A.J.M.", "C.", "D.J.", "L.M.", "Chr.", "Joh.", "H.W.J.", "F.", "M.")
        return f"{initials} {self._surname(lang)}"

    def name_married(self, lang: str) -> str:
        own, partner = self.pick("surname_word"), self.pick("surname")
        if "-" in partner:
            partner = partner.split("-")[0]
        first = self.pick("first")
        return self.one_of(f"{first} {partner}-{own}", f"{first} {own}-{partner}", f"{capital_prefix(partner)}-{own}")

    def name_spelled(self, lang: str) -> str:
        word = self.rng.choice([s.split()[-1] for s in self.pool["surname_word"] if len(s.split()[-1]) <= 7])
        letters = [c for c in word.upper() if c.isalpha()]
        if lang == "en":
            return self.one_of(" ".join(letters), ", ".join(letters))
        return self.one_of(
            ", ".join(f"{c} van {SPELL_NL[c]}" for c in letters),
            " ".join(SPELL_NL[c] for c in letters),
            " ".join(LETTER_NL[c] for c in letters),
        )

    def name_child(self, lang: str) -> str:
        return self.pick("child")

    def name_childfull(self, lang: str) -> str:
        return f"{self.pick('child')} {self.pick('surname_word' if self.rng.random() < 0.4 else 'surname')}"

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    def name_be(self, lang: str) -> str:
        return f"{self.pick('first_be')} {self.pick('surname_be')}"

    def name_en(self, lang: str) -> str:
        return f"{self.pick('first_en')} {self.pick('surname_en')}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    # EMAIL
    def _local(self, lang: str) -> str:
        first, surname = plain(self._first(lang)), plain(self._surname(lang))
        year = self.rng.randint(1950, 2006)
        return self.one_of(
            f"{first}.{surname}", f"{first}.{surname}", f"{first}{surname}", f"{first[0]}{surname}",
            f"{first}_{surname}{year % 100:02d}", f"{surname}{first[0]}", f"{first}{year}", f"{surname}.{first}",
            f"fam.{surname}", f"familie{surname}", f"{first}en{plain(self.pick('first'))}", f"{first[0]}.{surname}",
        )  # fmt: skip

    def email(self, lang: str) -> str:
        domain = self.pick("domain_en" if lang == "en" and self.rng.random() < 0.6 else "domain")
        return f"{self._local(lang)}@{domain}"

    def email_typo(self, lang: str) -> str:
        return f"{self._local(lang)}@{self.pick('domain_typo')}"

    def email_work(self, lang: str) -> str:
        first, surname = plain(self.pick("first")), plain(self.pick("surname"))
        return f"{self.one_of(f'{first[0]}.{surname}', first, f'{first}.{surname}')}@{self.pick('work_domain')}"

    def email_be(self, lang: str) -> str:
        first, surname = plain(self.pick("first_be")), plain(self.pick("surname_be"))
        return f"{self.one_of(f'{first}.{surname}', f'{first}{surname}')}@{self.pick('domain_be')}"

    def email_spoken(self, lang: str) -> str:
        first, surname = plain(self._first(lang)), plain(self._surname(lang))
        domain = self.pick("domain_en" if lang == "en" else "domain")
        name, tld = domain.rsplit(".", 1)
        if lang == "en":
            join = self.one_of("dot", "underscore", "dash", "")
            local = f"{first} {join} {surname}" if join else f"{first}{surname}"
            return f"{local} at {name.replace('.', ' dot ')} dot {tld}"
        join = self.one_of("punt", "punt", "underscore", "min", "liggend streepje", "")
        local = f"{first} {join} {surname}" if join else f"{first}{surname}"
        at = self.one_of("apestaartje", "apenstaartje", "at", "at-teken", "apestaart")
        said_tld = self.one_of(tld, " ".join(tld)) if tld in ("nl", "be") else tld
        return f"{local} {at} {name.replace('.', ' punt ')} punt {said_tld}"

    # PHONE
    def _mobile_rest(self) -> str:
        """The eight digits after 06: Dutch mobile numbers run 06-1 to 06-5 and 06-8."""
        return self.rng.choice("1234512345123458") + self.digits(7)

    def phone(self, lang: str) -> str:
        rest = self._mobile_rest()
        return self.one_of(
            f"06-{_group(rest, [2, 2, 2, 2])}", f"06 {_group(rest, [2, 2, 2, 2])}", f"06{rest}", f"06-{rest}",
            f"06 – {_group(rest, [2, 2, 2, 2])}", f"06–{rest}", f"(06) {rest}", f"06 {_group(rest, [3, 3, 2])}",
            f"+31 6 {_group(rest, [2, 2, 2, 2])}", f"+31(0)6{rest}", f"+316 {_group(rest, [4, 4])}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(AREA_CODES.split())
        local = str(self.rng.randint(2, 9)) + self.digits(9 - len(area))
        groups = [3, 2, 2] if len(local) == 7 else [2, 2, 2]
        return self.one_of(
            f"{area}-{local}", f"{area}-{local}", f"{area} - {_group(local, groups)}",
            f"({area}) {_group(local, groups)}", f"{area} {_group(local, groups)}", f"+31 {area[1:]} {local}",
            f"{area}{local}",
        )  # fmt: skip

    def phone_spoken(self, lang: str) -> str:
        rest = self._mobile_rest()
        if lang == "en":
            pairs = [
                en_number(int(rest[i : i + 2])) if rest[i] != "0" else f"oh {EN_UNITS[int(rest[i + 1])]}"
                for i in range(0, 8, 2)
            ]
            return self.one_of(f"zero six, {', '.join(pairs)}", f"oh six {' '.join(pairs)}")

        def pair(text: str) -> str:
            return f"nul {NL_SAY[int(text[1])]}" if text[0] == "0" else nl_number(int(text))

        pairs = [pair(rest[i : i + 2]) for i in range(0, 8, 2)]
        triples = [nl_number(int(rest[:3])) if rest[0] != "0" else pair(rest[:2]) + " " + NL_SAY[int(rest[2])]]
        triples += [nl_number(int(rest[3:6])) if rest[3] != "0" else " ".join(NL_SAY[int(c)] for c in rest[3:6])]
        triples += [pair(rest[6:])]
        return self.one_of(
            f"nul zes, {', '.join(pairs)}",
            f"nul zes {' '.join(pairs)}",
            "zes-" + "-".join(pairs),
            f"nul zes, {', '.join(triples)}",
            " ".join(NL_UNITS_STRESSED[int(c)] for c in "06" + rest),
        )

    def phone_land_spoken(self, lang: str) -> str:
        area = self.rng.choice([code for code in AREA_CODES.split() if len(code) == 3])
        local = str(self.rng.randint(2, 9)) + self.digits(6)
        head = nl_number(int(local[:3]))
        tail = ", ".join(
            nl_number(int(local[i : i + 2])) if local[i] != "0" else f"nul {NL_SAY[int(local[i + 1])]}" for i in (3, 5)
        )
        return f"nul {nl_number(int(area[1:]))}, {head}, {tail}"

    def phone_be(self, lang: str) -> str:
        prefix, rest = self.one_of("0470", "0475", "0478", "0486", "0495", "0497"), self.digits(6)
        return self.one_of(
            f"{prefix} {_group(rest, [2, 2, 2])}", f"{prefix}/{_group(rest, [2, 2, 2], '.')}",
            f"{prefix}/{_group(rest, [2, 2, 2])}", f"+32 {prefix[1:]} {_group(rest, [2, 2, 2])}",
        )  # fmt: skip

    def phone_foreign(self, lang: str) -> str:
        return self.one_of(
            f"+49 17{self.rng.randint(0, 9)} {self.digits(7)}", f"0151 {self.digits(8)}",
            f"+48 {_group('6' + self.digits(8), [3, 3, 3])}", f"+34 {_group('6' + self.digits(8), [3, 2, 2, 2])}",
            f"07{self.digits(3)} {self.digits(6)}", f"+44 7{self.digits(3)} {self.digits(6)}",
        )  # fmt: skip

    # IBAN
    def _nl_iban(self) -> str:
        return _iban("NL", self.pick("bank") + self.digits(10))

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        return self.one_of(
            _group(value, [4] * 5), _group(value, [4] * 5), _group(value, [4] * 5), value, value, value.lower(),
            f"{value[:4]} {value[4:8]} {value[8:]}",
            f"{value[:2]} {value[2:4]} {value[4:8]} {_group(value[8:], [4, 4, 2])}",
        )  # fmt: skip

    def iban_spoken(self, lang: str) -> str:
        value = self._nl_iban()
        account = value[8:]

        def pair(text: str) -> str:
            return f"{NL_SAY[0]} {NL_SAY[int(text[1])]}" if text[0] == "0" else nl_number(int(text))

        check = int(value[2:4])
        if lang == "en":
            said = en_number(check) if check >= 10 else f"oh {en_number(check)}"
            return f"N L {said}, {' '.join(value[4:8])}, {' '.join(EN_UNITS[int(c)] for c in account)}"
        bank = self.one_of(
            " ".join(value[4:8]), value[4:8].lower(), ", ".join(f"{c} van {SPELL_NL[c]}" for c in value[4:8])
        )
        pairs = " ".join(pair(account[i : i + 2]) for i in range(0, 10, 2))
        return self.one_of(f"NL {pair(value[2:4])}, {bank}, {pairs}", f"N L {value[2:4]} {bank} {pairs}")

    def iban_be(self, lang: str) -> str:
        base = self.pick("be_bank") + self.digits(7)
        value = _iban("BE", base + f"{int(base) % 97 or 97:02d}")
        return self.one_of(_group(value, [4] * 4), _group(value, [4] * 4), value)

    def iban_foreign(self, lang: str) -> str:
        if self.rng.random() < 0.5:
            return self.iban_be(lang)
        value = _iban("DE", self.pick("de_blz") + self.digits(10))
        return self.one_of(_group(value, [4] * 6), value)

    # BSN
    def bsn(self, lang: str) -> str:
        value = _bsn(self.rng)
        return self.one_of(
            value, value, value, _group(value, [3, 3, 3]), f"{value[:3]}.{value[3:6]}.{value[6:]}",
            f"{value[:4]} {value[4:6]} {value[6:]}", f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:]}",
        )  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        value = _bsn(self.rng)
        if lang == "en":
            return " ".join("-".join(EN_UNITS[int(c)] for c in value[i : i + 3]) for i in range(0, 9, 3))
        hundreds = [
            nl_number(int(value[i : i + 3])) if value[i] != "0" else " ".join(NL_SAY[int(c)] for c in value[i : i + 3])
            for i in range(0, 9, 3)
        ]
        return self.one_of(", ".join(hundreds), " ".join(hundreds), " ".join(NL_UNITS_STRESSED[int(c)] for c in value))
