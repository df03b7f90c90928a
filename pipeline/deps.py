"""What the rooms' `register(app, deps)` receive: settings, services, topic handles, the dead-letter helper.

`Services` are what a test may replace (a stub classifier, a fixed clock); `build_deps` fills in the
defaults from Settings for whatever is not given.
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


def build_services(settings: Settings, **given: object) -> Services:
    """Services from Settings; keyword arguments replace any of them. Config errors raise ConfigError."""
    if "classifier" not in given or "subscriptions" not in given:
        taxonomy = load_taxonomy(settings.taxonomy_path)
        given.setdefault("classifier", TaxonomyClassifier(taxonomy))
        given.setdefault("subscriptions", load_subscriptions(settings.subscriptions_path, taxonomy.names()))
    clock = given.setdefault("clock", utc_now)
    given.setdefault("detector", ThresholdDetector(settings.signal_threshold, settings.window_seconds, clock))
    given.setdefault("metrics", Metrics())
    return Services(**given)  # type: ignore[arg-type]


def build_deps(app: faust.App, settings: Settings, services: Services) -> Deps:
    departments = services.subscriptions.departments
    topics = declare_topics(app, [(department.name, department.topic.name) for department in departments])
    return Deps(
        settings=settings,
        services=services,
        topics=topics,
        dead_letters=DeadLetters(topics.deadletter, services.metrics, services.clock),
    )
