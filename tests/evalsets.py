"""Scoring the annotator on hand-annotated real copy: one scorer for every evaluation set under tests/cases/.

A set is a folder of ``{en,ru,hy,az}.yaml``; a case has ``text``, ``expect`` (``text`` + place ``id``, left to
right), ``source`` and ``why``. A case lists every toponym a careful hand annotator marks: the toponym with its
inflection ("Степанакерте", "Xankəndidə", "Ստեփանակերտում", "Stepanakert's"), never a following lower-case generic
noun ("Ağdam" in "Ağdam rayonunun", place: the district), and the place id. A case may also list under
``missing`` the places of the region its writer found the gazetteer lacked ({text, name, where}; not scored): when
an import brings one, ``tools/heldout_missing.py`` lists it and moves the decided spans into ``expect``. An
expected item's optional ``skip: N`` passes over N earlier whole-word occurrences of its text that are not the place
(a company, a brand, a river named like it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from toponyms import Gazetteer
from toponyms.fold import fold

CASES = Path(__file__).parent / "cases"
LANGS = ("en", "ru", "hy", "az")
TARGET = 0.95


def cases(folder: str, lang: str) -> list[dict]:
    """The cases of one language of one set (``real``, ``heldout``, ``heldout2``)."""
    return yaml.safe_load((CASES / folder / f"{lang}.yaml").read_text(encoding="utf-8")) or []


def items(case: dict) -> list[tuple[str, str, int]]:
    """A case's expected (text, id, skip) items."""
    return [(e["text"], e["id"], int(e.get("skip", 0))) for e in case.get("expect") or []]


def whole_word(text: str, i: int, n: int) -> bool:
    """Whether text[i:i + n] stands as a whole word (no letter or digit touching either end)."""
    return not ((i > 0 and text[i - 1].isalnum()) or text[i + n:i + n + 1].isalnum())


def spans(text: str, items: list[tuple[str, str]] | list[tuple[str, str, int]]) -> list[tuple[int, int, str]]:
    """(start, end, id) triples; expected spans are located left to right in the text, as a whole word where
    there is one ("Հադրութ" is not the start of "Հադրութի"; copy with a lost space, "QubadlıLaçının", still
    finds "Qubadlı"). An item's optional third field (``skip`` in the YAML) passes over that many earlier
    whole-word occurrences that are not the place ("the Agarak Copper Molybdenum Combine ... residents of
    Agarak": skip 1)."""
    out, pos = [], 0
    for item in items:
        t, pid = item[0], item[1]
        skip = item[2] if len(item) > 2 else 0  # type: ignore[misc]
        i = text.find(t, pos)
        while i >= 0 and (not whole_word(text, i, len(t)) or skip > 0):
            if whole_word(text, i, len(t)):
                skip -= 1
            i = text.find(t, i + 1)
        if i < 0:
            assert len(item) < 3 or not item[2], f"expected span {t!r} (skip {item[2]}) not found in {text!r}"  # type: ignore[misc]
            i = text.find(t, pos)
        assert i >= 0, f"expected span {t!r} not found in order in {text!r}"
        out.append((i, i + len(t), pid))
        pos = i + len(t)
    return out


def inflected(gz: Gazetteer, span: str, pid: str) -> bool:
    """True when the expected span is not itself a stored form of its place (it carries an inflection)."""
    p = gz.get(pid)
    if p is None:
        return False
    key = fold(unicodedata.normalize("NFC", span))
    return all(fold(n.text) != key for n in p.names)


@dataclass(frozen=True)
class Score:
    p: float
    r: float
    tp: int
    fp: int
    fn: int
    inflected_recall: float
    inflected: int
    diffs: list[str]

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def score(gz: Gazetteer, folder: str, lang: str) -> Score:
    """(span, place) precision and recall of ``gz.annotate`` on one language of one set."""
    tp = fp = fn = itp = ifn = 0
    diffs = []
    for c in cases(folder, lang):
        exp = set(spans(c["text"], items(c)))
        got = {(m.start, m.end, m.place.id) for m in gz.annotate(c["text"])}
        tp += len(exp & got)
        fp += len(got - exp)
        fn += len(exp - got)
        for s, e, pid in exp:
            if inflected(gz, c["text"][s:e], pid):
                itp += (s, e, pid) in got
                ifn += (s, e, pid) not in got
        diffs += [f"  FP {c['text'][s:e]!r} -> {pid}   [{c['source']}]" for s, e, pid in sorted(got - exp)]
        diffs += [f"  FN {c['text'][s:e]!r} -> {pid}   [{c['source']}]" for s, e, pid in sorted(exp - got)]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    ir = itp / (itp + ifn) if itp + ifn else 1.0
    return Score(p, r, tp, fp, fn, ir, itp + ifn, diffs)


def table(gz: Gazetteer, folder: str) -> str:
    """Per-language P, R, F1, counts and inflected recall, as printed by the tests."""
    rows = ["lang      P      R     F1   tp  fp  fn   infl-R (n)"]
    for lg in LANGS:
        s = score(gz, folder, lg)
        rows.append(f"{lg:4} {s.p:6.3f} {s.r:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:3} {s.fn:3}   {s.inflected_recall:5.3f} ({s.inflected})")
    return "\n".join(rows)
