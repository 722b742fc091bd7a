"""Batch annotation at scale: generate a corpus, run the real ``toponyms annotate``, report time, throughput and
peak memory (not part of the test suite).

    python bench/bench_batch.py throughput --mb 20 --jobs 1 2     # JSONL corpus: MB/s and docs/s per job count
    python bench/bench_batch.py rss --mb 200                      # peak RSS over a 200 MB JSONL and a 200 MB text file
    python bench/bench_batch.py pickle                            # pickled size of the bundled gazetteer

Corpora are built from the news sample in ../shared/samples (when present) with place names in four
languages mixed in, about one name per 120 characters; they are cached in $TMPDIR/toponyms-bench.
Peak RSS is sampled every 50 ms over the whole process tree (the CLI and its workers) from /proc, and the
largest single process is taken from wait4 as a check.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
CACHE = Path(tempfile.gettempdir()) / "toponyms-bench"
NAMES = [
    "Stepanakert", "Khankendi", "Shusha", "Shushi", "Nagorno-Karabakh", "Lachin corridor", "Aghdam", "Hadrut",
    "Xankəndi", "Şuşa", "Ağdam", "Laçın", "Xocavənd", "Qarabağ", "Füzuli",
    "Степанакерт", "Ханкенди", "Шуше", "Нагорного Карабаха", "Лачинский коридор", "Агдаме",
    "Ստեփանակերտ", "Շուշի", "Արցախ", "Հադրութ", "Լեռնային Ղարաբաղ",
]
FILLER = (
    "Officials said on Thursday that the talks would continue next week. Residents described long queues at the "
    "checkpoint and shortages of fuel and medicine. The ministry did not comment on the reports."
)


def toponyms_cmd() -> list[str]:
    exe = shutil.which("toponyms", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "toponyms"]


def _sentences() -> list[str]:
    text = FILLER
    for p in sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []:
        text += " " + p.read_text(encoding="utf-8", errors="replace")
    parts = [s.strip() + "." for s in text.replace("\n", " ").split(". ") if len(s.strip()) > 20]
    return parts


def _paragraph(rnd: random.Random, sents: list[str]) -> str:
    out = []
    for _ in range(rnd.randint(2, 6)):
        s = rnd.choice(sents)
        if rnd.random() < 0.6:
            words = s.split(" ")
            words.insert(rnd.randrange(len(words) + 1), rnd.choice(NAMES))
            s = " ".join(words)
        out.append(s)
    return " ".join(out)


def make_jsonl(mb: int) -> Path:
    """A JSONL corpus of about ``mb`` MB: {"id", "source", "text", "meta": {...}} per line, 1–3 paragraphs."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"corpus-{mb}mb.jsonl"
    if path.exists():
        return path
    rnd, sents = random.Random(mb), _sentences()
    target = mb * 1_000_000
    size, i = 0, 0
    with open(path.with_suffix(".tmp"), "w", encoding="utf-8") as f:
        while size < target:
            text = "\n\n".join(_paragraph(rnd, sents) for _ in range(rnd.randint(1, 3)))
            line = json.dumps({"id": i, "source": "bench", "text": text, "meta": {"n": i, "score": 0.5}}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode())
            i += 1
    path.with_suffix(".tmp").rename(path)
    return path


def make_text(mb: int) -> Path:
    """One plain-text file of about ``mb`` MB: paragraphs separated by blank lines."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"corpus-{mb}mb.txt"
    if path.exists():
        return path
    rnd, sents = random.Random(mb + 1), _sentences()
    target = mb * 1_000_000
    size = 0
    with open(path.with_suffix(".tmp2"), "w", encoding="utf-8") as f:
        while size < target:
            para = _paragraph(rnd, sents) + "\n\n"
            f.write(para)
            size += len(para.encode())
    path.with_suffix(".tmp2").rename(path)
    return path


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in KB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            rss[int(d)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
            children.setdefault(ppid, []).append(int(d))
        except (OSError, ValueError, IndexError):
            continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def run(args: list[str]) -> dict[str, float]:
    """Run the CLI with ``args``; wall time, peak RSS of the whole tree and of the largest process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(toponyms_cmd() + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            time.sleep(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if status != 0:
        raise SystemExit(f"toponyms {' '.join(args)} failed ({status}): {err}")
    return {"seconds": wall, "tree_peak_mb": peak[0] / 1024, "max_process_mb": usage.ru_maxrss / 1024}


def cmd_throughput(ns: argparse.Namespace) -> None:
    path = make_jsonl(ns.mb)
    size = path.stat().st_size
    with open(path, "rb") as f:
        docs = sum(1 for _ in f)
    run(["annotate", "-f", "jsonl", str(path), "-o", os.devnull])  # warm the data cache
    print(f"corpus: {path} ({size / 1e6:.1f} MB, {docs} records), {os.cpu_count()} CPUs")
    for jobs in ns.jobs:
        best = min((run(["annotate", "-f", "jsonl", "-j", str(jobs), str(path), "-o", os.devnull]) for _ in range(ns.repeat)), key=lambda r: r["seconds"])
        print(
            f"--jobs {jobs}: {best['seconds']:.2f} s, {size / 1e6 / best['seconds']:.2f} MB/s, {docs / best['seconds']:.0f} docs/s, "
            f"peak RSS {best['tree_peak_mb']:.0f} MB (tree)"
        )


def cmd_rss(ns: argparse.Namespace) -> None:
    for kind, path, fmt in (("jsonl", make_jsonl(ns.mb), "jsonl"), ("text", make_text(ns.mb), "json")):
        size = path.stat().st_size
        r = run(["annotate", "-f", fmt, "-j", str(ns.jobs), str(path), "-o", os.devnull])
        print(
            f"{kind}: {size / 1e6:.0f} MB with --format {fmt} --jobs {ns.jobs}: {r['seconds']:.1f} s "
            f"({size / 1e6 / r['seconds']:.2f} MB/s), peak RSS {r['tree_peak_mb']:.0f} MB for the process tree, "
            f"{r['max_process_mb']:.0f} MB for the largest process"
        )


def cmd_pickle(_: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    import toponyms

    g = toponyms.load()
    t = time.perf_counter()
    data = pickle.dumps(g, protocol=pickle.HIGHEST_PROTOCOL)
    dt = time.perf_counter() - t
    t = time.perf_counter()
    g2 = pickle.loads(data)
    lt = time.perf_counter() - t
    t = time.perf_counter()
    g2.matcher  # noqa: B018
    mt = time.perf_counter() - t
    print(f"{len(g)} places: pickled {len(data) / 1e6:.2f} MB (dumps {dt * 1000:.0f} ms, loads {lt * 1000:.0f} ms, automaton {mt * 1000:.0f} ms)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--mb", type=int, default=20)
    t.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    t.add_argument("--repeat", type=int, default=2)
    r = sub.add_parser("rss")
    r.add_argument("--mb", type=int, default=200)
    r.add_argument("--jobs", type=int, default=1)
    sub.add_parser("pickle")
    ns = ap.parse_args()
    {"throughput": cmd_throughput, "rss": cmd_rss, "pickle": cmd_pickle}[ns.cmd](ns)


if __name__ == "__main__":
    main()
