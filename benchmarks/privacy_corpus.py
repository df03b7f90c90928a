"""Writes the labelled privacy corpus: `python -m benchmarks.privacy_corpus [--out PATH]`.

Each record: `id`, `split` (the splits and what each is for: `benchmarks.privacy_splits`), `lang`, `text` and
`spans` (`start`, `end`, `type`) of every piece of personal data in it; sentences without personal data have no
spans. The same seeds always give the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_splits import EXTRA_PARTS, SPLIT_ROLES, SPLITS
from benchmarks.privacy_templates import CLEAN_FILLERS

__all__ = ["CORPUS", "SPLITS", "SPLIT_ROLES", "TYPES", "build_split", "load"]

CORPUS = Path(__file__).resolve().parent.parent / "nlp" / "data" / "privacy" / "corpus.jsonl"
TYPES = ("NAME", "EMAIL", "PHONE", "IBAN", "BSN", "POSTCODE", "ADDRESS", "CARD", "DOB", "PLATE", "CUSTOMER_NUMBER")
_SLOT = re.compile(r"\{(\w+)\}")


def slot_type(slot: str) -> str:
    """NAME_FULL -> NAME, EMAIL_SPOKEN -> EMAIL, CUSTOMER_NUMBER -> CUSTOMER_NUMBER."""
    return next(kind for kind in TYPES if slot == kind or slot.startswith(kind + "_"))


def render(template: str, lang: str, fillers: Fillers, ordinary: dict[str, list[str]]) -> tuple[str, list[dict]]:
    text, spans, cursor = "", [], 0
    for match in _SLOT.finditer(template):
        text += template[cursor : match.start()]
        slot = match.group(1)
        if slot.isupper():
            value = fillers.fill(slot, lang)
            spans.append({"start": len(text), "end": len(text) + len(value), "type": slot_type(slot)})
        else:
            value = fillers.rng.choice(ordinary[slot])
        text += value
        cursor = match.end()
    return text + template[cursor:], spans


def build_split(split: str) -> list[dict]:
    records = _build_part(split, split, SPLITS[split])
    for pool, part in EXTRA_PARTS.get(split, []):
        records += _build_part(split, pool, part)
    return [{"id": f"{split}-{n:04d}", "split": split, **record} for n, record in enumerate(records)]


def _build_part(split: str, pool: str, part: tuple) -> list[dict]:
    seed, templates, clean, per_type, n_clean, filler_class = part
    rng = random.Random(seed)
    fillers, ordinary = filler_class(split, rng), CLEAN_FILLERS[pool]
    records = []
    for kind in TYPES:
        having = [
            (lang, t) for lang, t in templates if any(slot_type(s) == kind for s in _SLOT.findall(t) if s.isupper())
        ]
        for _ in range(per_type if having else 0):
            lang, template = rng.choice(having)
            text, spans = render(template, lang, fillers, ordinary)
            records.append({"lang": lang, "text": text, "spans": spans})
    for _ in range(n_clean):
        template = rng.choice(clean)
        text, _ = render(template, "", fillers, ordinary)
        records.append({"lang": "en" if re.search(r"\b(?:the|I|is|my)\b", text) else "nl", "text": text, "spans": []})
    return records


def load(path: Path = CORPUS, split: str | None = None) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [record for record in records if split in (None, record["split"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CORPUS)
    args = parser.parse_args()
    records = [record for split in SPLITS for record in build_split(split)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    for split in SPLITS:
        chosen = [r for r in records if r["split"] == split]
        print(f"{split}: {len(chosen)} sentences, {sum(not r['spans'] for r in chosen)} without personal data")


if __name__ == "__main__":
    main()
