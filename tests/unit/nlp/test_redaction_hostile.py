"""Redaction stays linear on hostile 1 MB strings aimed at the patterns for names, spelled-out data, cues,
dates and plates: a pattern that rescans from every position would take minutes here, not seconds, and one that
backtracks exponentially (a 33-letter Dutch word before a colon did) would never finish."""

import pytest

from nlp.redaction import redact

MB = 1_000_000
HOSTILE = {
    "initials": "A." * (MB // 2),
    "at signs": "@a" * (MB // 2),
    "spoken at": "a at " * (MB // 5),
    "spoken dots": "a punt " * (MB // 7),
    "number words": "nul " * (MB // 4),
    "particles": "Van de " * (MB // 7),
    "titles": "Mr " * (MB // 3),
    "cue without value": "klantnummer is " * (MB // 15),
    "birth cue": "geboren op " * (MB // 11),
    "date pieces": "12-03-" * (MB // 6),
    "plus signs": "+31 " * (MB // 4),
    "street words": "Kerkstraat " * (MB // 11),
    "sign-offs": "groet,\n" * (MB // 7),
    "letters and digits": "ab12" * (MB // 4),
    "dotted pairs": "06.12." * (MB // 6),
    "spaced plate after cue": "kenteken 12 AB " * (MB // 15),
    "streets before postcodes": "Lange Poten 12 " * (MB // 15),
    "value before its cue": "12 34 " * (MB // 6) + "als referentie",
    "abbreviated initials": "Th. " * (MB // 4),
    "weak cues": "hi im jan " * (MB // 10),
    "house numbers before postcodes": "a 1, " * (MB // 5) + "1234 AB",
    "bracketed at": "a [at] " * (MB // 7),
    "flats": "Flat 1, " * (MB // 8),
    "streets after a preposition": "naar Abc 1 " * (MB // 11),
    "chat speakers": "[14:02] Jan " * (MB // 12),
    "salutations": "Beste Jan " * (MB // 10),
    "dotted digits": "4111." * (MB // 5),
    "spoken birth dates": "geboren twaalf maart " * (MB // 21),
    "capitals after a cue": "naam: JAN " * (MB // 10),
    "vehicle plates": "auto AB12 " * (MB // 10),
    # found by regexploit and a fuzzer (2026-11-29): each of these stalled a worker for hours, most at 40 characters
    "long words before a colon": "Arbeidsongeschiktheidsverzekering is duur: 06\n" * (MB // 46),
    "a long word before a speaker's colon": "\n" + "Be" * (MB // 2) + " x: hoi",
    "an account after a profile cue": "profiel B" + "e" * MB + "@",
    "an account after a review's stars": "★★★ " + "a" * MB + " x:",
    "blanks after a birth cue": "birthday." + " " * MB + "x",
    "colons after a birth cue": "berne" + ":" * MB,
    "blanks after a plate cue": "reg." + " " * MB + "x",
    "blanks after a number's cue": "klantnummer." + " " * MB + "12",
    "marks after a date's answer": "geb. " + " \n" * (MB // 2),
    "blanks after a BSN cue": "bsn" + " " * MB + "1",
    "blanks after a short birth cue": "geb" + "_" * MB,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_megabyte_is_redacted_in_linear_time(name):
    text = HOSTILE[name]
    result = redact(text)
    assert len(result.text) <= len(text) * 4  # it finished; what it redacted in such noise does not matter
