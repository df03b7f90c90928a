"""The worker entry: create the topics, start the Faust worker, say where to look once it is up."""

from __future__ import annotations

import logging
from pathlib import Path

import faust

from pipeline.app import FeedbackLoop, build_app
from pipeline.runtime.topic_admin import ensure_topics
from pipeline.settings import Settings

log = logging.getLogger(__name__)


def run_worker(settings: Settings, replay: Path | None = None, echo=print) -> None:
    """Run until stopped. Config errors (ConfigError) are raised before anything touches Kafka."""
    feedback_loop = build_app(settings)
    assert settings.kafka_bootstrap_servers
    ensure_topics(settings.kafka_bootstrap_servers, feedback_loop.topic_specs(), settings.topic_replication_factor)
    _announce_on_start(feedback_loop, replay, echo)
    worker = faust.Worker(feedback_loop.app, loglevel=settings.log_level, redirect_stdouts=False)
    worker.execute_from_commandline()


def _announce_on_start(feedback_loop: FeedbackLoop, replay: Path | None, echo) -> None:
    """Once the worker is up: replay the sample (demo) through the HTTP ingestion path, say where to look."""
    settings = feedback_loop.deps.settings

    @feedback_loop.app.task
    async def announce() -> None:
        lines = []
        if replay is not None:
            result = await feedback_loop.intake.accept(replay.read_text(encoding="utf-8"), source=f"demo:{replay.name}")
            lines.append(
                f"Demo: replayed {replay.name}: {result['accepted']} accepted, {result['rejected']} rejected "
                "(see topic contacts.deadletter)."
            )
        base = f"http://{settings.web_host}:{settings.web_port}"
        departments = feedback_loop.deps.services.subscriptions.departments
        names = ", ".join(sorted(department.topic.name for department in departments))
        lines += [
            f"  Alerts:   feedback-loop tail alerts.finance --bootstrap-servers {settings.kafka_bootstrap_servers}",
            f"            (department topics: {names})",
            f"  Issues:   {base}/ui (web pages for departments and agents), curl {base}/issues, "
            f"feedback-loop issues list --url {base}",
            f"  Metrics:  curl {base}/metrics",
            f"  Ingest:   curl -X POST --data-binary @contacts.jsonl {base}/contacts",
            "  Stop with Ctrl-C.",
        ]
        echo("\n".join(lines))
