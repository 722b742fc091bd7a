"""Second, independent hand annotations of held-out sets (tests/agreement/<set>/<lang>.yaml; tools/agreement.py
measures how far the two annotators agree): each file holds its set's passages, in order, with spans that resolve."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from evalsets import LANGS, cases, items, spans

ROOT = Path(__file__).resolve().parents[1]
AGREEMENT = ROOT / "tests" / "agreement"
FILES = sorted((d.name, lang) for d in AGREEMENT.iterdir() if d.is_dir() for lang in LANGS
               if (d / f"{lang}.yaml").exists())


@pytest.mark.parametrize("folder, lang", FILES)
def test_a_second_annotation_holds_its_sets_passages(folder, lang):
    sys.path.insert(0, str(ROOT / "tools"))
    import agreement

    first = cases(folder, lang)
    second = agreement.second(folder, lang)
    assert [c["text"] for c in second] == [c["text"] for c in first]
    assert [c["source"] for c in second] == [c["source"] for c in first]
    for c in second:
        spans(c["text"], items(c))  # every expected span is found, in order


def test_agreement_reports_both_annotators_and_the_annotator(capsys):
    sys.path.insert(0, str(ROOT / "tools"))
    import agreement

    assert agreement.main(["heldout48"]) == 0
    out = capsys.readouterr().out
    assert "A~B F1" in out and "\nall " in out
