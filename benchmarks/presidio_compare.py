"""Microsoft Presidio as a baseline for `benchmarks.redaction --presidio`, with no model download.

Presidio's analyzer needs an NLP engine; here its spaCy engine gets blank Dutch and English pipelines
(tokeniser only), so its pattern recognisers run and its NER-based ones (PERSON, LOCATION) find nothing:
no pretrained spaCy model is available offline. Presidio ships no Dutch recognisers (no BSN, postcode,
kenteken); its generic ones (e-mail, IBAN, card, phone, date, URL, IP) and the British ones are registered
for both languages, phones for NL, GB, BE and DE numbers. Every result counts, whatever its score.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace

Span = tuple[int, int, str]

# Presidio entity -> our kind, for the typed figures; the rest keep Presidio's name.
KINDS = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CARD",
    "PERSON": "NAME",
    "DATE_TIME": "DOB",
    "UK_POSTCODE": "POSTCODE",
    "UK_VEHICLE_REGISTRATION": "PLATE",
    "LOCATION": "ADDRESS",
}
LANGUAGES = ("nl", "en")


def presidio_detector() -> Callable[[str, str], Sequence[Span]] | None:
    """A (text, lang) -> spans function backed by Presidio, or None when presidio-analyzer is not installed."""
    try:
        import spacy
        import tldextract
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer import predefined_recognizers as recognizers
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer as email_module
    except ImportError:
        return None

    class BlankSpacyEngine(SpacyNlpEngine):
        """Presidio's spaCy engine on `spacy.blank` pipelines: it would otherwise download en_core_web_lg."""

        def load(self) -> None:
            self.nlp = {model["lang_code"]: spacy.blank(model["lang_code"]) for model in self.models}

    # Presidio's e-mail check calls tldextract, which fetches the public-suffix list on first use; the copy
    # bundled with tldextract serves as well and keeps this offline.
    email_module.tldextract = SimpleNamespace(extract=tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None))
    engine = BlankSpacyEngine(models=[{"lang_code": lang, "model_name": f"blank_{lang}"} for lang in LANGUAGES])
    engine.load()
    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    for lang in LANGUAGES:
        for recognizer in (
            recognizers.EmailRecognizer(supported_language=lang),
            recognizers.IbanRecognizer(supported_language=lang),
            recognizers.CreditCardRecognizer(supported_language=lang),
            recognizers.PhoneRecognizer(supported_language=lang, supported_regions=("NL", "GB", "BE", "DE")),
            recognizers.DateRecognizer(supported_language=lang),
            recognizers.UrlRecognizer(supported_language=lang),
            recognizers.IpRecognizer(supported_language=lang),
            recognizers.UkPostcodeRecognizer(supported_language=lang),
            recognizers.UkVehicleRegistrationRecognizer(supported_language=lang),
            recognizers.UkNinoRecognizer(supported_language=lang),
            recognizers.SpacyRecognizer(supported_language=lang),  # finds nothing on a blank pipeline
        ):
            registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=list(LANGUAGES))

    def detect(text: str, lang: str) -> Sequence[Span]:
        results = analyzer.analyze(text=text, language=lang if lang in LANGUAGES else "en")
        return [(r.start, r.end, KINDS.get(r.entity_type, r.entity_type)) for r in results]

    return detect
