"""verify: fixed issues → verified or regressed, measured by the drop in their share of contacts."""
