"""SMTP failures: 4xx replies and lost connections are retried, 5xx replies and TLS failures are final."""

from __future__ import annotations

import ssl

import aiosmtplib
import pytest

from pipeline.deliver.channels.email import classify

WHERE = "email channel 'ops'"


@pytest.mark.parametrize(
    ("error", "retryable", "code"),
    [
        (aiosmtplib.SMTPDataError(451, "4.3.0 try again later"), True, 451),
        (aiosmtplib.SMTPSenderRefused(421, "4.7.0 too busy", "fl@example.com"), True, 421),
        (aiosmtplib.SMTPDataError(554, "5.7.1 rejected as spam"), False, 554),
        (aiosmtplib.SMTPAuthenticationError(535, "5.7.8 bad credentials"), False, 535),
        (
            aiosmtplib.SMTPRecipientsRefused([aiosmtplib.SMTPRecipientRefused(550, "no such user", "x@example.com")]),
            False,
            550,
        ),
        (
            aiosmtplib.SMTPRecipientsRefused([aiosmtplib.SMTPRecipientRefused(452, "mailbox full", "x@example.com")]),
            True,
            452,
        ),
        (aiosmtplib.SMTPConnectError("connection refused"), True, None),
        (aiosmtplib.SMTPServerDisconnected("gone"), True, None),
        (aiosmtplib.SMTPConnectTimeoutError("slow"), True, None),
        (ConnectionRefusedError(111, "refused"), True, None),
        (ssl.SSLCertVerificationError("certificate verify failed"), False, None),
        (aiosmtplib.SMTPException("SMTP STARTTLS extension not supported by server."), False, None),
    ],
)
def test_smtp_failures_are_sorted_by_whether_trying_again_can_help(error, retryable, code):
    classified = classify(error, WHERE)
    assert (classified.retryable, classified.status_code) == (retryable, code)
    assert WHERE in classified.reason


def test_a_reply_echoing_the_password_is_not_repeated():
    classified = classify(aiosmtplib.SMTPAuthenticationError(535, "bad password hunter2"), WHERE, secrets=["hunter2"])
    assert classified.reason == f"SMTP 535 from {WHERE}" and not classified.retryable
