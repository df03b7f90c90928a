"""The verifier: stores the center's finalised window counts and, on a timer, verifies fixed issues.

It reads `counts` (one record per finalised window, every contact counted once by the counting stage), not
`contacts.classified`: a contact that reached classification twice (a replay, a re-ingested file) is
counted once there, and a window record sent twice stores the same values again. Counts live in a global
table (every worker sees every label, so totals are complete), with the end of the newest window as the
event clock; a fixed issue is verified once that clock passes the end of its observation period.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from datetime import UTC, datetime, timedelta

import faust

from pipeline.deps import Deps
from pipeline.issues.agents import local_issues
from pipeline.runtime.stage import Out, Stage, run_stage
from pipeline.verify.due import verification_event
from pipeline.verify.hours import CLOCK, expired_keys, window_entries
from pipeline.verify.statistics import VerificationPolicy
from topics import catalog
from topics.counts import CenterWindow
from topics.validation import parse_record

KEEP_SLACK = timedelta(days=14)  # a fix verified late (a worker down for days) still finds its baseline


def event_clock(windows: MutableMapping[str, int]) -> datetime:
    """The end of the newest window stored; the epoch before any, so nothing is due before contacts flow."""
    return datetime.fromtimestamp(windows.get(CLOCK) or 0, UTC)


def storing_stage(windows: MutableMapping[str, int], keep: timedelta) -> Stage:
    """Stores each final window; once a day of event time, forgets the windows older than `keep` (what a
    verification can still read: the baseline before a fix, the observation after it, and slack)."""
    swept: list[datetime] = []  # the newest sweep's day, in this process (sweeping again changes nothing)

    def process(payload: bytes) -> Iterable[Out]:
        window = parse_record(CenterWindow, payload)
        for key, count in window_entries(window):
            if windows.get(key) != count:
                windows[key] = count
        end = int(window.window_end.timestamp())
        if end > (windows.get(CLOCK) or 0):
            windows[CLOCK] = end
        day = window.window_start.replace(hour=0, minute=0, second=0, microsecond=0)
        if not swept or day > swept[-1]:
            swept[:] = [day]
            for key in expired_keys(list(windows.keys()), event_clock(windows) - keep):
                del windows[key]
        return []

    return Stage("verify", catalog.COUNTS, process, unexpected="cannot store window counts")


def register(app: faust.App, deps: Deps, issues: faust.Table) -> None:
    settings = deps.settings
    windows = app.GlobalTable("verification_window_counts", default=int, partitions=1)
    window = timedelta(seconds=settings.window_seconds)
    baseline = timedelta(days=settings.verification_baseline_days)
    observation = timedelta(hours=settings.verification_observation_hours)
    storing = storing_stage(windows, keep=baseline + observation + KEEP_SLACK)
    policy = VerificationPolicy(min_hours=min(VerificationPolicy().min_hours, settings.verification_observation_hours))

    @app.agent(deps.topics.counts, name="store_window_counts")
    async def store_window_counts(stream: faust.StreamT) -> None:
        await run_stage(stream, storing, deps.dead_letters)

    sent: set[str] = set()  # sent and not yet folded: not sent again (folding would ignore it anyway)

    @app.timer(interval=settings.verification_check_seconds)
    async def verify_fixed_issues() -> None:
        clock = event_clock(windows)
        for issue in local_issues(issues):
            event = verification_event(
                issue, clock, lambda k: windows.get(k) or 0, window, baseline, observation, policy
            )
            if event is not None and event.event_id not in sent:
                sent.add(event.event_id)
                await deps.topics.issue_events.send(key=issue.issue_id.encode(), value=event.to_bytes())
