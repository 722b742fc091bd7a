"""Reading copy and writing it back: clear errors for bad input, atomic writes that keep permissions.

Every CLI command reads user files through ``read_text`` and writes through ``atomic_write``, so a missing
file, a folder, a binary file or invalid UTF-8 becomes one ``InputError`` line, and an interrupted write never
leaves a partial file.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["InputError", "open_input", "read_text", "read_bytes", "decode", "atomic_write", "atomic_output"]


class InputError(Exception):
    """Input the tool cannot use; the message names the file and says what to do (exit 2)."""


def open_input(path: str) -> tuple[IO[bytes], int | None]:
    """A binary stream for ``path`` (``-`` is stdin) and its size when known. Raises InputError (one line)."""
    if path == "-":
        return sys.stdin.buffer, None
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory; give the files inside it (e.g. {p}/*.txt)")
        f = open(p, "rb")  # noqa: SIM115 - closed by the caller
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory; give the files inside it") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read: {e.strerror or e}") from None
    try:
        size = os.fstat(f.fileno()).st_size
    except OSError:
        size = None
    return f, size


def read_bytes(path: str | Path) -> bytes:
    """The bytes of ``path`` (``-`` is stdin). Raises InputError for a missing, unreadable or non-file path."""
    f, _ = open_input(str(path))
    if f is sys.stdin.buffer:
        return f.read()
    with f:
        try:
            return f.read()
        except OSError as e:
            raise InputError(f"{path}: cannot read: {e.strerror or e}") from None


def decode(data: bytes, name: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Text from bytes. Raises InputError naming the byte offset for invalid input or a binary file."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (try utf-8, cp1251, iso-8859-1)") from None
    if errors not in ("strict", "replace", "ignore", "surrogateescape", "backslashreplace"):
        raise InputError(f"unknown --errors {errors!r} (use strict, replace or ignore)")
    if b"\x00" in data[:8192] and encoding.lower().replace("-", "") in ("utf8", "utf8sig"):
        raise InputError(f"{name}: looks binary (NUL byte at offset {data.index(0)}); give a text file")
    if data.startswith(codecs.BOM_UTF8) and encoding.lower().replace("-", "") == "utf8":
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid {encoding} at byte {e.start} ({e.reason}); pass --encoding ENC or --errors replace"
        ) from None


def read_text(path: str | Path, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Read a text file (or ``-`` for stdin) with clear one-line errors."""
    name = "<stdin>" if str(path) == "-" else str(path)
    return decode(read_bytes(path), name, encoding=encoding, errors=errors)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary stream that replaces ``path`` only when the block completes (temp file + rename in the same
    folder, permission bits kept); an error or Ctrl-C leaves the old file as it was and no temp file behind.
    The streaming counterpart of ``textio.atomic_write``."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p}: is a directory; give a file name for --output")
    if p.exists() and not p.is_file():  # /dev/null, a FIFO, a terminal: write through, never replace it
        try:
            with open(p, "wb") as f:
                yield f
        except PermissionError:
            raise InputError(f"{p}: permission denied") from None
        return
    try:
        mode = stat.S_IMODE(p.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()  # what open() would have given a new file, not mkstemp's 0600
    try:
        fd, tmp = tempfile.mkstemp(dir=p.parent if str(p.parent) else ".", prefix=f".{p.name}.", suffix=".toponyms-tmp")
    except FileNotFoundError:
        raise InputError(f"{p}: no such folder {p.parent}") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied (cannot write in {p.parent})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write(path: str | Path, text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically (temp file + rename), keeping the file's permission bits.

    A crash or interrupt mid-write leaves the original file untouched and no temp file behind.
    """
    with atomic_output(path) as f:
        f.write(text.encode(encoding))
