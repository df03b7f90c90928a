"""What the rooms' `register(app, deps)` receive: settings, services, topic handles, the dead-letter helper.

`Services` are what a test may replace (a stub classifier, a fixed clock); `build_services` makes them
from Settings with any of them given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import faust

from nlp.classifiers import Classifier
from nlp.discovery.contact_vectors import ContactVectors
from nlp.discovery.promoted import PromotedLabels
from nlp.pseudonym import Pseudonymiser
from nlp.taxonomy import Taxonomy, load_taxonomy
from pipeline.metrics import Metrics
from pipeline.redact.keys import load_pseudonymiser
from pipeline.route.subscriptions import SubscriptionBook, load_subscriptions
from pipeline.runtime.stage import DeadLetters
from pipeline.runtime.stage_topics import StageTopics, declare_topics
from pipeline.settings import Settings

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Services:
    taxonomy: Taxonomy
    classifier: Classifier
    subscriptions: SubscriptionBook
    metrics: Metrics
    pseudonyms: Pseudonymiser
    promoted: PromotedLabels
    vectors: ContactVectors
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
    subscriptions: SubscriptionBook | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> Services:
    """Services named by Settings, with any of them replaced. Config errors raise ConfigError."""
    taxonomy = load_taxonomy(settings.taxonomy_path)
    classifier = classifier or load_classifier(settings.model_path, taxonomy)
    warm_up_redaction()  # the name model trains at first use: here, not on the first contact
    return Services(
        taxonomy=taxonomy,
        classifier=classifier,
        subscriptions=subscriptions or SubscriptionBook(load_subscriptions(settings.subscriptions_path, taxonomy)),
        metrics=Metrics(taxonomy),
        pseudonyms=load_pseudonymiser(settings),
        promoted=PromotedLabels(taxonomy, settings.discovery().similarity),
        vectors=ContactVectors(classifier),
        clock=clock,
    )


def warm_up_redaction() -> None:
    from nlp.redaction.lower_name_model import trained_lower_model
    from nlp.redaction.name_model import trained_model

    trained_model()
    trained_lower_model()


def load_classifier(model_path: Path, taxonomy: Taxonomy) -> Classifier:
    """The trained model at `model_path`; without one, the taxonomy's phrases (cold start), said in the log."""
    from nlp.classifiers.trained import TrainedClassifier, is_pipeline

    if is_pipeline(model_path) or any(is_pipeline(model_path / language) for language in ("nl", "en")):
        return TrainedClassifier(model_path, taxonomy.names())
    from nlp.classifiers.phrases import TaxonomyClassifier

    log.warning("no trained model at %s (run `make model`): classifying by the taxonomy's phrases", model_path)
    return TaxonomyClassifier(taxonomy)


def build_deps(app: faust.App, settings: Settings, services: Services) -> Deps:
    topics = declare_topics(app)
    return Deps(
        settings=settings,
        services=services,
        topics=topics,
        dead_letters=DeadLetters(topics.deadletter, services.metrics, services.clock),
    )
