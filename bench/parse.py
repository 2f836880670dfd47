"""Benchmark parse_window against raw dateparser on the public fuzzy-date corpus.

Usage: .venv/bin/python bench/parse.py [--corpus PATH] [--rounds N] [--preds OUT.jsonl]

Both parsers are warmed up first (dateparser's first parse loads its language data), then each
phrase is parsed N times per round; the per-phrase figure is the best of the rounds, so
scheduler noise does not count. Prints median and worst milliseconds per phrase for both and
the ratio dateparser / parse_window, measured in the same run, then the cold import cost of
both modules (fresh interpreters, minus an empty interpreter start). --preds also writes our
predictions in the scorer's format (score with /work/shared/eval/score_fuzzy.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The bench runs as a plain script, so the repository root goes on sys.path first.
from countdown.core.dates.window import UnparseableDate, parse_window  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/eval/fuzzy_public.jsonl"


def predict(case: dict[str, Any]) -> dict[str, Any]:
    try:
        return parse_window(case["text"], base=datetime.fromisoformat(case["base"])).to_dict()
    except UnparseableDate as exc:
        return {"error": str(exc)}


def _ours(case: dict[str, Any]) -> None:
    predict(case)


def _dateparser_runner() -> Any:
    from dateparser.date import DateDataParser

    parsers: dict[datetime, Any] = {}

    def run(case: dict[str, Any]) -> None:
        base = datetime.fromisoformat(case["base"])
        if base not in parsers:  # RELATIVE_BASE lives in the settings: one parser per base
            settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base}
            parsers[base] = DateDataParser(languages=["en"], settings=settings)
        parsers[base].get_date_data(case["text"])

    return run


def per_phrase_ms(run: Any, cases: list[dict[str, Any]], rounds: int) -> list[float]:
    for case in cases:  # warm-up: imports, language data, parser construction
        run(case)
    best = [float("inf")] * len(cases)
    for _ in range(rounds):
        for i, case in enumerate(cases):
            start = time.perf_counter()
            run(case)
            best[i] = min(best[i], (time.perf_counter() - start) * 1000)
    return best


def import_ms(module: str, runs: int = 5) -> float:
    """Median wall time of `python -c "import module"` minus an empty interpreter start."""

    def once(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        return (time.perf_counter() - start) * 1000

    empty = statistics.median(once("pass") for _ in range(runs))
    return statistics.median(once(f"import {module}") for _ in range(runs)) - empty


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--preds", type=Path, help="write predictions JSONL here")
    args = ap.parse_args()
    if not args.corpus.is_file():  # the public corpus lives beside the checkout, not in it
        ap.error(
            f"no corpus at {args.corpus}; give one with --corpus PATH (JSON lines of text/base)"
        )
    cases = [json.loads(line) for line in args.corpus.read_text().splitlines() if line.strip()]
    if args.preds:
        args.preds.write_text("".join(json.dumps(predict(c)) + "\n" for c in cases))
    ours = per_phrase_ms(_ours, cases, args.rounds)
    raw = per_phrase_ms(_dateparser_runner(), cases, args.rounds)
    worst = max(range(len(cases)), key=ours.__getitem__)
    print(f"{len(cases)} phrases, best of {args.rounds} rounds, warm")
    print(f"parse_window: median {statistics.median(ours):.3f} ms, worst {max(ours):.3f} ms "
          f"({cases[worst]['text']!r})")  # fmt: skip
    print(f"dateparser:   median {statistics.median(raw):.3f} ms, worst {max(raw):.3f} ms")
    ratio = statistics.median(raw) / statistics.median(ours)
    print(f"ratio (dateparser / parse_window, medians): {ratio:.1f}x")
    ours_import, raw_import = import_ms("countdown.core.dates.window"), import_ms("dateparser")
    print(f"import: countdown.core.dates.window {ours_import:.0f} ms, dateparser {raw_import:.0f} ms "
          f"(ratio {raw_import / max(ours_import, 0.1):.1f}x)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
