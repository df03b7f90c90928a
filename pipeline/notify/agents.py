"""Agents' inboxes: agents.notifications → the last notifications per agent, and `GET /agents/{id}/notifications`."""

from __future__ import annotations

import json
from collections.abc import Iterable

import faust
from faust.web import Request, Response, View

from pipeline.deps import Deps
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog
from topics.issues import AgentNotification
from topics.validation import parse_record

KEEP = 50  # per agent, newest first
MAX_RECORD_BYTES = 16 * 1024


def inbox(table: faust.Table, agent_id: str) -> list[dict]:
    return json.loads(table.get(agent_id) or "[]")


def inbox_stage(table: faust.Table) -> Stage:
    def process(payload: bytes) -> Iterable[Out]:
        notification = parse_record(AgentNotification, payload, max_bytes=MAX_RECORD_BYTES)
        kept = inbox(table, notification.agent_id)
        if all(item["notification_id"] != notification.notification_id for item in kept):  # a replay adds nothing
            table[notification.agent_id] = json.dumps([notification.model_dump(mode="json"), *kept][:KEEP])
        return []

    return Stage("notify", catalog.NOTIFICATIONS, process, unexpected="cannot file notification")


def register(app: faust.App, deps: Deps) -> faust.Table:
    table = app.Table("agent_notifications", default=None, partitions=deps.settings.topic_partitions)
    filing = inbox_stage(table)

    @app.agent(deps.topics.notifications, name="file_notifications")
    async def file_notifications(stream: faust.StreamT) -> None:
        await run_stage(stream, filing, deps.dead_letters)

    @app.page("/agents/{agent_id}/notifications")
    class Notifications(View):
        @app.table_route(table=table, match_info="agent_id")
        async def get(self, request: Request, agent_id: str) -> Response:
            pseudonym = deps.services.pseudonyms.agent_lookup(agent_id)
            if pseudonym != agent_id:  # an agent's own id: the inbox (and its partition) is under the pseudonym
                return self.json({}, status=303, headers={"Location": f"/agents/{pseudonym}/notifications"})
            return self.json({"agent_id": agent_id, "notifications": inbox(table, agent_id)})

    return table
