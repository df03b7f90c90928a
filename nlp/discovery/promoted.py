"""Labels promoted from discovered candidates, applied on every worker until a retrained model knows them.

Applying a promotion adds its subcategory to the taxonomy in memory (its category brings the owners, so
routing, issues and pages know the label at once) and gives classification a nearest-centroid rule: a
contact the model leaves unclassified whose vector is at least `similarity` close to the candidate's
centroid gets the promoted label, with that similarity as its confidence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from nlp.discovery.vectors import Vector, cosine, norm
from nlp.taxonomy import Taxonomy
from topics.discovery import Promotion


class PromotedLabels:
    def __init__(self, taxonomy: Taxonomy, similarity: float) -> None:
        self.taxonomy, self.similarity = taxonomy, similarity
        self._table: Callable[[], Mapping[str, str]] = dict
        self._applied: dict[str, str] = {}  # label → the promotion JSON applied
        self._centroids: dict[str, tuple[dict[str, float], float]] = {}

    def attach(self, table: Callable[[], Mapping[str, str]]) -> None:
        """Read promotions from `table()` (label → Promotion JSON) from now on."""
        self._table = table

    def refresh(self) -> None:
        """Apply the promotions not applied yet (cheap when nothing changed)."""
        for label, stored in list(self._table().items()):
            if stored and self._applied.get(label) != stored:
                self.apply(Promotion.model_validate_json(stored))
                self._applied[label] = stored

    def apply(self, promotion: Promotion) -> None:
        self.taxonomy.add_label(promotion.label, promotion.name, f"Promoted from candidate {promotion.candidate_id}")
        self._centroids[promotion.label] = (promotion.centroid, norm(promotion.centroid))

    def __len__(self) -> int:
        return len(self._centroids)

    def match(self, vector: Vector, at_least: float | None = None) -> tuple[str, float, list[str]] | None:
        """The closest promoted label at `similarity` (or `at_least`) or more, its similarity and the shared terms
        that drove it."""
        best: tuple[str, float] | None = None
        floor = self.similarity if at_least is None else max(at_least, self.similarity)
        for label, (centroid, length) in self._centroids.items():
            score = cosine(vector, centroid, length)
            if score >= floor and (best is None or score > best[1]):
                best = (label, score)
        if best is None:
            return None
        centroid = self._centroids[best[0]][0]
        shared = sorted((term for term in vector if term in centroid), key=lambda t: -vector[t] * centroid[t])
        return best[0], best[1], shared[:3]
