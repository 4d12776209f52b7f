"""Where index files live: one SQLite index per dataset in the user cache directory.

An index file is named by a key made of a hash of the dataset's bytes, the ctl version and the
index format, so an edited dataset (or another ctl) never finds an old index: it can never serve
stale data. Only a dataset that passed validation is ever indexed.

Anything wrong with the cache (missing, unwritable, corrupt, truncated, foreign) is not an error:
the file is removed and the dataset is parsed and indexed again (in memory, if the directory is
unwritable). A new index is written under a temporary name and renamed into place, so another
ctl running at the same time never reads a half-written one. Nothing is ever unpickled.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from .. import __version__
from .index import FORMAT, Broken, Index, write

KEEP = 8  # index files kept; older ones are removed when a new one is written
# classification files kept, of the indexes kept: each is about 10 MB, and each version of ctl or of a dataset
# makes a new one, so a user who upgrades ctl would otherwise carry the tables of eight versions (80 MB)
KEEP_CLASSIFICATION = 3
PREFIX = "index-"
BACKGROUND = 1_000_000  # bytes of YAML from which a cold run answers before its index file is written
ATECO_PREFIX = "ateco-"  # the classification's tables of a dataset, made the first time `ctl match` asks


def directory() -> Path | None:
    """The folder of index files: CTL_CACHE_DIR, else $XDG_CACHE_HOME/ctl, else $HOME/.cache/ctl
    (HOME unset: the home the system gives the user). None, so that the index is kept in memory,
    when CTL_NO_CACHE is set or none of them is a sane folder. Only an absolute path is sane: a
    relative XDG_CACHE_HOME is ignored, as the XDG Base Directory spec says (it would put the cache
    in whatever folder ctl runs in), and so is a relative CTL_CACHE_DIR; an empty or relative HOME is
    no home (`HOME=` would put it in /.cache). A leading ~ in CTL_CACHE_DIR is the home."""
    if os.environ.get("CTL_NO_CACHE", "") not in ("", "0"):
        return None
    chosen = _absolute(os.environ.get("CTL_CACHE_DIR", ""), expand=True)
    if chosen:
        return Path(chosen)
    xdg = _absolute(os.environ.get("XDG_CACHE_HOME", ""))
    if xdg:
        return Path(xdg) / "ctl"
    home = _home()
    return Path(home) / ".cache" / "ctl" if home else None


def _home() -> str:
    """The user's home: HOME when it is set, only if absolute (an empty HOME is no home), else the
    one the system's user database gives; "" when there is none."""
    home = os.environ["HOME"] if "HOME" in os.environ else os.path.expanduser("~")
    return home if os.path.isabs(home) else ""


def _absolute(path: str, expand: bool = False) -> str:
    """path if it is absolute, else "". expand: a leading ~ is the home first (_home; ~user: that user's)."""
    if expand and (path == "~" or path.startswith("~/")):
        home = _home()
        path = os.path.join(home, path[2:]) if home else ""
    elif expand and path.startswith("~"):
        path = os.path.expanduser(path)
    return path if os.path.isabs(path) else ""


def key(raw: bytes) -> str:
    """The cache key of a dataset: 40 hex digits of blake2b over the ctl version, FORMAT, the `ateco`
    package's version and edition (records.classification.stamp), the hash of the bundled NACE Rev. 2.1
    English file (records.nace.stamp: its titles and notes) and the bytes."""
    try:
        from _blake2 import blake2b  # the C module itself: importing hashlib costs more start-up time
    except ImportError:  # pragma: no cover - other Pythons
        from hashlib import blake2b
    from ..records import nace
    from ..records.classification import stamp

    h = blake2b(digest_size=20)
    h.update(f"ctl {__version__} index {FORMAT} ateco {stamp()} nace {nace.stamp()}\0".encode())
    h.update(raw)
    return h.hexdigest()


def file_for(k: str, prefix: str = PREFIX) -> Path | None:
    """The index file of key k (or, with ATECO_PREFIX, its classification file) in the cache directory,
    or None when the cache is off."""
    d = directory()
    return d / f"{prefix}{k}.sqlite" if d else None


def open_index(k: str, name: str) -> Index | None:
    """The index stored for key k, or None (and any unusable file removed)."""
    path = file_for(k)
    if path is None or not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        idx = Index(con, name, ateco=lambda i, busy=None: classification(k, i, busy))
        idx.check(k)
        return idx
    except (sqlite3.Error, Broken, OSError, ValueError):
        discard(k)
        return None


def build_index(k: str, ds: Any, name: str, size: int = 0) -> Index:
    """The index of a validated dataset of `size` bytes, just parsed: written into the cache directory
    if it can be, else made in memory as questions need it (lazy.LazyIndex). A dataset of BACKGROUND
    bytes or more is answered from memory at once, and its file written by a process of its own
    (_write_detached), so a cold run does not wait for the whole index."""
    from .lazy import LazyIndex

    path = file_for(k)
    if path is None:
        return LazyIndex(ds, k, name)  # no cache: its classification in memory too (ateco.in_memory)
    ateco = lambda i, busy=None: classification(k, i, busy)  # noqa: E731
    if size >= BACKGROUND and _write_detached(path, lambda c: write(c, ds, k)):
        return LazyIndex(ds, k, name, ateco=ateco)
    con = _written(path, lambda c: write(c, ds, k))
    if con is None:  # an unwritable cache is not an error
        return LazyIndex(ds, k, name)
    _prune(path.parent)
    return Index(con, name, ds, ateco=ateco)


def _write_detached(path: Path, fill: Any) -> bool:
    """Write the SQLite file at `path` (as _written does) in a detached process: a grandchild of this
    one, in a session of its own, reading and writing /dev/null rather than this run's terminal or
    pipes (and no other descriptor of this run's left open), so that a reader of `ctl ... | head`
    never waits for it, Ctrl-C does not reach it, and no zombie is left (the child between them ends
    at once and is waited for). It never returns into the caller's code: it ends with os._exit once
    the file is in place, or not. True if it was started; False where processes cannot be forked or
    the cache directory cannot be made (then the caller writes the file itself)."""
    if not hasattr(os, "fork"):
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        pid = os.fork()
    except OSError:
        return False
    if pid:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        return True
    try:  # the child: start the grandchild and end
        os.setsid()
        if os.fork():
            os._exit(0)
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.closerange(3, 1 << 16)  # nor any other file or pipe of the caller's (it opens its own)
        con = _written(path, fill, make_folder=False)  # a folder removed meanwhile is not made again
        if con is not None:
            con.close()
            _prune(path.parent)
    finally:
        os._exit(0)


def classification(k: str, idx: Index, busy: Any = None) -> sqlite3.Connection:
    """The classification tables (cache/ateco) of the dataset whose index is `idx` and key is k: read-only
    from their file in the cache directory, else made now from idx.dataset() and the `ateco` package
    (records/classification.build: about half a second) and kept there, written as an index is
    (_written); in memory when the cache is off or unwritable. A file of another key or that cannot be
    read is removed and made again. `busy` (a context manager factory, or None) is entered while they are
    made. Raises Broken if the index's dataset cannot be read."""
    import gc

    from .ateco import in_memory, key_of
    from .ateco import write as write_ateco

    path = file_for(k, ATECO_PREFIX)
    if path is not None and path.is_file():
        try:
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            if key_of(con) == k:
                return con
            con.close()
        except sqlite3.Error:
            pass
        with contextlib.suppress(OSError):
            path.unlink()
    with busy() if busy else contextlib.nullcontext():
        ds = idx.dataset()
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of rows and no cycle: see cache.open_index
        try:
            return _written(path, lambda c: write_ateco(c, ds, k)) or in_memory(ds, k)
        finally:
            if collecting:
                gc.enable()


def _written(path: Path | None, fill: Any, make_folder: bool = True) -> sqlite3.Connection | None:
    """A new SQLite file at `path`, filled by fill(connection) under a temporary name and renamed into
    place whole (another ctl never reads a half-written one); its open connection, or None when there
    is no cache (path None) or it cannot be written (an unwritable cache is not an error). make_folder:
    make the cache directory first if it is not there."""
    if path is None:
        return None
    tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(tmp, check_same_thread=False)
        try:
            fill(con)
            os.replace(tmp, path)
        except BaseException:
            con.close()
            raise
        return con
    except (OSError, sqlite3.Error):
        return None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def discard(k: str) -> None:
    """Remove the index file of key k and its classification file, if there are any (never raises)."""
    for prefix in (PREFIX, ATECO_PREFIX):
        path = file_for(k, prefix)
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()


def _prune(d: Path) -> None:
    """Remove from the cache folder `d` the index files but the KEEP newest, the classification files but
    the KEEP_CLASSIFICATION newest of those whose index is kept (one whose index is gone is of no use),
    and the JSON parse cache of ctl before the index. Files that cannot be removed are left."""
    legacy = list(d.glob("dataset-*.json"))

    def newest_first(prefix: str) -> list[Path]:
        return sorted(d.glob(f"{prefix}*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)

    indexes = newest_first(PREFIX)
    kept = {p.name[len(PREFIX) :] for p in indexes[:KEEP]}
    tables = newest_first(ATECO_PREFIX)
    useful = [p for p in tables if p.name[len(ATECO_PREFIX) :] in kept]
    old = indexes[KEEP:] + [p for p in tables if p not in useful[:KEEP_CLASSIFICATION]]
    for path in old + legacy:
        with contextlib.suppress(OSError):
            path.unlink()
