"""Reading gazetteer files: where the bundled data lives, YAML to records, and the compiled cache.

This is the only module that reads files. ``read_folder`` parses YAML with libyaml's C loader when present;
``read_layers`` merges folders (later ones extend or override earlier ones) and caches the result as a pickle
keyed on every file's path, size and modification time, so start-up does not re-parse unchanged YAML.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import yaml

from .model import Name, Place

__all__ = ["default_path", "GazetteerError", "RawRecord", "yaml_files", "load_yaml", "parse_file", "read_layers",
           "to_place"]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CACHE_VERSION = "2"
T = TypeVar("T")


class GazetteerError(ValueError):
    """Gazetteer data that cannot be read: names the file, line and record, and says how to fix it."""


def default_path() -> Path:
    """The gazetteer shipped in the wheel, or the checkout's own in development (editable install)."""
    packaged = files("toponyms") / "gazetteer"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "gazetteer"


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One YAML record as read, with where it came from (for messages and validation)."""

    file: str
    line: int
    data: dict[str, Any]


def yaml_files(folder: Path) -> list[Path]:
    """The data files of a gazetteer folder: ``regions.yaml`` and ``places/*.yaml`` (sorted), any other
    top-level ``*.yaml`` too. ``styles/`` and ``lexicon/`` are not place data."""
    folder = Path(folder)
    if not folder.exists():
        raise GazetteerError(f"{folder}: no such folder (give a gazetteer folder holding places/*.yaml)")
    if not folder.is_dir():
        raise GazetteerError(f"{folder}: not a folder (give a gazetteer folder holding places/*.yaml)")
    out = sorted(p for p in folder.glob("*.yaml") if p.is_file())
    places = folder / "places"
    if places.is_dir():
        out += sorted(p for p in places.glob("*.yaml") if p.is_file())
    return out


class _UniqueKeyLoader(_Loader):  # type: ignore[misc, valid-type]
    """Refuses a key given twice in one mapping (YAML would keep the last silently: a second ``lat:`` in a record
    replaces the first, a second ``karkijahan:`` in tools/attested_names.yaml drops the first one's forms)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for k, _v in node.value:
            if isinstance(k, yaml.ScalarNode):
                if k.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key {k.value!r} is given twice in one mapping (keep one)", k.start_mark)
                seen.add(k.value)
        return super().construct_mapping(node, deep=deep)


class _LineLoader(_UniqueKeyLoader):
    """Records each mapping's line (1-based) under the key ``__line__`` (and refuses a key given twice)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _check_aliases(text: str, path: str) -> None:
    """Reject YAML anchors/aliases: gazetteer data needs none, and alias bombs blow up memory."""
    if "&" not in text and "*" not in text:
        return
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 1 if event.start_mark else 0
            raise GazetteerError(f"{path}:{line}: YAML aliases (*name) are not allowed in gazetteer data; write the value out")


def load_yaml(path: Path, *, with_lines: bool = False, unique_keys: bool = False) -> Any:
    """The document of one YAML file of a gazetteer folder (the C loader where present; no aliases; each mapping's
    line under ``__line__`` with ``with_lines``, which also refuses a key given twice in one mapping, as
    ``unique_keys`` alone does). Raises GazetteerError (file:line: message) when it cannot be read or parsed."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise GazetteerError(f"{name}: cannot read: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise GazetteerError(f"{name}: not UTF-8 at byte {e.start}; save the file as UTF-8") from None
    try:
        _check_aliases(text, name)
        loader = _LineLoader if with_lines else _UniqueKeyLoader if unique_keys else _Loader
        return yaml.load(text, Loader=loader)  # noqa: S506 - safe loader subclass
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        raise GazetteerError(f"{name}:{line}: malformed YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        first = " ".join(str(e).split())  # e.g. ReaderError (a control character) spans several lines
        raise GazetteerError(f"{name}: malformed YAML: {first}") from None


def parse_file(path: Path, *, with_lines: bool = False) -> list[RawRecord]:
    """The records of one YAML file. Raises GazetteerError (file:line: message) on anything malformed."""
    name = str(path)
    doc = load_yaml(path, with_lines=with_lines)
    if doc is None:
        return []
    if not isinstance(doc, list):
        raise GazetteerError(f"{name}:1: the file must be a YAML list of records (- id: ...), not a {type(doc).__name__}")
    out = []
    for i, item in enumerate(doc):
        if not isinstance(item, dict):
            raise GazetteerError(f"{name}: record {i + 1} is a {type(item).__name__}, not a mapping with id, kind and names")
        line = int(item.pop("__line__", 0)) if with_lines else 0
        out.append(RawRecord(name, line, item))
    return out


def _name(d: Any, where: str) -> Name:
    if not isinstance(d, dict):
        raise GazetteerError(f"{where}: a name must be a mapping with text, lang and origin")
    d = {k: v for k, v in d.items() if k != "__line__"}
    try:
        return Name(
            text=str(d["text"]),
            lang=str(d["lang"]),
            origin=str(d["origin"]),
            role=str(d.get("role", "official")),
            script=str(d.get("script") or ""),
            scheme=_opt(d.get("scheme")),
            since=_opt(d.get("since")),
            until=_opt(d.get("until")),
            source=_opt(d.get("source")),
            note=_opt(d.get("note")),
        )
    except KeyError as e:
        raise GazetteerError(f"{where}: a name lacks {e.args[0]!r}") from None


def _opt(v: Any) -> str | None:
    return None if v is None else str(v)


def _ints(v: Any) -> tuple[int, ...]:
    if v is None:
        return ()
    if isinstance(v, (list, tuple)):
        return tuple(int(x) for x in v)
    return (int(v),)


def to_place(rec: RawRecord) -> Place:
    """A Place from a raw record. Raises GazetteerError naming file, line and id when a field is unusable."""
    d = rec.data
    pid = d.get("id")
    where = f"{rec.file}:{rec.line}: {pid}" if rec.line else f"{rec.file}: {pid}"
    if not isinstance(pid, str) or not pid:
        raise GazetteerError(f"{where}: a record lacks a string 'id'")
    names = d.get("names")
    if not isinstance(names, list) or not names:
        raise GazetteerError(f"{where}: 'names' must be a non-empty list")
    try:
        return Place(
            id=pid,
            kind=str(d.get("kind", "")),
            names=tuple(_name(n, where) for n in names),
            unit=_opt(d.get("unit")),
            parent=_opt(d.get("parent")),
            centre=_opt(d.get("centre")),
            country=_opt(d.get("country")),
            lat=None if d.get("lat") is None else float(d["lat"]),
            lon=None if d.get("lon") is None else float(d["lon"]),
            geonames=_ints(d.get("geonames")),
            wof=_ints(d.get("wof")),
            wikidata=_opt(d.get("wikidata")),
            status=str(d.get("status") or "current"),
            sources=tuple(str(s) for s in d.get("sources") or ()),
            curated=bool(d.get("curated", False)),
            note=_opt(d.get("note")),
        )
    except (TypeError, ValueError, OverflowError) as e:
        raise GazetteerError(f"{where}: {e}") from None


def _fingerprint(folders: Iterable[Path], tag: str = "") -> str:
    """The cache key: every data file's path, size and mtime, the builder's name, the Python version, and the
    size and mtime of the package's own modules (the cached index holds folded keys: a changed fold, after an
    upgrade or in a checkout, must not meet an index built by the old one)."""
    h = hashlib.sha256(f"{CACHE_VERSION}|{tag}|{sys.version_info[:2]}".encode())
    for p in sorted(Path(__file__).parent.glob("*.py")):
        st = p.stat()
        h.update(f"{p.name}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    for folder in folders:
        for p in yaml_files(folder):
            st = p.stat()
            h.update(f"{p.resolve()}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:32]


def _cache_dir() -> Path | None:
    if os.environ.get("TOPONYMS_NO_CACHE"):
        return None
    base = os.environ.get("TOPONYMS_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "toponyms"


def _read_places(folders: list[Path]) -> tuple[Place, ...]:
    merged: dict[str, Place] = {}
    for folder in folders:
        for path in yaml_files(folder):
            for rec in parse_file(path):
                place = to_place(rec)
                merged[place.id] = place  # a later folder overrides a record with the same id, whole
    return tuple(merged.values())


def read_layers(folders: list[Path], build: Callable[[tuple[Place, ...]], T] | None = None) -> T:
    """All places of the given folders, later folders overriding earlier records by id (whole records),
    passed through ``build`` (default: the tuple of places itself).

    The result is cached as a pickle keyed on every file's path, size and mtime (and ``build``'s name);
    a stale or broken cache is rebuilt. Set TOPONYMS_NO_CACHE=1 to skip it.
    """
    builder: Callable[[tuple[Place, ...]], Any] = build or (lambda places: places)
    tag = getattr(build, "__qualname__", "places") if build else "places"
    key = _fingerprint(folders, tag)
    cdir = _cache_dir()
    cfile = cdir / f"{key}.pickle" if cdir else None
    if cfile is not None and cfile.is_file():
        try:
            with open(cfile, "rb") as f:
                return pickle.load(f)  # noqa: S301 - our own cache file, keyed on the data it was built from
        except Exception:  # noqa: BLE001 - any broken cache is simply rebuilt
            pass
    result = builder(_read_places(folders))
    if cfile is not None:
        _write_cache(cfile, result)
    return result


def _write_cache(cfile: Path, obj: object) -> None:
    """Write the cache atomically; a read-only home just means no cache."""
    try:
        cfile.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cfile.parent, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cfile)
        for old in cfile.parent.glob("*.pickle"):
            if old != cfile and old.stat().st_mtime < cfile.stat().st_mtime - 3600:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def iter_records(folder: Path, *, with_lines: bool = True) -> Iterator[RawRecord]:
    """Every raw record of a folder, in file order (for validation)."""
    for path in yaml_files(folder):
        yield from parse_file(path, with_lines=with_lines)
