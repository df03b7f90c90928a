"""redact: raw contact → redacted contact; the privacy boundary (nothing personal passes this room).

Its logic runs inside the classify room's agent, in the same pass as classification.
"""
