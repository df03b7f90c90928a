"""Labelled examples from JSONL: agents' wrap-up codes on contacts, or plain texts.

A line is `{"text": …, "label": …, "language"?: …}` or a contact (`transcript` as a list of turns,
with or without the other Contact fields) plus `label`. Errors name the file and line.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp.language import detect_language
from nlp.text import contact_text

LANGUAGES = ("nl", "en")


class TrainingDataError(ValueError):
    """Labelled data that cannot be used; the message says where (file:line) and why."""


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    language: str


def data_files(path: Path) -> list[Path]:
    """A JSONL file, or every `*.jsonl` in a folder (sorted, so training is reproducible)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise TrainingDataError(f"{path}: no .jsonl files in this folder")
        return files
    if not path.is_file():
        raise TrainingDataError(f"{path}: no such file")
    return [path]


def read_examples(path: Path) -> list[Example]:
    examples = [example for file in data_files(path) for example in _read_file(file)]
    if not examples:
        raise TrainingDataError(f"{path}: no labelled examples (the file is empty)")
    return examples


def _read_file(path: Path) -> Iterable[Example]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise TrainingDataError(f"{path}: not UTF-8 text ({error.reason})") from None
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _example(line, f"{path}:{number}")


def _example(line: str, where: str) -> Example:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as error:
        raise TrainingDataError(f"{where}: not valid JSON ({getattr(error, 'msg', 'nested too deeply')})") from None
    if not isinstance(record, dict):
        raise TrainingDataError(f"{where}: a line must be a JSON object")
    label = record.get("label")
    if not isinstance(label, str) or not label.strip():
        raise TrainingDataError(f"{where}: 'label' must be a non-empty string")
    text = _text_of(record, where)
    language = record.get("language") or detect_language(text)
    if language not in LANGUAGES:
        raise TrainingDataError(f"{where}: 'language' must be one of {', '.join(LANGUAGES)}")
    return Example(text=text, label=label.strip(), language=language)


def _text_of(record: dict, where: str) -> str:
    if isinstance(record.get("text"), str) and record["text"].strip():
        return record["text"]
    turns = record.get("transcript")
    if not isinstance(turns, list) or not turns:
        raise TrainingDataError(f"{where}: needs 'text' or a non-empty 'transcript' list of turns")
    texts = []
    for index, turn in enumerate(turns):
        if not isinstance(turn, dict) or not isinstance(turn.get("text"), str):
            raise TrainingDataError(f"{where}: transcript.{index} must be an object with a 'text'")
        texts.append(turn["text"])
    tags = record.get("agent_tags") or []
    notes = record.get("agent_notes")
    return contact_text(texts, [tag for tag in tags if isinstance(tag, str)], notes if isinstance(notes, str) else None)


def check_trainable(examples: Sequence[Example], where: str) -> None:
    """Every label needs at least two examples (calibration holds one out)."""
    counts = Counter(example.label for example in examples)
    single = sorted(label for label, count in counts.items() if count < 2)
    if single:
        raise TrainingDataError(f"{where}: labels with only one example (need at least 2): {', '.join(single)}")
    if len(counts) < 2:
        raise TrainingDataError(f"{where}: at least two different labels are needed to train")


def check_labels(examples: Sequence[Example], known: Sequence[str], where: str) -> None:
    unknown = sorted({example.label for example in examples} - set(known))
    if unknown:
        raise TrainingDataError(f"{where}: unknown labels {', '.join(unknown)} (known: {', '.join(known)})")


def is_held_out(example: Example, fraction: float) -> bool:
    """A stable split by the text's hash: the same examples are held out by `train` and `evaluate`."""
    digest = hashlib.sha256(f"{example.label}\n{example.text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < fraction


def select_part(examples: Sequence[Example], part: str, fraction: float) -> list[Example]:
    """`all`, `train` (what is not held out) or `holdout`."""
    if part == "all":
        return list(examples)
    return [example for example in examples if is_held_out(example, fraction) == (part == "holdout")]
