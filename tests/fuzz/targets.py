"""Fuzz oracles shared by the atheris scripts and the hypothesis runs in test_fuzz.py.

Each takes bytes and raises AssertionError (or lets an unexpected exception escape) on a bug; inputs the code
rightly refuses end in the documented exception (GazetteerError, BadRecord), which is not a finding.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

os.environ.setdefault("TOPONYMS_NO_CACHE", "1")

import toponyms  # noqa: E402
from toponyms import batch  # noqa: E402
from toponyms.data import GazetteerError, read_layers  # noqa: E402
from toponyms.gazetteer import Gazetteer  # noqa: E402

_G = None
_DIR = Path(tempfile.mkdtemp(prefix="toponyms-fuzz-"))
LANG_CHOICES = (None, ("az",), ("hy",), ("ru",), ("en",), ("ru", "en"))


def gazetteer() -> Gazetteer:
    global _G
    if _G is None:
        _G = toponyms.load()
        _G.matcher  # noqa: B018
    return _G


def check_mentions(text: str, mentions: list) -> None:
    """Spans in bounds, sorted, non-overlapping, and each one's text is the caller's own slice."""
    last = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
        assert m.start >= last, "overlapping or unsorted mentions"
        assert text[m.start : m.end] == m.text, (text[m.start : m.end], m.text)
        last = m.end


def annotate_one(data: bytes, *, g: Gazetteer | None = None) -> None:
    g = g or gazetteer()
    if not data:
        return
    mode = data[0]
    text = data[1:].decode("utf-8", "replace")
    langs = LANG_CHOICES[mode % len(LANG_CHOICES)]
    fuzzy = bool(mode & 0x80)
    ms = g.annotate(text, langs=langs, fuzzy=fuzzy)
    check_mentions(text, ms)
    if langs:
        assert all(m.lang in langs for m in ms), [m.lang for m in ms]
    # the same text as a JSONL record: same mentions, other fields intact
    line = json.dumps({"k": 1, "text": text}, ensure_ascii=bool(mode & 1))
    out = json.loads(batch.annotate_line(line, "fuzz:1", batch.Options(langs=langs, fuzzy=fuzzy)))
    assert out["k"] == 1 and out["text"] == text
    assert out["toponyms"] == [m.to_dict() for m in ms]


def yaml_one(data: bytes) -> None:
    """Hostile gazetteer bytes: either places (then annotate must work with them) or one GazetteerError."""
    (_DIR / "regions.yaml").write_bytes(data)
    try:
        g = read_layers([_DIR], Gazetteer)
    except GazetteerError as e:
        # (a one-line message is checked in test_hostile; yaml.ReaderError messages span two lines, reported)
        return
    for p in g:
        g.get(p.id)
        for n in p.names:
            ms = g.annotate(f"in {n.text}, near {n.text.upper()}.")
            check_mentions(f"in {n.text}, near {n.text.upper()}.", ms)
