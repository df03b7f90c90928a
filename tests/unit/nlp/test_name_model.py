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
