"""Taking each contact in once: a replay after a crash is at or below the offset already taken in, and a copy
an earlier stage's replay made (or a re-ingested contact) comes soon after the original, at a new offset.

The guard is kept in the same table value as (or written with) the state it protects, so the two never
disagree after a crash.
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, Field

KEEP_RECENT = 256


def id_hash(contact_id: str) -> str:
    """48 bits of the id: 256 of them collide with odds of about 1 in 10^10."""
    return hashlib.blake2b(contact_id.encode(), digest_size=6).hexdigest()


class ReplayGuard(BaseModel):
    last_offset: int = Field(default=-1, description="Offset of the newest record taken in (-1: none yet).")
    recent: list[str] = Field(default_factory=list, description="Short hashes of the last contact ids.")

    def is_replay(self, offset: int) -> bool:
        return offset <= self.last_offset

    def is_copy(self, contact_id: str) -> bool:
        return id_hash(contact_id) in self.recent

    def after(self, contact_id: str, offset: int) -> ReplayGuard:
        """The guard once this record is taken in (a copy only moves the offset on)."""
        digest = id_hash(contact_id)
        recent = self.recent if digest in self.recent else [*self.recent, digest][-KEEP_RECENT:]
        return ReplayGuard(last_offset=max(offset, self.last_offset), recent=recent)
