"""Second held-out real copy (tests/cases/heldout2/{en,ru,hy,az}.yaml): (span, place) precision and recall per language.

A copy of test_annotate_heldout.py pointing at a second set, built after the first had been partly tuned on. Its
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

SET = "heldout2"


@pytest.fixture(scope="module")
def gz():
    return toponyms.load()


def test_every_language_has_enough_cases_with_sources():
    for lang in LANGS:
        cs = cases(SET, lang)
        assert len(cs) >= 10, lang
        assert all(c.get("source") for c in cs), lang


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
    print("\n" + table(gz, SET))
    s = score(gz, SET, lang)
    print(f"{lang}:\n" + "\n".join(s.diffs))
    assert s.p >= TARGET and s.r >= TARGET
