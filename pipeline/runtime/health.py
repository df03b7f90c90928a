"""`GET /healthz` (liveness) and `GET /readyz` (readiness) for an orchestrator's probes.

Liveness only says that the event loop answers: restarting a worker whose broker is away would not
bring the broker back, so nothing else belongs there. Readiness is the truth about serving: the app has
finished starting (its tables are recovered), every agent runs, and the broker answers a metadata
request now. Until then it answers 503 with the reasons, and the web server's other pages (POST
/contacts among them) should get no traffic. The web server starts before table recovery, so
/healthz answers during a long start while /readyz says why it is not ready yet.
"""

from __future__ import annotations

import asyncio
import math

import faust
from faust.web import Request, Response, View
from pydantic import BaseModel

from pipeline.deps import Deps

PROBE_TIMEOUT_SECONDS = 2.0  # a broker that takes longer to answer metadata is as good as away
PROBE_MAX_AGE_SECONDS = 1.0  # probes arriving together share one metadata request


class Readiness(BaseModel):
    ready: bool
    reasons: list[str]


class BrokerProbe:
    """Asks the broker for cluster metadata over the app's own producer connection, at most once a second."""

    def __init__(self, app: faust.App, timeout: float = PROBE_TIMEOUT_SECONDS) -> None:
        self.app, self.timeout = app, timeout
        self._checked_at, self._problem = -math.inf, None
        self._lock = asyncio.Lock()

    async def problem(self) -> str | None:
        """None when the broker answered; otherwise why it is taken as unreachable."""
        loop = asyncio.get_running_loop()
        async with self._lock:
            if loop.time() - self._checked_at >= PROBE_MAX_AGE_SECONDS:
                self._problem = await self._ask()
                self._checked_at = loop.time()
            return self._problem

    async def _ask(self) -> str | None:
        try:
            client = self.app.producer._ensure_producer().client  # noqa: SLF001 (Faust exposes no client)
            await asyncio.wait_for(client.fetch_all_metadata(), self.timeout)
        except TimeoutError:
            return f"broker unreachable: no metadata within {self.timeout:g} s"
        except Exception as error:  # noqa: BLE001 (any failure to reach the broker means not ready)
            return f"broker unreachable: {type(error).__name__}"
        return None


def app_problems(app: faust.App) -> list[str]:
    """What keeps the app itself from serving: start-up or recovery unfinished, agents not running."""
    problems = []
    if not app.tables.recovery.completed.is_set():
        problems.append("starting: table recovery has not finished")
    elif app.in_recovery:
        problems.append("recovering tables after a rebalance")
    idle = sorted(f"{agent.name} ({agent.state})" for agent in app.agents.values() if agent.state != "running")
    if idle:
        problems.append(f"agents not running: {', '.join(idle)}")
    return problems


def register(app: faust.App, deps: Deps) -> BrokerProbe:
    probe = BrokerProbe(app)

    @app.page("/healthz")
    class Liveness(View):
        """200 whenever the event loop answers."""

        async def get(self, request: Request) -> Response:
            return self.json({"alive": True})

    @app.page("/readyz")
    class ReadinessPage(View):
        """200 when started, agents running and the broker reachable; else 503 with the reasons."""

        async def get(self, request: Request) -> Response:
            reasons = app_problems(app)
            broker = await probe.problem()
            if broker is not None:
                reasons.append(broker)
            readiness = Readiness(ready=not reasons, reasons=reasons)
            return self.json(readiness.model_dump(), status=200 if readiness.ready else 503)

    return probe
