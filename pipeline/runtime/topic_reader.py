"""Read topics as they are now, without a consumer group: for CLI commands and the delivery sweep.

"As they are now" is the high watermark each fetch response carries, not ListOffsets: the embedded broker
(Tansu 0.6) answers ListOffsets(latest) with the base offset of the newest batch plus one, so after a batch
of several records it reports an end that is too early (measured; see the README's limits).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord


def _drain(
    consumer: KafkaConsumer, partitions: list[TopicPartition], timeout_seconds: float
) -> Iterator[ConsumerRecord]:
    """Every record from the current positions up to each partition's high watermark."""
    deadline = time.monotonic() + timeout_seconds
    pending = set(partitions)
    while pending:
        if time.monotonic() > deadline:
            raise TimeoutError(f"not at the end of {sorted(str(tp) for tp in pending)} after {timeout_seconds:g} s")
        for messages in consumer.poll(timeout_ms=200).values():
            yield from messages
        for tp in list(pending):
            highwater = consumer.highwater(tp)
            if highwater is not None and consumer.position(tp) >= highwater:
                pending.discard(tp)


def read_to_end(bootstrap_servers: str, topic: str, timeout_seconds: float = 30.0) -> list[bytes]:
    """Every record value of `topic`, all partitions, from the start to the end as it is now."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        return [record.value for record in _drain(consumer, partitions, timeout_seconds)]
    finally:
        consumer.close()


def read_partition(
    bootstrap_servers: str, topic: str, partition: int, start: int, timeout_seconds: float = 30.0
) -> list[tuple[int, int, bytes]]:
    """(offset, timestamp ms, value) of one partition from offset `start` to the end as it is now."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False)
    try:
        tp = TopicPartition(topic, partition)
        consumer.assign([tp])
        consumer.seek(tp, start)
        return [(m.offset, m.timestamp, m.value) for m in _drain(consumer, [tp], timeout_seconds)]
    finally:
        consumer.close()
