"""What the rooms' `register(app, deps)` receive: settings, services, topic handles, the dead-letter helper.

`Services` are what a test may replace (a stub classifier, a fixed clock); `build_services` makes them
from Settings with any of them given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import faust

from nlp.classifier import Classifier, TaxonomyClassifier
from nlp.taxonomy import load_taxonomy
from pipeline.detect.threshold import ThresholdDetector
from pipeline.metrics import Metrics
from pipeline.route.subscriptions import Subscriptions, load_subscriptions
from pipeline.runtime.stage import DeadLetters
from pipeline.runtime.stage_topics import StageTopics, declare_topics
from pipeline.settings import Settings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Services:
    classifier: Classifier
    subscriptions: Subscriptions
    detector: ThresholdDetector
    metrics: Metrics
    clock: Callable[[], datetime] = utc_now


@dataclass(frozen=True)
class Deps:
    settings: Settings
    services: Services
    topics: StageTopics
    dead_letters: DeadLetters


def build_services(
    settings: Settings,
    classifier: Classifier | None = None,
    subscriptions: Subscriptions | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> Services:
    """Services named by Settings, with any of them replaced. Config errors raise ConfigError."""
    if classifier is None or subscriptions is None:
        taxonomy = load_taxonomy(settings.taxonomy_path)
        classifier = classifier or TaxonomyClassifier(taxonomy)
        subscriptions = subscriptions or load_subscriptions(settings.subscriptions_path, taxonomy.names())
    return Services(
        classifier=classifier,
        subscriptions=subscriptions,
        detector=ThresholdDetector(settings.signal_threshold, settings.window_seconds, clock),
        metrics=Metrics(),
        clock=clock,
    )


def build_deps(app: faust.App, settings: Settings, services: Services) -> Deps:
    departments = services.subscriptions.departments
    topics = declare_topics(app, [(department.name, department.topic.name) for department in departments])
    return Deps(
        settings=settings,
        services=services,
        topics=topics,
        dead_letters=DeadLetters(topics.deadletter, services.metrics, services.clock),
    )
