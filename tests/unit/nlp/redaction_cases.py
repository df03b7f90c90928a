"""What the redaction form tests ask of one case: which placeholder covers a secret."""

from nlp.redaction import redact


def kind_covering(text: str, secret: str) -> str | None:
    """The kind of the placeholder that covers all of `secret` in `text`, or None when none does."""
    start = text.index(secret)
    result = redact(text)
    covering = [kind for first, end, kind in result.spans if first <= start and start + len(secret) <= end]
    return covering[0] if covering else None


def assert_redacted_as(text: str, secret: str | None, kind: str) -> None:
    """`secret` is covered by a `kind` placeholder; with no secret (a value read out, whose words the case does
    not pin down) some `kind` placeholder is in the text."""
    if secret is None:
        redacted = redact(text)
        assert any(found == kind for _, _, found in redacted.spans), redacted.text
        return
    assert kind_covering(text, secret) == kind, redact(text).text
