"""Language, redaction and classification of contact text; no Kafka in here."""
