"""The new_issue signals of discovery (pure): a candidate that recurs, and a candidate promoted to a label.

Both are made from event time only, so a replay makes the same signal with the same id.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from nlp.discovery.candidates import DiscoveryPolicy, window_of
from nlp.taxonomy import UNCLASSIFIED, category_of
from topics.discovery import Candidate, Promotion
from topics.records import Severity, Signal, SignalKind


def candidate_signal(candidate: Candidate, due: str, policy: DiscoveryPolicy) -> Signal:
    """`opened` when the candidate first recurs (update 0); `grew` each time it doubled since (update n)."""
    window = timedelta(minutes=policy.window_minutes)
    start = datetime.fromisoformat(window_of(candidate.last_seen, policy.window_minutes))
    update = 0 if due == "opened" else max(1, int(math.log2(candidate.size / policy.min_contacts)))
    return Signal(
        signal_id=f"new_issue:{candidate.label}",
        kind=SignalKind.new_issue,
        label=candidate.label,
        category=UNCLASSIFIED,
        window_start=start,
        window_end=start + window,
        count=candidate.size,
        expected=0.0,
        score=float(candidate.size),
        severity=Severity.warning,
        episode_start=datetime.fromisoformat(window_of(candidate.first_seen, policy.window_minutes)),
        update=update,
        detected_at=candidate.last_seen,
    )


def promotion_signal(promotion: Promotion, policy: DiscoveryPolicy) -> Signal:
    """Opens the promoted label's issue with its history starting at the candidate's first contact."""
    start = datetime.fromisoformat(window_of(promotion.first_seen, policy.window_minutes))
    end = max(datetime.fromisoformat(window_of(promotion.at, policy.window_minutes)), start) + timedelta(
        minutes=policy.window_minutes
    )
    return Signal(
        signal_id=f"new_issue:{promotion.label}:promoted:{promotion.candidate_id}",
        kind=SignalKind.new_issue,
        label=promotion.label,
        category=category_of(promotion.label),
        window_start=start,
        window_end=end,
        count=promotion.size,
        expected=0.0,
        score=float(promotion.size),
        severity=Severity.warning,
        episode_start=start,
        detected_at=promotion.at,
    )
