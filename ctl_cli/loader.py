"""Data layer: find the dataset, read it safely, and answer from its index (index.py), parsing and
checking it (builder.py) only when the index does not exist yet.

Never prints. Every problem becomes a Problem with file, line and column. Kept light: this is on
the path of every command.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import DatasetError, Problem
from .index import Broken, Index

if TYPE_CHECKING:
    from .model import Dataset

T = TypeVar("T")

MAX_BYTES = 64 * 1024 * 1024


# --------------------------------------------------------------------------- locating


def bundled_path() -> Path:
    """The dataset shipped with ctl: inside the wheel, or in the source tree (editable install)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "data" / "clusters.yaml", here.parent / "data" / "clusters.yaml"):
        if candidate.is_file():
            return candidate
    from importlib.resources import files  # a zipped or otherwise unusual install

    return Path(str(files("ctl_cli").joinpath("data/clusters.yaml")))


def resolve_path(data: str | None) -> Path:
    """--data wins, then CTL_DATA, then the bundled dataset."""
    chosen = data or os.environ.get("CTL_DATA") or None
    return Path(chosen).expanduser() if chosen else bundled_path()


def read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DatasetError([Problem(name, None, None, f"file is {size:,} bytes; the limit is {MAX_BYTES:,}")])
        return path.read_bytes()
    except DatasetError:
        raise
    except FileNotFoundError:
        raise DatasetError([Problem(name, None, None, "no such file")]) from None
    except IsADirectoryError:
        raise DatasetError([Problem(name, None, None, "is a directory, not a dataset file")]) from None
    except OSError as e:
        raise DatasetError([Problem(name, None, None, f"cannot read: {e.strerror or e}")]) from None


def decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise DatasetError([Problem(name, line, column, "not valid UTF-8 text")]) from None


def load(data: str | None = None) -> Dataset:
    """Load and validate the dataset chosen by --data / CTL_DATA / the bundled one."""
    return load_path(resolve_path(data))


def load_path(path: Path) -> Dataset:
    return open_index(path).dataset()


def open_index(path: Path) -> Index:
    """The index of the dataset at path: from the cache, or parsed, validated and indexed now."""
    from . import cache

    name = str(path)
    raw = read_bytes(path)
    key = cache.key(raw)
    idx = cache.open_index(key, name)
    if idx is None:
        idx = cache.build_index(key, parse(decode(raw, name), name), name)
    return idx


def answer(data: str | None, question: Callable[[Index], T]) -> T:
    """Ask the index of the chosen dataset a question. An index file found broken while it is
    read (truncated, overwritten) is thrown away and the dataset indexed again, once."""
    from . import cache

    path = resolve_path(data)
    try:
        return question(open_index(path))
    except Broken:
        cache.discard(cache.key(read_bytes(path)))
        return question(open_index(path))


def parse(text: str, name: str) -> Dataset:
    """Parse YAML text and check it: the typed dataset, or DatasetError with every problem."""
    from . import builder

    return builder.parse(text, name)


def build(value: Any, marks: dict, name: str) -> Dataset:
    """Check plain data (parsed YAML or JSON) and build the typed dataset."""
    from . import builder

    return builder.build(value, marks, name)
