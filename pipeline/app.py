"""The Faust app: agents that carry contacts raw → redacted → classified → counted → signal → alert.

Every topic carries JSON bytes of a `topics.records` model; agents parse with pydantic, call the
pure functions in `pipeline.stages`, and send on. Anything an agent cannot process goes to the
dead-letter topic with the reason: a poison message never stops a worker.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from typing import Any

import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from nlp.classifier import Classifier, TaxonomyClassifier
from nlp.contact_redaction import redact_contact
from nlp.taxonomy import load_taxonomy
from pipeline.intake import check_body
from pipeline.metrics import Metrics
from pipeline.settings import Settings
from pipeline.stages import (
    InvalidRecord,
    alerts_for,
    category_key,
    classify_contact,
    dead_letter,
    occurred_at_of,
    parse_contact,
    threshold_signal,
    threshold_signal_id,
)
from pipeline.subscriptions import Subscriptions, load_subscriptions
from topics import catalog
from topics.records import ClassifiedContact, RedactedContact, Signal

log = logging.getLogger(__name__)

MAX_HTTP_BATCH_BYTES = 16 * 1024 * 1024
MAX_REPORTED_ERRORS = 100  # per HTTP answer; every rejected line still goes to the dead-letter topic


class FeedbackLoop:
    """Builds the Faust app with its topics, table, agents and web pages from one Settings object."""

    def __init__(
        self,
        settings: Settings,
        classifier: Classifier | None = None,
        subscriptions: Subscriptions | None = None,
    ) -> None:
        self.settings = settings
        taxonomy = load_taxonomy(settings.taxonomy_path)
        self.classifier = classifier or TaxonomyClassifier(taxonomy)
        self.subscriptions = subscriptions or load_subscriptions(settings.subscriptions_path, taxonomy.names())
        self.metrics = Metrics()
        self.app = faust.App(
            settings.app_id,
            broker=settings.broker_url(),
            store="memory://",
            datadir=str(settings.data_dir),
            topic_partitions=settings.topic_partitions,
            topic_replication_factor=settings.topic_replication_factor,
            web_host=settings.web_host,
            web_port=settings.web_port,
            web_in_thread=False,
            producer_acks=-1,
            producer_linger=0.01,
            broker_session_timeout=settings.consumer_session_timeout_seconds,
            broker_rebalance_timeout=settings.consumer_session_timeout_seconds,
            broker_heartbeat_interval=min(3.0, settings.consumer_session_timeout_seconds / 5),
            consumer_auto_offset_reset="earliest",
        )
        self._declare_topics()
        self._declare_table()
        self._declare_agents()
        self._declare_pages()

    def topic_specs(self) -> list[catalog.TopicSpec]:
        """Every topic this app reads or writes, for creation before start-up."""
        departments = [department.topic for department in self.subscriptions.departments]
        return [*catalog.core_topics(self.settings.topic_partitions), *departments]

    def _topic(self, name: str) -> faust.TopicT:
        return self.app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    def _declare_topics(self) -> None:
        self.raw = self._topic(catalog.RAW)
        self.redacted = self._topic(catalog.REDACTED)
        self.classified = self._topic(catalog.CLASSIFIED)
        self.signals = self._topic(catalog.SIGNALS)
        self.deadletter = self._topic(catalog.DEADLETTER)
        self.alert_topics = {d.name: self._topic(d.topic.name) for d in self.subscriptions.departments}

    def _declare_table(self) -> None:
        window = self.settings.window_seconds
        self.category_counts = (
            self.app.Table("category_counts", default=int, partitions=self.settings.topic_partitions)
            .tumbling(timedelta(seconds=window), expires=timedelta(seconds=self.settings.window_expires_seconds))
            .relative_to(lambda event: occurred_at_of(event.value))
        )
        # Faust expires windows by wall-clock time, so a replay of old contacts can see a window's count
        # start again from zero; remembering which windows already signalled keeps it to one signal each.
        self.signalled = self.app.Table("signalled_windows", default=bool, partitions=self.settings.topic_partitions)

    async def _dead_letter(
        self, original: bytes | str, reason: str, source: str, stage: str, line: int | None = None
    ) -> None:
        record = dead_letter(original, reason, source=source, stage=stage, line=line)
        await self.deadletter.send(key=None, value=record.to_bytes())
        self.metrics.dead_letters.labels(stage=stage).inc()
        log.warning("dead-lettered a record from %s at %s: %s", source, stage, reason)

    def _declare_agents(self) -> None:
        app, metrics, settings = self.app, self.metrics, self.settings

        @app.agent(self.raw, name="validate_and_redact")
        async def validate_and_redact(stream: faust.StreamT) -> None:
            async for payload in stream:
                try:
                    contact = parse_contact(payload)
                    redacted = redact_contact(contact)
                except InvalidRecord as error:
                    await self._dead_letter(payload, str(error), catalog.RAW, "validate")
                    continue
                except Exception as error:  # poison message: keep the worker alive, keep the record
                    await self._dead_letter(payload, f"unexpected {type(error).__name__}", catalog.RAW, "validate")
                    continue
                for kind, count in redacted.redactions.items():
                    metrics.redactions.labels(kind=kind).inc(count)
                metrics.contacts_accepted.labels(channel=redacted.channel.value).inc()
                await self.redacted.send(key=redacted.contact_id.encode(), value=redacted.to_bytes())

        @app.agent(self.redacted, name="classify")
        async def classify(stream: faust.StreamT) -> None:
            async for payload in stream:
                started = time.perf_counter()
                try:
                    contact = RedactedContact.model_validate_json(payload)
                    classified = classify_contact(contact, self.classifier)
                except Exception as error:
                    await self._dead_letter(
                        payload, f"cannot classify: {type(error).__name__}", catalog.REDACTED, "classify"
                    )
                    continue
                metrics.classify_seconds.observe(time.perf_counter() - started)
                metrics.contacts_classified.labels(
                    category=classified.category, language=classified.language.value, channel=classified.channel.value
                ).inc()
                if classified.repeat_contact:
                    metrics.repeat_contacts.labels(category=classified.category).inc()
                for term in classified.matched_terms:
                    metrics.recurrence_drivers.labels(category=classified.category, term=term).inc()
                await self.classified.send(key=classified.contact_id.encode(), value=classified.to_bytes())

        @app.agent(self.classified, name="count_categories")
        async def count_categories(stream: faust.StreamT) -> None:
            window = self.category_counts
            by_category = stream.group_by(category_key, name="category")
            async for event in by_category.events():
                try:
                    classified = ClassifiedContact.model_validate_json(event.value)
                    window[classified.category] += 1
                    count = window[classified.category].value()  # value(): the window of this event's occurred_at
                except Exception as error:
                    await self._dead_letter(
                        event.value, f"cannot count: {type(error).__name__}", catalog.CLASSIFIED, "aggregate"
                    )
                    continue
                if count < settings.signal_threshold:
                    continue
                category = classified.category
                start, _ = window.table.window.current(classified.occurred_at.timestamp())
                signal_id = threshold_signal_id(category, start)
                if self.signalled[signal_id]:
                    continue
                self.signalled[signal_id] = True
                signal = threshold_signal(category, start, settings.window_seconds, count, settings.signal_threshold)
                metrics.signals.labels(kind=signal.kind.value, category=category).inc()
                await self.signals.send(key=signal.signal_id.encode(), value=signal.to_bytes())

        @app.agent(self.signals, name="route_signals")
        async def route_signals(stream: faust.StreamT) -> None:
            async for payload in stream:
                try:
                    signal = Signal.model_validate_json(payload)
                except Exception as error:
                    await self._dead_letter(
                        payload, f"invalid signal: {type(error).__name__}", catalog.SIGNALS, "route"
                    )
                    continue
                for alert in alerts_for(signal, self.subscriptions):
                    await self.alert_topics[alert.department].send(key=alert.alert_id.encode(), value=alert.to_bytes())
                    metrics.alerts.labels(department=alert.department, category=signal.category).inc()

    def _declare_pages(self) -> None:
        feedback_loop = self  # the View classes below have their own `self`

        @self.app.page("/metrics")
        class MetricsPage(View):
            async def get(self, request: Request) -> Response:
                return self.bytes(
                    generate_latest(feedback_loop.metrics.registry), content_type=CONTENT_TYPE_LATEST.split(";")[0]
                )

        @self.app.page("/contacts")
        class ContactsPage(View):
            """POST one JSON contact or an NDJSON batch; answers accepted/rejected counts with reasons."""

            async def post(self, request: Request) -> Response:
                body = await self.app.web.read_request_content(request)
                if len(body) > MAX_HTTP_BATCH_BYTES:
                    return self.json({"error": f"body larger than {MAX_HTTP_BATCH_BYTES} bytes"}, status=413)
                result = await feedback_loop.accept_batch(body.decode("utf-8", errors="replace"), source="http")
                return self.json(result, status=200 if result["accepted"] or not result["rejected"] else 422)

    async def accept_batch(self, body: str, source: str) -> dict[str, Any]:
        """Send valid contacts to the raw topic and invalid ones to the dead-letter topic."""
        accepted, rejected, errors = 0, 0, []
        for checked in check_body(body):
            if checked.contact is not None:
                await self.raw.send(key=checked.contact.contact_id.encode(), value=checked.contact.to_bytes())
                accepted += 1
                continue
            reason = checked.reason or "invalid"
            await self._dead_letter(checked.original, reason, source=source, stage="ingest", line=checked.line)
            rejected += 1
            if len(errors) < MAX_REPORTED_ERRORS:
                errors.append({"line": checked.line, "reason": reason})
        return {"accepted": accepted, "rejected": rejected, "errors": errors}
