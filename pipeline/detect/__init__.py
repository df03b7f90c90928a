"""detect: window counts → signals. Today a threshold rule, run inside the count agent (no extra hop)."""
