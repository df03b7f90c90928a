"""Offline NLP work: reading labelled examples, training pipelines, evaluating them."""
