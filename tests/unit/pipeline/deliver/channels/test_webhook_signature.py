"""The webhook signature: HMAC-SHA256 over "<timestamp>." + body, checked by a known answer."""

from __future__ import annotations

import hashlib
import hmac

from pipeline.deliver.channels.webhook import sign, verify_signature

BODY = b'{"a":1}'


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body_with_a_sha256_prefix():
    # computed independently: echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 's3cret'
    assert sign("s3cret", 1700000000, BODY) == "sha256=1698a50bc74d1ff1db85c4e0a5297c2ad9fdba245d5737cdb789e4cc6e098940"
    expected = hmac.new(b"another secret", b"1700000123." + BODY, hashlib.sha256).hexdigest()
    assert sign("another secret", 1700000123, BODY) == f"sha256={expected}"


def test_a_receiver_accepts_our_signature_and_refuses_a_wrong_secret_a_changed_body_or_an_old_timestamp():
    signature = sign("s3cret", 1700000000, BODY)
    assert verify_signature("s3cret", "1700000000", BODY, signature, now=1700000010)
    assert not verify_signature("wrong", "1700000000", BODY, signature, now=1700000010)
    assert not verify_signature("s3cret", "1700000000", b'{"a":2}', signature, now=1700000010)
    assert not verify_signature("s3cret", "1700000001", BODY, signature, now=1700000010)
    assert not verify_signature("s3cret", "1700000000", BODY, signature, now=1700000000 + 301)
    assert not verify_signature("s3cret", "not a number", BODY, signature)
