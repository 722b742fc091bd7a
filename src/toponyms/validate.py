"""Every rule the gazetteer data must keep. ``validate()`` is pure: it returns all problems at once, never raises.

The CLI (``toponyms validate``), the tests and CI all call this one function.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .data import GazetteerError, RawRecord, default_path, parse_file, read_layers, yaml_files
from .fold import script_of
from .lexicon import lexicon_files, parse_lexicon, repeats, unknown_ids
from .model import DEFAULT_SCRIPT, KINDS, LANGS, ORIGINS, ROLES, SCRIPTS, STATUSES, Problem

__all__ = ["validate", "SCHEMES", "SOURCES"]

SCHEMES = ("bgn-pcgn", "iso-9985", "ala-lc", "hubschmann-meillet", "iso-9", "az-2020", "press", "nkr-2005", "geonames", "soviet")
SOURCES = (
    "geonames",
    "cities500",
    "wof",
    "renamings",
    "renamings-2023",
    "former-names",
    "aghdara-2023",
    "nkr-census-2005",
    "linguistics",
    "curated",
    "derived",
)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_QID = re.compile(r"^Q\d+$")

# field -> (required, check)
_PLACE_FIELDS = (
    "id",
    "kind",
    "unit",
    "parent",
    "centre",
    "country",
    "lat",
    "lon",
    "geonames",
    "wof",
    "wikidata",
    "status",
    "curated",
    "sources",
    "note",
    "names",
)
_NAME_FIELDS = ("text", "lang", "origin", "role", "script", "scheme", "since", "until", "source", "note")
_STRING_FIELDS = {"id", "kind", "unit", "parent", "centre", "country", "wikidata", "status", "note"}
_NAME_STRING_FIELDS = {"text", "lang", "origin", "role", "script", "scheme", "since", "until", "source", "note"}


def _hint(value: Any) -> str:
    """What to write instead of a YAML 1.1 coercion."""
    if isinstance(value, bool):
        return f" (YAML read an unquoted word as {value}; quote it: \"{'yes' if value else 'no'}\" or the real text)"
    if isinstance(value, int):
        return f" (YAML read a number {value}; quote it: \"{value}\")"
    return ""


def _type_name(v: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", list: "list", dict: "mapping"}.get(type(v), type(v).__name__)


def _source_ok(src: str) -> bool:
    return src in SOURCES or src.startswith("sample:") or src.startswith("http")


def _check_name(rec: RawRecord, pid: str, i: int, n: Any) -> Iterator[str]:
    if not isinstance(n, dict):
        yield f"names[{i}] must be a mapping with text, lang, origin, source"
        return
    for k in n:
        if k != "__line__" and k not in _NAME_FIELDS:
            yield f"names[{i}]: unknown field {k!r} (known: {', '.join(_NAME_FIELDS)})"
    for k in ("text", "lang", "origin", "source"):
        if k not in n:
            yield f"names[{i}]: missing {k!r}"
    for k in _NAME_STRING_FIELDS:
        if k in n and not isinstance(n[k], str):
            yield f"names[{i}].{k}: {_type_name(n[k])} {n[k]!r} is not a string{_hint(n[k])}"
    text, lang = n.get("text"), n.get("lang")
    if isinstance(lang, str) and lang not in LANGS:
        yield f"names[{i}].lang: {lang!r} is not one of {', '.join(LANGS)}"
    if isinstance(n.get("origin"), str) and n["origin"] not in ORIGINS:
        yield f"names[{i}].origin: {n['origin']!r} is not one of {', '.join(ORIGINS)}"
    role = n.get("role", "official")
    if isinstance(role, str) and role not in ROLES:
        yield f"names[{i}].role: {role!r} is not one of {', '.join(ROLES)}"
    script = n.get("script")
    if isinstance(script, str) and script not in SCRIPTS:
        yield f"names[{i}].script: {script!r} is not one of {', '.join(SCRIPTS)}"
    scheme = n.get("scheme")
    if isinstance(scheme, str) and scheme not in SCHEMES:
        yield f"names[{i}].scheme: {scheme!r} is not one of {', '.join(SCHEMES)}"
    if role == "romanization" and not scheme:
        yield f"names[{i}]: a romanization needs 'scheme' (one of {', '.join(SCHEMES)})"
    src = n.get("source")
    if isinstance(src, str) and not _source_ok(src):
        yield f"names[{i}].source: {src!r} is not a known source key ({', '.join(SOURCES)}, sample:<name> or a URL)"
    for k in ("since", "until"):
        v = n.get(k)
        if isinstance(v, str) and not _DATE.match(v):
            yield f"names[{i}].{k}: {v!r} is not a date (write \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\")"
    if isinstance(text, str):
        if not text.strip() or text != text.strip():
            yield f"names[{i}].text: {text!r} is empty or has surrounding spaces"
        if unicodedata.normalize("NFC", text) != text:
            yield f"names[{i}].text: {text!r} is not in NFC (normalize it: unicodedata.normalize('NFC', text))"
        if isinstance(lang, str) and lang in LANGS:
            want = script if isinstance(script, str) and script in SCRIPTS else DEFAULT_SCRIPT[lang]
            have = script_of(text)
            homoglyph = lang == "az" and want == "Latn" and ("ә" in text or "Ә" in text)
            if have and have != {want} and not homoglyph:
                yield f"names[{i}].text: {text!r} is written in {'+'.join(sorted(have))}, but lang {lang} means {want}" + (
                    " (set script: if this is Azerbaijani Cyrillic, else fix lang)" if lang == "az" else ""
                )
            if homoglyph:
                yield f"names[{i}].text: {text!r} has Cyrillic ә (U+04D9) in Azerbaijani Latin; use ə (U+0259)"
            if text[:1].islower() and have & {"Armn", "Cyrl"}:
                yield (f"names[{i}].text: {text!r} starts in lower case; Armenian and Russian capitalize place names "
                       f"(a lower-case form matches common words): write {text[:1].upper() + text[1:]!r} or drop it")


def _check_record(rec: RawRecord, stem: str | None) -> Iterator[str]:
    d = rec.data
    for k in d:
        if k not in _PLACE_FIELDS:
            yield f"unknown field {k!r} (known: {', '.join(_PLACE_FIELDS)})"
    for k in ("id", "kind", "names"):
        if k not in d:
            yield f"missing {k!r}"
    for k in _STRING_FIELDS:
        if k in d and d[k] is not None and not isinstance(d[k], str):
            yield f"{k}: {_type_name(d[k])} {d[k]!r} is not a string{_hint(d[k])}"
    pid = d.get("id")
    if isinstance(pid, str) and not _SLUG.match(pid):
        yield f"id {pid!r} is not a slug (lower-case ASCII letters and digits joined by single hyphens)"
    if isinstance(d.get("kind"), str) and d["kind"] not in KINDS:
        yield f"kind: {d['kind']!r} is not one of {', '.join(KINDS)}"
    if isinstance(d.get("status"), str) and d["status"] not in STATUSES:
        yield f"status: {d['status']!r} is not one of {', '.join(STATUSES)}"
    if isinstance(d.get("country"), str) and d["country"] not in ("AZ", "AM"):
        yield f"country: {d['country']!r} is not AZ or AM"
    if "curated" in d and not isinstance(d["curated"], bool):
        yield f"curated: {d['curated']!r} is not true or false"
    if isinstance(d.get("wikidata"), str) and not _QID.match(d["wikidata"]):
        yield f"wikidata: {d['wikidata']!r} is not a QID like Q129352"
    for k, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
        v = d.get(k)
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            yield f"{k}: {v!r} is not a number"
        elif not lo <= v <= hi:
            yield f"{k}: {v} is out of range ({lo} to {hi})"
    for k in ("geonames", "wof"):
        v = d.get(k)
        if v is not None and (not isinstance(v, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in v)):
            yield f"{k}: must be a list of integer ids, e.g. [586666]"
    if d.get("sources") is not None:
        if not isinstance(d["sources"], list) or not all(isinstance(s, str) for s in d["sources"]):
            yield "sources: must be a list of source keys"
        else:
            for s in d["sources"]:
                if not _source_ok(s):
                    yield f"sources: {s!r} is not a known source key ({', '.join(SOURCES)}, sample:<name> or a URL)"
    if stem is not None and pid != stem and d.get("unit") != stem:
        yield f"unit: {d.get('unit')!r} does not match the file it is in ({stem}.yaml); set unit: {stem} or move the record"
    names = d.get("names")
    if "names" in d and (not isinstance(names, list) or not names):
        yield "names: must be a non-empty list of name records"
    elif isinstance(names, list):
        seen: dict[tuple[str, str], int] = {}
        for i, n in enumerate(names):
            yield from _check_name(rec, str(pid), i, n)
            if isinstance(n, dict) and isinstance(n.get("text"), str) and isinstance(n.get("lang"), str):
                key = (n["text"], n["lang"])
                if key in seen:
                    yield f"names[{i}]: {n['text']!r} ({n['lang']}) repeats names[{seen[key]}]; keep one record per form and language"
                seen[key] = i


def _problem(e: GazetteerError, path: Path) -> Problem:
    """A file that cannot be read, as a problem: the error's ``file:line: message``, or the message of ``path``."""
    msg = str(e)
    m = re.match(r"^(.*?):(\d+): (.*)$", msg)
    if m:
        return Problem(m.group(1), int(m.group(2)), "", m.group(3))
    return Problem(str(path), 0, "", msg.split(": ", 1)[-1])


def validate(*paths: str | Path) -> list[Problem]:
    """All problems in the given gazetteer folders (default: the bundled one), as ``file:line: id: message``.

    Folders are checked together, as ``load()`` would layer them: an id may repeat across folders (a later
    folder overrides), never within one. A folder checked without the bundled one may refer to the bundled ids
    (unit, parent, centre, lexicon), as ``load(folder)`` layers it over the bundled data.
    """
    folders = [Path(p) for p in paths] or [default_path()]
    problems: list[Problem] = []
    records: list[tuple[RawRecord, str | None]] = []
    for folder in folders:
        try:
            files = yaml_files(folder)
        except GazetteerError as e:
            problems.append(Problem(str(folder), 0, "", str(e).split(": ", 1)[-1]))
            continue
        if not files and not lexicon_files(folder):
            problems.append(Problem(str(folder), 0, "", "no gazetteer files here (expected regions.yaml, places/*.yaml "
                                                        "or lexicon/*.yaml)"))
        ids_here: dict[str, RawRecord] = {}
        for path in files:
            stem = path.stem if path.parent.name == "places" else None
            try:
                recs = parse_file(path, with_lines=True)
            except GazetteerError as e:
                problems.append(_problem(e, path))
                continue
            prev: str | None = None
            has_unit = False
            for rec in recs:
                pid = rec.data.get("id")
                sid = pid if isinstance(pid, str) else ""
                for msg in _check_record(rec, stem):
                    problems.append(Problem(rec.file, rec.line, sid, msg))
                if sid:
                    if sid in ids_here:
                        other = ids_here[sid]
                        problems.append(Problem(rec.file, rec.line, sid, f"duplicate id: also at {other.file}:{other.line}"))
                    else:
                        ids_here[sid] = rec
                    if prev is not None and sid < prev:
                        problems.append(Problem(rec.file, rec.line, sid, f"records are not sorted by id: {sid} should come before {prev}"))
                    prev = sid
                    if sid == stem:
                        has_unit = True
                records.append((rec, stem))
            if stem is not None and recs and not has_unit:
                problems.append(Problem(str(path), 1, "", f"no record with id {stem!r}: each places/ file holds its unit's own record"))
    known = {r.data.get("id") for r, _ in records}
    # districts with a centre town: what the lexicon's district_readings may name
    centred = {r.data.get("id") for r, _ in records if r.data.get("kind") == "district" and r.data.get("centre")}
    bundled = default_path().resolve()
    if all(f.resolve() != bundled for f in folders):
        try:
            layers = read_layers([bundled])
            known |= {p.id for p in layers}
            centred |= {p.id for p in layers if p.kind == "district" and p.centre}
        except GazetteerError:
            pass  # the bundled data has its own problems, reported when it is checked
    known_ids = {k for k in known if isinstance(k, str)}
    for folder in folders:
        for path in lexicon_files(folder):
            try:
                lex = parse_lexicon(path)
            except GazetteerError as e:
                problems.append(_problem(e, path))
                continue
            problems.extend(Problem(str(path), 0, "", msg) for msg in unknown_ids(lex, known_ids))
            problems.extend(Problem(str(path), 0, "", msg) for msg in repeats(path))
            problems.extend(
                Problem(str(path), 0, "", f"district_readings.{lang}: {pid!r} is not a district with a centre town")
                for lang, ids in sorted(lex.district_readings.items()) for pid in sorted(ids & known_ids - centred))
    for rec, _ in records:
        pid = rec.data.get("id")
        for k in ("unit", "parent", "centre"):
            v = rec.data.get(k)
            if isinstance(v, str) and v not in known:
                problems.append(Problem(rec.file, rec.line, str(pid), f"{k}: {v!r} is not the id of any record"))
            if isinstance(v, str) and k != "unit" and v == pid:
                problems.append(Problem(rec.file, rec.line, str(pid), f"{k}: a place cannot be its own {k}"))
    problems.sort(key=lambda p: (p.file, p.line, p.id, p.message))
    return problems
