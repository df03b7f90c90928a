"""Discovery figures: `python -m benchmarks.discovery [--datasets DIR] [--json] [--seed N] [--dev [--dev-seeds N]]`.

Can discovery find recurring issues nobody named? CLINC150's 150 intents fall in 10 published domains of
15 intents (`DOMAINS`, built here from the dataset's domain lists; the files carry only intent names).
15 intents are held out, chosen by a fixed seed and spread over the domains: 15 cannot all come from
different domains when there are 10, so five domains give two and the other five give one, never more.
The classifier is trained on the train split of the other 135 intents; the whole test split (4,500
utterances, a fixed shuffled order, event times spread evenly over three simulated days) is streamed one
contact at a time: classify, and a contact the policy takes (`DiscoveryPolicy.takes`: unclassified, or below
`max_confidence` and novel) goes to discovery (`Vectoriser.from_classifier` + `CandidatePool.add`).

Surfaced candidate: one that recurred as the pool defines it (`min_contacts` contacts over `min_windows`
windows), and with at least `MIN_FOUND_SIZE` contacts. A held-out intent is *found* when a surfaced candidate
has ≥ 80 % of its members from it. A *noise* candidate is a surfaced one that finds no held-out intent
(mixed, or mostly a known intent); a second candidate pure for an intent already found is a *duplicate*
(counted apart, and in neither figure).

`--dev` runs the tuning scenario, built from the train split only (the test split is never used to tune):
15 other intents held out (another seed, none of the test's held-out ones, whose data is left out
entirely), the classifier trained on 70 of the 100 utterances of each of the 120 remaining intents, and
the stream made of the other 30 of each known intent plus 30 of each dev held-out intent (4,050).
`--dev-seeds N` sums N such scenarios with different dev held-out sets (one set's figures swing by 3-4 intents).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.clinc_domains import DOMAINS

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATASETS = REPO.parent / "shared" / "datasets"
MIN_FOUND_SIZE = 10
PURITY = 0.8
HELD_OUT = 15
DAYS = 3
DEV_TRAIN_PER_INTENT = 70
DEV_STREAM_PER_INTENT = 30
START = datetime(2024, 3, 4, tzinfo=UTC)

INTENTS = {domain: intents.split() for domain, intents in DOMAINS.items()}


@dataclass(frozen=True)
class Scenario:
    name: str
    train: list[tuple[str, str]]  # (text, label)
    stream: list[tuple[str, str]]  # (text, true label), in stream order
    held_out: list[str]


def choose_held_out(seed: int, exclude: frozenset[str] = frozenset()) -> list[str]:
    """15 intents, at most two per domain and spread as evenly as 10 domains allow (5 give two, 5 give one)."""
    rng = random.Random(seed)
    domains = sorted(INTENTS)
    rng.shuffle(domains)
    quotas = {domain: HELD_OUT // len(domains) + (i < HELD_OUT % len(domains)) for i, domain in enumerate(domains)}
    chosen = []
    for domain in sorted(domains):
        chosen += rng.sample(sorted(set(INTENTS[domain]) - exclude), quotas[domain])
    return sorted(chosen)


def read(path: Path) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.open()]
    return [(row["text"], row["label"]) for row in rows]


def held_out_scenario(datasets: Path, seed: int) -> Scenario:
    held_out = choose_held_out(seed)
    train = [row for row in read(datasets / "clinc150/train.jsonl") if row[1] not in held_out]
    stream = read(datasets / "clinc150/test.jsonl")
    random.Random(seed).shuffle(stream)
    return Scenario("test", train, stream, held_out)


def dev_scenario(datasets: Path, seed: int, dev_seed: int = 0) -> Scenario:
    """`dev_seed` picks another set of dev held-out intents (and split); never any of the test's held-out ones."""
    excluded = frozenset(choose_held_out(seed))
    held_out = choose_held_out(seed + 1000 + dev_seed, exclude=excluded)
    rng = random.Random(seed + 1000 + dev_seed)
    by_intent: dict[str, list[tuple[str, str]]] = {}
    for row in read(datasets / "clinc150/train.jsonl"):
        by_intent.setdefault(row[1], []).append(row)
    train, stream = [], []
    for intent in sorted(by_intent):
        if intent in excluded:
            continue
        rows = by_intent[intent]
        rng.shuffle(rows)
        if intent in held_out:
            stream += rows[:DEV_STREAM_PER_INTENT]
        else:
            train += rows[:DEV_TRAIN_PER_INTENT]
            stream += rows[DEV_TRAIN_PER_INTENT : DEV_TRAIN_PER_INTENT + DEV_STREAM_PER_INTENT]
    rng.shuffle(stream)
    return Scenario("dev" if not dev_seed else f"dev{dev_seed}", train, stream, held_out)


@dataclass(frozen=True)
class Prepared:
    """The stream after classification: what discovery needs, per contact."""

    scenario: Scenario
    classifier: object
    predicted: list[str]
    confidence: list[float]
    tokens: list[list[str]]
    train_seconds: float


class _Classifier:
    """What `Vectoriser.from_classifier` reads from a `TrainedClassifier`: its pipelines by language."""

    def __init__(self, nlp) -> None:
        self.pipelines = {"en": nlp}


def prepare(scenario: Scenario, seed: int) -> Prepared:
    import spacy

    from nlp.classifiers.features import doc_tokens
    from nlp.classifiers.trained import _decide, component
    from nlp.training.data import Example
    from nlp.training.train import train_pipeline

    started = time.perf_counter()
    examples = [Example(text=text, label=label, language="en") for text, label in scenario.train]
    nlp = train_pipeline(examples, "en", seed=seed, progress=False)
    train_seconds = time.perf_counter() - started
    texts = [text for text, _ in scenario.stream]
    threshold = component(nlp).threshold
    decisions = [_decide(*doc._.decision, threshold) for doc in nlp.pipe(texts)]
    tokenizer = spacy.blank("en").tokenizer
    tokens = [doc_tokens(tokenizer(text)) for text in texts]
    return Prepared(
        scenario,
        _Classifier(nlp),
        [d.category for d in decisions],
        [d.confidence for d in decisions],
        tokens,
        train_seconds,
    )


def discover(prepared: Prepared, policy=None, vectoriser=None, known_share: float | None = None) -> dict:
    """Stream the classified contacts through discovery, one at a time, as the worker does; the figures."""
    from nlp.discovery.candidates import CandidatePool, DiscoveryPolicy
    from nlp.discovery.known import KNOWN_SHARE, add_contact

    known_share = KNOWN_SHARE if known_share is None else known_share
    from nlp.discovery.novelty import model_of, novelty
    from nlp.discovery.vectors import Vectoriser

    policy = policy or DiscoveryPolicy()
    vectoriser = vectoriser or Vectoriser.from_classifier(prepared.classifier, "en")
    model = model_of(prepared.classifier, "en")
    scenario, held_out = prepared.scenario, set(prepared.scenario.held_out)
    pool = CandidatePool(policy)
    members: dict[str, list[str]] = {}  # candidate id → true labels of its members
    step = timedelta(days=DAYS) / len(scenario.stream)
    seconds, discovered, opened, sent = 0.0, 0, 0, []
    for i, ((text, label), predicted, confidence, tokens) in enumerate(
        zip(scenario.stream, prepared.predicted, prepared.confidence, prepared.tokens, strict=True)
    ):
        started = time.perf_counter()
        vector = vectoriser.vector(tokens)
        sent.append(policy.takes(predicted, confidence, novelty(vector, predicted, model)))
        assignment = (
            add_contact(pool, f"contact-{i}", vector, "en", START + i * step, text, predicted, known_share)
            if sent[-1]
            else None
        )
        seconds, discovered = seconds + time.perf_counter() - started, discovered + sent[-1]
        if assignment is None:
            continue
        cid = assignment.candidate.candidate_id
        for gone in assignment.absorbed:
            members.setdefault(cid, []).extend(members.pop(gone, []))
        members.setdefault(cid, []).append(label)
        opened += assignment.signal == "opened"
    figures = score(prepared, pool, members, held_out, discovered, seconds, opened)
    labels = [label for _, label in scenario.stream]
    figures["held_out_to_discovery"] = sum(s for s, label in zip(sent, labels, strict=True) if label in held_out)
    figures["known_to_discovery"] = sum(s for s, label in zip(sent, labels, strict=True) if label not in held_out)
    figures["max_confidence"], figures["min_novelty"] = policy.max_confidence, policy.min_novelty
    return figures


def score(prepared, pool, members, held_out, discovered, seconds, opened) -> dict:
    from nlp.taxonomy import UNCLASSIFIED

    surfaced = [
        cid
        for cid, candidate in pool.candidates.items()
        if candidate.surfaced_at is not None and candidate.size >= MIN_FOUND_SIZE
    ]
    found: dict[str, list[str]] = {}
    noise = []
    for cid in sorted(surfaced, key=lambda c: -len(members[c])):
        label, count = Counter(members[cid]).most_common(1)[0]
        if label in held_out and count >= PURITY * len(members[cid]):
            found.setdefault(label, []).append(f"{cid}:{count}/{len(members[cid])}")
        else:
            noise.append(f"{cid}:{label} {count}/{len(members[cid])}")
    rows = list(zip(prepared.scenario.stream, prepared.predicted, strict=True))
    held = [p for (_, label), p in rows if label in held_out]
    known = [p for (_, label), p in rows if label not in held_out]
    return {
        "scenario": prepared.scenario.name,
        "contacts": len(rows),
        "held_out": len(held_out),
        "found": len(found),
        "found_intents": {label: cids for label, cids in sorted(found.items())},
        "missed_intents": sorted(held_out - set(found)),
        "noise_candidates": len(noise),
        "noise": noise,
        "duplicates": sum(len(cids) - 1 for cids in found.values()),
        "candidates_surfaced": len(surfaced),
        "candidates_total": len(pool.candidates),
        "opened_signals": opened,
        "held_out_utterances": len(held),
        "held_out_unclassified": sum(p == UNCLASSIFIED for p in held),
        "held_out_labelled_known": sum(p != UNCLASSIFIED for p in held),
        "known_utterances": len(known),
        "known_unclassified": sum(p == UNCLASSIFIED for p in known),
        "sent_to_discovery": discovered,
        "discovery_ms_per_contact": round(1000 * seconds / max(discovered, 1), 3),  # routing included
        "train_seconds": round(prepared.train_seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS)
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dev", action="store_true", help="The tuning scenario from the train split only.")
    parser.add_argument("--dev-seeds", type=int, default=1, help="With --dev: this many dev held-out sets, summed.")
    args = parser.parse_args()
    if args.dev:
        runs = [discover(prepare(dev_scenario(args.datasets, args.seed, k), args.seed)) for k in range(args.dev_seeds)]
    else:
        runs = [discover(prepare(held_out_scenario(args.datasets, args.seed), args.seed))]
    total = {key: sum(f[key] for f in runs) for key in ("found", "held_out", "noise_candidates", "duplicates")}
    if args.json:
        print(json.dumps(runs[0] if len(runs) == 1 else {"runs": runs, "total": total}))
        return
    for f in runs:
        report(f)
    if len(runs) > 1:
        print(f"{len(runs)} dev sets: found {total['found']} of {total['held_out']}, noise {total['noise_candidates']}")


def report(f: dict) -> None:
    print(f"CLINC150 discovery, {f['scenario']} scenario: {f['contacts']:,} contacts streamed over {DAYS} days")
    print(f"  held-out intents found: {f['found']} of {f['held_out']} (a surfaced candidate ≥ {PURITY:.0%} pure)")
    print(f"    found: {', '.join(f['found_intents'])}")
    print(f"    missed: {', '.join(f['missed_intents']) or '-'}")
    print(f"  candidates surfaced: {f['candidates_surfaced']}; noise {f['noise_candidates']}, dup {f['duplicates']}")
    for row in f["noise"]:
        print(f"    noise {row}")
    print(
        f"  held-out utterances: {f['held_out_utterances']}, unclassified {f['held_out_unclassified']}, "
        f"given a known label {f['held_out_labelled_known']}"
    )
    print(f"  known-intent utterances: {f['known_utterances']:,}, unclassified {f['known_unclassified']}")
    print(
        f"  sent to discovery (unclassified, or confidence < {f['max_confidence']} and novelty > {f['min_novelty']}): "
        f"held-out {f['held_out_to_discovery']}, known {f['known_to_discovery']}, in all {f['sent_to_discovery']:,}"
    )
    print(f"  routing + discovery {f['discovery_ms_per_contact']} ms/contact sent; trained in {f['train_seconds']} s")


if __name__ == "__main__":
    main()
