from __future__ import annotations

import functools
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ctl_cli.commands import app

TESTS = Path(__file__).parent
MINI = TESTS / "data" / "mini.yaml"


@functools.cache
def older_bundled() -> Path:
    """The bundled dataset as an older release might have had it (another version, a membership on
    another basis, an organisation renamed, a cluster's website that is another one of the data's
    URLs), in a temporary file: `ctl diff` between it and the bundled one shows real names, fields
    and values in both languages."""
    import tempfile

    text = (TESTS.parent / "data" / "clusters.yaml").read_text(encoding="utf-8")
    edits = (
        ("  version: ", "  version: old-"),
        ("  - org: soliani-emc\n    basis: member_list", "  - org: soliani-emc\n    basis: event"),
        ("  name: Soliani EMC\n", "  name: Soliani\n"),
        ("  website: https://www.aerospacelombardia.it\n", "  website: https://clusteragrofoodlombardia.eu\n"),
    )
    for a, b in edits:
        assert text.count(a) == 1, a
        text = text.replace(a, b)
    path = Path(tempfile.mkdtemp(prefix="ctl-older-")) / "older.yaml"
    path.write_text(text, encoding="utf-8")
    return path


class Result:
    def __init__(self, r):
        self.exit_code = r.exit_code
        self.stdout = r.stdout
        self.stderr = r.stderr
        self.exception = r.exception


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own cache directory, never the user's."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CTL_CACHE_DIR", str(cache))
    monkeypatch.delenv("CTL_NO_CACHE", raising=False)
    return cache


@pytest.fixture
def ctl(monkeypatch):
    """Run ctl in-process; English, no CTL_DATA from the caller's environment."""
    for var in ("CTL_DATA", "CTL_LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()

    def run(*args: str, env: dict | None = None) -> Result:
        r = runner.invoke(app, list(args), env=env, catch_exceptions=False)
        return Result(r)

    return run


@pytest.fixture
def mini() -> str:
    return str(MINI)


@pytest.fixture
def write_yaml(tmp_path):
    def write(text: str, name: str = "d.yaml") -> str:
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        return str(p)

    return write
