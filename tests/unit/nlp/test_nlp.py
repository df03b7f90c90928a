"""Unit tests: language detection, the two-level taxonomy and the cold-start phrase classifier."""

from pathlib import Path

import pytest

from nlp.classifiers.phrases import TaxonomyClassifier
from nlp.config_file import ConfigError
from nlp.language import detect_language
from nlp.taxonomy import UNCLASSIFIED, Taxonomy, load_taxonomy


@pytest.fixture(scope="module")
def classifier():
    return TaxonomyClassifier()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ik heb al twee dagen geen internet en dat is niet normaal", "nl"),
        ("I have had no internet for two days and that is not normal", "en"),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_the_default_taxonomy_is_exactly_the_agreed_label_set_with_owners():
    taxonomy = load_taxonomy()
    assert taxonomy.labels() == [
        "billing.double_charge",
        "billing.unexpected_amount",
        "billing.refund_delay",
        "billing.payment_failed",
        "delivery.late",
        "delivery.damaged_or_wrong",
        "delivery.return",
        "account.login",
        "account.app_website_error",
        "service.outage",
        "service.slow_or_unstable",
        "service.installation",
        "product.defect",
        "contract.cancellation",
        "contract.change",
        "communication.unclear_information",
        "communication.no_follow_up",
    ]
    owners = {name: category.owners for name, category in taxonomy.categories.items()}
    assert owners == {
        "billing": ["finance"],
        "delivery": ["logistics"],
        "account": ["digital"],
        "service": ["network-operations"],
        "product": ["product"],
        "contract": ["retention"],
        "communication": ["customer-communications"],
    }
    assert taxonomy.select("delivery") == ["delivery.late", "delivery.damaged_or_wrong", "delivery.return"]
    assert taxonomy.select("contract.change") == ["contract.change"] and taxonomy.select("nope") == []
    assert taxonomy.readable("billing.double_charge") == "Billing / Charged twice"


def test_matched_terms_are_the_recurring_phrases_of_the_winning_label(classifier):
    result = classifier.classify("Ik ben DUBBEL afgeschreven, twee keer betaald!", "nl")
    assert result.category == "billing.double_charge"
    assert result.matched_terms == ["dubbel afgeschreven", "twee keer betaald"]
    assert result.confidence == 1.0


def test_most_matches_win_and_confidence_is_their_share(classifier):
    result = classifier.classify("I was charged twice, double charged, and my package not received.", "en")
    assert result.category == "billing.double_charge"
    assert result.confidence == pytest.approx(2 / 3, abs=1e-3)


def test_nothing_matched_is_unclassified(classifier):
    result = classifier.classify("Wat zijn uw openingstijden?", "nl")
    assert (result.category, result.confidence, result.matched_terms) == (UNCLASSIFIED, 0.0, [])


def test_taxonomy_config_errors_name_file_key_and_problem(tmp_path: Path):
    path = tmp_path / "taxonomy.yaml"
    path.write_text(
        "categories:\n  billing:\n    owners: [finance]\n    subcategories:\n      twice:\n        nl: ['  ']\n"
    )
    with pytest.raises(ConfigError) as error:
        load_taxonomy(path)
    assert str(path) in str(error.value)
    assert "categories.billing.subcategories.twice.nl" in str(error.value)
    assert "blank" in str(error.value)
    path.write_text("categories:\n  billing:\n    subcategories:\n      twice: {}\n")
    with pytest.raises(ConfigError, match=r"categories\.billing\.owners: Field required"):
        load_taxonomy(path)


def test_unclassified_is_reserved_and_names_must_fit_in_a_label():
    sub = {"twice": {}}
    with pytest.raises(ValueError, match="reserved"):
        Taxonomy.model_validate({"categories": {"unclassified": {"owners": ["x"], "subcategories": sub}}})
    with pytest.raises(ValueError, match="lowercase"):
        Taxonomy.model_validate({"categories": {"Billing.X": {"owners": ["x"], "subcategories": sub}}})


def test_matched_terms_are_spelled_as_in_the_taxonomy_whatever_the_input(classifier):
    result = classifier.classify("I   CAN'T   log    in since Monday", "en")
    assert (result.category, result.matched_terms) == ("account.login", ["can't log in"])
