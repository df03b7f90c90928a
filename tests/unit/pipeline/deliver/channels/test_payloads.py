"""What each channel sends: the shapes Slack, Teams, webhook receivers and mail clients expect."""

from __future__ import annotations

import asyncio

import httpx

from pipeline.deliver.channels import build_notifier, render, slack, teams, webhook
from pipeline.deliver.channels.alertmanager import AlertmanagerNotifier
from pipeline.deliver.channels.email import EmailNotifier, build_message, message_id
from pipeline.deliver.channels.slack import SlackNotifier
from pipeline.deliver.channels.teams import TeamsNotifier
from pipeline.deliver.channels.webhook import WebhookNotifier
from topics.subscriptions import (
    AlertmanagerChannel,
    EmailChannel,
    Secret,
    SlackChannel,
    TeamsChannel,
    WebhookChannel,
)

from .samples import firing_alert

SLACK_BLOCKS = {"header", "section", "context", "actions", "divider"}


def test_each_channel_type_gets_its_notifier():
    http = httpx.AsyncClient()
    url = Secret(env="FL_URL")
    expected = {
        WebhookNotifier: WebhookChannel(url=url),
        SlackNotifier: SlackChannel(url=url),
        TeamsNotifier: TeamsChannel(url=url),
        EmailNotifier: EmailChannel(host="smtp.example", sender="fl@example.com", to=["ops@example.com"]),
        AlertmanagerNotifier: AlertmanagerChannel(url="http://alertmanager:9093"),
    }
    for kind, config in expected.items():
        notifier = build_notifier(config, http)
        assert isinstance(notifier, kind) and notifier.config is config
    asyncio.run(http.aclose())


def test_slack_gets_fallback_text_and_valid_blocks_with_a_button_to_the_issue(firing):
    message = slack.payload([firing])
    assert message["text"].startswith(render.title(firing))
    blocks = message["blocks"]
    assert {block["type"] for block in blocks} <= SLACK_BLOCKS
    assert blocks[0]["text"] == {"type": "plain_text", "text": render.title(firing), "emoji": True}
    assert len(blocks[1]["fields"]) <= 10 and all(field["type"] == "mrkdwn" for field in blocks[1]["fields"])
    button = blocks[-1]["elements"][0]
    assert (button["type"], button["url"], button["style"]) == ("button", firing.issue_url, "danger")


def test_slack_escapes_its_markup_and_keeps_to_its_limits():
    alert = firing_alert(name="Bills <b> & " + "x" * 200, summary="a <script> & b")
    blocks = slack.payload([alert])["blocks"]
    assert len(blocks[0]["text"]["text"]) == 150
    assert blocks[1]["text"]["text"] == "a &lt;script&gt; &amp; b"


def test_a_slack_digest_links_every_alert_and_stays_under_fifty_blocks(firing, resolved):
    assert [block["type"] for block in slack.payload([firing, resolved])["blocks"]] == ["header", "section", "section"]
    many = [firing_alert(alert_id=f"evt-{n}:finance") for n in range(60)]
    blocks = slack.payload(many)["blocks"]
    assert len(blocks) <= 50 and blocks[-1]["elements"][0]["text"] == "and 15 more in the web UI"


def test_teams_gets_an_adaptive_card_message(resolved):
    message = teams.payload([resolved])
    assert message["type"] == "message"
    (attachment,) = message["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive" and attachment["contentUrl"] is None
    card = attachment["content"]
    assert (card["type"], card["version"], card["$schema"]) == (
        "AdaptiveCard",
        "1.4",
        "http://adaptivecards.io/schemas/adaptive-card.json",
    )
    assert card["body"][0]["text"] == render.title(resolved) and card["body"][0]["color"] == "Good"
    assert {"title": "Effect", "value": dict(render.facts(resolved))["Effect"]} in card["body"][2]["facts"]
    assert card["actions"] == [{"type": "Action.OpenUrl", "title": "Open issue", "url": resolved.issue_url}]


def test_the_webhook_carries_version_key_and_the_alerts_as_json(firing, resolved):
    body = webhook.payload([firing, resolved], "digest:finance:2026-07-14")
    assert body["version"] == 1 and body["key"] == "digest:finance:2026-07-14"
    assert body["alerts"] == [firing.model_dump(mode="json"), resolved.model_dump(mode="json")]


def test_an_email_has_the_title_as_subject_a_key_derived_message_id_and_an_html_alternative(firing):
    config = EmailChannel(host="smtp.example", sender="fl@example.com", to=["a@example.com", "b@example.com"])
    message = build_message(config, [firing], firing.alert_id)
    assert message["Subject"] == render.title(firing)
    assert message["To"] == "a@example.com, b@example.com"
    assert message["X-Feedback-Loop-Alert-Id"] == firing.alert_id
    assert message["Message-ID"] == message_id(firing.alert_id) == message_id("evt-1:finance")
    assert message["Message-ID"] != message_id("evt-2:finance")
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert "Issue: https://feedback-loop.example/issues/iss-1" in message.get_body(("plain",)).get_content()
    assert "href='https://feedback-loop.example/issues/iss-1'" in message.get_body(("html",)).get_content()


def test_an_email_subject_never_breaks_into_a_second_header():
    config = EmailChannel(host="smtp.example", sender="fl@example.com", to=["a@example.com"])
    message = build_message(config, [firing_alert(name="Double\r\nBcc: everyone@example.com")], "k")
    assert message["Subject"] == "[critical] Double Bcc: everyone@example.com: 42 contacts in 5 min (threshold 10)"
    assert message["Bcc"] is None


def test_a_digest_email_lists_every_alert(firing, resolved):
    config = EmailChannel(host="smtp.example", sender="fl@example.com", to=["a@example.com"])
    message = build_message(config, [firing, resolved], "digest:finance:2026-07-14")
    assert message["Subject"].startswith("Feedback Loop digest for finance: 2 alerts")
    assert render.title(resolved) in message.get_body(("plain",)).get_content()
