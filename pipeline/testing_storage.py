"""Durable storage for the embedded broker in fault tests: a local S3-compatible server (moto's).

Tansu's `s3://` engine keeps topics, records and committed offsets in a bucket, so the broker can be
stopped and started under a running worker and come back with its data, as a Kafka broker would.
moto is a test dependency; it runs as its own process, like the broker.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from types import TracebackType

import httpx

from pipeline.runtime.broker import EmbeddedBroker, free_port, terminate

BUCKET = "tansu"


class S3Server:
    """moto's S3 server on a free loopback port, with one empty bucket for the broker."""

    def __init__(self, startup_timeout: float = 30.0) -> None:
        self.port = free_port()
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def broker_env(self) -> dict[str, str]:
        """What Tansu's S3 engine reads to find the server (object_store's AWS settings)."""
        return {
            "AWS_ENDPOINT": self.url,
            "AWS_ALLOW_HTTP": "true",
            "AWS_ACCESS_KEY_ID": "feedback-loop",
            "AWS_SECRET_ACCESS_KEY": "feedback-loop",
            "AWS_DEFAULT_REGION": "eu-west-1",
        }

    def start(self) -> S3Server:
        command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)]
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                httpx.put(f"{self.url}/{BUCKET}", timeout=5).raise_for_status()
                return self
            except (OSError, httpx.HTTPError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"S3 server not ready on {self.url} after {self.startup_timeout}s")

    def broker(self) -> EmbeddedBroker:
        """An embedded broker that keeps its data in this server's bucket (not started)."""
        return EmbeddedBroker(storage=f"s3://{BUCKET}/", env=self.broker_env())

    def stop(self) -> None:
        if self._process is not None:
            terminate(self._process, timeout=10)
            self._process = None

    def __enter__(self) -> S3Server:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
