"""The recurring-issue taxonomy: categories and the phrases that signal them, per language."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from nlp.config_file import load_yaml_model

DEFAULT_TAXONOMY = Path(__file__).with_name("data") / "taxonomy.yaml"
OTHER = "other"


class Category(BaseModel):
    model_config = ConfigDict(extra="forbid")

    description: str = ""
    nl: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)

    @field_validator("nl", "en")
    @classmethod
    def _no_blank_phrases(cls, phrases: list[str]) -> list[str]:
        if any(not phrase.strip() for phrase in phrases):
            raise ValueError("phrases must not be blank")
        return phrases


class Taxonomy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    categories: dict[str, Category] = Field(min_length=1)

    @field_validator("categories")
    @classmethod
    def _other_is_reserved(cls, categories: dict[str, Category]) -> dict[str, Category]:
        if OTHER in categories:
            raise ValueError(f"'{OTHER}' is reserved for contacts that match no category")
        return categories

    def names(self) -> list[str]:
        return [*self.categories, OTHER]


def load_taxonomy(path: Path = DEFAULT_TAXONOMY) -> Taxonomy:
    return load_yaml_model(path, Taxonomy)
