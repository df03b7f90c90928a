"""What every stage runs on: the embedded broker, topic admin, the dead-letter helper, the worker entry."""
