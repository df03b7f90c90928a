"""E-mail addresses by their shape, and the fediverse handles that look like one ("@yudi.t@fosstodon.org"): an
account's name, a person's, so a NAME, taken before the e-mail rule can leave its first "@" behind; not a business's
or a town hall's account ("@sloepverhuur@mastodon.nl", "@gemeentevenlo@social.overheid.nl")."""

from __future__ import annotations

import re

from nlp.redaction.lexicon import trade_word
from nlp.redaction.rules import Rule

_ORGANISATION_HEADS = ("gemeente", "provincie", "stichting", "team", "info", "klantenservice", "support")


def _a_person(handle: str) -> bool:
    """A fediverse account whose name does not end in a business's word nor start as an organisation's does."""
    account = handle[1:].partition("@")[0].lower()
    return not (account.startswith(_ORGANISATION_HEADS) or trade_word(account))


EMAIL_SHAPES: tuple[Rule, ...] = (
    # A Mastodon account: "@" at a word's start, a name, "@" and the server's domain.
    Rule("NAME", re.compile(r"(?<![\w.+@-])@[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), _a_person, hints=("@",), digits=False),
    # The look-behind lets a match start only where a word starts: without it, a long word with no '@'
    # is rescanned from every letter (quadratic: 1.9 s for 20,000 letters).
    # With a typo too ("name@outlookcom", "name@@ziggo.nl", "name@ziggo,nl"): an address mistyped is still the
    # person's. Not after an "@": a business's fediverse account, which the rule above let be.
    Rule(
        "EMAIL",
        re.compile(
            r"(?<![\w.+@-])[\w.+-]+@@?(?:[\w-]+(?:\.[\w-]+)*,(?:nl|com|be|de|org|net|co\.uk)(?![\w])"
            r"|[\w-]+(?:\.[\w-]+)+|[\w-]{2,}(?:com|nl|be|de|org|net)\b(?![ \t]\.[ \t]?[a-z]))"
        ),
        hints=("@",),
        digits=False,
    ),  # not a product's "F@st 5670"
    # URL-encoded in a link: "activeren?mail=fam.groenewoud%40gmail.com".
    Rule("EMAIL", re.compile(r"(?<![\w.+-])[\w.+-]+%40[\w-]+(?:\.[\w-]+)+"), hints=("%40",), digits=False),
)
