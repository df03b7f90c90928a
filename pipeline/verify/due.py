"""When a fixed issue is verified, and what its verification event says (pure)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from pipeline.issues.lifecycle import on_verification
from pipeline.verify.hours import hours_between, series
from pipeline.verify.statistics import Verdict, VerificationPolicy, verify_fix
from topics.issues import Issue, IssueEvent, IssueState, Verification


def verification_event(
    issue: Issue,
    event_clock: datetime,
    count: Callable[[str], int],
    window: timedelta,
    baseline: timedelta,
    observation: timedelta,
    policy: VerificationPolicy = VerificationPolicy(),
) -> IssueEvent | None:
    """The verified/regressed event once the observation period after the fix has passed in event time;
    None before that, or while there are too few contacts to say (it is asked again later). `count`: the
    stored window counts (see `hours`), `window`: the counting window."""
    if issue.state != IssueState.fixed or issue.fixed_at is None or event_clock < issue.fixed_at + observation:
        return None
    before = series(count, issue.label, hours_between(issue.fixed_at - baseline, issue.fixed_at), window)
    after = series(count, issue.label, hours_between(issue.fixed_at, event_clock), window)
    result = verify_fix(before, after, policy)
    if result.verdict == Verdict.insufficient:
        return None
    measured = Verification(
        drop_percent=round(result.drop_percent, 1),
        ci_low_percent=round(result.ci_low_percent, 1),
        ci_high_percent=round(result.ci_high_percent, 1),
        contacts_avoided_per_week=round(result.contacts_avoided_per_week, 1),
        observed=result.observed,
        expected=round(result.expected, 1),
        observation_hours=result.observation_hours,
    )
    return on_verification(issue, result.verdict == Verdict.verified, measured, at=event_clock)
