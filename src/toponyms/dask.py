"""Running the annotator on Dask: ``annotate_bag(bag, field="text")`` (``pip install "toponyms[dask]"``).

The gazetteer is built once per worker process: each partition asks ``_gazetteer`` for it, which keeps a
module-level cache keyed on the extra folders (``load()`` itself is cached too, and the automaton is built on
first use), so nothing but the folder names travels in the task graph.

>>> import dask.bag as db
>>> from toponyms.dask import annotate_bag
>>> bag = db.from_sequence([{"id": 1, "text": "Шуши"}], npartitions=1)
>>> annotate_bag(bag).compute()[0]["toponyms"][0]["id"]
'shusha-city'
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from .batch import ERROR_FIELD, Options, get_field
from .gazetteer import Gazetteer, load

__all__ = ["annotate_bag", "annotate_records", "annotate_lines", "annotate_texts"]

_cache: dict[tuple[str, ...], Gazetteer] = {}
_lock = threading.Lock()


def _gazetteer(paths: tuple[str, ...]) -> Gazetteer:
    g = _cache.get(paths)
    if g is None:
        with _lock:
            g = _cache.get(paths)
            if g is None:
                g = load(*paths)
                g.matcher  # noqa: B018 - build the automaton once per worker process
                _cache[paths] = g
    return g


def annotate_records(
    records: Iterable[dict[str, Any]],
    *,
    field: str = "text",
    out_field: str = "toponyms",
    langs: tuple[str, ...] | list[str] | None = None,
    fuzzy: bool = False,
    gazetteer: tuple[str, ...] = (),
    skip_bad: bool = False,
) -> Iterator[dict[str, Any]]:
    """Each record (a dict) as a new dict with the mentions (``Mention.to_dict``) under ``out_field``; the input
    is not modified. A record without a string at ``field`` (a dotted path is fine) raises ValueError, or with
    ``skip_bad`` gets ``toponyms_error`` instead; ``None`` gives no mentions."""
    from .batch import _MISSING

    g = _gazetteer(tuple(str(p) for p in gazetteer))
    lang_t = tuple(langs) if langs else None
    for rec in records:
        if not isinstance(rec, dict):
            raise TypeError(f"a record must be a dict, not {type(rec).__name__}")
        value = get_field(rec, field)
        out = dict(rec)
        if value is None:
            out[out_field] = []
        elif isinstance(value, str):
            out[out_field] = [m.to_dict() for m in g.annotate(value, langs=lang_t, fuzzy=fuzzy)]
        else:
            what = "no" if value is _MISSING else f"a {type(value).__name__}, not a string, in its"
            message = f"the record has {what} {field!r} field"
            if not skip_bad:
                raise ValueError(message)
            out[ERROR_FIELD] = message
        yield out


def annotate_texts(
    texts: Iterable[str], *, langs: tuple[str, ...] | list[str] | None = None, fuzzy: bool = False, gazetteer: tuple[str, ...] = ()
) -> Iterator[list[dict[str, Any]]]:
    """The mentions (as dicts) of each string."""
    g = _gazetteer(tuple(str(p) for p in gazetteer))
    lang_t = tuple(langs) if langs else None
    for t in texts:
        yield [m.to_dict() for m in g.annotate(t, langs=lang_t, fuzzy=fuzzy)]


def annotate_lines(
    lines: Iterable[str],
    *,
    field: str = "text",
    langs: tuple[str, ...] | list[str] | None = None,
    fuzzy: bool = False,
    gazetteer: tuple[str, ...] = (),
    skip_bad: bool = False,
) -> Iterator[str]:
    """JSONL lines in, JSONL lines out, exactly as ``toponyms annotate --format jsonl`` writes them (every other
    field byte for byte); for ``db.read_text("*.jsonl")`` bags. Raises batch.BadRecord on a bad line unless
    ``skip_bad``."""
    from . import batch

    g = _gazetteer(tuple(str(p) for p in gazetteer))
    opts = Options(field=field, langs=tuple(langs) if langs else None, fuzzy=fuzzy, skip_bad=skip_bad)
    for i, line in enumerate(lines):
        raw = line.rstrip("\r\n")
        if not raw.strip():
            yield "\n"
            continue
        try:
            yield batch._annotate_line(raw, f"<partition line {i + 1}>", opts, g)[0] + "\n"
        except batch.BadRecord as e:
            if not skip_bad:
                raise
            yield batch._bad_line(raw.encode("utf-8", "surrogatepass"), str(e), opts) + "\n"


def annotate_bag(
    bag: Any,
    *,
    field: str = "text",
    out_field: str = "toponyms",
    langs: tuple[str, ...] | list[str] | None = None,
    fuzzy: bool = False,
    gazetteer: tuple[str, ...] | list[str] = (),
    skip_bad: bool = False,
    jsonl: bool = False,
) -> Any:
    """A ``dask.bag.Bag`` annotated partition by partition, in the bag's order.

    Items that are dicts are records (``field`` names the text; a dotted path reaches into nested dicts) and come
    back as new dicts with ``out_field`` added. Strings are plain texts and come back as their lists of mentions;
    with ``jsonl=True`` they are JSONL lines (``db.read_text("*.jsonl")``) and come back as the lines
    ``toponyms annotate --format jsonl`` writes, every other field byte for byte."""
    kw = {"langs": tuple(langs) if langs else None, "fuzzy": fuzzy, "gazetteer": tuple(str(p) for p in gazetteer)}
    return bag.map_partitions(_partition, field=field, out_field=out_field, skip_bad=skip_bad, jsonl=jsonl, **kw)


def _partition(items: Iterable[Any], *, field: str, out_field: str, skip_bad: bool, jsonl: bool, **kw: Any) -> list[Any]:
    items = list(items)
    if items and isinstance(items[0], dict):
        return list(annotate_records(items, field=field, out_field=out_field, skip_bad=skip_bad, **kw))
    if jsonl:
        return list(annotate_lines(items, field=field, skip_bad=skip_bad, **kw))
    return list(annotate_texts(items, **kw))
