"""The trained classifier: the bundled nl/en model on ordinary phrasings, the spaCy pipeline it lives in,
and `train` / `evaluate` from the CLI, including every bad-input case."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import spacy
from typer.testing import CliRunner

from nlp.classifiers import DEFAULT_MODEL
from nlp.classifiers.component import FACTORY
from nlp.classifiers.trained import TrainedClassifier, is_pipeline
from nlp.taxonomy import load_taxonomy
from pipeline.cli import cli

PHRASINGS = [json.loads(line) for line in (Path(__file__).parent / "data/ordinary_phrasings.jsonl").open()]
EXAMPLES = Path(__file__).resolve().parents[3] / "nlp/data/examples"


@pytest.fixture(scope="module")
def model_path(tmp_path_factory) -> Path:
    """The bundled model (`make model`); trained the same way here when it has not been built."""
    if is_pipeline(DEFAULT_MODEL / "nl"):
        return DEFAULT_MODEL
    out = tmp_path_factory.mktemp("model")
    result = CliRunner().invoke(cli, ["train", "--data", str(EXAMPLES), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def classifier(model_path) -> TrainedClassifier:
    return TrainedClassifier(model_path, load_taxonomy().names())


@pytest.mark.parametrize("example", PHRASINGS, ids=[example["text"][:40] for example in PHRASINGS])
def test_ordinary_phrasings_get_their_label(classifier, example):
    assert classifier.classify(example["text"], example["language"]).category == example["label"]


def test_the_saved_pipeline_loads_with_spacy_load_and_fills_doc_cats(model_path):
    nlp = spacy.load(model_path / "nl")
    assert nlp.pipe_names == [FACTORY] and nlp.lang == "nl"
    doc = nlp("Ik ben twee keer afgeschreven voor dezelfde maand")
    assert max(doc.cats, key=doc.cats.get) == "billing.double_charge"
    assert sum(doc.cats.values()) == pytest.approx(1.0, abs=1e-6)
    assert set(doc.cats) <= set(load_taxonomy().names())


def test_driving_terms_come_from_the_text_and_skip_stop_words(classifier):
    result = classifier.classify("The tracking says delivered but my parcel never arrived", "en")
    assert result.category == "delivery.late"
    stop_words = spacy.blank("en").Defaults.stop_words
    assert result.matched_terms and "tracking" in result.matched_terms
    assert not any(all(word in stop_words for word in term.split()) for term in result.matched_terms)
    assert all(
        word in "the tracking says delivered but my parcel never arrived"
        for t in result.matched_terms
        for word in t.split()
    )


def test_low_confidence_is_unclassified_never_forced(classifier):
    result = classifier.classify("hmm", "nl")
    assert result.category == "unclassified" and result.matched_terms == []


def write(path: Path, rows: list[dict | str]) -> Path:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows))
    return path


SMALL = [
    {"text": text, "label": label, "language": "en"}
    for label, texts in {
        "weather": ["will it rain today", "what is the forecast", "is it sunny outside", "how cold is it tomorrow"],
        "music": ["play some jazz", "put on my playlist", "play the next song", "turn the music up"],
        "timer": [
            "set a timer for ten minutes",
            "start a countdown",
            "timer for the eggs please",
            "remind me in 5 min",
        ],
    }.items()
    for text in texts
]


def test_train_then_evaluate_round_trip(tmp_path):
    data = write(
        tmp_path / "small.jsonl",
        SMALL + [{"transcript": [{"speaker": "customer", "text": "play jazz"}], "label": "music"}],
    )
    out = tmp_path / "model"
    trained = CliRunner().invoke(
        cli, ["train", "--data", str(data), "--out", str(out), "--language", "en", "--no-taxonomy", "--no-progress"]
    )
    assert trained.exit_code == 0, trained.output
    assert is_pipeline(out)
    evaluated = CliRunner().invoke(cli, ["evaluate", "--data", str(data), "--model", str(out), "--json"])
    assert evaluated.exit_code == 0, evaluated.output
    report = json.loads(evaluated.stdout)  # one object and nothing else on stdout
    assert {"accuracy", "macro_f1", "category_accuracy", "category_macro_f1", "docs_per_second", "per_label"} <= set(
        report
    )
    assert report["accuracy"] >= 0.9 and set(report["per_label"]) == {"weather", "music", "timer"}
    readable = CliRunner().invoke(cli, ["evaluate", "--data", str(data), "--model", str(out)])
    assert "accuracy" in readable.output and "timer" in readable.output


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([], "no labelled examples (the file is empty)"),
        ([*SMALL, {"text": "lonely", "label": "solo"}], "labels with only one example (need at least 2): solo"),
        ([*SMALL[:2], "{not json", *SMALL[2:]], "bad.jsonl:3: not valid JSON"),
        ([*SMALL, {"text": "x"}], "bad.jsonl:13: 'label' must be a non-empty string"),
        ([*SMALL, {"label": "music"}], "bad.jsonl:13: needs 'text' or a non-empty 'transcript'"),
    ],
)
def test_train_rejects_bad_data_with_file_and_line(tmp_path, rows, message):
    data = write(tmp_path / "bad.jsonl", rows)
    result = CliRunner().invoke(
        cli, ["train", "--data", str(data), "--out", str(tmp_path / "m"), "--no-taxonomy", "--no-progress"]
    )
    assert result.exit_code == 2
    assert message in result.output


def test_unknown_labels_are_named(tmp_path, model_path):
    data = write(
        tmp_path / "labels.jsonl", [{"text": "ik wil opzeggen", "label": "contract.quit", "language": "nl"}] * 2
    )
    trained = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(tmp_path / "m"), "--no-progress"])
    assert trained.exit_code == 2 and "unknown labels contract.quit" in trained.output
    evaluated = CliRunner().invoke(cli, ["evaluate", "--data", str(data), "--model", str(model_path)])
    assert evaluated.exit_code == 2 and "unknown labels contract.quit" in evaluated.output


def test_one_document_and_a_batch_get_the_same_features_and_scores(model_path):
    model = spacy.load(model_path / "en").get_pipe(FACTORY).model
    texts = [f"my parcel number {i} never arrived and the tracking shows nothing" for i in range(20)]
    tokens = [text.split() for text in texts]
    one_by_one = [model.predict_proba([item])[1][0] for item in tokens]
    features, batch = model.predict_proba(tokens)
    assert features.batch is not None  # 20 documents take the vectorised path
    assert abs(batch - np.stack(one_by_one)).max() < 1e-5
    assert model.predict_proba([])[1].shape == (0, len(model.labels))
