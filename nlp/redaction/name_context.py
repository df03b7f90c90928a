"""What the words around a name-shaped chain say about it: personal data right after it ("Ruud Kok, Groenelaan
69"), a speaker introducing themselves ("Katja hier"), a message signed with it ("— Anton", "… in de app.
liesbeth", "Kayla Delgado wrote:")."""

from __future__ import annotations

import re

from nlp.redaction.name_tokens import Tokens

# Signs that the words before were a person: "Kayla Delgado wrote:", "Thijmen (onze jongste)".
_WROTE = re.compile(r"[ \t]*(?:<[^<>\n]{3,80}>[ \t]*)?(?:wrote|schreef|heeft geschreven)\b")
# Signed at the end with a dash, as reviews are: "… sinds de update.' — Anton".
_DASH_BEFORE = re.compile(r"[—–][ \t]*$")
# …or with nothing but the name after the last sentence: "… of ik zet het op Twitter. Serhii", "… in de app. liesbeth".
_SENTENCE_BEFORE = re.compile(r"[.!?][ \t]+$|\n[ \t]*$")
_ONLY_END = re.compile(r"[ \t]*$")  # not "Help!", "Schandalig.", "Aangepast."
_TEXT_END = re.compile(r"[ \t]*(?:,[^\n]{0,40})?(?:\n|$)")
# Before personal data on the same or next line, a name shape is a name: "Ruud Kok, Groenelaan 69, …".
_BULLET = re.compile(r"(?:^|\n)[ \t]*[-*•][ \t]*$")
_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:bij|met|aan|naar|voor|with|to|for)[ \t]+$")
_BEFORE_DATA = re.compile(r"(?:,[ \t]*\n?|[ \t]*\n|[ \t]*<|[ \t]+\()[ \t]*")
# Introducing oneself at the start of a turn or after a greeting: "hoi, Katja hier", "Chayenne Verschoor here, …".
_HERE = re.compile(r"[ \t]+(?:hier|here)\b(?![ \t]+(?:is|are|zijn|staat|we|you|in|op|at|the|de|het))")
_TURN_START = re.compile(
    r"(?i)(?:^|\n|[.!?:][ \t]|(?:hoi|hallo|hey|hi|hello|dag|goedemorgen|goedemiddag|goedenavond)[ \t]*[,!]?[ \t])"
    r"[ \t]*$"
)


def wrote_after(tokens: Tokens, end: int) -> bool:
    return tokens.followed_by(end, _WROTE)


def dash_signed(tokens: Tokens, first: int, end: int) -> bool:
    """Signed at the end with a dash, as reviews are."""
    start = tokens.starts[first]
    return _DASH_BEFORE.search(tokens.text, max(0, start - 3), start) is not None and tokens.followed_by(end, _TEXT_END)


def before_data(tokens: Tokens, first: int, end: int) -> bool:
    """Two or more name words right before other personal data ("Ruud Kok, Groenelaan 69", "Ruud Kok <r@k.nl>"),
    or one as a list item ("- Kasper, kasper@…")."""
    start = tokens.starts[first]
    one_ok = end - first == 1 and (
        _BULLET.search(tokens.text, max(0, start - 4), start) is not None
        or _PREPOSITION_BEFORE.search(tokens.text, max(0, start - 6), start) is not None  # "bij Bohdan, 06…"
    )
    return (end - first >= 2 or one_ok) and data_follows(tokens, end, _BEFORE_DATA)


def data_follows(tokens: Tokens, end: int, separator: re.Pattern[str]) -> bool:
    """After token `end - 1`, `separator` and then personal data another rule already found."""
    if not tokens.any_taken:
        return False
    after = separator.match(tokens.text, tokens.ends[end - 1] + tokens.dots[end - 1])
    return after is not None and after.end() < len(tokens.taken) and tokens.taken[after.end()] == 1


def signed_at_end(tokens: Tokens, first: int, end: int) -> bool:
    """One or two words alone after the last sentence, ending the text: how chats and reviews are signed."""
    start = tokens.starts[first]
    return (
        end - first <= 2
        and end == len(tokens)
        and _SENTENCE_BEFORE.search(tokens.text, max(0, start - 3), start) is not None
        and tokens.followed_by(end, _ONLY_END)
    )


def introduced(tokens: Tokens, first: int, end: int) -> bool:
    """A name shape at the start of a turn or after a greeting, then "hier"/"here": the speaker's own name."""
    if not tokens.followed_by(end, _HERE):
        return False
    start = tokens.starts[first]
    return _TURN_START.search(tokens.text, max(0, start - 20), start) is not None


_SPEAKER_BEFORE = re.compile(r"(?:^|\n)(?:agent|customer|bot):[ \t]*$")
_SPEAKER_LINE = re.compile(r"(?m)^(?:agent|customer|bot): ")


def speaker_turn(tokens: Tokens, index: int) -> bool:
    """Token `index` opens a transcript's turn as `redact_contact` joins them ("agent: …\ncustomer: Karaoke werkt
    niet"; two turns or more, so a record's "customer: Elke D'Hondt" field is none): the speaker's colon is no
    form's field, where the name model reads the word after "Klant:" as a name, so `names` does not ask it there."""
    start = tokens.starts[index]
    if _SPEAKER_BEFORE.search(tokens.text, max(0, start - 12), start) is None:
        return False
    return len(_SPEAKER_LINE.findall(tokens.text, 0, 4096)) >= 2
