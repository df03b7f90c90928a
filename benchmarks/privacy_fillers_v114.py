"""Fillers of the held-out split test_v114 (seed 643): housing allowance claimants, drivers renewing a licence,
solar lessees buying out, parents of children with braces, travellers who lost things at an airport, farm shop
subscribers, laundry and coffee machine customers, phone insurance holders and sailing club members, from the
Netherlands, Belgian Limburg and Brussels, Aruba and Curaçao, Pakistan, Uganda, Ireland, Korea, Japan and elsewhere,
as they type them in chats, say them in video calls, put them in CSV rows or scrawl them on a complaint card."""

from __future__ import annotations

import benchmarks.privacy_fillers_v114_pools  # noqa: F401  (registers POOLS["test_v114"])
from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_v114_codes import CodesV114
from benchmarks.privacy_fillers_v114_numbers import (
    ABROAD,
    DOB_LAYOUTS,
    NL_AREAS,
    PHONE_LAYOUTS,
    ascii_only,
    belgian_bban,
    chunk,
    iban_of,
    number_words,
    read_out,
    write_date,
)

_ORIGINS = {
    "nl": ("nl", "nl", "nl", "li", "bx", "ma", "ma", "tr", "tr", "sr", "ac", "ac", "pl", "in", "ng", "cn"),
    "en": ("pk", "pk", "pk", "ug", "ug", "ug", "ie", "ie", "ie", "in", "ng", "cn", "kr", "jp", "nl", "pl"),
}
_LOCALS = ("{f}.{l}", "{f}{l}", "{f}_{l}", "{i}.{l}", "{f}.{l}{y}", "{l}.{f}", "{f}{n}", "{i}{l}", "{l}{f}{n}")


class FillersV114(CodesV114, Fillers):
    """Slots: NAME_*, EMAIL*, PHONE*, IBAN*, BSN*, POSTCODE*, ADDRESS*, CARD*, DOB*, PLATE*, CUSTOMER_NUMBER_*."""

    def fill(self, slot: str, lang: str) -> str:
        """NAME_<ORIGIN> is a whole name of one origin of the pools (NAME_AC, NAME_KR, NAME_MA), CUSTOMER_NUMBER_<KIND>
        one of the personal number layouts of `privacy_fillers_v114_codes`; other slots have their own method."""
        method = getattr(self, slot.lower(), None)
        if method is not None:
            return method(lang)
        return self._named(slot[5:].lower()) if slot.startswith("NAME_") else self.personal_number(slot[16:].lower())

    # ---- names
    def _person(self, origin: str) -> tuple[str, str]:
        return self.pick(f"first_{origin}"), self.pick(f"surname_{origin}")

    def _origin(self, lang: str) -> str:
        return self.rng.choice(_ORIGINS.get(lang, _ORIGINS["nl"]))

    def _named(self, origin: str) -> str:
        first, surname = self._person(origin)
        if origin in ("kr", "jp"):  # as LINE and KakaoTalk show them: surname first, often romanised in capitals
            return self._any(f"{surname} {first}", f"{surname.upper()} {first.replace('-', '')}", f"{first} {surname}")
        if origin in ("nl", "li") and self.rng.random() < 0.1:
            first = f"{first} {self.rng.choice('ACHJMPW')}."
        return f"{first} {surname}"

    def name_full(self, lang: str) -> str:
        return self._named(self._origin(lang))

    def name_be(self, lang: str) -> str:
        return self._named(self._any("li", "li", "bx"))

    def name_ug(self, lang: str) -> str:
        first, surname = self._person("ug")
        return self._any(f"{first} {surname}", f"{surname} {first}", f"{surname.upper()} {first}")

    def name_first(self, lang: str) -> str:
        return self._person(self._origin(lang))[0]

    def name_surname(self, lang: str) -> str:
        surname = self._person(self._origin(lang))[1]
        return surname[:1].upper() + surname[1:]

    def name_child(self, lang: str) -> str:
        surname = self._person(self._any("nl", "nl", "ma", "tr", "ac", "li", "sr"))[1]
        return self._any(self.pick("child"), f"{self.pick('child')} {surname}", f"{self.pick('child')} {surname}")

    def name_initials(self, lang: str) -> str:
        surname = self._person(self._origin(lang))[1]
        letters = "".join(f"{c}." for c in self.rng.sample("ABCDEFGHIJKLMNPRSTW", self.rng.choice((1, 2, 2, 3))))
        return f"{letters} {surname[:1].upper() + surname[1:]}" if self.rng.random() < 0.4 else f"{letters} {surname}"

    def name_lower(self, lang: str) -> str:
        return self.name_full(lang).lower()

    def name_caps(self, lang: str) -> str:
        first, surname = self._person(self._origin(lang))
        return self._any(
            f"{surname.upper()}, {first}", f"{first.upper()} {surname.upper()}", f"{surname.upper()} {first}"
        )

    def name_reversed(self, lang: str) -> str:
        """As Teams and Outlook list people: 'Rossum, Marijke van', 'Kaya, Emre'."""
        first, surname = self._person(self._origin(lang))
        words = surname.split()
        if len(words) > 1 and words[0].islower():
            particle = " ".join(w for w in words if w.islower())
            core = " ".join(w for w in words if not w.islower())
            return f"{core}, {first} {particle}"
        return f"{surname}, {first}"

    def name_card(self, lang: str) -> str:
        """A name copied off a handwritten card: in block capitals, or with one letter staff could not read."""
        name = self.name_full(lang)
        spots = [i for i, c in enumerate(name) if c.isalpha() and c.islower() and i > 2]
        if spots and self.rng.random() < 0.5:
            at = self.rng.choice(spots)
            return name[:at] + "?" + name[at + 1 :]
        return self._any(name.upper(), name, name.upper())

    def name_spelled(self, lang: str) -> str:
        surname = self._person(self._origin(lang))[1].replace(" ", "").replace("'", "")
        return self._any(" ".join(surname.upper()), "-".join(surname.upper()), ", ".join(surname.upper()))

    # ---- e-mail
    def _mailbox(self, origin: str | None = None) -> str:
        first, surname = self._person(origin or self._origin(self._any("nl", "en")))
        first = ascii_only(first).lower().replace(" ", "").replace("-", "")
        surname = ascii_only(surname).lower().replace(" ", "").replace("'", "").replace("-", "")
        pattern = self.rng.choice(_LOCALS)
        return pattern.format(f=first, l=surname, i=first[0], y=self.rng.randint(60, 99), n=self.rng.randint(1, 999))

    def email(self, lang: str) -> str:
        return f"{self._mailbox(self._origin(lang))}@{self.pick('domain')}"

    def email_work(self, lang: str) -> str:
        first, surname = self._person("nl")
        surname = surname.lower().replace(" ", "").replace("-", "")
        return f"{first[0].lower()}.{surname}@{self.pick('domain_work')}"

    def email_spoken(self, lang: str) -> str:
        box, domain = self._mailbox(self._origin(lang)), self.pick("domain")
        at, dot = (self._any("apenstaartje", "at", "at"), "punt") if lang == "nl" else ("at", "dot")
        box = box.replace(".", f" {dot} ").replace("_", " underscore ")
        return f"{box} {at} {domain.replace('.', f' {dot} ')}"

    def email_card(self, lang: str) -> str:
        box, domain = self._mailbox(self._origin(lang)), self.pick("domain")
        return self._any(
            f"{box} @ {domain}", f"{box}@{domain.replace('.', ',')}", f"{box}(at){domain}", f"{box}@{domain}".upper()
        )

    # ---- phones
    def _landline(self) -> str:
        area = self.rng.choice(NL_AREAS)
        return area + self._local(10 - len(area))

    def phone(self, lang: str) -> str:
        if self.rng.random() < 0.6:
            rest = self._n(8)
            return self._layout(PHONE_LAYOUTS["nl06"], r=rest, p=chunk(rest, (2, 2, 2, 2)), q=chunk(rest, (4, 4)))
        number = self._landline()
        area = number[: 4 if number[:4] in NL_AREAS else 3]
        local = number[len(area) :]
        grouped = chunk(local, (3, 2, 2) if len(local) == 7 else (2, 2, 2))
        return self._layout(PHONE_LAYOUTS["nl"], a=area, a1=area[1:], n=local, g=grouped)

    def phone_be(self, lang: str) -> str:
        if self.rng.random() < 0.55:
            mobile = self._any("470", "472", "475", "477", "479", "484", "485", "486", "495", "499") + self._n(6)
            return self._layout(PHONE_LAYOUTS["be04"], n=mobile, g=chunk(mobile, (3, 2, 2, 2)), h=mobile[:3],
                                d=chunk(mobile[3:], (2, 2, 2), "."))  # fmt: skip
        area = self._any("11", "89", "12", "13", "2", "2")
        grouped = chunk(self._local(8 - len(area)), (3, 2, 2) if len(area) == 1 else (2, 2, 2))
        return self._layout(PHONE_LAYOUTS["be"], a=area, g=grouped, d=grouped.replace(" ", "."))

    def phone_aw(self, lang: str) -> str:
        number = self._any("56", "59", "64", "73", "58") + self._n(5)
        return self._layout(PHONE_LAYOUTS["aw"], n=number, a=number[:3], b=number[3:])

    def phone_cw(self, lang: str) -> str:
        number = self._any("51", "52", "56", "66", "67", "68", "73", "46") + self._n(5)
        return self._layout(PHONE_LAYOUTS["cw"], n=number, a=number[:3], b=number[3:])

    def phone_ac(self, lang: str) -> str:
        return self.rng.choice((self.phone_aw, self.phone_cw))(lang)

    def phone_pk(self, lang: str) -> str:
        mobile = "3" + self._any("00", "01", "21", "33", "45", "12", "46") + self._n(7)
        return self._layout(PHONE_LAYOUTS["pk"], n=mobile, a=mobile[:3], b=mobile[3:], c=chunk(mobile[3:], (3, 4)),
                            land=self._local(8))  # fmt: skip

    def phone_ug(self, lang: str) -> str:
        mobile = "7" + self._any("00", "01", "04", "52", "55", "72", "74", "77", "78", "82") + self._n(6)
        return self._layout(PHONE_LAYOUTS["ug"], n=mobile, a=mobile[:3], b=mobile[3:], c=chunk(mobile[3:], (3, 3)),
                            land=self._local(6))  # fmt: skip

    def phone_ie(self, lang: str) -> str:
        mobile = "8" + self._any("3", "5", "6", "7", "9") + self._n(7)
        return self._layout(PHONE_LAYOUTS["ie"], n=mobile, a=mobile[:2], b=mobile[2:], c=chunk(mobile[2:], (3, 4)),
                            land=chunk(self._local(7), (3, 4)))  # fmt: skip

    def phone_kr(self, lang: str) -> str:
        return self._layout(PHONE_LAYOUTS["kr"], h="10", a=self._n(4), b=self._n(4))

    def phone_jp(self, lang: str) -> str:
        return self._layout(PHONE_LAYOUTS["jp"], h=self._any("90", "80", "70"), a=self._n(4), b=self._n(4))

    def phone_east(self, lang: str) -> str:
        return self.rng.choice((self.phone_kr, self.phone_jp))(lang)

    def phone_abroad(self, lang: str) -> str:
        code = self.rng.choice(sorted(ABROAD))
        head, length = ABROAD[code]
        national = head + self._n(length - len(head))
        return self._layout(PHONE_LAYOUTS["abroad"], c=code, n=national, g=chunk(national, (3, 3, 3, 3)))

    def phone_en(self, lang: str) -> str:
        options = (self.phone_pk, self.phone_ug, self.phone_ie, self.phone_pk, self.phone_ug, self.phone_ie)
        return self.rng.choice((*options, self.phone_east, self.phone_abroad))(lang)

    def phone_spoken(self, lang: str) -> str:
        if lang == "nl":
            number = self._any(f"06{self._n(8)}", self._landline(), f"04{self._n(8)}")
        else:
            number = self._any(f"08{self._any('3', '5', '6', '7')}{self._n(7)}", f"07{self._n(8)}", f"03{self._n(9)}")
        return read_out(number, lang, self.rng)

    def phone_card(self, lang: str) -> str:
        rest = self._n(8)
        return self._layout(PHONE_LAYOUTS["card"], r=rest, q=chunk(rest, (4, 4)), p=chunk(rest, (2, 2, 2, 2)),
                            be=chunk(self._local(6), (2, 2, 2)), m=self._n(6))  # fmt: skip

    # ---- bank accounts
    def _shown(self, iban: str) -> str:
        grouped = chunk(iban, (4,) * 8)
        return self._any(iban, grouped, grouped, grouped, iban.lower(), grouped.lower(), chunk(iban, (4,) * 8, "  "))

    def iban_nl(self, lang: str) -> str:
        return self._shown(iban_of("NL", self.pick("bank_nl") + self._n(10)))

    def iban_be(self, lang: str) -> str:
        return self._shown(iban_of("BE", belgian_bban(self.rng)))

    def iban_ie(self, lang: str) -> str:
        return self._shown(iban_of("IE", self.pick("bank_ie") + self._n(14)))

    def iban(self, lang: str) -> str:
        country = self._any("NL", "NL", "NL", "NL", "NL", "NL", "BE", "BE", "DE", "PL")
        if country == "NL":
            return self.iban_nl(lang)
        if country == "BE":
            return self.iban_be(lang)
        return self._shown(iban_of(country, self._n(18 if country == "DE" else 24)))

    def iban_en(self, lang: str) -> str:
        if self.rng.random() < 0.25:  # a Pakistani account
            return self._shown(iban_of("PK", self.pick("bank_pk") + self._n(16)))
        return self.iban_ie(lang) if self.rng.random() < 0.75 else self.iban_nl(lang)

    def iban_read(self, lang: str) -> str:
        """Read out in a video call: the letters apart, the check digits as a number, the account in fours."""
        iban = iban_of("NL", self.pick("bank_nl") + self._n(10))
        check = number_words(int(iban[2:4]), lang) if iban[2] != "0" else read_out(iban[2:4], lang, self.rng)
        account = ", ".join(read_out(iban[i : i + 4], lang, self.rng) for i in range(8, 18, 4))
        return f"{' '.join(iban[:2])} {check}, {' '.join(iban[4:8])}, {account}"

    # ---- dates of birth
    def _born(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)

    def _date(self, style: str, years: tuple[int, int], lang: str) -> str:
        return write_date(self.rng.choice(DOB_LAYOUTS[style].split("|")), *self._born(*years), lang)

    def _dated(self, lang: str, years: tuple[int, int]) -> str:
        return self._date("en", years, "en") if lang == "en" else self._date("nl", years, "nl")

    def dob(self, lang: str) -> str:
        return self._dated(lang, (1942, 2005))

    def dob_en(self, lang: str) -> str:
        return self._dated("en", (1945, 2005))

    def dob_child(self, lang: str) -> str:
        return self._dated(lang, (2008, 2019))

    def dob_senior(self, lang: str) -> str:
        return self._dated(lang, (1936, 1952))

    def dob_be(self, lang: str) -> str:
        return self._date("be", (1940, 2006), self._any("nl", "nl", "fr"))

    def dob_east(self, lang: str) -> str:
        return self._date("east", (1965, 2004), "en")

    def dob_iso(self, lang: str) -> str:
        return self._date("iso", (1950, 2006), "en")

    def dob_spoken(self, lang: str) -> str:
        return self._date(f"spoken_{'en' if lang == 'en' else 'nl'}", (1944, 2006), "en" if lang == "en" else "nl")

    def dob_card(self, lang: str) -> str:
        return self._date("card", (1940, 2005), "nl")
