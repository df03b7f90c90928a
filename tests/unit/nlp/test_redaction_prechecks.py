"""The cheap pre-checks that let the redactor skip regex searches must never skip a place where the regex
matches: `may_match_at` may only say True too often, `plain_lower` only when `in` on the lower case is exact."""

import random
import re

import pytest

from nlp.redaction.name_cues import CUES
from nlp.redaction.rules import match_starts, may_match_at, plain_lower

_WORDS = "mijn naam is ik heet klant agent met meneer mevrouw t.n.v. dhr. Jan Naam: spreek ik met de van".split()


@pytest.mark.parametrize(
    "pattern",
    [CUES, re.compile(r"(?i)(?:klant|customer)[ \t]*nr"), re.compile(r"(?i)\bt\.?n\.?v\.?"), re.compile(r"[A-Z]\w+")],
)
def test_may_match_at_never_rules_out_a_match(pattern):
    may_match, rng = may_match_at(pattern, 6), random.Random(7)
    texts = [" ".join(rng.choice(_WORDS) for _ in range(8)) for _ in range(300)]
    for text in texts:
        for start in range(len(text)):
            if pattern.match(text, start):
                assert may_match(text, start), (text, start)


def test_may_match_at_rules_out_most_places():
    may_match = may_match_at(re.compile(r"(?i)klantnummer|customer number"), 6)
    text = "de levering van gisteren kwam niet aan en ik wil graag een nieuwe afspraak"
    assert sum(may_match(text, start) for start in range(len(text))) < len(text) // 4


def test_match_starts_reads_the_alternatives():
    assert {"klant", "custom"} <= set(match_starts(re.compile(r"(?i)klant|customer"), 6))


@pytest.mark.parametrize(("text", "plain"), [("naam: jan", True), ("naïef café", True), ("ſpell", False)])
def test_plain_lower_is_false_where_case_folding_is_odd(text, plain):
    assert plain_lower(text.lower()) is plain
