"""Records of the closed loop: recurring issues, their lifecycle events, what agents are told.

`issues.events` is the audit trail (kept forever, keyed by issue_id); an issue's current state is folded
from its events, so the state can always be rebuilt and every change says who, when, why and from/to.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, Field

from topics.records import Signal, _Record


class IssueState(StrEnum):
    open = "open"
    acknowledged = "acknowledged"
    fixing = "fixing"
    fixed = "fixed"
    verified = "verified"
    wont_fix = "wont_fix"
    regressed = "regressed"  # the contacts came back: open again
    merged = "merged"  # a discovered candidate's issue whose candidate became a label: that label's issue now


class EventKind(StrEnum):
    opened = "opened"  # a signal for a label with no open issue
    signal = "signal"  # another signal attached to the open issue
    transition = "transition"  # a person moved the issue (acknowledge, fixing, fixed, wont_fix, reopen)
    verified = "verified"  # the drop after the fix was measured and is significant
    regressed = "regressed"  # no significant drop after the fix, or the contacts came back
    triaged = "triaged"  # its discovered candidate was promoted (merged) or dismissed (wont_fix) in triage


class Verification(_Record):
    """The measured effect of a fix: its label's share of contacts after the fix against its baseline."""

    drop_percent: float
    ci_low_percent: float
    ci_high_percent: float
    contacts_avoided_per_week: float
    observed: int = Field(ge=0)
    expected: float = Field(ge=0)
    observation_hours: int = Field(ge=0)


class IssueEvent(_Record):
    """One change of one issue; `event_id` makes a replayed event a no-op."""

    event_id: str = Field(description="Stable: a replay of the same change carries the same id.")
    issue_id: str
    kind: EventKind
    at: AwareDatetime = Field(description="When it happened (event time of the signal, or the request time).")
    actor: str = Field(min_length=1, max_length=128, description="Department, person or 'feedback-loop'.")
    note: str = Field(default="", max_length=2_000)
    from_state: IssueState | None = None
    to_state: IssueState
    label: str
    owners: list[str] = Field(default_factory=list)
    signal_id: str | None = None
    count: int | None = Field(default=None, ge=0, description="Contacts in the signal's window.")
    verification: Verification | None = None
    signal: Signal | None = Field(default=None, description="The signal that caused it, if any.")
    first_seen: AwareDatetime | None = Field(default=None, description="When the issue was first seen.")
    drivers: list[str] = Field(default_factory=list, max_length=10, description="Top driving terms then.")


class TransitionRequest(_Record):
    """Body of `POST /issues/{issue_id}/transitions`."""

    to: Literal["acknowledged", "fixing", "fixed", "wont_fix", "open"]
    actor: str = Field(min_length=1, max_length=128)
    note: str = Field(default="", max_length=2_000)


class Issue(_Record):
    """A recurring issue as a department works on it; folded from its events (no personal data)."""

    issue_id: str
    label: str
    category: str
    name: str = Field(description="Readable name of the label.")
    owners: list[str]
    state: IssueState
    opened_at: AwareDatetime
    first_seen: AwareDatetime
    last_seen: AwareDatetime
    signals: int = Field(ge=0)
    contacts_per_day: dict[str, int] = Field(default_factory=dict, description="ISO date → contacts with the label.")
    drivers: dict[str, int] = Field(default_factory=dict, description="Top driving terms and how often they came up.")
    example_contact_ids: list[str] = Field(default_factory=list, max_length=5)
    agents: dict[str, int] = Field(default_factory=dict, description="Agent id → their contacts that fed the issue.")
    fixed_at: AwareDatetime | None = None
    verification: Verification | None = None
    timeline: list[IssueEvent] = Field(default_factory=list)


class AgentNotification(_Record):
    """What an agent is told when an issue their contacts fed is acknowledged or its fix verified."""

    notification_id: str = Field(description="Stable: the event id and the agent; a replay carries the same id.")
    agent_id: str
    issue_id: str
    kind: Literal["acknowledged", "verified"]
    at: AwareDatetime
    contacts: int = Field(ge=0, description="How many of the agent's contacts fed the issue.")
    message: str
