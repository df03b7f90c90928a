"""What an issue's contacts look like over time, per label (pure): contacts and agents per day, the
driving terms, a few example contact ids. Bounded: a label keeps at most KEEP_DAYS days.

Counted once (`pipeline/runtime/replay.py`): the value keeps the offset of the last record it took in (a
replay after a crash is at or below it) and short hashes of the label's last 256 contact ids (a copy an
earlier stage's replay made comes soon after the original, at a new offset). Both are in the same value as
the counts, so they can never disagree after a crash."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from pydantic import BaseModel, Field

from pipeline.runtime.replay import ReplayGuard
from topics.records import ClassifiedContact

KEEP_DAYS = 90
KEEP_EXAMPLES = 5
KEEP_DRIVERS = 50
UNKNOWN_AGENT = "unknown"


class Activity(BaseModel):
    days: dict[str, int] = Field(default_factory=dict, description="ISO date → contacts.")
    agents: dict[str, dict[str, int]] = Field(default_factory=dict, description="ISO date → agent id → contacts.")
    drivers: dict[str, int] = Field(default_factory=dict)
    examples: list[str] = Field(default_factory=list)
    last_offset: int = Field(default=-1, description="Offset of the newest record taken in (-1: none yet).")
    recent: list[str] = Field(default_factory=list, description="Short hashes of the last contact ids.")


def record(activity: Activity, contact: ClassifiedContact, offset: int | None = None) -> Activity:
    """`activity` with one more contact; unchanged for a replayed offset, and a recent contact id is not
    counted twice (only the offset moves on)."""
    guard = ReplayGuard(last_offset=activity.last_offset, recent=activity.recent)
    if offset is not None and guard.is_replay(offset):
        return activity
    after = guard.after(contact.contact_id, activity.last_offset if offset is None else offset)
    if guard.is_copy(contact.contact_id):
        return activity.model_copy(update={"last_offset": after.last_offset})
    day = contact.occurred_at.date().isoformat()
    days = dict(activity.days)
    days[day] = days.get(day, 0) + 1
    agents = {key: dict(value) for key, value in activity.agents.items()}
    per_agent = agents.setdefault(day, {})
    agent = contact.agent_id or UNKNOWN_AGENT
    per_agent[agent] = per_agent.get(agent, 0) + 1
    drivers = Counter(activity.drivers)
    drivers.update(contact.matched_terms)
    oldest = (contact.occurred_at.date() - timedelta(days=KEEP_DAYS)).isoformat()
    return Activity(
        days={d: n for d, n in days.items() if d >= oldest},
        agents={d: a for d, a in agents.items() if d >= oldest},
        drivers=dict(drivers.most_common(KEEP_DRIVERS)),
        examples=[*activity.examples, contact.contact_id][-KEEP_EXAMPLES:],
        last_offset=after.last_offset,
        recent=after.recent,
    )


def since(activity: Activity, start: datetime) -> tuple[dict[str, int], dict[str, int]]:
    """Contacts per day and per agent from `start`'s day on: what fed the issue."""
    first: date = start.date()
    days = {d: n for d, n in sorted(activity.days.items()) if d >= first.isoformat()}
    agents: Counter[str] = Counter()
    for d, per_agent in activity.agents.items():
        if d >= first.isoformat():
            agents.update(per_agent)
    return days, dict(agents.most_common())


def top_drivers(activity: Activity, top: int = 5) -> dict[str, int]:
    """The `top` terms that came up most in the label's contacts, most frequent first."""
    return dict(sorted(activity.drivers.items(), key=lambda item: -item[1])[:top])
