"""What the ahocorasick-rs dependency buys: annotate with it, and with the pure-`re` fallback, on the same copy.

    python bench/bench_engine.py [--mb 2]

Prints seconds, MB/s and the mention count for each engine (same gazetteer, same news-like corpus as
bench_annotate.py, one process, a fresh Matcher each, warmed on a short text).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_annotate as B  # noqa: E402

import toponyms.match as M  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0)
    args = ap.parse_args()
    g, _ = B.build_gazetteer()
    text = B.build_news_corpus(g, args.mb, 1)
    mb = len(text.encode()) / 1e6

    def run() -> tuple[float, int]:
        m = M.Matcher(g)
        m.annotate("warm up Şuşa")
        t = time.perf_counter()
        n = len(m.annotate(text))
        return time.perf_counter() - t, n

    rows = [("ahocorasick-rs", *run())]
    saved, M._acrs = M._acrs, None
    try:
        rows.append(("pure re fallback", *run()))
    finally:
        M._acrs = saved
    print(f"| engine | seconds for {mb:.1f} MB | MB/s | mentions |")
    print("| --- | --- | --- | --- |")
    for name, t, n in rows:
        print(f"| {name} | {t:.3f} | {mb / t:.1f} | {n} |")


if __name__ == "__main__":
    main()
