"""A real HTTP receiver on loopback: records every request; answers 200 'ok' or the faults a test queues
(statuses, `Retry-After`, slowness), and can go down and come back on the same port."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pipeline.runtime.broker import free_port
from pipeline.testing_receivers.recorder import Recorder


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: bytes
    status: int  # what the server answered
    at: float = field(default_factory=time.time)

    @property
    def json(self) -> object:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class _Fault:
    status: int
    headers: dict[str, str]
    body: bytes
    delay: float


class RecordingHTTPServer:
    """Answers every request with 200 'ok' (or the next queued fault) and records it."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self._recorder = Recorder()
        self._faults: deque[_Fault] = deque()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._recorder.items()

    def respond_with(
        self, status: int, times: int = 1, headers: dict[str, str] | None = None, body: bytes = b"", delay: float = 0
    ) -> None:
        """Answer the next `times` requests with `status` (after `delay` seconds), then go back to 200."""
        with self._lock:
            self._faults.extend(_Fault(status, dict(headers or {}), body, delay) for _ in range(times))

    def _next_response(self) -> _Fault:
        with self._lock:
            return self._faults.popleft() if self._faults else _Fault(200, {}, b"ok", 0)

    def start(self) -> RecordingHTTPServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                answer = owner._next_response()
                if answer.delay:
                    time.sleep(answer.delay)
                headers = {name.lower(): value for name, value in self.headers.items()}
                owner._recorder.add(RecordedRequest(self.command, self.path, headers, body, answer.status))
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join(timeout=5)
            self._server = self._thread = None

    def go_down(self) -> None:
        """Stop accepting connections: new requests are refused until `come_up()`."""
        self.stop()

    def come_up(self) -> None:
        """Listen again, on the same port."""
        if self._server is None:
            self.start()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[RecordedRequest]:
        """All requests once at least `count` arrived; TimeoutError if they did not within `timeout`."""
        return self._recorder.wait_for(count, timeout)

    def requests_by_key(self, header: str = "Idempotency-Key", succeeded: bool = False) -> Counter:
        """How often each key arrived (only those answered 2xx when `succeeded`)."""
        return Counter(
            request.header(header)
            for request in self.requests
            if request.header(header) is not None and (not succeeded or 200 <= request.status < 300)
        )

    def clear_faults(self) -> None:
        """Forget the queued faults: answer 200 from now on."""
        with self._lock:
            self._faults.clear()

    def clear(self) -> None:
        self._recorder.clear()

    def __enter__(self) -> RecordingHTTPServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
