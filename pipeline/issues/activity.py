"""What an issue's contacts look like over time, per label (pure): contacts and agents per day, the
driving terms, a few example contact ids. Bounded: a label keeps at most KEEP_DAYS days."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from pydantic import BaseModel, Field

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


def record(activity: Activity, contact: ClassifiedContact) -> Activity:
    """`activity` with one more contact (a replay of a recent contact id is not counted twice)."""
    if contact.contact_id in activity.examples:
        return activity
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
