"""A calibrated linear model over TF-IDF word and character n-grams (scikit-learn).

Chosen by measurement (README, `python -m benchmarks.classifier`): on CLINC150 a linear SVM over word
1–2-grams and in-word character 2–5-grams beats spaCy's TextCatBOW/Ensemble (92.7 % against 88 %) and is
faster. Scores are calibrated by temperature scaling of the SVM's decision values (cross-validated), so
an abstain threshold on them means something.

scikit-learn fits the vocabulary and IDF; transforming new documents is done here with cached per-token
feature indices and sparse arrays, because scikit-learn's analyzer loop was the slowest step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
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
    def fit(cls, features: Sequence[list[str]], min_df: int = 1) -> _Block:
        vectorizer = TfidfVectorizer(analyzer=identity, sublinear_tf=True, min_df=min_df).fit(features)
        return cls(vocabulary=dict(vectorizer.vocabulary_), idf=vectorizer.idf_.astype(np.float32))

    def matrix(self, columns: list[int], lengths: list[int]) -> sparse.csr_matrix:
        """`columns`: feature indices of every document in a row (repeats count); `lengths`: how many each."""
        row_ids = np.repeat(np.arange(len(lengths)), lengths)
        counts = sparse.coo_matrix(
            (np.ones(len(columns), dtype=np.float32), (row_ids, np.asarray(columns, dtype=np.int64))),
            shape=(len(lengths), len(self.idf)),
        ).tocsr()
        counts.sum_duplicates()
        counts.data = (1.0 + np.log(counts.data)) * self.idf[counts.indices]
        return normalize(counts, copy=False)


@dataclass
class LinearTextModel:
    """Fit on token lists with labels; predicts calibrated probabilities and explains with the driving terms."""

    labels: list[str]
    words: _Block
    chars: _Block
    estimator: CalibratedClassifierCV
    coef: np.ndarray  # the SVM's weights (labels × features), for explanations
    _char_cache: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def fit(cls, tokens: Sequence[list[str]], labels: Sequence[str], seed: int = 0, c: float = 1.0) -> LinearTextModel:
        words = _Block.fit([word_ngrams(item) for item in tokens])
        chars = _Block.fit([char_ngrams(item) for item in tokens])
        model = cls(labels=[], words=words, chars=chars, estimator=None, coef=np.empty(0))  # type: ignore[arg-type]
        features = model.transform(tokens)
        folds = max(2, min(3, min(np.unique(labels, return_counts=True)[1])))
        svm = LinearSVC(C=c, random_state=seed)
        model.estimator = CalibratedClassifierCV(svm, method="temperature", cv=folds, ensemble=False).fit(
            features, labels
        )
        model.labels = [str(label) for label in model.estimator.classes_]
        model.coef = model.estimator.calibrated_classifiers_[0].estimator.coef_.astype(np.float32)
        return model

    def transform(self, tokens: Sequence[list[str]]) -> sparse.csr_matrix:
        vocabulary = self.words.vocabulary
        word_columns: list[int] = []
        char_columns: list[int] = []
        word_lengths, char_lengths = [], []
        for item in tokens:
            before_words, before_chars = len(word_columns), len(char_columns)
            word_columns.extend(i for i in map(vocabulary.get, word_ngrams(item)) if i is not None)
            for token in item:
                char_columns.extend(self._chars_of(token))
            word_lengths.append(len(word_columns) - before_words)
            char_lengths.append(len(char_columns) - before_chars)
        words = self.words.matrix(word_columns, word_lengths)
        return sparse.hstack([words, self.chars.matrix(char_columns, char_lengths)], format="csr")

    def _chars_of(self, token: str) -> tuple[int, ...]:
        cached = self._char_cache.get(token)
        if cached is None:
            vocabulary = self.chars.vocabulary
            cached = tuple(i for i in map(vocabulary.get, char_ngrams([token])) if i is not None)
            if len(self._char_cache) < 200_000:
                self._char_cache[token] = cached
        return cached

    def predict_proba(self, tokens: Sequence[list[str]]) -> tuple[sparse.csr_matrix, np.ndarray]:
        features = self.transform(tokens)
        return features, self.estimator.predict_proba(features)

    def driving_terms(
        self, features: sparse.csr_matrix, best: np.ndarray, stop_words: frozenset[str] = frozenset(), top: int = 3
    ) -> list[list[str]]:
        """Per document, the words (not character n-grams) that pushed it most towards its label `best[row]`;
        terms made only of stop words or numbers say nothing about the issue and are left out."""
        rows = np.repeat(np.arange(features.shape[0]), np.diff(features.indptr))
        columns = features.indices
        keep = columns < len(self.words.idf)
        keep[keep] = self._informative(stop_words)[columns[keep]]
        rows, columns, values = rows[keep], columns[keep], features.data[keep]
        contributions = values * self.coef[best[rows], columns]
        positive = contributions > 0
        rows, columns, contributions = rows[positive], columns[positive], contributions[positive]
        order = np.lexsort((-contributions, rows))  # by row, strongest first
        rows, columns = rows[order], columns[order]
        rank = np.arange(len(rows)) - np.searchsorted(rows, rows)
        names = self._word_names()
        terms: list[list[str]] = [[] for _ in range(features.shape[0])]
        for row, column in zip(rows[rank < top].tolist(), columns[rank < top].tolist(), strict=True):
            terms[row].append(names[column])
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
        return state
