"""The embedded Tansu broker: starts on a free port, answers Kafka clients, fails loudly, stops cleanly."""

import socket

import pytest
from kafka import KafkaAdminClient

from pipeline.runtime.broker import EmbeddedBroker


def test_starts_answers_and_stops():
    with EmbeddedBroker() as broker:
        admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap_servers)
        assert admin.list_topics() == []
        admin.close()
        port = broker.port
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_a_taken_port_is_a_clear_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        broker = EmbeddedBroker(port=taken.getsockname()[1], startup_timeout=10)
        with pytest.raises(RuntimeError, match="embedded broker"):
            broker.start()
        broker.stop()
