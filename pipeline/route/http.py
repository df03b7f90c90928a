"""The subscriptions API on the worker (JSON): list, show, put, remove departments' subscriptions at runtime.

`GET /subscriptions` · `GET /subscriptions/{name}` · `PUT /subscriptions/{name}` (a Subscription; 200 once
this worker sees it, 202 if that takes over 10 s) · `DELETE /subscriptions/{name}`. A change goes to the
compacted `subscriptions` topic and from there into the global table every worker reads, so it takes effect
everywhere without a restart. A bad body answers 422 naming the field and what is wrong.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import faust
from faust.web import Request, Response, View

from pipeline.deps import Deps
from pipeline.route.subscriptions import unknown_categories
from topics.subscriptions import Subscription, SubscriptionChange
from topics.validation import InvalidRecord, loads_json, parse_record

MAX_BODY_BYTES = 64 * 1024
APPLIED_WITHIN_SECONDS = 10.0


def register(app: faust.App, deps: Deps) -> None:
    book, read_timeout, clock = deps.services.subscriptions, deps.settings.web_read_timeout_seconds, deps.services.clock

    async def read_subscription(request: Request, name: str) -> Subscription:
        body = await asyncio.wait_for(request.content.read(MAX_BODY_BYTES + 1), read_timeout)
        if len(body) > MAX_BODY_BYTES:
            raise InvalidRecord(f"body is over {MAX_BODY_BYTES} bytes")
        try:
            fields = loads_json(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InvalidRecord(f"body is not JSON: {error}") from None
        if not isinstance(fields, dict):
            raise InvalidRecord("body must be a JSON object (a subscription)")
        if fields.setdefault("name", name) != name:
            raise InvalidRecord(f"name: {fields['name']!r} differs from the address ({name!r})")
        subscription = parse_record(Subscription, fields)
        problem = unknown_categories(subscription, deps.services.taxonomy)
        if problem:
            raise InvalidRecord(problem)
        return subscription

    async def publish(change: SubscriptionChange, applied: Callable[[], bool]) -> bool:
        """Send the change; True once this worker's table shows it (within APPLIED_WITHIN_SECONDS)."""
        await deps.topics.subscriptions.send(key=change.department.encode(), value=change.to_bytes())
        deadline = asyncio.get_running_loop().time() + APPLIED_WITHIN_SECONDS
        while not applied():
            if asyncio.get_running_loop().time() > deadline:
                return False
            await asyncio.sleep(0.1)
        return True

    @app.page("/subscriptions")
    class SubscriptionList(View):
        async def get(self, request: Request) -> Response:
            return self.json({"subscriptions": [s.model_dump(mode="json") for s in book.all()]})

    @app.page("/subscriptions/{name}")
    class SubscriptionDetail(View):
        async def get(self, request: Request, name: str) -> Response:
            subscription = book.get(name)
            if subscription is None:
                return self.json({"error": f"no subscription {name!r}"}, status=404)
            return self.json(subscription.model_dump(mode="json"))

        async def put(self, request: Request, name: str) -> Response:
            try:
                subscription = await read_subscription(request, name)
            except TimeoutError:
                return self.json({"error": f"body not received within {read_timeout:g} s"}, status=408)
            except InvalidRecord as error:
                return self.json({"error": str(error)}, status=422)
            actor = request.headers.get("X-Actor", "http")[:128]
            change = SubscriptionChange(
                action="put",
                department=name,
                subscription=subscription,
                actor=actor,
                at=clock(),
            )
            applied = await publish(change, lambda: book.get(name) == subscription)
            return self.json(subscription.model_dump(mode="json"), status=200 if applied else 202)

        async def delete(self, request: Request, name: str) -> Response:
            if book.get(name) is None:
                return self.json({"error": f"no subscription {name!r}"}, status=404)
            actor = request.headers.get("X-Actor", "http")[:128]
            change = SubscriptionChange(action="remove", department=name, actor=actor, at=clock())
            applied = await publish(change, lambda: book.get(name) is None)
            return self.json({"removed": name}, status=200 if applied else 202)
