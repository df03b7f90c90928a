"""CUE_HEADS is kept by hand next to the cue regex: the regex is tried only at a token that is a head, so a cue
whose first word is missing there never fires. This reads every first word out of the regex and checks it."""

import re._constants as constants
import re._parser as parser

from nlp.redaction.name_cues import CUE_HEADS, CUES

# Left out on purpose: "met" alone is a weak cue tried only after a greeting (which is a head); "en" only leads
# "en ik (", whose "ik" is a head; "it" is "it's" cut at its apostrophe.
_NOT_HEADS = frozenset(("met", "en", "it"))


def _first_words(items: list, prefix: str = ""):
    """The lower-case word each path through a parsed pattern starts with (letters up to the first other one)."""
    if not items:
        yield prefix
        return
    op, value = items[0]
    rest = list(items[1:])
    if op == constants.LITERAL:
        char = chr(value).lower()
        if char.isalpha():
            yield from _first_words(rest, prefix + char)
        else:
            yield prefix
    elif op == constants.BRANCH:
        for alternative in value[1]:
            yield from _first_words(list(alternative) + rest, prefix)
    elif op == constants.SUBPATTERN:
        yield from _first_words(list(value[3]) + rest, prefix)
    elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
        low, high, sub = value
        if low == 0:
            yield from _first_words(rest, prefix)
        if high >= 1:
            yield from _first_words(list(sub) + rest, prefix)
    elif op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
        yield from _first_words(rest, prefix)
    else:  # a character class: the word ends here
        yield prefix


def test_every_cue_starts_with_a_head():
    words = {word for word in _first_words(list(parser.parse(CUES.pattern, CUES.flags))) if word}
    assert len(words) > 200  # the reader follows the pattern: it is not silently finding nothing
    assert sorted(words - CUE_HEADS - _NOT_HEADS) == []
