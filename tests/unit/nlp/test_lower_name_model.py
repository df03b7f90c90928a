"""The learned reader of lower-case names that no cue announces."""

from nlp.redaction import redact
from nlp.redaction.lower_name_model import (
    THRESHOLD,
    lower_model_name_spans,
    ordinary_vocabulary,
    runs,
    trained_lower_model,
)
from nlp.redaction.name_tokens import Tokens


def test_a_lower_case_name_is_found_between_ordinary_words():
    for text, redacted in [
        ("The call-out fee was charged twice; customer fiona van acker disputes it.", "customer [NAME] disputes"),
        ("CRM-notitie: merel de clercq gaat verhuizen, nieuwe postcode volgt.", "CRM-notitie: [NAME] gaat"),
        ("Guest arrived late; the owner djoeminah bondarenko phoned us at 13.30.", "the owner [NAME] phoned"),
        ("pls change my car for the parking at the care home, thx hendrikje van gils", "thx [NAME]"),
        ("phone note floortje bakkali knee swollen again after match", "phone note [NAME] knee"),
    ]:
        assert redacted in redact(text).text, text


def test_ordinary_lower_case_words_the_vocabulary_does_not_hold_stay():
    for text in [
        "de ongediertebestrijder komt dinsdag de muizen vangen in de kruipruimte",
        "my teddy bear arrived torn and the saoto soep was cold",
        "the chimney sweep said the flue liner needs replacing before winter",
    ]:
        assert redact(text).text == text


def test_after_a_particle_any_word_belongs_to_the_name():
    vocabulary = frozenset({"sluis", "note", "gaat"})
    tokens = Tokens("note marcus van der sluis gaat", bytearray(30))
    assert [tokens.words[first:end] for first, end in runs(tokens, vocabulary)] == [["marcus", "van", "der", "sluis"]]


def test_words_taken_by_other_rules_break_a_run():
    text = "note marcus janssen"
    taken = bytearray(len(text))
    taken[5:11] = b"\x01" * 6
    assert list(lower_model_name_spans(text, taken)) == []


def test_the_vocabulary_holds_no_word_of_a_labelled_span():
    record = {"text": "klant piet bakker belt", "spans": [{"start": 6, "end": 17, "type": "NAME"}]}
    assert ordinary_vocabulary([record]) == frozenset({"klant", "belt"})


def test_the_model_kept_on_disk_is_the_trained_one_with_its_vocabulary(tmp_path):
    from nlp.redaction import name_model_cache

    model = trained_lower_model()
    file = tmp_path / "lower.json"
    name_model_cache.save(file, "fingerprint-a", model.weights.weights, model.weights.bias, model.vocabulary)
    weights, bias, vocabulary = name_model_cache.load_words(file, "fingerprint-a", len(model.weights.weights))
    assert (weights, bias, vocabulary) == (model.weights.weights, model.weights.bias, model.vocabulary)
    assert name_model_cache.load_words(file, "fingerprint-b", len(weights)) is None
    name_model_cache.save(file, "fingerprint-a", weights, bias)  # the capitalised model's file has no words
    assert name_model_cache.load_words(file, "fingerprint-a", len(weights)) is None
    assert 0.5 < THRESHOLD < 1
