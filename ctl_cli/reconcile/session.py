"""One run of ctl reconcile: which dataset file, read and checked; the registry's file read in a stream
against it; and which file --write may change."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from ..errors import BadRequest
from .formats import read
from .propose import Result, propose


def file_date(path: Path, given: str | None) -> str:
    """The date the evidence carries for rows without their own: `given` (--date, YYYY-MM-DD; BadRequest,
    exit 2, if it is not one), else the file's modification date (a download's date, usually)."""
    if given is not None:
        try:
            return _dt.date.fromisoformat(given.strip()).isoformat()
        except ValueError:
            raise BadRequest("msg.reconcile.bad_date", value=given) from None
    return _dt.date.fromtimestamp(path.stat().st_mtime).isoformat()


def dataset_file(data: str | None) -> Path:
    """The dataset file: --data, else CTL_DATA, else the bundled one (dataset.locate.resolve_path)."""
    from ..dataset.locate import resolve_path

    return resolve_path(data)


def writable(data: str | None) -> Path:
    """The dataset file --write may change: the one --data or CTL_DATA names, or the bundled one when ctl
    runs from a source checkout (data/clusters.yaml next to pyproject.toml). An installed ctl's own copy
    is never edited (a reinstall would lose the change): BadRequest (exit 2), saying to copy it and use --data."""
    import os

    path = dataset_file(data)
    if data or os.environ.get("CTL_DATA"):
        return path
    if (path.parent.parent / "pyproject.toml").is_file() and path.parent.name == "data":
        return path
    raise BadRequest("msg.reconcile.installed", path=str(path))


def run(src: Path, fmt: str, data: str | None, date: str | None, tick: Callable[[int], None] | None) -> Result:
    """Read the dataset (DatasetError, exit 3, if it is invalid) and the registry's file `src` in format
    `fmt` against it: the Result. date: --date, or None for the file's modification date."""
    from ..dataset.locate import decode, read_bytes
    from ..dataset.validate import parse

    path = dataset_file(data)
    ds = parse(decode(read_bytes(path), str(path)), str(path))
    return propose(ds, fmt, read(src, fmt, tick), src, file_date(src, date))
