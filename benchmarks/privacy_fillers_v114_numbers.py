"""Check digits and spoken forms of the held-out split test_v114: IBAN (ISO 13616, mod 97, with the Belgian account's
own mod 97), the Dutch BSN's eleven test, the Belgian national register number, the Irish PPS number's check letter,
Pakistan's CNIC layout, Luhn for payment cards, and Dutch and English numbers, years and dates as people say them
in video calls or write them on forms, in Brussels also with French month names."""

from __future__ import annotations

import random
import unicodedata

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}
_SHORT_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
_SMALL = {
    "nl": "nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien".split(),
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split(),
}
_DECADES = {
    "nl": "- - twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(),
    "en": "- - twenty thirty forty fifty sixty seventy eighty ninety".split(),
}
_DIGIT = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(), "en": _SMALL["en"][:10]}
_ORDINAL_EN = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
# Dates of birth, "|" between layouts: {d} {m} {y}, {yy} the year's last two digits, {mon} the month and {mo} its
# short form, {th} the English suffix, {dw} the day and {yw} the year in words, {nth} and {mth} day and month ordinals.
DOB_LAYOUTS = {
    "nl": "{d:02d}-{m:02d}-{y}|{d}-{m}-{y}|{d} {mon} {y}|{d:02d}/{m:02d}/{y}|{d}.{m}.{y}|{d} {mo} {y}|"
    "{d:02d}{m:02d}{y}|{d:02d}-{m:02d}-'{yy}",
    "en": "{d:02d}/{m:02d}/{y}|{d}{th} {mon} {y}|{mon} {d}, {y}|{d:02d}-{mo}-{y}|{d} {mo}. {y}|{d}{th} of {mon}, {y}|"
    "{d}/{m}/{y}|{d:02d}.{m:02d}.{y}",
    "be": "{d:02d}/{m:02d}/{y}|{d}/{m}/{y}|{d} {mon} {y}|{d:02d}.{m:02d}.{y}",
    "east": "{y}.{m:02d}.{d:02d}|{y}/{m:02d}/{d:02d}|{y}-{m:02d}-{d:02d}|{y}.{m}.{d}",
    "iso": "{y}-{m:02d}-{d:02d}",
    "card": "{d}-{m}-{y}|{d}/{m} {y}|{d:02d} {m:02d} {y}|{d}-{m}-'{yy}|{d} {mo}. {y}",
    "spoken_nl": "{dw} {mon} {yw}|de {nth} van de {mth}, {y}|{d} {mon}, eh, {yw}",
    "spoken_en": "the {nth} of {mon}, {yw}|{mon} {nth} {y}|{dw} {mon} {yw}",
}
NL_AREAS = ("043", "077", "046", "020", "010", "0515", "0513", "0299", "050", "076")
# Phone numbers abroad by country code: the national number's first digits and its length.
ABROAD = {"212": ("6", 9), "90": ("53", 10), "597": ("8", 7), "48": ("5", 9), "234": ("80", 10), "49": ("15", 11)}
# Phone layouts per country, "|" between them; the parts are named by the filler method that fills them in.
PHONE_LAYOUTS = {
    "nl06": "06{r}|06-{r}|06 {p}|+31 6 {q}|+316{r}|06 {q}|(06) {r}|0031 6 {r}",
    "nl": "{a}-{n}|{a} {g}|({a}) {n}|+31 {a1} {n}",
    "be04": "0{g}|0{h}/{d}|+32 {g}|0032 {n}|0{n}|+32{n}",
    "be": "0{a} {g}|0{a}/{d}|+32 {a} {g}",
    "aw": "+297 {a} {b}|(297) {a}-{b}|{a}-{b}|00297 {n}|+297{n}",
    "cw": "+599 9 {a} {b}|+5999 {a}-{b}|(5999) {n}|9-{n}|00599 9 {n}",
    "pk": "+92 {a} {b}|0{a}-{b}|0{n}|92{n}|+92-42-{land}|0{a} {c}",
    "ug": "+256 {a} {b}|0{a} {c}|+256 (0) {n}|256{n}|0{n}|0414 {land}",
    "ie": "0{a} {c}|+353 {a} {c}|0{a}-{b}|0{n}|(01) {land}|+353 1 {land}|(021) {land}",
    "kr": "0{h}-{a}-{b}|+82 {h} {a} {b}|+82-{h}-{a}-{b}|0{h}{a}{b}|+82 (0){h}-{a}-{b}",
    "jp": "0{h}-{a}-{b}|+81 {h} {a} {b}|+81-{h}-{a}-{b}",
    "abroad": "+{c} {g}|00{c} {n}|+{c}{n}",
    "card": "06 - {q}|06/{r}|06 {p}|011 {be}|089 {be}|0475/{m}|0486/{m}",
}


def ascii_only(text: str) -> str:
    """A name as it goes into an e-mail address: accents dropped, Polish and Turkish letters made plain."""
    text = text.replace("ł", "l").replace("ı", "i").replace("Ł", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def draw_digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def chunk(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """`text` in pieces of `sizes`; whatever is left over becomes one more piece."""
    pieces, start = [], 0
    for size in sizes:
        if start >= len(text):
            break
        pieces.append(text[start : start + size])
        start += size
    if start < len(text):
        pieces.append(text[start:])
    return sep.join(pieces)


def _remainder97(text: str) -> int:
    value = 0
    for char in text:
        for digit in str(int(char, 36)):
            value = (value * 10 + int(digit)) % 97
    return value


def iban_of(country: str, bban: str) -> str:
    """The IBAN whose check digits make country, check and BBAN moved round come to 1 modulo 97."""
    return f"{country}{98 - _remainder97(bban + country + '00'):02d}{bban}"


def iban_ok(text: str) -> bool:
    plain = "".join(char for char in text.upper() if char.isalnum())
    return _remainder97(plain[4:] + plain[:4]) == 1


def belgian_bban(rng: random.Random) -> str:
    head = rng.choice(("001", "068", "063", "083", "143", "335", "363", "651", "735", "751", "973")) + draw_digits(
        rng, 7
    )
    return head + f"{int(head) % 97 or 97:02d}"


def bsn_of(rng: random.Random) -> str:
    """Nine digits whose weighted sum (9 down to 2, and -1 for the last) is a multiple of 11."""
    while True:
        head = [rng.randrange(10) for _ in range(8)]
        if head[0] == 0 and head[1] == 0:
            continue
        last = sum(digit * weight for digit, weight in zip(head, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return "".join(map(str, head)) + str(last)


def bsn_ok(text: str) -> bool:
    plain = [int(char) for char in text if char.isdigit()]
    plain = [0] * (9 - len(plain)) + plain
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(plain) == 9 and sum(d * w for d, w in zip(plain, weights, strict=True)) % 11 == 0


def register_be(rng: random.Random, day: int, month: int, year: int) -> str:
    """Belgian national register number YY.MM.DD-NNN.CC: CC is 97 minus the rest modulo 97 (a 2 in front from 2000)."""
    body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 998):03d}"
    check = 97 - int(("2" if year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def register_be_ok(text: str) -> bool:
    plain = "".join(char for char in text if char.isdigit())
    return int(plain[9:]) in (97 - int(plain[:9]) % 97, 97 - int("2" + plain[:9]) % 97)


def pps_of(rng: random.Random) -> str:
    """An Irish PPS number: seven digits, a check letter (weights 8..2, the second letter times 9, mod 23), and since
    2013 often a second letter A."""
    body, second = draw_digits(rng, 7), rng.choice(("", "", "A", "A", "W"))
    total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
    total += (0 if second in ("", "W") else ord(second) - 64) * 9
    rest = total % 23
    return body + ("W" if rest == 0 else chr(64 + rest)) + second


def pps_ok(text: str) -> bool:
    body, letters = text[:7], text[7:]
    second = letters[1:2]
    total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
    total += (0 if second in ("", "W") else ord(second) - 64) * 9
    return letters[0] == ("W" if total % 23 == 0 else chr(64 + total % 23))


def cnic_of(rng: random.Random) -> str:
    """A Pakistani CNIC: district code, seven digits, and an odd (men) or even (women) last digit."""
    district = rng.choice(("35202", "35201", "61101", "37405", "33100", "42101", "17301"))
    return f"{district}-{draw_digits(rng, 7)}-{rng.randint(1, 9)}"


def luhn_of(head: str) -> str:
    """`head` and the digit that makes every second digit from the right doubled sum to a multiple of 10."""
    total = 0
    for position, char in enumerate(reversed(head), start=1):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return head + str(-total % 10)


def luhn_ok(text: str) -> bool:
    plain = "".join(char for char in text if char.isdigit())
    return luhn_of(plain[:-1]) == plain


def number_words(number: int, lang: str) -> str:
    if number < 20:
        return _SMALL[lang][number]
    tens, ones = divmod(number, 10)
    if ones == 0:
        return _DECADES[lang][tens]
    if lang == "en":
        return f"{_DECADES['en'][tens]}-{_SMALL['en'][ones]}"
    unit = _SMALL["nl"][ones].replace("é", "e")
    return f"{unit}{'ën' if unit.endswith('e') else 'en'}{_DECADES['nl'][tens]}"


def year_said(year: int, lang: str) -> str:
    high, low = divmod(year, 100)
    if lang == "nl":
        if high == 20:
            return "tweeduizend" + (number_words(low, "nl") if low else "")
        return f"{number_words(high, 'nl')}{number_words(low, 'nl')}" if low else f"{number_words(high, 'nl')}honderd"
    if high == 20:
        return "two thousand" + (f" and {number_words(low, 'en')}" if low else "")
    return f"{number_words(high, 'en')} {'oh ' if low < 10 else ''}{number_words(low, 'en')}"


def ordinal(day: int, lang: str) -> str:
    if lang == "nl":
        word = number_words(day, "nl").replace("é", "e")
        return {1: "eerste", 3: "derde", 8: "achtste"}.get(day, word + ("ste" if day > 19 else "de"))
    if day in _ORDINAL_EN:
        return _ORDINAL_EN[day]
    if day > 20 and day % 10:
        return f"{_DECADES['en'][day // 10]}-{ordinal(day % 10, 'en')}"
    word = number_words(day, "en")
    return word[:-1] + "ieth" if word.endswith("y") else word + "th"


def read_out(number: str, lang: str, rng: random.Random) -> str:
    """Digits read out one at a time, in twos ('vierenzestig'), or with 'dubbel'/'double' for a repeated digit."""
    names = _DIGIT[lang]
    how = rng.choice(("one", "one", "two", "double"))
    if how == "two" and len(number) % 2 == 0:
        pairs = [number[i : i + 2] for i in range(0, len(number), 2)]
        said = [f"{names[0]} {names[int(p[1])]}" if p[0] == "0" else number_words(int(p), lang) for p in pairs]
        return rng.choice((" ", ", ")).join(said)
    out, index = [], 0
    while index < len(number):
        if how == "double" and index + 1 < len(number) and number[index] == number[index + 1]:
            out.append(f"{'dubbel' if lang == 'nl' else 'double'} {names[int(number[index])]}")
            index += 2
        else:
            out.append(names[int(number[index])])
            index += 1
    return " ".join(out)


def write_date(pattern: str, day: int, month: int, year: int, lang: str) -> str:
    """Fill one of the `DOB_LAYOUTS`; `lang` names the months ("nl", "en" or "fr"; French dates are said in Dutch)."""
    name = MONTHS[lang][month - 1]
    short = _SHORT_NL[month - 1] if lang == "nl" else name[:3]
    suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    said = "en" if lang == "en" else "nl"
    return pattern.format(
        d=day, m=month, y=year, yy=f"{year % 100:02d}", mon=name, mo=short, th=suffix, dw=number_words(day, said),
        yw=year_said(year, said), nth=ordinal(day, said), mth=ordinal(month, said),
    )  # fmt: skip
