"""Slack and Teams webhooks against a real HTTP receiver: the messages they would render."""

from __future__ import annotations

import pytest

from pipeline.deliver.channels import render
from pipeline.testing_receivers import RecordingHTTPServer
from topics.subscriptions import SlackChannel, TeamsChannel

from .support import alerts_now, secret_file, send

SLACK_BLOCKS = {"header", "section", "context", "actions", "divider", "image", "rich_text", "input", "file", "video"}


@pytest.fixture
def receiver():
    with RecordingHTTPServer() as server:
        yield server


def test_slack_receives_fallback_text_and_blocks_of_valid_types(receiver, tmp_path):
    config = SlackChannel(name="ops", url=secret_file(tmp_path, "slack-url", f"{receiver.url}/services/T1/B2/xyz"))
    firing, _ = alerts_now()
    assert send(config, [firing]) == 200
    (request,) = receiver.wait_for(1)
    message = request.json
    assert message["text"].startswith(render.title(firing))
    assert message["blocks"] and {block["type"] for block in message["blocks"]} <= SLACK_BLOCKS
    header = message["blocks"][0]
    assert header["type"] == "header" and header["text"]["type"] == "plain_text"
    (button,) = message["blocks"][-1]["elements"]
    assert button["type"] == "button" and button["url"] == firing.issue_url
    assert request.header("Idempotency-Key") == firing.alert_id


def test_slack_receives_a_digest_as_one_message(receiver, tmp_path):
    config = SlackChannel(url=secret_file(tmp_path, "slack-url", f"{receiver.url}/services/T1/B2/xyz"))
    firing, resolved = alerts_now()
    send(config, [firing, resolved], key="digest:finance:1")
    (request,) = receiver.wait_for(1)
    assert request.json["text"] == render.digest_title([firing, resolved])
    assert len(request.json["blocks"]) == 3


def test_teams_receives_an_adaptive_card_message_and_its_202_counts_as_delivered(receiver, tmp_path):
    receiver.respond_with(202)  # what a Teams Workflows webhook answers
    config = TeamsChannel(name="ops", url=secret_file(tmp_path, "teams-url", f"{receiver.url}/workflows/abc"))
    _, resolved = alerts_now()
    assert send(config, [resolved]) == 202
    (request,) = receiver.wait_for(1)
    message = request.json
    assert message["type"] == "message"
    (attachment,) = message["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert attachment["contentUrl"] is None
    card = attachment["content"]
    assert card["$schema"] == "http://adaptivecards.io/schemas/adaptive-card.json"
    assert (card["type"], card["version"]) == ("AdaptiveCard", "1.4")
    assert {block["type"] for block in card["body"]} <= {"TextBlock", "FactSet"}
    assert card["body"][0]["text"] == render.title(resolved)
    assert card["actions"] == [{"type": "Action.OpenUrl", "title": "Open issue", "url": resolved.issue_url}]
