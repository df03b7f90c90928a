"""How unlike its label's training examples a contact is: the novelty signal that routes contacts to discovery.

A softmax over the known labels is confident about intents it never saw (the best known label still takes most
of the mass), so confidence alone sends many contacts of a new issue past discovery and, to reach them, many of
known issues into it. Novelty is 1 − the cosine between the contact's discovery vector and the mean vector of
its predicted label's training examples (`LinearTextModel.label_centroids`, computed when the model is fitted):
a contact of a known label that the model was merely unsure about reads like that label's examples (low
novelty); one of an issue the model never saw does not. Pure and per contact, so it works on a stream.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.discovery.vectors import Vector, Vectoriser, cosine, norm


def novelty(vector: Vector, label: str, model: object | None) -> float | None:
    """1 − cosine(vector, centroid of `label`'s training examples), in [0, 1]; None when unknown: no model,
    a model saved without centroids, a label it was not trained on (unclassified, promoted) or no content words."""
    centroids = getattr(model, "label_centroids", None)
    if not centroids or not vector:
        return None
    centroid = centroids.get(label)
    if not centroid:
        return None
    lengths = _lengths(model, centroids)
    return min(1.0, max(0.0, 1.0 - cosine(vector, centroid, lengths[label])))


def label_centroids(stop_words: frozenset[str]):
    """For `LinearTextModel.fit(centroids=...)`: per label, the mean discovery vector of its training examples
    (`Vectoriser` with the fitted model's word IDF and these stop words)."""

    def centroids(model, tokens: Sequence[list[str]], labels: Sequence[str]) -> dict[str, dict[str, float]]:
        vectoriser = Vectoriser(model.word_idf(), stop_words=stop_words)
        sums: dict[str, dict[str, float]] = {}
        counts: dict[str, int] = {}
        for item, label in zip(tokens, map(str, labels), strict=True):
            counts[label] = counts.get(label, 0) + 1
            total = sums.setdefault(label, {})
            for term, weight in vectoriser.vector(item).items():
                total[term] = total.get(term, 0.0) + weight
        return {label: {t: round(w / counts[label], 5) for t, w in sorted(s.items())} for label, s in sums.items()}

    return centroids


def model_of(classifier: object, language: str) -> object | None:
    """The linear model of a trained classifier's `language` pipeline (None for any other classifier)."""
    pipelines = getattr(classifier, "pipelines", None)
    if not pipelines or language not in pipelines:
        return None
    from nlp.classifiers.trained import component

    return component(pipelines[language]).model


def _lengths(model: object, centroids: dict[str, dict[str, float]]) -> dict[str, float]:
    """Centroid lengths, computed once per model (cached on it, not pickled with it)."""
    cached = getattr(model, "_centroid_lengths", None)
    if cached is None or len(cached) != len(centroids):
        cached = {label: norm(centroid) for label, centroid in centroids.items()}
        try:
            model._centroid_lengths = cached
        except AttributeError:  # a read-only object: compute each time
            pass
    return cached
