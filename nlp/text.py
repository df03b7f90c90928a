"""The text a contact is classified on, built the same way for training and for the live pipeline."""

from __future__ import annotations

from collections.abc import Iterable


def contact_text(turns: Iterable[str], tags: Iterable[str] = (), notes: str | None = None) -> str:
    """What the customer and agent said, then the agent's wrap-up tags and notes, one per line."""
    parts = [*turns, *tags]
    if notes:
        parts.append(notes)
    return "\n".join(parts)
