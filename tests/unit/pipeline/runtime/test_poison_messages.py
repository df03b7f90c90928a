"""A poison message never stops a stage: each hostile record is dead-lettered with a reason and the
next good record is processed. Runs each stage's real logic through the real loop, with recording topics."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import timedelta

import pytest

from nlp.redaction import redact
from pipeline.classify import agents as classify_agents
from pipeline.count import agents as count_agents
from pipeline.detect.threshold import threshold_signal
from pipeline.ingest.intake import check_body
from pipeline.issues.lifecycle import on_signal
from pipeline.route import agents as route_agents
from pipeline.runtime.stage import Stage, run_stage
from pipeline.synthetic import generate
from tests.unit.pipeline.runtime.fakes import NOW, fake_deps, no_flush, records, run_batches
from topics.counts import PartitionWindows

DEEP_JSON = b"[" * 10_000 + b"]" * 10_000


def contact_json(**changes: object) -> bytes:
    data = json.loads(generate(1, seed=5, start=NOW - timedelta(hours=1))[0].contact.model_dump_json())
    return json.dumps({**data, **changes}).encode()


def reasons(deps) -> list[str]:
    return [json.loads(value)["reason"] for _, value in deps.topics.deadletter.sent]


def test_redact_stage_survives_hostile_records_and_processes_the_next_good_one():
    deps = fake_deps()
    hostile = [
        contact_json(occurred_at="9999-12-31T23:58:00Z"),
        contact_json(occurred_at=(NOW + timedelta(days=30)).isoformat()),
        b'{"contact_id": "' + b"x" * 1_000_000 + b'"}',  # 1 MB
        b"x" * 10_000_000,  # 10 MB
        DEEP_JSON,
        contact_json(transcript=[{"speaker": "customer", "text": "a" * 20_000}] * 6),  # too much text
    ]
    good = contact_json(contact_id="good-after-poison")
    asyncio.run(run_batches(classify_agents.stage(deps), deps.dead_letters, *hostile, good))

    assert [json.loads(value)["contact_id"] for _, value in deps.topics.redacted.sent] == ["good-after-poison"]
    why = reasons(deps)
    assert len(why) == len(hostile)
    assert why[0].startswith("occurred_at: Value error, must be between 2000 and 2100")
    assert why[1] == "occurred_at: more than 1 day in the future"
    assert why[2].startswith("record is 1000018 bytes, more than the 262144 allowed (payload of 1000018 bytes")
    assert why[3].startswith("record is 10000000 bytes")
    assert "recursion" in why[4].lower() or "nested" in why[4].lower()
    assert "more than the 100000" in why[5]
    letters = [json.loads(value) for _, value in deps.topics.deadletter.sent]
    assert [letter["truncated"] for letter in letters] == [False, False, True, True, False, True]


def test_a_long_word_is_redacted_in_linear_time():
    # was quadratic (1.9 s for 20,000 letters, so ~50 s for the 100,000 a contact may hold); a hang guard
    word = "a" * 100_000
    assert redact(word).text == word
    assert redact("x" * 50_000 + " mail jan@example.org").counts == {"EMAIL": 1}


@pytest.mark.timeout(20)
def test_the_event_loop_keeps_running_while_long_contacts_are_redacted():
    deps = fake_deps()
    longest = contact_json(transcript=[{"speaker": "customer", "text": ("word " * 3_999)[:19_990]}] * 5)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.001)

    async def main() -> None:
        task = asyncio.create_task(ticker())
        await run_batches(classify_agents.stage(deps), deps.dead_letters, *[longest] * 6, size=3)
        task.cancel()

    asyncio.run(main())
    assert len(deps.topics.redacted.sent) == 6
    assert ticks > 6  # the loop ran between and during the contacts, not only after them


def test_a_failing_classifier_dead_letters_the_contact_and_leaves_no_half_output():
    class Failing:
        def classify(self, text: str, language: str):
            raise RuntimeError("model file is corrupt")

    deps = fake_deps()
    deps = replace(deps, services=replace(deps.services, classifier=Failing()))
    asyncio.run(run_batches(classify_agents.stage(deps), deps.dead_letters, contact_json()))
    assert deps.topics.redacted.sent == [] and deps.topics.classified.sent == []
    assert reasons(deps) == ["unexpected: RuntimeError"]


def test_a_contact_that_breaks_its_batch_is_dead_lettered_alone_and_the_rest_of_the_batch_goes_on():
    real = fake_deps().services.classifier

    class BreaksOnOne:
        def classify(self, text: str, language: str):
            if "zeppelin" in text:
                raise RuntimeError("cannot classify")
            return real.classify(text, language)

    deps = fake_deps()
    deps = replace(deps, services=replace(deps.services, classifier=BreaksOnOne()))
    poison = contact_json(contact_id="poison", transcript=[{"speaker": "customer", "text": "mijn zeppelin is stuk"}])
    batch = [contact_json(contact_id=f"good-{n}") for n in range(3)]
    asyncio.run(run_batches(classify_agents.stage(deps), deps.dead_letters, batch[0], poison, *batch[1:]))
    produced = [json.loads(value)["contact_id"] for _, value in deps.topics.classified.sent]
    assert produced == ["good-0", "good-1", "good-2"]
    assert [json.loads(value)["contact_id"] for _, value in deps.topics.redacted.sent] == produced
    assert reasons(deps) == ["unexpected: RuntimeError"]


def test_count_stage_never_lets_a_far_future_contact_into_its_windows():
    deps = fake_deps(signal_threshold=2)
    table: dict[str, str] = {}
    counting = count_agents.Counting(deps, table, no_flush)
    classified = _classified(deps)
    far_future = {**json.loads(classified), "occurred_at": "9999-12-31T23:58:00Z"}
    next_year = {**json.loads(classified), "occurred_at": (NOW + timedelta(days=365)).isoformat()}
    other = json.dumps({**json.loads(classified), "contact_id": "another-contact"}).encode()
    payloads = [json.dumps(far_future).encode(), json.dumps(next_year).encode(), b"\x00", classified, other, classified]
    stage = Stage("aggregate", "contacts.classified", lambda payload: counting.count(payload, 0, next(offsets)) or [])
    offsets = iter(range(len(payloads)))
    asyncio.run(run_stage(records(*payloads), stage, deps.dead_letters))

    assert len(reasons(deps)) == 3
    for tick in (NOW, NOW + timedelta(hours=1)):  # the first tick starts the idle clock; the next closes all
        asyncio.run(counting.tick(0, tick))
    sent = [PartitionWindows.model_validate_json(value) for _, value in deps.topics.partition_windows.sent]
    [window] = [window for record in sent for window in record.windows]
    assert sum(window.counts.values()) == 2  # only the two good ones were counted, the copy of one not again


def test_route_stage_dead_letters_a_bad_issue_event_and_routes_the_next():
    deps = fake_deps()
    signal = threshold_signal("delivery.late", NOW.timestamp(), 3600, 12, 10, NOW)
    event = on_signal(None, signal, deps.services.taxonomy.owners(signal.label)).to_bytes()
    asyncio.run(
        run_stage(records(b'{"event_id": "e"}', DEEP_JSON, event), route_agents.route_stage(deps), deps.dead_letters)
    )
    assert len(reasons(deps)) == 2
    assert len(deps.topics.alerts.sent) >= 1


def test_http_body_nested_10000_deep_is_a_clear_rejection():
    [checked] = list(check_body(DEEP_JSON.decode()))
    assert checked.contact is None and "nested too deeply" in checked.reason


def _classified(deps) -> bytes:
    redacted = fake_deps()
    asyncio.run(run_batches(classify_agents.stage(redacted), redacted.dead_letters, contact_json()))
    [(_, payload)] = redacted.topics.classified.sent
    return payload


def test_a_contact_whose_placeholders_outgrow_its_limits_is_still_redacted_and_classified():
    deps = fake_deps()
    names = ("Mevr. Bos. " * 2000)[:19_990]  # "Bos" (3 characters) becomes "[NAME]" (6)
    many_names = contact_json(contact_id="names", transcript=[{"speaker": "customer", "text": names}] * 4)
    asyncio.run(run_batches(classify_agents.stage(deps), deps.dead_letters, many_names))
    assert reasons(deps) == []
    [(_, value)] = deps.topics.classified.sent
    classified = json.loads(value)
    assert len(classified["redacted_transcript"][0]["text"]) > 20_000 and "Bos" not in value.decode()
