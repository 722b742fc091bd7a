"""``toponyms annotate``: find every place name in copy or in JSONL records (registered on the app by cli.main)."""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import GazetteerOpt, app, fail, gazetteer
from .data import GazetteerError
from .model import LANGS
from .textio import InputError


@app.command()
def annotate(
    files: Annotated[
        Optional[list[str]], typer.Argument(metavar="[FILE]...", help="Text or JSONL files; - or nothing reads stdin.")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text: the copy with names highlighted ([Name|id] when not a terminal); json: the mentions of "
            "each document; jsonl: JSONL records in, each written back with a 'toponyms' field; html: one page "
            "with a tooltip of every name of each place.",
        ),
    ] = "text",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per CPU). Output is identical for any N.")] = 1,
    lang: Annotated[
        Optional[list[str]], typer.Option("--lang", "-l", help="Only names in this language of copy (az, hy, ru, en); repeatable or comma-separated.")
    ] = None,
    field: Annotated[str, typer.Option(help="jsonl: the text field of each record; a dotted path reaches into nested objects (meta.body).")] = "text",
    fuzzy: Annotated[bool, typer.Option("--fuzzy", help="Also report near-misses (typos, other romanizations).")] = False,
    variants: Annotated[
        bool,
        typer.Option(
            "--variants/--no-variants",
            help="Unstored spellings of stored names that context confirms (how 'variant': Дашбулаг for "
            "Daşbulaq next to its district). --no-variants is about a quarter faster.",
        ),
    ] = True,
    encoding: Annotated[str, typer.Option(help="Encoding of the input.")] = "utf-8",
    errors: Annotated[
        str, typer.Option("--errors", help="Undecodable bytes: strict (stop, naming the file and byte offset), replace, or ignore.")
    ] = "strict",
    skip_bad: Annotated[
        bool,
        typer.Option(
            "--skip-bad",
            help="jsonl: write a bad record (invalid JSON, no text field) through with a 'toponyms_error' field "
            "instead of stopping at it; exit 0, with a count on stderr.",
        ),
    ] = False,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write here (replaced atomically, only when the run succeeds) instead of stdout.")
    ] = None,
    extra: GazetteerOpt = None,
) -> None:
    """Find every place name in copy or JSONL records, in any language or script, with the place it names.

    Streams: memory stays bounded for any input size. Exit 0 on success (with or without mentions); 2 for a
    missing, unreadable, binary or undecodable file, a bad JSONL record (file:line), or a bad gazetteer; 130
    when interrupted (--output is then left untouched).
    """
    from . import batch

    if fmt not in batch.FORMATS:
        raise fail(f"--format must be one of {', '.join(batch.FORMATS)}, not {fmt!r}")
    langs: list[str] = []
    for item in lang or []:
        langs += [x.strip() for x in item.split(",") if x.strip()]
    bad = [x for x in langs if x not in LANGS]
    if bad:
        raise fail(f"--lang must be one of {', '.join(LANGS)}, not {bad[0]!r}")
    if skip_bad and fmt != "jsonl":
        raise fail("--skip-bad applies to --format jsonl only")
    paths = list(files or ["-"])
    if paths.count("-") > 1:
        raise fail("stdin (-) can be read only once")
    if jobs == 0:
        jobs = os.cpu_count() or 1
    to_tty = output is None and sys.stdout.isatty()
    opts = batch.Options(
        fmt=fmt,
        field=field,
        langs=tuple(langs) or None,
        fuzzy=fuzzy,
        variants=variants,
        encoding=encoding,
        errors=errors,
        skip_bad=skip_bad,
        color=fmt == "text" and to_tty and not os.environ.get("NO_COLOR"),
    )
    try:
        g = gazetteer(extra)
        batch.check_encoding(opts)
        ctx = batch.atomic_output(output) if output is not None else nullcontext(_stdout_bytes())
        with ctx as out:
            stats = batch.run(paths, g, opts, out, jobs=jobs, progress=sys.stderr.isatty() and not to_tty)
            out.flush()
    except (InputError, GazetteerError) as e:
        raise fail(str(e)) from None
    if stats.bad:
        typer.echo(
            f"toponyms: {stats.bad} bad record{'s' if stats.bad != 1 else ''} passed through with "
            f"'toponyms_error' (first: {stats.first_bad})",
            err=True,
        )


def _stdout_bytes():  # noqa: ANN202 - a binary stdout (CliRunner's too)
    out = sys.stdout
    out.flush()
    return getattr(out, "buffer", out)
