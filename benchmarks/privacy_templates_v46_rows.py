"""Reads test_v46's templates from plain text blocks: one template a line, a line starting with '+ ' continues the
one above (after a space, or directly after a line break), a literal backslash-n is a line break in the text."""

from __future__ import annotations


def rows(lang: str, block: str) -> list[tuple[str, str]]:
    texts: list[str] = []
    for line in block.splitlines():
        line = line.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("+ "):
            glue = "" if texts[-1].endswith("\\n") else " "
            texts[-1] += glue + line[2:]
        else:
            texts.append(line)
    return [(lang, text.replace("\\n", "\n")) for text in texts]


def lines(block: str) -> list[str]:
    """Clean sentences: the same block format, without a language."""
    return [text for _, text in rows("", block)]
