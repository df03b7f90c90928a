"""The learned second opinion on capitalised words no rule took for a name."""

from nlp.redaction import redact
from nlp.redaction.name_model import THRESHOLD, name_probability, train
from nlp.redaction.name_tokens import Tokens


def probability(text: str, chain: str) -> float:
    tokens = Tokens(text, bytearray(len(text)))
    first = tokens.words.index(chain.split()[0])
    return name_probability(tokens, first, first + len(chain.split()))


def test_a_name_no_rule_knows_is_found_where_a_name_stands():
    assert probability("They charged me twice, graag blokkeren. Barnaby Whitmore", "Barnaby Whitmore") >= THRESHOLD
    assert redact("They charged me twice, graag blokkeren. Barnaby Whitmore").text.endswith("[NAME]")


def test_places_and_products_stay_below_the_threshold():
    for text, chain in [
        ("Ik ga morgen naar Utrecht Centraal met de trein.", "Utrecht Centraal"),
        ("De Rabobank app werkt niet sinds de update.", "De Rabobank"),
        ("The Galaxy Tab keeps restarting.", "Galaxy Tab"),
    ]:
        assert probability(text, chain) < THRESHOLD, chain
        assert redact(text).text == text


def test_training_is_reproducible_and_fast_enough_to_do_at_first_use():
    first, second = train(("dev",)), train(("dev",))
    assert first == second
    assert len(first.weights) == 2**18


def test_the_weights_kept_on_disk_are_the_trained_ones_and_a_changed_input_trains_again(tmp_path):
    from nlp.redaction import name_model_cache
    from nlp.redaction.name_model import CORPUS

    buckets = 2**18

    model, file = train(("dev",)), tmp_path / "name_model.json"
    name_model_cache.save(file, "fingerprint-a", model.weights, model.bias)
    assert name_model_cache.load(file, "fingerprint-a", buckets) == (model.weights, model.bias)
    assert name_model_cache.load(file, "fingerprint-b", buckets) is None  # trained on something else
    assert name_model_cache.load(tmp_path / "missing.json", "fingerprint-a", buckets) is None
    file.write_text("{not json", encoding="utf-8")
    assert name_model_cache.load(file, "fingerprint-a", buckets) is None
    assert name_model_cache.fingerprint(CORPUS, ("dev",), buckets) != name_model_cache.fingerprint(
        CORPUS, ("dev", "test_v1"), buckets
    )


def test_an_unwritable_place_for_the_weights_is_no_error(tmp_path):
    from nlp.redaction import name_model_cache

    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    name_model_cache.save(blocker / "name_model.json", "fingerprint", [0.0, 1.5], 0.25)  # its parent is a file
    assert not (blocker / "name_model.json").exists()
