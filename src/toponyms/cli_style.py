"""``toponyms check``, ``toponyms normalize`` and ``toponyms export vale`` (registered on the app by cli.main)."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path
from typing import Annotated

import typer

from .cli import GazetteerOpt, app, fail, gazetteer
from .textio import InputError, atomic_write, read_text

StyleOpt = Annotated[
    str,
    typer.Option("--style", "-s", help="A built-in style (azerbaijani, armenian, dual, dual-armenian) or a path to a style .yaml."),
]
EncodingOpt = Annotated[str, typer.Option(help="Encoding of the input files.")]
ErrorsOpt = Annotated[
    str, typer.Option("--errors", help="Undecodable bytes: strict (stop, naming the file and byte offset), replace, or ignore.")
]
MarkupOpt = Annotated[
    str,
    typer.Option("--markup", help="auto (by file extension), text, markdown or html: what to skip (code, URLs, tags)."),
]
_MARKUPS = ("auto", "text", "markdown", "html")


def _style(style: str):  # noqa: ANN202
    from .style import StyleError, load_style

    try:
        return load_style(style)
    except StyleError as e:
        raise fail(str(e)) from None


def _read(files: list[str], encoding: str, errors: str) -> list[tuple[str, str]]:
    docs = []
    for f in files:
        try:
            docs.append(("<stdin>" if f == "-" else f, read_text(f, encoding=encoding, errors=errors)))
        except InputError as e:
            raise fail(str(e)) from None
    return docs


def _markup(markup: str, path: str, text: str) -> str:
    from .style import markup_of

    if markup not in _MARKUPS:
        raise fail(f"--markup must be one of {', '.join(_MARKUPS)}, not {markup!r}")
    return markup_of(path, text) if markup == "auto" else markup


@app.command()
def check(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Copy to check (.md, .html, .txt ...); - reads stdin.")],
    style: StyleOpt = "dual",
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json, sarif, github (workflow commands) or html (one page).")] = "text",
    min_severity: Annotated[
        str, typer.Option("--min-severity", help="Report, and fail on, findings at or above: suggestion, warning or error.")
    ] = "warning",
    encoding: EncodingOpt = "utf-8",
    errors: ErrorsOpt = "strict",
    markup: MarkupOpt = "auto",
    extra: GazetteerOpt = None,
) -> None:
    """Check place names in copy against a house style; print each finding as path:line:col: severity: rule: message.

    Exit 0 when nothing at or above --min-severity is found, 1 when something is, 2 for a usage or input error.
    Suppress with a comment holding "toponyms: ignore" on a line, or "toponyms: off" ... "toponyms: on" around a block.
    """
    from . import __version__
    from .report import FORMATS, SEVERITY_RANK, render
    from .style import analyze

    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if min_severity not in SEVERITY_RANK:
        raise fail(f"--min-severity must be one of suggestion, warning, error, not {min_severity!r}")
    st = _style(style)
    docs_in = _read(files, encoding, errors)
    g = gazetteer(extra)
    floor = SEVERITY_RANK[min_severity]
    docs = []
    for path, text in docs_in:
        fixes = analyze(g, text, st, path=path, markup=_markup(markup, path, text))
        docs.append((path, text, [f.finding for f in fixes if SEVERITY_RANK[f.finding.severity] >= floor]))
    out = render(fmt, docs, style=st.name, version=__version__)
    sys.stdout.write(out)
    n = sum(len(fs) for _, _, fs in docs)
    if fmt == "text" and n:
        typer.echo(f"{n} finding{'s' if n != 1 else ''} in {sum(1 for d in docs if d[2])} file{'s' if sum(1 for d in docs if d[2]) != 1 else ''} (style {st.name})", err=True)
    if n:
        raise typer.Exit(1)


@app.command()
def normalize(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Copy to rewrite; - reads stdin.")],
    style: StyleOpt = "dual",
    write: Annotated[bool, typer.Option("--write", "-w", help="Rewrite the files in place (atomically, keeping permissions).")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff instead of the text.")] = False,
    encoding: EncodingOpt = "utf-8",
    errors: ErrorsOpt = "strict",
    markup: MarkupOpt = "auto",
    extra: GazetteerOpt = None,
) -> None:
    """Rewrite place names to a house style: the text on stdout (default), a unified diff (--diff), or in place (--write).

    Only the names change; every other byte is kept. Forms the tool cannot rewrite safely (an unknown inflection,
    a gloss) are left as they are and counted on stderr; run `toponyms check` to see them.
    """
    from .style import analyze, apply_fixes

    if write and diff:
        raise fail("--write and --diff exclude each other")
    if write and "-" in files:
        raise fail("--write needs files, not stdin")
    st = _style(style)
    docs = _read(files, encoding, errors)
    g = gazetteer(extra)
    left = changed = 0
    for path, text in docs:
        fixes = analyze(g, text, st, path=path, markup=_markup(markup, path, text))
        new = apply_fixes(text, fixes)
        left += sum(1 for f in fixes if not f.apply)
        if new != text:
            changed += 1
        if diff:
            sys.stdout.writelines(
                difflib.unified_diff(text.splitlines(keepends=True), new.splitlines(keepends=True), *((path, path) if path.startswith("/") else (f"a/{path}", f"b/{path}")))
            )
        elif write:
            if new != text:
                try:
                    atomic_write(path, new, encoding=encoding)
                except OSError as e:
                    raise fail(f"{path}: cannot write: {e.strerror or e}") from None
        else:
            sys.stdout.write(new)
    if write:
        typer.echo(f"{changed} file{'s' if changed != 1 else ''} rewritten (style {st.name})", err=True)
    if left:
        typer.echo(f"toponyms: {left} finding{'s' if left != 1 else ''} left to fix by hand (see: toponyms check --style {style})", err=True)


export_app = typer.Typer(help="Export the gazetteer under a house style for other tools.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("vale")
def export_vale(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="The Vale StylesPath to write into (created if missing).")],
    style: StyleOpt = "dual",
    extra: GazetteerOpt = None,
) -> None:
    """Write a Vale style (DIR/<Name>/*.yml substitution rules) that swaps names the house style does not use.

    Point Vale at it in .vale.ini:  StylesPath = DIR  and  [*.md] BasedOnStyles = <Name>
    """
    from .vale import export

    st = _style(style)
    g = gazetteer(extra)
    try:
        written = export(g, st, directory)
    except OSError as e:
        raise fail(f"{directory}: cannot write: {e.strerror or e}") from None
    for p in written:
        typer.echo(str(p))
