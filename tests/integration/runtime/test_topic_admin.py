"""Topic creation on the real embedded broker through kafka-python's admin client."""

from kafka import KafkaConsumer

from pipeline.runtime.topic_admin import ensure_topics
from topics.catalog import core_topics


def test_ensure_topics_creates_the_catalogue_once(broker):
    specs = core_topics(3)
    assert sorted(ensure_topics(broker.bootstrap_servers, specs)) == sorted(spec.name for spec in specs)
    assert ensure_topics(broker.bootstrap_servers, specs) == []  # idempotent: a second worker creates nothing

    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap_servers)
    try:
        for spec in specs:
            assert len(consumer.partitions_for_topic(spec.name)) == spec.partitions, spec.name
    finally:
        consumer.close()
