"""What the redaction form tests ask of one case: which placeholder covers a secret."""

from nlp.redaction import redact


def kind_covering(text: str, secret: str) -> str | None:
    """The kind of the placeholder that covers all of `secret` in `text`, or None when none does."""
    start = text.index(secret)
    result = redact(text)
    covering = [kind for first, end, kind in result.spans if first <= start and start + len(secret) <= end]
    return covering[0] if covering else None
