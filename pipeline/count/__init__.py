"""count: classified contacts → per-category counts in event-time tumbling windows (a Faust windowed table)."""
