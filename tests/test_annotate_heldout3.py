"""Third held-out real copy (tests/cases/heldout3/{en,ru,hy,az}.yaml): (span, place) precision and recall per language.

A copy of test_annotate_heldout2.py pointing at a third set, built after the first two had been partly tuned on. Its
passages come from URLs and outlets used nowhere in tests/cases and were annotated by hand from the conventions in
match.py, committed before the annotator was first run on them, so they give an honest estimate on unseen copy.
Rules are not to be tuned case by case on this set.
The table (and the differing spans) is printed with ``pytest -s``; the test reports without failing CI while a
language is below TARGET (xfail, not strict; the measured numbers are in the reason).
"""

from __future__ import annotations

import pytest
from evalsets import LANGS, TARGET, cases, score, table

import toponyms

SET = "heldout3"


@pytest.fixture(scope="module")
def gz():
    return toponyms.load()


def test_every_language_has_enough_cases_with_sources():
    for lang in LANGS:
        cs = cases(SET, lang)
        assert len(cs) >= 8, lang
        assert all(c.get("source") for c in cs), lang


# Measured (see the commit log for the history); xfail only while a language is below TARGET.
@pytest.mark.xfail(
    strict=False,
    reason=(
        "third held-out set, first measurement (expectations committed in 93b645b before any run; annotator at "
        "cc1ae6e): en P.953 R.976, ru 1.000/1.000, hy .840/.913, az .677/.700"
    ),
)
@pytest.mark.parametrize("lang", LANGS)
def test_precision_recall(gz, lang):
    print("\n" + table(gz, SET))
    s = score(gz, SET, lang)
    print(f"{lang}:\n" + "\n".join(s.diffs))
    assert s.p >= TARGET and s.r >= TARGET
