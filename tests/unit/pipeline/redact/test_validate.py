"""Validation at the privacy boundary, with an explicit time."""

from datetime import UTC, datetime, timedelta

import pytest

from nlp.pseudonym import Pseudonymiser
from pipeline.redact.validate import validate_and_redact
from pipeline.synthetic import generate
from topics.validation import InvalidRecord

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
PSEUDONYMS = Pseudonymiser(b"unit-tests-pseudonym-key")


def test_a_valid_contact_comes_out_redacted():
    item = generate(1, seed=3, start=NOW - timedelta(minutes=5))[0]
    redacted = validate_and_redact(item.contact.to_bytes(), now=NOW, pseudonyms=PSEUDONYMS)
    assert redacted.contact_id == item.contact.contact_id
    assert all(secret not in redacted.model_dump_json() for secret in item.personal_data)


@pytest.mark.parametrize(("ahead", "accepted"), [(timedelta(hours=23), True), (timedelta(hours=25), False)])
def test_contacts_dated_more_than_a_day_ahead_are_rejected(ahead, accepted):
    contact = generate(1, seed=3, start=NOW + ahead)[0].contact
    if accepted:
        redacted = validate_and_redact(contact.to_bytes(), now=NOW, pseudonyms=PSEUDONYMS)
        assert redacted.occurred_at == contact.occurred_at
    else:
        with pytest.raises(InvalidRecord, match="occurred_at: more than 1 day in the future"):
            validate_and_redact(contact.to_bytes(), now=NOW, pseudonyms=PSEUDONYMS)


def test_customer_and_agent_references_leave_as_keyed_pseudonyms():
    item = generate(1, seed=5, start=NOW - timedelta(minutes=5))[0]
    contact = item.contact.model_copy(update={"agent_id": "j.devries@callcenter.example", "customer_ref": "K-1234567"})
    redacted = validate_and_redact(contact.to_bytes(), now=NOW, pseudonyms=PSEUDONYMS)
    dumped = redacted.model_dump_json()
    assert "devries" not in dumped and "1234567" not in dumped
    assert redacted.agent_id == PSEUDONYMS.agent("j.devries@callcenter.example")
    assert redacted.customer_ref == PSEUDONYMS.customer("K-1234567")
    again = validate_and_redact(contact.to_bytes(), now=NOW, pseudonyms=PSEUDONYMS)
    assert (again.agent_id, again.customer_ref) == (redacted.agent_id, redacted.customer_ref)  # repeat contacts work
