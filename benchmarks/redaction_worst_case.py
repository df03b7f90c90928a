"""Redaction's worst case on hostile text: how long the slowest of many adversarial inputs takes.

A pattern that backtracks (nested or adjacent repeats over the same characters) turns one odd contact into minutes
of a stalled worker: before 2026-11-29 a 33-letter Dutch word before a colon, or a birth cue before 40 blanks, never
finished. This sends, through `redact`, every cue the rules know followed by a long run of each separator and a few
endings, long words and repeated shapes after the places a speaker or an account starts, and random soups of cues,
separators and digits; it prints the slowest, with the time per 1,000 characters.

    python -m benchmarks.redaction_worst_case [--length 20000] [--soups 2000] [--top 5]
"""

from __future__ import annotations

import argparse
import random
import signal
import time
from collections.abc import Iterator

from nlp.redaction import _RULES, redact
from nlp.redaction.patterns import FIXED_SHAPE

_SEPARATORS = (" ", ".", ":", " :", "\t", "\n", "-", "(", "'", ",", "=", "#", "|", ". ", ": ", "_", "/", " \n")
_ENDINGS = ("", "x", "1")
_STARTS = ("", "|", "]", ")", "\n", "@", "★★★ ", "x: ", "door ", "profiel ", "seller ")
_EXTRA_CUES = ("reg.", "KN.", "°.", "pax", "geb.", "born", "berne", "d.o.b", "Naam:", "| ")


class _TooSlow(Exception):
    pass


def _cues() -> list[str]:
    cues = set(_EXTRA_CUES)
    for rule in (*_RULES, *FIXED_SHAPE):
        cues.update(rule.hints or ())
    return sorted(cues)


def _words(length: int) -> Iterator[str]:
    half, third = length // 2, length // 3
    yield from ("B" + "e" * length, "a" * length, "A" * length, "Ab" * half, "a." * half, "a_" * half)
    yield from ("1" * length, "A1" * half, "a-" * half, "a'" * half, "Aa " * third, "a " * half, "A. " * third)


def hostile_inputs(length: int, soups: int, seed: int = 7) -> list[str]:
    """Cues before long runs of separators, long words where a speaker or an account starts, random soups."""
    cues = _cues()
    inputs = {
        cue + separator * (length // len(separator)) + ending
        for cue in cues
        for separator in _SEPARATORS
        for ending in _ENDINGS
    }
    inputs.update(start + word + ending for start in _STARTS for word in _words(length) for ending in ("", ":", " x"))
    vocabulary = [*cues, *_SEPARATORS, "1", "12", "123", "AB", "Jan", "de", "van", "Vries", "3011", "is", "J."]
    rnd = random.Random(seed)
    for _ in range(soups):
        words = (rnd.choice(vocabulary) + rnd.choice(("", " ", "  ")) for _ in range(rnd.randint(20, 400)))
        inputs.add("".join(words))
    return sorted(inputs)


def _on_alarm(*_: object) -> None:
    raise _TooSlow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=20_000, help="characters of each run (a turn holds 20,000)")
    parser.add_argument("--soups", type=int, default=2_000, help="random mixes of cues, separators and digits")
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--give-up", type=float, default=30.0, help="seconds after which an input counts as stuck")
    args = parser.parse_args()
    inputs = hostile_inputs(args.length, args.soups)
    signal.signal(signal.SIGALRM, _on_alarm)  # the regex engine checks for signals, so a stuck input ends here
    redact("warm up: the name models load on first use")
    timings, started = [], time.perf_counter()
    for text in inputs:
        begun = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, args.give_up)
        try:
            redact(text)
            timings.append((time.perf_counter() - begun, text))
        except _TooSlow:
            timings.append((float("inf"), text))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    timings.sort(key=lambda timing: timing[0], reverse=True)
    stuck = sum(1 for seconds, _ in timings if seconds == float("inf"))
    total = time.perf_counter() - started
    print(f"{len(inputs):,} hostile inputs of up to {args.length:,} characters in {total:.0f} s; stuck: {stuck}")
    for seconds, text in timings[: args.top]:
        shown = "stuck" if seconds == float("inf") else f"{1e3 * seconds:8.1f} ms"
        per_kb = "" if seconds == float("inf") else f" ({1e6 * seconds / max(1, len(text)):.2f} ms per 1,000 chars)"
        print(f"  {shown}{per_kb}  {text[:40]!r}… ({len(text):,} chars)")


if __name__ == "__main__":
    main()
