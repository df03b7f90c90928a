"""Keyed pseudonyms: stable under one key, different under another, not a hash anyone can recompute."""

import hashlib

import pytest

from nlp.pseudonym import Pseudonymiser

KEY, OTHER = b"0123456789abcdef-one", b"0123456789abcdef-two"


def test_the_same_reference_gives_the_same_pseudonym_under_one_key_only():
    one, two = Pseudonymiser(KEY), Pseudonymiser(OTHER)
    assert one.customer("cust-00042") == Pseudonymiser(KEY).customer("cust-00042")
    assert one.customer("cust-00042") != two.customer("cust-00042")
    assert one.customer("cust-00042") != one.customer("cust-00043")
    assert hashlib.sha256(b"cust-00042").hexdigest()[:24] not in one.customer("cust-00042")  # keyed, not a bare hash


def test_customers_and_agents_with_the_same_id_get_different_pseudonyms():
    pseudonyms = Pseudonymiser(KEY)
    assert pseudonyms.customer("42")[2:] != pseudonyms.agent("42")[2:]
    assert pseudonyms.agent(None) is None


def test_an_agent_page_takes_the_agents_own_id_or_its_pseudonym():
    pseudonyms = Pseudonymiser(KEY)
    pseudonym = pseudonyms.agent("agent-007")
    assert pseudonyms.agent_lookup("agent-007") == pseudonym
    assert pseudonyms.agent_lookup(pseudonym) == pseudonym


def test_a_short_key_is_refused():
    with pytest.raises(ValueError, match="16 bytes"):
        Pseudonymiser(b"short")
