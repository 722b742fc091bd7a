"""The Gazetteer: places by id, by any name (``lookup``), by fuzzy query (``search``), and the cached ``load``."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .data import default_path, read_layers
from .fold import fold
from .model import Candidate, Mention, Name, Place

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .match import Matcher
    from .model import Finding
    from .style import Style

__all__ = ["Gazetteer", "load", "UnknownName", "AmbiguousName", "name_keys", "KIND_RANK"]

#: How prominent a kind of place is, for ranking homonyms (lower wins).
KIND_RANK = {
    "country": 0,
    "region": 1,
    "historical-region": 2,
    "corridor": 2,
    "city": 3,
    "province": 4,
    "town": 4,
    "district": 5,
    "village": 6,
    "settlement": 6,
    "feature": 7,
}
_ROLE_RANK = {"official": 0, "common": 0, "exonym": 1, "variant": 1, "romanization": 1, "former": 2}


class UnknownName(LookupError):
    """No place has this name. ``suggestions`` holds close names ("did you mean")."""

    def __init__(self, name: str, suggestions: list[Candidate]):
        self.name = name
        self.suggestions = suggestions
        hint = ""
        if suggestions:
            hint = "; did you mean " + ", ".join(f"{c.name.text} ({c.place.id})" for c in suggestions) + "?"
        super().__init__(f"no place is called {name!r}{hint}")


class AmbiguousName(LookupError):
    """Several equally prominent places have this name. ``candidates`` lists them, best first."""

    def __init__(self, name: str, candidates: list[Place]):
        self.name = name
        self.candidates = candidates
        ids = ", ".join(p.id for p in candidates)
        super().__init__(f"{name!r} names {len(candidates)} places: {ids}; use get(id) with one of them")


def name_keys(text: str) -> set[str]:
    """The lookup keys of a stored name: its fold, and the fold without apostrophes or with hyphens as spaces
    (Step'anakert = Stepanakert, Nagorno Karabakh = Nagorno-Karabakh)."""
    k = fold(text)
    keys = {k}
    if "'" in k:
        keys.add(k.replace("'", ""))
    if "-" in k:
        keys.add(k.replace("-", " "))
        keys.add(k.replace("-", ""))
    return {x for x in keys if x}


def _ascii_key(key: str) -> str:
    from unidecode import unidecode

    return unidecode(key.replace("ə", "e"))


class Gazetteer:
    """Every place and every name; build it with ``toponyms.load()``."""

    def __init__(self, places: tuple[Place, ...] | list[Place], *, lexicon: Lexicon | None = None,
                 _index: dict[str, list[tuple[Place, Name]]] | None = None):
        self.places: tuple[Place, ...] = tuple(sorted(places, key=lambda p: p.id))
        self._lexicon = lexicon
        self._by_id = {p.id: p for p in self.places}
        if _index is None:
            _index = {}
            for p in self.places:
                for n in p.names:
                    for k in name_keys(n.text):
                        _index.setdefault(k, []).append((p, n))
        self._index = _index
        self._lock = threading.Lock()
        self._matcher: Matcher | None = None
        self._loose: dict[str, list[tuple[Place, Name]]] | None = None
        self._search_choices: tuple[list[str], list[list[tuple[Place, Name]]]] | None = None

    # -- plain access ---------------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Place]:
        return iter(self.places)

    def __len__(self) -> int:
        return len(self.places)

    def __contains__(self, pid: object) -> bool:
        return pid in self._by_id

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self.places)} places>"

    def __getstate__(self) -> dict[str, Any]:
        # Records, lexicon and the name index travel; the automaton and search table are rebuilt once per process.
        return {"places": self.places, "index": self._index, "lexicon": self._lexicon}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["places"], lexicon=state.get("lexicon"), _index=state.get("index"))  # type: ignore[misc]

    @property
    def lexicon(self) -> Lexicon:
        """The annotator's word lists (``toponyms.lexicon``): the bundled ``gazetteer/lexicon/*.yaml``, extended by
        each folder given to ``load()``; a Gazetteer built from records alone uses the bundled lists."""
        if self._lexicon is None:
            from .lexicon import bundled_lexicon

            self._lexicon = bundled_lexicon()
        return self._lexicon

    def get(self, pid: str) -> Place | None:
        """The place with this id, or None."""
        return self._by_id.get(pid)

    def children(self, pid: str) -> list[Place]:
        """The places whose unit or parent is ``pid``."""
        return [p for p in self.places if (p.unit == pid or p.parent == pid) and p.id != pid]

    # -- lookup by name ---------------------------------------------------------------------------------------
    def exact_matches(self, name: str) -> list[tuple[Place, Name]]:
        """Every (place, name record) whose name folds exactly like ``name``: no apostrophe or ASCII tolerance, one
        entry per name record, in the gazetteer's order. The annotator's view of a name; ``matches`` is a query's."""
        return list(self._index.get(fold(name), ()))

    def matches(self, name: str, *, lang: str | None = None) -> list[tuple[Place, Name]]:
        """Every (place, name record) whose name folds like ``name``, most prominent first."""
        key = fold(name)
        hits = self._index.get(key, [])
        if not hits and "'" in key:
            hits = self._index.get(key.replace("'", ""), [])
        if not hits and key.isascii():
            # Azerbaijani typed without its letters (Xankendi, Susa, Lacin): a query-only tolerance; the
            # annotator never uses it, so şüşə in copy stays far from Şuşa.
            hits = self._loose_index().get(key.replace("'", ""), [])
        if lang is not None:
            hits = [h for h in hits if h[1].lang == lang]
        best: dict[str, tuple[tuple[int, int, int, str], Place, Name]] = {}
        for p, n in hits:
            rank = self._rank(p, n)
            if p.id not in best or rank < best[p.id][0]:
                best[p.id] = (rank, p, n)
        return [(p, n) for _, p, n in sorted(best.values(), key=lambda t: t[0])]

    def _loose_index(self) -> dict[str, list[tuple[Place, Name]]]:
        if self._loose is None:
            loose: dict[str, list[tuple[Place, Name]]] = {}
            for k, hits in self._index.items():
                if not k.isascii() and any(n.lang == "az" and n.writing == "Latn" for _, n in hits):
                    a = _ascii_key(k).replace("'", "")
                    if a not in self._index:
                        loose.setdefault(a, []).extend((p, n) for p, n in hits if n.lang == "az")
            self._loose = loose
        return self._loose

    def _rank(self, p: Place, n: Name) -> tuple[int, int, int, str]:
        return (_ROLE_RANK.get(n.role, 1), KIND_RANK.get(p.kind, 9), 0 if p.status == "current" else 1, p.id)

    def lookup(self, name: str, *, lang: str | None = None) -> Place:
        """The place called ``name`` in any script, spelling or case.

        Where several places share the name, the most prominent wins (a current official name over a former
        one, a city over a village, a district's centre over the district); raises AmbiguousName (a
        LookupError listing the candidates) when they tie, and UnknownName (a LookupError with suggestions)
        when no place has the name.
        """
        found = self.matches(name, lang=lang)
        if not found:
            raise UnknownName(name, self.search(name, limit=3))
        if len(found) == 1:
            return found[0][0]
        places = [p for p, _ in found]
        top = self._rank(*found[0])[:3]
        tied = [p for p, n in found if self._rank(p, n)[:3] == top]
        if len(tied) > 1:
            centres = {p.centre for p in tied if p.centre}
            tied = [p for p in tied if p.id in centres] or tied
        if len(tied) > 1:
            raise AmbiguousName(name, places)
        return tied[0]

    # -- fuzzy search -------------------------------------------------------------------------------------
    def _choices(self) -> tuple[list[str], list[list[tuple[Place, Name]]]]:
        if self._search_choices is None:
            by_key: dict[str, list[tuple[Place, Name]]] = {}
            for k, hits in self._index.items():
                by_key.setdefault(k, []).extend(hits)
                a = _ascii_key(k)
                if a != k:
                    by_key.setdefault(a, []).extend(hits)
            keys = sorted(by_key)
            self._search_choices = (keys, [by_key[k] for k in keys])
        return self._search_choices

    def search(self, query: str, *, limit: int = 5, cutoff: float = 70.0) -> list[Candidate]:
        """Places whose names resemble ``query`` (typos, missing diacritics, other romanizations), best first.

        Scores are 0–100 (rapidfuzz WRatio on folded names); ties are broken by prominence, then id, so the
        order is stable. Returns [] when nothing scores ``cutoff`` or more.
        """
        from rapidfuzz import fuzz, process

        q = fold(query)
        if not q or limit <= 0:
            return []
        keys, hits = self._choices()
        best: dict[str, tuple[float, Place, Name]] = {}
        for qk in {q, _ascii_key(q)}:
            for _, score, i in process.extract(qk, keys, scorer=fuzz.WRatio, limit=limit * 8 + 20, score_cutoff=cutoff):
                # Whole-string similarity breaks WRatio's partial-match ties ("shushi" vs "shushikend").
                score = 0.6 * score + 0.4 * fuzz.ratio(qk, keys[i])
                if score < cutoff:
                    continue
                for p, n in hits[i]:
                    if p.id not in best or score > best[p.id][0]:
                        best[p.id] = (score, p, n)
        ranked = sorted(best.values(), key=lambda t: (-round(t[0], 1), self._rank(t[1], t[2])))
        return [Candidate(p, n, round(s, 1)) for s, p, n in ranked[:limit]]

    # -- text ---------------------------------------------------------------------------------------------
    @property
    def matcher(self) -> Matcher:
        """The compiled annotator, built on first use (once per process)."""
        if self._matcher is None:
            with self._lock:
                if self._matcher is None:
                    from .match import Matcher

                    self._matcher = Matcher(self)
        return self._matcher

    def annotate(
        self,
        text: str,
        *,
        langs: Iterable[str] | str | None = None,
        fuzzy: bool = False,
        kinds: Iterable[str] | None = None,
        derived: bool = False,
        variants: bool = True,
    ) -> list[Mention]:
        """Every place name in ``text``: non-overlapping, leftmost-longest, offsets into ``text`` itself.

        ``langs`` keeps forms of those languages only; ``fuzzy`` adds scored misspellings of longer names;
        ``kinds`` the kinds of place to report (default: all but ``country``); ``derived`` adds derived
        words (Шушинский, Şuşalı, Շուշեցի); ``variants`` (on by default) adds unstored spellings of stored
        names that context confirms (``how="variant"``). The rules are documented in ``toponyms.match`` and
        ``toponyms.variants``.
        """
        return self.matcher.annotate(text, langs=langs, fuzzy=fuzzy, kinds=kinds, derived=derived,
                                     variants=variants)

    def check(self, text: str, style: str | Style = "dual", *, path: str = "<text>") -> list[Finding]:
        """House-style findings for ``text`` under ``style`` (a built-in name, a YAML path or a Style)."""
        from .style import check

        return check(self, text, style, path=path)

    def normalize(self, text: str, style: str | Style = "dual") -> str:
        """``text`` with place names rewritten to ``style``; everything else is left byte for byte."""
        from .style import normalize

        return normalize(self, text, style)


_cache: dict[tuple[str, ...], Gazetteer] = {}
_cache_lock = threading.Lock()


def load(*paths: str | Path, bundled: bool = True) -> Gazetteer:
    """The bundled gazetteer, extended or overridden by extra folders (later folders win, record by record;
    a folder's ``lexicon/*.yaml`` extends the annotator's word lists).

    Cached per argument list: calling ``load()`` again is free. Raises GazetteerError (a ValueError naming
    the file and line) when a folder or file cannot be read.
    """
    from .lexicon import read_lexicon

    folders = ([default_path()] if bundled else []) + [Path(p) for p in paths]
    key = tuple(str(f.resolve()) for f in folders)
    with _cache_lock:
        g = _cache.get(key)
        if g is None:
            g = read_layers(folders, Gazetteer)
            g._lexicon = read_lexicon(folders)  # a few hundred words: read each time, not part of the cached pickle
            _cache[key] = g
    return g
