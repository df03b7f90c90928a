"""The two-level recurring-issue taxonomy: categories own subcategories; labels are `category.subcategory`.

Each category names its owner department(s). Phrases per language are optional: the cold-start
classifier matches them, and training adds them as short examples.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from nlp.config_file import load_yaml_model

DEFAULT_TAXONOMY = Path(__file__).with_name("data") / "taxonomy.yaml"
UNCLASSIFIED = "unclassified"
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_DEPARTMENT = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


def _check_names(names: dict) -> dict:
    for name in names:
        if not _IDENTIFIER.match(name):
            raise ValueError(f"{name!r} must be lowercase letters, digits and '_' (it becomes part of a label)")
        if name == UNCLASSIFIED:
            raise ValueError(f"'{UNCLASSIFIED}' is reserved for contacts that fit no label")
    return names


class Subcategory(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(default="", description="Readable name, for dashboards and messages.")
    description: str = ""
    nl: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)

    @field_validator("nl", "en")
    @classmethod
    def _no_blank_phrases(cls, phrases: list[str]) -> list[str]:
        if any(not phrase.strip() for phrase in phrases):
            raise ValueError("phrases must not be blank")
        return phrases


class Category(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = ""
    description: str = ""
    owners: list[str] = Field(min_length=1, description="Departments that own this category's root causes.")
    subcategories: dict[str, Subcategory] = Field(min_length=1)

    @field_validator("owners")
    @classmethod
    def _department_names(cls, owners: list[str]) -> list[str]:
        for owner in owners:
            if not _DEPARTMENT.match(owner):
                raise ValueError(f"department name {owner!r} must be lowercase letters, digits, '-' or '_'")
        return owners

    @field_validator("subcategories")
    @classmethod
    def _subcategory_names(cls, subcategories: dict[str, Subcategory]) -> dict[str, Subcategory]:
        return _check_names(subcategories)


class PromotedLabel(BaseModel):
    """A subcategory promoted from a discovered candidate (`feedback-loop taxonomy promote` appends these)."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(description="`category.subcategory`; the category must be one of `categories`.")
    name: str = Field(min_length=1)
    candidate: str = Field(default="", description="The candidate it was promoted from.")
    actor: str = ""
    promoted_at: str = ""


class Taxonomy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    categories: dict[str, Category] = Field(min_length=1)
    promoted: list[PromotedLabel] = Field(
        default_factory=list, description="Labels promoted from discovered candidates: kept last in the file."
    )

    @field_validator("categories")
    @classmethod
    def _category_names(cls, categories: dict[str, Category]) -> dict[str, Category]:
        return _check_names(categories)

    @model_validator(mode="after")
    def _merge_promoted(self) -> Taxonomy:
        for index, item in enumerate(self.promoted):
            problem = self.add_label(item.label, item.name, f"Promoted from candidate {item.candidate}".strip())
            if problem:
                raise ValueError(f"promoted.{index}.label: {problem}")
        return self

    def add_label(self, label: str, name: str, description: str = "") -> str | None:
        """Add a subcategory to an existing category (in memory); why not, or None when added or already there."""
        category, _, sub = label.partition(".")
        if category not in self.categories:
            return f"unknown category {category!r} (known: {', '.join(self.categories)})"
        if not _IDENTIFIER.match(sub) or sub == UNCLASSIFIED:
            return f"subcategory {sub!r} must be lowercase letters, digits and '_'"
        self.categories[category].subcategories.setdefault(sub, Subcategory(name=name, description=description))
        return None

    def labels(self) -> list[str]:
        """Every `category.subcategory`, in file order."""
        return [f"{name}.{sub}" for name, category in self.categories.items() for sub in category.subcategories]

    def names(self) -> list[str]:
        """Every label and `unclassified`: what a classifier may answer."""
        return [*self.labels(), UNCLASSIFIED]

    def select(self, selector: str) -> list[str]:
        """The labels a subscription entry means: a category (all its subcategories) or one label;
        `unclassified` means what fits no label, the candidates discovery finds in it included (triage)."""
        if selector == UNCLASSIFIED:
            return [UNCLASSIFIED]
        if selector in self.categories:
            return [label for label in self.labels() if label.startswith(f"{selector}.")]
        return [selector] if selector in self.labels() else []

    def owners(self, label: str) -> list[str]:
        category = self.categories.get(category_of(label))
        return list(category.owners) if category else []

    def readable(self, label: str) -> str:
        """`Billing / Charged twice` for `billing.double_charge`; the label itself when unknown."""
        name, _, sub = label.partition(".")
        if name == UNCLASSIFIED and sub:
            return f"Unnamed candidate {sub}"
        category = self.categories.get(name)
        if category is None or sub not in category.subcategories:
            return label.replace("_", " ")
        return f"{category.name or name} / {category.subcategories[sub].name or sub.replace('_', ' ')}"

    def phrases(self, label: str, language: str) -> list[str]:
        name, _, sub = label.partition(".")
        subcategory = self.categories[name].subcategories[sub]
        return list(getattr(subcategory, language, []))


def category_of(label: str) -> str:
    """`billing` for `billing.double_charge`; `unclassified` stays itself."""
    return label.partition(".")[0]


def load_taxonomy(path: Path = DEFAULT_TAXONOMY) -> Taxonomy:
    return load_yaml_model(path, Taxonomy)
