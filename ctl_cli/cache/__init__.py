"""The cache layer: answer questions from a dataset's SQLite index, building the index (parse,
validate, index) only when none exists for the dataset's bytes yet.

Kept light: this is on the path of every command. Never prints.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..dataset.locate import decode, read_bytes, resolve_path
from .index import Broken, Index

if TYPE_CHECKING:
    from ..dataset.model import Dataset

T = TypeVar("T")

# The index last built in this process (a cold run: the dataset parsed and indexed here), else None. It is
# kept, and so the dataset it holds: not freed one object at a time when the command drops it, before its
# answer is written (70-90 ms at 100x), nor when the process ends (__main__.run ends it at once).
built: Index | None = None


def open_index(path: Path) -> Index:
    """The index of the dataset file at `path`: from the cache, or parsed, validated and indexed now.

    Raises DatasetError (file, line, column of every problem) when the file is missing, unreadable
    or invalid."""
    global built
    from . import store

    name = str(path)
    raw = read_bytes(path)
    key = store.key(raw)
    idx = store.open_index(key, name)
    if idx is None:
        from ..dataset.validate import parse  # only now: the validator and the model cost start-up time

        # Parsing, checking and indexing make a million objects and no reference cycle: the cyclic
        # garbage collector would only walk them again and again (0.12 s of a cold run at 100x).
        # Once built they are kept (the index holds the dataset) or freed by reference counting:
        # frozen, the collector never walks them again either.
        collecting = gc.isenabled()
        gc.disable()
        try:
            idx = store.build_index(key, parse(decode(raw, name), name), name, len(raw))
            gc.freeze()
            built = idx
        finally:
            if collecting:
                gc.enable()
    return idx


def answer(data: str | None, question: Callable[[Index], T]) -> T:
    """Ask the index of the dataset chosen by `data` (--data), CTL_DATA or the bundled one.

    An index file found broken while it is read (truncated, overwritten) is thrown away and the
    dataset indexed again, once. Raises DatasetError as open_index does."""
    from . import store

    path = resolve_path(data)
    try:
        return question(open_index(path))
    except Broken:
        store.discard(store.key(read_bytes(path)))
        return question(open_index(path))


def load(data: str | None = None) -> Dataset:
    """The typed dataset chosen by `data`, CTL_DATA or the bundled one (validated; DatasetError if not)."""
    return load_path(resolve_path(data))


def load_path(path: Path) -> Dataset:
    """The typed dataset in the file at `path` (validated; DatasetError if not)."""
    return open_index(path).dataset()


def load_lenient(path: Path) -> Dataset:
    """The typed dataset in the file at `path`: as load_path, or, for a file whose shape is right but
    that today's cross-record rules refuse (an older release), read with those problems in its
    .refused (dataset.validate.parse, lenient), not indexed.

    Raises DatasetError as load_path does for a missing or unreadable file, bad YAML, a wrong shape,
    or a rule problem that leaves the model unbuildable."""
    from ..errors import DatasetError, DatasetFileError

    try:
        return load_path(path)
    except DatasetFileError:
        raise
    except DatasetError:
        from ..dataset.validate import parse

        return parse(decode(read_bytes(path), str(path)), str(path), lenient=True)
