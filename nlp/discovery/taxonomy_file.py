"""Writing a promoted label into the taxonomy file, so the next training run and every restart know it.

The file is people's: its comments and layout are kept by appending, never rewriting. Promoted labels go in
a `promoted:` list that is the file's last top-level key (created there when absent), one JSON-style flow
mapping per line (valid YAML); the result is checked by loading it before the file is replaced.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from nlp.config_file import ConfigError, load_yaml_model
from nlp.taxonomy import PromotedLabel, Taxonomy

TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:")


def append_promoted(path: Path, promoted: PromotedLabel) -> None:
    """Append `promoted` to the file's `promoted:` list; ConfigError naming the file when it cannot."""
    text = path.read_text(encoding="utf-8")
    keys = [match.group(1) for line in text.splitlines() if (match := TOP_LEVEL_KEY.match(line))]
    if "promoted" in keys and keys[-1] != "promoted":
        raise ConfigError(f"{path}: promoted: must be the last top-level key to append to it; move it to the end")
    if re.search(r"^promoted:\s*\[\s*\]\s*$", text, flags=re.MULTILINE):
        raise ConfigError(f"{path}: promoted: write it as a block list (or remove the empty `[]`) to append to it")
    if not text.endswith("\n"):
        text += "\n"
    if "promoted" not in keys:
        text += "# Labels promoted from discovered candidates (`feedback-loop taxonomy promote`).\npromoted:\n"
    text += f"  - {json.dumps(promoted.model_dump(), ensure_ascii=False)}\n"
    candidate = path.with_name(f".{path.name}.new")
    candidate.write_text(text, encoding="utf-8")
    try:
        load_yaml_model(candidate, Taxonomy)
    except ConfigError as error:
        candidate.unlink()
        raise ConfigError(f"{path}: the promoted label would make the file invalid: {error}") from None
    candidate.replace(path)
