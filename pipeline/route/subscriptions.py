"""Departmental alert subscriptions: the seed file, the check against the taxonomy, and the current set.

The file seeds the set. Changes made at runtime (HTTP or CLI) go to the compacted `subscriptions` topic and
into a global table every worker reads; once the first change has been applied the table holds the whole
set (the seed is written into it then), so from that moment on the table, not the file, is the truth.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from nlp.config_file import ConfigError, load_yaml_model
from nlp.taxonomy import Taxonomy, category_of
from topics.subscriptions import Subscription, SubscriptionChange, repeated


class SubscriptionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    departments: list[Subscription] = Field(min_length=1)

    @field_validator("departments")
    @classmethod
    def _unique_names(cls, departments: list[Subscription]) -> list[Subscription]:
        duplicates = repeated([department.name for department in departments])
        if duplicates:
            raise ValueError(f"duplicate department names: {', '.join(duplicates)}")
        return departments


def unknown_categories(subscription: Subscription, taxonomy: Taxonomy) -> str | None:
    """Why the subscription does not fit the taxonomy (`categories.N: …`), or None when it does."""
    for position, selector in enumerate(subscription.categories):
        if not taxonomy.select(selector):
            known = ", ".join([*taxonomy.categories, *taxonomy.labels()])
            return f"categories.{position}: unknown category or label {selector!r} (known: {known})"
    return None


def load_subscriptions(path: Path, taxonomy: Taxonomy) -> list[Subscription]:
    """The seed file, checked: every subscribed category or label exists in the taxonomy."""
    departments = load_yaml_model(path, SubscriptionFile).departments
    for index, department in enumerate(departments):
        problem = unknown_categories(department, taxonomy)
        if problem:
            raise ConfigError(f"{path}: departments.{index}.{problem}")
    return departments


def subscribes(subscription: Subscription, label: str) -> bool:
    return label in subscription.categories or category_of(label) in subscription.categories


class SubscriptionBook:
    """The current subscriptions: the seed until the runtime table holds any change, then the table."""

    def __init__(self, seed: list[Subscription]) -> None:
        self.seed = list(seed)
        self._table: Callable[[], Mapping[str, str]] = dict
        self._parsed: dict[str, SubscriptionChange] = {}

    def attach(self, table: Callable[[], Mapping[str, str]]) -> None:
        """Read the set from `table()` (department → SubscriptionChange JSON) from now on."""
        self._table = table

    def all(self) -> list[Subscription]:
        stored = dict(self._table())
        if not stored:
            return list(self.seed)
        current = []
        for name in sorted(stored):
            change = self._parsed.get(stored[name])
            if change is None:
                change = self._parsed[stored[name]] = SubscriptionChange.model_validate_json(stored[name])
            if change.action == "put" and change.subscription is not None:
                current.append(change.subscription)
        return current

    def get(self, name: str) -> Subscription | None:
        return next((subscription for subscription in self.all() if subscription.name == name), None)

    def subscribers(self, label: str) -> list[Subscription]:
        """Departments that subscribe to `label` itself or to its category."""
        return [subscription for subscription in self.all() if subscribes(subscription, label)]
