"""issues: signals → recurring issues with a lifecycle, kept as events on `issues.events` (the audit trail)."""
