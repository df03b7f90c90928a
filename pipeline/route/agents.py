"""The route_signals agent: signals → alerts.<department> for every subscribed department."""

from __future__ import annotations

from collections.abc import Iterable

import faust

from pipeline.deps import Deps
from pipeline.metrics import label_names
from pipeline.route.alerts import alerts_for
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog
from topics.records import Signal
from topics.validation import parse_record

MAX_SIGNAL_BYTES = 64 * 1024


def stage(deps: Deps) -> Stage:
    metrics, subscriptions, taxonomy = deps.services.metrics, deps.services.subscriptions, deps.services.taxonomy

    def process(payload: bytes) -> Iterable[Out]:
        signal = parse_record(Signal, payload, max_bytes=MAX_SIGNAL_BYTES)
        alerts = alerts_for(signal, subscriptions, taxonomy)
        for alert in alerts:
            metrics.alerts.labels(department=alert.department, **label_names(signal.label)).inc()
        return [
            Out(deps.topics.alerts[alert.department], alert.alert_id.encode(), alert.to_bytes()) for alert in alerts
        ]

    return Stage("route", catalog.SIGNALS, process, unexpected="invalid signal")


def register(app: faust.App, deps: Deps) -> None:
    route = stage(deps)

    @app.agent(deps.topics.signals, name="route_signals")
    async def route_signals(stream: faust.StreamT) -> None:
        await run_stage(stream, route, deps.dead_letters)
