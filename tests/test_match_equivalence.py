"""Differential check: the annotator against its previous implementation (bench/reference/match_v0.py with
bench/reference/fold_v0.py, the overlapping-automaton matcher before the leftmost-longest engine), on >= 10,000
varied texts (the bench corpora in chunks, the case files, and generated copy with inflections, odd spacing,
punctuation, look-alike letters, marks, hyphenated line breaks and lone surrogates), under several option sets.
The outputs must be identical, mention for mention (every field). The variant pass (toponyms.variants) came
later and is not in the reference: it is switched off here and tested on its own (tests/test_variants.py)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import yaml

import toponyms
from toponyms.fold import fold_map
from toponyms.match import Matcher
from toponyms.morphology import TAGS, inflect

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench" / "reference"))
sys.path.insert(0, str(ROOT / "bench"))

import fold_v0  # noqa: E402
import match_v0  # noqa: E402

G = toponyms.load()
NEW = Matcher(G)
OLD = match_v0.Matcher(G)

OPTIONS = (
    {},
    {"derived": True},
    {"kinds": ("country", "city", "town", "village", "district", "region", "historical-region", "province")},
    {"langs": ("hy",)},
    {"langs": ("ru", "az")},
)

NOISE = [" ", " ", " ", "  ", "\n", "\n\n", "-\n", "- \n", "\u00a0", ", ", ". ", "։ ", "՝ ", "«", "»", "“", "”", "(", ")",
         ": ", "'", "’", "-", "—", "\u00ad", "\u200b", "\u0301", "ı", "İ", "և", "եւ", "№", "°", "×", "·", "\t", "՞",
         "x", "а", "б", "z", "я", "ə", "rayonu", "district", "District", "районов", "района", "շրջան", "village",
         "kəndi", "city", "şəhəri", "and", "və", "и", "ու", "the regions of ", "rayonları: ", "wine", "FK", "poet",
         "1", "_", "\ud800", "\u0483", "\u1680", "\u2003", "Шушинский", "Şuşalı", "şəlaləsi", "river", "गाँव"]


def _names() -> list[tuple[str, str]]:
    out = []
    for p in G.places:
        for n in p.names:
            out.append((n.text, n.lang))
    return sorted(set(out))


def _generated(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    names = _names()
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 14)):
            r = rnd.random()
            if r < 0.45:
                t, lang = rnd.choice(names)
                if rnd.random() < 0.4 and lang in TAGS:
                    t = inflect(t, lang, rnd.choice(TAGS[lang])) or t
                if rnd.random() < 0.15:
                    t = t.lower() if rnd.random() < 0.5 else t.upper()
                if rnd.random() < 0.1:
                    t = t + rnd.choice(["'da", "'s", "-based", "’s", "da", "dan", "ում", "ի", "е", "ского", "lı"])
                parts.append(t)
            else:
                parts.append(rnd.choice(NOISE))
        texts.append("".join(parts))
    return texts


def _case_texts() -> list[str]:
    out = []
    subs = ["annotate", "real"] + sorted(d.name for d in (ROOT / "tests" / "cases").glob("heldout*"))
    for sub in subs:
        for f in sorted((ROOT / "tests" / "cases" / sub).glob("*.yaml")):
            for c in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
                if isinstance(c, dict) and c.get("text"):
                    out.append(c["text"])
    return out


def _bench_chunks(limit_bytes: int) -> list[str]:
    import bench_annotate as B

    news = B.build_news_corpus(G, limit_bytes / 1e6, 7)
    dense = B.build_corpus(G, limit_bytes / 1e6, 7)
    out = []
    for corpus in (news, dense):
        paras = corpus.split("\n\n")
        for i in range(0, len(paras), 3):
            out.append("\n\n".join(paras[i:i + 3]))
    return out


def _diff(texts: list[str], opts: dict) -> list[str]:
    bad = []
    for t in texts:
        a = OLD.annotate(t, **opts)
        b = NEW.annotate(t, variants=False, **opts)
        if a != b:
            bad.append(t)
    return bad


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _generated(10_000, 1) + _case_texts() + _bench_chunks(400_000)


def test_enough_texts(texts):
    assert len(texts) >= 10_000


@pytest.mark.parametrize("opts", OPTIONS, ids=lambda o: ",".join(o) or "default")
def test_same_mentions(texts, opts):
    bad = _diff(texts, opts)
    assert not bad, f"{len(bad)} texts differ, first: {bad[0]!r}"


def test_same_mentions_fuzzy(texts):
    bad = _diff(texts[::10], {"fuzzy": True})
    assert not bad, f"{len(bad)} texts differ, first: {bad[0]!r}"


def test_same_mentions_whole_corpus():
    import bench_annotate as B

    text = B.build_news_corpus(G, 1.0, 3)
    assert OLD.annotate(text) == NEW.annotate(text, variants=False)
    text = B.build_corpus(G, 1.0, 3)
    assert OLD.annotate(text) == NEW.annotate(text, variants=False)


def test_fold_map_unchanged(texts):
    for t in texts[::3]:
        a, b = fold_v0.fold_map(t), fold_map(t)
        assert (a.key, a.segments) == (b.key, b.segments)
