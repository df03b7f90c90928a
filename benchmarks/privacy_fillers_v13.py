"""Fillers of the `test_v13` split: its own pools (`privacy_fillers_v13_pools`) and its own format for every type.
Names, e-mail, phone numbers and the spoken forms of every type are here, the written number-like types in
`privacy_fillers_v13_numbers`.

Written by someone who never saw the redaction rules. Formats: names by background (Dutch, Frisian, Flemish,
Moroccan-, Turkish-, Surinamese- and Antillean-Dutch, Polish, Indian, British, German); a surname alone with its
tussenvoegsel capitalised as Dutch writes it ('mevrouw Van der Meulen'); old-fashioned initials ('Th.', 'W.J.M.');
names sorted as a phone book does ('Meulen, J.P. van der') or in capitals as a letter's window prints them; married
double names either way round ('Foekje Lycklama-de Jager'); names typed in lower case; a surname spelled letter by
letter. E-mail with plus-addressing ('+krant'), in capitals, hidden from spam bots ('[at]', '(at)'), said aloud
('punt', 'apenstaartje'), student addresses, a one-person business's address. Phones: Dutch mobiles in 2-4-4 and
dotted pairs, with an en dash from autocorrect, '+316', in a wa.me link (only the digits) and after 'tel:'; landlines
of Friesland, Limburg, Zeeland and the Achterhoek; Surinamese, Curaçao and Aruba, British, German, Indian and
Flemish numbers; spoken as pairs in Dutch number words ('nul zes, twaalf, vierendertig') or in English with
'double'. Spoken postcodes ('vijfendertig twaalf K L'), addresses, IBANs, dates of birth, plates, BSNs and
customer numbers.

Slot suffixes: `_M` / `_F` ask for a man's or woman's first name, `_SAME` for a value of the person the template
named last (so a mail address fits the name just given)."""

from __future__ import annotations

from benchmarks.privacy_fillers import _group
from benchmarks.privacy_fillers_v13_numbers import MONTHS_EN, MONTHS_NL, FillersV13Numbers, elfproef
from benchmarks.privacy_fillers_v13_pools import (
    FEMALE,
    INITIALS,
    LAND,
    ORIGINS_EN,
    ORIGINS_NL,
    TRADES,
    en_words,
    nl_words,
    plain,
)


class FillersV13(FillersV13Numbers):
    """Every fill method is the split's own; `fill(slot, lang)` dispatches on the slot name as in `Fillers`."""

    _gender: str | None = None
    _same = False
    _last: tuple[str, str] | None = None

    def fill(self, slot: str, lang: str) -> str:
        base, _, tail = slot.rpartition("_")
        if tail not in ("M", "F", "SAME"):
            base, tail = slot, ""
        self._gender, self._same = (tail.lower() or None, False) if tail != "SAME" else (None, True)
        try:
            if base[:5] == "NAME_" and base[5:] in ("IN", "DE", "SR", "AN", "BE", "FY"):  # NAME_SR: of that background
                return " ".join(self._person(lang, "_" + base[5:].lower()))
            return getattr(self, base.lower())(lang)
        finally:
            self._gender, self._same = None, False

    def _first(self, key: str) -> str:
        names = self.pool[key]
        if self._gender:
            names = [name for name in names if (name in FEMALE) == (self._gender == "f")] or names
        return self.rng.choice(names)

    # NAME
    def _person(self, lang: str, origin: str | None = None) -> tuple[str, str]:
        if self._same and self._last:
            return self._last
        origin = origin or self.rng.choice(ORIGINS_EN if lang == "en" else ORIGINS_NL)
        first, surname = self._first("first" + origin), self.pick("surname" + origin)
        if first in FEMALE and surname.endswith(("ski", "cki")):
            surname = surname[:-1] + "a"
        self._last = first, surname
        return self._last

    def name_full(self, lang: str) -> str:
        return " ".join(self._person(lang))

    def name_first(self, lang: str) -> str:
        return self._person(lang)[0]

    def name_surname(self, lang: str) -> str:
        """Standing alone, a Dutch surname capitalises its tussenvoegsel: 'Van der Meulen'."""
        surname = self._person(lang)[1]
        return surname[0].upper() + surname[1:]

    def name_initials(self, lang: str) -> str:
        return f"{self.rng.choice(INITIALS)} {self._person(lang)[1]}"

    def name_formal(self, lang: str) -> str:
        """As a phone book or an administration sorts it: 'Meulen, J.P. van der', 'VAN DER MEULEN, Ankie'."""
        first, surname = self._person(lang)
        initials, parts = self.rng.choice(INITIALS), surname.split(" ")
        if len(parts) > 1 and parts[0].islower() and self.rng.random() < 0.6:
            return f"{parts[-1]}, {initials} {' '.join(parts[:-1])}"
        return self.one_of(f"{surname.upper()}, {first}", f"{surname}, {initials}")

    def name_letter(self, lang: str) -> str:
        """As a letter's window prints it: 'J.P. VAN DER MEULEN', 'A.M.C. in den Bosch'."""
        surname = self._person(lang)[1]
        return self.one_of(f"{self.rng.choice(INITIALS)} {surname}".upper(), f"{self.rng.choice(INITIALS)} {surname}")

    def name_double(self, lang: str) -> str:
        """A married woman's double name, her husband's name first or her own: 'Foekje Lycklama-de Jager'."""
        self._gender = "f"
        first, own = self._person(lang, self.one_of("_nl", "_nl", "_fy", "_be"))
        other = own
        while other == own:
            other = self.pick(self.one_of("surname_nl", "surname_fy"))
        double = self.one_of(f"{other}-{own}", f"{own}-{other}")
        return f"{first[0]}. {double}" if self.rng.random() < 0.3 else f"{first} {double}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_spelled(self, lang: str) -> str:
        surname = self._person(lang, self.one_of("_fy", "_tr", "_sr", "_pl", "_ma"))[1].replace(" ", "")
        return "-".join(surname.upper())

    def name_child(self, lang: str) -> str:
        return self._first("child")

    def name_childfull(self, lang: str) -> str:
        child = self._first("child")
        return f"{child} {self._person(lang)[1]}"

    def name_staff(self, lang: str) -> str:
        return self._first("staff")

    def name_en(self, lang: str) -> str:
        return " ".join(self._person(lang, self.one_of("_en", "_en", "_de", "_in")))

    # EMAIL
    def _local(self, lang: str) -> str:
        first, surname = (plain(part) for part in self._person(lang))
        yy = str(self.rng.randint(50, 99) if self.rng.random() < 0.7 else self.rng.randint(0, 6)).zfill(2)
        return self.one_of(
            f"{first}.{surname}", f"{first}.{surname}", f"{first[0]}.{surname}", f"{first}{surname}",
            f"{surname}.{first}", f"{first}-{surname}", f"{first}_{surname}{yy}", f"{first}{yy}",
            f"{first[0]}{surname}{yy}", f"{first}.{surname[0]}",
        )  # fmt: skip

    def _domain(self) -> str:
        surname = self._last[1] if self._last else ""
        if surname in self.pool["surname_be"]:
            return self.pick("domain_be")
        if any(surname in self.pool[f"surname_{key}"] for key in ("en", "de", "in")):
            return self.pick("domain_en")
        return self.pick("domain")

    def email(self, lang: str) -> str:
        local = self._local(lang)
        tag = self.one_of("krant", "loterij", "huis", "zaken", "nl") if self.rng.random() < 0.12 else ""
        return f"{local}+{tag}@{self._domain()}" if tag else f"{local}@{self._domain()}"

    def email_caps(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_hidden(self, lang: str) -> str:
        """Hidden from spam bots: 'sietze.galama [at] gmail [dot] com'."""
        local, domain = self._local(lang), self._domain()
        return self.one_of(
            f"{local} [at] {domain.replace('.', ' [dot] ')}",
            f"{local}(at){domain}",
            f"{local} at {domain.replace('.', ' dot ')}",
        )

    def email_said(self, lang: str) -> str:
        local, domain = self._local(lang), self._domain()
        if lang == "en":
            text = f"{local} at {domain}".replace(".", " dot ")
            return text.replace("_", " underscore ").replace("-", " dash ")
        text = f"{local} {self.one_of('apenstaartje', 'at', 'apenstaart')} {domain}".replace(".", " punt ")
        return text.replace("_", " laag streepje ").replace("-", " streepje ")

    def email_student(self, lang: str) -> str:
        first, surname = (plain(part) for part in self._person(lang))
        local = self.one_of(f"{first[0]}.{surname}", f"{first}.{surname}", f"s{self.digits(7)}")
        return f"{local}@{self.pick('domain_student')}"

    def email_work(self, lang: str) -> str:
        first, surname = (plain(part) for part in self._person(lang, "_nl"))
        return f"{self.one_of(first, 'info', first[0] + '.' + surname)}@{surname}{self.rng.choice(TRADES)}.nl"

    # PHONE
    def _rest(self) -> str:
        return str(self.rng.randint(1, 5)) + self.digits(7)

    def phone(self, lang: str) -> str:
        rest = self._rest()
        return self.one_of(
            f"06 {rest[:4]} {rest[4:]}", f"06{rest}", f"06{rest}", f"06-{rest}", f"06.{_group(rest, [2] * 4, '.')}",
            f"06 - {_group(rest, [2] * 4)}", f"+31 6 {rest[:4]} {rest[4:]}", f"+316{rest}", f"06–{rest}",
            f"06 {_group(rest, [2] * 4)}", f"+31-6-{rest}", f"06{rest[:2]} {rest[2:5]} {rest[5:]}",
        )  # fmt: skip

    def phone_land(self, lang: str) -> str:
        area = self.rng.choice(LAND.split())
        local = str(self.rng.randint(2, 8)) + self.digits(9 - len(area))
        pairs = _group(local, [2, 2, 2] if len(local) == 6 else [3, 2, 2])
        return self.one_of(f"{area} - {pairs}", f"{area}-{local}", f"{area} {pairs}", f"+31 {area[1:]} {local}")

    def phone_wa(self, lang: str) -> str:
        return f"316{self._rest()}"

    def phone_intl(self, lang: str) -> str:
        return f"+316{self._rest()}"

    def phone_sr(self, lang: str) -> str:
        return self.one_of(f"+597 {self.one_of('8', '7')}{self.digits(2)}-{self.digits(4)}", f"00597 8{self.digits(6)}")

    def phone_an(self, lang: str) -> str:
        return self.one_of(
            f"+599 9 {self.one_of('5', '6')}{self.digits(2)} {self.digits(4)}", f"+297 56{self.digits(5)}"
        )

    def phone_uk(self, lang: str) -> str:
        rest = "7" + self.digits(9)
        return self.one_of(f"0{rest[:4]} {rest[4:]}", f"+44 {rest[:4]} {rest[4:]}", f"+44 (0){rest}")

    def phone_de(self, lang: str) -> str:
        prefix = self.one_of("151", "160", "170", "176", "157")
        return self.one_of(
            f"+49 {prefix} {self.digits(8)}", f"0{prefix} {self.digits(8)}", f"0049{prefix}{self.digits(7)}"
        )

    def phone_in(self, lang: str) -> str:
        return f"+91 {self.one_of('98', '99', '97', '90')}{self.digits(3)} {self.digits(5)}"

    def phone_be(self, lang: str) -> str:
        mobile = self.one_of("0471", "0475", "0477", "0485", "0494", "0499")
        return self.one_of(f"{mobile} {_group(self.digits(6), [2, 2, 2])}", f"+32 {mobile[1:]} {self.digits(6)}")

    # spoken forms
    def phone_said(self, lang: str) -> str:
        rest = self._rest()
        pairs = [rest[i : i + 2] for i in range(0, 8, 2)]
        if lang == "en":
            said, i = [], 0
            digits = "06" + rest
            while i < len(digits):
                word = "oh" if digits[i] == "0" else en_words(int(digits[i]))
                if i + 1 < len(digits) and digits[i + 1] == digits[i]:
                    said.append(f"double {word}")
                    i += 2
                else:
                    said.append(word)
                    i += 1
            return " ".join(said)
        words = [nl_words(int(p)) if p[0] != "0" else f"nul {nl_words(int(p[1]))}" for p in pairs]
        return self.one_of("nul zes, " + ", ".join(words), "nul zes " + " ".join(words))

    def postcode_said(self, lang: str) -> str:
        number, letters = self._postcode()
        if lang == "en":
            return f"{' '.join(en_words(int(c)) for c in number)}, {' '.join(letters)}"
        head, tail = int(number[:2]), int(number[2:])
        tail_said = nl_words(tail) if tail >= 10 else f"nul {nl_words(tail)}"
        return f"{nl_words(head)} {tail_said} {' '.join(letters)}"

    def address_said(self, lang: str) -> str:
        number = self.rng.randint(1, 99)
        said = en_words(number) if lang == "en" else nl_words(number)
        cue = self.one_of("", "nummer ") if lang == "nl" else ""
        return f"{self.pick('street_nl')} {cue}{said}{self.one_of('', '', ' a', ' b')}"

    def iban_said(self, lang: str) -> str:
        value = self._nl_iban()
        say = en_words if lang == "en" else nl_words
        digits = " ".join(say(int(c)) for c in value[8:])
        return f"N L {say(int(value[2:4]))}, {' '.join(value[4:8])}, {digits}"

    def bsn_said(self, lang: str) -> str:
        value, say = elfproef(self.rng), en_words if lang == "en" else nl_words
        return ", ".join(" ".join(say(int(c)) for c in value[i : i + 3]) for i in (0, 3, 6))

    def dob_said(self, lang: str) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1950, 1999)
        if lang == "en":
            return f"{en_words(day)} {MONTHS_EN[month - 1]}, nineteen {en_words(year % 100)}"
        return self.one_of(
            f"{nl_words(day)} {MONTHS_NL[month - 1]} negentien {nl_words(year % 100)}",
            f"{nl_words(day)} {MONTHS_NL[month - 1]} {nl_words(year % 100)}",
            f"{nl_words(day)} {nl_words(month)} {nl_words(year % 100)}",
        )

    def plate_said(self, lang: str) -> str:
        groups = self._dutch_plate().split("-")
        say = en_words if lang == "en" else nl_words
        return ", ".join(
            " ".join(g) if g.isalpha() else say(int(g)) if len(g) == 2 and g[0] != "0" else g for g in groups
        )

    def card_said(self, lang: str) -> str:
        number, say = self.card("nl").replace(" ", ""), en_words if lang == "en" else nl_words
        number = "".join(char for char in number if char.isdigit())
        return ", ".join(" ".join(say(int(c)) for c in number[i : i + 4]) for i in range(0, len(number), 4))

    def customer_number_said(self, lang: str) -> str:
        value, say = self.digits(8), en_words if lang == "en" else nl_words
        return " ".join(say(int(c)) for c in value)
