#!/usr/bin/env python3
"""Held-out sets after an import: which places their writers listed as ``missing`` the gazetteer now holds.

Usage::

    python tools/heldout_missing.py heldout31                 # list: each missing entry, and what now matches it
    python tools/heldout_missing.py heldout31 --apply FILE    # add the decided entries to ``expect``

A held-out case may carry ``missing``: the places of the region its writer found the gazetteer lacked, as
``{text, name, where}`` (the span as written, the usual English name, country and province). They are not scored.
When an import brings such a place, the case should expect it, as for any place the gazetteer holds. This tool
never runs the annotator (a set must not be seen before its first measurement): the list shows, for each entry,
the stored places whose names match the entry's text or name (``Gazetteer.matches``), with their unit; a
maintainer decides from the copy and the ``where``, and writes the decisions to FILE, one per line::

    en/8<TAB>Berkaber<TAB>berkaber

(language/case index, the span exactly as in ``missing``, the place id). ``--apply`` inserts each span into the
case's ``expect`` in text order (the first whole-word occurrence not already expected) under a dated comment,
keeping every other line of the file as it was, and checks that the set still loads and every span is found.
``--why TEXT`` says in that comment why the spans were left out, for a place the writers named only in ``why``
(sets older than the ``missing`` key): "the NKAO's Hadrut district, left out while the gazetteer lacked it".
``--note TEXT`` replaces that comment for a change of convention rather than of data (the spans were left out by
a rule the sets have since given up).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import toponyms  # noqa: E402
from toponyms.textio import atomic_write  # noqa: E402
import evalsets as E  # noqa: E402


def listing(g: toponyms.Gazetteer, folder: str) -> list[str]:
    out = []
    for lang in E.LANGS:
        for i, c in enumerate(E.cases(folder, lang)):
            for m in c.get("missing") or []:
                found = {}
                for q in (m["text"], m.get("name") or ""):
                    for p, _n in g.matches(q) if q else []:
                        found[p.id] = p.unit or p.kind
                held = ", ".join(f"{pid} ({u})" for pid, u in sorted(found.items())) or "-"
                out.append(f"{lang}/{i}\t{m['text']}\t{m.get('name')}\t{m.get('where')}\tnow: {held}")
    return out


def _free_span(text: str, span: str, taken: list[tuple[int, int]]) -> int:
    k = text.find(span)
    while k >= 0 and (any(a < k + len(span) and k < b for a, b in taken) or not E.whole_word(text, k, len(span))):
        k = text.find(span, k + 1)
    return k


def apply(g: toponyms.Gazetteer, folder: str, decisions: list[tuple[str, int, str, str]],
          why: str = "listed under missing", note: str | None = None) -> int:
    today = datetime.date.today().isoformat()
    by_lang: dict[str, dict[int, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for lang, i, span, pid in decisions:
        if g.get(pid) is None:
            raise SystemExit(f"error: no place has the id {pid!r} (toponyms search NAME finds ids)")
        by_lang[lang][i].append((span, pid))
    added = 0
    for lang, per_case in sorted(by_lang.items()):
        path = E.CASES / folder / f"{lang}.yaml"
        lines = path.read_text(encoding="utf-8").split("\n")
        starts = [k for k, ln in enumerate(lines) if ln.startswith("- text:")]
        cases = E.cases(folder, lang)
        before: dict[int, set[tuple[int, int, str]]] = {}  # the expected spans of each changed case, as they were
        for i in sorted(per_case, reverse=True):
            text = cases[i]["text"]
            old = E.spans(text, E.items(cases[i]))
            before[i] = set(old)
            taken = [(a, b) for a, b, _ in old]
            new = []
            for span, pid in per_case[i]:
                k = _free_span(text, span, taken)
                if k < 0:
                    raise SystemExit(f"error: {lang}/{i}: {span!r} is not in the passage apart from expected spans")
                new.append((k, k + len(span), pid, span, None))
                taken.append((k, k + len(span)))
            items = sorted([(a, b, pid, text[a:b], n) for n, (a, b, pid) in enumerate(old)] + new)
            lo, hi = starts[i], (starts[i + 1] if i + 1 < len(starts) else len(lines))
            k = next(k for k in range(lo, hi) if lines[k].startswith("  expect:"))
            j = k + 1
            while j < hi and lines[j].startswith("    - "):
                j += 1
            orig = lines[k + 1:j]
            names = ", ".join(sorted({g.get(pid).name(lang="en").text for _, _, pid, _, _ in new}))
            comment = f"  # {today}: {note}" if note else f"  # {today}: the gazetteer now holds {names} ({why}); expected."
            lines[k:j] = [comment,
                          "  expect:"] + [orig[n] if n is not None else
                                          f"    - {{text: {json.dumps(s, ensure_ascii=False)}, id: {pid}}}"
                                          for _, _, pid, s, n in items]
            added += len(new)
        # the set still loads, every span is found in order, and no old span moved (a skip counts from the
        # item before it) before the file is replaced
        for i, c in enumerate(yaml.safe_load("\n".join(lines))):
            now = set(E.spans(c["text"], E.items(c)))
            if i in before and not before[i] <= now:
                raise SystemExit(f"error: {lang}/{i}: the new spans move an expected span; add them by hand")
        atomic_write(path, "\n".join(lines))
    return added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", help="a set under tests/cases, e.g. heldout31")
    ap.add_argument("--apply", metavar="FILE", help="decisions: lang/index<TAB>span<TAB>id per line")
    ap.add_argument("--why", default="listed under missing",
                    help="why the spans were left out, for the comment above each changed expect list")
    ap.add_argument("--note", help="the whole comment above each changed expect list, for a change of convention "
                                   "rather than of data (it replaces the --why sentence)")
    args = ap.parse_args(argv)
    if not (E.CASES / args.folder).is_dir():
        print(f"error: no set {args.folder!r} under {E.CASES}", file=sys.stderr)
        return 2
    g = toponyms.load()
    if not args.apply:
        print("\n".join(listing(g, args.folder)))
        return 0
    decisions = []
    for n, line in enumerate(Path(args.apply).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            key, span, pid = line.split("\t")
            lang, i = key.split("/")
            decisions.append((lang, int(i), span, pid))
        except ValueError:
            print(f"error: {args.apply}:{n}: expected lang/index<TAB>span<TAB>id", file=sys.stderr)
            return 2
    print(f"{apply(g, args.folder, decisions, args.why, args.note)} spans added to {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
