"""E-mail and phone slots of the held-out split test_v47: mailboxes built from the caller's name, addresses
written to fool bots or read out, Dutch mobiles and regional landlines, Belgian, Caribbean and other foreign
numbers, and numbers read out in words or pairs."""

from __future__ import annotations

import random
import unicodedata

from benchmarks.privacy_fillers_v47_numbers import digits, read_digits, read_pairs_nl

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "'": "", " ": ""})


def ascii_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class ContactV47:
    """Mixed into `FillersV47`, which brings `rng`, `pick`, `_one` and `_person`."""

    rng: random.Random

    # ---- e-mail
    def _mailbox(self) -> str:
        _, given, surname = self._person()
        first, last = ascii_name(given).lower(), ascii_name(surname).lower()
        year = str(self.rng.randint(1958, 2008))
        return self._one(
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}{last}",
            f"{first}_{last}{year[2:]}",
            f"{last}.{first[0]}",
            f"{first}{year}",
            f"fam{last}",
            f"{first}-{last}",
        )

    def _domain(self) -> str:
        return self.pick("domain_abroad") if self.rng.random() < 0.25 else self.pick("domain")

    def email(self, lang: str) -> str:
        return f"{self._mailbox()}@{self._domain()}"

    def email_upper(self, lang: str) -> str:
        return self.email(lang).upper()

    def email_hidden(self, lang: str) -> str:
        """Written so that bots miss it: 'harm.blom [at] solcon [dot] nl', 'harm(at)solcon.nl'."""
        box, domain = self._mailbox(), self._domain()
        name, _, tld = domain.rpartition(".")
        return self._one(
            f"{box} [at] {name} [dot] {tld}",
            f"{box}(at){domain}",
            f"{box} at {name.replace('.', ' punt ')} punt {tld}",
            f"{box}@ {domain}",
        )

    def email_spoken(self, lang: str) -> str:
        box, domain = self._mailbox(), self._domain()
        dot, at = ("punt", self._one("apenstaartje", "at", "het apenstaartje")) if lang == "nl" else ("dot", "at")
        box = box.replace(".", f" {dot} ").replace("_", " underscore ").replace("-", " streepje ")
        return f"{box} {at} {domain.replace('.', f' {dot} ')}"

    # ---- phone
    def phone(self, lang: str) -> str:
        rest = digits(self.rng, 8)
        return self._one(
            f"06-{rest}",
            f"06 {rest[:4]} {rest[4:]}",
            f"06{rest}",
            f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
            f"+31 6 {rest[:4]} {rest[4:]}",
            f"+31(0)6-{rest}",
            f"0031 6 {rest}",
            f"(06) {rest[:3]} {rest[3:6]} {rest[6:]}",
            f"06–{rest[:4]} {rest[4:]}",
            f"+316{rest}",
        )

    def phone_landline(self, lang: str) -> str:
        area = self._one("0527", "0299", "043", "045", "046", "058", "0513", "0515", "077", "0118", "024", "0223")
        rest = digits(self.rng, 10 - len(area), first_nonzero=True)
        if len(area) == 4:
            return self._one(f"{area}-{rest}", f"{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"({area}) {rest}")
        return self._one(
            f"{area} - {rest[:3]} {rest[3:5]} {rest[5:]}", f"{area}-{rest}", f"+31 {area[1:]} {rest[:3]} {rest[3:]}"
        )

    def phone_abroad(self, lang: str) -> str:
        d = digits(self.rng, 10)
        return self._one(
            f"+32 47{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}",
            f"04{d[0]}{d[1]}/{d[2:4]}.{d[4:6]}.{d[6:8]}",
            f"09 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+48 5{d[:2]} {d[2:5]} {d[5:8]}",
            f"+387 61 {d[:3]} {d[3:6]}",
            f"+355 69 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}",
            f"+249 91 {d[:3]} {d[3:7]}",
            f"+84 91 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 81 {d[:3]} {d[3:7]}",
            f"+55 11 9{d[:4]}-{d[4:8]}",
            f"+27 82 {d[:3]} {d[3:7]}",
            f"+599 9 {d[:3]} {d[3:7]}",
            f"+297 56{d[0]} {d[1:5]}",
        )

    def phone_be(self, lang: str) -> str:
        d = digits(self.rng, 8)
        mobile = self._one("0470", "0471", "0477", "0486", "0495", "0498")
        return self._one(
            f"{mobile}/{d[:2]}.{d[2:4]}.{d[4:6]}",
            f"{mobile} {d[:2]} {d[2:4]} {d[4:6]}",
            f"+32 {mobile[1:]} {d[:2]} {d[2:4]} {d[4:6]}",
            f"0{self._one('3', '9')}/{d[:3]}.{d[3:5]}.{d[5:7]}",
            f"011 {d[:2]} {d[2:4]} {d[4:6]}",
        )

    def phone_cw(self, lang: str) -> str:
        d = digits(self.rng, 7)
        return self._one(f"+599 9 {d[:3]} {d[3:]}", f"(+5999) {d[:3]}-{d[3:]}", f"00599 9 {d}", f"+297 {d[:3]} {d[3:]}")

    def phone_spoken(self, lang: str) -> str:
        number = "06" + digits(self.rng, 8)
        if lang == "en":
            words = read_digits(number, "en").replace("zero", "oh")
            return self._one(words, f"oh six, {read_digits(number[2:6], 'en')}, {read_digits(number[6:], 'en')}")
        return self._one(
            read_digits(number, "nl"),
            read_pairs_nl(number),
            f"nul zes, {number[2:4]} {number[4:6]} {number[6:8]} {number[8:]}",
            f"{read_digits(number[:4], 'nl')}... {read_digits(number[4:], 'nl')}",
        )

    def phone_sms(self, lang: str) -> str:
        return self._one("+316", "06", "00316") + digits(self.rng, 8)
