"""Promotion (pure parts): what may be promoted, the signals, the promoted label in classification and in the
taxonomy file, and candidate ids kept out of metric labels."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nlp.classifiers import Classification
from nlp.config_file import ConfigError
from nlp.discovery.candidates import DiscoveryPolicy
from nlp.discovery.taxonomy_file import append_promoted
from nlp.taxonomy import DEFAULT_TAXONOMY, PromotedLabel, load_taxonomy
from pipeline.classify import agents as classify_agents
from pipeline.discover.promotion import PromotionError, as_examples, promote
from pipeline.discover.signals import candidate_signal, promotion_signal
from pipeline.metrics import label_names
from tests.unit.pipeline.runtime.fakes import NOW, fake_deps, run_batches
from tests.unit.pipeline.runtime.test_poison_messages import contact_json
from topics.discovery import Candidate, CandidateExample, PromotionRequest

FIRST = datetime(2026, 11, 2, 10, 7, tzinfo=UTC)


def candidate(status: str = "open") -> Candidate:
    return Candidate(
        candidate_id="c0123456789",
        first_seen=FIRST,
        last_seen=FIRST + timedelta(hours=3),
        size=12,
        centroid={"karaoke": 9.0, "songteksten": 8.0, "tv": 3.0},
        status=status,
        examples=[CandidateExample(contact_id="k1", text="karaoke zonder songteksten", language="nl", similarity=0.9)],
    )


def request(label: str = "product.karaoke_lyrics") -> PromotionRequest:
    return PromotionRequest(label=label, name="Karaoke lyrics", actor="triage")


def test_only_an_open_candidate_becomes_a_new_label_in_an_existing_category():
    taxonomy = load_taxonomy()
    promotion = promote(candidate(), request(), taxonomy, NOW)
    assert (promotion.category, promotion.first_seen, promotion.size) == ("product", FIRST, 12)
    assert as_examples(promotion) == [
        {"text": "karaoke zonder songteksten", "label": "product.karaoke_lyrics", "language": "nl"}
    ]
    with pytest.raises(PromotionError, match="unknown category 'music'"):
        promote(candidate(), request("music.karaoke"), taxonomy, NOW)
    with pytest.raises(PromotionError, match="already a taxonomy label"):
        promote(candidate(), request("billing.double_charge"), taxonomy, NOW)
    with pytest.raises(PromotionError, match="is promoted, not open"):
        promote(candidate("promoted"), request(), taxonomy, NOW)
    with pytest.raises(ValueError, match="category.subcategory"):
        request("Karaoke Lyrics")


def test_signals_say_when_a_candidate_recurs_and_start_a_promoted_issue_at_the_first_contact():
    policy = DiscoveryPolicy(min_contacts=3, window_minutes=60)
    opened = candidate_signal(candidate(), "opened", policy)
    assert (opened.label, opened.category, opened.update, opened.count) == (
        "unclassified.c0123456789",
        "unclassified",
        0,
        12,
    )
    assert opened.episode_start == FIRST.replace(minute=0) and opened.window_start == FIRST.replace(hour=13, minute=0)
    assert candidate_signal(candidate(), "grew", policy).update == 2  # 12 contacts: doubled twice since 3
    promoted = promotion_signal(promote(candidate(), request(), load_taxonomy(), NOW), policy)
    assert (promoted.label, promoted.window_start, promoted.count) == (
        "product.karaoke_lyrics",
        FIRST.replace(minute=0),
        12,
    )
    assert promoted.window_end > NOW


def test_a_contact_the_model_leaves_unclassified_gets_a_promoted_label_it_matches_and_goes_to_discovery_otherwise():
    class Unsure:
        def classify(self, text: str, language: str) -> Classification:
            return Classification(category="unclassified", confidence=0.1)

    deps = fake_deps()
    deps = replace(deps, services=replace(deps.services, classifier=Unsure()))
    promotion = promote(candidate(), request(), deps.services.taxonomy, NOW)
    deps.services.promoted.attach(lambda: {promotion.label: promotion.model_dump_json()})
    karaoke = contact_json(contact_id="k", transcript=[{"speaker": "customer", "text": "karaoke zonder songteksten"}])
    other = contact_json(contact_id="o", transcript=[{"speaker": "customer", "text": "mijn hond blaft"}])
    asyncio.run(run_batches(classify_agents.stage(deps), deps.dead_letters, karaoke, other))
    labels = {json.loads(value)["contact_id"]: json.loads(value)["label"] for _, value in deps.topics.classified.sent}
    assert labels == {"k": "product.karaoke_lyrics", "o": "unclassified"}
    assert [json.loads(value)["contact_id"] for _, value in deps.topics.uncertain.sent] == ["o"]
    assert deps.services.taxonomy.owners("product.karaoke_lyrics") == ["product"]  # the category brings its owners


def test_a_promoted_label_is_appended_to_the_taxonomy_file_keeping_it_valid(tmp_path: Path):
    path = tmp_path / "taxonomy.yaml"
    path.write_text(DEFAULT_TAXONOMY.read_text())
    original = path.read_text()
    append_promoted(path, PromotedLabel(label="product.karaoke_lyrics", name="Karaoke lyrics", candidate="c01"))
    append_promoted(path, PromotedLabel(label="service.tv_guide_empty", name="TV guide empty"))
    assert path.read_text().startswith(original)  # people's comments and layout stay
    taxonomy = load_taxonomy(path)
    assert {"product.karaoke_lyrics", "service.tv_guide_empty"} <= set(taxonomy.labels())
    assert taxonomy.readable("product.karaoke_lyrics").endswith("/ Karaoke lyrics")
    with pytest.raises(ConfigError, match="would make the file invalid"):
        append_promoted(path, PromotedLabel(label="music.karaoke", name="x"))
    assert load_taxonomy(path).labels() == taxonomy.labels()  # the file was not replaced


def test_promoted_must_be_last_and_name_an_existing_category(tmp_path: Path):
    path = tmp_path / "taxonomy.yaml"
    body = DEFAULT_TAXONOMY.read_text()
    path.write_text(f'promoted:\n  - {{"label": "billing.x", "name": "X"}}\n{body}')
    with pytest.raises(ConfigError, match="must be the last top-level key"):
        append_promoted(path, PromotedLabel(label="billing.y", name="Y"))
    path.write_text(f'{body}\npromoted:\n  - {{"label": "music.x", "name": "X"}}\n')
    with pytest.raises(ConfigError, match=r"promoted\.0\.label.*unknown category 'music'"):
        load_taxonomy(path)


def test_a_candidate_id_never_becomes_a_metric_label():
    assert label_names("unclassified.c0123456789") == {"category": "unclassified", "subcategory": "candidate"}
    assert label_names("unclassified") == {"category": "unclassified", "subcategory": "unclassified"}


def test_contacts_labelled_with_little_confidence_go_to_discovery_too_and_sure_ones_do_not():
    class Varying:
        def classify(self, text: str, language: str) -> Classification:
            return Classification(category="billing.double_charge", confidence=0.99 if "zeker" in text else 0.7)

    deps = fake_deps()
    deps = replace(deps, services=replace(deps.services, classifier=Varying()))
    sure = contact_json(contact_id="sure", transcript=[{"speaker": "customer", "text": "zeker dubbel betaald"}])
    unsure = contact_json(contact_id="unsure", transcript=[{"speaker": "customer", "text": "iets met betalen"}])
    asyncio.run(run_batches(classify_agents.stage(deps), deps.dead_letters, sure, unsure))
    assert [json.loads(value)["contact_id"] for _, value in deps.topics.uncertain.sent] == ["unsure"]
    assert {json.loads(value)["label"] for _, value in deps.topics.classified.sent} == {"billing.double_charge"}


def test_a_triage_department_subscribes_to_unclassified_and_hears_of_every_candidate(tmp_path: Path):
    from pipeline.route.subscriptions import SubscriptionBook, load_subscriptions

    path = tmp_path / "subscriptions.yaml"
    path.write_text(
        "departments:\n  - name: triage\n    categories: [unclassified]\n  - name: finance\n    categories: [billing]\n"
    )
    book = SubscriptionBook(load_subscriptions(path, load_taxonomy()))
    assert [d.name for d in book.subscribers("unclassified.c0123456789")] == ["triage"]
    assert [d.name for d in book.subscribers("billing.double_charge")] == ["finance"]


def test_a_labelled_contact_changes_to_a_promoted_label_only_when_it_is_close_to_it():
    from pipeline.classify.promoted import with_promoted_label
    from topics.records import ClassifiedContact, Turn

    deps = fake_deps()
    promotion = promote(candidate(), request(), deps.services.taxonomy, NOW)
    deps.services.promoted.attach(lambda: {promotion.label: promotion.model_dump_json()})
    deps.services.promoted.refresh()
    policy = deps.settings.discovery()  # no classifier given: novelty unknown, so every unsure contact is taken

    def classified(text: str, label: str) -> ClassifiedContact:
        turns = [Turn(speaker="customer", text=text)]
        return ClassifiedContact(
            contact_id="x", channel="chat", occurred_at=NOW, language="nl", customer_ref="c", label=label,
            category=label.partition(".")[0], confidence=0.6, redacted_transcript=turns,
        )  # fmt: skip

    def relabelled(text: str, label: str) -> str:
        services = deps.services
        contact, _ = with_promoted_label(classified(text, label), services.promoted, services.vectors, policy)
        return contact.label

    # "songteksten kwijt bij het zingen" shares one word with the candidate: cosine 0.39
    assert relabelled("songteksten kwijt bij het zingen", "product.defect") == "product.defect"
    assert relabelled("songteksten kwijt bij het zingen", "unclassified") == "product.karaoke_lyrics"  # joins
    assert relabelled("karaoke zonder songteksten", "product.defect") == "product.karaoke_lyrics"
