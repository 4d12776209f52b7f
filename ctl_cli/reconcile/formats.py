"""The formats ctl reconcile reads, detect(): the format of a file from its content (never its name),
and read(): its rows, in a stream.

Formats: "cordis" (CORDIS organization.csv), "ror_json" / "ror_csv" (ROR's data dump, schema v2, or one
record of ror-community/ror-records), "startups" (the register of innovative start-ups, xlsx as
published, or its older '|'-separated CSV).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import BadRequest
from .rows import Counting, NotUtf8, Row, first_bad_line, uncommented

FORMATS = ("cordis", "ror_json", "ror_csv", "startups")
HEAD_BYTES = 65536
SCAN_LINES = 30  # the start-up register's header row is among the first lines


def shown(path: Path) -> str:
    """The path as a message names it: cut after 100 characters (a 5,000-character argument is not echoed)."""
    text = str(path)
    return text if len(text) <= 120 else f"{text[:100]}…"


def opened(path: Path):
    """The file at `path` opened for reading in binary; BadRequest (exit 2) naming it if it cannot be."""
    try:
        if path.is_dir():
            raise BadRequest("msg.reconcile.is_dir", path=shown(path))
        return path.open("rb")
    except FileNotFoundError:
        raise BadRequest("msg.reconcile.no_file", path=shown(path)) from None
    except OSError as e:
        raise BadRequest("msg.reconcile.cannot_read", path=shown(path), reason=e.strerror or str(e)) from None
    except ValueError as e:  # a NUL in the name
        raise BadRequest("msg.reconcile.cannot_read", path=shown(path), reason=str(e)) from None


def detect(path: Path) -> str:
    """The format of the file at `path` (one of FORMATS), from its first HEAD_BYTES bytes; BadRequest
    (exit 2, msg.reconcile.unknown_format, which names the formats expected) when none fits."""
    with opened(path) as f:
        head = f.read(HEAD_BYTES)
    if head.startswith(b"PK\x03\x04"):  # a zip: an xlsx workbook
        from .startups import is_startup_workbook

        if is_startup_workbook(path):
            return "startups"
    else:
        text = "\n".join(uncommented(head.decode("utf-8-sig", errors="replace").lstrip().split("\n")))
        first = text.split("\n", 1)[0]
        if text[:1] in "[{" and ("ror_display" in text or "https://ror.org/" in text):
            return "ror_json"
        if "projectID" in first and "organisationID" in first and ";" in first:
            return "cordis"
        if "names.types.ror_display" in first and first.startswith(("id,", '"id",')):
            return "ror_csv"
        from .startups import header_columns

        if any(header_columns(line.split("|")) for line in text.split("\n")[:SCAN_LINES] if "|" in line):
            return "startups"
    raise BadRequest("msg.reconcile.unknown_format", path=shown(path))


def read(path: Path, fmt: str, tick: Callable[[int], None] | None = None) -> Iterator[Row]:
    """The rows of the file at `path` in format `fmt`, one at a time (the file is never read whole);
    tick(bytes read so far) now and then. BadRequest (exit 2) if the file breaks off or is malformed, NotUtf8
    (exit 2) if it is not UTF-8."""
    if fmt == "startups":
        from .startups import rows as startup_rows

        yield from startup_rows(path, tick)
        return
    with opened(path) as raw:
        stream = Counting(raw, tick)
        try:
            yield from _stream_rows(stream, path, fmt)
        except UnicodeDecodeError:  # a Latin-1 or Windows-1252 export: say where, and that UTF-8 is expected
            raise NotUtf8(path, "line", first_bad_line(path)) from None


def _stream_rows(stream, path: Path, fmt: str) -> Iterator[Row]:
    if fmt in ("cordis", "ror_csv"):
        from .cordis import rows as cordis_rows
        from .ror import csv_rows

        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        line, skipped = text.readline(), 0
        while line.startswith("#"):  # comment lines before the header (a fixture's citation): rows all the same
            line, skipped = text.readline(), skipped + 1
        reader = cordis_rows if fmt == "cordis" else csv_rows
        yield from reader(itertools.chain([line], text), path, first=2 + skipped)
    else:
        from .ror import json_rows

        yield from json_rows(stream, path)
