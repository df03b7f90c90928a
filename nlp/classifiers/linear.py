"""A calibrated linear model over TF-IDF word and character n-grams (scikit-learn).

Chosen by measurement (README, `python -m benchmarks.classifier`): on CLINC150 a linear SVM over word
1–2-grams and in-word character 2–5-grams beats spaCy's TextCatBOW/Ensemble (92.7 % against 88 %) and is
faster. Scores are calibrated by temperature scaling of the SVM's decision values (cross-validated), so
an abstain threshold on them means something.

scikit-learn fits the vocabulary, IDF, SVM and temperature; predicting is done here with the fitted
numbers (cached per-token feature indices, one sparse product, a softmax), because scikit-learn's
per-call checks cost milliseconds for a single contact. `fit` checks that both give the same scores.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from scipy.special import softmax
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

from nlp.classifiers.features import char_ngrams, identity, word_ngrams


@dataclass
class _Block:
    """One TF-IDF block: vocabulary and IDF from scikit-learn, sublinear TF, L2-normalised rows."""

    vocabulary: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, features: Sequence[list[str]]) -> _Block:
        vectorizer = TfidfVectorizer(analyzer=identity, sublinear_tf=True).fit(features)
        return cls(vocabulary=dict(vectorizer.vocabulary_), idf=vectorizer.idf_.astype(np.float32))

    def matrix(self, columns: list[int], lengths: list[int]) -> sparse.csr_matrix:
        """Many documents at once: `columns` of every document in a row (repeats count), `lengths` each."""
        row_ids = np.repeat(np.arange(len(lengths)), lengths)
        counts = sparse.coo_matrix(
            (np.ones(len(columns), dtype=np.float32), (row_ids, np.asarray(columns, dtype=np.int32))),
            shape=(len(lengths), len(self.idf)),
        ).tocsr()
        counts.sum_duplicates()
        counts.data = (1.0 + np.log(counts.data)) * self.idf[counts.indices]
        return normalize(counts, copy=False)

    def row(self, columns: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Sorted distinct columns of one document and their normalised TF-IDF (as TfidfVectorizer makes them)."""
        if not columns:
            return np.empty(0, dtype=np.int32), np.empty(0, dtype=np.float32)
        distinct, counts = np.unique(np.asarray(columns, dtype=np.int32), return_counts=True)
        values = (1.0 + np.log(counts, dtype=np.float32)) * self.idf[distinct]
        return distinct, values / np.sqrt(values @ values)


SMALL_BATCH = 16


@dataclass(frozen=True)
class Features:
    """The documents' features: per-document rows (few documents) or one sparse matrix (a batch)."""

    width: int
    word_columns: int  # columns below this are word n-grams
    rows: list[tuple[np.ndarray, np.ndarray]] | None = None  # sorted columns and values, per document
    batch: sparse.csr_matrix | None = None

    def __len__(self) -> int:
        return len(self.rows) if self.rows is not None else self.batch.shape[0]

    def row(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        if self.rows is not None:
            return self.rows[index]
        start, end = self.batch.indptr[index], self.batch.indptr[index + 1]
        return self.batch.indices[start:end], self.batch.data[start:end]

    def matrix(self) -> sparse.csr_matrix:
        if self.batch is not None:
            return self.batch
        assert self.rows is not None
        indptr = np.cumsum([0, *(len(columns) for columns, _ in self.rows)])
        if not self.rows:
            return sparse.csr_matrix((0, self.width), dtype=np.float32)
        columns = np.concatenate([columns for columns, _ in self.rows])
        values = np.concatenate([values for _, values in self.rows])
        return sparse.csr_matrix((values, columns, indptr), shape=(len(self.rows), self.width))


@dataclass
class LinearTextModel:
    """Fit on token lists with labels; predicts calibrated probabilities and explains with the driving terms.

    Probabilities are softmax(beta × (weights · x + bias)): the SVM's one-vs-rest decision values scaled by
    the fitted temperature (for two labels the decision d becomes the pair (-d, d), as scikit-learn does).
    """

    labels: list[str]
    words: _Block
    chars: _Block
    weights: np.ndarray  # labels × features
    bias: np.ndarray  # labels
    beta: float
    _char_cache: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    # label → mean of its training examples' discovery vectors (content words, TF-IDF, unit length), to tell how
    # far a contact is from what its label was trained on (`nlp.discovery.novelty`); older saved models lack it
    label_centroids: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    @classmethod
    def fit(
        cls,
        tokens: Sequence[list[str]],
        labels: Sequence[str],
        seed: int = 0,
        c: float = 1.0,
        centroids: Callable[[LinearTextModel, Sequence[list[str]], Sequence[str]], dict] | None = None,
    ) -> LinearTextModel:
        """`centroids(model, tokens, labels)`, when given, makes `label_centroids` (`nlp.discovery.novelty`)."""
        words = _Block.fit([word_ngrams(item) for item in tokens])
        chars = _Block.fit([char_ngrams(item) for item in tokens])
        model = cls([], words, chars, np.empty((0, 0), dtype=np.float32), np.empty(0, dtype=np.float32), 1.0)
        features = model.transform(tokens).matrix()
        folds = max(2, min(3, min(np.unique(labels, return_counts=True)[1])))
        svm = LinearSVC(C=c, random_state=seed)
        calibrated = CalibratedClassifierCV(svm, method="temperature", cv=folds, ensemble=False).fit(features, labels)
        fitted = calibrated.calibrated_classifiers_[0]
        weights, bias = fitted.estimator.coef_, fitted.estimator.intercept_
        if weights.shape[0] == 1:  # two labels: one decision value d, logits (-d, d)
            weights, bias = np.vstack([-weights, weights]), np.concatenate([-bias, bias])
        model.labels = [str(label) for label in calibrated.classes_]
        model.weights, model.bias = weights.astype(np.float32), bias.astype(np.float32)
        model.beta = float(fitted.calibrators[0].beta_)
        sample = features[: min(64, features.shape[0])]
        ours, theirs = model._probabilities(sample), calibrated.predict_proba(sample)
        if not np.allclose(ours, theirs, atol=1e-4):  # scikit-learn changed how it calibrates
            raise RuntimeError("calibrated scores differ from scikit-learn's: check the scikit-learn version")
        if centroids is not None:
            model.label_centroids = centroids(model, tokens, labels)
        return model

    def word_idf(self) -> dict[str, float]:
        """IDF of the single words (not bigrams) the model saw: the weights discovery vectors use."""
        return {term: float(self.words.idf[index]) for term, index in self.words.vocabulary.items() if " " not in term}

    def transform(self, tokens: Sequence[list[str]]) -> Features:
        """Few documents row by row (no scipy per-call cost); a batch as one sparse matrix (vectorised)."""
        vocabulary, offset = self.words.vocabulary, len(self.words.idf)
        width = offset + len(self.chars.idf)
        word_lists = [[i for i in map(vocabulary.get, word_ngrams(item)) if i is not None] for item in tokens]
        char_lists = [[i for token in item for i in self._chars_of(token)] for item in tokens]
        if len(tokens) < SMALL_BATCH:
            rows = []
            for word_list, char_list in zip(word_lists, char_lists, strict=True):
                (word_columns, word_values), (char_columns, char_values) = (
                    self.words.row(word_list),
                    self.chars.row(char_list),
                )
                rows.append(
                    (np.concatenate([word_columns, char_columns + offset]), np.concatenate([word_values, char_values]))
                )
            return Features(width, offset, rows=rows)
        words = self.words.matrix([i for row in word_lists for i in row], [len(row) for row in word_lists])
        chars = self.chars.matrix([i for row in char_lists for i in row], [len(row) for row in char_lists])
        return Features(width, offset, batch=sparse.hstack([words, chars], format="csr"))

    def _chars_of(self, token: str) -> tuple[int, ...]:
        cached = self._char_cache.get(token)
        if cached is None:
            vocabulary = self.chars.vocabulary
            cached = tuple(i for i in map(vocabulary.get, char_ngrams([token])) if i is not None)
            if len(self._char_cache) < 200_000:
                self._char_cache[token] = cached
        return cached

    def predict_proba(self, tokens: Sequence[list[str]]) -> tuple[Features, np.ndarray]:
        features = self.transform(tokens)
        return features, self._probabilities(features)

    def _probabilities(self, features: Features | sparse.csr_matrix) -> np.ndarray:
        if isinstance(features, Features) and not len(features):
            return np.empty((0, len(self.labels)), dtype=np.float32)
        if isinstance(features, Features) and features.rows is not None:  # few documents: skip scipy's per-call cost
            logits = np.stack([self.weights[:, columns] @ values for columns, values in features.rows]) + self.bias
        else:
            matrix = features.matrix() if isinstance(features, Features) else features
            logits = np.asarray(matrix @ self.weights.T) + self.bias
        return softmax(self.beta * logits, axis=1)

    def driving_terms(
        self, features: Features, best: Sequence[int], stop_words: frozenset[str] = frozenset(), top: int = 3
    ) -> list[list[str]]:
        """Per document, the words (not character n-grams) that pushed it most towards its label `best[row]`;
        terms made only of stop words or numbers say nothing about the issue and are left out."""
        informative, names = self._informative(stop_words), self._word_names()
        terms = []
        for index, label in enumerate(best):
            columns, values = features.row(index)
            words = columns < features.word_columns
            columns, values = columns[words], values[words]
            keep = informative[columns]
            columns, values = columns[keep], values[keep]
            contributions = values * self.weights[label, columns]
            strongest = np.argsort(-contributions)[:top]
            terms.append([names[columns[i]] for i in strongest if contributions[i] > 0])
        return terms

    def _informative(self, stop_words: frozenset[str]) -> np.ndarray:
        """Per word feature: does it hold a word that is neither a stop word nor a number (cached)?"""
        cached = getattr(self, "_informative_mask", None)
        if cached is None:
            names = self._word_names()
            cached = np.fromiter(
                (any(w.isalpha() and w not in stop_words for w in name.split()) for name in names), dtype=bool
            )
            self._informative_mask = cached
        return cached

    def _word_names(self) -> list[str]:
        names = getattr(self, "_names", None)
        if names is None:
            names = [""] * len(self.words.idf)
            for term, index in self.words.vocabulary.items():
                names[index] = term
            self._names = names
        return names

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_char_cache"] = {}
        state.pop("_names", None)
        state.pop("_informative_mask", None)
        state.pop("_centroid_lengths", None)
        return state
