"""The worker entry: create the topics, start the Faust worker, say where to look once it is up."""

from __future__ import annotations

import logging
from pathlib import Path

from faust.exceptions import NotReady

from pipeline.app import FeedbackLoop, build_app
from pipeline.ingest.http import BrokerUnavailable
from pipeline.runtime.demo_story import DEMO_SETTINGS, play
from pipeline.runtime.fetch_wait import use_fetch_max_wait
from pipeline.runtime.stopping import Worker, quiet_repeated_kafka_errors
from pipeline.runtime.topic_admin import ensure_topics
from pipeline.settings import Settings

log = logging.getLogger(__name__)


def run_worker(settings: Settings, replay: Path | None = None, echo=print) -> None:
    """Run until stopped; with `replay` (the demo) also play the closed-loop story.
    Config errors (ConfigError) are raised before anything touches Kafka."""
    if replay is not None:  # the story needs a short verification period, unless the user set one
        demo = {key: value for key, value in DEMO_SETTINGS.items() if key not in settings.model_fields_set}
        settings = settings.model_copy(update=demo)
    feedback_loop = build_app(settings)
    assert settings.kafka_bootstrap_servers
    ensure_topics(settings.kafka_bootstrap_servers, feedback_loop.topic_specs(), settings.topic_replication_factor)
    _announce_on_start(feedback_loop, replay, echo)
    quiet_repeated_kafka_errors()
    use_fetch_max_wait(settings.consumer_fetch_max_wait_ms)
    worker = Worker(
        feedback_loop.app,
        loglevel=settings.log_level,
        redirect_stdouts=False,
        stop_timeout=settings.stop_timeout_seconds,
    )
    worker.execute_from_commandline()


def _announce_on_start(feedback_loop: FeedbackLoop, replay: Path | None, echo) -> None:
    """Once the worker is up: say where to look; for the demo, replay the sample through the HTTP ingestion
    path and play the closed-loop story."""
    settings = feedback_loop.deps.settings
    base = f"http://{settings.web_host}:{settings.web_port}"
    where = [
        f"  Alerts:   feedback-loop tail alerts --bootstrap-servers {settings.kafka_bootstrap_servers}"
        " (keyed by department), deliveries on `deliveries`",
        f"  Subscriptions: curl {base}/subscriptions, feedback-loop subscriptions list --url {base}",
        f"  Issues:   {base}/ui (web pages for departments and agents), curl {base}/issues, "
        f"feedback-loop issues list --url {base}",
        f"  Metrics:  curl {base}/metrics",
        f"  Ingest:   curl -X POST --data-binary @contacts.jsonl {base}/contacts",
        "  Stop with Ctrl-C.",
    ]

    async def tell() -> None:
        if replay is not None:
            result = await feedback_loop.intake.accept(replay.read_text(encoding="utf-8"), source=f"demo:{replay.name}")
            echo(
                f"Demo: replayed {replay.name}: {result['accepted']} accepted, {result['rejected']} rejected "
                "(see topic contacts.deadletter)."
            )
        echo("\n".join(where))
        if replay is not None:
            try:
                await play(feedback_loop.intake, feedback_loop.issues, base, echo)
            except TimeoutError as error:
                echo(f"Story: {error}")

    @feedback_loop.app.task
    async def announce() -> None:
        try:
            await tell()
        except (NotReady, BrokerUnavailable):  # stopped (Ctrl-C) while the demo was still sending
            echo("Demo: stopped before the story finished.")
