"""Streaming, ordered and optionally parallel annotation of JSONL records and plain-text documents.

Memory stays bounded whatever the input size: JSONL is read line by line, plain text in ~256 K-character chunks cut at
paragraph breaks (never inside a name; offsets stay global to the document). Work goes out in chunks to
``jobs`` processes and comes back in input order through a bounded window, so ``--jobs N`` writes exactly the
bytes one process writes. The gazetteer reaches each worker once, through the pool initializer (it pickles as
its records; each worker builds its automaton once).

Why not ``Pool.imap``: its feeder thread drains the whole input iterator as fast as it can read, so a 200 MB
file ends up queued in memory when workers are slower than the disk. ``ordered_map`` keeps at most
``4 × jobs`` chunks in flight.
"""

from __future__ import annotations

import codecs
import json
import multiprocessing as mp
import os
import re
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from . import render
from .textio import InputError, atomic_output, open_input

__all__ = [
    "Options",
    "BadRecord",
    "Stats",
    "run",
    "annotate_line",
    "get_field",
    "iter_text_chunks",
    "safe_cut",
    "ordered_map",
    "open_input",
    "atomic_output",
    "FORMATS",
]

FORMATS = ("text", "json", "jsonl", "html")
#: Plain text is annotated in pieces of about this many characters, cut at a paragraph break.
CHUNK_CHARS = 1 << 18
#: A piece with no paragraph or line break is cut at whitespace once it grows this long.
HARD_CHARS = 32 << 20
#: JSONL records go to a worker in chunks of about this many bytes (or this many lines).
CHUNK_BYTES = 256 << 10
CHUNK_LINES = 2000
ERROR_FIELD = "toponyms_error"
RAW_FIELD = "toponyms_raw"


class BadRecord(InputError):
    """A JSONL line that is not a JSON object with a string in the text field (``file:line: why``)."""


@dataclass(frozen=True)
class Options:
    """What to annotate and how to write it (one value shared by every worker)."""

    fmt: str = "jsonl"
    field: str = "text"
    out_field: str = "toponyms"
    langs: tuple[str, ...] | None = None
    fuzzy: bool = False
    variants: bool = True
    encoding: str = "utf-8"
    errors: str = "strict"
    skip_bad: bool = False
    color: bool = False


@dataclass
class Stats:
    documents: int = 0
    records: int = 0
    mentions: int = 0
    bad: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    first_bad: str = ""


# -- worker state ---------------------------------------------------------------------------------------------
_G: Any = None
_OPTS: Options = Options()


def init_worker(g: Any, opts: Options, in_pool: bool = False) -> None:
    """Install the gazetteer and options in this process and build the automaton once."""
    global _G, _OPTS
    if in_pool:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and terminates the pool
    _G, _OPTS = g, opts
    g.matcher  # noqa: B018 - build the automaton now, once per process


_SURROGATE = re.compile("[\ud800-\udfff]")


def _annotate(text: str, g: Any = None, opts: Options | None = None) -> list:
    # JSON escapes can carry lone surrogates ("\\ud800"); they are not text, and the automaton cannot take
    # them. U+FFFD in their place keeps every offset.
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    g = g if g is not None else _G
    opts = opts or _OPTS
    return g.annotate(text, langs=opts.langs, fuzzy=opts.fuzzy, variants=opts.variants)


# -- JSONL ----------------------------------------------------------------------------------------------------
_MISSING = object()


def get_field(record: dict[str, Any], path: str) -> Any:
    """The value at ``path`` in ``record``: a key as is (``"a.b"`` when the record has that key), else a
    dotted path into nested objects (``meta.body``). Returns a private sentinel when absent."""
    if path in record:
        return record[path]
    cur: Any = record
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return _MISSING
        cur = cur[part]
    return cur


def _splice(raw: str, record: dict[str, Any], key: str, value: Any) -> str:
    """``raw`` (the record's own JSON) with ``key: value`` appended before its closing brace, so every other
    field stays byte for byte as it came. A record that already has ``key`` is re-serialized with the value
    replaced in place (key order kept)."""
    if key in record:
        record = dict(record)
        record[key] = value
        return json.dumps(record, ensure_ascii=False)
    body = raw.strip()[:-1].rstrip()
    sep = "" if body.endswith("{") else ", "
    return f"{body}{sep}{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}}}"


def annotate_line(raw: str, where: str = "<record>", opts: Options | None = None, g: Any = None) -> str:
    """One JSONL record with the mentions added under ``opts.out_field``, every other field kept byte for byte.
    ``g`` defaults to the bundled gazetteer. Raises BadRecord naming ``where`` (e.g. ``file:line``)."""
    if g is None:
        from .gazetteer import load

        g = load()
    return _annotate_line(raw, where, opts or Options(), g)[0]


def _annotate_line(raw: str, where: str, opts: Options, g: Any = None) -> tuple[str, int]:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as e:
        raise BadRecord(f"{where}: invalid JSON at column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise BadRecord(f"{where}: invalid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise BadRecord(f"{where}: a JSONL record must be a JSON object, not {type(record).__name__}")
    value = get_field(record, opts.field)
    if value is _MISSING:
        raise BadRecord(f"{where}: the record has no {opts.field!r} field (choose the text field with --field)")
    if value is None:
        mentions: list[dict[str, Any]] = []
    elif isinstance(value, str):
        mentions = [m.to_dict() for m in _annotate(value, g, opts)]
    else:
        raise BadRecord(f"{where}: field {opts.field!r} is a {type(value).__name__}, not a string")
    return _splice(raw, record, opts.out_field, mentions), len(mentions)


@dataclass
class ChunkResult:
    out: str
    count: int = 0  # records (jsonl) or mentions (text formats)
    mentions: int = 0
    bad: int = 0
    error: str | None = None  # strict mode: the first bad line; ``out`` holds everything before it
    first_bad: str = ""


def _jsonl_chunk(name: str, lineno: int, offset: int, lines: list[bytes]) -> ChunkResult:
    opts = _OPTS
    out: list[str] = []
    res = ChunkResult("")
    for i, b in enumerate(lines):
        where = f"{name}:{lineno + i}"
        raw_b = b.rstrip(b"\r\n")
        try:
            try:
                raw = raw_b.decode(opts.encoding, opts.errors)
            except UnicodeDecodeError as e:
                raise BadRecord(
                    f"{where}: not valid {opts.encoding} at byte {offset + e.start} ({e.reason}); "
                    "pass --encoding ENC or --errors replace"
                ) from None
            if lineno + i == 1 and raw.startswith("\ufeff"):
                raw = raw[1:]
            if not raw.strip():
                out.append("\n")  # blank lines pass through, so output line N is input line N
                offset += len(b)
                continue
            if "\x00" in raw:
                raise BadRecord(f"{where}: looks binary (NUL byte); give a JSONL file")
            line, n = _annotate_line(raw, where, opts)
            res.mentions += n
            out.append(line + "\n")
        except BadRecord as e:
            if not opts.skip_bad:
                res.error = str(e)
                break
            res.bad += 1
            res.first_bad = res.first_bad or str(e)
            out.append(_bad_line(raw_b, str(e), opts) + "\n")
        res.count += 1
        offset += len(b)
    res.out = "".join(out)
    return res


def _bad_line(raw_b: bytes, message: str, opts: Options) -> str:
    """With --skip-bad: a JSON object stays itself plus ``toponyms_error``; anything else becomes
    ``{"toponyms_error": ..., "toponyms_raw": <the line as text>}`` so the output stays valid JSONL, line for line."""
    raw = raw_b.decode(opts.encoding if opts.encoding else "utf-8", "replace")
    try:
        record = json.loads(raw)
    except (ValueError, RecursionError):
        record = None
    if isinstance(record, dict):
        return _splice(raw, record, ERROR_FIELD, message)
    return json.dumps({ERROR_FIELD: message, RAW_FIELD: raw}, ensure_ascii=False)


# -- plain text -------------------------------------------------------------------------------------------------
def safe_cut(buf: str, target: int = CHUNK_CHARS, hard: int = HARD_CHARS) -> int | None:
    """Where to cut ``buf`` so no name is split: after the last paragraph break (a blank line). Returns None
    to ask for more text; past ``hard`` characters with no blank line, after the last line break, else after
    the last whitespace, else at ``hard`` itself."""
    if len(buf) < target:
        return None
    i = max(buf.rfind("\n\n"), buf.rfind("\n\r\n"))
    if i > 0:
        return buf.index("\n", i + 1) + 1
    if len(buf) < hard:
        return None
    for sep in ("\n", " ", "\t"):
        i = buf.rfind(sep, 0, hard)
        if i > 0:
            return i + 1
    return hard


def iter_text_chunks(
    stream: IO[bytes],
    name: str,
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    target: int = CHUNK_CHARS,
    hard: int = HARD_CHARS,
    counter: list[int] | None = None,
) -> Iterator[tuple[int, str]]:
    """Decode ``stream`` incrementally and yield ``(offset, text)`` pieces cut by ``safe_cut``; ``offset`` is
    the piece's code-point offset in the whole document. Raises InputError naming the byte offset of invalid
    input, or a NUL byte (binary file) in the first 8 KB."""
    utf8 = encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")
    dec = codecs.getincrementaldecoder("utf-8" if utf8 else encoding)(errors)
    consumed = 0
    offset = 0
    buf = ""
    first = True
    while True:
        block = stream.read(max(target, 1024))
        if counter is not None:
            counter[0] += len(block)
        if first:
            first = False
            if utf8 and b"\x00" in block[:8192]:
                raise InputError(f"{name}: looks binary (NUL byte at offset {block.index(0)}); give a text file")
            if utf8 and block.startswith(codecs.BOM_UTF8):
                block = block[3:]
                consumed = 3
        pending = len(dec.getstate()[0])
        try:
            buf += dec.decode(block, final=not block)
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name}: not valid {encoding} at byte {consumed - pending + e.start} ({e.reason}); "
                "pass --encoding ENC or --errors replace"
            ) from None
        consumed += len(block)
        while buf:
            cut = len(buf) if not block else safe_cut(buf, target, hard)
            if cut is None:
                break
            yield offset, buf[:cut]
            offset += cut
            buf = buf[cut:]
        if not block:
            return


def _text_chunk(offset: int, text: str) -> ChunkResult:
    opts = _OPTS
    ms = _annotate(text)
    if opts.fmt == "json":
        out = ",\n".join(render.mention_json(m, offset) for m in ms)
    elif opts.fmt == "html":
        out = render.html_fragment(text, ms)
    else:
        out = (render.ansi if opts.color else render.plain)(text, ms)
    return ChunkResult(out, count=len(ms), mentions=len(ms))


# -- ordered parallel map ---------------------------------------------------------------------------------------
def _work(task: tuple[Any, ...]) -> ChunkResult:
    if task[0] == "j":
        return _jsonl_chunk(*task[1:])
    return _text_chunk(*task[1:])


@dataclass(frozen=True)
class Marker:
    """A control item in the task stream (start or end of a document), handled by the parent in order."""

    kind: str
    path: str


def ordered_map(
    func: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    jobs: int,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    window: int | None = None,
) -> Iterator[tuple[Any, Any]]:
    """``(item, func(item))`` in input order, computed in ``jobs`` processes with at most ``window`` items
    in flight. Items that are ``Marker``s pass through as ``(marker, None)`` without going to a worker. An
    error raised by ``items`` is re-raised after everything read before it has been yielded."""
    if jobs <= 1:
        initializer(*initargs)
        for it in items:
            yield (it, None) if isinstance(it, Marker) else (it, func(it))
        return
    window = window or 4 * jobs
    with mp.get_context().Pool(jobs, initializer, (*initargs, True)) as pool:
        pending: deque[tuple[Any, Any]] = deque()
        try:
            for it in items:
                pending.append((it, None if isinstance(it, Marker) else pool.apply_async(func, (it,))))
                while len(pending) > window or (pending and isinstance(pending[0][0], Marker)):
                    head, fut = pending.popleft()
                    yield head, (fut.get() if fut is not None else None)
        except InputError:
            while pending:
                head, fut = pending.popleft()
                yield head, (fut.get() if fut is not None else None)
            raise
        while pending:
            head, fut = pending.popleft()
            yield head, (fut.get() if fut is not None else None)


# -- files ------------------------------------------------------------------------------------------------------
class Progress:
    """``annotate: 41% 82.0/200.0 MB 12.3 MB/s`` on stderr, redrawn at most 5 times a second, shown only
    after the first second (short runs print nothing) and only when stderr is a terminal."""

    def __init__(self, total: int | None, stream: IO[str] | None = None, delay: float = 1.0):
        self.total = total
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.delay = delay
        self.last = 0.0
        self.shown = False

    def update(self, done: int, docs: int) -> None:
        now = time.monotonic()
        if now - self.start < self.delay or now - self.last < 0.2:
            return
        self.last = now
        rate = done / (now - self.start) / 1e6
        pct = f"{100 * done / self.total:3.0f}% " if self.total else ""
        tot = f"/{self.total / 1e6:.1f}" if self.total else ""
        self.stream.write(f"\rannotate: {pct}{done / 1e6:.1f}{tot} MB, {docs} records, {rate:.1f} MB/s ")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


# -- the driver -------------------------------------------------------------------------------------------------
def _tasks(paths: list[str], opts: Options, counter: list[int]) -> Iterator[Any]:
    for path in paths:
        name = "<stdin>" if path == "-" else path
        stream, _ = open_input(path)
        try:
            yield Marker("start", name)
            if opts.fmt == "jsonl":
                yield from _jsonl_tasks(stream, name, counter)
            else:
                for off, text in iter_text_chunks(stream, name, encoding=opts.encoding, errors=opts.errors, counter=counter):
                    yield ("t", off, text)
            yield Marker("end", name)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


def _jsonl_tasks(stream: IO[bytes], name: str, counter: list[int]) -> Iterator[tuple[Any, ...]]:
    lines: list[bytes] = []
    size = 0
    lineno = 1
    offset = 0
    for line in stream:
        lines.append(line)
        size += len(line)
        counter[0] += len(line)
        if size >= CHUNK_BYTES or len(lines) >= CHUNK_LINES:
            yield ("j", name, lineno, offset, lines)
            lineno += len(lines)
            offset += size
            lines, size = [], 0
    if lines:
        yield ("j", name, lineno, offset, lines)


def check_encoding(opts: Options) -> None:
    """Raise InputError for an unknown encoding or --errors value, or one JSONL cannot be split by lines in."""
    try:
        info = codecs.lookup(opts.encoding)
    except LookupError:
        raise InputError(f"unknown encoding {opts.encoding!r} (try utf-8, cp1251, iso-8859-1)") from None
    if opts.errors not in ("strict", "replace", "ignore"):
        raise InputError(f"unknown --errors {opts.errors!r} (use strict, replace or ignore)")
    if "\n".encode(info.name) != b"\n":
        raise InputError(f"--encoding {opts.encoding}: input must be ASCII-compatible (UTF-8, cp1251, ...); recode it with iconv")


def run(
    paths: list[str],
    g: Any,
    opts: Options,
    out: IO[bytes],
    *,
    jobs: int = 1,
    progress: bool = False,
) -> Stats:
    """Annotate ``paths`` (``-`` is stdin) into ``out`` in ``opts.fmt``. Raises InputError/BadRecord (one line)
    on unusable input; everything written before the error stays written."""
    check_encoding(opts)
    for p in paths:  # fail before writing anything when a file is missing or unreadable
        if p != "-":
            s, _ = open_input(p)
            s.close()
    total = None if "-" in paths else sum(os.path.getsize(p) for p in paths)
    bar = Progress(total) if progress else None
    stats = Stats()
    counter = [0]
    t0 = time.perf_counter()
    write = out.write
    fmt = opts.fmt
    many = len(paths) > 1
    mentions_in_doc = 0

    if fmt == "json":
        write(b"[")
    elif fmt == "html":
        title = paths[0] if len(paths) == 1 and paths[0] != "-" else "toponyms"
        write(render.html_head(f"toponyms: {title}").encode())
    try:
        for item, res in ordered_map(_work, _tasks(paths, opts, counter), jobs=jobs, initializer=init_worker, initargs=(g, opts)):
            if isinstance(item, Marker):
                if item.kind == "start":
                    mentions_in_doc = 0
                    if fmt == "json":
                        sep = ",\n" if stats.documents else "\n"
                        write(f'{sep}{{"path": {json.dumps(item.path, ensure_ascii=False)}, "mentions": ['.encode())
                    elif fmt == "html":
                        write(render.html_section_start(item.path).encode())
                    elif fmt == "text" and many:
                        write(f"{'' if not stats.documents else chr(10)}==> {item.path} <==\n".encode())
                else:
                    stats.documents += 1
                    if fmt == "json":
                        write(b"\n]}" if mentions_in_doc else b"]}")
                    elif fmt == "html":
                        write(render.html_section_end().encode())
                continue
            if fmt == "jsonl":
                write(res.out.encode("utf-8"))
                stats.records += res.count
                stats.mentions += res.mentions
                stats.bad += res.bad
                stats.first_bad = stats.first_bad or res.first_bad
                if res.error:
                    raise BadRecord(res.error)
            elif fmt == "json":
                if res.count:
                    write(("\n" if not mentions_in_doc else ",\n").encode() + res.out.encode("utf-8"))
                mentions_in_doc += res.count
                stats.mentions += res.count
            else:
                write(res.out.encode("utf-8"))
                stats.mentions += res.count
            if bar is not None:
                bar.update(counter[0], stats.records or stats.documents)
    finally:
        if bar is not None:
            bar.close()
    if fmt == "json":
        write(b"\n]\n")
    elif fmt == "html":
        write(render.html_tail().encode())
    stats.bytes_read = counter[0]
    stats.seconds = time.perf_counter() - t0
    return stats
