"""web: the worker's HTTP server: `/metrics` and connection limits (pages of later rooms register here too)."""
