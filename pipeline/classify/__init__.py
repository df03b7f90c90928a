"""classify: raw contact → redacted and classified contact in one pass (label, confidence, driving terms)."""
