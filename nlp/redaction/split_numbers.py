"""Account, card and BSN numbers (and e-mail addresses) given in two pieces: over two chat messages or turns,
across a broken PDF line, or with "hang on" between ("NL58 ABNA 5370" / "3809 45"; "4096 3759... hang on...
3482 7968"). The pieces are taken only when joined they pass the number's own check (mod-97, Luhn, the
11-proef), after a word that says which number it is; with only a line break between them they are one span
("BSN 3084\n44322", "BSN: 539 279\n961"). Read aloud in groups with a pause, a comma or a dash between them
("5429 ... 0489 ... 7093 ... 4650", "3712, 067866, 17757", "530 - 191 - 258"), a card or BSN is one span when
its digits pass the check."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.checks import elfproef_ok, iban_ok, luhn_ok
from nlp.redaction.rules import CHAT_TIME, Span, plain_lower

_GAP = 80  # how far the second piece may be from the first
_IBAN_HEAD = re.compile(r"(?i)(?<![\w])[A-Z]{2}[ \t]?\d{2}[ \t]?[A-Z]{4}(?:[ \t]?\d{2,4}){0,3}(?![\w])")
_CARD_HEAD = re.compile(r"(?<![\d.,/-])\d{4}(?:[ .-]?\d{4})?(?![\d]|[.,/-]\d)")
_BSN_HEAD = re.compile(r"(?<![\d.,/-])\d{2,8}(?:[ .]\d{1,6}){0,2}-?(?![\d]|[ .]\d)")  # "539 279" / "961"
_NEXT_DIGITS = re.compile(r"\d(?:[ .-]?\d){1,11}")
_CARD_CUE = re.compile(r"(?i)kaart|card|pas\b|pasnummer|creditcard|visa|mastercard|amex")
_CHAT_TIME = re.compile(CHAT_TIME)
_EMAIL_PIECES = re.compile(
    rf"(?<![\w.+-])(?P<a>[\w.+-]+@)[ \t]*\n[ \t]*(?:{CHAT_TIME}[ \t]*)?(?:[\w .-]{{1,20}}:[ \t]*)?"
    r"(?P<b>[\w-]+(?:\.[\w-]+)+)(?![\w@])"
)
_BSN_CUE = re.compile(r"(?i)bsn|burgerservice|sofi")
# The cues' words, looked up with `in` where that is exact (see `plain_lower`): the case-insensitive patterns
# scan slowly. "card" stands for "creditcard" and "mastercard" too.
_CARD_WORDS, _BSN_WORDS = ("kaart", "card", "visa", "amex"), ("bsn", "burgerservice", "sofi")
_PAS = re.compile(r"pas\b|pasnummer")  # a literal start: a fast scan


def _cued(lower: str) -> tuple[bool, bool]:
    """Whether `lower` holds a card cue and a BSN cue."""
    if not plain_lower(lower):
        return _CARD_CUE.search(lower) is not None, _BSN_CUE.search(lower) is not None
    card = any(word in lower for word in _CARD_WORDS) or _PAS.search(lower) is not None
    return card, any(word in lower for word in _BSN_WORDS)


def split_number_spans(text: str, lower: str) -> Iterator[Span]:
    if "\n" not in text and "..." not in text and "…" not in text and "'" not in text:
        return  # a number is split by a line, a pause or a quote
    yield from _pieces(text, _IBAN_HEAD, "IBAN", lambda joined: 15 <= len(joined) <= 34 and iban_ok(joined))
    card, bsn = _cued(lower)
    if card:
        yield from _pieces(
            text, _CARD_HEAD, "CARD", lambda joined: 13 <= len(joined) <= 19 and luhn_ok(joined), _CARD_CUE
        )
    if bsn:
        yield from _pieces(text, _BSN_HEAD, "BSN", lambda joined: len(joined) == 9 and elfproef_ok(joined), _BSN_CUE)


def split_email_spans(text: str) -> Iterator[Span]:
    """An e-mail address sent in two messages: "ivo.k@" / "[16:20] Klant: ziggo.nl" (one span over a bare line
    break)."""
    if "@" not in text or "\n" not in text:
        return
    for match in _EMAIL_PIECES.finditer(text):
        if text[match.end("a") : match.start("b")].isspace():
            yield match.start("a"), match.end("b"), "EMAIL"
        else:
            yield match.start("a"), match.end("a"), "EMAIL"
            yield match.start("b"), match.end("b"), "EMAIL"


def _pieces(text: str, head: re.Pattern[str], kind: str, valid, cue: re.Pattern[str] | None = None) -> Iterator[Span]:
    for first in head.finditer(text):
        if cue is not None and cue.search(text, max(0, first.start() - 100), first.start()) is None:
            continue
        if valid(re.sub(r"[^0-9A-Za-z]", "", first.group(0))):
            continue  # whole already: a digit or two after it may pass the check by chance ("… 53\nTel: 06")
        second = _NEXT_DIGITS.search(text, first.end(), first.end() + _GAP)
        while second is not None and (stamp := _CHAT_TIME.match(text, second.start() - 1)) is not None:
            second = _NEXT_DIGITS.search(text, stamp.end(), first.end() + _GAP)  # past "[16:31]"
        if second is None or not _between_ok(text[first.end() : second.start()]):
            continue
        if not valid(re.sub(r"[^0-9A-Za-z]", "", first.group(0) + second.group(0))):
            continue
        if not text[first.end() : second.start()].strip():
            yield first.start(), second.end(), kind  # only a line break between: one number, the break inside it
        else:
            yield first.start(), first.end() - (first.group(0).endswith("-")), kind
            yield second.start(), second.end(), kind


def _between_ok(between: str) -> bool:
    """Only a break between the pieces: a new line, a pause or a quote, and no other number (a chat message's
    time stamp, "[16:31] Klant:", is no number)."""
    between = _CHAT_TIME.sub("", between)
    return ("\n" in between or "..." in between or "…" in between or "'" in between) and not any(
        character.isdigit() for character in between
    )


_GROUPED = re.compile(r"(?<![\d.,/-])\d{2,6}(?:[ \t]*(?:\.\.\.|…|,|-)[ \t]*\d{2,6}){1,5}(?![\d]|[.,]\d)")


def grouped_number_spans(text: str, lower: str) -> Iterator[Span]:
    """A card or BSN read out in groups, after a word that says which it is (within 100 characters)."""
    card, bsn = _cued(lower)
    if not (card or bsn):
        return
    for match in _GROUPED.finditer(text):
        joined = re.sub(r"\D", "", match.group(0))
        before = lower[max(0, match.start() - 100) : match.start()]
        if card and 13 <= len(joined) <= 19 and luhn_ok(joined) and _CARD_CUE.search(before):
            yield match.start(), match.end(), "CARD"
        elif bsn and len(joined) == 9 and elfproef_ok(joined) and _BSN_CUE.search(before):
            yield match.start(), match.end(), "BSN"
