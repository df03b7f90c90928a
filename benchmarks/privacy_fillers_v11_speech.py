"""How the `test_v11` split says things aloud: Dutch and English number words, the letter names a Dutch
speech-to-text engine writes, and the mistakes such an engine makes on them (IVR transcripts).

Written by someone who never saw the redaction rules. The mistakes are the ones ASR makes on digits said on a bad
line: a homophone or near word in the place of a digit ('echt' for 'acht', 'en' for 'een', 'die' for 'drie',
'to'/'for'/'ate' in English), a digit left as a numeral in the middle of words ('nul zes 1 2 drie'), and a
number word broken in two ('vier en dertig'). Nothing here is drawn from the earlier splits' helpers."""

from __future__ import annotations

import random

NL_DIGIT = "nul een twee drie vier vijf zes zeven acht negen".split()
EN_DIGIT = "zero one two three four five six seven eight nine".split()
# what the engine sometimes writes instead of the digit word
NL_MISHEARD = {
    "0": ["null", "nu"],
    "1": ["en", "één"],
    "2": ["tweede", "twe"],
    "3": ["die", "drie"],
    "4": ["vieren", "fier"],
    "5": ["fijf", "vijf"],
    "6": ["zus", "ses"],
    "7": ["seven", "zeve"],
    "8": ["echt", "ach"],
    "9": ["nege", "neegen"],
}
EN_MISHEARD = {
    "0": ["oh", "o"],
    "1": ["won", "one"],
    "2": ["to", "too"],
    "3": ["tree", "free"],
    "4": ["for", "four"],
    "5": ["fife", "hive"],
    "6": ["six", "sits"],
    "7": ["seven", "sever"],
    "8": ["ate", "eight"],
    "9": ["nine", "night"],
}
_NL_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_NL_TENS = "- - twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
_EN_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_EN_TENS = "- - twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
# how a Dutch engine writes letters said one by one ('ka', 'el', 'ha')
LETTER_SOUND_NL = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "aa bee see dee ee ef gee haa ie jee kaa el em en oo pee kuu er es tee uu vee wee iks ei zet".split(),
        strict=True,
    )
)
LETTER_SOUND_EN = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (
            "ay bee see dee ee eff gee aitch eye jay kay el em en oh pee queue are ess tee you vee double-you ex why "
            "zed"
        ).split(),
        strict=True,
    )
)


def nl_words(n: int, split: bool = False) -> str:
    """0..99 in Dutch: 34 -> 'vierendertig' ('vier en dertig' when `split`, as an engine often breaks it)."""
    if n < 10:
        return NL_DIGIT[n]
    if n < 20:
        return _NL_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if not unit:
        return _NL_TENS[tens]
    joint = "ën" if NL_DIGIT[unit].endswith("e") else "en"
    if split:
        return f"{NL_DIGIT[unit]} en {_NL_TENS[tens]}"
    return f"{NL_DIGIT[unit]}{joint}{_NL_TENS[tens]}"


def en_words(n: int) -> str:
    if n < 20:
        return _EN_SMALL[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_SMALL[unit]}" if unit else "")


def nl_year(year: int, split: bool = False) -> str:
    """1967 -> 'negentienzevenenzestig' or 'negentien zeven en zestig'; 2014 -> 'tweeduizend veertien'."""
    if year >= 2000:
        return "tweeduizend" + (f" {nl_words(year - 2000)}" if year > 2000 else "")
    low = year % 100
    if split:
        return f"negentien {nl_words(low, split=True)}" if low else "negentienhonderd"
    return "negentien" + (nl_words(low) if low else "honderd")


def en_year(year: int) -> str:
    if year >= 2000:
        return "two thousand" + (f" and {en_words(year - 2000)}" if year > 2000 else "")
    low = year % 100
    return f"nineteen {en_words(low) if low >= 10 else 'oh ' + en_words(low)}"


def asr_digits(text: str, lang: str, rng: random.Random, noise: float = 0.15, numerals: float = 0.08) -> str:
    """Digits as an IVR engine writes them: mostly words, some misheard, now and then a numeral left as is."""
    words, misheard = (NL_DIGIT, NL_MISHEARD) if lang == "nl" else (EN_DIGIT, EN_MISHEARD)
    out = []
    for char in text:
        if not char.isdigit():
            continue
        roll = rng.random()
        if roll < numerals:
            out.append(char)
        elif roll < numerals + noise:
            out.append(rng.choice(misheard[char]))
        else:
            out.append(words[int(char)])
    return " ".join(out)


def asr_pairs(text: str, rng: random.Random) -> str:
    """Dutch digits said in pairs ('zes twaalf vier en dertig'), as callers say a number after '06'."""
    out = []
    for index in range(0, len(text) - 1, 2):
        pair = text[index : index + 2]
        if pair[0] == "0":
            out.append(f"nul {NL_DIGIT[int(pair[1])]}")
        else:
            out.append(nl_words(int(pair), split=rng.random() < 0.35))
    if len(text) % 2:
        out.append(NL_DIGIT[int(text[-1])])
    return " ".join(out)


def letters_said(letters: str, lang: str) -> str:
    table = LETTER_SOUND_NL if lang == "nl" else LETTER_SOUND_EN
    return " ".join(table[char] for char in letters.upper())
