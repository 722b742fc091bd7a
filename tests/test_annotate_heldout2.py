"""Second held-out real copy (tests/cases/heldout2/{en,ru,hy,az}.yaml): (span, place) precision and recall per language.

A copy of test_annotate_heldout.py pointing at a second set, built after the first had been partly tuned on. Its
passages come from URLs and outlets used nowhere in tests/cases and were annotated by hand from the conventions in
match.py, committed before the annotator was first run on them, so they give an honest estimate on unseen copy.
Rules are not to be tuned case by case on this set.
The table (and the differing spans) is printed with ``pytest -s``; the test reports without failing CI while a
language is below TARGET (xfail, not strict; the measured numbers are in the reason).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

import toponyms

CASES = Path(__file__).parent / "cases" / "heldout2"
LANGS = ("en", "ru", "hy", "az")
TARGET = 0.95
# A suffix tag marks an inflected mention; an expected span is "inflected" when it is longer than every stored form
# it could be (measured on the annotator's own tags for the spans it found, and on the expected text otherwise).


def _cases(lang):
    return yaml.safe_load((CASES / f"{lang}.yaml").read_text(encoding="utf-8")) or []


def _spans(text, items):
    out, pos = [], 0
    for t, pid in items:
        i = text.find(t, pos)
        assert i >= 0, f"expected span {t!r} not found in order in {text!r}"
        out.append((i, i + len(t), pid))
        pos = i + len(t)
    return out


def _inflected(gz, span, pid):
    """True when the expected span is not itself a stored form of its place (it carries an inflection)."""
    p = gz.get(pid)
    if p is None:
        return False
    from toponyms.fold import fold

    key = fold(unicodedata.normalize("NFC", span))
    return all(fold(n.text) != key for n in p.names)


def score(gz, lang):
    tp = fp = fn = 0
    itp = ifn = 0
    diffs = []
    for c in _cases(lang):
        exp = set(_spans(c["text"], [(e["text"], e["id"]) for e in c["expect"]]))
        got = {(m.start, m.end, m.place.id) for m in gz.annotate(c["text"])}
        tp += len(exp & got)
        fp += len(got - exp)
        fn += len(exp - got)
        for s, e, pid in exp:
            if _inflected(gz, c["text"][s:e], pid):
                if (s, e, pid) in got:
                    itp += 1
                else:
                    ifn += 1
        for s, e, pid in sorted(got - exp):
            diffs.append(f"  FP {c['text'][s:e]!r} -> {pid}   [{c['source']}]")
        for s, e, pid in sorted(exp - got):
            diffs.append(f"  FN {c['text'][s:e]!r} -> {pid}   [{c['source']}]")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    ir = itp / (itp + ifn) if itp + ifn else 1.0
    return p, r, tp, fp, fn, ir, itp + ifn, diffs


def table(gz):
    rows = ["lang      P      R     F1   tp  fp  fn   infl-R (n)"]
    for lg in LANGS:
        p, r, tp, fp, fn, ir, n, _ = score(gz, lg)
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(f"{lg:4} {p:6.3f} {r:6.3f} {f:6.3f} {tp:4} {fp:3} {fn:3}   {ir:5.3f} ({n})")
    return "\n".join(rows)


@pytest.fixture(scope="module")
def gz():
    return toponyms.load()


def test_every_language_has_ten_cases_with_sources():
    for lang in LANGS:
        cases = _cases(lang)
        assert len(cases) >= 10, lang
        assert all(c.get("source") for c in cases), lang


# Measured (see the commit log for the history); xfail only while a language is below TARGET.
@pytest.mark.xfail(
    strict=False,
    reason=(
        "second held-out set, first measurement (expectations committed in f1c18a5 before any run; annotator at "
        "940cb17): en P.837 R.976, ru .913/.840, hy .914/.865, az .765/.788"
    ),
)
@pytest.mark.parametrize("lang", LANGS)
def test_precision_recall(gz, lang):
    print("\n" + table(gz))
    p, r, *_, diffs = score(gz, lang)
    print(f"{lang}:\n" + "\n".join(diffs))
    assert p >= TARGET and r >= TARGET
