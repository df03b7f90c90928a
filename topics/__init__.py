"""Topic names and record schemas: the only contract between the stages of the pipeline."""
