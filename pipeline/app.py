"""Build the Faust app from Settings and let each room register its agents, tables and pages.

The data flows raw → redacted → classified → counted → signal → issue → alert → delivery (and unclassified →
candidate → signal, discovery); each room lives in its own
package under `pipeline/` and talks to the others only through topics. Services (classifier,
subscriptions, metrics, clock) come in through `Services`, so tests can replace them.
"""

from __future__ import annotations

from dataclasses import dataclass

import faust

from pipeline.classify import agents as classify_agents
from pipeline.count import agents as count_agents
from pipeline.deliver import agents as deliver_agents
from pipeline.deps import Deps, Services, build_deps, build_services
from pipeline.detect import agents as detect_agents
from pipeline.discover import agents as discover_agents
from pipeline.ingest import http as ingest_http
from pipeline.ingest.http import BatchIntake
from pipeline.issues import agents as issue_agents
from pipeline.issues import http as issue_http
from pipeline.issues.service import IssueService
from pipeline.notify import agents as notify_agents
from pipeline.route import agents as route_agents
from pipeline.runtime import health, topic_guard
from pipeline.runtime.faust_app import faust_app
from pipeline.settings import Settings
from pipeline.verify import agents as verify_agents
from pipeline.web import discovery_pages, issue_pages
from pipeline.web import pages as web_pages
from topics import catalog

# In the order of the data; each room's register(app, deps) declares its agents and tables.
REGISTER = (classify_agents, count_agents, detect_agents, route_agents, deliver_agents)


@dataclass(frozen=True)
class FeedbackLoop:
    app: faust.App
    deps: Deps
    intake: BatchIntake
    issues: IssueService

    def topic_specs(self) -> list[catalog.TopicSpec]:
        """Every topic this app reads or writes, for creation before start-up."""
        return catalog.core_topics(self.deps.settings.topic_partitions)


def build_app(settings: Settings, services: Services | None = None) -> FeedbackLoop:
    """The wired app; `services` defaults to those named by Settings (config errors raise ConfigError)."""
    services = services or build_services(settings)
    app = faust_app(settings)
    deps = build_deps(app, settings, services)
    for room in REGISTER:
        room.register(app, deps)
    web_pages.register(app, deps)
    health.register(app, deps)
    topic_guard.register(app, deps, catalog.core_topics(settings.topic_partitions))
    issues, activity = issue_agents.register(app, deps)
    service = IssueService(deps, issues, activity)
    issue_http.register(app, deps, service)
    verify_agents.register(app, deps, issues)
    issue_pages.register(app, deps, service, notify_agents.register(app, deps))
    discovery_pages.register(app, deps, discover_agents.register(app, deps))
    return FeedbackLoop(app=app, deps=deps, intake=ingest_http.register(app, deps), issues=service)
