"""How far two hand annotators agree on a held-out set, and how the annotator scores against each and on the
mentions both agree on.

A second annotation of a set lives in ``tests/agreement/<set>/<lang>.yaml``: the same passages as
``tests/cases/<set>/<lang>.yaml``, annotated from the texts alone by another annotator following the same written
conventions (tests/evalsets.py and the earlier sets), without seeing the first annotation or running the annotator.

    python tools/agreement.py               # every set with a second annotation
    python tools/agreement.py heldout48 --diffs

Columns, per language, scoring (span, place) pairs as the held-out tests do:
- ``A~B F1``: agreement between the two annotators (F1 of one against the other; symmetric);
- ``vs A`` and ``vs B``: the annotator's F1 against each annotation;
- ``agreed F1``: the annotator scored only where the annotators agree: a mention both mark is expected, a mention
  neither marks is a false positive, and a mention only one of them marks is disputed and counts neither way.
Exit code 0, or 2 when a second annotation does not match its set (other texts, a span not found).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import evalsets as E  # noqa: E402
import yaml  # noqa: E402

AGREEMENT = ROOT / "tests" / "agreement"

Triple = tuple[int, int, str]


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def second(folder: str, lang: str) -> list[dict]:
    """The second annotation's cases of one language of one set."""
    return yaml.safe_load((AGREEMENT / folder / f"{lang}.yaml").read_text(encoding="utf-8")) or []


def pairs(folder: str, lang: str) -> list[tuple[str, set[Triple], set[Triple]]]:
    """(text, first annotation, second annotation) per passage; ValueError when the two files disagree on texts."""
    a, b = E.cases(folder, lang), second(folder, lang)
    if [c["text"] for c in a] != [c["text"] for c in b]:
        raise ValueError(f"tests/agreement/{folder}/{lang}.yaml: its passages differ from tests/cases/{folder}/{lang}.yaml")
    return [(ca["text"], set(E.spans(ca["text"], E.items(ca))), set(E.spans(cb["text"], E.items(cb))))
            for ca, cb in zip(a, b)]


#: the counts of one row: (tp, fp, fn) of B against A, of the annotator against A, against B and on the agreed
#: mentions, and the number of disputed mentions
Counts = dict[str, list[int]]


def measure(gz, folder: str, lang: str, diffs: list[str] | None = None) -> Counts:
    """The counts of one language (see the module docstring)."""
    c: Counts = {k: [0, 0, 0] for k in ("ab", "va", "vb", "agreed")}
    c["disputed"] = [0]
    for text, a, b in pairs(folder, lang):
        got = {(m.start, m.end, m.place.id) for m in gz.annotate(text)}
        both, either = a & b, a | b
        for key, pred, gold in (("ab", b, a), ("va", got, a), ("vb", got, b)):
            c[key][0] += len(pred & gold)
            c[key][1] += len(pred - gold)
            c[key][2] += len(gold - pred)
        c["agreed"][0] += len(got & both)
        c["agreed"][1] += len(got - either)
        c["agreed"][2] += len(both - got)
        c["disputed"][0] += len(either - both)
        if diffs is not None:
            for s, e, pid in sorted(either - both):
                who = "A" if (s, e, pid) in a else "B"
                mark = "annotator agrees" if (s, e, pid) in got else "annotator differs"
                diffs.append(f"  {lang} only {who}: {text[s:e]!r} -> {pid}   ({mark})")
    return c


def row(name: str, c: Counts) -> str:
    ab = c["ab"]
    return (f"{name:4} {ab[0] + ab[2]:4} {ab[0] + ab[1]:4}  {f1(*ab):.3f}  {f1(*c['va']):.3f}  {f1(*c['vb']):.3f}  "
            f"{f1(*c['agreed']):.3f}      {c['disputed'][0]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set folders (default: every folder under tests/agreement)")
    ap.add_argument("--diffs", action="store_true", help="list the mentions only one annotator marks")
    args = ap.parse_args(argv)
    import toponyms

    gz = toponyms.load()
    folders = args.sets or sorted(p.name for p in AGREEMENT.iterdir() if p.is_dir())
    grand: dict[str, Counts] = {}  # language (and "all") -> counts over every set
    for folder in folders:
        print(f"{folder}: first annotation (A) tests/cases/{folder}, second (B) tests/agreement/{folder}")
        print("lang    A    B  A~B F1  vs A   vs B   agreed F1  disputed")
        total: Counts = {}
        diffs: list[str] = []
        for lang in E.LANGS:
            if not (AGREEMENT / folder / f"{lang}.yaml").exists():
                continue
            try:
                c = measure(gz, folder, lang, diffs if args.diffs else None)
            except (ValueError, AssertionError) as e:
                print(f"error: {e}", file=sys.stderr)
                return 2
            print(row(lang, c))
            for acc in (total, grand.setdefault(lang, {}), grand.setdefault("all", {})):
                for k, v in c.items():
                    acc[k] = [x + y for x, y in zip(acc.get(k, [0] * len(v)), v)]
        if total:
            print(row("all", total))
        print("\n".join(diffs))
    if len(folders) > 1:
        print(f"every set ({', '.join(folders)})")
        print("lang    A    B  A~B F1  vs A   vs B   agreed F1  disputed")
        for lang in (*E.LANGS, "all"):
            if lang in grand:
                print(row(lang, grand[lang]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
