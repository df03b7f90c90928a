"""The discover stage's real logic through the real loop, with dicts for tables and recording topics:
each contact is taken in once (a replayed offset or a copied contact changes nothing), a restarted stage
goes on from the table, a poison record is dead-lettered and the next one processed, a promoted candidate
stops signalling."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace

from nlp.classifiers import Classification
from nlp.discovery.candidates import CandidatePool
from pipeline.discover.agents import GUARD_KEY, Discovering
from pipeline.discover.promotion import promote
from pipeline.discover.step import discover
from pipeline.runtime.replay import ReplayGuard
from pipeline.runtime.stage import Stage, _process_event
from tests.unit.nlp.test_discovery import POLICY, unit
from tests.unit.pipeline.runtime.fakes import NOW, fake_deps
from topics.discovery import Candidate, Dismissal, PromotionRequest
from topics.records import ClassifiedContact, Turn

LYRICS = [
    "de karaoke functie op de tv box laat geen songteksten zien",
    "bij karaoke op de tv box verschijnen de songteksten niet",
    "songteksten van karaoke ontbreken op de tv box",
    "karaoke zonder songteksten op de tv box",
]


class Unsure:
    def classify(self, text: str, language: str) -> Classification:
        return Classification(category="unclassified", confidence=0.1)


def deps_for_discovery():
    deps = fake_deps(discovery_min_contacts=4, window_seconds=600)
    return replace(deps, services=replace(deps.services, classifier=Unsure()))


def unclassified(contact_id: str, text: str, minute: int, label: str = "unclassified") -> bytes:
    return ClassifiedContact(
        contact_id=contact_id,
        channel="chat",
        occurred_at=NOW + timedelta(minutes=minute),
        language="nl",
        customer_ref="c1",
        label=label,
        category=label.partition(".")[0],
        confidence=0.1 if label == "unclassified" else 0.6,
        redacted_transcript=[Turn(speaker="agent", text="Goedemiddag"), Turn(speaker="customer", text=text)],
    ).to_bytes()


class Table(dict):
    """A Faust table as the write-behind uses it: its data, and the changelog records it was sent."""

    @property
    def data(self) -> dict:
        return self

    def send_changelog(self, partition: int, key: str, value: str | None, **_: object) -> None:
        assert partition == 0


def feed(discovering: Discovering, deps, payloads: list[tuple[int, bytes]]) -> None:
    """One batch: its changes are written when it ends, as the agent does before Faust acks it."""
    stage = Stage("discover", "contacts.uncertain", discovering.process)

    async def run() -> None:
        for offset, payload in payloads:
            event = SimpleNamespace(value=payload, message=SimpleNamespace(offset=offset, partition=0))
            await _process_event(event, stage, deps.dead_letters)
        discovering.flush()

    asyncio.run(run())


def stream(count: int) -> list[tuple[int, bytes]]:
    return [(n, unclassified(f"k-{n}", LYRICS[n % len(LYRICS)], 4 * n)) for n in range(count)]


def signals(deps) -> list[dict]:
    return [json.loads(value) for _, value in deps.topics.signals.sent]


def sizes(table: dict) -> dict[str, int]:
    return {key: json.loads(value)["size"] for key, value in table.items() if key != GUARD_KEY}


def test_a_recurring_candidate_signals_once_and_a_replay_or_a_copy_changes_nothing():
    deps, table = deps_for_discovery(), Table()
    discovering = Discovering(deps, table, {})
    feed(discovering, deps, stream(6))
    [candidate_id] = sizes(table)
    assert sizes(table) == {candidate_id: 6}
    assert [(s["kind"], s["label"], s["update"], s["count"]) for s in signals(deps)] == [
        ("new_issue", f"unclassified.{candidate_id}", 0, 4)
    ]
    before = dict(table)
    feed(discovering, deps, stream(6))  # the same offsets again, as after a crash
    feed(discovering, deps, [(6, unclassified("k-5", LYRICS[1], 30))])  # a copy of k-5 at a new offset
    assert {key: value for key, value in table.items() if key != GUARD_KEY} == {
        key: value for key, value in before.items() if key != GUARD_KEY
    }
    assert json.loads(table[GUARD_KEY])["last_offset"] == 6
    assert len(signals(deps)) == 1


def test_a_restarted_stage_goes_on_from_the_table_with_the_same_candidate():
    deps, table = deps_for_discovery(), Table()
    feed(Discovering(deps, table, {}), deps, stream(3))
    restarted = Discovering(deps, table, {})
    feed(restarted, deps, stream(8)[2:])  # offset 2 again (replayed after the restart), then more
    assert list(sizes(table).values()) == [8]
    assert [s["update"] for s in signals(deps)] == [0, 1]  # opened at 4, grew at 8 (doubled)


def test_a_poison_record_is_dead_lettered_and_the_next_contact_is_taken_in():
    deps, table = deps_for_discovery(), Table()
    feed(Discovering(deps, table, {}), deps, [(0, b"{not json"), (1, unclassified("k-1", LYRICS[0], 1))])
    assert list(sizes(table).values()) == [1]
    [letter] = [json.loads(value) for _, value in deps.topics.deadletter.sent]
    assert letter["stage"] == "discover" and letter["source"] == "contacts.uncertain"


def test_a_promoted_candidate_is_marked_and_signals_no_more():
    deps, table, promotions = deps_for_discovery(), Table(), {}
    discovering = Discovering(deps, table, promotions)
    feed(discovering, deps, stream(3))
    [(candidate_id, stored)] = [(k, v) for k, v in table.items() if k != GUARD_KEY]
    request = PromotionRequest(label="product.karaoke_lyrics", name="Karaoke lyrics", actor="triage")
    promotion = promote(Candidate.model_validate_json(stored), request, deps.services.taxonomy, NOW)
    promotions[promotion.label] = promotion.model_dump_json()
    feed(discovering, deps, stream(12)[3:])
    candidate = Candidate.model_validate_json(table[candidate_id])
    assert (candidate.status, candidate.promoted_label, candidate.size) == ("promoted", "product.karaoke_lyrics", 12)
    assert signals(deps) == []


def test_unsure_contacts_of_one_known_issue_group_but_do_not_surface_as_new():
    deps, table = deps_for_discovery(), Table()
    discovering = Discovering(deps, table, {})
    known = [(n, unclassified(f"d-{n}", LYRICS[n % 4], 4 * n, label="product.defect")) for n in range(8)]
    feed(discovering, deps, known)
    [candidate] = [Candidate.model_validate_json(v) for k, v in table.items() if k != GUARD_KEY]
    assert (candidate.size, candidate.labels, candidate.surfaced_at) == (8, {"product.defect": 8}, None)
    assert signals(deps) == []
    mixed = [(8 + n, unclassified(f"u-{n}", LYRICS[n % 4], 40 + n)) for n in range(8)]  # now mostly unnamed
    feed(discovering, deps, mixed)
    assert [(s["kind"], s["count"]) for s in signals(deps)] == [("new_issue", 9)]  # 8 of 9 known: below 0.95


def test_a_dismissed_candidate_keeps_taking_in_its_kind_but_never_signals():
    deps, table, dismissals = deps_for_discovery(), Table(), {}
    discovering = Discovering(deps, table, {}, dismissals)
    feed(discovering, deps, stream(3))
    [candidate_id] = sizes(table)
    dismissals[candidate_id] = Dismissal(candidate_id=candidate_id, actor="triage", at=NOW).model_dump_json()
    feed(discovering, deps, stream(12)[3:])
    candidate = Candidate.model_validate_json(table[candidate_id])
    assert (candidate.status, candidate.size, len(table)) == ("dismissed", 12, 2)  # no new candidate grew beside it
    assert signals(deps) == []


def test_a_candidate_folded_into_another_is_reported_with_the_one_it_went_into():
    """The agent closes the folded candidate's issue (`merged`, "folded into …") from this."""
    pool, guard, offset = CandidatePool(POLICY), ReplayGuard(), 0

    def take(text: str, vector: dict, minute: int):
        nonlocal guard, offset
        contact = ClassifiedContact.model_validate_json(unclassified(f"c-{offset}", text, minute))
        done = discover(pool, guard, contact, offset, text, vector)
        guard, offset = done.guard, offset + 1
        return done

    older = take("wifi", unit(wifi=1), 0).changed[0].candidate_id
    younger = take("router", unit(router=1), 1).changed[0].candidate_id
    folds = [take("router wifi", unit(router=0.6, wifi=0.8), 2 + i).absorbed for i in range(10)]
    (into, absorbed), *_ = [f for found in folds for f in found]
    assert (into.candidate_id, absorbed) == (older, younger)
