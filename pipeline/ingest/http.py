"""`POST /contacts` on the worker: one JSON contact or an NDJSON batch → contacts.raw.

Valid contacts go to the raw topic, invalid ones to the dead-letter topic; the answer counts both and
gives the first reasons. The body must arrive within a time limit, so a client that stops half-way
cannot hold a connection (and its memory) open.
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust
from faust.web import Request, Response, View

from pipeline.deps import Deps
from pipeline.ingest.intake import check_body

MAX_HTTP_BATCH_BYTES = 16 * 1024 * 1024
MAX_REPORTED_ERRORS = 100  # per HTTP answer; every rejected line still goes to the dead-letter topic


class BatchIntake:
    """Checks a body of contacts and sends each one where it belongs; used by the page and by the demo."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    async def accept(self, body: str, source: str) -> dict[str, Any]:
        accepted, rejected, errors = 0, 0, []
        raw, dead_letters = self.deps.topics.raw, self.deps.dead_letters
        for checked in check_body(body, now=self.deps.services.clock()):
            if checked.contact is not None:
                await raw.send(key=checked.contact.contact_id.encode(), value=checked.contact.to_bytes())
                accepted += 1
                continue
            reason = checked.reason or "invalid"
            await dead_letters.send(checked.original, reason, source=source, stage="ingest", line=checked.line)
            rejected += 1
            if len(errors) < MAX_REPORTED_ERRORS:
                errors.append({"line": checked.line, "reason": reason})
        return {"accepted": accepted, "rejected": rejected, "errors": errors}


def register(app: faust.App, deps: Deps) -> BatchIntake:
    intake = BatchIntake(deps)
    read_timeout = deps.settings.web_read_timeout_seconds

    @app.page("/contacts")
    class ContactsPage(View):
        """POST one JSON contact or an NDJSON batch; answers accepted/rejected counts with reasons."""

        async def post(self, request: Request) -> Response:
            if (request.content_length or 0) > MAX_HTTP_BATCH_BYTES:
                return self.json({"error": f"body larger than {MAX_HTTP_BATCH_BYTES} bytes"}, status=413)
            try:
                body = await asyncio.wait_for(_read_at_most(request, MAX_HTTP_BATCH_BYTES), read_timeout)
            except TimeoutError:
                return self.json({"error": f"body not received within {read_timeout:g} s"}, status=408)
            if body is None:
                return self.json({"error": f"body larger than {MAX_HTTP_BATCH_BYTES} bytes"}, status=413)
            result = await intake.accept(body.decode("utf-8", errors="replace"), source="http")
            return self.json(result, status=200 if result["accepted"] or not result["rejected"] else 422)

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
