"""How failures are sorted: retry (and when) or give up, with reasons that never show a URL or a secret."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from pipeline.deliver.channels import DeliveryError, build_notifier
from pipeline.deliver.channels.errors import parse_retry_after
from topics.subscriptions import Secret, SlackChannel, WebhookChannel

from .samples import firing_alert

HOOK = "https://hooks.slack.example/services/T0001/B0002/sEcReTtOkEn42"


def send_through(handler, config=None) -> int | None:
    """Send one alert through a Slack notifier whose HTTP client answers with `handler`."""

    async def main() -> int | None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            notifier = build_notifier(config or SlackChannel(name="ops", url=Secret(env="FL_TEST_HOOK")), http)
            return await notifier.send([firing_alert()], "evt-1:finance")

    return asyncio.run(main())


def failure(handler, config=None) -> DeliveryError:
    with pytest.raises(DeliveryError) as raised:
        send_through(handler, config)
    assert HOOK not in raised.value.reason and "hooks.slack" not in raised.value.reason
    assert "sEcReTtOkEn42" not in str(raised.value) and raised.value.__cause__ is None
    return raised.value


@pytest.fixture(autouse=True)
def hook(monkeypatch):
    monkeypatch.setenv("FL_TEST_HOOK", HOOK)


def answer(status: int, headers: dict | None = None, text: str = ""):
    return lambda request: httpx.Response(status, headers=headers, text=text)


def test_a_2xx_answer_is_returned_as_the_status_code():
    assert send_through(answer(200, text="ok")) == 200


def test_429_with_retry_after_seconds_is_retryable_after_that_long():
    error = failure(answer(429, {"Retry-After": "7"}))
    assert (error.retryable, error.retry_after, error.status_code) == (True, 7, 429)
    assert error.reason == "HTTP 429 from slack channel 'ops'"


def test_429_with_retry_after_as_an_http_date_waits_until_that_date():
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    error = failure(answer(429, {"Retry-After": later}))
    assert error.retryable and 27 <= error.retry_after <= 30


@pytest.mark.parametrize("status", [408, 425, 500, 502, 503, 504])
def test_timeouts_too_early_and_server_errors_are_retryable(status):
    error = failure(answer(status))
    assert error.retryable and error.status_code == status and error.retry_after is None


@pytest.mark.parametrize("status", [301, 400, 401, 403, 404, 410, 413])
def test_other_answers_mean_the_request_is_wrong_and_are_not_retried(status):
    error = failure(answer(status, {"Retry-After": "5"}))
    assert not error.retryable and error.status_code == status and error.retry_after is None


def test_the_receivers_short_answer_is_kept_unless_it_could_hold_the_url():
    assert failure(answer(400, text="invalid_payload\n")).reason == "HTTP 400 from slack channel 'ops': invalid_payload"
    assert failure(answer(404, text=f"no hook at {HOOK}")).reason == "HTTP 404 from slack channel 'ops'"
    assert failure(answer(404, text="unknown token sEcReTtOkEn42")).reason == "HTTP 404 from slack channel 'ops'"
    assert failure(answer(500, text="<html><body>oops</body></html>")).reason == "HTTP 500 from slack channel 'ops'"


def test_a_json_answer_gives_its_message():
    alertmanager = '{"code":601,"message":"0.generatorURL in body must be of type uri: \\"x\\""}'
    teams = '{"error":{"code":"TriggerInputSchemaMismatch","message":"The input body does not match"}}'
    assert failure(answer(422, text=alertmanager)).reason.endswith(': 0.generatorURL in body must be of type uri: "x"')
    assert failure(answer(400, text=teams)).reason.endswith(": The input body does not match")


@pytest.mark.parametrize(
    ("exception", "words"),
    [(httpx.ConnectError, "cannot reach slack channel 'ops' (ConnectError)"), (httpx.ReadTimeout, "timed out")],
)
def test_connection_errors_and_timeouts_are_retryable(exception, words):
    def refuse(request):
        raise exception(f"failed talking to {request.url}", request=request)

    error = failure(refuse)
    assert error.retryable and error.status_code is None and words in error.reason


def test_a_missing_secret_is_not_retryable_and_the_reason_names_the_variable(monkeypatch):
    monkeypatch.delenv("FL_TEST_HOOK")
    error = failure(answer(200))
    assert not error.retryable
    assert error.reason == "environment variable FL_TEST_HOOK is not set"


def test_a_missing_signing_secret_is_named_without_revealing_the_url(monkeypatch, tmp_path):
    config = WebhookChannel(url=Secret(env="FL_TEST_HOOK"), signing_secret=Secret(file=tmp_path / "absent"))
    error = failure(answer(200), config)
    assert not error.retryable and "secret file" in error.reason and str(tmp_path / "absent") in error.reason


def test_a_secret_that_is_no_url_is_a_configuration_error(monkeypatch):
    monkeypatch.setenv("FL_TEST_HOOK", "not-a-url")
    error = failure(answer(200))
    assert not error.retryable and error.reason == "the URL of slack channel 'ops' is not a valid http(s) URL"


NOW = datetime(2026, 7, 14, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (" 2 ", 2.0),
        ("1.5", 1.5),
        ("-5", 0.0),
        ("Tue, 14 Jul 2026 12:01:30 GMT", 90.0),
        ("Tue, 14 Jul 2026 11:00:00 GMT", 0.0),  # already past: go now
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(header, seconds):
    assert parse_retry_after(header, now=NOW) == seconds
