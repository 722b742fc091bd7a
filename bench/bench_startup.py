"""Start-up times: `toponyms.load()` and a whole `toponyms lookup Xankəndi` process, cold and warm.

Cold = no compiled cache (a fresh TOPONYMS_CACHE_DIR), so the YAML is parsed and the index built;
warm = the cache from the previous run. Each figure is the median of N runs, in fresh processes.

    python bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LOAD = "import time; t=time.perf_counter(); import toponyms; g=toponyms.load(); print(time.perf_counter()-t, len(g))"


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    t = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - t, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    script = Path(sys.executable).with_name("toponyms")
    rows = []
    for label, cmd, inner in (
        ("toponyms.load()", [sys.executable, "-c", LOAD], True),
        ("toponyms lookup Xankəndi (whole process)", [str(script), "lookup", "Xankəndi"], False),
    ):
        for state in ("cold", "warm"):
            times = []
            for _ in range(args.runs):
                cache = tempfile.mkdtemp(prefix="toponyms-bench-")
                env = dict(os.environ, TOPONYMS_CACHE_DIR=cache)
                if state == "warm":
                    run(cmd, env)  # fill the cache
                wall, out = run(cmd, env)
                times.append(float(out.split()[0]) if inner else wall)
                shutil.rmtree(cache, ignore_errors=True)
            rows.append((label, state, statistics.median(times)))
    print("| what | cache | median seconds |")
    print("| --- | --- | --- |")
    for label, state, t in rows:
        print(f"| {label} | {state} | {t:.3f} |")


if __name__ == "__main__":
    main()
