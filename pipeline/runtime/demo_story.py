"""The demo's story of the closed loop, played on the running worker in event time around now.

A day of ordinary traffic with an incident of late deliveries; logistics acknowledges and fixes it; the
next half day of contacts has far fewer late deliveries, so the fix is verified and the agents who
reported it are told. Contacts are dated from a day ago to half a day ahead (within the one day of clock
skew the worker accepts), so the event clock passes the observation period within seconds.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from pipeline.ingest.http import BatchIntake
from pipeline.issues.service import IssueService
from pipeline.synthetic import generate
from topics.issues import IssueState, TransitionRequest

LABEL = "delivery.late"
OWNER = "logistics"
BEFORE = [LABEL] * 4 + ["billing.unexpected_amount"] * 2 + ["unclassified"] * 18  # an hour, 24 contacts
AFTER = [LABEL] * 1 + ["billing.unexpected_amount"] * 2 + ["unclassified"] * 21
OBSERVATION_HOURS = 12
DEMO_SETTINGS = {
    "verification_baseline_days": 1,
    "verification_observation_hours": OBSERVATION_HOURS,
    "verification_check_seconds": 2.0,
    "window_seconds": 300,  # the story's incident fits in five minutes
    "window_idle_seconds": 5.0,  # the replayed history closes its last window within seconds
}


def story_lines(labels: list[str], start: datetime, hours: int, seed: int) -> str:
    spacing = 3600 / len(labels)
    items = generate(len(labels) * hours, seed=seed, start=start, spacing_seconds=spacing, labels=labels)
    return "\n".join(item.contact.model_dump_json() for item in items)


def incident_lines(at: datetime, window_seconds: int, count: int, seed: int) -> str:
    """`count` late deliveries inside one counting window: a signal."""
    window_start = datetime.fromtimestamp(at.timestamp() // window_seconds * window_seconds, UTC)
    spacing = window_seconds / (count + 2)
    start = window_start + timedelta(seconds=spacing)
    items = generate(count, seed=seed, start=start, spacing_seconds=spacing, labels=[LABEL])
    return "\n".join(item.contact.model_dump_json() for item in items)


def in_event_order(*blocks: str) -> str:
    """One JSONL block sorted by `occurred_at`: windows close in event time, so history goes in in order."""
    lines = [line for block in blocks for line in block.splitlines() if line.strip()]
    return "\n".join(sorted(lines, key=lambda line: json.loads(line)["occurred_at"]))


async def play(intake: BatchIntake, issues: IssueService, base_url: str, echo: Callable[[str], None]) -> None:
    settings = issues.deps.settings
    now = datetime.now(UTC).replace(microsecond=0)
    before = story_lines(BEFORE, now - timedelta(hours=24), 24, seed=501)
    incident = incident_lines(now - timedelta(hours=2), settings.window_seconds, settings.signal_threshold + 2, 502)
    await intake.accept(in_event_order(before, incident), source="demo:story")
    issue = await _wait(lambda: issues.get(LABEL))
    echo(f"Story: issue {LABEL!r} is open for {OWNER} ({issue.signals} signal(s)): {base_url}/ui/departments/{OWNER}")
    steps = (
        ("acknowledged", "carrier contacted", "the agents who reported it are told"),
        (
            "fixed",
            "new carrier for the evening round",
            f"the drop is measured over {OBSERVATION_HOURS} h of event time",
        ),
    )
    for state, note, then in steps:
        await issues.move(LABEL, TransitionRequest(to=state, actor=OWNER, note=note))
        echo(f"Story: {OWNER} marked it {state} ({note}); {then}: {base_url}/ui/issues/{LABEL}")
    fixed = issues.get(LABEL)
    assert fixed is not None and fixed.fixed_at is not None
    await intake.accept(story_lines(AFTER, fixed.fixed_at, OBSERVATION_HOURS + 1, seed=503), source="demo:story")
    verified = await _wait(lambda: _in_state(issues, IssueState.verified, IssueState.regressed))
    result = verified.verification
    interval = f"95 % interval {result.ci_low_percent:.0f}–{result.ci_high_percent:.0f} %"
    echo(
        f"Story: the fix is {verified.state.value}: late-delivery contacts dropped {result.drop_percent:.0f} % "
        f"({interval}, ≈{result.contacts_avoided_per_week:.0f} fewer a week); "
        f"an agent's page: {base_url}/ui/agents/{next(iter(verified.agents), '')}"
    )


def _in_state(issues: IssueService, *states: IssueState):
    issue = issues.get(LABEL)
    return issue if issue is not None and issue.state in states else None


async def _wait(find, timeout: float = 120.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        found = find()
        if found is not None:
            return found
        await asyncio.sleep(0.25)
    raise TimeoutError("the demo story did not move on within two minutes")
