"""E-mail against a real SMTP server (aiosmtpd): what arrives, logins, and SMTP failures sorted for retry."""

from __future__ import annotations

import pytest

from pipeline.deliver.channels import DeliveryError, render
from pipeline.deliver.channels.email import message_id
from pipeline.runtime.broker import free_port
from pipeline.testing_receivers import SMTPReceiver
from topics.subscriptions import EmailChannel, Secret

from .support import alerts_now, send


def channel(port: int, **changes) -> EmailChannel:
    fields = {
        "name": "ops-mail",
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "sender": "feedback-loop@example.com",
        "to": ["finance@example.com", "oncall@example.com"],
        "timeout_seconds": 5,
    }
    return EmailChannel(**{**fields, **changes})


def test_the_email_arrives_with_the_title_as_subject_and_the_alert_id_header():
    firing, _ = alerts_now()
    with SMTPReceiver() as receiver:
        assert send(channel(receiver.port), [firing]) == 250
        (mail,) = receiver.wait_for(1)
    assert mail.mail_from == "feedback-loop@example.com"
    assert mail.rcpt_tos == ["finance@example.com", "oncall@example.com"]
    message = mail.message
    assert message["Subject"] == render.title(firing)
    assert message["X-Feedback-Loop-Alert-Id"] == firing.alert_id
    assert message["Message-ID"] == message_id(firing.alert_id)
    assert message["Auto-Submitted"] == "auto-generated"
    assert "Issue: " + firing.issue_url in message.get_body(("plain",)).get_content()
    assert firing.issue_url in message.get_body(("html",)).get_content()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_a_login_uses_the_password_from_its_secret(monkeypatch):
    monkeypatch.setenv("FL_SMTP_PASSWORD", "correct horse")
    firing, _ = alerts_now()
    with SMTPReceiver(credentials=("feedback-loop", "correct horse")) as receiver:
        config = channel(receiver.port, username="feedback-loop", password=Secret(env="FL_SMTP_PASSWORD"))
        assert send(config, [firing]) == 250
        receiver.wait_for(1)
        monkeypatch.setenv("FL_SMTP_PASSWORD", "wrong horse")
        with pytest.raises(DeliveryError) as refused:
            send(config, [firing])
    assert refused.value.status_code == 535 and not refused.value.retryable
    assert "horse" not in refused.value.reason


def test_a_4xx_reply_is_retryable_and_a_5xx_reply_is_final():
    firing, _ = alerts_now()
    with SMTPReceiver() as receiver:
        receiver.respond_with("451 4.3.0 Try again later")
        with pytest.raises(DeliveryError) as later:
            send(channel(receiver.port), [firing])
        receiver.respond_with("554 5.7.1 Rejected")
        with pytest.raises(DeliveryError) as never:
            send(channel(receiver.port), [firing])
        assert send(channel(receiver.port), [firing]) == 250
    assert (later.value.retryable, later.value.status_code) == (True, 451)
    assert (never.value.retryable, never.value.status_code) == (False, 554)
    assert later.value.reason.startswith("SMTP 451 from email channel 'ops-mail'")


def test_starttls_required_but_not_offered_is_final():
    firing, _ = alerts_now()
    with SMTPReceiver() as receiver:
        with pytest.raises(DeliveryError) as refused:
            send(channel(receiver.port, security="starttls"), [firing])
        assert receiver.messages == []
    assert not refused.value.retryable and "STARTTLS" in refused.value.reason


def test_a_server_that_is_down_is_retryable():
    firing, _ = alerts_now()
    with pytest.raises(DeliveryError) as down:
        send(channel(free_port()), [firing])
    assert down.value.retryable and "cannot reach email channel 'ops-mail'" in down.value.reason
