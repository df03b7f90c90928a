"""`POST /contacts` on the worker: one JSON contact or an NDJSON batch → contacts.raw.

Valid contacts go to the raw topic, invalid ones to the dead-letter topic with their reason; the
answer counts both and gives the first reasons. The declared content type is not checked (curl sends
form encoding by default): the body is read as UTF-8 JSON, after any gzip/deflate/br content-encoding.

Answers:
- 200 `{accepted, rejected, errors}`: every line is stored, on contacts.raw or contacts.deadletter;
- 422, same body: no line was valid (all were dead-lettered), or the body holds no contact at all;
- 413: the body (declared or as it arrives, decompressed) is over MAX_HTTP_BATCH_BYTES (16 MiB) or holds
  more than MAX_HTTP_BATCH_LINES (10,000) lines; nothing is stored;
- 408: the body did not arrive within `web_read_timeout_seconds`; 400: it could not be decoded;
- 503 with Retry-After: the broker did not acknowledge the batch within `web_send_timeout_seconds` (or
  refused it). Send the whole batch again.

Limits per line (size, JSON strictness and depth, turns, text lengths) are in `pipeline.ingest.intake`.

What "nothing half-stored" means here: the whole batch is checked before any record is sent, so a
request refused for its body stores nothing. The records are then sent together and their
acknowledgements awaited together; the answer is 200/422 only when the broker acknowledged every one.
On a 503 some of the batch may still reach the broker (without Kafka transactions a producer cannot
take records back), which is why a repeat is safe: a resent contact has the same contact_id (and
key, so the same partition), and the counting stage counts a contact_id once per open window, so
counts and signals see it once. Copies remain visible on contacts.raw/classified and in their
per-record metrics, and a resent invalid line is dead-lettered again.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from functools import partial
from typing import Any

import faust
from aiohttp.web import RequestPayloadError
from aiokafka.errors import KafkaError
from faust.exceptions import FaustError
from faust.web import Request, Response, View
from pydantic import BaseModel

from pipeline.deps import Deps
from pipeline.ingest.intake import Checked, check_body
from pipeline.runtime.dead_letter import dead_letter

log = logging.getLogger(__name__)

MAX_HTTP_BATCH_BYTES = 16 * 1024 * 1024
MAX_HTTP_BATCH_LINES = 10_000  # a body of 16 MiB of tiny bad lines would otherwise make millions of dead letters
MAX_BATCHES_AT_ONCE = 8
MAX_REPORTED_ERRORS = 100  # per HTTP answer; every rejected line still goes to the dead-letter topic
CHECK_IN_THREAD_OVER_BYTES = 64 * 1024  # bigger bodies are checked off the event loop, which keeps serving
RETRY_AFTER_SECONDS = 5


class LineError(BaseModel):
    line: int
    reason: str


class IntakeAnswer(BaseModel):
    """What a client learns about its batch: accepted + rejected is the number of non-blank lines."""

    accepted: int
    rejected: int
    errors: list[LineError]


class BrokerUnavailable(RuntimeError):
    """The broker did not acknowledge every record of a batch in time, or refused one: retry the batch.
    (Also when the batch did not get its turn in that time: the same remedy.)"""


Record = tuple[faust.TopicT, bytes | None, bytes]  # topic, key, value


class BatchIntake:
    """Checks a body of contacts and sends each one where it belongs; used by the page and by the demo.

    At most MAX_BATCHES_AT_ONCE bodies are checked and sent at a time (the others wait their turn): a
    checked batch takes several times its body's memory, so this bounds what many large requests cost.
    """

    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._turns = asyncio.Semaphore(MAX_BATCHES_AT_ONCE)

    async def accept(self, body: bytes | str, source: str) -> dict[str, Any]:
        """The IntakeAnswer as a dict, once the broker acknowledged every record; BrokerUnavailable otherwise."""
        timeout = self.deps.settings.web_send_timeout_seconds
        try:  # waiting for a turn gets the same time as sending: behind a slow broker a request fails in time
            await asyncio.wait_for(self._turns.acquire(), timeout)
        except TimeoutError:
            raise BrokerUnavailable(f"busy: no turn within {timeout:g} s (the broker may be slow)") from None
        try:
            prepare = partial(self._prepare, body, source, self.deps.services.clock())
            big = len(body) > CHECK_IN_THREAD_OVER_BYTES
            checked, records = await asyncio.to_thread(prepare) if big else prepare()
            await self._send_all(records)
        finally:
            self._turns.release()
        rejected = [item for item in checked if item.contact is None]
        if rejected:
            self.deps.services.metrics.dead_letters.labels(stage="ingest").inc(len(rejected))
            log.warning(
                "%s: dead-lettered %d of %d lines, first: %s", source, len(rejected), len(checked), _why(rejected[0])
            )
        errors = [LineError(line=item.line, reason=_why(item)) for item in rejected[:MAX_REPORTED_ERRORS]]
        return IntakeAnswer(accepted=len(checked) - len(rejected), rejected=len(rejected), errors=errors).model_dump()

    def _prepare(self, body: bytes | str, source: str, now: datetime) -> tuple[list[Checked], list[Record]]:
        """Check the whole batch and build every record to send (CPU only: may run in a thread)."""
        checked = list(check_body(body, now=now))
        return checked, [self._record(item, source, now) for item in checked]

    def _record(self, checked: Checked, source: str, now: datetime) -> Record:
        if checked.contact is not None:
            return self.deps.topics.raw, checked.contact.contact_id.encode(), checked.contact.to_bytes()
        letter = dead_letter(
            checked.original, _why(checked), source=source, stage="ingest", failed_at=now, line=checked.line
        )
        return self.deps.topics.deadletter, None, letter.to_bytes()

    async def _send_all(self, records: list[Record]) -> None:
        """Hand every record to the producer, then wait for all acknowledgements, within one time limit."""
        timeout = self.deps.settings.web_send_timeout_seconds
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            async with asyncio.timeout_at(deadline):  # handing over waits too while the producer's buffer is full
                acks = [await topic.send(key=key, value=value) for topic, key, value in records]
        except TimeoutError:
            raise BrokerUnavailable(f"the producer could not take the batch within {timeout:g} s") from None
        except (KafkaError, FaustError) as error:
            raise BrokerUnavailable(f"the producer refused the batch ({type(error).__name__})") from None
        if not acks:
            return
        done, pending = await asyncio.wait(acks, timeout=max(0.0, deadline - loop.time()))  # never cancels them
        if pending:
            raise BrokerUnavailable(
                f"the broker did not acknowledge {len(pending)} of {len(acks)} records within {timeout:g} s"
            )
        failed = [future.exception() for future in done if future.exception() is not None]
        if failed:
            raise BrokerUnavailable(
                f"the broker refused {len(failed)} of {len(acks)} records ({type(failed[0]).__name__})"
            )


def _why(checked: Checked) -> str:
    return checked.reason or "invalid"


def register(app: faust.App, deps: Deps) -> BatchIntake:
    intake = BatchIntake(deps)
    read_timeout = deps.settings.web_read_timeout_seconds

    @app.page("/contacts")
    class ContactsPage(View):
        """POST one JSON contact or an NDJSON batch; answers accepted/rejected counts with reasons."""

        async def post(self, request: Request) -> Response:
            body = await self._body(request)
            if not isinstance(body, bytes):
                return body
            try:
                result = await intake.accept(body, source="http")
            except BrokerUnavailable as error:
                log.warning("POST /contacts answered 503: %s", error)
                message = f"{error}; nothing of this request is confirmed: send the whole batch again"
                return self.json({"error": message}, status=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
            if not result["accepted"] and not result["rejected"]:
                return self.json({"error": "no contact in the body: send a JSON contact or NDJSON lines"}, status=422)
            return self.json(result, status=200 if result["accepted"] else 422)

        async def _body(self, request: Request) -> bytes | Response:
            """The whole body, or the answer that refuses the request as a whole."""
            too_big = f"body larger than {MAX_HTTP_BATCH_BYTES} bytes: split the batch"
            if (request.content_length or 0) > MAX_HTTP_BATCH_BYTES:
                return self._refuse(413, too_big)
            try:
                body = await asyncio.wait_for(_read_at_most(request, MAX_HTTP_BATCH_BYTES), read_timeout)
            except TimeoutError:
                return self._refuse(408, f"body not received within {read_timeout:g} s")
            except RequestPayloadError as error:  # e.g. a gzip body that is not gzip, a broken chunk
                return self._refuse(400, f"body could not be read: {str(error).splitlines()[-1].strip()}")
            except ConnectionError:  # the client went away half-way: nobody to answer, nothing stored
                return self._refuse(400, "connection lost before the body was complete")
            if body is None:
                return self._refuse(413, too_big)
            if body.count(b"\n") > MAX_HTTP_BATCH_LINES:
                return self._refuse(413, f"more than {MAX_HTTP_BATCH_LINES} lines: split the batch")
            return body

        def _refuse(self, status: int, error: str) -> Response:
            """An answer that also closes the connection: its body may be unread, or unreadable, and aiohttp
            would close it anyway, after the client might already have sent its next request on it."""
            response = self.json({"error": error}, status=status)
            response.force_close()
            return response

    return intake


async def _read_at_most(request: Request, limit: int) -> bytes | None:
    """The body, or None as soon as it grows past `limit` (without reading the rest)."""
    chunks, size = [], 0
    async for chunk in request.content.iter_any():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
