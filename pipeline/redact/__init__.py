"""redact: raw contact → redacted contact; the privacy boundary (nothing personal passes this room)."""
