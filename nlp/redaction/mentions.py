"""Colleagues mentioned by their handle in a Teams or Slack message pasted into a contact: "@bavo.goossens kun
jij …", "@jan-willem.tuijp can you check …", "@dirk.rossi2". A handle of a given name and a surname joined by a
dot is a person's (an organisation's handle has no dot); the "@" stays, the name goes. An e-mail domain
("@ziggo.nl") is no handle. Jira writes a user's mention "[~account]", whatever the account's shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.rules import Span

_MENTION = re.compile(
    r"(?<![\w.@+-])@(?P<v>[a-z][a-z'-]+(?:\.[a-z][a-z'-]+)+\d{0,3})(?![\w@'-]|\.\w)"
    r"(?<!\.com)(?<!\.net)(?<!\.org)(?<!\.info)(?<!\.\w\w)"  # a domain: "@ziggo.nl", "@hotmail.com"
)


# Jira's mention of a user by their account name, a person's whatever its shape: "[~femke.pronk]", "[~sdesai]".
_JIRA_MENTION = re.compile(r"\[~(?P<v>[A-Za-z][\w.-]{1,40})\]")


def mention_spans(text: str) -> Iterator[Span]:
    if "@" in text:
        for match in _MENTION.finditer(text):
            yield *match.span("v"), "NAME"
    if "[~" in text:
        for match in _JIRA_MENTION.finditer(text):
            yield *match.span("v"), "NAME"
