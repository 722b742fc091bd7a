"""House styles: which name of a place to use in copy, and how to introduce it; ``check`` and ``normalize``.

A style is a YAML file (built-ins in ``gazetteer/styles/``, user files by path; docs/styles.md documents every
key). ``check`` annotates the copy (with fuzzy matching for misspellings), judges every mention under the style
and returns Findings; ``normalize`` applies the fixes that are safe, touching nothing outside the rewritten
spans. Both read Markdown, HTML and plain text, skip code, URLs and markup, and obey suppression comments
(``toponyms: ignore`` on a line, ``toponyms: off`` … ``toponyms: on`` around a block).

Rules (ids used in findings, SARIF and severities):

=============== ================================================================================================
wrong-name      a name of the side the style does not use (Stepanakert under ``azerbaijani``)
first-mention   the first mention of a place lacks its second name (``dual``: "Khankendi (Stepanakert)")
gloss           under a one-name style, the other side's name given next to the preferred one ("the Azeri name
                of Janyatag and the Armenian name of Chankatagh"); suggested, never rewritten automatically
former-name     a former name (Madagiz) outside a historical context
romanization    the right name in another spelling or romanization (Agdam for Aghdam under az-2020)
misspelling     a misspelt name (fuzzy match); the fix is the style's form
disallowed      a form the style forbids outright (its ``disallowed`` list)
=============== ================================================================================================
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from .data import GazetteerError, load_yaml
from .fold import fold
from .model import LANGS, UNIT_NOUN, Finding, Mention, Name, Place

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

__all__ = [
    "Style",
    "StyleError",
    "load_style",
    "builtin_styles",
    "check",
    "normalize",
    "analyze",
    "Fix",
    "RULES",
    "SEVERITIES",
    "markup_of",
    "mask",
]

SEVERITIES = ("suggestion", "warning", "error")
RULES = {
    "wrong-name": "The name of the side the style does not use.",
    "first-mention": "The first mention of a place must give both names.",
    "gloss": "Under a one-name style, the other side's name glossed next to the preferred one.",
    "former-name": "A former name outside a historical context.",
    "romanization": "The right name in another spelling or romanization.",
    "misspelling": "A misspelt place name.",
    "disallowed": "A form the style forbids.",
}
DEFAULT_SEVERITY = {
    "wrong-name": "error",
    "first-mention": "warning",
    "gloss": "warning",
    "former-name": "warning",
    "romanization": "suggestion",
    "misspelling": "error",
    "disallowed": "error",
}
PREFER = ("az", "hy", "ru-media")
ROMANIZATIONS = ("az-2020", "press", "bgn-pcgn", "iso-9985", "ala-lc", "nkr-2005", "any")
FORMER = ("flag", "historical", "allow")
GLOSS = ("flag", "allow")
ORIGIN_LABEL = {"az": "Azerbaijani", "hy": "Armenian", "ru": "Russian", "shared": "shared"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

_TOP_KEYS = {"name", "description", "langs", "disallowed", "severity", "fuzzy_fix", "examples"}
_LANG_KEYS = {"prefer", "secondary", "as_of", "romanization", "accept_origins", "first_mention", "former", "gloss"}


class StyleError(ValueError):
    """A style file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class FirstMention:
    """Both names on first mention: ``pattern`` with {primary} and {secondary}; a pair of names of the same
    place within ``window`` characters of one sentence counts as given."""

    pattern: str = "{primary} ({secondary})"
    window: int = 120


@dataclass(frozen=True, slots=True)
class LangRule:
    """What a style asks of copy in one language."""

    prefer: str = "az"
    secondary: str | None = None
    as_of: str | None = None
    romanization: tuple[tuple[str, str], ...] = ()  # (origin, scheme); "*" for every origin
    accept_origins: tuple[str, ...] = ("shared",)
    first_mention: FirstMention | None = None
    former: str = "historical"
    gloss: str = "flag"

    def scheme(self, origin: str) -> str:
        d = dict(self.romanization)
        return d.get(origin) or d.get("*") or "any"

    @property
    def other(self) -> str | None:
        """The secondary origin (for glosses and first mentions)."""
        if self.secondary:
            return self.secondary
        return {"az": "hy", "hy": "az"}.get(self.prefer)


@dataclass(frozen=True, slots=True)
class Disallowed:
    form: str
    use: str | None
    message: str | None
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Style:
    """A house style (see docs/styles.md)."""

    name: str
    langs: dict[str, LangRule]
    severity: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    disallowed: tuple[Disallowed, ...] = ()
    fuzzy_fix: float = 90.0
    description: str = ""
    source: str = "<style>"

    def rule(self, lang: str) -> LangRule:
        return self.langs.get(lang) or self.langs["en"]


# ------------------------------------------------------------------------------------------------------------
# Loading and validating styles
# ------------------------------------------------------------------------------------------------------------
def styles_dir() -> Path:
    from .data import default_path

    return default_path() / "styles"


def builtin_styles() -> list[str]:
    """The names of the built-in styles."""
    d = styles_dir()
    return sorted(p.stem for p in d.glob("*.yaml")) if d.is_dir() else []


def _err(src: str, key: str, msg: str) -> StyleError:
    return StyleError(f"{src}: {key}: {msg}")


def _lang_rule(src: str, where: str, d: Any, base: LangRule) -> LangRule:
    if not isinstance(d, dict):
        raise _err(src, where, f"must be a mapping, not {type(d).__name__}")
    unknown = set(d) - _LANG_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise _err(src, f"{where}.{k}" if where else k, f"unknown key (known: {', '.join(sorted(_LANG_KEYS))})")
    kw: dict[str, Any] = {}
    pre = f"{where}." if where else ""
    if "prefer" in d:
        if d["prefer"] not in PREFER:
            raise _err(src, pre + "prefer", f"must be one of {', '.join(PREFER)}, not {d['prefer']!r}")
        kw["prefer"] = d["prefer"]
    if "secondary" in d:
        if d["secondary"] not in ("az", "hy", "ru", None):
            raise _err(src, pre + "secondary", f"must be az, hy or ru, not {d['secondary']!r}")
        kw["secondary"] = d["secondary"]
    if "as_of" in d:
        v = d["as_of"]
        if v is not None and not (isinstance(v, str) and _DATE.match(v)):
            raise _err(src, pre + "as_of", f'must be a quoted date "YYYY-MM-DD", not {v!r}')
        kw["as_of"] = v
    if "romanization" in d:
        v = d["romanization"]
        pairs: list[tuple[str, str]] = []
        if isinstance(v, str):
            pairs = [("*", v)]
        elif isinstance(v, dict):
            for o, s in v.items():
                if o not in ("az", "hy", "ru", "shared", "*"):
                    raise _err(src, f"{pre}romanization.{o}", "origin must be az, hy, ru, shared or *")
                pairs.append((str(o), s))
        else:
            raise _err(src, pre + "romanization", "must be a scheme name or a mapping origin: scheme")
        for o, s in pairs:
            if s not in ROMANIZATIONS:
                raise _err(src, pre + "romanization", f"must be one of {', '.join(ROMANIZATIONS)}, not {s!r}")
        kw["romanization"] = tuple(pairs)
    if "accept_origins" in d:
        v = d["accept_origins"]
        if not isinstance(v, list) or any(o not in ("az", "hy", "ru", "shared") for o in v):
            raise _err(src, pre + "accept_origins", "must be a list of az, hy, ru, shared")
        kw["accept_origins"] = tuple(v)
    if "first_mention" in d:
        v = d["first_mention"]
        if v in (None, False):
            kw["first_mention"] = None
        elif isinstance(v, str):
            kw["first_mention"] = FirstMention(pattern=v)
        elif isinstance(v, dict):
            bad = set(v) - {"pattern", "window"}
            if bad:
                raise _err(src, f"{pre}first_mention.{sorted(bad)[0]}", "unknown key (known: pattern, window)")
            fm = FirstMention(pattern=v.get("pattern", FirstMention.pattern), window=v.get("window", FirstMention.window))
            if not isinstance(fm.window, int) or fm.window < 1:
                raise _err(src, pre + "first_mention.window", f"must be a positive number of characters, not {fm.window!r}")
            kw["first_mention"] = fm
        else:
            raise _err(src, pre + "first_mention", "must be a pattern string, a mapping or null")
        fm = kw["first_mention"]
        if fm is not None:
            if not isinstance(fm.pattern, str) or "{primary}" not in fm.pattern or "{secondary}" not in fm.pattern:
                raise _err(src, pre + "first_mention.pattern", "must contain {primary} and {secondary}")
            try:
                fm.pattern.format(primary="a", secondary="b")
            except (KeyError, IndexError, ValueError) as e:
                raise _err(src, pre + "first_mention.pattern", f"bad placeholder ({e}); use only {{primary}} and {{secondary}}") from None
    if "former" in d:
        if d["former"] not in FORMER:
            raise _err(src, pre + "former", f"must be one of {', '.join(FORMER)}, not {d['former']!r}")
        kw["former"] = d["former"]
    if "gloss" in d:
        if d["gloss"] not in GLOSS:
            raise _err(src, pre + "gloss", f"must be one of {', '.join(GLOSS)}, not {d['gloss']!r}")
        kw["gloss"] = d["gloss"]
    r = replace(base, **kw)
    if r.first_mention is not None and r.other is None:
        raise _err(src, pre + "secondary", f"first_mention needs a secondary origin when prefer is {r.prefer}")
    return r


def _word_pattern(form: str) -> re.Pattern[str]:
    parts = [re.escape(p).replace(r"\-", "[-\u2010-\u2013]") for p in form.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def parse_style(data: Any, src: str = "<style>", name: str | None = None) -> Style:
    """A Style from parsed YAML, validated; raises StyleError ("file: key: problem")."""
    if not isinstance(data, dict):
        raise StyleError(f"{src}: must be a mapping of style keys, not {type(data).__name__}")
    unknown = set(data) - _TOP_KEYS - _LANG_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise _err(src, k, f"unknown key (known: {', '.join(sorted(_TOP_KEYS | _LANG_KEYS))})")
    base = _lang_rule(src, "", {k: v for k, v in data.items() if k in _LANG_KEYS}, LangRule())
    langs = {lang: base for lang in LANGS}
    per = data.get("langs") or {}
    if not isinstance(per, dict):
        raise _err(src, "langs", "must be a mapping of language: settings")
    for lang, d in per.items():
        if lang not in LANGS:
            raise _err(src, f"langs.{lang}", f"language must be one of {', '.join(LANGS)}")
        langs[lang] = _lang_rule(src, f"langs.{lang}", d or {}, base)
    sev = dict(DEFAULT_SEVERITY)
    s = data.get("severity") or {}
    if not isinstance(s, dict):
        raise _err(src, "severity", "must be a mapping of rule: level")
    for rule, level in s.items():
        if rule not in RULES:
            raise _err(src, f"severity.{rule}", f"unknown rule (known: {', '.join(RULES)})")
        if level not in SEVERITIES + ("off",):
            raise _err(src, f"severity.{rule}", f"must be one of {', '.join(SEVERITIES)}, off; not {level!r}")
        sev[rule] = level
    dis: list[Disallowed] = []
    raw = data.get("disallowed") or []
    if not isinstance(raw, list):
        raise _err(src, "disallowed", "must be a list")
    for i, item in enumerate(raw):
        if isinstance(item, str):
            item = {"form": item}
        if not isinstance(item, dict) or not isinstance(item.get("form"), str) or not item["form"].strip():
            raise _err(src, f"disallowed[{i}]", "needs form: <text> (and optionally use:, message:)")
        bad = set(item) - {"form", "use", "message"}
        if bad:
            raise _err(src, f"disallowed[{i}].{sorted(bad)[0]}", "unknown key (known: form, use, message)")
        dis.append(Disallowed(item["form"], item.get("use"), item.get("message"), _word_pattern(item["form"])))
    ff = data.get("fuzzy_fix", 90)
    if not isinstance(ff, (int, float)) or not 0 <= ff <= 101:
        raise _err(src, "fuzzy_fix", f"must be a score 0-100 (101 = never rewrite misspellings), not {ff!r}")
    nm = data.get("name", name or Path(src).stem)
    if not isinstance(nm, str) or not nm:
        raise _err(src, "name", "must be a non-empty string")
    return Style(name=nm, langs=langs, severity=sev, disallowed=tuple(dis), fuzzy_fix=float(ff),
                 description=str(data.get("description") or ""), source=src)


@lru_cache(maxsize=64)
def _load_file(path: str, mtime: float) -> Style:
    # the gazetteer's own reader: the C loader, no aliases, "file:line: message" errors
    try:
        data = load_yaml(Path(path))
    except GazetteerError as e:
        raise StyleError(str(e)) from None
    return parse_style(data, path, Path(path).stem)


def load_style(style: str | Path | Style) -> Style:
    """A Style from a built-in name (``dual``), a YAML path, or a Style (returned as is)."""
    if isinstance(style, Style):
        return style
    s = str(style)
    p = Path(s)
    if not (s.endswith((".yaml", ".yml")) or "/" in s or "\\" in s):
        p = styles_dir() / f"{s}.yaml"
        if not p.is_file():
            raise StyleError(f"no style {s!r}: use one of {', '.join(builtin_styles())} or a path to a .yaml file")
    if not p.is_file():
        raise StyleError(f"{p}: no such style file")
    return _load_file(str(p.resolve()), p.stat().st_mtime)


# ------------------------------------------------------------------------------------------------------------
# Markup: mask what is not copy, keeping every offset
# ------------------------------------------------------------------------------------------------------------
def markup_of(path: str | None, text: str = "") -> str:
    """``markdown``, ``html`` or ``text`` from a file name (or a sniff of the text for stdin)."""
    p = (path or "").lower()
    if p.endswith((".md", ".markdown", ".mdx", ".mkd")):
        return "markdown"
    if p.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if p.endswith((".txt", ".text")):
        return "text"
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def _blank(s: str) -> str:
    """Spaces for ``s``, keeping its line breaks (so sentences and lines stay where they were)."""
    return "".join(c if c == "\n" else " " for c in s)


_MD_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_MD_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REFDEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"'()\]]+|<(?:https?|mailto):[^>\s]+>", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_HTML_RAW = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _fences(text: str) -> list[tuple[int, int]]:
    """Spans of fenced code blocks (``` or ~~~), an unclosed fence running to the end."""
    out = []
    lines = text.splitlines(keepends=True)
    pos = 0
    open_at: int | None = None
    fence = ""
    for line in lines:
        s = line.lstrip(" ")
        indent = len(line) - len(s)
        if open_at is None:
            m = re.match(r"(`{3,}|~{3,})", s)
            if m and indent <= 3 and not (m.group(1)[0] == "`" and "`" in s[len(m.group(1)):].rstrip("\n")):
                open_at, fence = pos, m.group(1)
        else:
            m = re.match(r"(`{3,}|~{3,})\s*$", s)
            if m and indent <= 3 and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                out.append((open_at, pos + len(line)))
                open_at = None
        pos += len(line)
    if open_at is not None:
        out.append((open_at, len(text)))
    return out


def mask(text: str, markup: str) -> str:
    """``text`` with everything that is not copy blanked out (same length, same line breaks).

    Markdown: fenced and inline code, link targets, reference definitions, URLs, HTML comments and tags.
    HTML: script/style, comments, tags with their attributes; entities become their character followed by
    soft hyphens (dropped by the match key), so ``Xank&#601;ndi`` still reads as Xankəndi at the same offsets.
    Plain text: bare URLs only.
    """
    buf = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if buf[i] != "\n":
                buf[i] = " "

    if markup == "markdown":
        for a, b in _fences(text):
            blank(a, b)
        cur = "".join(buf)
        for rx in (_MD_CODE, _HTML_COMMENT, _MD_REFDEF):
            for m in rx.finditer(cur):
                blank(*m.span())
            cur = "".join(buf)
        for m in _MD_LINK_TARGET.finditer(cur):
            blank(m.start() + 1, m.end())
        for m in _HTML_TAG.finditer(cur):
            blank(*m.span())
    elif markup == "html":
        for rx in (_HTML_COMMENT, _HTML_RAW):
            for m in rx.finditer("".join(buf)):
                blank(*m.span())
        for m in _HTML_TAG.finditer("".join(buf)):
            blank(*m.span())
        for m in _ENTITY.finditer("".join(buf)):
            a, b = m.span()
            ch = _html.unescape(m.group())
            if len(ch) != 1 or ch == m.group():
                continue
            if ch.isspace():
                buf[a] = " "
                for i in range(a + 1, b):
                    buf[i] = " "
            elif ch.isalnum() or ch in "'’-":
                buf[a] = ch
                for i in range(a + 1, b):
                    buf[i] = "\u00ad"
            else:
                blank(a, b)
    cur = "".join(buf)
    for m in _URL.finditer(cur):
        blank(*m.span())
    return "".join(buf)


# ------------------------------------------------------------------------------------------------------------
# Suppression comments
# ------------------------------------------------------------------------------------------------------------
_SUPPRESS = re.compile(r"toponyms:\s*(ignore|off|on)\b", re.I)


def suppressed_spans(text: str) -> list[tuple[int, int]]:
    """Spans where findings are suppressed: lines with ``toponyms: ignore``, blocks between ``toponyms: off``
    and ``toponyms: on`` (or the end of the file). Any comment syntax works (<!-- -->, #, //)."""
    out: list[tuple[int, int]] = []
    off_at: int | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        for m in _SUPPRESS.finditer(line):
            what = m.group(1).lower()
            if what == "ignore":
                out.append((pos, pos + len(line)))
            elif what == "off" and off_at is None:
                off_at = pos
            elif what == "on" and off_at is not None:
                out.append((off_at, pos + len(line)))
                off_at = None
        pos += len(line)
    if off_at is not None:
        out.append((off_at, len(text)))
    return out


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a < e or s < b <= e for s, e in spans)


# ------------------------------------------------------------------------------------------------------------
# Choosing names, inflecting, keeping case
# ------------------------------------------------------------------------------------------------------------
_ROLE_RANK = {"official": 0, "common": 1, "exonym": 2, "variant": 3, "romanization": 4, "former": 5}


def _today_current(n: Name, as_of: str | None) -> bool:
    return n.current(as_of) and (as_of is None or n.role != "former" or bool(n.until))


def _former(n: Name, rule: LangRule) -> bool:
    """A former name for this style: renamed away (role former), or out of use on the style's ``as_of`` date.
    Without ``as_of``, a side's name that ended with its administration (Karvachar, until 2020) is still
    that side's name, not a former one: the style's name rules judge it."""
    return n.role == "former" or (rule.as_of is not None and not n.current(rule.as_of))


def expected_name(p: Place, lang: str, rule: LangRule, origin: str | None = None) -> Name | None:
    """The form of ``p``'s name the style wants in ``lang`` copy (for ``origin``, default the preferred one)."""
    origin = origin or rule.prefer
    names = [(i, n) for i, n in enumerate(p.names) if n.lang == lang and _today_current(n, rule.as_of)]
    if not names:
        return None
    if origin == "ru-media":
        def rank(t: tuple[int, Name]) -> tuple[int, ...]:
            i, n = t
            return (0 if n.origin == "ru" else 1 if n.role == "common" else 2 if n.origin == "az" else 3,
                    _ROLE_RANK.get(n.role, 9), i)

        return min(names, key=rank)[1]
    # A variant (an untagged foreign spelling such as "Bacu" for Baku) is never a target: a style only asks for
    # a name the data calls official, common, an exonym or a romanization.
    pool = [(i, n) for i, n in names if n.origin == origin and n.role != "variant"]
    ended: set[int] = set()
    if origin in ("az", "hy") and rule.as_of is None:
        # A side's name that ended with its administration, not by a renaming (Berdzor, official until the
        # 2022 handover of Lachin) is still that side's name for the place: it competes, ranked by role.
        for i, n in enumerate(p.names):
            if n.lang == lang and n.origin == origin and n.role in ("official", "common") and n.until:
                pool.append((i, n))
                ended.add(i)
    if not pool:
        return None
    scheme = rule.scheme(origin)

    def rank2(t: tuple[int, Name]) -> tuple[int, ...]:
        i, n = t
        fits = 1
        if scheme != "any":
            if n.scheme == scheme or (scheme == "az-2020" and n.role == "official" and not n.scheme) or (
                scheme == "press" and n.role == "common" and not n.scheme
            ):
                fits = 0
        return (fits, _ROLE_RANK.get(n.role, 9), i in ended, -len(n.until or "") if i in ended else 0, i)

    return min(pool, key=rank2)[1]


def _naming_place(g: Gazetteer, m: Mention) -> Place:
    """The place whose names a mention is held to: its own, but for a district or province named bare by the name
    of its centre ("Kalbajar was handed over": the Kalbajar district), which takes its centre's names (Karvachar),
    as copy names it; the unit's own names carry its generic noun (Kalbajar District, Քելբաջարի շրջան)."""
    p = m.place
    if p.centre and p.kind in ("district", "province"):
        c = g.get(p.centre)
        k = fold(m.name.text)
        if c is not None and (any(fold(x.text) == k for x in c.names) or not UNIT_NOUN.search(m.name.text)):
            # a bare name of the unit the centre does not store is bare all the same ("Gedebey", a romanization of
            # Gədəbəy Rayonu: the Armenian style wants Getabek, not Getabeki shrjan)
            return c
    return p


def _tags_of(m: Mention, lang: str) -> tuple[str, list[str]]:
    """(lemma lang, every grammatical tag whose form of the mention's name is the mention's text).

    ``lang`` is the language of the copy: an English name with an Azerbaijani suffix (Stepanakertdə in
    Azerbaijani copy) is read with Azerbaijani morphology. Empty list when the form is not understood.
    """
    from .morphology import TAGS, inflect, paradigm

    key = fold(m.text)
    name = m.name
    if key == fold(name.text):
        if name.lang not in TAGS:
            return name.lang, [""]
        forms = {t: inflect(name.text, name.lang, t) for t in TAGS[name.lang] if not t.endswith(":nom")}
        return name.lang, [""] + [t for t, f in forms.items() if f is not None and fold(f) == key]
    for lg in dict.fromkeys((name.lang, lang)):
        tags: list[str] = []
        for stem, smap in paradigm(name.text, lg, script=name.script if lg == name.lang else ""):
            rest = key[len(stem):]
            if key.startswith(stem) and rest in smap:
                tags.append(smap[rest])
        if ":" in m.suffix and m.suffix.startswith(lg + ":") and m.suffix not in tags:
            tags.insert(0, m.suffix)
        if tags and lg in TAGS:
            # every tag whose form is the same surface (Шуше: dat and prep; Ханкенди: every case)
            extra = [t for t in TAGS[lg] if t not in tags and (f := inflect(name.text, lg, t)) is not None and fold(f) == key]
            return lg, tags + extra
    return name.lang, []


def _orig_apostrophe(m: Mention) -> str | None:
    """The apostrophe character the author put between name and suffix (Şuşa’da), if any."""
    base = len(fold(m.name.text))
    tail = m.text[base:] if len(m.text) > base else ""
    for c in tail[:2]:
        if c in "'’ʼʻ`´‘":
            return c
    return None


def inflect_like(m: Mention, lemma: Name, lang: str | None = None) -> str | None:
    """``lemma`` in the grammatical form of mention ``m`` (Stepanakertdə → Xankəndidə), or None where the form
    is not known or ambiguous for the target (в Ханкенди is every case: Степанакерт/Степанакерте/…)."""
    from .morphology import inflect

    lang = lang or lemma.lang
    src_lang, tags = _tags_of(m, lang)
    if not tags and m.how == "fuzzy" and abs(len(fold(m.text)) - len(fold(m.name.text))) <= 1:
        tags = [""]  # a misspelt bare name
    if not tags:
        return None
    if src_lang != lemma.lang:
        tags = [t for t in tags if t == "" or t.startswith(lemma.lang + ":")]
        if not tags:
            return None
    outs = set()
    for t in tags:
        if t == "" or t.endswith(":nom"):
            outs.add(lemma.text)
        else:
            o = inflect(lemma.text, lemma.lang, t)
            if o is None:
                return None
            outs.add(o)
    if len(outs) != 1:
        return None
    out = outs.pop()
    if lemma.lang == "en" and out != lemma.text:
        tail = m.text[len(m.text) - 2:]
        return lemma.text + (tail if tail[:1] in "'’ʼ" else "'s")
    apo = _orig_apostrophe(m)
    if apo and lemma.lang == "az" and out != lemma.text and out.startswith(lemma.text):
        return lemma.text + apo + out[len(lemma.text):]
    return out


_AZ_MARK = re.compile("[əƏ]")
_AZ_MARK2 = re.compile("[ğıçşöüĞÇŞÖÜİ]")
_ARMN = re.compile("[\u0531-\u0587]")
_CYRL = re.compile("[\u0400-\u04ff]")
_LATN = re.compile("[A-Za-z\u00c0-\u024f]")


def copy_langs(masked: str, mentions: list[Mention]) -> list[str]:
    """The language of the copy around each mention, by paragraph: the script, and ə/ğ/ı for Azerbaijani."""
    paras = [(m.start(), m.end()) for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", masked)]
    cache: dict[int, str] = {}
    out = []
    from bisect import bisect_right

    starts = [a for a, _ in paras]
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        if i < 0:
            out.append(m.lang)
            continue
        if i not in cache:
            a, b = paras[i]
            chunk = list(masked[a:b])
            for o in mentions:
                if o.start >= a and o.end <= b and (_AZ_MARK.search(o.text) or _AZ_MARK2.search(o.text)):
                    for k in range(o.start - a, o.end - a):
                        chunk[k] = " "
            t = "".join(chunk)
            counts = {"hy": len(_ARMN.findall(t)), "ru": len(_CYRL.findall(t)), "lat": len(_LATN.findall(t))}
            top = max(counts, key=lambda k: counts[k])
            if counts[top] == 0:
                cache[i] = ""
            elif top == "lat":
                az = _AZ_MARK.search(t) or len(_AZ_MARK2.findall(t)) >= 2
                cache[i] = "az" if az else "en" if counts["lat"] >= 20 else ""  # too little copy: trust the name
            else:
                cache[i] = top
        # Too little copy to tell: an inflection says which grammar the author used (Stepanakertdə is
        # Azerbaijani copy); else the language of the form found.
        out.append(cache[i] or (m.suffix.split(":")[0] if ":" in m.suffix else m.lang))
    return out


_TURKIC_UP = str.maketrans({"i": "İ", "ı": "I"})
_TURKIC_LOW = str.maketrans({"I": "ı", "İ": "i"})


def match_case(original: str, replacement: str, lang: str = "en") -> str:
    """``replacement`` in the case style of ``original``: UPPER stays UPPER (Turkic-aware for az: XANKƏNDİ),
    lower stays lower; anything else keeps the gazetteer's spelling."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return (replacement.translate(_TURKIC_UP) if lang == "az" else replacement).upper()
    if letters and all(c.islower() for c in letters):
        return (replacement.translate(_TURKIC_LOW) if lang == "az" else replacement).lower()
    return replacement


# ------------------------------------------------------------------------------------------------------------
# Judging mentions
# ------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Fix:
    """A finding and whether ``normalize`` applies its replacement."""

    finding: Finding
    apply: bool


_SENTENCE_END = re.compile(r"[.!?։…;](?=[\s\"'”»)]|$)|\n[ \t]*\n")
_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
_HIST_CUES = re.compile(
    r"\b(former(ly)?|once|then|until|previously|renamed|soviet|historic(al(ly)?)?|ранее|бывш\w*|прежде|советск\w*|"
    r"переименован\w*|keçmiş|əvvəl(ki)?|sovet\w*|adlandırılıb|նախկին(ում)?|խորհրդային|վերանվանվ\w*)\b",
    re.I,
)


def _same_sentence(masked: str, a_end: int, b_start: int) -> bool:
    return not _SENTENCE_END.search(masked, a_end, b_start) if b_start > a_end else True


def _sentence_around(masked: str, a: int, b: int, limit: int = 240) -> str:
    lo = max(0, a - limit)
    hits = [m.end() for m in _SENTENCE_END.finditer(masked, lo, a)]
    start = hits[-1] if hits else lo
    m = _SENTENCE_END.search(masked, b, min(len(masked), b + limit))
    end = m.start() if m else min(len(masked), b + limit)
    return masked[start:end]


def _historical(masked: str, m: Mention, n: Name) -> bool:
    ctx = _sentence_around(masked, m.start, m.end)
    if _HIST_CUES.search(ctx):
        return True
    if n.until:
        cut = int(n.until[:4])
        return any(int(y) < cut for y in _YEAR.findall(ctx))
    return bool(_YEAR.search(ctx)) and n.role == "former"


class _Line:
    def __init__(self, text: str):
        self.starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def at(self, offset: int) -> tuple[int, int]:
        from bisect import bisect_right

        i = bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def _q(s: str) -> str:
    return f"'{s}'"


def analyze(
    g: Gazetteer,
    text: str,
    style: str | Path | Style = "dual",
    *,
    path: str = "<text>",
    markup: str | None = None,
    mentions: list[Mention] | None = None,
) -> list[Fix]:
    """Every finding for ``text`` under ``style``, each with whether ``normalize`` may apply it.

    ``mentions`` overrides the annotator (for tests); otherwise ``g.annotate(masked text, fuzzy=True)``.
    """
    st = load_style(style)
    markup = markup or markup_of(path, text)
    masked = mask(text, markup)
    if mentions is None:
        mentions = g.annotate(masked, fuzzy=True)
    quiet = suppressed_spans(text)
    mentions = sorted((m for m in mentions if not _inside(quiet, m.start, m.end)), key=lambda m: m.start)
    lines = _Line(text)
    out: list[Fix] = []

    def emit(rule: str, a: int, b: int, msg: str, repl: str | None, pid: str | None, apply: bool) -> None:
        sev = st.severity.get(rule, DEFAULT_SEVERITY[rule])
        if sev == "off":
            return
        line, col = lines.at(a)
        out.append(Fix(Finding(path, line, col, a, b, rule, sev, msg, text[a:b], repl, pid), apply and repl is not None))

    # Disallowed forms first; mentions inside them are left to that rule.
    taken: list[tuple[int, int]] = []
    for d in st.disallowed:
        for mm in d.pattern.finditer(masked):
            a, b = mm.span()
            if _inside(quiet, a, b) or _inside(taken, a, b):
                continue
            taken.append((a, b))
            msg = d.message or f"{_q(text[a:b])} is not used in the {st.name} style"
            if d.use:
                msg += f"; use {_q(d.use)}"
            emit("disallowed", a, b, msg, match_case(text[a:b], d.use) if d.use else None, None, True)
    mentions = [m for m in mentions if not _inside(taken, m.start, m.end)]

    def shown(m: Mention) -> str:
        return masked[m.start:m.end].replace("\u00ad", "")

    langs = copy_langs(masked, mentions)

    def fixed(m: Mention, target: Name, lang: str) -> str | None:
        r = inflect_like(m, target, lang)
        return match_case(shown(m), r, target.lang) if r is not None else None

    def origins(m: Mention, lang: str) -> set[str]:
        k = fold(m.text)
        return {m.name.origin} | {n.origin for n in m.place.names if n.lang in (lang, m.name.lang) and fold(n.text) == k}

    # Glosses: two names of one place, of the preferred and the other origin, within a window of one sentence.
    paired: dict[int, int] = {}  # index -> index of its partner
    for i, m in enumerate(mentions):
        rule = st.rule(langs[i])
        window = rule.first_mention.window if rule.first_mention else 120
        for j in range(i + 1, len(mentions)):
            o = mentions[j]
            if o.start - m.end > window:
                break
            if o.place.id != m.place.id or langs[j] != langs[i]:
                continue
            a, b = origins(m, langs[i]), origins(o, langs[j])
            other = rule.other
            if ((rule.prefer in a and other in b) or (other in a and rule.prefer in b)) and _same_sentence(masked, m.end, o.start):
                paired.setdefault(i, j)
                paired.setdefault(j, i)
                break

    seen_first: set[tuple[str, str]] = set()
    for i, m in enumerate(mentions):
        p, n, lang = m.place, m.name, langs[i]
        named = _naming_place(g, m)
        rule = st.rule(lang)
        fuzzy = m.how == "fuzzy"
        exp = expected_name(named, lang, rule)
        if exp is None and lang != n.lang:
            lang = n.lang
            rule = st.rule(lang)
            exp = expected_name(named, lang, rule)
        key = (p.id, lang)
        historical = _former(n, rule) and rule.former != "flag" and (
            rule.former == "allow" or _historical(masked, m, n))
        first = key not in seen_first and not historical
        if not historical:
            seen_first.add(key)
        # Dual naming on first mention.
        if rule.first_mention and first and i not in paired and exp is not None and rule.other:
            sec = expected_name(named, lang, rule, rule.other)
            if sec is not None and fold(sec.text) != fold(exp.text):
                prim = inflect_like(m, exp, lang)
                repl = None
                if prim is not None and not (lang == "en" and prim != exp.text):
                    orig = shown(m)
                    repl = rule.first_mention.pattern.format(
                        primary=match_case(orig, prim, exp.lang), secondary=match_case(orig, sec.text, sec.lang)
                    )
                what = f"misspelt {_q(n.text)}; " if fuzzy else ""
                msg = f"{what}first mention of {p.label} should give both names: " + rule.first_mention.pattern.format(
                    primary=exp.text, secondary=sec.text
                )
                if repl is None:
                    msg += " (no automatic fix for this form: add the second name by hand)"
                emit("first-mention", m.start, m.end, msg, repl, p.id, not fuzzy or m.score >= st.fuzzy_fix)
                continue
        if exp is None:
            if fuzzy:
                r = fixed(m, n, n.lang)
                emit("misspelling", m.start, m.end, f"{_q(shown(m))} looks like a misspelling of {_q(n.text)}", r, p.id,
                     m.score >= st.fuzzy_fix)
            continue
        verdict: tuple[str, str] | None = None  # (rule, message) when the form is wrong
        if fold(n.text) == fold(exp.text) or fold(m.text) == fold(exp.text):
            pass
        elif _former(n, rule):
            if rule.former == "allow" or (rule.former == "historical" and _historical(masked, m, n)):
                pass
            else:
                since = f" (until {n.until})" if n.until else ""
                verdict = ("former-name", f"{_q(n.text)} is a former name{since}; the {st.name} style uses {_q(exp.text)}")
        elif n.origin == exp.origin:
            if lang != "en" or rule.scheme(n.origin) == "any" or fold(exp.text).startswith(fold(n.text) + " "):
                pass
            else:
                how = f" ({n.scheme})" if n.scheme else f" ({n.role})" if n.role not in ("official", "common") else ""
                verdict = ("romanization", f"{_q(n.text)}{how}: the {st.name} style spells it {_q(exp.text)}")
        elif n.origin in rule.accept_origins:
            pass
        elif i in paired:
            if rule.first_mention is None and rule.gloss == "flag":
                partner = mentions[paired[i]]
                verdict = ("gloss", f"{_q(n.text)} is the {ORIGIN_LABEL.get(n.origin, n.origin)} name, glossed next to "
                           f"{_q(partner.name.text)}; the {st.name} style uses {_q(exp.text)} (keep the gloss only where the "
                           "names themselves are the subject)")
        else:
            lab = ORIGIN_LABEL.get(n.origin, n.origin)
            verdict = ("wrong-name", f"{_q(n.text)} is the {lab} name; the {st.name} style uses {_q(exp.text)}")
        if verdict is None:
            if fuzzy:
                emit("misspelling", m.start, m.end, f"{_q(shown(m))} looks like a misspelling of {_q(n.text)}", fixed(m, n, n.lang),
                     p.id, m.score >= st.fuzzy_fix)
            continue
        rname, msg = verdict
        r = fixed(m, exp, lang)
        if fuzzy:
            rname, msg = "misspelling", f"{_q(shown(m))} looks like a misspelling of {_q(n.text)}; " + msg
        if r is None:
            msg += " (no automatic fix: the form of this inflection is not known; rewrite by hand)"
        emit(rname, m.start, m.end, msg, r, p.id, rname != "gloss" and (not fuzzy or m.score >= st.fuzzy_fix))
    out.sort(key=lambda f: (f.finding.start, f.finding.end, f.finding.rule))
    return out


def check(g: Gazetteer, text: str, style: str | Path | Style = "dual", *, path: str = "<text>",
          markup: str | None = None) -> list[Finding]:
    """House-style findings for ``text`` under ``style``, in document order (see the module docstring)."""
    return [f.finding for f in analyze(g, text, style, path=path, markup=markup)]


def apply_fixes(text: str, fixes: Iterable[Fix]) -> str:
    """``text`` with every applicable, non-overlapping replacement made; nothing else changes."""
    parts: list[str] = []
    pos = 0
    for f in sorted((f for f in fixes if f.apply), key=lambda f: f.finding.start):
        fd = f.finding
        if fd.start < pos or fd.replacement is None:
            continue
        parts.append(text[pos:fd.start])
        parts.append(fd.replacement)
        pos = fd.end
    parts.append(text[pos:])
    return "".join(parts)


def normalize(g: Gazetteer, text: str, style: str | Path | Style = "dual", *, path: str = "<text>",
              markup: str | None = None) -> str:
    """``text`` with place names rewritten to ``style``; text outside the rewritten spans is unchanged.

    Findings without a safe fix (an inflection whose target form is unknown, a gloss, a low-confidence
    misspelling) are left for ``check`` to report.
    """
    return apply_fixes(text, analyze(g, text, style, path=path, markup=markup))
