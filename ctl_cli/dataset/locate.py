"""Find the dataset file and read its bytes safely.

Never prints. Every problem becomes a DatasetError naming the file (and, for bad UTF-8, the line and
column). Kept light: this is on the path of every command.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import DatasetError, DatasetFileError, Problem

MAX_BYTES = 64 * 1024 * 1024


# --------------------------------------------------------------------------- locating


def bundled_path() -> Path:
    """The dataset shipped with ctl: ctl_cli/data/clusters.yaml inside an installed wheel, or
    data/clusters.yaml at the top of a source tree (an editable install). ctl is installed as
    files, never run from a zip: where neither file exists, the path of the first is returned and
    reading it reports it missing (DatasetError)."""
    package = Path(__file__).resolve().parents[1]
    candidates = (package / "data" / "clusters.yaml", package.parent / "data" / "clusters.yaml")
    return next((c for c in candidates if c.is_file()), candidates[0])


def resolve_path(data: str | None) -> Path:
    """--data (or validate's PATH) wins, then CTL_DATA, then the bundled dataset. DatasetFileError
    (kind empty_path) when data is given but empty (`--data "$UNSET"`): never the bundled one instead."""
    if data is not None and not data.strip():
        raise DatasetFileError("empty_path", Problem(data, None, None, "msg.loader.empty_path"))
    chosen = data or os.environ.get("CTL_DATA") or None
    return Path(chosen).expanduser() if chosen else bundled_path()


def read_bytes(path: Path) -> bytes:
    """The file's bytes (at most MAX_BYTES); DatasetFileError (kind not_found, is_dir, too_large or
    cannot_read) if missing, a folder, too large or unreadable."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            values = {"size": size, "limit": MAX_BYTES}
            raise DatasetFileError("too_large", Problem(name, None, None, "msg.loader.too_large", values))
        return path.read_bytes()
    except DatasetError:
        raise
    except (FileNotFoundError, NotADirectoryError):  # nosuch.yaml, or a file's name used as a folder
        raise DatasetFileError("not_found", Problem(name, None, None, "msg.loader.no_such_file")) from None
    except IsADirectoryError:
        raise DatasetFileError("is_dir", Problem(name, None, None, "msg.loader.is_dir")) from None
    except OSError as e:
        values = {"reason": e.strerror or str(e)}
        raise DatasetFileError("cannot_read", Problem(name, None, None, "msg.loader.cannot_read", values)) from None


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text of raw; DatasetError with the line and column of the first bad byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise DatasetError([Problem(name, line, column, "msg.loader.not_utf8")]) from None
