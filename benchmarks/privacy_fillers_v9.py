"""Fillers of the `test_v9` split: its own pools (`privacy_fillers_v9_pools`) and its own format for every type.
Names, e-mail, phone numbers, IBAN and BSN are here; the number-like types are in `privacy_fillers_v9_numbers`.

Written by someone who never saw the redaction rules. Formats: names in capitals, lower case, surname first
("Kolk, J.W. van der"), spelled out letter by letter, with diacritics and double-barrelled; e-mail addresses
obfuscated ("[at]", "(at)", " AT ", "@" between spaces), on a vanity domain, in capitals and said aloud;
phones in odd groupings (06/12345678, 0612 345 678, +31-6-...), regional area codes (0517, 0543, 035...), from
Belgium, Germany, Suriname, Turkey, Morocco, Curaçao and the UK, said aloud with "dubbel"/"double";
IBANs from NL, BE, DE, FR, ES, TR and GB with national check digits, grouped oddly, spelled character by
character; BSNs with a leading zero, as an eight-digit sofinummer, said in words, and the Belgian national
register number (labelled BSN, as in earlier splits)."""

from __future__ import annotations

import unicodedata

from benchmarks.privacy_fillers import _bsn, _group, _iban
from benchmarks.privacy_fillers_v9_numbers import FillersV9Numbers
from benchmarks.privacy_fillers_v9_pools import EN_DIGITS, NL_DIGITS, nl_number

_ASCII = str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "ł": "l", "'": "", " ": "", "-": ""})


def plain(text: str) -> str:
    """'Ó Súilleabháin' -> 'osuilleabhain', 'in 't Zandt' -> 'intzandt': how a name looks in a mail address."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_ASCII)).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum())


class FillersV9(FillersV9Numbers):
    """Every fill method is the split's own; `fill(slot, lang)` dispatches on the slot name as in `Fillers`."""

    # NAME
    def _first(self, lang: str) -> str:
        return self.pick("first_en" if lang == "en" and self.rng.random() < 0.4 else "first")

    def _surname(self, lang: str) -> str:
        return self.pick("surname_en" if lang == "en" and self.rng.random() < 0.4 else "surname")

    def name_first(self, lang: str) -> str:
        return self._first(lang)

    def name_surname(self, lang: str) -> str:
        surname = self._surname(lang)
        return surname[0].upper() + surname[1:] if self.rng.random() < 0.5 else surname

    def name_full(self, lang: str) -> str:
        return f"{self._first(lang)} {self._surname(lang)}"

    def name_initials(self, lang: str) -> str:
        initials = self.one_of("J.W.", "A.", "M.C.J.", "Th.", "S.", "R.A.", "Ph.", "E.", "K.L.", "IJ.")
        return f"{initials} {self._surname(lang)}"

    def name_lower(self, lang: str) -> str:
        return self.one_of(self.name_full(lang), self._first(lang), self.name_full(lang)).lower()

    def name_caps(self, lang: str) -> str:
        return self.name_full(lang).upper()

    def name_reversed(self, lang: str) -> str:
        """A register's order: 'Kolk, J.W. van der', 'Kingma, Sipke', 'ÇAKIR, Deniz'."""
        surname, first = self.pick("surname"), self.pick("first")
        words = surname.split()
        prefix = [word for word in words if word.islower() or word == "'t"]
        if prefix and len(prefix) < len(words):
            rest = " ".join(word for word in words if word not in prefix)
            return f"{rest}, {first[0]}. {' '.join(prefix)}"
        return self.one_of(f"{surname}, {first}", f"{surname.upper()}, {first}")

    def name_spelled(self, lang: str) -> str:
        surname = self.rng.choice([name for name in self.pool["surname"] if name.isalpha() and len(name) <= 8])
        return self.one_of("-".join(surname.upper()), " ".join(surname.upper()))

    def name_staff(self, lang: str) -> str:
        return self.pick("staff")

    def name_be(self, lang: str) -> str:
        return f"{self.pick('first_be')} {self.pick('surname_be')}"

    def name_en(self, lang: str) -> str:
        return f"{self.pick('first_en')} {self.pick('surname_en')}"

    # EMAIL
    def _local(self) -> str:
        first, surname = plain(self.pick("first")), plain(self.pick("surname"))
        return self.one_of(
            f"{first}.{surname}",
            f"{first}_{surname}",
            f"{surname}.{first[0]}",
            f"{first[0]}{surname}{self.rng.randint(1, 12):02d}",
            f"{first}{self.rng.randint(1958, 2006)}",
            f"{first}-{surname}",
            f"{first}.{surname}.{self.rng.randint(2, 9)}",
        )

    def email(self, lang: str) -> str:
        return f"{self._local()}@{self.pick('domain')}"

    def email_vanity(self, lang: str) -> str:
        return f"{plain(self.pick('first'))}@{self.pick('domain_vanity')}"

    def email_caps(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_obfuscated(self, lang: str) -> str:
        local, domain = self._local(), self.pick("domain")
        return self.one_of(
            f"{local} [at] {domain.replace('.', ' [dot] ')}",
            f"{local}(at){domain}",
            f"{local} AT {domain.replace('.', ' DOT ')}",
            f"{local} @ {domain}",
            f"{local}[@]{domain}",
            f"{local} (a) {domain}",
        )

    def email_spoken(self, lang: str) -> str:
        first, surname, domain = plain(self.pick("first")), plain(self.pick("surname")), self.pick("domain")
        if lang == "en":
            dot, at, joins = "dot", "at", ("dot", "underscore", "hyphen")
        else:
            dot, at, joins = "punt", self.one_of("at", "apenstaartje", "ad"), ("punt", "laag streepje", "streepje")
        join = self.rng.choice(joins)
        local = self.one_of(f"{first} {join} {surname}", f"{first[0]} {join} {surname}", f"{first}{surname}")
        return f"{local} {at} {domain.replace('.', f' {dot} ')}"

    # PHONE
    def phone(self, lang: str) -> str:
        rest = self.digits(8)
        area = self.one_of("0517", "0527", "0321", "0541", "0543", "0416", "0316", "035", "058", "053")
        land = area + self.digits(10 - len(area))
        local = land[len(area) :]
        return self.one_of(
            f"06 {_group(rest, [3, 3, 2])}",
            f"06{rest[:2]} {_group(rest[2:], [3, 3])}",
            f"06/{rest}",
            f"06.{_group(rest, [4, 4], '.')}",
            f"+31 (0) 6 {_group(rest, [2, 2, 2, 2])}",
            f"+31-6-{_group(rest, [4, 4])}",
            f"0031 (0)6 {_group(rest, [3, 3, 2])}",
            f"{area}-{_group(local, [3, 3] if len(local) == 6 else [3, 4])}",
            f"({area}) {_group(local, [2, 2, 2] if len(local) == 6 else [3, 2, 2])}",
            f"+31 {area[1:]} {local}",
            " ".join("06" + rest),
        )

    def phone_intl(self, lang: str) -> str:
        return self.one_of(
            f"+32 4{self.rng.randint(60, 99)} {_group(self.digits(6), [2, 2, 2])}",
            f"0032 (0)4{self.rng.randint(60, 99)}/{_group(self.digits(6), [2, 2, 2], '.')}",
            f"+49 15{self.digits(2)} {self.digits(7)}",
            f"0049 (0) 2821 {self.digits(5)}",
            f"+597 8{self.digits(2)}-{self.digits(4)}",
            f"+90 5{self.digits(2)} {_group(self.digits(7), [3, 2, 2])}",
            f"00212 6{self.digits(2)}-{self.digits(6)}",
            f"+212 6 {_group(self.digits(8), [2, 2, 2, 2])}",
            f"+599 9 {_group(self.digits(7), [3, 4])}",
            f"+44 (0)7{self.digits(3)} {self.digits(6)}",
        )

    def phone_spoken(self, lang: str) -> str:
        number = "06" + self.digits(8)
        words, double = (EN_DIGITS, "double") if lang == "en" else (NL_DIGITS, "dubbel")
        out, index = [], 0
        while index < len(number):
            if index + 1 < len(number) and number[index] == number[index + 1]:
                out.append(f"{double} {words[int(number[index])]}")
                index += 2
            else:
                out.append(words[int(number[index])])
                index += 1
        if lang == "en" and self.rng.random() < 0.5:
            out = ["oh" if word == "zero" else word for word in out]
        text = " ".join(out)
        if lang == "nl" and self.rng.random() < 0.4:  # 06 then four pairs as numbers
            text = "nul zes " + " ".join(nl_number(int(number[i : i + 2])) for i in range(2, 10, 2))
        return text

    # IBAN
    def iban(self, lang: str) -> str:
        value = _iban("NL", self.pick("bank") + self.digits(10))
        return self.one_of(
            _group(value, [4] * 5),
            _group(value, [4] * 5),
            value,
            _group(value, [4] * 5).lower(),
            f"{value[:2]} {value[2:4]} {value[4:8]} {value[8:]}",
            _group(value, [4] * 5, "-"),
            f"{value[:8]} {_group(value[8:], [3, 3, 4])}",
        )

    def iban_foreign(self, lang: str) -> str:
        base = self.pick("be_bank") + self.digits(7)
        be = _iban("BE", base + f"{int(base) % 97 or 97:02d}")
        de = _iban("DE", self.pick("de_blz") + self.digits(10))
        bank, branch, account = self.pick("fr_bank"), self.digits(5), self.digits(11)
        fr = _iban(
            "FR", bank + branch + account + f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"
        )
        es = _iban("ES", _spanish_bban(self.pick("es_bank"), self.digits(4), self.digits(10)))
        tr = _iban("TR", self.pick("tr_bank") + "0" + self.digits(16))
        gb = _iban("GB", "BARC" + "20" + self.digits(4) + self.digits(8))
        value = self.one_of(be, be, de, fr, es, tr, gb)
        return self.one_of(_group(value, [4] * 9), value)

    def iban_spoken(self, lang: str) -> str:
        value = _iban("NL", self.pick("bank") + self.digits(10))
        if lang == "nl" and self.rng.random() < 0.5:
            account = " ".join(NL_DIGITS[int(char)] for char in value[8:])
            return f"NL {nl_number(int(value[2:4]))} {value[4:8]} {account}"
        return " ".join(value)

    # BSN
    def bsn(self, lang: str) -> str:
        value = _bsn(self.rng)
        zero = _bsn_with_zero(self)
        return self.one_of(
            value, value, value, _group(value, [3, 3, 3]), f"{value[:4]}.{value[4:6]}.{value[6:]}", zero, zero[1:],
            " ".join(value),
        )  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        value = _bsn(self.rng)
        words = EN_DIGITS if lang == "en" else NL_DIGITS
        triples = [" ".join(words[int(char)] for char in value[i : i + 3]) for i in range(0, 9, 3)]
        return self.one_of(", ".join(triples), " ".join(triples))

    def bsn_be(self, lang: str) -> str:
        """The Belgian national register number, with its mod-97 check: 85.07.30-033.28."""
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1950, 2006)
        base = f"{year % 100:02d}{month:02d}{day:02d}{self.rng.randint(1, 997):03d}"
        check = 97 - int(("2" if year >= 2000 else "") + base) % 97
        value = f"{base}{check:02d}"
        return self.one_of(f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}", value)


def _bsn_with_zero(fillers: FillersV9) -> str:
    """A valid BSN starting with 0, as old sofinummers were."""
    while True:
        first = [0] + [fillers.rng.randint(0, 9) for _ in range(7)]
        last = sum(d * w for d, w in zip(first, range(9, 1, -1), strict=True)) % 11
        if last < 10 and first[1]:
            return "".join(map(str, [*first, last]))


def _spanish_bban(bank: str, branch: str, account: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def check(digits: str) -> str:
        value = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        return str({11: 0, 10: 1}.get(value, value))

    return bank + branch + check("00" + bank + branch) + check(account) + account
