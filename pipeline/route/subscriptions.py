"""Departmental alert subscriptions: who gets told about which labels.

A department lists taxonomy categories (all their subcategories) or single labels (`category.subcategory`).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from nlp.config_file import ConfigError, load_yaml_model
from nlp.taxonomy import Taxonomy
from topics.catalog import TopicSpec, alert_topic


class Department(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    categories: list[str] = Field(min_length=1, description="Categories or `category.subcategory` labels.")

    @field_validator("name")
    @classmethod
    def _valid_topic_name(cls, name: str) -> str:
        alert_topic(name)  # raises ValueError with the naming rule
        return name

    @property
    def topic(self) -> TopicSpec:
        return alert_topic(self.name)


class Subscriptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    departments: list[Department] = Field(min_length=1)

    @field_validator("departments")
    @classmethod
    def _unique_names(cls, departments: list[Department]) -> list[Department]:
        names = [department.name for department in departments]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"duplicate department names: {', '.join(duplicates)}")
        return departments

    def subscribers(self, label: str) -> list[Department]:
        """Departments that subscribe to `label` itself or to its category."""
        category = label.partition(".")[0]
        return [d for d in self.departments if label in d.categories or category in d.categories]


def load_subscriptions(path: Path, taxonomy: Taxonomy) -> Subscriptions:
    """Load and check that every subscribed category or label exists in the taxonomy."""
    subscriptions = load_yaml_model(path, Subscriptions)
    for index, department in enumerate(subscriptions.departments):
        for position, selector in enumerate(department.categories):
            if not taxonomy.select(selector):
                known = ", ".join([*taxonomy.categories, *taxonomy.labels()])
                raise ConfigError(
                    f"{path}: departments.{index}.categories.{position}: unknown category or label {selector!r}"
                    f" (known: {known})"
                )
    return subscriptions
