"""Classifiers of contact text into taxonomy labels, behind one interface (`Classifier`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "default"  # built by `make model`


@dataclass(frozen=True)
class Classification:
    category: str  # a taxonomy label (`category.subcategory`) or `unclassified`
    confidence: float
    matched_terms: list[str] = field(default_factory=list)


class Classifier(Protocol):
    def classify(self, text: str, language: str) -> Classification: ...
