"""The pseudonym key: from settings (FEEDBACK_LOOP_PSEUDONYM_KEY), else one generated once in the data directory.

The generated key suits one worker with a lasting data directory (the embedded default). Several workers
must share one key, or the same agent gets a different pseudonym on each: set the setting.
"""

from __future__ import annotations

import logging
import os
import secrets

from nlp.pseudonym import Pseudonymiser
from pipeline.settings import Settings

log = logging.getLogger(__name__)

KEY_FILE = "pseudonym.key"


def load_pseudonymiser(settings: Settings) -> Pseudonymiser:
    if settings.pseudonym_key is not None:
        return Pseudonymiser(settings.pseudonym_key.get_secret_value().encode("utf-8"))
    path = settings.data_dir / KEY_FILE
    if not path.is_file():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(32))
        log.warning(
            "FEEDBACK_LOOP_PSEUDONYM_KEY is not set: generated a pseudonym key in %s (set the same key on "
            "every worker)",
            path,
        )
    return Pseudonymiser(path.read_text(encoding="ascii").strip().encode("ascii"))
