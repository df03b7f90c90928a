"""The one way channels POST: reveal the secret at send time, then sort every failure into retry or give up.

Connection errors, timeouts and HTTP 408/425/429/5xx are worth retrying (honouring `Retry-After`); other
statuses mean the request itself is wrong and will stay wrong. Reasons name the channel, never its URL:
webhook URLs are secrets.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

import httpx

from pipeline.deliver.channels.errors import DeliveryError, parse_retry_after
from topics.alerts import Alert
from topics.subscriptions import ChannelConfig, Secret, SecretUnavailable, SlackChannel, TeamsChannel

# httpx logs every request's URL at INFO; a webhook URL is a secret, so only its warnings may reach the log.
logging.getLogger("httpx").setLevel(logging.WARNING)

RETRYABLE_STATUSES = frozenset({408, 425, 429})
_DETAIL_CHARS = 120


def describe(config: ChannelConfig) -> str:
    """How reasons name a channel, e.g. "slack channel 'ops'"."""
    return f"{config.type} channel '{config.name}'"


def reveal(secret: Secret) -> str:
    """The secret's value now; a missing one is a configuration error no retry will fix."""
    try:
        return secret.reveal()
    except SecretUnavailable as error:
        raise DeliveryError(str(error), retryable=False) from None


def encode(payload: object) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


async def post(
    http: httpx.AsyncClient,
    url: str,
    body: bytes,
    *,
    config: ChannelConfig,
    headers: Mapping[str, str] | None = None,
    secrets: Iterable[str] = (),
) -> int:
    """POST a JSON body; the receiver's 2xx status, or DeliveryError. Exceptions are not chained: theirs hold URLs."""
    where = describe(config)
    if not is_http_url(url):
        raise DeliveryError(f"the URL of {where} is not a valid http(s) URL", retryable=False)
    try:
        response = await http.post(
            url,
            content=body,
            headers={"Content-Type": "application/json", **(headers or {})},
            timeout=config.timeout_seconds,
        )
    except httpx.TimeoutException:
        raise DeliveryError(
            f"timed out after {config.timeout_seconds:g} s sending to {where}", retryable=True
        ) from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL):
        raise DeliveryError(f"the URL of {where} is not a valid http(s) URL", retryable=False) from None
    except httpx.TransportError as error:
        raise DeliveryError(f"cannot reach {where} ({type(error).__name__})", retryable=True) from None
    return check(response, where, secrets=secrets)


def is_http_url(url: str) -> bool:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.host)


def check(response: httpx.Response, where: str, secrets: Iterable[str] = ()) -> int:
    """The status when it is 2xx; otherwise DeliveryError classified by status."""
    status = response.status_code
    if 200 <= status < 300:
        return status
    retryable = status in RETRYABLE_STATUSES or status >= 500
    detail = _detail(response.text, list(secrets))
    raise DeliveryError(
        f"HTTP {status} from {where}" + (f": {detail}" if detail else ""),
        retryable=retryable,
        retry_after=parse_retry_after(response.headers.get("Retry-After")) if retryable else None,
        status_code=status,
    )


def _detail(text: str, secrets: list[str]) -> str:
    """The receiver's own words (Slack: 'invalid_payload'; JSON APIs: their message), unless they could leak."""
    line = _message(text) or next((line.strip() for line in text.splitlines() if line.strip()), "")
    line = line[:_DETAIL_CHARS]
    if not line.isprintable() or "://" in line or "<" in line:
        return ""
    fragments = [part for secret in secrets for part in [secret, *re.split(r"[/?&=#:@]", secret)] if len(part) >= 8]
    return "" if any(fragment in line for fragment in fragments) else line


def _message(text: str) -> str:
    """`message` or `error` of a JSON answer (Alertmanager, Teams), or ''."""
    try:
        answer = json.loads(text)
    except ValueError:
        return ""
    if isinstance(answer, dict) and isinstance(answer.get("error"), dict):
        answer = answer["error"]
    found = (answer.get("message") or answer.get("error")) if isinstance(answer, dict) else None
    return " ".join(found.split()) if isinstance(found, str) else ""


class ChatNotifier:
    """A chat webhook (Slack, Teams): one JSON payload POSTed to the URL its secret holds."""

    def __init__(
        self,
        config: SlackChannel | TeamsChannel,
        http: httpx.AsyncClient,
        payload: Callable[[Sequence[Alert]], object],
    ) -> None:
        self.config, self.http, self.payload = config, http, payload

    async def send(self, alerts: Sequence[Alert], key: str) -> int:
        url = reveal(self.config.url)
        body = encode(self.payload(alerts))
        return await post(self.http, url, body, config=self.config, headers={"Idempotency-Key": key}, secrets=[url])
