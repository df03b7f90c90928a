"""`python -m pipeline.cli`: the same as the `feedback-loop` command."""

from pipeline.cli import main

main()
