"""Microsoft Teams Workflows webhook ("When a Teams webhook request is received"): a message with one
Adaptive Card 1.4 attachment, the shape the Workflows template posts to a channel.

The old Office 365 connector webhooks are retired; Workflows answer 202 Accepted and ignore `Idempotency-Key`.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

import pipeline.deliver.channels.render as render
from pipeline.deliver.channels.transport import ChatNotifier
from topics.alerts import Alert, AlertStatus, Severity
from topics.subscriptions import TeamsChannel

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
_COLOURS = {Severity.critical: "Attention", Severity.warning: "Warning", Severity.info: "Default"}


def _text(text: str, **style: object) -> dict:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _colour(alert: Alert) -> str:
    return "Good" if alert.status == AlertStatus.resolved else _COLOURS[alert.severity]


def _single(alert: Alert) -> tuple[list[dict], list[dict]]:
    body = [
        _text(render.title(alert), size="Medium", weight="Bolder", color=_colour(alert)),
        _text(alert.summary),
        {"type": "FactSet", "facts": [{"title": name, "value": value} for name, value in render.facts(alert)]},
    ]
    return body, [{"type": "Action.OpenUrl", "title": "Open issue", "url": alert.issue_url}]


def _digest(alerts: Sequence[Alert]) -> tuple[list[dict], list[dict]]:
    body = [_text(render.digest_title(alerts), size="Medium", weight="Bolder")]
    for alert in render.ordered(alerts):
        body.append(_text(f"[{render.title(alert)}]({alert.issue_url})", color=_colour(alert), separator=True))
        body.append(_text(alert.summary, isSubtle=True, spacing="None"))
    return body, []


def payload(alerts: Sequence[Alert]) -> dict:
    """The Workflows message: one Adaptive Card for one alert or a digest of several."""
    render.heading(alerts)  # refuses an empty list
    body, actions = _single(alerts[0]) if len(alerts) == 1 else _digest(alerts)
    card = {"$schema": SCHEMA, "type": "AdaptiveCard", "version": "1.4", "body": body, "actions": actions}
    return {"type": "message", "attachments": [{"contentType": CONTENT_TYPE, "contentUrl": None, "content": card}]}


class TeamsNotifier(ChatNotifier):
    def __init__(self, config: TeamsChannel, http: httpx.AsyncClient) -> None:
        super().__init__(config, http, payload)
