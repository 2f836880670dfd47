"""Worst-case parse time over random date-like texts, against raw dateparser on the same texts.

Usage: .venv/bin/python bench/parse_worst.py [--texts 2000] [--seed 7]

The texts mix fragments of date vocabulary with random characters (the same recipe as the
property test tests/core/dates/test_window_properties.py, which checks only the results), so they
reach deep into the grammar and its dateparser fallback. Both parsers are warmed up first; the
garbage collector is paused around each call. Prints median, 99th percentile and worst
milliseconds for both, and the ratio dateparser / parse_window of each, measured in the same run.
Target: worst ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import random
import statistics
import string
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from countdown.core.dates.window import UnparseableDate, parse_window  # noqa: E402
from tests.core.dates.test_window_properties import FRAGMENTS  # noqa: E402

BASE = datetime(2026, 5, 16, 10)


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 25)):
        if rng.random() < 0.7:
            parts.append(rng.choice(FRAGMENTS))
        else:
            alphabet = string.ascii_letters + string.digits + string.punctuation + "éü月日年–"
            parts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))))
    return " ".join(parts)[:200]


def ours(text: str) -> None:
    with contextlib.suppress(UnparseableDate):
        parse_window(text, base=BASE)


def timed_ms(parse: Callable[[str], object], texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        gc.disable()
        started = time.perf_counter()
        try:
            parse(text)
        finally:
            times.append((time.perf_counter() - started) * 1000)
            gc.enable()
    return times


def summary(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.99)], ordered[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--texts", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    import dateparser

    rng = random.Random(args.seed)
    texts = [random_text(rng) for _ in range(args.texts)]
    settings = {"RELATIVE_BASE": BASE}
    raw = lambda text: dateparser.parse(text, settings=settings)  # noqa: E731
    for text in texts[:50]:  # warm both (dateparser loads its language data on first use)
        ours(text)
        raw(text)
    mine, theirs = summary(timed_ms(ours, texts)), summary(timed_ms(raw, texts))
    for name, (median, p99, worst) in (("parse_window", mine), ("dateparser", theirs)):
        print(f"{name:>12}: median {median:.3f} ms, p99 {p99:.2f} ms, worst {worst:.1f} ms")
    ratios = [t / m if m else float("inf") for m, t in zip(mine, theirs, strict=True)]
    print("dateparser / parse_window: median {:.1f}×, p99 {:.1f}×, worst {:.1f}×".format(*ratios))
    print(f"target worst ≤ 50 ms: {'met' if mine[2] <= 50 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
