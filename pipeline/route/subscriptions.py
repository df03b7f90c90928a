"""Departmental alert subscriptions: who gets told about which category."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from nlp.config_file import ConfigError, load_yaml_model
from topics.catalog import TopicSpec, alert_topic


class Department(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    categories: list[str] = Field(min_length=1)

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

    def subscribers(self, category: str) -> list[Department]:
        return [department for department in self.departments if category in department.categories]


def load_subscriptions(path: Path, known_categories: list[str]) -> Subscriptions:
    """Load and check that every subscribed category exists in the taxonomy."""
    subscriptions = load_yaml_model(path, Subscriptions)
    for index, department in enumerate(subscriptions.departments):
        for position, category in enumerate(department.categories):
            if category not in known_categories:
                raise ConfigError(
                    f"{path}: departments.{index}.categories.{position}: unknown category {category!r}"
                    f" (known: {', '.join(known_categories)})"
                )
    return subscriptions
