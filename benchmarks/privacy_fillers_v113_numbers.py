"""Check digits and keyed, spoken and written numbers of the held-out split test_v113: IBAN mod 97 (the Dutch
account behind it passing the old eleven test), the BSN eleven test, the Belgian national register number, Luhn
for payment cards, digits as Frisian, Dutch and English callers leave them on a voicemail or key them into an IVR,
and dates of birth in Dutch, Frisian, Welsh, English, Filipino and Chinese writing."""

from __future__ import annotations

import random

SAID = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fy": "nul ien twa trije fjouwer fiif seis sân acht njoggen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
_NL_SMALL = (
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
    "achttien negentien"
).split()
_NL_TENS = ",,twintig,dertig,veertig,vijftig,zestig,zeventig,tachtig,negentig".split(",")
_EN_SMALL = (
    "oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen"
).split()
_EN_TENS = ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(",")

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fy": "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber".split(),
    "en": "January February March April May June July August September October November December".split(),
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split(),
}
SHORT = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
# Dates of birth: {d} day, {m} month, {y} year, {yy} its last two digits, {mon} the month's name, {mo} its short
# name, {th} the English ordinal suffix.
BIRTH_NL = (
    "{d:02d}-{m:02d}-{y}|{d}-{m}-{y}|{d} {mon} {y}|{d:02d}.{m:02d}.{y}|{d}/{m}/{y}|{d:02d}{m:02d}{y}|"
    "{d} {mo}. {y}|{d}-{m}-'{yy}"
).split("|")
BIRTH_FY = "{d} {mon} {y}|{d}-{m}-{y}|{d:02d}-{m:02d}-{y}".split("|")
BIRTH_BE = "{d:02d}/{m:02d}/{y}|{d}/{m}/{y}|{d} {mon} {y}".split("|")
BIRTH_EN = "{d}{th} {mon} {y}|{d:02d}/{m:02d}/{y}|{d} {mo} {y}|{d}.{m}.{y}|{d}{th} of {mon} {y}".split("|")
BIRTH_PH = "{mon} {d}, {y}|{m:02d}/{d:02d}/{y}|{mo}. {d}, {y}|{m}-{d}-{y}|{mon} {d} {y}".split("|")
BIRTH_CY = "{d} {mon} {y}|{d} {mon} {y}|{d:02d}/{m:02d}/{y}".split("|")
BIRTH_CN = "{y}年{m}月{d}日|{y}-{m:02d}-{d:02d}|{y}.{m}.{d}|{y}/{m:02d}/{d:02d}".split("|")
# Writers' own shapes with their month names and the years of birth their templates ask for.
BIRTH_KINDS = {
    "fy": (BIRTH_FY, "fy", (1928, 1992)),
    "be": (BIRTH_BE, "nl", (1940, 2007)),
    "cy": (BIRTH_CY, "cy", (1935, 2007)),
    "ph": (BIRTH_PH, "en", (1935, 2007)),
    "cn": (BIRTH_CN, "en", (1960, 2006)),
    "cn_senior": (BIRTH_CN, "en", (1930, 1962)),
    "ph_senior": (BIRTH_PH, "en", (1930, 1960)),
    "cy_senior": (BIRTH_CY, "cy", (1930, 1965)),
    "child_iso": (["{y}-{m:02d}-{d:02d}"], "en", (2009, 2021)),
}

# Area codes of Friesland and Zeeland, and a few big cities.
AREAS = ("058", "0512", "0513", "0515", "0517", "0519", "0118", "0113", "0111", "0114", "0115", "020", "010", "070")
MOBILE = "06{n}|06-{n}|06 {p}|06-{h}|+31 6 {h}|+316{n}|0031 6{n}|+31 (0)6 {p}|06 {t}".split("|")
LAND = "{a}-{l}|{a} {l}|({a}) {l}|{a}-{g}|+31 {a1} {l}|{a}{l}".split("|")
# Foreign phones: country code, the national number's first digits, its length and the written shapes ({c} the
# code, {n} the national number, {g} its groups, {z} it with a trunk zero).
FOREIGN = {
    "gh": ("233", ("24", "54", "55", "20", "27", "50"), 9, (2, 3, 4), "+{c} {g}|0{n}|0{g}|+{c}{n}|00{c} {g}"),
    "ph": ("63", ("917", "918", "927", "939", "995"), 10, (3, 3, 4), "+{c} {g}|0{n}|0{h}|+{c}{n}|+{c}-{h}"),
    "cy": ("44", ("7700", "7812", "7966", "7480"), 10, (4, 6), "+{c} {g}|0{n}|0{g}|+{c} (0){g}"),
    "cn": ("86", ("138", "139", "186", "152", "177"), 11, (3, 4, 4), "+{c} {g}|{n}|{h}|0086 {n}|+{c}-{h}"),
    "be": ("32", ("470", "472", "475", "484", "495"), 9, (3, 2, 2, 2), "+{c} {g}|0{n}|0{g}|0{s}"),
    "pl": ("48", ("501", "602", "691", "512", "784"), 9, (3, 3, 3), "+{c} {g}|+{c}{n}|00{c} {g}"),
    "tr": ("90", ("532", "505", "542", "555"), 10, (3, 3, 2, 2), "+{c} {g}|00{c} {n}|0{g}"),
    "ma": ("212", ("61", "66", "67", "70"), 9, (1, 2, 2, 2, 2), "+{c} {g}|00{c} {n}|0{g}"),
    "sr": ("597", ("81", "85", "87", "88"), 7, (3, 4), "+{c} {g}|00{c} {n}|+{c}-{h}"),
    "ng": ("234", ("803", "806", "813", "905", "706"), 10, (3, 3, 4), "+{c} {g}|0{n}|0{h}|+{c}{n}"),
    "in": ("91", ("98", "99", "97", "88"), 10, (5, 5), "+{c} {g}|+{c}-{n}|0{n}"),
}
WELSH_LAND = ("029 20", "01970 6", "01248 3", "01792 4", "01267 2", "01286 6")

BSN_SHAPES = (((9,), ""), ((9,), ""), ((3, 3, 3), " "), ((3, 3, 3), "."), ((4, 2, 3), "."), ((3, 3, 3), "-"))


def draw(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def cut(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """`text` in pieces of `sizes`; what is left over becomes one last piece."""
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
    rest = 0
    for char in text.upper():
        for digit in str(int(char, 36)):
            rest = (rest * 10 + int(digit)) % 97
    return rest


def with_check(country: str, bban: str) -> str:
    return f"{country}{98 - mod97(bban + country + '00'):02d}{bban}"


def iban_ok(text: str) -> bool:
    plain = "".join(char for char in text if char.isalnum()).upper()
    return len(plain) > 8 and mod97(plain[4:] + plain[:4]) == 1


def nl_account(rng: random.Random) -> str:
    """Ten digits whose weighted sum (10 down to 1) is a multiple of eleven, as pre-IBAN accounts were."""
    while True:
        body = str(rng.randint(1, 9)) + draw(rng, 8)
        last = -sum((10 - i) * int(c) for i, c in enumerate(body)) % 11
        if last < 10:
            return body + str(last)


def be_account(rng: random.Random) -> str:
    head = rng.choice(("000", "001", "063", "068", "083", "103", "143", "363", "635", "651", "735", "751")) + draw(
        rng, 7
    )
    return head + f"{int(head) % 97 or 97:02d}"


def new_bsn(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + draw(rng, 7)
        check = sum(w * int(c) for w, c in zip(range(9, 1, -1), body, strict=True)) % 11
        if check < 10:
            return body + str(check)


def bsn_ok(text: str) -> bool:
    plain = "".join(char for char in text if char.isdigit()).rjust(9, "0")
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(plain) == 9 and sum(w * int(c) for w, c in zip(weights, plain, strict=True)) % 11 == 0


def rijksregister(rng: random.Random, year: int, month: int, day: int) -> str:
    """YY.MM.DD-SSS.CC: 97 minus the first nine digits modulo 97 (with a 2 in front for births from 2000)."""
    body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 998):03d}"
    check = 97 - int(("2" if year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def luhn_complete(head: str) -> str:
    total = 0
    for index, char in enumerate(reversed(head)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return head + str(-total % 10)


def luhn_ok(text: str) -> bool:
    plain = "".join(char for char in text if char.isdigit())
    return len(plain) > 12 and luhn_complete(plain[:-1]) == plain


def pair_words(number: int, lang: str) -> str:
    """0..99 as Dutch or English words, 'zevenenzestig', 'sixty-seven'."""
    small, tens = (_NL_SMALL, _NL_TENS) if lang == "nl" else (_EN_SMALL, _EN_TENS)
    if number < 20:
        return small[number]
    ten, one = divmod(number, 10)
    if not one:
        return tens[ten]
    if lang != "nl":
        return f"{tens[ten]}-{small[one]}"
    return f"{small[one]}{'ën' if small[one].endswith('e') else 'en'}{tens[ten]}"


_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def en_ordinal(day: int) -> str:
    """1..29 as 'first', 'twenty-third'."""
    return _ORDINALS[day - 1] if day <= 20 else f"twenty-{_ORDINALS[day - 21]}"


def year_said(year: int, lang: str, rng: random.Random) -> str:
    """1935..2008 as callers say it: 'nineteen eighty-seven', 'negentienhonderdzevenentachtig', 'tweeduizendzes'."""
    lead, rest = divmod(year, 100)
    if lang == "en":
        if lead == 19:
            return f"nineteen {pair_words(rest, 'en')}"
        return "two thousand" + (f" and {pair_words(rest, 'en')}" if rest else "")
    if lead == 19:
        return f"negentien{rng.choice((' ', 'honderd'))}{pair_words(rest, 'nl')}"
    return "tweeduizend" + (pair_words(rest, "nl") if rest else "")


def read_out(number: str, lang: str, rng: random.Random) -> str:
    """Digits as a caller says them: one by one, or (Dutch and English) partly in pairs."""
    said = SAID.get(lang, SAID["nl"])
    if lang == "fy" or rng.random() < 0.5:
        return " ".join(said[int(c)] for c in number)
    head, rest = number[:2], number[2:]
    parts = [" ".join(said[int(c)] for c in head)]
    parts += [pair_words(int(rest[i : i + 2]), lang) if len(rest[i : i + 2]) == 2 else said[int(rest[i])]
              for i in range(0, len(rest), 2)]  # fmt: skip
    return " ".join(parts)


def keyed(number: str, rng: random.Random) -> str:
    """Keypad presses as an IVR log shows them."""
    return rng.choice((number, number, " ".join(number), ",".join(number), "-".join(number)))


def th(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def birth(shape: str, day: int, month: int, year: int, months: str) -> str:
    """A date of birth in `shape`, month names from `MONTHS[months]`."""
    short, full = SHORT["nl" if months in ("nl", "fy") else "en"][month - 1], MONTHS[months][month - 1]
    text = shape.format(d=day, m=month, y=year, yy=f"{year % 100:02d}", mon=full, mo=short, th=th(day))
    return text.replace(f"{short}.", short) if short == full else text  # 'mei', 'May': no full stop
