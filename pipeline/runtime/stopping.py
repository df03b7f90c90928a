"""A Faust worker that always stops, and aiokafka's connection errors said once, not a hundred times a second.

Faust's stop waits for its streams and a final offset commit; with the broker gone that wait has no end
(measured: SIGTERM left a worker running for minutes). Here the first SIGTERM/SIGINT starts the clean
stop and a watchdog: if the stop has not finished within `stop_timeout` seconds the process exits
(128 + signal, as a shell reports it). A second signal exits at once. Nothing is lost either way: offsets
not committed are read again by the next worker.
"""

from __future__ import annotations

import logging
import os
import signal as signals
import threading
import time

import faust

log = logging.getLogger(__name__)


class Worker(faust.Worker):
    """faust.Worker with a stop that always ends (the name stays `Worker`: its log lines say "[^Worker]: Ready")."""

    def __init__(self, *args, stop_timeout: float, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.stop_timeout = stop_timeout

    def _schedule_shutdown(self, signal: signals.Signals) -> None:
        if self._signal_stop_time:
            log.warning("Second %s: exiting without waiting for the clean stop.", signal.name)
            _exit(signal)
        super()._schedule_shutdown(signal)
        watchdog = threading.Timer(self.stop_timeout, self._give_up, args=(signal,))
        watchdog.daemon = True
        watchdog.start()

    def _give_up(self, signal: signals.Signals) -> None:
        log.warning(
            "The worker did not stop within %g s of %s (is the broker reachable?): exiting; "
            "offsets not committed are read again by the next worker.",
            self.stop_timeout,
            signal.name,
        )
        _exit(signal)


def _exit(signal: signals.Signals) -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()
    os._exit(128 + signal.value)


class RepeatedLogFilter(logging.Filter):
    """Let a message (by logger and template) through once per `interval` seconds, saying how many were held.

    aiokafka logs every failed connection attempt, metadata update and fetch while the broker is away:
    about twenty lines a second, which buries the one line that says what is wrong.
    """

    def __init__(self, interval: float = 30.0) -> None:
        super().__init__()
        self.interval = interval
        self._last: dict[tuple[str, str], tuple[float, int]] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        key, now = (record.name, str(record.msg)), time.monotonic()
        with self._lock:
            last, held = self._last.get(key, (float("-inf"), 0))
            if now - last < self.interval:
                self._last[key] = (last, held + 1)
                return False
            self._last[key] = (now, 0)
        if held:
            record.msg = f"{record.msg} ({held} more like this in the last {self.interval:g} s not shown)"
        return True


AIOKAFKA_LOGGERS = (
    "aiokafka",
    "aiokafka.client",
    "aiokafka.conn",
    "aiokafka.cluster",
    "aiokafka.consumer.consumer",
    "aiokafka.consumer.fetcher",
    "aiokafka.consumer.group_coordinator",
    "aiokafka.producer.sender",
    "aiokafka.producer.producer",
    "faust.transport.drivers.aiokafka",
)


def quiet_repeated_kafka_errors(interval: float = 30.0) -> RepeatedLogFilter:
    """Install one shared filter on aiokafka's loggers (filters apply to the logger a record is made on)."""
    shared = RepeatedLogFilter(interval)
    for name in AIOKAFKA_LOGGERS:
        logging.getLogger(name).addFilter(shared)
    return shared
