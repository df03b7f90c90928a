"""Records of counting: ticks that close windows, each partition's closed windows, and the merged counts.

`counts.ticks` carries the worker's own clock into the count stage (one tick per owned partition), so
windows close in the stream, where the state's changelog and the processed offset stay together.
`counts.partitions` holds what each partition of `contacts.classified` counted in the windows it closed;
`counts` holds every finalised window of the whole center: the input of detection, one record per window.
"""

from __future__ import annotations

from pydantic import AwareDatetime, Field

from topics.records import _Record


class CountTick(_Record):
    """The worker's clock, sent to one partition of `counts.ticks`: close what is due at `at`."""

    at: AwareDatetime


class WindowCount(_Record):
    window_start: AwareDatetime
    window_end: AwareDatetime
    counts: dict[str, int] = Field(default_factory=dict, description="Contacts per label; absent labels are 0.")


class PartitionWindows(_Record):
    """A partition closed every window ending at or before `through`; `windows` are those it had contacts in."""

    partition: int = Field(ge=0)
    through: AwareDatetime
    windows: list[WindowCount] = Field(default_factory=list)
    late: int = Field(default=0, ge=0, description="Contacts that came after their window had closed (not counted).")
    quiet: bool = Field(
        default=False, description="No contact for the idle time: it holds nobody back until its next contact."
    )


class CenterWindow(WindowCount):
    """One finalised window of the whole center (every partition closed it): what the detectors saw."""

    total: int = Field(ge=0)
    warm: bool = Field(description="False while the seasonal baseline is cold (the threshold decides then).")
