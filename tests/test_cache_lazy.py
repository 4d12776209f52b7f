"""A cold run answers from an index made in memory as its questions need it (cache/lazy.py), and a
large dataset's index file is written by a detached process after that (store._write_detached)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ctl_cli.cache import index, store
from ctl_cli.cache.lazy import LazyIndex
from ctl_cli.dataset import locate, validate

from .test_process import ROOT, env

BUNDLED = validate.parse(locate.bundled_path().read_text(encoding="utf-8"), "bundled")
_con = sqlite3.connect(":memory:")
index.write(_con, BUNDLED, "k")
FULL = index.Index(_con, "bundled")


def test_a_lazy_index_answers_every_question_as_the_index_file_does():
    lazy = LazyIndex(BUNDLED, "k", "bundled")
    meta = ("format", "key", "as_of", "raw", "member_types", "match", "hints", "sources", "org_names", "dated_facts")
    for key in (*meta, "nosuch"):
        assert lazy.meta(key) == FULL.meta(key), key
    assert lazy.summaries() == FULL.summaries()
    assert lazy.cluster_keys() == FULL.cluster_keys()
    assert lazy.cluster_hints() == FULL.cluster_hints()
    assert lazy.member_types() == FULL.member_types()
    assert lazy.match_entries() == FULL.match_entries()
    assert lazy.sources() == FULL.sources()
    assert lazy.as_of() == FULL.as_of()
    assert lazy.provinces() == FULL.provinces() and lazy.cities() == FULL.cities()
    for c in BUNDLED.clusters:
        assert lazy.detail(c.id) == FULL.detail(c.id)
    for args in [(), (["universita"],), ((), ["sme", "startup"]), ((), (), ["energy"], "milano", "MI", ["founder"])]:
        assert lazy.search(*args) == FULL.search(*args)
    assert lazy.org_names() == FULL.org_names()
    for oid in ("assolombarda", "confindustria-varese", "consiglio-nazionale-delle-ricerche"):
        assert lazy.org(oid) == FULL.org(oid)
    assert lazy.dataset() is BUNDLED


def test_a_lazy_index_makes_only_what_it_is_asked_for():
    lazy = LazyIndex(BUNDLED, "k", "bundled")
    lazy.summaries()  # ctl list
    assert lazy._filled == {"clusters"} and lazy._meta == {}
    assert lazy.con.execute("SELECT count(*) FROM orgs").fetchone() == (0,)
    assert {d for (d,) in lazy.con.execute("SELECT detail FROM clusters")} == {""}  # no detail made
    first = BUNDLED.clusters[0].id
    assert lazy.detail(first) == FULL.detail(first)  # ctl show: every cluster's detail made then
    assert lazy._filled == {"clusters", "detail", "orgs"}
    assert "" not in {d for (d,) in lazy.con.execute("SELECT detail FROM clusters")}
    lazy = LazyIndex(BUNDLED, "k", "bundled")
    lazy.search((), ["sme"])
    assert lazy._filled == {"orgs"}
    assert lazy.con.execute("SELECT count(*) FROM org_clusters").fetchone()[0] > 0
    assert set(lazy._meta) == set()
    lazy.member_types()
    assert set(lazy._meta) == {"member_types"}
    assert lazy.org("assolombarda") == FULL.org("assolombarda")  # ctl org: that one record only
    assert "org_records" not in lazy._filled
    assert lazy.con.execute("SELECT count(*) FROM org_records").fetchone() == (0,)
    assert lazy._rows("SELECT count(*) FROM org_records") == [(len(BUNDLED.organisations),)]  # asked: all made
    assert lazy._rows("SELECT count(*) FROM source_records") == [(len(BUNDLED.sources),)]


def test_without_a_cache_the_index_is_lazy_in_memory(monkeypatch):
    monkeypatch.setenv("CTL_NO_CACHE", "1")
    idx = store.build_index("k", BUNDLED, "bundled", size=10**9)
    assert isinstance(idx, LazyIndex) and idx.summaries() == FULL.summaries()


# A cold run whose index file is written by a detached process: BACKGROUND lowered to 0 bytes so the
# bundled dataset takes that path; the writer waits for a file the test makes, so that the test
# knows the answer came before the index file, and that the writer holds no pipe of the caller's.
RUN = """
import os, sys, time
from ctl_cli.cache import store
store.BACKGROUND = 0
write = store.write
def held(con, ds, k):
    end = time.monotonic() + 60
    while not os.path.exists({go!r}) and time.monotonic() < end:
        time.sleep(0.02)
    write(con, ds, k)
store.write = held
from ctl_cli.__main__ import main
code = main()  # not run(), which ends a cold run at once (os._exit): the checks below would not be made
try:
    os.waitpid(-1, os.WNOHANG)
    print("a child process is left to wait for", file=sys.stderr)
except ChildProcessError:
    pass
sys.exit(code)
"""


def _wait(folder: Path) -> list[str]:
    end = time.monotonic() + 60
    while time.monotonic() < end:
        names = sorted(p.name for p in folder.iterdir())
        if names and not any(n.startswith(".tmp-") for n in names):
            return names
        time.sleep(0.05)
    return sorted(p.name for p in folder.iterdir())


def test_a_large_dataset_is_answered_first_and_indexed_by_a_detached_process(tmp_path):
    cache, go = tmp_path / "cache", tmp_path / "go"
    cmd = [sys.executable, "-c", RUN.format(go=str(go)), "list", "--format", "json", "--all"]
    other, kept = os.pipe()  # a descriptor of the caller's other than the standard streams
    p = subprocess.Popen(
        cmd, cwd=ROOT, env=env(CTL_CACHE_DIR=str(cache)), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        pass_fds=(kept,),
    )  # fmt: skip
    os.close(kept)
    out, err = p.communicate(timeout=60)  # the pipe closes when ctl ends: the writer does not hold it
    os.set_blocking(other, False)
    assert os.read(other, 1) == b""  # nor does it hold any other: end of file, not "would block"
    os.close(other)
    assert p.returncode == 0 and err == b"", err
    assert json.loads(out) == FULL.summaries()
    names = [n.name for n in cache.iterdir()]
    assert not any(n.startswith("index-") for n in names)  # the writer is still waiting
    go.touch()
    names = _wait(cache)
    assert len(names) == 1 and names[0].startswith("index-"), names  # whole, renamed into place
    con = sqlite3.connect(cache / names[0])
    written = index.Index(con, "bundled")
    assert written.meta("format") == index.FORMAT
    assert written.summaries() == FULL.summaries() and written.meta("raw") == FULL.meta("raw")
    assert written.search((), ["sme"]) == FULL.search((), ["sme"])
    warm = subprocess.run(cmd[:1] + ["-m", "ctl_cli"] + cmd[3:], cwd=ROOT, env=env(CTL_CACHE_DIR=str(cache)),
                          capture_output=True, timeout=60)  # fmt: skip
    assert json.loads(warm.stdout) == json.loads(out)


def test_a_detached_writer_does_not_make_a_cache_folder_removed_meanwhile(tmp_path):
    cache, go = tmp_path / "cache", tmp_path / "go"
    cmd = [sys.executable, "-c", RUN.format(go=str(go)), "list"]
    r = subprocess.run(cmd, cwd=ROOT, env=env(CTL_CACHE_DIR=str(cache)), capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    shutil.rmtree(cache)  # as bench/cold.py removes its folder: the writer's temporary file is left open
    go.touch()
    end = time.monotonic() + 5
    while time.monotonic() < end and not cache.exists():
        time.sleep(0.05)
    assert not cache.exists()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_a_dataset_under_the_threshold_is_indexed_before_answering(tmp_path, monkeypatch):
    monkeypatch.setenv("CTL_CACHE_DIR", str(tmp_path))
    idx = store.build_index("k" * 40, BUNDLED, "bundled", size=store.BACKGROUND - 1)
    assert not isinstance(idx, LazyIndex)
    assert [p.name for p in tmp_path.iterdir()] == [f"index-{'k' * 40}.sqlite"]
