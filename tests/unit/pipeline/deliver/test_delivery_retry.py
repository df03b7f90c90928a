"""Retries for one send: retryable failures are tried again with backoff or Retry-After, within a budget."""

from __future__ import annotations

import asyncio
import time

import pytest

from pipeline.deliver.channels.errors import DeliveryError
from pipeline.deliver.retry import RetryPolicy, send_with_retries

# Waits of at most 20 ms: the fixed 1 s jitter of wait_exponential_jitter is capped by max_seconds.
FAST = RetryPolicy(max_attempts=5, initial_seconds=0.01, max_seconds=0.02, budget_seconds=10.0)


class FlakySend:
    """Raises the given errors in turn, then returns `status`; counts its calls."""

    def __init__(self, errors: list[Exception], status: int | None = 200) -> None:
        self.errors, self.status, self.calls = list(errors), status, 0

    async def __call__(self) -> int | None:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return self.status


class Retries:
    """Collects on_retry calls as (attempt, reason, wait)."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, str, float]] = []

    async def __call__(self, attempt: int, error: DeliveryError, wait: float) -> None:
        self.calls.append((attempt, error.reason, wait))


def run(send, policy: RetryPolicy = FAST, on_retry: Retries | None = None):
    return asyncio.run(send_with_retries(send, policy, on_retry or Retries()))


def retryable(reason: str = "HTTP 503", retry_after: float | None = None) -> DeliveryError:
    return DeliveryError(reason, True, retry_after=retry_after, status_code=503)


def test_a_first_time_success_is_one_attempt_without_retries():
    send, retries = FlakySend([], status=204), Retries()
    assert run(send, on_retry=retries) == (204, 1)
    assert send.calls == 1 and retries.calls == []


def test_a_send_that_returns_no_status_still_counts_its_attempt():
    assert run(FlakySend([], status=None)) == (None, 1)


def test_succeeds_after_retryable_failures():
    send, retries = FlakySend([retryable("first"), retryable("second")], status=202), Retries()
    assert run(send, on_retry=retries) == (202, 3)
    assert send.calls == 3
    assert [(attempt, reason) for attempt, reason, _ in retries.calls] == [(1, "first"), (2, "second")]
    assert all(0 <= wait <= FAST.max_seconds for _, _, wait in retries.calls)


def test_backoff_without_retry_after_waits_at_most_max_seconds():
    policy = RetryPolicy(max_attempts=4, initial_seconds=0.001, max_seconds=0.005, budget_seconds=10.0)
    retries = Retries()
    run(FlakySend([retryable(), retryable(), retryable()]), policy, retries)
    waits = [wait for _, _, wait in retries.calls]
    assert len(waits) == 3 and all(0.001 <= wait <= 0.005 for wait in waits)


def test_retry_after_is_honoured():
    policy = RetryPolicy(max_attempts=3, initial_seconds=0.001, max_seconds=1.0, budget_seconds=10.0)
    send, retries = FlakySend([retryable(retry_after=0.05)]), Retries()
    started = time.monotonic()
    assert run(send, policy, retries) == (200, 2)
    elapsed = time.monotonic() - started
    assert retries.calls == [(1, "HTTP 503", 0.05)]
    assert elapsed >= 0.045  # it did wait (not the ~1 ms backoff)


@pytest.mark.timeout(10)  # uncapped, it would sleep for the hour asked
def test_retry_after_is_capped_at_max_seconds():
    policy = RetryPolicy(max_attempts=3, initial_seconds=0.001, max_seconds=0.03, budget_seconds=10.0)
    send, retries = FlakySend([retryable(retry_after=3600)]), Retries()
    started = time.monotonic()
    assert run(send, policy, retries) == (200, 2)
    assert retries.calls == [(1, "HTTP 503", 0.03)]
    assert time.monotonic() - started < 1.0


def test_a_negative_retry_after_waits_nothing():
    send, retries = FlakySend([retryable(retry_after=-5)]), Retries()
    assert run(send, on_retry=retries) == (200, 2)
    assert retries.calls == [(1, "HTTP 503", 0.0)]


def test_stops_at_max_attempts_and_raises_the_last_error():
    errors = [retryable(f"failure {n}") for n in range(1, 10)]
    send, retries = FlakySend(errors), Retries()
    with pytest.raises(DeliveryError) as raised:
        run(send, on_retry=retries)
    assert send.calls == FAST.max_attempts == 5
    assert raised.value.reason == "failure 5"
    assert [attempt for attempt, _, _ in retries.calls] == [1, 2, 3, 4]  # no wait after the last attempt


def test_one_attempt_allowed_means_no_retry():
    policy = RetryPolicy(max_attempts=1, initial_seconds=0.01, max_seconds=0.02, budget_seconds=10.0)
    send, retries = FlakySend([retryable("only"), retryable("never")]), Retries()
    with pytest.raises(DeliveryError, match="only"):
        run(send, policy, retries)
    assert send.calls == 1 and retries.calls == []


def test_a_non_retryable_error_is_raised_after_one_attempt():
    refused = DeliveryError("HTTP 404", False, status_code=404)
    send, retries = FlakySend([refused]), Retries()
    with pytest.raises(DeliveryError) as raised:
        run(send, on_retry=retries)
    assert raised.value is refused
    assert send.calls == 1 and retries.calls == []


def test_a_non_retryable_error_after_retryable_ones_stops_at_once():
    refused = DeliveryError("HTTP 401", False, status_code=401)
    send, retries = FlakySend([retryable(), refused, retryable()]), Retries()
    with pytest.raises(DeliveryError) as raised:
        run(send, on_retry=retries)
    assert raised.value is refused
    assert send.calls == 2 and [attempt for attempt, _, _ in retries.calls] == [1]


def test_an_exception_that_is_not_a_delivery_error_is_not_retried():
    send = FlakySend([ValueError("bug")])
    with pytest.raises(ValueError, match="bug"):
        run(send)
    assert send.calls == 1


def test_the_time_budget_stops_retrying_before_max_attempts():
    policy = RetryPolicy(max_attempts=1000, initial_seconds=0.01, max_seconds=0.01, budget_seconds=0.05)
    errors = [retryable(f"failure {n}") for n in range(1, 1001)]
    send, retries = FlakySend(errors), Retries()
    started = time.monotonic()
    with pytest.raises(DeliveryError) as raised:
        run(send, policy, retries)
    elapsed = time.monotonic() - started
    # Each wait is 10 ms, so the 50 ms budget allows about 6 attempts, never 1000.
    assert 2 <= send.calls <= 7
    assert raised.value.reason == f"failure {send.calls}"
    assert len(retries.calls) == send.calls - 1
    assert 0.04 <= elapsed < 1.0


def test_a_zero_budget_makes_one_attempt():
    policy = RetryPolicy(max_attempts=10, initial_seconds=0.01, max_seconds=0.02, budget_seconds=0)
    send = FlakySend([retryable(), retryable()])
    with pytest.raises(DeliveryError):
        run(send, policy)
    assert send.calls == 1
