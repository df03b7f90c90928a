"""Retries for one send: exponential backoff with jitter, honouring the receiver's Retry-After (tenacity).

Only failures the channel calls retryable are tried again; the retry budget is both a number of attempts
and a time, whichever runs out first. The last failure is raised to the caller, which dead-letters it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
)

from pipeline.deliver.channels.base import DeliveryError


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 8
    initial_seconds: float = 1.0
    max_seconds: float = 60.0
    budget_seconds: float = 300.0


class WaitRetryAfter:
    """The receiver's Retry-After when it gave one (capped by the policy's longest wait), else backoff."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.backoff = wait_exponential_jitter(
            multiplier=policy.initial_seconds, max=policy.max_seconds, jitter=policy.initial_seconds
        )

    def __call__(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, DeliveryError) and error.retry_after is not None:
            return min(max(error.retry_after, 0.0), self.policy.max_seconds)
        return self.backoff(state)


def _retryable(error: BaseException) -> bool:
    return isinstance(error, DeliveryError) and error.retryable


async def send_with_retries(
    send: Callable[[], Awaitable[int | None]],
    policy: RetryPolicy,
    on_retry: Callable[[int, DeliveryError, float], Awaitable[None]],
) -> tuple[int | None, int]:
    """(status, attempts) once `send` succeeds; raises the last DeliveryError when the budget is spent.

    `on_retry(attempt, error, wait_seconds)` is awaited before each wait, to log the failed attempt."""

    async def before_sleep(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        assert isinstance(error, DeliveryError)
        await on_retry(state.attempt_number, error, state.upcoming_sleep)

    retrying = AsyncRetrying(
        stop=stop_after_attempt(policy.max_attempts) | stop_after_delay(policy.budget_seconds),
        wait=WaitRetryAfter(policy),
        retry=retry_if_exception(_retryable),
        before_sleep=before_sleep,
        reraise=True,
    )
    status, attempts = None, 0
    async for attempt in retrying:
        with attempt:
            attempts = attempt.retry_state.attempt_number
            status = await send()
    return status, attempts
