"""The environment the cache reads (issue 14, kind 3): CTL_CACHE_DIR, XDG_CACHE_HOME and HOME are
not trusted blindly. Only an absolute folder is sane: a relative XDG_CACHE_HOME is ignored (the XDG
Base Directory spec), so is a relative CTL_CACHE_DIR; an empty or relative HOME is no home. With no
sane folder the index is kept in memory, and ctl answers the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ctl_cli.cache import store

from .test_process import ROOT

VARS = ("CTL_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "CTL_NO_CACHE")


@pytest.fixture
def bare(monkeypatch, tmp_path):
    """No cache variable set, and a home of its own in tmp_path."""
    for var in VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, "home/.cache/ctl"),
        ({"XDG_CACHE_HOME": "relcache"}, "home/.cache/ctl"),  # relative: ignored, as the spec says
        ({"XDG_CACHE_HOME": "./x"}, "home/.cache/ctl"),
        ({"XDG_CACHE_HOME": ""}, "home/.cache/ctl"),
        ({"XDG_CACHE_HOME": "{tmp}/xdg"}, "xdg/ctl"),
        ({"CTL_CACHE_DIR": "{tmp}/mine", "XDG_CACHE_HOME": "{tmp}/xdg"}, "mine"),
        ({"CTL_CACHE_DIR": "relative"}, "home/.cache/ctl"),  # relative: ignored too
        ({"CTL_CACHE_DIR": "~/mine"}, "home/mine"),  # a quoted ~ is the home, not a folder named ~
        ({"CTL_CACHE_DIR": "~"}, "home"),
        ({"HOME": ""}, None),  # an empty HOME is no home: not /.cache
        ({"HOME": "relhome"}, None),
        ({"HOME": "", "XDG_CACHE_HOME": "rel"}, None),
        ({"HOME": "", "CTL_CACHE_DIR": "~/mine"}, None),
        ({"HOME": "", "XDG_CACHE_HOME": "{tmp}/xdg"}, "xdg/ctl"),
        ({"CTL_NO_CACHE": "1", "CTL_CACHE_DIR": "{tmp}/mine"}, None),
    ],
)
def test_only_an_absolute_folder_is_used(bare, monkeypatch, env, expected):
    for var, value in env.items():
        monkeypatch.setenv(var, value.format(tmp=bare))
    found = store.directory()
    assert found == (bare / expected if expected else None)


def test_an_unset_home_is_the_one_the_system_gives(bare, monkeypatch):
    monkeypatch.delenv("HOME")
    monkeypatch.setattr(os.path, "expanduser", lambda p: str(bare / "pw") if p == "~" else p)
    assert store.directory() == bare / "pw" / ".cache" / "ctl"
    monkeypatch.setattr(os.path, "expanduser", lambda p: p)  # no user database entry: "~" stays "~"
    assert store.directory() is None


def _run(cwd: Path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in VARS and not k.startswith(("CTL_", "PYTEST"))}
    clean.update({"LANG": "C.UTF-8", "PYTHONPATH": str(ROOT), **env})
    return subprocess.run(
        [sys.executable, "-m", "ctl_cli", "list", "--format", "json"],
        cwd=cwd, env=clean, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_relative_xdg_cache_home_writes_nothing_in_the_current_folder(tmp_path):
    cwd, home = tmp_path / "cwd", tmp_path / "home"
    cwd.mkdir()
    r = _run(cwd, XDG_CACHE_HOME="relcache", HOME=str(home))
    assert r.returncode == 0, r.stderr
    assert list(cwd.iterdir()) == []
    assert list((home / ".cache" / "ctl").glob("index-*.sqlite"))


def test_an_empty_home_keeps_the_index_in_memory_and_answers_the_same(tmp_path):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    existed = Path("/.cache/ctl").exists()
    r = _run(cwd, HOME="")
    assert r.returncode == 0, r.stderr
    assert list(cwd.iterdir()) == []
    assert Path("/.cache/ctl").exists() == existed  # never made in / for an empty HOME
    warm = _run(cwd, HOME=str(tmp_path / "home"))
    assert json.loads(r.stdout) == json.loads(warm.stdout)
