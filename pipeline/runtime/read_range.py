"""Read a range of one partition with a consumer of its own (aiokafka, no group, nothing committed).

Counting uses it to fetch the records between what its state covers and where Faust's stream resumed,
without moving Faust's own position: a seek inside a running Faust stream races the records already
fetched, which Faust then drops as read.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer, TopicPartition

READ_TIMEOUT_SECONDS = 30.0


async def read_range(
    bootstrap_servers: str, topic: str, partition: int, start: int, end: int
) -> list[tuple[int, bytes]]:
    """(offset, value) of the records at offsets start..end-1 (fewer when some offsets hold no record)."""
    tp = TopicPartition(topic, partition)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign([tp])
        consumer.seek(tp, start)
        found: list[tuple[int, bytes]] = []
        deadline = asyncio.get_running_loop().time() + READ_TIMEOUT_SECONDS
        while asyncio.get_running_loop().time() < deadline:
            batch = await consumer.getmany(tp, timeout_ms=500)
            records = batch.get(tp, [])
            found += [(record.offset, record.value) for record in records if record.offset < end]
            if any(record.offset >= end - 1 for record in records):
                return found
        raise TimeoutError(f"{topic}[{partition}] offsets {start}-{end - 1} not read within {READ_TIMEOUT_SECONDS:g} s")
    finally:
        await consumer.stop()
