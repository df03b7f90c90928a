"""Classifier figures: `python -m benchmarks.classifier [--datasets ../shared/datasets] [--json]`.

1. CLINC150 (in-scope, 150 intents): trained with `feedback-loop train` on the published train split,
   scored with `feedback-loop evaluate` on the published test split (nothing tuned on it); then the
   warm throughput of the trained pipeline on one core (`nlp.pipe` over the test texts).
2. The bundled nl/en model's recipe on the project's own examples: trained with `train --part train`,
   scored on the held-out part (20 % by hash) that training never saw, overall and per language.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATASETS = REPO.parent / "shared" / "datasets"
EXAMPLES = REPO / "nlp" / "data" / "examples"


def feedback_loop(*args: str) -> str:
    """Run a `feedback-loop` command on one core; its stdout."""
    command = [sys.executable, "-m", "pipeline.cli", *args]
    pinned = ["taskset", "-c", "0", *command] if _has_taskset() else command
    result = subprocess.run(pinned, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args[:1])} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def _has_taskset() -> bool:
    return any((Path(folder) / "taskset").exists() for folder in os.environ.get("PATH", "").split(os.pathsep))


def warm_throughput(model: Path, texts: list[str], language: str, rounds: int = 3) -> float:
    """Documents per second through the saved pipeline after one warm-up pass (median of `rounds`)."""
    from nlp.classifiers.trained import TrainedClassifier

    if _has_taskset():
        os.sched_setaffinity(0, {0})
    classifier = TrainedClassifier(model)
    languages = [language] * len(texts)
    classifier.classify_many(texts, languages)
    rates = []
    for _ in range(rounds):
        started = time.perf_counter()
        classifier.classify_many(texts, languages)
        rates.append(len(texts) / (time.perf_counter() - started))
    return sorted(rates)[len(rates) // 2]


def clinc(datasets: Path, work: Path) -> dict:
    folder = datasets / "clinc150"
    model = work / "clinc"
    started = time.perf_counter()
    feedback_loop(
        "train", "--data", str(folder / "train.jsonl"), "--out", str(model), "--language", "en",
        "--no-taxonomy", "--threshold", "0", "--no-progress",
    )  # fmt: skip
    train_seconds = time.perf_counter() - started
    report = json.loads(
        feedback_loop("evaluate", "--data", str(folder / "test.jsonl"), "--model", str(model), "--json")
    )
    texts = [json.loads(line)["text"] for line in (folder / "test.jsonl").open()]
    return {
        "accuracy": report["accuracy"],
        "macro_f1": report["macro_f1"],
        "train_seconds": round(train_seconds, 1),
        "utterances_per_second_one_core": round(warm_throughput(model, texts, "en")),
    }


def own_examples(work: Path) -> dict:
    from nlp.training.data import read_examples, select_part

    model = work / "own"
    feedback_loop("train", "--data", str(EXAMPLES), "--out", str(model), "--part", "train", "--no-progress")
    report = json.loads(
        feedback_loop("evaluate", "--data", str(EXAMPLES), "--model", str(model), "--part", "holdout", "--json")
    )
    by_language = {}
    for language in ("nl", "en"):
        subset = work / f"holdout-{language}.jsonl"
        held_out = [e for e in select_part(read_examples(EXAMPLES), "holdout", 0.2) if e.language == language]
        subset.write_text("".join(json.dumps(e.__dict__) + "\n" for e in held_out))
        scored = json.loads(feedback_loop("evaluate", "--data", str(subset), "--model", str(model), "--json"))
        by_language[language] = {key: scored[key] for key in ("examples", "accuracy", "macro_f1", "category_accuracy")}
    keys = ("examples", "accuracy", "macro_f1", "category_accuracy", "category_macro_f1")
    return {
        **{key: report[key] for key in keys},
        "by_language": by_language,
        "top_confusions": report["top_confusions"][:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS)
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = {"clinc150": clinc(args.datasets, Path(tmp)), "own_examples_holdout": own_examples(Path(tmp))}
    if args.json:
        print(json.dumps(figures))
        return
    c, own = figures["clinc150"], figures["own_examples_holdout"]
    print(f"CLINC150 test (150 intents, 4,500 utterances): accuracy {c['accuracy']:.2%}, macro-F1 {c['macro_f1']:.2%}")
    print(
        f"  trained in {c['train_seconds']} s; {c['utterances_per_second_one_core']:,} utterances/s on one core (warm)"
    )
    print(
        f"Own nl/en examples, held-out part ({own['examples']}): accuracy {own['accuracy']:.2%}, "
        f"macro-F1 {own['macro_f1']:.2%}; category level {own['category_accuracy']:.2%} "
        f"/ {own['category_macro_f1']:.2%}"
    )
    for language, row in own["by_language"].items():
        print(
            f"  {language}: {row['examples']} examples, accuracy {row['accuracy']:.2%}, macro-F1 {row['macro_f1']:.2%}"
        )
    print(
        "  top confusions: "
        + "; ".join(f"{c['label']} → {c['predicted']} ({c['count']})" for c in own["top_confusions"])
    )


if __name__ == "__main__":
    main()
