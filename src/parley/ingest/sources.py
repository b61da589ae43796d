"""Where articles come from: files by extension, directories, standard input; home of `read_inputs`.

This module deals with the file system and streams (size limits, OS errors, directory order);
the formats module turns the decoded content into records.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import BinaryIO, TextIO

from parley.ingest.archives import ARCHIVE_KINDS, archive_kind, read_archive
from parley.ingest.formats import (
    NumberedLine,
    Record,
    read_detected,
    read_html,
    read_json_document,
    read_json_lines,
    read_plain_text,
)
from parley.ingest.normalize import (
    RejectedInput,
    check_not_binary,
    check_text_string,
    decode_bytes,
    decode_utf,
    split_bom,
)
from parley.types import InputFailure, InputWarning

#: The file kinds ingest reads, by lower-case extension.
KINDS: dict[str, str] = {
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
}

STDIN_PATH = "-"
STDIN_ORIGIN = "<stdin>"

_KNOWN_LIST = ".txt, .json, .jsonl, .html, .htm, .jsonl.gz, .parquet, .warc or .warc.gz"

#: A file's identity (device, inode), so that a file named twice is read once.
_Identity = tuple[int, int]


def read_inputs(
    paths: Sequence[str],
    *,
    max_bytes: int,
    published: date | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Record]:
    """Read every input named in `paths` and yield its articles, failures and warnings.

    A path is a file (.txt, .json, .jsonl, .html, .htm), a directory (read recursively in
    name order, hidden entries skipped, other extensions ignored) or `-` for `stdin` (by
    default the process's standard input). `published` is the date of articles that carry
    none of their own. Bad input never raises: it becomes one `InputFailure` and the batch
    goes on. A file named twice (or met again in a directory) is read once.
    Archives (.jsonl.gz, .parquet, .warc, .warc.gz) are streamed by `parley.ingest.archives`.
    """
    seen: set[_Identity] = set()
    visited_directories: set[_Identity] = set()
    stdin_read = False
    for path in paths:
        if path == STDIN_PATH:
            if stdin_read:
                yield InputFailure(STDIN_ORIGIN, "standard input given more than once")
                continue
            stdin_read = True
            yield from _read_stdin(stdin, max_bytes, published)
            continue
        try:
            info = os.stat(path)
        except OSError as error:
            yield InputFailure(path, _os_reason(error))
            continue
        except ValueError:  # a NUL character in the path
            yield InputFailure(path, "file not found (invalid path)")
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _read_directory(path, max_bytes, published, seen, visited_directories)
            continue
        if not stat.S_ISREG(info.st_mode):
            yield InputFailure(path, not_regular(info.st_mode))
            continue
        kind = _kind_of(path)
        if kind is None:
            yield InputFailure(path, _unsupported(path))
            continue
        yield from _read_file(path, kind, max_bytes, published, seen)


def describe_size(size: int) -> str:
    """A size as a person reads it: 312 B, 4.1 KB, 6.2 MB (binary multiples)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def too_large(size: int | None, limit: int, *, what: str = "file") -> str:
    """The reason given for an input over the size limit; exact bytes when rounding hides it."""
    if size is None:
        return f"{what} is over the {describe_size(limit)} limit"
    shown, limit_shown = describe_size(size), describe_size(limit)
    if shown == limit_shown:
        shown, limit_shown = f"{size:,} B", f"{limit:,} B"
    return f"{what} is {shown}, over the {limit_shown} limit"


def not_regular(mode: int) -> str:
    """Why a path that is no regular file is refused: opening a FIFO blocks until someone
    writes to it, and a device may never end, so neither is ever opened."""
    if stat.S_ISFIFO(mode):
        what = "a named pipe (FIFO)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    else:
        what = "not a regular file"
    return f"{what}, not a regular file: not read"


def _kind_of(path: str) -> str | None:
    return archive_kind(path) or KINDS.get(os.path.splitext(path)[1].lower())


def _unsupported(path: str) -> str:
    suffix = os.path.splitext(path)[1]
    named = f"'{suffix}'" if suffix else "(no extension)"
    return f"unsupported file type {named}; expected {_KNOWN_LIST}"


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "file not found"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(error, NotADirectoryError):
        return "file not found (a part of the path is not a directory)"
    return f"cannot read: {error.strerror or error}"


def _identity(path: str) -> _Identity:
    info = os.stat(path)
    return (info.st_dev, info.st_ino)


def _files_under(
    directory: str, visited: set[_Identity]
) -> Iterator[tuple[str, str] | InputFailure]:
    """(path, kind) of known-kind files under `directory`, depth first in name order.

    Hidden entries are skipped; `visited` guards against symbolic-link loops.
    """
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield InputFailure(directory, _os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                identity = _identity(entry.path)
                if identity not in visited:
                    visited.add(identity)
                    yield from _files_under(entry.path, visited)
                continue
            is_file = entry.is_file()
        except OSError as error:
            yield InputFailure(entry.path, _os_reason(error))
            continue
        kind = _kind_of(entry.name)
        if is_file and kind is not None:
            yield entry.path, kind


def _read_directory(
    directory: str,
    max_bytes: int,
    published: date | None,
    seen: set[_Identity],
    visited: set[_Identity],
) -> Iterator[Record]:
    try:
        identity = _identity(directory)
    except OSError as error:
        yield InputFailure(directory, _os_reason(error))
        return
    if identity in visited:  # named twice, or already inside a directory named before
        return
    visited.add(identity)
    found = 0
    for item in _files_under(directory, visited):
        if isinstance(item, InputFailure):
            yield item
            continue
        found += 1
        path, kind = item
        yield from _read_file(path, kind, max_bytes, published, seen)
    if found == 0:
        yield InputWarning(directory, f"no {_KNOWN_LIST} files found")


def _load(path: str, max_bytes: int, seen: set[_Identity]) -> bytes | InputFailure | None:
    """The bytes of a file, a failure, or None when this file was already read."""
    try:
        # Non-blocking: a path swapped for a FIFO after it was checked must not hang the run.
        with open(path, "rb", opener=_open_without_blocking) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return InputFailure(path, not_regular(info.st_mode))
            identity = (info.st_dev, info.st_ino)
            if identity in seen:
                return None
            seen.add(identity)
            if info.st_size > max_bytes:
                return InputFailure(path, too_large(info.st_size, max_bytes))
            data = handle.read(max_bytes + 1)  # a file may grow, a pipe has no size
    except OSError as error:
        return InputFailure(path, _os_reason(error))
    if len(data) > max_bytes:
        return InputFailure(path, too_large(None, max_bytes))
    return data


def _open_without_blocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _json_lines(data: bytes) -> list[NumberedLine]:
    """Lines decoded one by one, so that one bad byte costs one line, not the file."""
    check_not_binary(data)
    body, encoding, skipped = split_bom(data)
    if encoding != "utf-8":
        return list(enumerate(decode_utf(body, encoding, offset=skipped).split("\n"), start=1))
    lines: list[NumberedLine] = []
    offset = skipped
    for number, raw in enumerate(body.split(b"\n"), start=1):
        try:
            lines.append((number, decode_utf(raw, offset=offset)))
        except RejectedInput as problem:
            lines.append((number, problem))
        offset += len(raw) + 1
    return lines


def _read_file(
    path: str, kind: str, max_bytes: int, published: date | None, seen: set[_Identity]
) -> Iterator[Record]:
    """The records of one file; an unexpected error of a reader fails this file only."""
    try:
        yield from _read_file_unguarded(path, kind, max_bytes, published, seen)
    except Exception as error:  # a reader's bug or a library's surprise: one input, one line
        yield InputFailure(path, f"could not be read ({type(error).__name__}: "
                                 f"{str(error).splitlines()[0][:200] if str(error) else ''})")


def _read_file_unguarded(
    path: str, kind: str, max_bytes: int, published: date | None, seen: set[_Identity]
) -> Iterator[Record]:
    if kind in ARCHIVE_KINDS:  # streamed, never loaded whole: the limit is per article
        yield from read_archive(path, kind, max_bytes, published, seen)
        return
    loaded = _load(path, max_bytes, seen)
    if loaded is None:
        return
    if isinstance(loaded, InputFailure):
        yield loaded
        return
    try:
        if kind == "jsonl":
            lines = _json_lines(loaded)
        else:
            text = decode_bytes(loaded)
            if not text.strip():
                raise RejectedInput("empty text")
    except RejectedInput as problem:
        yield InputFailure(path, str(problem))
        return
    if kind == "jsonl":
        yield from read_json_lines(lines, path, published)
    elif kind == "json":
        yield from read_json_document(text, path, published)
    elif kind == "html":
        yield from read_html(text, path, published)
    else:
        yield from read_plain_text(text, path, published)


def _read_stdin(
    stream: TextIO | BinaryIO | None, max_bytes: int, published: date | None
) -> Iterator[Record]:
    source: TextIO | BinaryIO | None = stream
    if source is None:
        source = getattr(sys.stdin, "buffer", sys.stdin)
    if source is None:
        yield InputFailure(STDIN_ORIGIN, "no standard input")
        return
    try:
        chunk = source.read(max_bytes + 1)
    except UnicodeDecodeError as error:
        yield InputFailure(
            STDIN_ORIGIN,
            f"not valid {error.encoding.upper()} text (byte 0x{error.object[error.start]:02x})",
        )
        return
    except OSError as error:
        yield InputFailure(STDIN_ORIGIN, f"cannot read: {error.strerror or error}")
        return
    try:
        if isinstance(chunk, str):
            size = len(chunk.encode("utf-8", errors="surrogatepass"))
            if len(chunk) > max_bytes or size > max_bytes:
                raise RejectedInput(too_large(None, max_bytes, what="input"))
            text = chunk.removeprefix("\ufeff")
            check_text_string(text)
        else:
            if len(chunk) > max_bytes:
                raise RejectedInput(too_large(None, max_bytes, what="input"))
            text = decode_bytes(chunk)
        if not text.strip():
            raise RejectedInput("empty text")
    except RejectedInput as problem:
        yield InputFailure(STDIN_ORIGIN, str(problem))
        return
    try:
        yield from read_detected(text, STDIN_ORIGIN, published)
    except Exception as error:  # as `_read_file`: the input fails, the batch goes on
        yield InputFailure(STDIN_ORIGIN, f"could not be read ({type(error).__name__})")
