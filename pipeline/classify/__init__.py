"""classify: redacted contact → classified contact (category, confidence, the terms that make it recur)."""
