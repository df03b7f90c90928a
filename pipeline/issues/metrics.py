"""`feedback_loop_issues{department, state}`: issues this worker holds, counted when Prometheus scrapes.

Each worker holds the issues of its own partitions, so summing over instances gives the whole picture.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from topics.issues import Issue


class IssueGauge(Collector):
    def __init__(self, issues: Callable[[], Iterable[Issue]]) -> None:
        self.issues = issues

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "feedback_loop_issues", "Recurring issues by owner department and state.", labels=["department", "state"]
        )
        counts = Counter((owner, issue.state.value) for issue in self.issues() for owner in issue.owners)
        for (department, state), count in sorted(counts.items()):
            family.add_metric([department, state], count)
        yield family
