"""A cache of parsed datasets, so that most runs skip the YAML parser.

The parsed (plain) data is stored as JSON, never pickle, under a key made of the sha256 of
the dataset's bytes, the ctl version and this cache's format. The dataset is still validated
on every run, from the cached data, so the cache can never make ctl accept a bad dataset, and
an edited file has a new key, so it can never serve stale data.

Anything wrong with the cache (missing, unwritable, corrupt, truncated, foreign) is ignored:
the dataset is then parsed from YAML as if there were no cache. Files are written to a
temporary name and renamed into place, so a reader never sees a half-written one.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from . import __version__

FORMAT = "1"
KEEP = 8  # cache files kept; older ones are removed when a new one is written


def directory() -> Path | None:
    """CTL_CACHE_DIR, else $XDG_CACHE_HOME/ctl, else ~/.cache/ctl; None when CTL_NO_CACHE is set."""
    if os.environ.get("CTL_NO_CACHE", "") not in ("", "0"):
        return None
    chosen = os.environ.get("CTL_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ctl"


def key(raw: bytes) -> str:
    h = hashlib.sha256()
    h.update(f"ctl {__version__} cache {FORMAT}\0".encode())
    h.update(raw)
    return h.hexdigest()


def _file(k: str) -> Path | None:
    d = directory()
    return d / f"dataset-{k[:32]}.json" if d else None


def get(k: str) -> Any | None:
    path = _file(k)
    if path is None:
        return None
    try:
        envelope = json.loads(path.read_bytes())
        if isinstance(envelope, dict) and envelope.get("key") == k and "data" in envelope:
            return envelope["data"]
    except (OSError, ValueError, RecursionError):
        pass
    return None


def put(k: str, data: Any) -> None:
    path = _file(k)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"key": k, "data": data}, f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(path.parent)
    except (OSError, ValueError, TypeError):
        pass  # an unwritable cache is not an error: ctl just parses again next time


def _prune(d: Path) -> None:
    files = sorted(d.glob("dataset-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass
