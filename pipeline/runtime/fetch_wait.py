"""How long a consumer's fetch may wait for records: Faust passes aiokafka a fixed 1,500 ms.

On Kafka that costs nothing, as a fetch returns as soon as a record arrives. Tansu 0.6 (the embedded
broker) answers a fetch only when its wait is over, even when records arrive meanwhile. Measured with one
record every 137 ms: at 1,500 ms the median delay per hop is 0.40 s, at 100 ms it is 0.02 s. Every hop of
the pipeline pays it, so the worker sets the wait from `consumer_fetch_max_wait_ms`, before the consumer
starts.
"""

from __future__ import annotations

from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

_ORIGINAL = AIOKafkaConsumerThread._create_worker_consumer


def use_fetch_max_wait(milliseconds: int) -> None:
    """Every Faust worker consumer created from now on waits at most `milliseconds` per fetch."""

    def create_worker_consumer(self, transport):  # noqa: ANN001, ANN202 (Faust's signature)
        consumer = _ORIGINAL(self, transport)
        consumer._fetch_max_wait_ms = milliseconds  # read when the consumer starts (aiokafka's Fetcher)
        return consumer

    AIOKafkaConsumerThread._create_worker_consumer = create_worker_consumer
