"""Build a dead letter that always fits on the dead-letter topic (pure: no Kafka here).

A payload too big for its stage would make an equally big dead letter, which the broker refuses too:
the stage would then fail on every retry. So only the start of a big payload is kept, with the whole
payload's size and SHA-256, and the reason says so.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from topics.records import DeadLetter

MAX_KEPT_BYTES = 64 * 1024  # well under Kafka's default 1 MB message limit, even base64-encoded
MAX_REASON_CHARS = 2_000


def dead_letter(
    original: bytes | str, reason: str, source: str, stage: str, failed_at: datetime, line: int | None = None
) -> DeadLetter:
    """Wrap a failed payload: text as is, anything that is not UTF-8 as base64, at most MAX_KEPT_BYTES kept."""
    raw = original.encode("utf-8", errors="surrogateescape") if isinstance(original, str) else original
    kept, truncated = raw[:MAX_KEPT_BYTES], len(raw) > MAX_KEPT_BYTES
    try:
        text, encoding = _utf8_prefix(kept, whole_is_utf8=_is_utf8(raw)), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(kept).decode("ascii"), "base64"
    if truncated:
        reason = f"{reason} (payload of {len(raw)} bytes: only the first {MAX_KEPT_BYTES} kept, see original_sha256)"
    return DeadLetter(
        source=source,
        reason=reason[:MAX_REASON_CHARS],
        original=text,
        original_encoding=encoding,
        original_bytes=len(raw),
        original_sha256=hashlib.sha256(raw).hexdigest(),
        truncated=truncated,
        line=line,
        failed_at=failed_at,
        stage=stage,
    )


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_prefix(kept: bytes, whole_is_utf8: bool) -> str:
    """Text of a UTF-8 payload's first bytes; a character cut in half at the end is dropped."""
    if not whole_is_utf8:
        raise UnicodeDecodeError("utf-8", kept, 0, len(kept), "payload is not UTF-8")
    return kept.decode("utf-8", errors="ignore") if len(kept) and kept[-1] >= 0x80 else kept.decode("utf-8")
