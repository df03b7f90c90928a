"""A bare Faust pass-through (`bench.in` → `bench.out`, raw bytes, no work): the ceiling a Faust worker on
the same broker sets, for `benchmarks.throughput`. Run as
`python -m pipeline.testing_passthrough worker -l warning` with KAFKA_BOOTSTRAP_SERVERS set;
PASSTHROUGH_TAKE=64 makes it forward batches taken with `stream.take` instead of one record at a time."""

from __future__ import annotations

import os

import faust

SOURCE, SINK = "bench.in", "bench.out"
PARTITIONS = 2

app = faust.App(
    "passthrough-bench",
    broker=f"kafka://{os.environ.get('KAFKA_BOOTSTRAP_SERVERS', '127.0.0.1:9092')}",
    web_enabled=False,
    topic_partitions=PARTITIONS,
    broker_session_timeout=6,
)
source = app.topic(SOURCE, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
sink = app.topic(SINK, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
TAKE = int(os.environ.get("PASSTHROUGH_TAKE", "0"))


@app.agent(source)
async def forward(stream: faust.StreamT) -> None:
    if TAKE:
        async for batch in stream.take(TAKE, within=0.05):
            for value in batch:
                await sink.send(value=value)
    else:
        async for value in stream:
            await sink.send(value=value)


if __name__ == "__main__":
    app.main()
