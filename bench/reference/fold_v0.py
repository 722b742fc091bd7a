"""The match key: one folding function for data and queries, with a map back to the caller's offsets.

``fold(s)`` defines "the same name" everywhere (lookup, search, annotate, validate). ``fold_map(s)`` returns
the same key plus a map from key positions to code-point offsets in ``s`` (linguistics.md §3.7), so every
span the library reports indexes the caller's own string, whatever was dropped, expanded or composed.

What the key folds (never ASCII-folding: ``şüşə`` stays far from ``shusha``):
- case, with the Turkic dotted/dotless pairs İ I ı i all to ``i``;
- schwa homoglyphs (Latin ə, Cyrillic ә, turned ǝ) to ``ə``; ș (comma) to ş; ё to е;
- Armenian և and the Classical digraph եւ to the reformed եվ;
- apostrophe variants to ``'``, dash variants to ``-``, every whitespace run to one space; a whitespace run that
  follows a hyphen-minus and starts with a line break (or one space and a line break) is dropped ("Nagorno-\nKarabakh" keys as "nagorno-karabakh": a name
  hyphenated across a line break; the map still covers the original characters);
- NFD to NFC; soft hyphens, zero-width and bidi marks, stress accents and Armenian in-word marks dropped;
- Latin look-alike letters inside a Cyrillic word (and the reverse) to the word's majority script.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["fold", "fold_map", "Folded", "script_of", "is_word_char"]

# Characters dropped from the key: invisibles (Cf), stress accents, Armenian emphasis/exclamation/question marks.
_DROP = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u0301\u0300\u055b\u055c\u055e\u055f"
# Combining marks that NFC may compose with the letter before them (NFD input).
_COMBINING = "\u0302-\u036f\u0483-\u0487\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_SPACES = " \t\n\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x85"

# One pass finds every place where the key is not a 1:1 image of the text.
_SPECIAL = re.compile(f"[{_SPACES}]{{2,}}|[{_DROP}]|\u0587|[{_COMBINING}]+")

# Spaces that _fold_1to1 does not map to " " (a run containing one is left to the general regex).
_WS_UNMAPPED = "\u1680\u2000\u2001\u2004\u2005\u2006\u205f"
# The rare non-1:1 spots (invisibles, accents, combining marks, those spaces): one class scan.
_RARE = re.compile(f"[{_DROP}{_WS_UNMAPPED}]|[{_COMBINING}]+")
_SPACE_RUN = re.compile(" +")
# A hyphen, then a whitespace run with a line break in it: the run is dropped from the key (group 1).
_HYPHEN_BREAK = re.compile("[-\u2010\u2011]([ \t]*[\r\n\u2028\u2029\x85][ \t\r\n\u2028\u2029\x85]*)")

# 1:1 replacements applied after str.lower() (which is 1:1 once İ is gone).
_ONE_TO_ONE: tuple[tuple[str, str], ...] = (
    ("ı", "i"),
    ("ә", "ə"),
    ("ǝ", "ə"),
    ("ș", "ş"),
    ("ё", "е"),
    ("’", "'"),
    ("ʼ", "'"),
    ("ʻ", "'"),
    ("‘", "'"),
    ("`", "'"),
    ("´", "'"),
    ("՚", "'"),
    ("′", "'"),
    ("ʹ", "'"),
    ("\u2010", "-"),
    ("\u2011", "-"),
    ("\u2012", "-"),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2212", "-"),
    ("\u058a", "-"),
    ("\u00a0", " "),
    ("\u202f", " "),
    ("\n", " "),
    ("\t", " "),
    ("\r", " "),
    ("\u2028", " "),
    ("\u2029", " "),
    ("\u2009", " "),
    ("\u2002", " "),
    ("\u2003", " "),
    ("\u2007", " "),
    ("\u2008", " "),
    ("\u200a", " "),
    ("\u3000", " "),
    ("\v", " "),
    ("\f", " "),
    ("\x85", " "),
    ("եւ", "եվ"),
)
_LOOKALIKE_SPOTS = re.compile("[a-zəşçğöü][а-яё]|[а-яё][a-zəşçğöü]")
_LAT2CYR = str.maketrans("aceopxyk", "асеорхук")
_CYR2LAT = str.maketrans("асеорхук", "aceopxyk")
_WORD_AROUND = re.compile(r"\w+")


def _fold_1to1(text: str) -> str:
    """The length-preserving part of the fold (lower case and the 1:1 tables)."""
    s = text.replace("İ", "i").lower()
    for a, b in _ONE_TO_ONE:
        if a in s:
            s = s.replace(a, b)
    return s


# Two one-class-first patterns find "is there any spot" about twice as fast as the alternation above.
_LAT_CYR = re.compile("[a-zəşçğöü][а-яё]")
_CYR_LAT = re.compile("[а-яё][a-zəşçğöü]")


def _fix_lookalikes(key: str) -> str:
    """Fold Latin look-alikes inside Cyrillic words to Cyrillic, and the reverse (length-preserving)."""
    if not _LAT_CYR.search(key) and not _CYR_LAT.search(key):
        return key
    parts: list[str] = []
    last = 0
    for m in _LOOKALIKE_SPOTS.finditer(key):
        a = m.start()
        while a > 0 and key[a - 1].isalpha():
            a -= 1
        if a < last:
            continue
        b = m.end()
        while b < len(key) and key[b].isalpha():
            b += 1
        word = key[a:b]
        letters = [c for c in word if c.isalpha()]
        is_cyr = [("а" <= c <= "я" or c == "ё") for c in letters]
        cyr_only = any(k and c not in "асеорхук" for c, k in zip(letters, is_cyr))
        lat_only = any(not k and c not in "aceopxyk" for c, k in zip(letters, is_cyr))
        if cyr_only != lat_only:
            to_cyr = cyr_only  # a letter of one script only decides ("Аzаd" is Latin)
        else:
            cyr = sum(1 for c in word if "а" <= c <= "я")
            to_cyr = cyr >= len(letters) - cyr
        word = word.translate(_LAT2CYR if to_cyr else _CYR2LAT)
        parts.append(key[last:a])
        parts.append(word)
        last = b
    parts.append(key[last:])
    return "".join(parts)


def _fold_unit(unit: str) -> str:
    """Fold a short piece that is not 1:1 (NFD cluster, ligature, whitespace run, invisible)."""
    if unit[0] in _SPACES:
        return " "
    unit = "".join(c for c in unit if c not in _DROP)
    if not unit:
        return ""
    unit = unicodedata.normalize("NFC", unit).replace("\u0587", "եվ")
    return _fold_1to1(unit).replace("i\u0307", "i").replace("\u0307", "")


@dataclass(frozen=True, slots=True)
class Folded:
    """A match key and its map back to the source text.

    ``segments`` holds ``(key_start, src_start, src_len, unit)`` sorted by key_start: where ``unit`` is
    False the key copies the source 1:1 from there; where True the whole run of key characters up to
    the next segment came from ``src[src_start:src_start + src_len]``.
    """

    key: str
    source: str
    segments: tuple[tuple[int, int, int, bool], ...] = ()

    @property
    def _starts(self) -> list[int]:
        return [s[0] for s in self.segments]

    def span(self, kstart: int, kend: int) -> tuple[int, int]:
        """The source offsets ``[start, end)`` of key positions ``[kstart, kend)``."""
        if not self.segments:
            return kstart, kend
        starts = self._starts
        ks, ss, sl, unit = self.segments[bisect_right(starts, kstart) - 1]
        start = ss if unit else ss + (kstart - ks)
        ks, ss, sl, unit = self.segments[bisect_right(starts, kend - 1) - 1]
        end = ss + sl if unit else ss + (kend - 1 - ks) + 1
        return start, end

    def spans(self, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``span`` for many key ranges at once (the segment index is built once)."""
        if not self.segments:
            return pairs
        starts = self._starts
        segs = self.segments
        out = []
        for kstart, kend in pairs:
            ks, ss, sl, unit = segs[bisect_right(starts, kstart) - 1]
            a = ss if unit else ss + (kstart - ks)
            ks, ss, sl, unit = segs[bisect_right(starts, kend - 1) - 1]
            b = ss + sl if unit else ss + (kend - ks)
            out.append((a, b))
        return out


def fold_map(text: str, *, lookalikes: bool = True) -> Folded:
    """The match key of ``text`` with its offset map (see the module docstring for what is folded).

    ``lookalikes=False`` skips the Latin/Cyrillic look-alike step (the annotator detects those spots itself, in
    its automaton pass, and calls :func:`fix_lookalikes` only when there is one).
    """
    bulk = _fold_1to1(text)
    fix = _fix_lookalikes if lookalikes else _identity
    # Fast path: the key is 1:1 unless the text has a whitespace run, an Armenian ligature, an invisible or
    # a combining mark. The first two are common and are found with str.find; the rest with one class scan.
    breaks = [m.span(1) for m in _HYPHEN_BREAK.finditer(text)] if _has_hyphen_break(text) else []
    if not breaks and "  " not in bulk and "\u0587" not in text and not _RARE.search(text):
        return Folded(fix(bulk), text)
    if breaks:
        return _fold_map_general(text, bulk, fix, breaks)
    for c in _WS_UNMAPPED:
        if c in text:  # a space that _fold_1to1 keeps: only the general regex knows its runs
            return _fold_map_general(text, bulk, fix)
    events: list[tuple[int, int]] = []
    i = bulk.find("  ")
    run = _SPACE_RUN.match
    while i >= 0:
        j = run(bulk, i).end()
        events.append((i, j))
        i = bulk.find("  ", j)
    i = text.find("\u0587")
    while i >= 0:
        events.append((i, i + 1))
        i = text.find("\u0587", i + 1)
    rare = [m.span() for m in _RARE.finditer(text)]
    if rare:
        events.extend(rare)
    events.sort()
    return _assemble(text, bulk, events, fix)


def _has_hyphen_break(text: str) -> bool:
    """A quick test (three str.find scans) for a hyphen-minus right before a line break, or with one space
    between (a typographic hyphen U+2010/U+2011 before a break is not joined)."""
    return "-\n" in text or "-\r" in text or "- \n" in text


def _identity(s: str) -> str:
    return s


def _fold_map_general(text: str, bulk: str, fix, breaks: list[tuple[int, int]] | None = None) -> Folded:
    events = [m.span() for m in _SPECIAL.finditer(text)]
    drop: frozenset[int] = frozenset()
    if breaks:
        # a hyphen's line-break run replaces the whitespace events inside it and folds to nothing
        events = [e for e in events if not any(a <= e[0] < b for a, b in breaks)] + breaks
        events.sort()
        drop = frozenset(a for a, _ in breaks)
    return _assemble(text, bulk, events, fix, drop)


def _assemble(text: str, bulk: str, events: list[tuple[int, int]], fix, drop: frozenset[int] = frozenset()) -> Folded:
    if not events:
        return Folded(fix(bulk), text)
    pieces: list[str] = []
    segments: list[tuple[int, int, int, bool]] = []
    klen = 0
    pos = 0  # next source position not yet emitted
    for a, b in events:
        c = text[a]
        if (c in _COMBINING_SET or c in "\u0300\u0301") and a > pos:
            a -= 1  # the combining run (a stress accent too: Губадлы́) belongs to the letter before it
        if a > pos:
            segments.append((klen, pos, a - pos, False))
            pieces.append(bulk[pos:a])
            klen += a - pos
        if a in drop:
            piece = ""
        elif c in _SPACES_SET:
            piece = " "
        elif c == "\u0587":
            piece = "եվ"
        else:
            piece = _fold_unit(text[a:b])
        if piece:
            segments.append((klen, a, b - a, True))
            pieces.append(piece)
            klen += len(piece)
        pos = b
    if pos < len(text):
        segments.append((klen, pos, len(text) - pos, False))
        pieces.append(bulk[pos:])
    if not segments or segments[0][0] != 0:
        segments.insert(0, (0, 0, 0, False))
    return Folded(fix("".join(pieces)), text, tuple(segments))


def fix_lookalikes(key: str) -> str:
    """The look-alike step of the fold on its own (for a key made with ``fold_map(..., lookalikes=False)``)."""
    return _fix_lookalikes(key)


_COMBINING_SET = frozenset(
    chr(c)
    for lo, hi in ((0x302, 0x36F), (0x483, 0x487), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))
    for c in range(lo, hi + 1)
)
_SPACES_SET = frozenset(_SPACES)  # the characters of the class string, as _fold_unit tests them


def fold(text: str) -> str:
    """The match key of ``text``: the one definition of "the same name" for data and queries."""
    return fold_map(text).key.strip()


def is_word_char(c: str) -> bool:
    """True for letters, marks and digits of any script (the word-boundary rule)."""
    return c.isalnum() or c == "_" or unicodedata.category(c)[0] == "M"


_SCRIPT_RANGES = (
    ("Armn", re.compile("[\u0531-\u0587\ufb13-\ufb17]")),
    ("Cyrl", re.compile("[\u0400-\u04ff\u0500-\u052f]")),
    ("Latn", re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0259\u018f]")),
)


def script_of(text: str) -> set[str]:
    """The scripts (Latn, Cyrl, Armn) whose letters occur in ``text``."""
    return {name for name, rx in _SCRIPT_RANGES if rx.search(text)}
