"""E-mail addresses disguised against harvesters, as people type them in chats and web forms: the "@" written
"(at)", "[at]", "[@]", " AT ", "#" ("info.rudi#icloud.com") or as the HTML entity a mail's remnants leave
("&#64;"), a dot written "(.)" or "[.]" ("v.chakraborty(at)umcg(.)nl", "l.bruggemann[@]home(.)nl") or spaced
("jan0281@hetnet . nl"). A "#" counts
only before a domain that ends in a known or a two-letter top-level domain, so "order#12345" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.rules import Span

# A bracketed "at" or a "#"; a spoken " at " only before a domain with a disguised dot ("at booking.com" stays).
_AT = (
    r"(?:[ \t]?(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\})[ \t]?|#|&#64;|&commat;"
    r"|[ \t](?:at|AT)[ \t](?=[\w.-]*(?:\(\.\)|\[\.\]|\((?:dot|punt)\)|\[(?:dot|punt)\])))"
)
_DOT = r"(?:\.|[ \t]?(?:\(\.\)|\[\.\]|\((?:dot|punt)\)|\[(?:dot|punt)\])[ \t]?)"  # "libero (.) it" too
_TLD = r"(?:com|org|net|eu|info|io|(?-i:[a-z]{2}))(?:\.(?-i:[a-z]{2}))?"  # "nl", "yahoo.es", "hotmail.com.tr"
_EMAIL = re.compile(rf"(?<![\w.+#-])[\w+-]+(?:\.[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*?{_DOT}(?:co{_DOT})?{_TLD}(?!\w)")
# A plain "@" with spaces around the last dot, as a customer types to dodge a filter: "jan0281@hetnet . nl".
_SPACED_DOT = re.compile(rf"(?<![\w.+#-])[\w+-]+(?:\.[\w+-]+)*@[\w-]+(?:\.[\w-]+)*[ \t]\.[ \t]?{_TLD}(?!\w)")
_HINTS = ("#", "&#64;", "&commat;", "(at)", "[at]", "{at}", "@]", "@)", "(.)", "[.]", "dot)", "dot]", "punt)", "punt]")


def obfuscated_email_spans(text: str, lower: str) -> Iterator[Span]:
    """Disguised addresses; plain ones are found by the e-mail rule, which runs first."""
    if "@" in text and " ." in text:
        yield from ((match.start(), match.end(), "EMAIL") for match in _SPACED_DOT.finditer(text))
    if not any(hint in lower for hint in _HINTS):
        return
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end(), "EMAIL"
