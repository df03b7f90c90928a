"""Dead letters keep the payload byte for byte, and always fit on the topic."""

import base64
import hashlib
from datetime import UTC, datetime

from pipeline.runtime.dead_letter import MAX_KEPT_BYTES, dead_letter

FAILED = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_dead_letters_keep_text_as_is_and_binary_as_base64():
    assert dead_letter(b'{"a": 1}', "why", "contacts.raw", "validate", FAILED).original == '{"a": 1}'
    binary = dead_letter(b"\xff\x00", "why", "contacts.raw", "validate", FAILED)
    assert (binary.original_encoding, base64.b64decode(binary.original)) == ("base64", b"\xff\x00")
    assert binary.original_bytes == 2 and not binary.truncated


def test_a_huge_payload_keeps_its_start_size_and_hash_and_says_so():
    for size in (1_000_000, 10_000_000):
        payload = ("é" * (size // 2)).encode()  # two bytes a character: the cut may fall inside one
        letter = dead_letter(payload, "record is too big", "contacts.raw", "validate", FAILED)
        assert letter.truncated and letter.original_bytes == len(payload)
        assert letter.original_sha256 == hashlib.sha256(payload).hexdigest()
        assert payload.startswith(letter.original.encode()) and len(letter.original.encode()) <= MAX_KEPT_BYTES
        assert "only the first" in letter.reason and len(letter.to_bytes()) < 2 * MAX_KEPT_BYTES


def test_a_huge_binary_payload_fits_too():
    payload = b"\xff" * 3_000_000
    letter = dead_letter(payload, "why", "contacts.raw", "validate", FAILED)
    assert letter.original_encoding == "base64" and base64.b64decode(letter.original) == payload[:MAX_KEPT_BYTES]
    assert len(letter.to_bytes()) < 2 * MAX_KEPT_BYTES
