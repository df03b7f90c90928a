"""Generic JSON webhook: `{"version": 1, "key": ..., "alerts": [Alert, ...]}`, optionally signed.

Headers: `Idempotency-Key` (the alert id, or the digest id) lets a receiver drop a repeat; with a signing
secret, `X-Feedback-Loop-Signature: sha256=<hex>` is HMAC-SHA256(secret, f"{timestamp}.".encode() + body)
over the exact body bytes, where timestamp is `X-Feedback-Loop-Timestamp` (Unix seconds). A receiver checks it
with `verify_signature(secret, timestamp_header, body, signature_header)`, which also refuses stale timestamps
so a captured request cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Sequence

import httpx

from pipeline.deliver.channels.transport import encode, post, reveal
from topics.alerts import Alert
from topics.subscriptions import WebhookChannel

VERSION = 1
SIGNATURE_HEADER = "X-Feedback-Loop-Signature"
TIMESTAMP_HEADER = "X-Feedback-Loop-Timestamp"
TOLERANCE_SECONDS = 300


def payload(alerts: Sequence[Alert], key: str) -> dict:
    if not alerts:
        raise ValueError("nothing to send: no alerts")
    return {"version": VERSION, "key": key, "alerts": [alert.model_dump(mode="json") for alert in alerts]}


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header's value: 'sha256=' + hex HMAC-SHA256(secret, b'<timestamp>.' + body)."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify_signature(
    secret: str,
    timestamp: int | str,
    body: bytes,
    signature: str,
    *,
    tolerance_seconds: float = TOLERANCE_SECONDS,
    now: float | None = None,
) -> bool:
    """True when `signature` is ours for this body and timestamp, and the timestamp is within the tolerance."""
    try:
        moment = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs((time.time() if now is None else now) - moment) > tolerance_seconds:
        return False
    return hmac.compare_digest(sign(secret, moment, body), signature.strip())


class WebhookNotifier:
    def __init__(self, config: WebhookChannel, http: httpx.AsyncClient) -> None:
        self.config = config
        self.http = http

    async def send(self, alerts: Sequence[Alert], key: str) -> int:
        url = reveal(self.config.url)
        secret = reveal(self.config.signing_secret) if self.config.signing_secret else None
        body = encode(payload(alerts, key))
        timestamp = int(time.time())
        headers = {"Idempotency-Key": key, TIMESTAMP_HEADER: str(timestamp)}
        if secret is not None:
            headers[SIGNATURE_HEADER] = sign(secret, timestamp, body)
        secrets = [url, secret] if secret else [url]
        return await post(self.http, url, body, config=self.config, headers=headers, secrets=secrets)
