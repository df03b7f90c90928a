"""E-mail over SMTP (aiosmtplib): subject = the title, a plain-text body with an HTML alternative.

The `Message-ID` is derived from the idempotency key, so a repeat of the same alert is recognisable as the
same message (mail clients thread or drop it), and `X-Feedback-Loop-Alert-Id` carries the key itself.
SMTP 4xx replies and lost connections are worth retrying; 5xx replies are final.
"""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

import aiosmtplib

import pipeline.deliver.channels.render as render
from pipeline.deliver.channels.errors import DeliveryError
from pipeline.deliver.channels.transport import describe, reveal
from topics.alerts import Alert
from topics.subscriptions import EmailChannel

ALERT_ID_HEADER = "X-Feedback-Loop-Alert-Id"
_DETAIL_CHARS = 120


def message_id(key: str) -> str:
    return f"<{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@feedback-loop>"


def _html(alerts: Sequence[Alert]) -> str:
    if len(alerts) == 1:
        alert = alerts[0]
        rows = "".join(
            f"<tr><th align='left'>{escape(name)}</th><td>{escape(value)}</td></tr>"
            for name, value in render.facts(alert)
        )
        return (
            f"<h2>{escape(render.title(alert))}</h2><p>{escape(alert.summary)}</p><table>{rows}</table>"
            f"<p><a href='{escape(alert.issue_url)}'>Open issue</a></p>"
        )
    items = "".join(
        f"<li><a href='{escape(alert.issue_url)}'>{escape(render.title(alert))}</a><br>{escape(alert.summary)}</li>"
        for alert in render.ordered(alerts)
    )
    return f"<h2>{escape(render.digest_title(alerts))}</h2><ul>{items}</ul>"


def build_message(config: EmailChannel, alerts: Sequence[Alert], key: str, now: datetime | None = None) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = " ".join(render.heading(alerts).split())  # no line breaks in a header
    message["From"] = config.sender
    message["To"] = ", ".join(config.to)
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = message_id(key)
    message[ALERT_ID_HEADER] = key
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies to us
    message.set_content(render.text(alerts) + "\n")
    message.add_alternative(f"<!doctype html><html><body>{_html(alerts)}</body></html>", subtype="html")
    return message


class EmailNotifier:
    def __init__(self, config: EmailChannel) -> None:
        self.config = config

    async def send(self, alerts: Sequence[Alert], key: str) -> int:
        config = self.config
        password = reveal(config.password) if config.password else None
        message = build_message(config, alerts, key)
        try:
            await aiosmtplib.send(
                message,
                hostname=config.host,
                port=config.port,
                username=config.username,
                password=password,
                use_tls=config.security == "tls",
                start_tls=config.security == "starttls",
                timeout=config.timeout_seconds,
            )
        except Exception as error:  # every failure is classified: none escapes unexplained
            raise classify(error, describe(config), secrets=[password] if password else []) from None
        return 250


def classify(error: Exception, where: str, secrets: Sequence[str] = ()) -> DeliveryError:
    """SMTP 4xx and lost or refused connections: retry; 5xx, TLS and protocol mismatches: give up."""
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        codes = [refused.code for refused in error.recipients]
        code = min(codes, default=550)
        return DeliveryError(
            f"SMTP {code} from {where}: all recipients refused", retryable=code < 500, status_code=code
        )
    if isinstance(error, aiosmtplib.SMTPResponseException):
        detail = _detail(error.message, secrets)
        return DeliveryError(
            f"SMTP {error.code} from {where}" + (f": {detail}" if detail else ""),
            retryable=400 <= error.code < 500,
            status_code=error.code,
        )
    if isinstance(error, ssl.SSLError) or isinstance(error.__cause__, ssl.SSLCertVerificationError):
        return DeliveryError(f"TLS failed with {where} ({type(error).__name__})", retryable=False)
    if isinstance(error, TimeoutError):
        return DeliveryError(f"timed out sending to {where}", retryable=True)
    if isinstance(error, OSError):  # SMTPConnectError and SMTPServerDisconnected are ConnectionErrors
        return DeliveryError(f"cannot reach {where} ({type(error).__name__})", retryable=True)
    if isinstance(error, aiosmtplib.SMTPException):  # e.g. STARTTLS or AUTH required but not offered
        return DeliveryError(f"{where}: {_detail(error.message, secrets) or type(error).__name__}", retryable=False)
    return DeliveryError(f"{where}: unexpected {type(error).__name__}", retryable=False)


def _detail(text: str, secrets: Sequence[str]) -> str:
    line = " ".join(str(text).split())[:_DETAIL_CHARS]
    return "" if any(secret and secret in line for secret in secrets) else line
