"""Records of discovery: candidate issues grown from unclassified contacts, and their promotion to labels.

Candidates hold redacted text only (snippets and examples come from `contacts.classified`, which is past
the privacy boundary). A candidate keeps the id it was born with while it grows and when it absorbs another.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import AwareDatetime, Field, field_validator

from topics.records import _Record

CANDIDATE_ID = re.compile(r"^c[0-9a-f]{8,16}$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]{0,62}\.[a-z][a-z0-9_]{0,62}$")


class CandidateExample(_Record):
    """One member contact: its id, its redacted text (shortened) and how close it was to the centroid."""

    contact_id: str
    text: str = Field(max_length=2_000)
    language: str
    similarity: float = Field(ge=0, le=1.0001)


def candidate_label(candidate_id: str) -> str:
    """The label a discovered candidate's signals and issue carry until it is promoted."""
    return f"unclassified.{candidate_id}"


class Candidate(_Record):
    """A group of similar unclassified contacts: what they say, how often, since when."""

    candidate_id: str = Field(description="Stable: made from the first contact's id, kept as the candidate grows.")
    first_seen: AwareDatetime
    last_seen: AwareDatetime
    size: int = Field(ge=0, description="Contacts in the candidate.")
    centroid: dict[str, float] = Field(description="Sum of the members' term vectors, strongest terms only.")
    windows: dict[str, int] = Field(default_factory=dict, description="Window start (ISO) → contacts, newest kept.")
    languages: dict[str, int] = Field(default_factory=dict)
    labels: dict[str, int] = Field(
        default_factory=dict, description="What the classifier called its members (a label, or 'unclassified')."
    )
    terms: dict[str, dict[str, float]] = Field(default_factory=dict, description="Language → its strongest terms.")
    examples: list[CandidateExample] = Field(default_factory=list)
    surfaced_at: AwareDatetime | None = Field(default=None, description="When it first recurred enough to signal.")
    signalled_size: int = Field(default=0, ge=0, description="Its size at the last new_issue signal.")
    status: Literal["open", "promoted", "dismissed"] = "open"
    promoted_label: str | None = None

    @property
    def label(self) -> str:
        """The label its signals and issue carry until it is promoted: `unclassified.<id>`."""
        return candidate_label(self.candidate_id)

    def top_terms(self, language: str | None = None, count: int = 8) -> list[str]:
        weights = self.terms.get(language, {}) if language else self.centroid
        return [term for term, _ in sorted(weights.items(), key=lambda item: -item[1])[:count]]

    def snippets(self, count: int = 3) -> list[str]:
        """The member texts closest to the centroid: what the candidate is about, in customers' words."""
        return [example.text for example in sorted(self.examples, key=lambda e: -e.similarity)[:count]]


class PromotionRequest(_Record):
    """Body of `POST /discovery/candidates/{id}/promote`: name the candidate and give it a place."""

    label: str = Field(description="New `category.subcategory`; the category must exist (it brings its owners).")
    name: str = Field(min_length=1, max_length=120, description="Readable name of the new subcategory.")
    actor: str = Field(min_length=1, max_length=128)

    @field_validator("label")
    @classmethod
    def _label_form(cls, label: str) -> str:
        if not _LABEL.match(label):
            raise ValueError("must be `category.subcategory` in lowercase letters, digits and '_'")
        return label


class DismissalRequest(_Record):
    """Body of `POST /discovery/candidates/{id}/dismiss`: the candidate is no new issue (noise, or known)."""

    actor: str = Field(min_length=1, max_length=128)
    note: str = Field(default="", max_length=2_000)


class Dismissal(_Record):
    """A candidate set aside, on the compacted `discovery.dismissals` topic keyed by candidate id: it keeps
    taking in contacts like it (so they do not grow a new candidate) but never signals again."""

    candidate_id: str
    actor: str
    note: str = ""
    at: AwareDatetime


class Promotion(_Record):
    """A candidate made a taxonomy label: on the compacted `taxonomy.promotions` topic, keyed by label.

    Every worker applies it: the label joins the taxonomy in memory and contacts close to `centroid` are
    classified under it until a retrained model knows it; `examples` are its first labelled examples."""

    label: str
    name: str
    category: str
    candidate_id: str
    actor: str
    at: AwareDatetime
    first_seen: AwareDatetime = Field(description="The candidate's first contact: where the issue's history starts.")
    size: int = Field(ge=0)
    centroid: dict[str, float]
    examples: list[CandidateExample] = Field(default_factory=list)
