"""Rendering annotated copy: terminal highlights, plain [brackets], JSON mention lines and a self-contained HTML page.

Pure functions of (text, mentions): no I/O. ``batch.py`` calls them once per chunk, so a document is rendered
piecewise and never held whole.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from .model import LANGS, Mention, Place

__all__ = ["plain", "ansi", "html_fragment", "html_head", "html_tail", "mention_json", "tooltip"]

_ON = "\x1b[1;36m"
_ID = "\x1b[2m"
_OFF = "\x1b[0m"


def _pieces(text: str, mentions: Sequence[Mention]):  # noqa: ANN202 - yields (is_mention, str, Mention|None)
    pos = 0
    for m in mentions:
        if m.start > pos:
            yield text[pos : m.start], None
        yield text[m.start : m.end], m
        pos = m.end
    if pos < len(text):
        yield text[pos:], None


def plain(text: str, mentions: Sequence[Mention]) -> str:
    """``text`` with each mention written ``[Stepanakert|khankendi]`` (for pipes, files and tests)."""
    return "".join(s if m is None else f"[{s}|{m.place.id}]" for s, m in _pieces(text, mentions))


def ansi(text: str, mentions: Sequence[Mention]) -> str:
    """``text`` with each mention in bold cyan followed by its dimmed id (for a terminal)."""
    return "".join(s if m is None else f"{_ON}{s}{_OFF}{_ID}[{m.place.id}]{_OFF}" for s, m in _pieces(text, mentions))


def mention_json(m: Mention, offset: int = 0) -> str:
    """One mention as compact JSON (Mention.to_dict), its offsets shifted by ``offset`` code points."""
    d = m.to_dict()
    if offset:
        d["start"] = m.start + offset
        d["end"] = m.end + offset
    return json.dumps(d, ensure_ascii=False)


_LANG_LABEL = {"az": "Azerbaijani", "hy": "Armenian", "ru": "Russian", "en": "English"}


def tooltip(place: Place) -> str:
    """Every name of ``place`` by language, one line each: ``Armenian: Ստեփանակերտ``."""
    lines = [f"{place.label} [{place.id}], {place.kind}"]
    for lang in LANGS:
        forms: list[str] = []
        for n in place.names:
            if n.lang == lang and n.text not in forms:
                forms.append(n.text + (" (former)" if n.role == "former" else ""))
        if forms:
            lines.append(f"{_LANG_LABEL[lang]}: {', '.join(forms)}")
    return "\n".join(lines)


def html_fragment(text: str, mentions: Sequence[Mention]) -> str:
    """Escaped ``text`` with each mention in a ``<mark>`` whose tooltip lists the place's names in every language."""
    out = []
    for s, m in _pieces(text, mentions):
        if m is None:
            out.append(html.escape(s, quote=False))
            continue
        extra = ""
        if m.candidates:
            extra = "\nalso: " + ", ".join(p.id for p in m.candidates)
        title = html.escape(tooltip(m.place) + extra, quote=True)
        out.append(
            f'<mark class="tp tp-{html.escape(m.place.kind)}" data-id="{html.escape(m.place.id)}" title="{title}">'
            f"{html.escape(s, quote=False)}</mark>"
        )
    return "".join(out)


_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.2em}h2{font-size:1em;color:#555;border-bottom:1px solid #ddd}
pre{white-space:pre-wrap;word-wrap:break-word;font:inherit}
mark.tp{background:#fff3b0;border-bottom:2px solid #e0a800;cursor:help;padding:0 .1em}
mark.tp-village,mark.tp-settlement,mark.tp-town{background:#e3f2fd;border-color:#1e88e5}
mark.tp-district,mark.tp-province{background:#e8f5e9;border-color:#43a047}
mark.tp-region,mark.tp-historical-region,mark.tp-corridor,mark.tp-country{background:#fce4ec;border-color:#d81b60}
""".strip()


def html_head(title: str = "toponyms") -> str:
    """The start of the self-contained page (inline CSS, no scripts, no external resources)."""
    t = html.escape(title)
    return (
        '<!DOCTYPE html>\n<html lang="und">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{t}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n<h1>{t}</h1>\n"
    )


def html_section_start(path: str) -> str:
    return f"<section>\n<h2>{html.escape(path)}</h2>\n<pre>"


def html_section_end() -> str:
    return "</pre>\n</section>\n"


def html_tail() -> str:
    return "</body>\n</html>\n"
