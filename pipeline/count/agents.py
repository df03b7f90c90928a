"""The count_categories agent: contacts.classified → windowed counts per label → signals.

Repartitioned by label (`group_by`) so each label's windows live on one worker, with a changelog
another worker can take over. Faust expires windows by wall-clock time, so a replay of old contacts can
see a window's count start again from zero; the `signalled_windows` table keeps it to one signal each.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from datetime import timedelta
from typing import Any

import faust

from pipeline.count.windows import label_key, occurred_at_of, window_start
from pipeline.deps import Deps
from pipeline.metrics import label_names
from pipeline.runtime.stage import Out, Stage, run_stage
from topics import catalog
from topics.records import MAX_CONTACT_BYTES, ClassifiedContact
from topics.validation import check_not_in_future, parse_record


def stage(deps: Deps, counts: Any, signalled: MutableMapping[str, bool]) -> Stage:
    """`counts`: the windowed table (label → count in the current event's window)."""
    settings, detector, clock = deps.settings, deps.services.detector, deps.services.clock
    metrics = deps.services.metrics

    def process(payload: bytes) -> Iterable[Out]:
        classified = parse_record(ClassifiedContact, payload, max_bytes=2 * MAX_CONTACT_BYTES)
        check_not_in_future(classified.occurred_at, clock())  # would move Faust's window clock into the future
        label = classified.label
        counts[label] += 1
        count = counts[label].value()  # value(): the window of this event's occurred_at
        if not detector.crossed(count):
            return []
        start = window_start(classified.occurred_at.timestamp(), settings.window_seconds)
        signal = detector.signal(label, start, count)
        if signalled[signal.signal_id]:
            return []
        signalled[signal.signal_id] = True
        metrics.signals.labels(kind=signal.kind.value, **label_names(label)).inc()
        return [Out(deps.topics.signals, signal.signal_id.encode(), signal.to_bytes())]

    return Stage("aggregate", catalog.CLASSIFIED, process, unexpected="cannot count")


def register(app: faust.App, deps: Deps) -> None:
    settings = deps.settings
    counts = (
        app.Table("category_counts", default=int, partitions=settings.topic_partitions)
        .tumbling(
            timedelta(seconds=settings.window_seconds), expires=timedelta(seconds=settings.window_expires_seconds)
        )
        .relative_to(lambda event: occurred_at_of(event.value))
    )
    signalled = app.Table("signalled_windows", default=bool, partitions=settings.topic_partitions)
    count_stage = stage(deps, counts, signalled)

    @app.agent(deps.topics.classified, name="count_categories")
    async def count_categories(stream: faust.StreamT) -> None:
        await run_stage(stream.group_by(label_key, name="label"), count_stage, deps.dead_letters)
