"""Discover room: unclassified contacts → candidate issues → new_issue signals; promotion to taxonomy labels."""
