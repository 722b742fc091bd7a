"""Formatting findings: text, JSON, SARIF 2.1.0, GitHub workflow commands, and a self-contained HTML page."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from .model import Finding

__all__ = ["FORMATS", "format_text", "format_json", "format_sarif", "format_github", "format_html", "render", "SEVERITY_RANK"]

FORMATS = ("text", "json", "sarif", "github", "html")
SEVERITY_RANK = {"suggestion": 0, "warning": 1, "error": 2}
_SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _end(f: Finding) -> tuple[int, int]:
    """1-based end line and exclusive end column of a finding (spans may cross a line break)."""
    lines = f.text.split("\n")
    if len(lines) == 1:
        return f.line, f.column + len(f.text)
    return f.line + len(lines) - 1, len(lines[-1]) + 1


def format_text(findings: Sequence[Finding]) -> str:
    """``path:line:col: severity: rule: message (use: X)``, one per line (like compilers and Vale's line output)."""
    return "".join(f"{f}\n" for f in findings)


def finding_dict(f: Finding) -> dict[str, object]:
    end_line, end_col = _end(f)
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": end_line,
        "end_column": end_col,
        "start": f.start,
        "end": f.end,
        "rule": f.rule,
        "severity": f.severity,
        "message": f.message,
        "text": f.text,
        "replacement": f.replacement,
        "place": f.place_id,
    }


def format_json(findings: Sequence[Finding]) -> str:
    """A JSON list of findings (offsets in code points, lines and columns 1-based)."""
    return json.dumps([finding_dict(f) for f in findings], ensure_ascii=False, indent=2) + "\n"


def format_sarif(findings: Sequence[Finding], *, rules: dict[str, str] | None = None, version: str = "") -> str:
    """A SARIF 2.1.0 log with one run; fixes carry the replacement."""
    from .style import RULES

    rules = rules or RULES
    ids = list(rules)
    for f in findings:
        if f.rule not in ids:
            ids.append(f.rule)
    results = []
    for f in findings:
        end_line, end_col = _end(f)
        region = {"startLine": f.line, "startColumn": f.column, "endLine": end_line, "endColumn": end_col,
                  "charOffset": f.start, "charLength": f.end - f.start}
        loc = {"physicalLocation": {"artifactLocation": {"uri": f.path}, "region": region}}
        r: dict[str, object] = {
            "ruleId": f.rule,
            "ruleIndex": ids.index(f.rule),
            "level": _SARIF_LEVEL.get(f.severity, "warning"),
            "message": {"text": f.message + (f" (use: {f.replacement})" if f.replacement else "")},
            "locations": [loc],
        }
        if f.place_id:
            r["properties"] = {"place": f.place_id}
        if f.replacement is not None:
            r["fixes"] = [
                {
                    "description": {"text": f"Replace with {f.replacement!r}"},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": f.path},
                            "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.replacement}}],
                        }
                    ],
                }
            ]
        results.append(r)
    driver = {
        "name": "toponyms",
        "informationUri": "https://github.com/toponyms/toponyms",
        "rules": [{"id": i, "name": i, "shortDescription": {"text": rules.get(i, i)}} for i in ids],
    }
    if version:
        driver["version"] = version
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _gh_escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_escape_prop(s: str) -> str:
    return _gh_escape_data(s).replace(":", "%3A").replace(",", "%2C")


def format_github(findings: Sequence[Finding]) -> str:
    """GitHub Actions workflow commands: ``::warning file=…,line=…,col=…,endColumn=…,title=…::message``."""
    out = []
    for f in findings:
        end_line, end_col = _end(f)
        props = f"file={_gh_escape_prop(f.path)},line={f.line},col={f.column}"
        if end_line != f.line:
            props += f",endLine={end_line}"
        props += f",endColumn={end_col},title={_gh_escape_prop('toponyms ' + f.rule)}"
        msg = f.message + (f" (use: {f.replacement})" if f.replacement else "")
        out.append(f"::{_GITHUB_LEVEL.get(f.severity, 'warning')} {props}::{_gh_escape_data(msg)}\n")
    return "".join(out)


_CSS = """
body{font:16px/1.6 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.3rem} h2{font-size:1.05rem;margin-top:2rem;border-bottom:1px solid #ddd}
pre.copy{white-space:pre-wrap;font:inherit;background:#fafafa;border:1px solid #eee;padding:1rem}
mark{border-radius:2px;padding:0 1px;cursor:help}
mark.error{background:#ffd6d6;border-bottom:2px solid #c00}
mark.warning{background:#fff1c2;border-bottom:2px solid #c90}
mark.suggestion{background:#dcecff;border-bottom:2px dotted #36c}
ins.fix{color:#060;text-decoration:none;font-size:.85em;background:#e6f6e6;margin-left:2px;padding:0 2px}
table{border-collapse:collapse;width:100%;font-size:.9rem} td,th{border-bottom:1px solid #eee;padding:.25rem;text-align:left;vertical-align:top}
.sev-error{color:#c00}.sev-warning{color:#a60}.sev-suggestion{color:#36c}
"""


def format_html(docs: Sequence[tuple[str, str, Sequence[Finding]]], *, style: str = "") -> str:
    """One self-contained page: each document's copy with every finding marked and its fix shown, then a table."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>toponyms check{(' — ' + e(style)) if style else ''}</title><style>{_CSS}</style></head><body>",
        f"<h1>toponyms check{(' — style ' + e(style)) if style else ''}</h1>",
    ]
    total = sum(len(f) for _, _, f in docs)
    parts.append(f"<p>{total} finding{'s' if total != 1 else ''} in {len(docs)} file{'s' if len(docs) != 1 else ''}.</p>")
    for path, text, findings in docs:
        parts.append(f"<h2>{e(path)} ({len(findings)})</h2>\n<pre class=\"copy\">")
        pos = 0
        for n, f in enumerate(sorted(findings, key=lambda f: f.start)):
            if f.start < pos:
                continue
            parts.append(e(text[pos:f.start]))
            tip = f"{f.severity}: {f.rule}: {f.message}"
            parts.append(f"<mark id=\"f{id(f)}\" class=\"{e(f.severity)}\" title=\"{e(tip)}\">{e(text[f.start:f.end])}</mark>")
            if f.replacement is not None:
                parts.append(f"<ins class=\"fix\" title=\"suggested\">→ {e(f.replacement)}</ins>")
            pos = f.end
        parts.append(e(text[pos:]) + "</pre>")
        if findings:
            parts.append("<table><tr><th>line:col</th><th>severity</th><th>rule</th><th>message</th><th>use</th></tr>")
            for f in findings:
                parts.append(
                    f"<tr><td><a href=\"#f{id(f)}\">{f.line}:{f.column}</a></td><td class=\"sev-{e(f.severity)}\">{e(f.severity)}</td>"
                    f"<td>{e(f.rule)}</td><td>{e(f.message)}</td><td>{e(f.replacement or '')}</td></tr>"
                )
            parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def render(fmt: str, docs: Sequence[tuple[str, str, Sequence[Finding]]], *, style: str = "", version: str = "") -> str:
    """All documents' findings in one output of format ``fmt``."""
    findings = [f for _, _, fs in docs for f in fs]
    if fmt == "text":
        return format_text(findings)
    if fmt == "json":
        return format_json(findings)
    if fmt == "sarif":
        return format_sarif(findings, version=version)
    if fmt == "github":
        return format_github(findings)
    if fmt == "html":
        return format_html(docs, style=style)
    raise ValueError(f"unknown format {fmt!r}")
