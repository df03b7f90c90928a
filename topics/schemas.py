"""Every record type by the name `feedback-loop schema NAME` knows it: the JSON Schemas of the contract."""

from __future__ import annotations

from pydantic import BaseModel

from topics.alerts import Alert, Delivery, DeliveryDeadLetter
from topics.counts import CenterWindow, CountTick, PartitionWindows
from topics.discovery import Candidate, Dismissal, DismissalRequest, Promotion, PromotionRequest
from topics.issues import AgentNotification, Issue, IssueEvent, TransitionRequest
from topics.records import ClassifiedContact, Contact, DeadLetter, RedactedContact, Signal
from topics.subscriptions import SubscriptionChange

RECORD_TYPES: dict[str, type[BaseModel]] = {
    "contact": Contact,
    "redacted-contact": RedactedContact,
    "classified-contact": ClassifiedContact,
    "count-tick": CountTick,
    "partition-windows": PartitionWindows,
    "center-window": CenterWindow,
    "signal": Signal,
    "alert": Alert,
    "dead-letter": DeadLetter,
    "issue": Issue,
    "issue-event": IssueEvent,
    "transition-request": TransitionRequest,
    "agent-notification": AgentNotification,
    "delivery": Delivery,
    "delivery-dead-letter": DeliveryDeadLetter,
    "subscription-change": SubscriptionChange,
    "candidate": Candidate,
    "promotion": Promotion,
    "promotion-request": PromotionRequest,
    "dismissal": Dismissal,
    "dismissal-request": DismissalRequest,
}
