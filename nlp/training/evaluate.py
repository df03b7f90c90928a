"""Score a trained classifier on labelled examples: accuracy, macro-F1, per label, per category, speed."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence

from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

from nlp.classifiers.trained import TrainedClassifier
from nlp.taxonomy import category_of
from nlp.training.data import Example

TOP_CONFUSIONS = 10


def evaluate(classifier: TrainedClassifier, examples: Sequence[Example]) -> dict:
    started = time.perf_counter()
    predicted = [
        result.category
        for result in classifier.classify_many([e.text for e in examples], [e.language for e in examples])
    ]
    seconds = time.perf_counter() - started
    truth = [example.label for example in examples]
    labels = sorted(set(truth))
    precision, recall, f1, support = precision_recall_fscore_support(truth, predicted, labels=labels, zero_division=0)
    report = {
        "examples": len(examples),
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "macro_f1": round(float(f1_score(truth, predicted, labels=labels, average="macro", zero_division=0)), 4),
        "category_accuracy": None,
        "category_macro_f1": None,
        "docs_per_second": round(len(examples) / seconds, 1) if seconds else None,
        "per_label": {
            label: {
                "precision": round(float(p), 4),
                "recall": round(float(r), 4),
                "f1": round(float(f), 4),
                "support": int(s),
            }
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "top_confusions": [
            {"label": true, "predicted": guess, "count": count}
            for (true, guess), count in Counter(
                (true, guess) for true, guess in zip(truth, predicted, strict=True) if true != guess
            ).most_common(TOP_CONFUSIONS)
        ],
    }
    if any("." in label for label in labels):  # two-level labels: score the category level too
        true_categories = [category_of(label) for label in truth]
        predicted_categories = [category_of(label) for label in predicted]
        categories = sorted(set(true_categories))
        report["category_accuracy"] = round(float(accuracy_score(true_categories, predicted_categories)), 4)
        report["category_macro_f1"] = round(
            float(f1_score(true_categories, predicted_categories, labels=categories, average="macro", zero_division=0)),
            4,
        )
    return report
