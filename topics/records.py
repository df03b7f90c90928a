"""Record schemas for every topic: the contract between producers, the worker and departments.

All records are pydantic v2 models serialised as JSON. Producers outside this repo get the
JSON Schema from `feedback-loop schema NAME`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

_EMAIL_LIKE = re.compile(r"@|\+?\d[\d\s-]{7,}\d")

# Bounds on what one contact may cost a stage: the payload is checked before parsing, the text before
# redaction and classification. A one-hour call transcript is about 60,000 characters.
MAX_CONTACT_BYTES = 256 * 1024
MAX_CONTACT_TEXT_CHARS = 100_000
MAX_TURN_CHARS = 20_000
# A placeholder is at most three times as long as the shortest text it replaces ("Ed" → "[NAME]"): redacted
# text may outgrow the limits of the text it came from by that much, and must still be a valid record.
PLACEHOLDER_GROWTH = 3
_EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
_LATEST = datetime(2100, 1, 1, tzinfo=UTC)


class Channel(StrEnum):
    call = "call"
    chat = "chat"
    email = "email"
    social = "social"
    messaging = "messaging"
    web_form = "web_form"


class Speaker(StrEnum):
    customer = "customer"
    agent = "agent"
    bot = "bot"


class Language(StrEnum):
    nl = "nl"
    en = "en"


class Turn(BaseModel):
    """One utterance in a transcript, in order."""

    model_config = ConfigDict(extra="forbid")

    speaker: Speaker
    text: str = Field(
        min_length=1,
        max_length=PLACEHOLDER_GROWTH * MAX_TURN_CHARS,
        description=f"At most {MAX_TURN_CHARS} characters as received; redaction may lengthen it.",
    )


def _pseudonymous(value: str) -> str:
    if _EMAIL_LIKE.search(value):
        raise ValueError("must be a pseudonymous reference, not an e-mail address or phone number")
    return value


def _plausible_time(value: datetime) -> datetime:
    if not _EARLIEST <= value < _LATEST:
        raise ValueError(f"must be between {_EARLIEST.year} and {_LATEST.year}")
    return value


EventTime = Annotated[AwareDatetime, AfterValidator(_plausible_time)]
"""When something happened: time-zone aware and within a range that window arithmetic can handle."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def to_bytes(self) -> bytes:
        return self.model_dump_json().encode("utf-8")


class Contact(_Record):
    """A customer contact as it arrives on the raw topic (may contain personal data)."""

    contact_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:-]+$")
    channel: Channel
    occurred_at: EventTime
    language: Language | None = Field(
        default=None, description="ISO 639-1 code; detected from the transcript when absent."
    )
    product: str | None = Field(default=None, max_length=128)
    customer_ref: Annotated[str, AfterValidator(_pseudonymous)] = Field(
        min_length=1, max_length=128, description="Pseudonymous customer id, never a name, e-mail or phone."
    )
    agent_id: str | None = Field(default=None, max_length=128)
    transcript: list[Turn] = Field(min_length=1, max_length=2_000)
    handle_time_seconds: float | None = Field(default=None, ge=0)
    transferred: bool = False
    repeat_contact: bool = Field(default=False, description="Customer contacted us before about this.")
    csat: int | None = Field(default=None, ge=1, le=5)
    nps: int | None = Field(default=None, ge=0, le=10)
    agent_tags: list[str] = Field(default_factory=list, max_length=50)
    agent_notes: str | None = Field(default=None, max_length=MAX_TURN_CHARS)
    text_limit: ClassVar[int] = MAX_CONTACT_TEXT_CHARS
    turn_limit: ClassVar[int] = MAX_TURN_CHARS

    @model_validator(mode="after")
    def _bounded_text(self) -> Contact:
        for index, turn in enumerate(self.transcript):
            if len(turn.text) > self.turn_limit:
                raise ValueError(f"transcript.{index}.text: more than {self.turn_limit} characters")
        size = sum(len(turn.text) for turn in self.transcript) + len(self.agent_notes or "")
        size += sum(len(tag) for tag in self.agent_tags)
        if size > self.text_limit:
            raise ValueError(f"transcript, notes and tags hold {size} characters, more than the {self.text_limit}")
        return self


class RedactedContact(Contact):
    """A contact whose free text (transcript, notes) has had personal data replaced by placeholders."""

    text_limit: ClassVar[int] = PLACEHOLDER_GROWTH * MAX_CONTACT_TEXT_CHARS
    turn_limit: ClassVar[int] = PLACEHOLDER_GROWTH * MAX_TURN_CHARS
    agent_notes: str | None = Field(default=None, max_length=PLACEHOLDER_GROWTH * MAX_TURN_CHARS)
    language: Language
    redactions: dict[str, int] = Field(
        default_factory=dict, description="How many spans of each personal-data kind were replaced."
    )


class ClassifiedContact(_Record):
    """A redacted contact with its recurring-issue label and the terms that drove the decision."""

    contact_id: str
    channel: Channel
    occurred_at: EventTime
    language: Language
    product: str | None = None
    customer_ref: str
    agent_id: str | None = None
    label: str = Field(description="Taxonomy label `category.subcategory`; 'unclassified' when none fits well enough.")
    category: str = Field(description="The label's category (its first part); 'unclassified' likewise.")
    confidence: float = Field(ge=0, le=1, description="Calibrated score of the label.")
    matched_terms: list[str] = Field(
        default_factory=list, description="Terms that drove the decision (from the model's vocabulary): what recurs."
    )
    repeat_contact: bool = False
    transferred: bool = False
    handle_time_seconds: float | None = None
    csat: int | None = None
    nps: int | None = None
    redacted_transcript: list[Turn]


class SignalKind(StrEnum):
    threshold = "threshold"  # a fixed count per window, while the seasonal baseline is still cold
    spike = "spike"  # improbably high against the hour-of-week baseline
    trend = "trend"  # a sustained rise over days
    new_issue = "new_issue"  # a label that was about zero starts to recur
    surge = "surge"  # the whole contact center is up: one signal, not one per category


class Severity(StrEnum):
    info = "info"
    warning = "warning"
    critical = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class Signal(_Record):
    """A window whose count is abnormal: something a department must act on.

    One signal per episode: while an incident goes on, every window that is still abnormal sends the same
    `signal_id` again with `update` counting up, so consumers keep one signal and see it grow.
    """

    signal_id: str = Field(description="Stable per episode: kind, label and the episode's first window.")
    kind: SignalKind
    label: str = Field(description="Taxonomy label `category.subcategory`, or `*` for the whole center.")
    category: str
    window_start: AwareDatetime
    window_end: AwareDatetime
    count: int = Field(ge=0, description="Contacts observed in the window.")
    expected: float | None = Field(default=None, ge=0, description="What the baseline expected (None while cold).")
    threshold: int | None = Field(default=None, ge=1, description="The fixed threshold (threshold signals only).")
    score: float = Field(default=0.0, ge=0, description="How abnormal: −log10 p for spikes, the CUSUM for trends.")
    severity: Severity = Severity.warning
    episode_start: AwareDatetime | None = Field(default=None, description="First window of the episode.")
    update: int = Field(default=0, ge=0, description="0 when the episode opens; n for its n-th later window.")
    detected_at: AwareDatetime

    @field_validator("window_end")
    @classmethod
    def _end_after_start(cls, value: datetime, info) -> datetime:
        start = info.data.get("window_start")
        if start is not None and value <= start:
            raise ValueError("window_end must be after window_start")
        return value

    @property
    def compared_with(self) -> float:
        """What the count is compared with: the baseline's expectation, or the threshold while it was cold."""
        return self.expected if self.expected is not None else float(self.threshold or 0)

    @property
    def compared_in_words(self) -> str:
        """`expected 4.2`, or `threshold 10` while the baseline was cold."""
        return f"threshold {self.threshold}" if self.expected is None else f"expected {self.expected:.1f}"

    @property
    def excess(self) -> float:
        return self.count - self.compared_with


class DeadLetter(_Record):
    """A record that could not be processed, with why, so nothing is lost.

    The original payload may hold personal data: the dead-letter topic is part of the raw tier.
    """

    source: str = Field(description="Where it came from: a topic name, 'http' or 'ingest:<file>'.")
    reason: str = Field(description="What is wrong, without the offending values.")
    original: str = Field(description="The original payload: its text, or base64 when it was not UTF-8.")
    original_encoding: Literal["utf-8", "base64"] = "utf-8"
    original_bytes: int = Field(default=0, ge=0, description="Size of the whole original payload.")
    original_sha256: str = Field(default="", description="SHA-256 (hex) of the whole original payload.")
    truncated: bool = Field(default=False, description="`original` keeps only the start of a payload too big to keep.")
    line: int | None = Field(default=None, ge=1, description="Line number in the ingested file, if any.")
    failed_at: AwareDatetime
    stage: Literal[
        "ingest", "validate", "classify", "aggregate", "route", "issue", "verify", "notify", "deliver", "discover"
    ]
