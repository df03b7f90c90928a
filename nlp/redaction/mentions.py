"""Colleagues mentioned by their handle in a Teams or Slack message pasted into a contact: "@bavo.goossens kun
jij …", "@jan-willem.tuijp can you check …". A handle of a given name and a surname joined by a dot is a person's
(an organisation's handle has no dot); the "@" stays, the name goes. An e-mail domain ("@ziggo.nl") is no handle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.rules import Span

_MENTION = re.compile(
    r"(?<![\w.@+-])@(?P<v>[a-z][a-z'-]+(?:\.[a-z][a-z'-]+)+)(?![\w@'-]|\.\w)"
    r"(?<!\.com)(?<!\.net)(?<!\.org)(?<!\.info)(?<!\.\w\w)"  # a domain: "@ziggo.nl", "@hotmail.com"
)


def mention_spans(text: str) -> Iterator[Span]:
    if "@" in text:
        for match in _MENTION.finditer(text):
            yield *match.span("v"), "NAME"
