"""Check digits and read-out numbers of the held-out split test_v118: IBAN (mod 97, with the Belgian account's own
mod 97 and the Polish sort code's weighted check digit), the Dutch BSN's eleven test, the Belgian national register
number, the Polish PESEL, the Romanian CNP and the Singapore NRIC (all built on a birth date), Luhn for payment
cards, the check letter of Singapore number plates, and digits read out in groups the way callers answer a phone
menu (pairs as numbers, 'nul zes, twaalf, vierendertig') or say them into a Telegram voice message."""

from __future__ import annotations

import datetime as dt
import random

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "gr": "jannewoari febrewoari meert april mei juni juli augustus september oktober november december".split(),
}
SHORT = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
_ONES = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien".split(),
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split(),
}
_TENS = {
    "nl": "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(),
    "en": "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(),
}
LETTERS = {  # how a letter of a plate or an IBAN is said
    "nl": dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "a bee cee dee ee ef gee ha ie jee ka el em en o pee ku er es tee "
                   "u vee wee iks ij zet".split(), strict=True)),
    "en": dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z".split(),
                   strict=True)),
}  # fmt: skip


def digits(rng: random.Random, count: int, first: str = "") -> str:
    return first + "".join(rng.choice("0123456789") for _ in range(count - len(first)))


def chunks(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """`text` cut into pieces of `sizes`; what is left over becomes one last piece."""
    out, at = [], 0
    for size in sizes:
        if at >= len(text):
            break
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out.append(text[at:])
    return sep.join(out)


def mod97(text: str) -> int:
    return int("".join(str(int(char, 36)) for char in text)) % 97


def iban(country: str, bban: str) -> str:
    return f"{country}{98 - mod97(bban + country + '00'):02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    body = digits(rng, 10, rng.choice(("001", "063", "068", "310", "363", "735", "737", "850", "973", "143")))
    return body + f"{int(body) % 97 or 97:02d}"


def polish_bban(rng: random.Random) -> str:
    """Bank and branch (seven digits), the sort code's check digit (weights 3 9 7 1 3 9 7), sixteen digits."""
    head = rng.choice(("1020", "1090", "1140", "1050", "1240", "1160", "2490")) + digits(rng, 3)
    total = sum(int(d) * w for d, w in zip(head, (3, 9, 7, 1, 3, 9, 7), strict=True))
    return head + str((10 - total % 10) % 10) + digits(rng, 16)


def romanian_bban(rng: random.Random) -> str:
    bank = rng.choice(("BTRL", "RNCB", "BRDE", "INGB", "RZBR", "CECE", "BACX"))
    return (
        bank
        + rng.choice(("0", "1", "R"))
        + digits(rng, 3)
        + rng.choice(("CRT0", "0000", "1V00", "EUR0"))
        + digits(rng, 8)
    )


def bsn(rng: random.Random) -> str:
    while True:
        head = digits(rng, 8, rng.choice("1234567"))
        last = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return head + str(last)


def luhn(partial: str) -> str:
    total = 0
    for index, char in enumerate(reversed(partial)):
        value = int(char) * (1 if index % 2 else 2)
        total += value - 9 if value > 9 else value
    return partial + str((10 - total % 10) % 10)


def birth(rng: random.Random, first: int, last: int) -> dt.date:
    return dt.date(rng.randint(first, last), 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def belgian_register(rng: random.Random, born: dt.date, male: bool | None = None) -> str:
    """yy.mm.dd-nnn.cc: a day's count, odd for men and even for women; the check is 97 minus the first nine digits
    mod 97 (with a 2 before them from 2000 on)."""
    male = rng.random() < 0.5 if male is None else male
    head = born.strftime("%y%m%d") + f"{rng.randrange(1 if male else 2, 998, 2):03d}"
    check = 97 - int(("2" if born.year >= 2000 else "") + head) % 97
    return f"{head[:2]}.{head[2:4]}.{head[4:6]}-{head[6:9]}.{check:02d}"


def pesel(rng: random.Random, born: dt.date, female: bool | None = None) -> str:
    """Birth date (months plus 20 from 2000 on), a serial whose last digit is even for women, a check digit."""
    female = rng.random() < 0.5 if female is None else female
    month = born.month + (20 if born.year >= 2000 else 0)
    head = f"{born:%y}{month:02d}{born:%d}" + digits(rng, 3) + rng.choice("02468" if female else "13579")
    total = sum(int(d) * w for d, w in zip(head, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return head + str((10 - total % 10) % 10)


def cnp(rng: random.Random, born: dt.date, female: bool | None = None) -> str:
    """Sex and century (1 or 2, from 2000 on 5 or 6: odd for men), birth date, county, serial, check digit."""
    female = rng.random() < 0.5 if female is None else female
    sex = ("2" if female else "1") if born.year < 2000 else ("6" if female else "5")
    head = sex + born.strftime("%y%m%d") + rng.choice(("12", "40", "22", "32", "35", "04", "52")) + digits(rng, 3)
    total = sum(int(d) * int(w) for d, w in zip(head, "279146358279", strict=True)) % 11
    return head + ("1" if total == 10 else str(total))


def nric(rng: random.Random, born: dt.date) -> str:
    prefix = "T" if born.year >= 2000 else "S"
    body = (f"{born:%y}" if born.year >= 1968 else digits(rng, 2, rng.choice("01"))) + digits(rng, 5)
    total = sum(int(d) * w for d, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if prefix == "T" else 0)
    return prefix + body + "JZIHGFEDCBA"[total % 11]


def singapore_plate(rng: random.Random) -> str:
    letters = rng.choice(("SJ", "SK", "SL", "SM", "SN", "SG", "SF", "SH")) + rng.choice("ABCDEGHJKLMPRSTXYZ")
    number = str(rng.randint(1, 9999))
    padded = number.zfill(4)
    total = sum(w * (ord(c) - 64) for c, w in zip(letters[1:], (9, 4), strict=True))
    total += sum(int(d) * w for d, w in zip(padded, (5, 4, 3, 2), strict=True))
    return f"{letters} {number} {'AZYXUTSRPMLKJHGEDCB'[total % 19]}"


def number_word(value: int, lang: str) -> str:
    """0 to 99 as a word: 'vierendertig', 'tweeëntwintig', 'thirty-four'."""
    lang = "en" if lang == "en" else "nl"
    if value < 20:
        return _ONES[lang][value]
    tens, unit = divmod(value, 10)
    if not unit:
        return _TENS[lang][tens]
    if lang == "en":
        return f"{_TENS['en'][tens]}-{_ONES['en'][unit]}"
    one = _ONES["nl"][unit]
    return f"{one}{'ën' if one.endswith('e') else 'en'}{_TENS['nl'][tens]}"


def say_digits(text: str, lang: str) -> str:
    words = _ONES["en" if lang == "en" else "nl"]
    return " ".join(words[int(c)] if c.isdigit() else c for c in text)


def say_group(group: str, lang: str) -> str:
    """A pair as one number ('34', but '04' as 'nul vier' or 'oh four'), longer groups digit by digit."""
    if len(group) == 2 and group.isdigit():
        if group[0] == "0":
            return f"{'oh' if lang == 'en' else 'nul'} {say_digits(group[1], lang)}"
        return number_word(int(group), lang)
    return say_digits(group, lang)


def say_in_groups(text: str, sizes: tuple[int, ...], lang: str, sep: str = ", ") -> str:
    return sep.join(say_group(group, lang) for group in chunks(text, sizes).split(" "))


def say_year(year: int, lang: str) -> str:
    if year >= 2000:
        return f"{'two thousand' if lang == 'en' else 'tweeduizend'} {number_word(year - 2000, lang)}"
    return f"{number_word(year // 100, lang)} {number_word(year % 100, lang)}"


def say_letters(text: str, lang: str) -> str:
    table = LETTERS["en" if lang == "en" else "nl"]
    return " ".join(table.get(c, c) for c in text.upper())


class AccountsV118:
    """Bank accounts as people write them: Dutch, Belgian, German, Polish (also as the domestic NRB, without 'PL')
    and Romanian IBANs, whole, in groups of four, in lower case, or split over two lines of a form."""

    def _shown(self, number: str) -> str:
        grouped = chunks(number, (4,) * 9)
        return self.one(number, grouped, grouped, grouped, grouped.lower(), number.lower(), grouped.replace(" ", "  "))

    def _nl_number(self) -> str:
        return iban("NL", self.pick("bank_nl") + digits(self.rng, 10, self.one("0", "1", "3", "5", "8", "9")))

    def iban_nl(self, lang: str) -> str:
        return self._shown(self._nl_number())

    def iban_be(self, lang: str) -> str:
        return self._shown(iban("BE", belgian_bban(self.rng)))

    def iban_pl(self, lang: str) -> str:
        number = iban("PL", polish_bban(self.rng))
        return self.one(self._shown(number), f"{number[2:4]} {chunks(number[4:], (4,) * 6)}")

    def iban_ro(self, lang: str) -> str:
        return self._shown(iban("RO", romanian_bban(self.rng)))

    def iban_de(self, lang: str) -> str:
        bank = self.one("37040044", "50010517", "30050110", "35060190", "28550000")
        return self._shown(iban("DE", bank + digits(self.rng, 10)))

    def iban(self, lang: str) -> str:
        return self.one(*[self.iban_nl] * 6, self.iban_be, self.iban_de)(lang)

    def iban_split(self, lang: str) -> str:
        number = self._nl_number()
        return self.one(f"{chunks(number[:8], (4, 4))}\n{chunks(number[8:], (4, 4, 2))}",
                        f"{number[:4]}\n{number[4:]}")  # fmt: skip

    # ---- national numbers


class SpokenV118:
    """The slots said aloud: to a phone menu in groups ('nul zes, twaalf, vierendertig'), as its speech recognition
    writes them (digits with dots between the groups), or into a Telegram voice message written out without
    punctuation; mixed into `FillersV118`, whose number makers (`_mobile_nl`, `_card_number`, ...) they read out."""

    def phone_ivr(self, lang: str) -> str:
        """A number said in groups to a phone menu, as its speech recognition writes it down."""
        number = self.one(self._mobile_nl, self._mobile_nl, lambda: "050" + digits(self.rng, 7, "3"))()
        groups = chunks(number, (3, 3, 2, 2) if number.startswith("050") else (2, 2, 2, 2, 2)).split()
        area = "oh five oh" if lang == "en" else "nul vijftig"
        said = [area if g == "050" else say_group(g, lang) for g in groups]
        return self.one(", ".join(said), " – ".join(said), "... ".join(groups), " ".join(said))

    def phone_spoken(self, lang: str) -> str:
        """A number said into a voice message, written out without punctuation."""
        number = self._mobile_nl()
        if self.rng.random() < 0.5:
            return say_digits(number, lang)
        return f"{say_digits(number[:2], lang)} {say_in_groups(number[2:], (2, 2, 2, 2), lang, ' ')}"

    def iban_spoken(self, lang: str) -> str:
        number = self._nl_number()
        bank = self.one(number[4:8].lower(), say_letters(number[4:8], lang))
        return f"nl {number_word(int(number[2:4]), lang)} {bank} {say_digits(number[8:], lang)}"

    def bsn_ivr(self, lang: str) -> str:
        n = bsn(self.rng)
        groups = chunks(n, (3, 3, 3)).split()
        return self.one(", ".join(say_digits(g, lang) for g in groups), "... ".join(groups),
                        " – ".join(say_digits(g, lang) for g in groups))  # fmt: skip

    def bsn_spoken(self, lang: str) -> str:
        return say_digits(bsn(self.rng), lang)

    def card_ivr(self, lang: str) -> str:
        groups = self._card_groups(self._card_number())
        if self.rng.random() < 0.5:
            return ", ".join(say_digits(g, lang) for g in groups)
        return ", ".join(say_in_groups(g, (2, 2, 2), lang, " ") for g in groups)

    def dob_ivr(self, lang: str) -> str:
        born = birth(self.rng, 1938, 2004)
        day, month = say_group(f"{born.day:02d}", lang), say_group(f"{born.month:02d}", lang)
        if born.day < 10 and self.rng.random() < 0.6:
            day = number_word(born.day, lang)
        if self.rng.random() < 0.3:
            month = (MONTHS["en"] if lang == "en" else MONTHS["nl"])[born.month - 1]
        return f"{day}, {month}, {say_year(born.year, lang)}"

    def plate_spoken(self, lang: str) -> str:
        groups = self._nl_plate().split("-")
        said = [say_letters(g, lang) if g.isalpha() else say_group(g, lang) for g in groups]
        dash = " dash " if lang == "en" else " streepje "
        return self.one(", ".join(said), dash.join(said), " ".join(said))

    def customer_number_ivr(self, lang: str) -> str:
        sizes = self.one((2, 2, 2, 2), (3, 3, 3), (2, 2, 2, 2, 2), (3, 2, 2), (2, 2, 2))
        number = digits(self.rng, sum(sizes), self.one("1", "2", "3", "4", "5", "6", "7", "8"))
        return self.one(say_in_groups(number, sizes, lang), say_in_groups(number, sizes, lang, " – "),
                        chunks(number, sizes, "... "))  # fmt: skip
