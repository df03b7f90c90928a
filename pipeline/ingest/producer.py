"""`feedback-loop ingest`: send a JSONL or CSV file to the raw topic with a kafka-python producer.

Invalid lines are reported with their line number and sent to the dead-letter topic with the
reason, so nothing is lost; valid ones go to the raw topic keyed by contact_id.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from kafka import KafkaProducer
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
    report = IngestReport()
    last_line = 0
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8", newline="")
    try:
        bar = tqdm(_checked_records(stream, is_csv), unit=" contacts", disable=not progress, file=sys.stderr)
        for checked in bar:
            last_line = checked.line
            if checked.contact is not None:
                producer.send(catalog.RAW, key=checked.contact.contact_id.encode(), value=checked.contact.to_bytes())
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
            producer.send(catalog.DEADLETTER, value=record.to_bytes())
            report.rejected += 1
            bar.write(f"{label}:{checked.line}: {reason}", file=sys.stderr)
    except UnicodeDecodeError as error:
        raise IngestError(
            f"{label}: not UTF-8 text after line {last_line} ({error.reason}); "
            f"the {report.accepted} valid contacts before it were sent"
        ) from None
    finally:
        producer.flush()
        producer.close()
        if stream is not sys.stdin:
            stream.close()
    return report
