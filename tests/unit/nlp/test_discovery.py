"""Discovery: contact vectors and the incremental candidate pool (stable ids, absorbing, signals, forgetting)."""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from benchmarks.discovery import INTENTS, choose_held_out
from nlp.classifiers.linear import LinearTextModel
from nlp.discovery.candidates import CandidatePool, DiscoveryPolicy, candidate_id_for
from nlp.discovery.novelty import label_centroids, novelty
from nlp.discovery.vectors import Vectoriser, stem
from nlp.taxonomy import UNCLASSIFIED

T0 = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
POLICY = DiscoveryPolicy(similarity=0.2, young_similarity=0.3, young_size=3, merge_similarity=0.4, min_contacts=4)
VECTORISER = Vectoriser(
    {"wifi": 2.0, "router": 2.0, "invoice": 2.0, "refund": 2.0, "parcel": 2.0, "late": 1.0},
    stop_words=frozenset({"my", "the", "is"}),
)


def unit(**weights: float) -> dict[str, float]:
    length = math.sqrt(sum(w * w for w in weights.values()))
    return {term: w / length for term, w in weights.items()}


STREAM = [
    ("k1", "my wifi router is down"),
    ("k2", "refund for my invoice"),
    ("k3", "the wifi keeps dropping"),
    ("k4", "invoice refund please"),
    ("k5", "parcel is late"),
    ("k6", "router wifi again"),
    ("k7", "late parcel again"),
]


def replay(policy: DiscoveryPolicy = POLICY) -> tuple[list[str], CandidatePool]:
    pool = CandidatePool(policy)
    ids = []
    for i, (contact_id, text) in enumerate(STREAM):
        assignment = pool.add(contact_id, VECTORISER.vector(text.split()), "en", T0 + timedelta(minutes=i), text)
        ids.append(assignment.candidate.candidate_id)
    return ids, pool


def test_the_same_stream_twice_gives_the_same_candidates_and_ids():
    first, pool = replay()
    second, again = replay()
    assert first == second
    assert pool.candidates == again.candidates
    assert len(set(first)) == 3  # wifi, refund, parcel
    assert first[0] == candidate_id_for("k1")  # named after its first contact


def test_a_candidate_keeps_its_id_as_it_grows():
    pool = CandidatePool(POLICY)
    first = pool.add("a1", unit(wifi=1), "en", T0, "wifi")
    grown = [pool.add(f"a{i}", unit(wifi=1, router=0.3 * i), "en", T0, "wifi router") for i in range(2, 6)]
    assert first.created and not any(a.created for a in grown)
    assert {a.candidate.candidate_id for a in grown} == {first.candidate.candidate_id}
    assert pool.candidates[first.candidate.candidate_id].size == 5


@pytest.mark.parametrize("towards", ["older grows", "younger grows"])
def test_the_older_candidate_keeps_its_id_when_it_absorbs_a_younger_one(towards):
    mix = unit(router=0.6, wifi=0.8) if towards == "older grows" else unit(router=0.8, wifi=0.6)
    pool = CandidatePool(POLICY)
    older = pool.add("old", unit(wifi=1), "en", T0, "wifi").candidate.candidate_id
    younger = pool.add("young", unit(router=1), "en", T0 + timedelta(minutes=1), "router").candidate.candidate_id
    assert older != younger
    absorbed = None
    for i in range(10):  # one drifts towards the other until they meet
        assignment = pool.add(f"y{i}", mix, "en", T0 + timedelta(minutes=2 + i), "router")
        if assignment.absorbed:
            absorbed = assignment
            break
    assert absorbed is not None
    assert absorbed.candidate.candidate_id == older
    assert absorbed.absorbed == [younger]
    assert set(pool.candidates) == {older}
    assert pool.candidates[older].size == 2 + i + 1


def test_a_young_candidate_is_harder_to_join_than_an_established_one():
    policy = POLICY.model_copy(update={"min_contacts": 10})
    pool = CandidatePool(policy)
    contact = unit(wifi=0.25, modem=1)  # cosine 0.24 with a pure `wifi` candidate: above similarity, below young
    seed = pool.add("s", unit(wifi=1), "en", T0, "wifi").candidate.candidate_id
    assert pool.add("c1", contact, "en", T0, "modem").candidate.candidate_id != seed
    for i in range(3):
        pool.add(f"w{i}", unit(wifi=1), "en", T0, "wifi")
    other = unit(wifi=0.25, dsl=1)  # as close to the (now established) `wifi` candidate, not to the `modem` one
    assert pool.add("c2", other, "en", T0, "dsl").candidate.candidate_id == seed


FRAGMENTS = POLICY.model_copy(update={"similarity": 0.6, "young_similarity": 0.6, "merge_similarity": 0.9})


@pytest.mark.parametrize(("fragment_similarity", "folded"), [(0.3, True), (0.6, False)])
def test_small_fragments_alike_on_average_are_folded_into_the_older(fragment_similarity, folded):
    pool = CandidatePool(FRAGMENTS.model_copy(update={"fragment_similarity": fragment_similarity}))
    slow = unit(slow=1, speech=1)
    older = pool.add("a1", slow, "en", T0, "slow down your speech").candidate.candidate_id
    pool.add("a2", slow, "en", T0, "slow down your speech")
    # cosine 0.5: too far to join (0.6) or merge (0.9); its members are 0.5 alike on average
    assignment = pool.add("b1", unit(faster=1, speech=1), "en", T0 + timedelta(minutes=1), "faster speech")
    assert (assignment.candidate.candidate_id == older) is folded
    assert assignment.absorbed == ([candidate_id_for("b1")] if folded else [])
    assert len(pool.candidates) == (1 if folded else 2)
    if folded:
        assert pool.candidates[older].size == 3


def test_a_candidate_that_surfaced_or_reached_min_contacts_is_no_fragment():
    pool = CandidatePool(FRAGMENTS.model_copy(update={"min_contacts": 4, "min_windows": 1}))
    slow = unit(slow=1, speech=1)
    surfaced = [pool.add(f"a{i}", slow, "en", T0, "slow down your speech") for i in range(4)]
    assert surfaced[-1].signal == "opened"
    assignment = pool.add("b1", unit(faster=1, speech=1), "en", T0 + timedelta(minutes=1), "faster speech")
    assert assignment.created and assignment.absorbed == []
    assert len(pool.candidates) == 2


def test_a_candidate_opens_once_when_it_recurs_and_signals_again_when_it_doubles():
    pool = CandidatePool(POLICY.model_copy(update={"min_contacts": 4, "min_windows": 2, "window_minutes": 60}))
    signals = [pool.add(f"a{i}", unit(wifi=1), "en", T0 + timedelta(minutes=i), "wifi").signal for i in range(6)]
    assert signals == [None] * 6  # enough contacts, but all in one window: it does not recur yet
    later = [pool.add(f"b{i}", unit(wifi=1), "en", T0 + timedelta(hours=2), "wifi") for i in range(8)]
    assert [a.signal for a in later] == ["opened", None, None, None, None, None, None, "grew"]
    candidate = later[-1].candidate
    assert candidate.surfaced_at == T0 + timedelta(hours=2)
    assert candidate.signalled_size == 14 == 2 * 7


def test_forget_drops_only_quiet_candidates_that_never_surfaced():
    policy = POLICY.model_copy(update={"min_contacts": 2, "min_windows": 2, "forget_after_days": 7})
    pool = CandidatePool(policy)
    surfaced = pool.add("s1", unit(wifi=1), "en", T0, "wifi").candidate.candidate_id
    assert pool.add("s2", unit(wifi=1), "en", T0 + timedelta(hours=3), "wifi").signal == "opened"
    quiet = pool.add("q", unit(invoice=1), "en", T0, "invoice").candidate.candidate_id
    recent = pool.add("r", unit(parcel=1), "en", T0 + timedelta(days=9), "parcel").candidate.candidate_id
    assert pool.forget(T0 + timedelta(days=10)) == [quiet]
    assert set(pool.candidates) == {surfaced, recent}
    assert pool.forget(T0 + timedelta(days=10)) == []


def test_a_contact_without_content_words_is_not_clustered():
    pool = CandidatePool(POLICY)
    tokens = ["my", "the", "is", "42", "x", "[NAME]"]
    assert VECTORISER.vector(tokens) == {}
    assert pool.add("k", VECTORISER.vector(tokens), "en", T0, "my the 42") is None
    assert pool.candidates == {}


def test_stop_words_numbers_and_placeholders_carry_no_weight():
    assert VECTORISER.terms(["my", "wifi", "is", "down", "42", "[PHONE]", "a"]) == ["wifi", "down"]


def test_a_word_the_model_never_saw_gets_the_highest_known_idf():
    vector = VECTORISER.vector(["late", "zeppelin"])  # idf 1.0 (seen) and unseen → max known idf (2.0)
    assert math.isclose(vector["zeppelin"], 2 * vector["late"])
    assert math.isclose(sum(w * w for w in vector.values()), 1.0)
    explicit = Vectoriser({"late": 1.0}, unseen_idf=3.0).vector(["late", "zeppelin"])
    assert math.isclose(explicit["zeppelin"], 3 * explicit["late"])


def test_stemming_is_optional_and_names_a_term_by_its_shortest_known_word():
    assert stem("minutes") == stem("minute") and stem("syncing") == stem("sync")
    stemming = Vectoriser({"minute": 1.0, "minutes": 1.0}, stemming=True)
    assert set(stemming.vector(["minutes", "minute"])) == {"minute"}
    assert set(Vectoriser({"minute": 1.0, "minutes": 1.0}).vector(["minutes", "minute"])) == {"minute", "minutes"}


def test_the_benchmark_holds_out_15_intents_at_most_two_per_domain_and_dev_takes_others():
    held_out = choose_held_out(0)
    domain = {intent: name for name, intents in INTENTS.items() for intent in intents}
    per_domain = Counter(domain[intent] for intent in held_out)
    assert len(set(held_out)) == 15 and len(per_domain) == 10 and max(per_domain.values()) == 2
    assert choose_held_out(0) == held_out
    dev = choose_held_out(1000, exclude=frozenset(held_out))
    assert not set(dev) & set(held_out) and len(set(dev)) == 15
    others = [choose_held_out(1000 + k, exclude=frozenset(held_out)) for k in (1, 2)]  # --dev-seeds
    assert all(not set(other) & set(held_out) and other != dev for other in others)


TRAIN = [
    (["my", "wifi", "router", "is", "down"], "internet"),
    (["the", "wifi", "keeps", "dropping"], "internet"),
    (["router", "lights", "blink"], "internet"),
    (["refund", "my", "invoice"], "billing"),
    (["the", "invoice", "is", "wrong"], "billing"),
    (["refund", "please"], "billing"),
]


@pytest.fixture(scope="module")
def model() -> LinearTextModel:
    tokens, labels = zip(*TRAIN, strict=True)
    centroids = label_centroids(frozenset({"my", "the", "is"}))
    return LinearTextModel.fit(list(tokens), list(labels), centroids=centroids)


def test_fit_keeps_per_label_centroids_of_the_discovery_vectors(model):
    assert set(model.label_centroids) == {"internet", "billing"}
    internet = model.label_centroids["internet"]
    assert "wifi" in internet and "router" in internet and "refund" not in internet
    assert not {"my", "the", "is"} & set(internet)  # stop words are left out, as discovery vectors leave them
    vectoriser = Vectoriser(model.word_idf(), stop_words=frozenset({"my", "the", "is"}))
    first = [vectoriser.vector(tokens) for tokens, label in TRAIN if label == "internet"]
    assert math.isclose(internet["wifi"], sum(v.get("wifi", 0.0) for v in first) / 3, abs_tol=1e-4)


def test_novelty_is_low_near_the_label_and_high_away_from_it(model):
    vectoriser = Vectoriser(model.word_idf(), stop_words=frozenset({"my", "the", "is"}))
    familiar = novelty(vectoriser.vector(["wifi", "router", "down"]), "internet", model)
    strange = novelty(vectoriser.vector(["parcel", "late", "again"]), "internet", model)
    assert familiar is not None and strange is not None
    assert 0.0 <= familiar < 0.5 and strange == pytest.approx(1.0)
    assert novelty(vectoriser.vector(["refund", "invoice"]), "internet", model) > familiar


def test_novelty_is_unknown_without_centroids_or_for_a_label_the_model_was_not_trained_on(model):
    vector = unit(wifi=1)
    assert novelty(vector, "parcels", model) is None
    assert novelty(vector, UNCLASSIFIED, model) is None
    assert novelty({}, "internet", model) is None
    assert novelty(vector, "internet", None) is None
    old = LinearTextModel(model.labels, model.words, model.chars, model.weights, model.bias, model.beta)
    del old.label_centroids  # a model pickled before centroids existed
    assert novelty(vector, "internet", old) is None


def test_the_policy_takes_unclassified_and_unsure_novel_contacts_only():
    policy = DiscoveryPolicy(max_confidence=0.9, min_novelty=0.4)
    assert policy.takes(UNCLASSIFIED, 0.99) and policy.takes(UNCLASSIFIED, 0.1, novelty=0.0)
    assert not policy.takes("internet", 0.95)  # confident enough
    assert not policy.takes("internet", 0.95, novelty=1.0)
    assert policy.takes("internet", 0.5)  # unsure, novelty unknown: taken (as before novelty existed)
    assert policy.takes("internet", 0.5, novelty=0.41)
    assert not policy.takes("internet", 0.5, novelty=0.4)  # unsure but like its label's examples
    assert DiscoveryPolicy().takes("x", 0.5) and not DiscoveryPolicy().takes("x", 0.5, novelty=0.0)


def test_sharper_idf_gives_rare_words_more_of_the_weight():
    idf = {"card": 1.0, "mpg": 3.0}
    plain, sharp = Vectoriser(idf).vector(["card", "mpg"]), Vectoriser(idf, idf_power=2).vector(["card", "mpg"])
    assert plain["mpg"] / plain["card"] == pytest.approx(3.0)
    assert sharp["mpg"] / sharp["card"] == pytest.approx(9.0)
    assert Vectoriser(idf, idf_power=2).unseen_idf == pytest.approx(9.0)  # a new word: the highest, sharpened too
