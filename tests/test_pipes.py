"""The rule of the README: a write to stdout that fails because the reader has gone (a closed pipe)
ends ctl quietly with exit 141, for every command, --help and --version; output that fit in the pipe
before the reader left was written, and ends with the command's own code. Real processes, real pipes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ctl_cli.commands import COMMANDS

from .test_process import ROOT, env

# Arguments that make each command write to stdout (its own code when the pipe is open).
ARGS = {
    "list": ["list"],
    "show": ["show", "afil"],
    "search": ["search", "--type", "university"],
    "match": ["match", "industrial robots"],
    "org": ["org", "assolombarda"],
    "compare": ["compare", "energy", "afil"],
    "stats": ["stats"],
    "sources": ["sources", "energy"],
    "national": ["national"],
    "export": ["export", "--format", "json"],
    "validate": ["validate"],
    "schema": ["schema"],
    "reconcile": ["reconcile", "tests/data/registries/ror.json", "--format", "json"],
    "diff": ["diff", "tests/data/mini.yaml", "data/clusters.yaml"],
}
OTHERS = {"--help": ["--help"], "show --help": ["show", "--help"], "--version": ["--version"]}


def test_every_command_is_tried():
    assert set(ARGS) | {"site"} == set(COMMANDS)  # site writes a folder and a line on stderr, nothing to stdout


def spawn(args: list[str], stdout: int, **extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "ctl_cli", *args], cwd=ROOT, env=env(**extra), stdout=stdout, stderr=subprocess.PIPE
    )


@pytest.mark.parametrize("name", [*ARGS, *OTHERS])
def test_a_write_to_a_closed_pipe_exits_141_quietly(name):
    """The reader has gone before ctl writes anything (`ctl ... | true`): its first write fails."""
    read, write = os.pipe()
    os.close(read)  # nobody will ever read: every write to `write` fails with EPIPE
    try:
        p = spawn({**ARGS, **OTHERS}[name], write)
    finally:
        os.close(write)
    err = p.stderr.read().decode()
    assert (p.wait(timeout=60), err) == (141, "")


@pytest.mark.parametrize("unbuffered", ["1", ""], ids=["PYTHONUNBUFFERED", "buffered"])
def test_a_reader_that_leaves_in_the_middle_gives_141(unbuffered):
    """`ctl export -f json | head -c 1`: the export is larger than a pipe holds, so ctl is still
    writing when the reader leaves; the rest cannot be written, and that is 141, not 0 (with
    PYTHONUNBUFFERED the text layer used to drop the rest of a partial write silently)."""
    read, write = os.pipe()
    p = spawn(ARGS["export"], write, PYTHONUNBUFFERED=unbuffered)
    os.close(write)
    try:
        first = os.read(read, 1)
    finally:
        os.close(read)
    err = p.stderr.read().decode()
    assert first == b"{"
    assert (p.wait(timeout=60), err) == (141, "")


def test_the_export_is_larger_than_a_pipe_holds(ctl):
    assert len(ctl(*ARGS["export"]).stdout.encode()) > 4 * 65536  # Linux pipes hold 64 KiB by default


def test_output_that_fits_before_the_reader_leaves_is_a_success():
    """`ctl search --format csv | head -1`: the whole output fit in the pipe, no write failed: 0."""
    read, write = os.pipe()
    p = spawn(["search", "--format", "csv"], write)
    os.close(write)
    p.wait(timeout=60)  # all written (far less than the pipe holds) before anything is read
    with os.fdopen(read, "rb") as r:
        assert r.readline() == b"id,name,type,city,province,clusters,status,successor_id\n"
    assert (p.returncode, p.stderr.read()) == (0, b"")
