"""ingest: lines of JSONL/CSV or HTTP bodies → contacts.raw (invalid ones → contacts.deadletter)."""
