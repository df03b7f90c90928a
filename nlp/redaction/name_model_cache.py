"""The name models' weights kept on disk (and the lower-case model's vocabulary beside them), so a worker loads
them in milliseconds instead of training for seconds at startup (about 7 s and 200 MB more peak memory on the
whole corpus, 2026-11-28).

The file holds a fingerprint of everything training reads: the corpus, the splits trained on, the word lists,
the code that makes the features and scikit-learn's version. A file whose fingerprint differs is not used (the
model is trained again and the file rewritten), so an edited word list or corpus never meets stale weights.
Only the weights that are not zero are stored. Writing is best effort: a read-only install trains in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import sklearn

_HERE = Path(__file__).resolve().parent
CACHE = _HERE.parent / "models" / "name_model.json"
_SOURCES = tuple(_HERE / name for name in ("name_model.py", "name_tokens.py", "name_cues.py", "lexicon.py"))


def fingerprint(corpus: Path, splits: tuple[str, ...], buckets: int, sources: tuple[Path, ...] = _SOURCES) -> str:
    digest = hashlib.sha256(f"{splits}|{buckets}|{sklearn.__version__}".encode())
    for path in (corpus, *sorted((_HERE.parent / "data").glob("*.txt")), *sources):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _read(path: Path, expected: str, buckets: int) -> dict | None:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("fingerprint") != expected or stored.get("buckets") != buckets:
        return None
    return stored


def _weights(stored: dict, buckets: int) -> list[float]:
    weights = [0.0] * buckets
    for index, weight in stored["weights"].items():
        weights[int(index)] = weight
    return weights


def load(path: Path, expected: str, buckets: int) -> tuple[list[float], float] | None:
    """The weights and bias stored at `path` if they were trained on what `expected` fingerprints."""
    if (stored := _read(path, expected, buckets)) is None:
        return None
    return _weights(stored, buckets), float(stored["bias"])


def load_words(path: Path, expected: str, buckets: int) -> tuple[list[float], float, frozenset[str]] | None:
    """`load`, and the words stored beside the weights (the lower-case name model's vocabulary)."""
    if (stored := _read(path, expected, buckets)) is None or not isinstance(stored.get("words"), list):
        return None
    return _weights(stored, buckets), float(stored["bias"]), frozenset(stored["words"])


def save(path: Path, fingerprint_: str, weights: list[float], bias: float, words: frozenset[str] | None = None) -> None:
    """Write atomically (two workers starting together may both train); an unwritable place is no error."""
    body = {
        "fingerprint": fingerprint_,
        "buckets": len(weights),
        "bias": bias,
        "weights": {str(index): weight for index, weight in enumerate(weights) if weight},
    }
    if words is not None:
        body["words"] = sorted(words)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(body), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass
