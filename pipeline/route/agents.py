"""Route agents: issue changes → one alert per subscribed department on `alerts` (keyed by department);
runtime subscription changes → the global `subscriptions` table every worker reads."""

from __future__ import annotations

from collections.abc import Iterable

import faust

from pipeline.deps import Deps
from pipeline.metrics import label_names
from pipeline.route import http
from pipeline.route.alerts import alerts_for
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog
from topics.issues import IssueEvent
from topics.subscriptions import SubscriptionChange
from topics.validation import parse_record

MAX_RECORD_BYTES = 64 * 1024


def route_stage(deps: Deps) -> Stage:
    metrics, book, taxonomy = deps.services.metrics, deps.services.subscriptions, deps.services.taxonomy
    ui_url = deps.settings.ui_url()

    def process(payload: bytes) -> Iterable[Out]:
        event = parse_record(IssueEvent, payload, max_bytes=MAX_RECORD_BYTES)
        alerts = alerts_for(event, book, taxonomy, ui_url)
        for alert in alerts:
            metrics.alerts.labels(department=alert.department, **label_names(alert.label)).inc()
        return [Out(deps.topics.alerts, alert.department.encode(), alert.to_bytes()) for alert in alerts]

    return Stage("route", catalog.ISSUE_EVENTS, process, unexpected="cannot route issue event")


def subscription_stage(deps: Deps, table: faust.GlobalTable) -> Stage:
    book = deps.services.subscriptions

    def process(payload: bytes) -> Iterable[Out]:
        change = parse_record(SubscriptionChange, payload, max_bytes=MAX_RECORD_BYTES)
        if not len(table):  # the first change ever: the seed becomes the table's starting point
            for subscription in book.seed:
                seed = SubscriptionChange(
                    action="put",
                    department=subscription.name,
                    subscription=subscription,
                    actor="seed",
                    at=change.at,
                )
                table[subscription.name] = seed.model_dump_json()
        table[change.department] = change.model_dump_json()
        return []

    return Stage("route", catalog.SUBSCRIPTIONS, process, unexpected="cannot apply subscription change")


def register(app: faust.App, deps: Deps) -> faust.GlobalTable:
    """Agents and the subscriptions API; returns the global `subscriptions` table (department → latest change)."""
    table = app.GlobalTable("subscriptions", default=None, partitions=1)
    deps.services.subscriptions.attach(lambda: {key: value for key, value in table.items() if value})
    routing, changing = route_stage(deps), subscription_stage(deps, table)

    @app.agent(deps.topics.issue_events, name="route_issue_events")
    async def route_issue_events(stream: faust.StreamT) -> None:
        await run_stage(stream, routing, deps.dead_letters)

    @app.agent(deps.topics.subscriptions, name="apply_subscription_changes")
    async def apply_subscription_changes(stream: faust.StreamT) -> None:
        await run_stage(stream, changing, deps.dead_letters)

    http.register(app, deps)
    return table
