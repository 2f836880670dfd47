"""Paste-to-track speed: extract_launches on a ~5,000-character article, warm, against raw
dateparser.search.search_dates on the same text in the same run.

    .venv/bin/python bench/extract.py [--runs 30]

Both are warmed up once (imports, dateparser's language data, regex compilation), then timed
--runs times each; medians and maxima are printed with the ratio ours / dateparser. Target:
extract_launches ≤ 50 ms (median and max) for 5,000 characters. A French and a Chinese
article of similar length are timed too (their baseline uses their language).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from countdown.core.news.extract import extract_launches  # noqa: E402

NOW = datetime(2026, 5, 1, 12, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)
TARGET_CHARS = 5000

EN_PARAGRAPHS = [
    "Published April 28, 2026",
    "Google's Pixel 11 Pro goes on sale in early October after a September unveiling, "
    "according to a report from 9to5Google. The phone is said to use a new Tensor G6 chip "
    "built on a 3 nm process, with 16 GB of memory and a 5,000 mAh battery.",
    "SpaceX plans to launch Starship Flight 12 no earlier than late July, the company said. "
    "Blue Origin will launch New Glenn in Q3; NASA confirmed Artemis III for mid-2027. "
    "Engineers are still reviewing data from the previous flight, which ended early.",
    "GNOME 50 is due March 18, 2027, while GNOME 51 follows in September 2027. Ubuntu 26.10 "
    "will be released on October 15. Fedora users will see the change a little later.",
    "Nintendo's next console goes on sale in early September after an August unveiling, "
    "people familiar with the matter said. Analysts expect strong demand in Japan, the US "
    "and Europe, with supply constraints easing by the end of the year.",
    "The Sony/Honda EV hits shelves in the second half of 2027, and the Xiaomi/Leica flagship "
    "arrives in late February. Prices were not disclosed, and neither company commented on "
    "reports that production could start in a new plant outside Shanghai.",
    "Meanwhile, the market for folding phones keeps growing: shipments rose 40 percent last "
    "year, and more makers are expected to join, although repair costs remain a concern for "
    "many buyers who worry about the durability of hinges and screens.",
]
FR_PARAGRAPHS = [
    "Publié le 28 avril 2026",
    "Selon plusieurs rumeurs, la Nintendo Switch 3 sortira fin juillet. Arianespace a "
    "confirmé que le lancement d'Ariane 7 est prévu début 2027. Le Galaxy Z Fold 8 sera "
    "disponible au troisième trimestre, et la PlayStation 6 arrivera en septembre.",
    "Les analystes estiment que la demande restera forte dans les prochains mois, malgré "
    "des prix en hausse et une concurrence de plus en plus vive sur le marché européen.",
]
ZH_PARAGRAPHS = [
    "2026年4月28日",
    "小米将于今年7月下旬发布小米16 Ultra。据报道，华为Mate 90预计2027年第三季度上市。"
    "任天堂新主机将于下半年发售。分析人士认为，今年的高端手机市场竞争将更加激烈，"
    "各大厂商都在加快新品的发布节奏，供应链也在积极备货。",
]


def article(paragraphs: list[str], chars: int = TARGET_CHARS) -> str:
    """The paragraphs repeated (dateline once) until the text is at least `chars` long; whole
    paragraphs only, so no sentence is cut in the middle."""
    parts = [paragraphs[0]]
    while sum(len(p) + 2 for p in parts) < chars:
        parts.extend(paragraphs[1:])
    return "\n\n".join(parts)


def timed(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bench(name: str, text: str, language: str, runs: int) -> bool:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": BASE, "PREFER_DATES_FROM": "future"}
    ours = timed(lambda: extract_launches(text, base=BASE, now=NOW), runs)
    raw = timed(lambda: search_dates(text, languages=[language], settings=settings), runs)
    found = len(extract_launches(text, base=BASE, now=NOW))
    ours_med, raw_med = statistics.median(ours), statistics.median(raw)
    print(f"{name}: {len(text)} chars, {found} proposals")
    print(f"  extract_launches      median {ours_med:7.2f} ms   max {max(ours):7.2f} ms")
    print(f"  search_dates (raw)    median {raw_med:7.2f} ms   max {max(raw):7.2f} ms")
    print(
        f"  ratio ours/dateparser median {ours_med / raw_med:7.3f}   max {max(ours) / max(raw):.3f}"
    )
    ok = max(ours) <= 50
    print(f"  target ≤ 50 ms: {'met' if ok else 'MISSED'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    results = [
        bench("English article", article(EN_PARAGRAPHS), "en", runs),
        bench("French article", article(FR_PARAGRAPHS), "fr", runs),
        bench("Chinese article", article(ZH_PARAGRAPHS), "zh", runs),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
