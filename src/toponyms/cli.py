"""The ``toponyms`` command line: parse arguments, call the library, print, set the exit code. Nothing else.

Exit codes (every command): 0 success; 1 the answer is "no" (unknown name, data problems, style findings at
or above the threshold); 2 usage or input error (bad option, missing or unreadable file, bad encoding, malformed
gazetteer); 130 interrupted. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from .data import GazetteerError
from .model import LANGS, Place

app = typer.Typer(
    name="toponyms",
    help="Every name of every place in and around Nagorno-Karabakh: look up, search, annotate, check and normalize.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

GazetteerOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--gazetteer", "-g", help="Extra gazetteer folder extending or overriding the bundled data (repeatable)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (shape documented in README).")]


class UsageError(Exception):
    """A user error: printed as one line, exit 2."""


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``toponyms: message`` on stderr and return the Exit to raise."""
    typer.echo(f"toponyms: {message}", err=True)
    return typer.Exit(code)


def gazetteer(extra: list[Path] | None = None):  # noqa: ANN201 - Gazetteer, imported lazily
    """The bundled gazetteer plus any ``--gazetteer`` folders."""
    from .gazetteer import load

    return load(*(extra or []))


def _emit_json(obj: object) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _place_table(p: Place, g=None) -> str:  # noqa: ANN001
    """A readable block: the place, then its names grouped by language."""
    where = []
    if p.unit and p.unit != p.id:
        u = g.get(p.unit) if g is not None else None
        where.append(f"in {u.label if u else p.unit}")
    if p.country:
        where.append(p.country)
    head = f"{p.label}  [{p.id}]  {p.kind}" + (f" ({', '.join(where)})" if where else "")
    lines = [head]
    if p.lat is not None and p.lon is not None:
        lines.append(f"  coordinates  {p.lat:.5f}, {p.lon:.5f}")
    ids = []
    if p.geonames:
        ids.append("geonames " + " ".join(map(str, p.geonames)))
    if p.wof:
        ids.append("wof " + " ".join(map(str, p.wof)))
    if p.wikidata:
        ids.append(f"wikidata {p.wikidata}")
    if ids:
        lines.append("  ids          " + "; ".join(ids))
    if p.status != "current":
        lines.append(f"  status       {p.status}")
    if p.centre:
        lines.append(f"  centre       {p.centre}")
    label = {"az": "Azerbaijani", "hy": "Armenian", "ru": "Russian", "en": "English"}
    for lang in LANGS:
        names = [n for n in p.names if n.lang == lang]
        if not names:
            continue
        lines.append(f"  {label[lang]}:")
        width = max(len(n.text) for n in names)
        for n in names:
            tags = [f"{n.origin}-origin", n.role]
            if n.script and n.script != "":
                tags.append(n.script)
            if n.scheme:
                tags.append(n.scheme)
            if n.since or n.until:
                tags.append(f"{n.since or ''}–{n.until or ''}")
            if n.source:
                tags.append(f"src {n.source}")
            lines.append(f"    {n.text.ljust(width)}  {', '.join(tags)}")
    return "\n".join(lines)


@app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A name in any script, spelling or case, e.g. Степанакерт or XANKƏNDİ.")],
    lang: Annotated[Optional[str], typer.Option(help="Only names in this language (az, hy, ru, en).")] = None,
    as_json: JsonOpt = False,
    extra: GazetteerOpt = None,
) -> None:
    """Show the place a name belongs to, with all its names. Exit 1 (with suggestions) when no place has it."""
    from .gazetteer import AmbiguousName, UnknownName

    if lang is not None and lang not in LANGS:
        raise fail(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    g = gazetteer(extra)
    try:
        places = [g.lookup(name, lang=lang)]
    except AmbiguousName as e:
        if as_json:
            _emit_json({"query": name, "ambiguous": True, "places": [p.to_dict() for p in e.candidates]})
        else:
            typer.echo(f"{name!r} names {len(e.candidates)} places:\n")
            typer.echo("\n\n".join(_place_table(p, g) for p in e.candidates))
        raise typer.Exit(1) from None
    except UnknownName as e:
        if as_json:
            _emit_json({"query": name, "places": [], "suggestions": [{"id": c.place.id, "name": c.name.text, "score": c.score} for c in e.suggestions]})
        raise fail(str(e), 1) from None
    if as_json:
        _emit_json({"query": name, "places": [p.to_dict() for p in places]})
    else:
        others = [p for p, _ in g.matches(name, lang=lang) if p.id != places[0].id]
        typer.echo(_place_table(places[0], g))
        if others:
            typer.echo("\nalso the name of: " + ", ".join(f"{p.label} [{p.id}]" for p in others))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="A name, possibly misspelt or romanized differently (Stepanakrt, Shushy).")],
    limit: Annotated[int, typer.Option(min=1, max=100, help="At most this many places.")] = 5,
    as_json: JsonOpt = False,
    extra: GazetteerOpt = None,
) -> None:
    """Fuzzy search across every script and romanization, best match first. Exit 1 when nothing is close."""
    g = gazetteer(extra)
    hits = g.search(query, limit=limit)
    if as_json:
        _emit_json([{"id": c.place.id, "kind": c.place.kind, "name": c.name.text, "lang": c.name.lang, "label": c.place.label, "score": c.score} for c in hits])
    else:
        for c in hits:
            typer.echo(f"{c.score:5.1f}  {c.place.label}  [{c.place.id}]  {c.place.kind}  matched {c.name.text!r} ({c.name.lang})")
    if not hits:
        if not as_json:
            typer.echo(f"toponyms: nothing close to {query!r}", err=True)
        raise typer.Exit(1)


@app.command()
def show(
    place_id: Annotated[str, typer.Argument(metavar="ID", help="A place id, e.g. khankendi.")],
    as_json: JsonOpt = False,
    extra: GazetteerOpt = None,
) -> None:
    """Show one place by id. Exit 1 when there is no such id."""
    g = gazetteer(extra)
    p = g.get(place_id)
    if p is None:
        hint = g.search(place_id.replace("-", " "), limit=3)
        more = ("; did you mean " + ", ".join(c.place.id for c in hint) + "?") if hint else ""
        raise fail(f"no place has id {place_id!r}{more}", 1)
    if as_json:
        _emit_json(p.to_dict())
    else:
        typer.echo(_place_table(p, g))


@app.command("list")
def list_places(
    kind: Annotated[Optional[str], typer.Option(help="Only this kind (district, city, town, village, ...).")] = None,
    unit: Annotated[Optional[str], typer.Option(help="Only places in this unit (a district or province id).")] = None,
    as_json: JsonOpt = False,
    extra: GazetteerOpt = None,
) -> None:
    """List places: id, kind, unit and the Azerbaijani, Armenian, Russian and English names."""
    from .model import KINDS

    if kind is not None and kind not in KINDS:
        raise fail(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}")
    g = gazetteer(extra)
    if unit is not None and g.get(unit) is None:
        raise fail(f"--unit {unit!r} is not a place id (try: toponyms list --kind district)")
    rows = [p for p in g if (kind is None or p.kind == kind) and (unit is None or p.unit == unit or p.id == unit)]
    if as_json:
        _emit_json([p.to_dict() for p in rows])
        return
    for p in rows:
        cells = [p.id, p.kind, p.unit or "-"]
        for lang in LANGS:
            n = p.name(lang)
            cells.append(n.text if n else "-")
        typer.echo("\t".join(cells))


@app.command()
def validate(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Gazetteer folders (default: the bundled one).")] = None,
) -> None:
    """Check gazetteer data against every rule; print each problem as file:line: id: message. Exit 1 if any."""
    from .validate import validate as run

    problems = run(*(paths or []))
    for p in problems:
        typer.echo(str(p))
    if problems:
        files = len({p.file for p in problems})
        typer.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {files} file{'s' if files != 1 else ''}", err=True)
        raise typer.Exit(1)
    from .data import default_path, yaml_files
    from .gazetteer import Gazetteer
    from .data import read_layers

    folders = list(paths or [default_path()])
    nfiles = sum(len(yaml_files(f)) for f in folders)
    n = len(read_layers(folders, Gazetteer))
    typer.echo(f"OK: {n} places in {nfiles} files")


def stats_of(g) -> dict[str, object]:  # noqa: ANN001
    """Coverage figures: places per unit and kind, share with a name in each language, source gaps."""
    per_unit: Counter[str] = Counter()
    per_kind: Counter[str] = Counter()
    with_lang: Counter[str] = Counter()
    settlements = 0
    for p in g:
        per_kind[p.kind] += 1
        per_unit[p.unit or "-"] += 1
        if p.kind in ("city", "town", "village", "settlement"):
            settlements += 1
            langs = {n.lang for n in p.names}
            for lang in LANGS:
                if lang in langs:
                    with_lang[lang] += 1
            if "hy" in langs and "az" in langs and "ru" in langs:
                with_lang["az+hy+ru"] += 1
    share = {k: round(v / settlements, 3) if settlements else 0.0 for k, v in sorted(with_lang.items())}
    return {
        "places": len(g),
        "settlements": settlements,
        "per_unit": dict(sorted(per_unit.items())),
        "per_kind": dict(sorted(per_kind.items())),
        "share_with_name": share,
        "names": sum(len(p.names) for p in g),
        "geonames_ids": sum(len(p.geonames) for p in g),
    }


@app.command()
def stats(as_json: JsonOpt = False, extra: GazetteerOpt = None) -> None:
    """Coverage: places per unit and kind, the share of settlements with a name in each language, and what
    the sources hold that the gazetteer lacks (when ../shared/sources or $TOPONYMS_SOURCES is present)."""
    g = gazetteer(extra)
    out = stats_of(g)
    try:
        from .coverage import source_gaps  # built with the importer; absent sources are simply skipped
    except ImportError:
        source_gaps = None
    if source_gaps is not None:
        gaps = source_gaps(g)
        if gaps is not None:
            out["missing_from_sources"] = gaps
    if as_json:
        _emit_json(out)
        return
    typer.echo(f"{out['places']} places ({out['settlements']} settlements), {out['names']} names, {out['geonames_ids']} GeoNames ids")
    typer.echo("\nshare of settlements with a name in:")
    for k, v in out["share_with_name"].items():  # type: ignore[union-attr]
        typer.echo(f"  {k:10} {v:6.1%}")
    typer.echo("\nplaces per kind:")
    for k, v in out["per_kind"].items():  # type: ignore[union-attr]
        typer.echo(f"  {k:18} {v:5}")
    typer.echo("\nplaces per unit:")
    for k, v in out["per_unit"].items():  # type: ignore[union-attr]
        typer.echo(f"  {k:18} {v:5}")
    if "missing_from_sources" in out:
        typer.echo("\nin the sources but not in the gazetteer:")
        for k, v in out["missing_from_sources"].items():  # type: ignore[union-attr]
            if isinstance(v, list):
                more = f" (first 10: {', '.join(map(str, v[:10]))})" if v else ""
                typer.echo(f"  {k}: {len(v)}{more}")
            else:
                typer.echo(f"  {k}: {v}")


def _register_optional_commands() -> None:
    """Commands that live in their own modules (annotate, check/normalize/export)."""
    import importlib

    for mod in ("cli_annotate", "cli_style"):
        try:
            importlib.import_module(f"toponyms.{mod}")
        except ModuleNotFoundError as e:
            if e.name != f"toponyms.{mod}":
                raise


def main() -> None:
    """Console entry point: run the app; turn data and I/O errors into one-line messages (exit 2) and an
    interrupt into "toponyms: interrupted" (exit 130)."""
    _register_optional_commands()
    try:
        app()
    except SystemExit as e:
        if e.code == 130:  # Typer's own handling of Ctrl-C ends here, silently
            typer.echo("toponyms: interrupted", err=True)
        raise
    except GazetteerError as e:
        typer.echo(f"toponyms: {e}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("toponyms: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (| head): not an error; silence the flush at exit too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
