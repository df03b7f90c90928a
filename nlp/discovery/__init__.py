"""Discovery of recurring issues nobody named yet: contact vectors and incremental candidate clustering."""
