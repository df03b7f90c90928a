"""Keyed pseudonyms for the customer and agent references a contact carries (HMAC-SHA256).

A customer reference or an agent id can be personal data (an agent's e-mail address is a common agent id).
The same reference always gives the same pseudonym under one key, so repeat contacts and agents'
notifications still work below the raw tier, while nobody without the key can turn a pseudonym back
into the reference or test a guess. Keep the key secret and the same on every worker.
"""

from __future__ import annotations

import hashlib
import hmac
import re

DIGEST_HEX = 24  # 96 bits: collisions are out of reach for any contact centre's number of customers
CUSTOMER_PREFIX, AGENT_PREFIX = "c_", "a_"
_AGENT_PSEUDONYM = re.compile(rf"^{AGENT_PREFIX}[0-9a-f]{{{DIGEST_HEX}}}$")


class Pseudonymiser:
    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("a pseudonym key needs at least 16 bytes")
        self._key = key

    def _digest(self, kind: str, value: str) -> str:
        return hmac.new(self._key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:DIGEST_HEX]

    def customer(self, reference: str) -> str:
        return CUSTOMER_PREFIX + self._digest("customer", reference)

    def agent(self, agent_id: str | None) -> str | None:
        return None if agent_id is None else AGENT_PREFIX + self._digest("agent", agent_id)

    def agent_lookup(self, given: str) -> str:
        """What an agent's page is keyed by: an agent's own id is pseudonymised, a pseudonym is kept."""
        return given if _AGENT_PSEUDONYM.match(given) else AGENT_PREFIX + self._digest("agent", given)
