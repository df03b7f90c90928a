"""The Faust app and everything around it: aggregation, detection, routing, metrics and the CLI."""
