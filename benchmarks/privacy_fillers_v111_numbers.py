"""Check digits and read-aloud numbers of the held-out split test_v111: IBAN (mod 97), the Dutch BSN (eleven
test), the Belgian rijksregisternummer (mod 97), payment cards (Luhn), digits, letters and years as a voicemail
transcription or a caller spells them out, in Dutch and in English, and the phone numbers of the split's writers
(`PhonesV111`, a base of `CodesV111`)."""

from __future__ import annotations

import random

NL_DIGITS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NL_SMALL = (
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien"
).split()
_NL_TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig"}
_NL_TENS[9] = "negentig"
_EN_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_EN_NTH = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def digits(rng: random.Random, count: int, first_nonzero: bool = False) -> str:
    out = [str(rng.randrange(10)) for _ in range(count)]
    if first_nonzero and out:
        out[0] = str(rng.randint(1, 9))
    return "".join(out)


def split_groups(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Cuts `text` into pieces of the given sizes; what is left over becomes a last piece."""
    pieces, at = [], 0
    for size in sizes:
        if at >= len(text):
            break
        pieces.append(text[at : at + size])
        at += size
    if at < len(text):
        pieces.append(text[at:])
    return sep.join(pieces)


def _mod97(text: str) -> int:
    remainder = 0
    for ch in text:
        for digit in str(int(ch, 36)):
            remainder = (remainder * 10 + int(digit)) % 97
    return remainder


def make_iban(country: str, bban: str) -> str:
    check = 98 - _mod97(bban.upper() + country.upper() + "00")
    return f"{country.upper()}{check:02d}{bban.upper()}"


def iban_valid(text: str) -> bool:
    plain = "".join(ch for ch in text if ch.isalnum()).upper()
    return len(plain) > 4 and _mod97(plain[4:] + plain[:4]) == 1


def make_bsn(rng: random.Random) -> str:
    while True:
        body = digits(rng, 8, first_nonzero=True)
        total = sum(int(d) * (9 - i) for i, d in enumerate(body))
        last = total % 11
        if last != 10:
            return body + str(last)


def bsn_valid(text: str) -> bool:
    plain = [int(ch) for ch in text if ch.isdigit()]
    if len(plain) != 9:
        return False
    total = sum(d * (9 - i) for i, d in enumerate(plain[:8])) - plain[8]
    return total % 11 == 0


def belgian_bban(rng: random.Random) -> str:
    head = digits(rng, 10, first_nonzero=True)
    return head + f"{(int(head) % 97) or 97:02d}"


def rijksregister(rng: random.Random, year: int, month: int, day: int) -> str:
    """YY.MM.DD-NNN.CC with the mod 97 check (a 2 in front of the number for people born from 2000 on)."""
    body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 996):03d}"
    check = 97 - int(("2" if year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def luhn_finish(head: str) -> str:
    total = 0
    for index, ch in enumerate(reversed(head)):
        value = int(ch) * (1 if index % 2 else 2)
        total += value if value < 10 else value - 9
    return head + str((10 - total % 10) % 10)


def luhn_valid(text: str) -> bool:
    plain = [int(ch) for ch in text if ch.isdigit()]
    total = 0
    for index, value in enumerate(reversed(plain)):
        value = value * 2 if index % 2 else value
        total += value if value < 10 else value - 9
    return bool(plain) and total % 10 == 0


def words_nl(value: int) -> str:
    if value < 20:
        return _NL_SMALL[value]
    tens, unit = divmod(value, 10)
    if unit == 0:
        return _NL_TENS[tens]
    joiner = "ën" if unit in (2, 3) else "en"
    return f"{_NL_SMALL[unit]}{joiner}{_NL_TENS[tens]}"


def words_en(value: int) -> str:
    if value < 20:
        return _EN_SMALL[value]
    tens, unit = divmod(value, 10)
    return _EN_TENS[tens] + (f"-{_EN_SMALL[unit]}" if unit else "")


def nth_en(day: int) -> str:
    if day in _EN_NTH:
        return _EN_NTH[day]
    if day < 20:
        return _EN_SMALL[day] + "th"
    tens, unit = divmod(day, 10)
    if unit == 0:
        return _EN_TENS[tens][:-1] + "ieth"
    return f"{_EN_TENS[tens]}-{nth_en(unit)}"


def year_said(year: int, lang: str) -> str:
    high, low = divmod(year, 100)
    if lang == "nl":
        if high == 20:
            return "tweeduizend" + (f" {words_nl(low)}" if low else "")
        return "negentien" + (f" {words_nl(low)}" if low else "honderd")
    if high == 20:
        return "two thousand" + (f" and {words_en(low)}" if low else "")
    return "nineteen " + (f"oh {words_en(low)}" if 0 < low < 10 else words_en(low) if low else "hundred")


def say_digits(number: str, lang: str, rng: random.Random) -> str:
    """How a voicemail transcription writes a number read out: single digits, Dutch pairs, English 'double'."""
    plain = [ch for ch in number if ch.isdigit()]
    if lang == "nl":
        if len(plain) % 2 == 0 and rng.random() < 0.45:
            pairs = [plain[i] + plain[i + 1] for i in range(0, len(plain), 2)]
            return " ".join(
                NL_DIGITS[int(p[0])] + " " + NL_DIGITS[int(p[1])] if p[0] == "0" else words_nl(int(p)) for p in pairs
            )
        return " ".join(NL_DIGITS[int(d)] for d in plain)
    said, i = [], 0
    while i < len(plain):
        word = "oh" if plain[i] == "0" and rng.random() < 0.5 else EN_DIGITS[int(plain[i])]
        if i + 2 < len(plain) and plain[i] == plain[i + 1] == plain[i + 2] and rng.random() < 0.5:
            said.append(f"treble {word}")
            i += 3
        elif i + 1 < len(plain) and plain[i] == plain[i + 1]:
            said.append(f"double {word}")
            i += 2
        else:
            said.append(word)
            i += 1
    return " ".join(said)


def spell_letters(text: str, sep: str = "-") -> str:
    return sep.join(ch.upper() for ch in text if ch.isalnum())


_NG_MOBILE = "803 806 703 706 813 816 810 814 903 805 807 815 905 802 808 812 701 902 809 818 908".split()
_ZA_MOBILE = "82 83 84 72 73 76 79 71 60 61 62 81".split()
_SCOT_LAND = (("141", 7), ("131", 7), ("1224", 6), ("1382", 6), ("1463", 6), ("1334", 6), ("1786", 6))
_NL_LAND = (("50", 7), ("596", 6), ("598", 6), ("597", 6), ("40", 7), ("13", 7), ("73", 7), ("76", 7), ("499", 6))


class PhonesV111:
    """PHONE_*: Dutch (Groningen, Brabant), Flemish, Scottish, Nigerian, South African, Surinamese and other numbers."""

    rng: random.Random

    def _one(self, *options: str) -> str:
        return self.rng.choice(options)

    def _d(self, count: int) -> str:
        return digits(self.rng, count)

    # ---- phones
    def phone(self, lang: str) -> str:
        if self.rng.random() < 0.6:
            rest = self._d(8)
            return self._one(
                f"06{rest}",
                f"06-{rest}",
                f"06 {split_groups(rest, (4, 4))}",
                f"06 {split_groups(rest, (2, 2, 2, 2))}",
                f"+31 6 {split_groups(rest, (4, 4))}",
                f"+31(0)6 {rest}",
                f"0031 6 {rest}",
                f"06 - {split_groups(rest, (3, 3, 2))}",
            )
        area, size = self.rng.choice(_NL_LAND)
        rest = self._d(size)
        grouped = split_groups(rest, (3, 2, 2) if size == 7 else (2, 2, 2))
        return self._one(f"0{area}-{rest}", f"0{area} {grouped}", f"(0{area}) {rest}", f"+31 {area} {grouped}")

    def phone_be(self, lang: str) -> str:
        mobile = self._one("470", "472", "473", "475", "476", "478", "479", "483", "486", "488", "495", "497")
        rest, land = self._d(6), self._d(7)
        return self._one(
            f"0{mobile} {split_groups(rest, (2, 2, 2))}",
            f"+32 {mobile} {split_groups(rest, (2, 2, 2))}",
            f"0{mobile}/{split_groups(rest, (2, 2, 2), '.')}",
            f"03 {split_groups(land, (3, 2, 2))}",
            f"09/{split_groups(land, (3, 2, 2), '.')}",
            f"016 {split_groups(land[1:], (2, 2, 2))}",
        )

    def phone_uk(self, lang: str) -> str:
        if self.rng.random() < 0.55:
            mobile = "7" + self._one("4", "5", "7", "8", "9") + self._d(8)
            return self._one(
                f"0{mobile[:4]} {mobile[4:]}", f"+44 {mobile[:4]} {mobile[4:]}", f"0{mobile}", f"+44 (0){mobile}"
            )
        area, size = self.rng.choice(_SCOT_LAND)
        rest = self._d(size)
        spaced = split_groups(rest, (3, 4)) if size == 7 else rest
        return self._one(f"0{area} {spaced}", f"+44 {area} {spaced}", f"(0{area}) {spaced}")

    def phone_ng(self, lang: str) -> str:
        head, rest = self.rng.choice(_NG_MOBILE), self._d(7)
        return self._one(
            f"0{head} {rest[:3]} {rest[3:]}",
            f"+234 {head} {rest[:3]} {rest[3:]}",
            f"0{head}{rest}",
            f"+234{head}{rest}",
            f"0{head}-{rest[:3]}-{rest[3:]}",
        )

    def phone_za(self, lang: str) -> str:
        if self.rng.random() < 0.7:
            head, rest = self.rng.choice(_ZA_MOBILE), self._d(7)
        else:
            head, rest = self._one("21", "11", "31", "12", "41"), self._d(7)
        return self._one(
            f"0{head} {rest[:3]} {rest[3:]}", f"+27 {head} {rest[:3]} {rest[3:]}", f"0{head}{rest}", f"+27{head}{rest}"
        )

    def phone_sr(self, lang: str) -> str:
        number = self._one("8", "8", "7") + self._d(6)
        return self._one(
            f"+597 {number}", f"+597 {number[:3]}-{number[3:]}", f"00597 {number}", f"{number[:3]}-{number[3:]}"
        )

    def phone_abroad(self, lang: str) -> str:
        return self._one(
            f"+48 {split_groups('5' + self._d(8), (3, 3, 3))}",
            f"+90 5{self._d(2)} {self._d(3)} {self._d(2)} {self._d(2)}",
            f"00212 6{self._d(8)}",
            f"+212 6 {split_groups(self._d(8), (2, 2, 2, 2))}",
            f"+91 9{self._d(4)} {self._d(5)}",
            f"+86 13{self._d(1)} {self._d(4)} {self._d(4)}",
            f"+49 1{self._one('51', '60', '70', '76')} {self._d(7)}",
        )

    def phone_en(self, lang: str) -> str:
        return self.rng.choice((self.phone_uk, self.phone_ng, self.phone_za))(lang)

    def phone_spoken(self, lang: str) -> str:
        number = "06" + self._d(8) if lang == "nl" else "07" + self._one("4", "7", "8", "9") + self._d(8)
        return say_digits(number, lang, self.rng)
