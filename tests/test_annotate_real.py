"""Real copy (tests/cases/real): the development set the annotator's rules were built on.

Guards the result of the rules in match.py's docstring (generic nouns, coordinated cues, hyphen + line break,
Russian adjective + район, feature nouns): every language must reach precision and recall >= TARGET; on failure
the per-language table and the differing spans are printed. Scoring lives in tests/evalsets.py.
"""

from __future__ import annotations

import pytest
from evalsets import LANGS, TARGET, cases, score, spans, table

import toponyms

SET = "real"


@pytest.fixture(scope="module")
def gz():
    return toponyms.load()


def test_every_language_has_fifteen_cases_with_sources():
    for lang in LANGS:
        cs = cases(SET, lang)
        assert len(cs) >= 15, lang
        assert all(c.get("source") for c in cs), lang


@pytest.mark.parametrize("lang", LANGS)
def test_precision_recall(gz, lang):
    s = score(gz, SET, lang)
    assert s.p >= TARGET and s.r >= TARGET, "\n".join([table(gz, SET), f"{lang}:", *s.diffs])


def test_an_expected_span_can_skip_earlier_occurrences_that_are_not_the_place():
    # held-out 33: "the Agarak Copper Molybdenum Combine ... residents of Agarak": the writer expects the second
    text = "employees of the Agarak Copper Molybdenum Combine are residents of Agarak and Meghri"
    assert spans(text, [("Agarak", "agarak"), ("Meghri", "meghri")])[0][0] == 17
    assert spans(text, [("Agarak", "agarak", 1), ("Meghri", "meghri")]) == [(67, 73, "agarak"), (78, 84, "meghri")]
    with pytest.raises(AssertionError):
        spans(text, [("Agarak", "agarak", 2)])
