"""`feedback-loop ingest`: send a JSONL or CSV file to the raw topic with a kafka-python producer.

Invalid lines are reported with their line number and sent to the dead-letter topic with the
reason, so nothing is lost; valid ones go to the raw topic keyed by contact_id. A line too big for
a contact (say 2 MB) is one such invalid line: it is dead-lettered by reference (its start, size and
SHA-256) and the rest of the file goes on. kafka-python reports a record the broker refused only on
that record's future, so every send is checked: refusals end the run with an error that counts them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from kafka import KafkaProducer
from kafka.errors import KafkaError
from tqdm import tqdm

from pipeline.ingest.intake import Checked, check_csv, check_jsonl
from pipeline.runtime.dead_letter import dead_letter
from topics import catalog


class IngestError(RuntimeError):
    """The input cannot be read at all (not UTF-8): says where; lines before it were sent."""


@dataclass
class IngestReport:
    accepted: int = 0
    rejected: int = 0


class _Refusals(list[str]):
    """Names of the errors of records the broker did not take; appended from the producer's thread."""

    def add(self, error: Exception) -> None:
        self.append(type(error).__name__)


def _checked_records(stream: TextIO, csv_format: bool) -> Iterator[Checked]:
    now = datetime.now(UTC)
    return check_csv(stream, now) if csv_format else check_jsonl(stream, now)


def ingest(bootstrap_servers: str, source: str, csv_format: bool | None = None, progress: bool = True) -> IngestReport:
    """Ingest `source` (a path, or '-' for stdin); CSV when the name ends in .csv unless told."""
    is_csv = csv_format if csv_format is not None else source.lower().endswith(".csv")
    label = "stdin" if source == "-" else Path(source).name
    producer = KafkaProducer(
        bootstrap_servers=bootstrap_servers, acks="all", linger_ms=5, client_id="feedback-loop-ingest"
    )
    report, refused = IngestReport(), _Refusals()
    last_line = 0
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8", newline="")
    try:
        bar = tqdm(_checked_records(stream, is_csv), unit=" contacts", disable=not progress, file=sys.stderr)
        for checked in bar:
            last_line = checked.line
            if checked.contact is not None:
                sent = producer.send(
                    catalog.RAW, key=checked.contact.contact_id.encode(), value=checked.contact.to_bytes()
                )
                sent.add_errback(refused.add)
                report.accepted += 1
                continue
            reason = checked.reason or "invalid"
            record = dead_letter(
                checked.original,
                reason,
                source=f"ingest:{label}",
                stage="ingest",
                failed_at=datetime.now(UTC),
                line=checked.line,
            )
            producer.send(catalog.DEADLETTER, value=record.to_bytes()).add_errback(refused.add)
            report.rejected += 1
            bar.write(f"{label}:{checked.line}: {reason}", file=sys.stderr)
    except UnicodeDecodeError as error:
        raise IngestError(
            f"{label}: not UTF-8 text after line {last_line} ({error.reason}); "
            f"the {report.accepted} valid contacts before it were sent"
        ) from None
    except KafkaError as error:  # e.g. no metadata for the topic within max_block_ms: the broker is away
        raise IngestError(
            f"{label}: the broker did not take line {last_line} ({type(error).__name__}); "
            f"{report.accepted} valid contacts before it were handed to the producer"
        ) from None
    finally:
        producer.flush()
        producer.close()
        if stream is not sys.stdin:
            stream.close()
    if refused:
        raise IngestError(
            f"{label}: the broker refused {len(refused)} of {report.accepted + report.rejected} records "
            f"(first: {refused[0]}); ingest the file again: contacts are recognised by contact_id"
        )
    return report
