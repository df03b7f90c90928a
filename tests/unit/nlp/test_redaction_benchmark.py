"""The redaction benchmark and its corpus stay usable: CI runs it on a tiny slice, without Presidio."""

import json

from benchmarks import redaction as benchmark
from benchmarks.privacy_corpus import CORPUS, SPLITS, TYPES, build_split, load


def test_benchmark_runs_on_a_tiny_slice(capsys):
    benchmark.main(["--limit", "15", "--json"])
    results = json.loads(capsys.readouterr().out)
    assert set(results) == set(SPLITS) and "test_v9" in results
    for per_split in results.values():
        assert per_split["ours"]["sentences"] == 15
        assert 0 <= per_split["ours"]["overall"]["recall"] <= 1


def test_the_table_prints(capsys):
    benchmark.main(["--split", "dev", "--limit", "5"])
    assert "ordinary words redacted" in capsys.readouterr().out


def test_the_seen_splits_are_labelled_as_no_longer_held_out(capsys):
    benchmark.main(["--split", "test_v1", "--limit", "3"])
    benchmark.main(["--split", "test_v2", "--limit", "3"])
    benchmark.main(["--split", "test_v3", "--limit", "3"])
    benchmark.main(["--split", "test_v4", "--limit", "3"])
    benchmark.main(["--split", "test_v5", "--limit", "3"])
    benchmark.main(["--split", "test_v6", "--limit", "3"])
    benchmark.main(["--split", "test_v7", "--limit", "3"])
    out = capsys.readouterr().out
    for split in ("test_v1", "test_v2", "test_v3", "test_v4", "test_v5", "test_v6", "test_v7"):
        assert f"{split} (seen: not held out any more)" in out


def test_the_held_out_splits_are_big_enough():
    for split in ("test_v3", "test_v4", "test_v5", "test_v6", "test_v7", "test_v8"):
        records = build_split(split)
        for kind in TYPES:
            assert sum(span["type"] == kind for record in records for span in record["spans"]) >= 45
        assert sum(not record["spans"] for record in records) >= 160


def test_recall_counts_a_span_caught_only_when_every_character_is_redacted():
    records = [{"text": "bel 06-12345678 nu", "lang": "nl", "spans": [{"start": 4, "end": 15, "type": "PHONE"}]}]
    whole = benchmark.score(records, lambda text, lang: [(4, 15, "PHONE")])
    half = benchmark.score(records, lambda text, lang: [(4, 10, "PHONE")])
    other_kind = benchmark.score(records, lambda text, lang: [(4, 15, "BSN")])
    assert whole["per_type"]["PHONE"]["recall"] == 1.0
    assert half["per_type"]["PHONE"]["recall"] == 0.0
    assert other_kind["per_type"]["PHONE"]["recall"] == 1.0 and other_kind["per_type"]["PHONE"]["typed_recall"] == 0.0
    noisy = benchmark.score(records, lambda text, lang: [(0, 3, "NAME"), (4, 15, "PHONE")])
    assert noisy["ordinary_words_redacted"]["all"] == 0.5  # "bel" of "bel", "nu"
    assert noisy["per_type"]["NAME"]["precision"] == 0.0


def test_the_committed_corpus_is_what_the_generator_writes():
    committed = load(CORPUS)
    splits = tuple(SPLITS)
    assert committed == [record for split in splits for record in build_split(split)]
    assert {record["split"] for record in committed} == set(splits)
    assert sum(not record["spans"] for record in committed) >= 150
    assert sum(bool(record["spans"]) for record in committed) >= 400
    for record in committed:
        for span in record["spans"]:
            assert span["type"] in TYPES
            assert record["text"][span["start"] : span["end"]].strip() == record["text"][span["start"] : span["end"]]


def test_the_name_model_is_trained_only_on_splits_no_longer_held_out():
    from benchmarks.privacy_corpus import SPLIT_ROLES
    from nlp.redaction.name_model import TRAINED_ON

    assert set(TRAINED_ON) <= set(SPLIT_ROLES)
    assert all(SPLIT_ROLES[split] != "held out" for split in TRAINED_ON)
    # and it learns from every split that has been looked at: a seen split is not left out of its training
    assert {split for split, role in SPLIT_ROLES.items() if role != "held out"} == set(TRAINED_ON)


def test_ordinary_words_of_clean_sentences_are_split_by_kind(capsys):
    records = [{"text": "Bel 030 200 40 00 of mail j.smit@example.nl.", "lang": "nl", "spans": []}]
    result = benchmark.score(records, benchmark.ours)
    by_kind = result["ordinary_words_redacted_clean_by_kind"]
    assert set(by_kind) == {"PHONE", "EMAIL"} and all(0 < rate <= 1 for rate in by_kind.values())
    benchmark.main(["--split", "dev", "--limit", "5"])
    assert "ordinary words redacted by kind" in capsys.readouterr().out
