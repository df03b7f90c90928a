"""`GET /metrics` for Prometheus, and idle connections closed after a time limit."""

from __future__ import annotations

import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from pipeline.deps import Deps


def register(app: faust.App, deps: Deps) -> None:
    registry = deps.services.metrics.registry
    close_idle_connections(app, deps.settings.web_idle_timeout_seconds)

    @app.page("/metrics")
    class MetricsPage(View):
        async def get(self, request: Request) -> Response:
            return self.bytes(generate_latest(registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])


def close_idle_connections(app: faust.App, seconds: float) -> None:
    """Close connections that send no complete request within `seconds` (aiohttp's keep-alive timeout).

    Faust builds aiohttp's AppRunner without server options, so the option is set on the runner before
    the server starts; a test checks that an idle half-sent request is cut off.
    """
    runner = app.web._runner  # noqa: SLF001 (Faust exposes no setting for it)
    runner._kwargs["keepalive_timeout"] = seconds  # noqa: SLF001
