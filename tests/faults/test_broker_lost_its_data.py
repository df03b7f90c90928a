"""Fault injection: the embedded broker restarts without its data (it keeps nothing) under a running worker.

The worker must notice, create its topics again (catalogue and Faust's own), say what happened, and a new
worker must get ready on the re-created topics and process contacts end to end.
"""

from __future__ import annotations

import time

from pipeline.runtime.broker import EmbeddedBroker
from pipeline.synthetic import generate
from pipeline.testing import produce, read_topic, start_worker, stop_worker
from topics.catalog import core_topics


def topics_on(broker: EmbeddedBroker) -> set[str]:
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap_servers)
    try:
        return set(admin.list_topics())
    finally:
        admin.close()


def test_broker_fault_lost_topics_are_created_again_and_a_new_worker_gets_ready(tmp_path):
    with EmbeddedBroker() as broker:
        settings = {"topic_check_seconds": "1", "stop_timeout_seconds": "5"}
        (tmp_path / "first").mkdir()
        worker = start_worker(broker, tmp_path / "first", **settings)
        try:
            before = topics_on(broker)
            assert {spec.name for spec in core_topics(2)} <= before
            broker.restart(down_seconds=1)
            assert "contacts.raw" not in topics_on(broker), "the restarted broker kept nothing"
            deadline = time.monotonic() + 60
            while topics_on(broker) < before and time.monotonic() < deadline:
                time.sleep(0.5)
            assert topics_on(broker) >= before, sorted(before - topics_on(broker))
            assert "creating them again" in worker.log() and "restart the workers" in worker.log()
        finally:
            stop_worker(worker)

        (tmp_path / "second").mkdir()
        worker = start_worker(broker, tmp_path / "second", **settings)
        try:
            contacts = generate(10, seed=5)
            produce(broker.bootstrap_servers, "contacts.raw", [item.contact.to_bytes() for item in contacts])
            classified = read_topic(broker.bootstrap_servers, "contacts.classified", expected=10, timeout=90)
            assert {c["contact_id"] for c in classified} == {item.contact.contact_id for item in contacts}
        finally:
            stop_worker(worker)
