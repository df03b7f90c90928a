"""Unit tests: language detection and the spaCy PhraseMatcher taxonomy classifier."""

from pathlib import Path

import pytest

from nlp.classifier import TaxonomyClassifier
from nlp.config_file import ConfigError
from nlp.language import detect_language
from nlp.taxonomy import OTHER, Taxonomy, load_taxonomy
from pipeline.synthetic import COMPLAINTS


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


@pytest.mark.parametrize(
    ("category", "language", "sentence"),
    [
        (category, language, sentence)
        for category, by_language in COMPLAINTS.items()
        for language, sentences in by_language.items()
        for sentence in sentences
    ],
)
def test_every_template_sentence_gets_its_category(classifier, category, language, sentence):
    assert classifier.classify(sentence, language).category == category


def test_matched_terms_are_the_recurring_phrases_of_the_winning_category(classifier):
    result = classifier.classify("Ik ben DUBBEL afgeschreven en de factuur klopt niet.", "nl")
    assert result.category == "billing_error"
    assert result.matched_terms == ["dubbel afgeschreven", "factuur klopt niet"]
    assert result.confidence == 1.0


def test_most_matches_win_and_confidence_is_their_share(classifier):
    result = classifier.classify("I was charged twice, want a refund, and my package not received.", "en")
    assert result.category == "billing_error"
    assert result.confidence == pytest.approx(2 / 3, abs=1e-3)


def test_nothing_matched_is_other(classifier):
    result = classifier.classify("Wat zijn uw openingstijden?", "nl")
    assert (result.category, result.confidence, result.matched_terms) == (OTHER, 0.0, [])


def test_taxonomy_config_errors_name_file_key_and_problem(tmp_path: Path):
    path = tmp_path / "taxonomy.yaml"
    path.write_text("categories:\n  billing:\n    nl: ['  ']\n")
    with pytest.raises(ConfigError) as error:
        load_taxonomy(path)
    assert str(path) in str(error.value)
    assert "categories.billing.nl" in str(error.value)
    assert "blank" in str(error.value)


def test_other_is_reserved():
    with pytest.raises(ValueError, match="reserved"):
        Taxonomy.model_validate({"categories": {"other": {"nl": ["x"]}}})


def test_matched_terms_are_spelled_as_in_the_taxonomy_whatever_the_input(classifier):
    result = classifier.classify("I   CAN'T   log    in since Monday", "en")
    assert result.matched_terms == ["can't log in"]
