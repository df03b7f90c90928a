"""count: classified contacts → per-partition counts in event-time windows, closed on the worker's own clock."""
