"""E-mail addresses disguised against harvesters, as people type them in chats and web forms: the "@" written
"(at)", "[at]", "[@]", " AT " or "#" ("info.rudi#icloud.com"), a dot written "(.)" or "[.]"
("v.chakraborty(at)umcg(.)nl", "l.bruggemann[@]home(.)nl"). A "#" counts only before a domain that ends in a
known top-level domain, so "order#12345" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.rules import Span

# A bracketed "at" or a "#"; a spoken " at " only before a domain with a disguised dot ("at booking.com" stays).
_AT = (
    r"(?:[ \t]?(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\})[ \t]?|#"
    r"|[ \t](?:at|AT)[ \t](?=[\w.-]*(?:\(\.\)|\[\.\]|\((?:dot|punt)\)|\[(?:dot|punt)\])))"
)
_DOT = r"(?:\.|\(\.\)|\[\.\]|\((?:dot|punt)\)|\[(?:dot|punt)\])"
_TLD = r"(?:com|nl|be|de|org|net|eu|info|fr|uk|me|io)"
_EMAIL = re.compile(rf"(?<![\w.+#-])[\w+-]+(?:\.[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*?{_DOT}(?:co{_DOT})?{_TLD}(?!\w)")
_HINTS = ("#", "(at)", "[at]", "{at}", "@]", "@)", "(.)", "[.]", "dot)", "dot]", "punt)", "punt]")


def obfuscated_email_spans(text: str, lower: str) -> Iterator[Span]:
    """Disguised addresses; plain ones are found by the e-mail rule, which runs first."""
    if not any(hint in lower for hint in _HINTS):
        return
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end(), "EMAIL"
