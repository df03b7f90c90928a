"""Slack incoming webhook: a Block Kit message (header, facts, context, a button to the issue) plus `text`,
which Slack shows in notifications and where blocks cannot be rendered.

Slack ignores `Idempotency-Key`; we send it anyway so a proxy or a recording receiver can count repeats.
Limits kept: header ≤ 150 characters, ≤ 10 fields of ≤ 2000, ≤ 50 blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

import pipeline.deliver.channels.render as render
from pipeline.deliver.channels.transport import ChatNotifier
from topics.alerts import Alert, AlertStatus, Severity
from topics.subscriptions import SlackChannel

MAX_DIGEST_SECTIONS = 45


def escape(text: str) -> str:
    """Slack mrkdwn needs only &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _header(text: str) -> dict:
    return {"type": "header", "text": {"type": "plain_text", "text": _cut(text, 150), "emoji": True}}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(text, 3000)}]}


def _button(alert: Alert) -> dict:
    button = {
        "type": "button",
        "text": {"type": "plain_text", "text": "Open issue"},
        "url": alert.issue_url,
        "action_id": "open_issue",
    }
    if alert.status == AlertStatus.resolved:
        button["style"] = "primary"
    elif alert.severity == Severity.critical:
        button["style"] = "danger"
    return button


def _single(alert: Alert) -> list[dict]:
    fields = [
        {"type": "mrkdwn", "text": _cut(f"*{name}*\n{escape(value)}", 2000)} for name, value in render.facts(alert)
    ]
    return [
        _header(render.title(alert)),
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": _cut(escape(alert.summary), 3000)},
            "fields": fields[:10],
        },
        _context(f"{alert.severity} · {escape(alert.department)} · alert {escape(alert.alert_id)}"),
        {"type": "actions", "elements": [_button(alert)]},
    ]


def _digest(alerts: Sequence[Alert]) -> list[dict]:
    shown = render.ordered(alerts)[:MAX_DIGEST_SECTIONS]
    blocks = [_header(render.digest_title(alerts))]
    for alert in shown:
        link = f"<{alert.issue_url}|{escape(render.title(alert)).replace('|', '¦')}>"
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": _cut(f"*{link}*\n{escape(alert.summary)}", 3000)}}
        )
    if len(alerts) > len(shown):
        blocks.append(_context(f"and {len(alerts) - len(shown)} more in the web UI"))
    return blocks


def payload(alerts: Sequence[Alert]) -> dict:
    """`text` (the fallback) and `blocks`, for one alert or a digest of several."""
    fallback = render.heading(alerts)
    if len(alerts) == 1:
        fallback += f"\n{alerts[0].summary}"
    return {"text": escape(fallback), "blocks": _single(alerts[0]) if len(alerts) == 1 else _digest(alerts)}


class SlackNotifier(ChatNotifier):
    def __init__(self, config: SlackChannel, http: httpx.AsyncClient) -> None:
        super().__init__(config, http, payload)
