"""Who speaks, where a chat export writes its speaker: Teams' "[3:38 PM] Okello, Winnie" (surname, comma, given name
on the line after the time stamp), LINE's "08:58<TAB>WATANABE Aoi<TAB>…" and KakaoTalk's "[LEE Doyoon] [오전 10:05]
…", and a message signed in the same order, the surname in capitals: "… (WhatsApp). LUBEGA Grace". The position says
it is a person where the words alone would not ("Aoi", "Doyoon" are in no list); a firm that speaks ("Wasservice",
"Stomerij Wit") is written otherwise and left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import not_names, not_person_words, trade_words
from nlp.redaction.rules import Span

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_SURNAME_FIRST = r"[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?(?:[ \t][A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+){1,2}"  # "WATANABE Aoi"
_TEAMS = re.compile(rf"(?m)^\[[^\]\n]{{3,24}}\][ \t]+(?P<v>{_WORD},[ \t]+{_WORD}(?:[ \t]+{_WORD})?)[ \t]*(?::|$)")
_LINE = re.compile(rf"(?m)^\d{{1,2}}:\d\d\t(?P<v>{_SURNAME_FIRST})\t")
_KAKAO = re.compile(rf"(?m)^\[(?P<v>{_SURNAME_FIRST})\][ \t]+\[[^\]\n]{{0,12}}\d{{1,2}}:\d\d[^\]\n]{{0,6}}\]")
_SIGNED = re.compile(rf"(?:^|(?<=[.!?)][ \t])|(?<=\n))(?P<v>{_SURNAME_FIRST})[ \t]*[.!]?[ \t]*\Z")


def chat_speaker_spans(text: str) -> Iterator[Span]:
    """The speakers and signatures above whose words are no listed ordinary words, firms' or languages'."""
    matches = [*_SIGNED.finditer(text, max(0, len(text) - 60))]
    if "[" in text:
        matches += [*_TEAMS.finditer(text), *_KAKAO.finditer(text)]
    if "\t" in text:
        matches += _LINE.finditer(text)
    for match in matches:
        words = re.findall(r"[^\W\d_]+", match.group("v").lower())
        if not any(word in not_names() or word in not_person_words() or word in trade_words()[0] for word in words):
            yield match.start("v"), match.end("v"), "NAME"
