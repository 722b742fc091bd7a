"""The annotator's word lists, read from ``lexicon/*.yaml`` in each gazetteer folder.

These are data, not rules: names that are also common words or given names of a language, neighbour words that
make a name something else (the football club Qarabağ, the poet Füzuli), stems of well-known places the gazetteer
does not hold, towns named like a lake, monuments named like a village, and the place ids that make up the wide regions used to break ties. The
rules that read them are in ``toponyms.match`` and ``toponyms.variants``. Every folder given to ``load()`` may add
a ``lexicon/`` of its own: its entries extend the bundled ones (``gazetteer/README.md`` shows the file shape).
Words are stored as written and folded here with the one ``fold`` that data and queries share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .data import GazetteerError, default_path, load_yaml
from .fold import fold
from .model import LANGS

__all__ = ["Lexicon", "read_lexicon", "parse_lexicon", "lexicon_files", "unknown_ids", "repeats", "bundled_lexicon",
           "SECTIONS", "REGIONS"]

#: The sections a lexicon file may hold, and what each is.
SECTIONS = {
    "common_words": "language -> words: names that are also common words (support needed at a sentence start)",
    "personal_names": "language -> words: given names, surnames and titles that are village names (support needed)",
    "unheld_namesakes": "language -> words: names a stored place shares with a better-known place the gazetteer "
                        "lacks (support needed)",
    "given_names": "language -> words: given names that make the capitalized name right after them a family name",
    "foreign_stems": "words: stems of well-known places outside the gazetteer, never taken as a variant spelling",
    "not_a_place": "rules: names, and the neighbour words before or after them that make the name something else",
    "lake_towns": "place ids: towns named like a lake; the bare name is the lake",
    "monuments": "place id -> words: a monument that bears the place's name, and the words of its other name; in a "
                 "text that names the monument so, the place's name with no settlement noun is the monument",
    "lake_names": "language -> names: names a town shares with a lake; in copy of that language the bare name is "
                  "the lake",
    "district_readings": "language -> place ids: districts whose name, in copy of that language, means the district "
                         "rather than its centre town when nothing in the text decides",
    "regions": "region -> {ids, parents_of_units, units}: the wide regions (kb, am) that break ties",
}
#: The wide regions: ``kb`` (Nagorno-Karabakh and Azerbaijan's Karabakh and East Zangezur districts) and ``am``
#: (Armenia's provinces on the border, and Yerevan).
REGIONS = ("kb", "am")
_RULE_KEYS = ("names", "before", "after", "day_before", "day_after", "why")
_REGION_KEYS = ("ids", "parents_of_units", "units")


@dataclass(frozen=True, slots=True)
class Region:
    """The places of a wide region: these ids, every place of a unit listed, every place of a unit whose parent
    is listed."""

    ids: frozenset[str] = frozenset()
    parents_of_units: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists, folded. Merging (``|``) takes the union of every list. The mappings are plain dicts (a
    Gazetteer and its lexicon pickle to worker processes); treat them as read-only."""

    common_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    personal_names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: lang -> folded names of stored places that a better-known place the gazetteer lacks also bears (Կիրանց:
    #: the Tavush village, not the Dashkasan settlement WOF names so): like given names, they need support
    unheld_namesakes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: lang -> folded given names: the capitalized name right after one is a family name ("İsmayıl Nəsibli")
    given_names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    foreign_stems: tuple[str, ...] = ()
    #: folded name -> (folded words before, folded words after)
    not_a_place: Mapping[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    lake_towns: frozenset[str] = frozenset()
    #: place id -> folded words of the other name of a monument that bears the place's name (karahunj: Zorats)
    monuments: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: lang -> folded names a town shares with a lake that copy of that language names bare far more often
    lake_names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: lang -> ids of districts whose shared name, in that language's copy, reads as the district by default
    district_readings: Mapping[str, frozenset[str]] = field(default_factory=dict)
    regions: Mapping[str, Region] = field(default_factory=dict)

    def __or__(self, other: Lexicon) -> Lexicon:
        def words(a: Mapping[str, frozenset[str]], b: Mapping[str, frozenset[str]]) -> Mapping[str, frozenset[str]]:
            return {k: a.get(k, frozenset()) | b.get(k, frozenset()) for k in {*a, *b}}

        nap = dict(self.not_a_place)
        for k, (b, a) in other.not_a_place.items():
            ob, oa = nap.get(k, (frozenset(), frozenset()))
            nap[k] = (ob | b, oa | a)
        regions = dict(self.regions)
        for k, r in other.regions.items():
            o = regions.get(k, Region())
            regions[k] = Region(o.ids | r.ids, o.parents_of_units | r.parents_of_units, o.units | r.units)
        return Lexicon(
            common_words=words(self.common_words, other.common_words),
            personal_names=words(self.personal_names, other.personal_names),
            unheld_namesakes=words(self.unheld_namesakes, other.unheld_namesakes),
            given_names=words(self.given_names, other.given_names),
            foreign_stems=self.foreign_stems + tuple(s for s in other.foreign_stems if s not in self.foreign_stems),
            not_a_place=nap,
            lake_towns=self.lake_towns | other.lake_towns,
            monuments=words(self.monuments, other.monuments),
            lake_names=words(self.lake_names, other.lake_names),
            district_readings=words(self.district_readings, other.district_readings),
            regions=regions,
        )

    def is_common(self, key: str, lang: str) -> bool:
        """Whether the folded ``key`` is a common word, a given name or an unheld place's name in ``lang``."""
        return self.common_in(key, lang) or self.needs_support(key, lang)

    def common_in(self, key: str, lang: str) -> bool:
        """Whether the folded ``key`` is a common word of ``lang``; an English (Latin-script) name's key counts as
        Azerbaijani too, since Azerbaijani copy is written in the same letters ("Ort’a", a romanization of the
        Armenian name of Orta Günəypəyə, matches orta, "middle": "Orta əsrlər"; its apostrophe is left out here, as
        the matcher may leave it out of the copy)."""
        if key in self.common_words.get(lang, ()):
            return True
        if lang != "en":
            return False
        az = self.common_words.get("az", ())
        return key in az or ("'" in key and key.replace("'", "") in az)

    def needs_support(self, key: str, lang: str) -> bool:
        """Whether the folded ``key`` needs another mention of its area anywhere in a text: a given name, or the
        name of a better-known place the gazetteer lacks."""
        return key in self.personal_names.get(lang, ()) or key in self.unheld_namesakes.get(lang, ())


def lexicon_files(folder: Path) -> list[Path]:
    """The lexicon files of a gazetteer folder (``lexicon/*.yaml``, sorted); none is fine."""
    d = Path(folder) / "lexicon"
    return sorted(p for p in d.glob("*.yaml") if p.is_file()) if d.is_dir() else []


def _strs(v: Any, where: str) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        raise GazetteerError(f"{where}: must be a list of non-empty strings")
    return v


def _by_lang(v: Any, where: str, what: str = "words", conv: Callable[[str], str] = fold) -> dict[str, frozenset[str]]:
    """language -> the set of its list's items, each through ``conv`` (words are folded; place ids are kept)."""
    if not isinstance(v, dict):
        raise GazetteerError(f"{where}: must map a language ({', '.join(LANGS)}) to a list of {what}")
    out = {}
    for lang, items in v.items():
        if lang not in LANGS:
            raise GazetteerError(f"{where}: unknown language {lang!r}; use one of {', '.join(LANGS)}")
        out[lang] = frozenset(conv(x) for x in _strs(items, f"{where}.{lang}"))
    return out


def _words_by_id(v: Any, where: str) -> dict[str, frozenset[str]]:
    """place id -> the set of its list's words, folded."""
    if not isinstance(v, dict):
        raise GazetteerError(f"{where}: must map a place id to a list of words")
    return {str(pid): frozenset(fold(x) for x in _strs(items, f"{where}.{pid}")) for pid, items in v.items()}


def _ids_by_lang(v: Any, where: str) -> dict[str, frozenset[str]]:
    return _by_lang(v, where, "place ids", str)


def _days(v: Any, where: str) -> list[str]:
    """``day_before: true`` is the day numbers 1-31; ``day_after: ["", "ին"]`` each day number with each ending."""
    if v is True:
        return [str(d) for d in range(1, 32)]
    return [f"{d}{s}" for d in range(1, 32) for s in _strs_or_empty(v, where)]


def _strs_or_empty(v: Any, where: str) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise GazetteerError(f"{where}: must be true or a list of endings (\"\" for the bare day number)")
    return v


def _rules(v: Any, where: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    if not isinstance(v, list):
        raise GazetteerError(f"{where}: must be a list of rules (- names: [...], before: [...], after: [...])")
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for i, r in enumerate(v):
        w = f"{where}[{i}]"
        if not isinstance(r, dict) or "names" not in r:
            raise GazetteerError(f"{w}: a rule is a mapping with names and before and/or after")
        extra = set(r) - set(_RULE_KEYS)
        if extra:
            raise GazetteerError(f"{w}: unknown key {sorted(extra)[0]!r}; a rule has {', '.join(_RULE_KEYS)}")
        before = _strs(r["before"], f"{w}.before") if r.get("before") else []
        after = _strs(r["after"], f"{w}.after") if r.get("after") else []
        if "day_before" in r:
            before = before + _days(r["day_before"], f"{w}.day_before")
        if "day_after" in r:
            after = after + _days(r["day_after"], f"{w}.day_after")
        if not before and not after:
            raise GazetteerError(
                f"{w}: a rule needs words before or after the name (before:, after:, day_before:, day_after:)")
        b = frozenset(fold(x) for x in before)
        a = frozenset(fold(x) for x in after)
        for n in _strs(r["names"], f"{w}.names"):
            k = fold(n)
            ob, oa = out.get(k, (frozenset(), frozenset()))
            out[k] = (ob | b, oa | a)
    return out


def _regions(v: Any, where: str) -> dict[str, Region]:
    if not isinstance(v, dict):
        raise GazetteerError(f"{where}: must map a region ({', '.join(REGIONS)}) to ids, parents_of_units and units")
    out = {}
    for name, r in v.items():
        w = f"{where}.{name}"
        if name not in REGIONS:
            raise GazetteerError(f"{w}: unknown region; use one of {', '.join(REGIONS)}")
        if not isinstance(r, dict) or set(r) - set(_REGION_KEYS):
            raise GazetteerError(f"{w}: must be a mapping with {', '.join(_REGION_KEYS)} (lists of place ids)")
        out[name] = Region(*(frozenset(_strs(r.get(k) or [], f"{w}.{k}")) for k in _REGION_KEYS))
    return out


def parse_lexicon(path: Path) -> Lexicon:
    """One lexicon file. Raises GazetteerError naming the file and the section when a value is unusable."""
    doc = load_yaml(path)
    if doc is None:
        return Lexicon()
    if not isinstance(doc, dict):
        raise GazetteerError(f"{path}: a lexicon file is a mapping of sections ({', '.join(SECTIONS)})")
    unknown = set(doc) - set(SECTIONS)
    if unknown:
        raise GazetteerError(f"{path}: unknown section {sorted(unknown)[0]!r}; use {', '.join(SECTIONS)}")
    parsers: dict[str, Callable[[Any, str], Any]] = {
        "common_words": _by_lang,
        "personal_names": _by_lang,
        "unheld_namesakes": _by_lang,
        "given_names": _by_lang,
        "foreign_stems": lambda v, w: tuple(dict.fromkeys(fold(x) for x in _strs(v, w))),
        "not_a_place": _rules,
        "lake_towns": lambda v, w: frozenset(_strs(v, w)),
        "monuments": _words_by_id,
        "lake_names": _by_lang,
        "district_readings": _ids_by_lang,
        "regions": _regions,
    }
    return Lexicon(**{k: parse(doc[k], f"{path}: {k}") for k, parse in parsers.items() if k in doc})


def read_lexicon(folders: Iterable[Path]) -> Lexicon:
    """The merged lexicon of the folders' ``lexicon/*.yaml`` (later folders extend earlier ones)."""
    out = Lexicon()
    for folder in folders:
        for path in lexicon_files(folder):
            out = out | parse_lexicon(path)
    return out


@cache
def bundled_lexicon() -> Lexicon:
    """The lexicon shipped with the bundled gazetteer (read once per process)."""
    return read_lexicon([default_path()])


def unknown_ids(lex: Lexicon, known_ids: set[str]) -> Iterator[str]:
    """A message for each place id of ``lex`` (lake_towns, monuments, district_readings, regions) that no record
    has."""
    refs = [("lake_towns", lex.lake_towns), ("monuments", frozenset(lex.monuments))] + [
        (f"district_readings.{lang}", ids) for lang, ids in sorted(lex.district_readings.items())] + [
        (f"regions.{name}.{k}", getattr(r, k)) for name, r in lex.regions.items() for k in _REGION_KEYS]
    for section, ids in refs:
        for pid in sorted(ids - known_ids):
            yield f"{section}: {pid!r} is not the id of any record"


def repeats(path: Path) -> Iterator[str]:
    """A message for each entry a lexicon file gives twice: a word listed twice for one language (as folded: ``Laçın``
    and ``laçın`` are one word), and a ``not_a_place`` name given the same word before or after it by two rules.
    A repeat changes nothing the annotator does, so parse_lexicon accepts it; ``toponyms validate`` reports it, since
    a rule written twice is usually one edited in one place and left stale in the other."""
    doc = load_yaml(path)
    if not isinstance(doc, dict):
        return
    for section, v in doc.items():
        if section in ("not_a_place", "regions", "monuments") or not isinstance(v, dict):
            continue
        for lang, items in v.items():
            seen: dict[str, str] = {}
            for x in items if isinstance(items, list) else []:
                if isinstance(x, str) and (k := fold(x)) in seen:
                    also = "" if seen[k] == x else f" (as {seen[k]!r} too: one word, folded)"
                    yield f"{section}.{lang}: {x!r} is listed twice{also}; remove one"
                elif isinstance(x, str):
                    seen[k] = x
    rules = doc.get("not_a_place")
    if not isinstance(rules, list):
        return
    said: dict[tuple[str, str, str], int] = {}
    for i, r in enumerate(rules):
        if not isinstance(r, dict) or not isinstance(r.get("names"), list):
            continue
        for side in ("before", "after"):
            for w in r.get(side) or []:
                for n in r["names"]:
                    if not (isinstance(w, str) and isinstance(n, str)):
                        continue
                    key = (fold(n), side, fold(w))
                    if key in said and said[key] == i:
                        yield f"not_a_place[{i}].{side}: {w!r} is listed twice (one word, folded); remove one"
                    elif key in said:
                        yield (f"not_a_place[{i}]: {n!r} with {w!r} {side} it is already in not_a_place[{said[key]}]; "
                               "keep it in one rule")
                    else:
                        said[key] = i
