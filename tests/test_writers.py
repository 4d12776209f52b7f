"""Writing that cannot be done (issue 14, kind 1): every writer, every format. A missing folder, a
path under a file, a folder without write permission, a full disk, a file too large for the system:
exit 2 with the path and the reason, in the reader's language, and no file (or half a file) left.
Standard output that cannot be written (`ctl list > /dev/full`) is the same: exit 2, one line.

Tests run as root in CI, where permissions are not enforced: permission denied and a full disk are
also simulated by making the write fail; the real-permission case is skipped as root."""

from __future__ import annotations

import errno
import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ctl_cli.phrases import phrase

from .test_process import ROOT, env

FORMATS = ("yaml", "json", "csv", "sqlite")
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0
DEV_FULL = Path("/dev/full")
HAS_DEV_FULL = DEV_FULL.exists() and stat.S_ISCHR(DEV_FULL.stat().st_mode)


def why(reason: str, lang: str = "en") -> str:
    return phrase(f"msg.write.why.{reason}", lang, detail="")


def target_name(fmt: str) -> str:
    """What a test writes to: a file for one document, a folder for every CSV table (a path ending in .csv
    names one CSV file: ctl refuses to make a folder of it)."""
    return "ctl-csv" if fmt == "csv" else f"ctl.{fmt}"


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def export(ctl, fmt: str, target: Path, *more: str):
    return ctl("export", "--format", fmt, "-o", str(target), *more)


@pytest.mark.parametrize("fmt", ["yaml", "json", "sqlite"])
@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_missing_folder_is_exit_2_with_the_path_and_the_reason(ctl, tmp_path, fmt, lang):
    target = tmp_path / "no-such-dir" / target_name(fmt)
    r = export(ctl, fmt, target, "--lang", lang)
    assert r.exit_code == 2, r.stderr
    assert str(target) in r.stderr and why("no_folder", lang) in r.stderr
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    hint = phrase("msg.write.why.no_folder.hint", lang, folder=str(target.parent))
    assert r.stderr.splitlines()[1:] == [hint] and f"mkdir -p {target.parent}" in hint and r.stdout == ""
    assert files_in(tmp_path) == []


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_a_folder_export_makes_the_folder_it_is_given_but_not_the_folders_above(ctl, tmp_path, fmt):
    r = export(ctl, fmt, tmp_path / "csv")
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "csv" / "clusters.csv").is_file()
    target = tmp_path / "new" / "csv"  # one rule for every writer: a missing folder above is exit 2
    r = export(ctl, fmt, target)
    assert r.exit_code == 2 and str(target) in r.stderr and why("no_folder") in r.stderr, r.stderr
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_path_under_a_file_is_exit_2(ctl, tmp_path, fmt):
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    target = tmp_path / "plain.txt" / target_name(fmt)
    r = export(ctl, fmt, target)
    assert r.exit_code == 2, r.stderr
    assert why("not_a_folder") in r.stderr and "plain.txt" in r.stderr
    assert files_in(tmp_path) == ["plain.txt"]


def _failing_writes(monkeypatch, code: int, after: int = 0) -> None:
    """Every file opened for writing fails with OSError(code), after `after` that succeed."""
    real = Path.open
    seen = {"n": 0}

    def open_(self, mode="r", *args, **kwargs):
        if "w" in mode or "x" in mode:
            seen["n"] += 1
            if seen["n"] > after:
                raise OSError(code, os.strerror(code), str(self))
        return real(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "code, reason", [(errno.EACCES, "denied"), (errno.ENOSPC, "full"), (errno.EROFS, "read_only"), (errno.EIO, "io")]
)
def test_a_write_that_fails_is_exit_2_and_leaves_nothing(ctl, tmp_path, monkeypatch, fmt, code, reason):
    ctl("list")  # the index is built before writes start failing
    _failing_writes(monkeypatch, code)
    out = tmp_path / "out"
    out.mkdir()
    for lang in ("en", "it"):
        r = export(ctl, fmt, out / target_name(fmt), "--lang", lang)
        assert r.exit_code == 2, r.stderr
        assert why(reason, lang) in r.stderr and str(out) in r.stderr
        assert "Traceback" not in r.stderr and len(r.stderr.splitlines()) == 1
        assert files_in(out) == []


def test_an_error_without_words_of_its_own_gives_the_systems(ctl, tmp_path, monkeypatch):
    ctl("list")
    _failing_writes(monkeypatch, errno.ETXTBSY)
    r = export(ctl, "json", tmp_path / "x.json")
    assert r.exit_code == 2
    assert phrase("msg.write.why.system", "en", detail=os.strerror(errno.ETXTBSY)) in r.stderr


def test_a_csv_export_that_fails_half_way_leaves_no_table_and_no_folder(ctl, tmp_path, monkeypatch):
    ctl("list")
    _failing_writes(monkeypatch, errno.ENOSPC, after=5)  # five tables written, the sixth fails
    target = tmp_path / "csv"
    r = export(ctl, "csv", target)
    assert r.exit_code == 2 and why("full") in r.stderr
    assert files_in(tmp_path) == []  # neither the five tables nor the folder made for them


def test_a_csv_export_that_fails_keeps_a_folder_that_was_there(ctl, tmp_path, monkeypatch):
    ctl("list")
    (tmp_path / "mine.txt").write_text("keep", encoding="utf-8")
    _failing_writes(monkeypatch, errno.ENOSPC, after=3)
    assert export(ctl, "csv", tmp_path).exit_code == 2
    assert files_in(tmp_path) == ["mine.txt"]


@pytest.mark.skipif(ROOT_USER, reason="root writes anywhere: permissions are simulated above")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_without_write_permission(ctl, tmp_path, fmt):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        r = export(ctl, fmt, locked / target_name(fmt))
    finally:
        locked.chmod(0o700)
    assert r.exit_code == 2 and why("denied") in r.stderr
    assert files_in(locked) == []


# --------------------------------------------------------------------------- real processes


def _ctl(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ctl_cli", *args], cwd=kwargs.pop("cwd", ROOT), env=env(**kwargs.pop("extra", {})),
        capture_output=kwargs.pop("capture", True), timeout=120, **kwargs,
    )  # fmt: skip


def _small_files() -> None:
    """In the child: files may not grow past 32 kB (the export is larger), and writing past it is an
    error (EFBIG), not a signal that kills the process."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (32_768, 32_768))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_larger_than_the_system_allows(tmp_path, fmt):
    _ctl(["list"])  # the index first, before the limit
    r = _ctl(["export", "--format", fmt, "-o", str(tmp_path / target_name(fmt))], preexec_fn=_small_files, text=True)
    assert r.returncode == 2, r.stderr
    assert "cannot write" in r.stderr and "Traceback" not in r.stderr and len(r.stderr.splitlines()) == 1
    assert files_in(tmp_path) == []


@pytest.mark.skipif(not HAS_DEV_FULL, reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_export_to_dev_full_says_the_disk_is_full_and_leaves_the_device(fmt):
    r = _ctl(["--lang", "it", "export", "--format", fmt, "-o", str(DEV_FULL)], text=True)
    assert r.returncode == 2 and why("full", "it") in r.stderr and "/dev/full" in r.stderr
    assert stat.S_ISCHR(DEV_FULL.stat().st_mode)  # written into, never replaced by a file


def test_a_device_is_written_into_never_replaced(ctl, tmp_path):
    r = export(ctl, "json", Path(os.devnull))  # no --force needed: nothing is replaced
    assert r.exit_code == 0, r.stderr
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    r = export(ctl, "sqlite", Path(os.devnull), "--force")
    assert r.exit_code == 2 and "not a regular file" in r.stderr
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)


@pytest.mark.skipif(not HAS_DEV_FULL, reason="no /dev/full here")
@pytest.mark.parametrize(
    "args",
    [["list"], ["list", "--format", "csv"], ["export", "--format", "json"], ["show", "energy"], ["--help"], ["schema"]],
)
@pytest.mark.parametrize("unbuffered", ["1", ""], ids=["PYTHONUNBUFFERED", "buffered"])
def test_standard_output_on_a_full_disk_is_exit_2_with_one_line(args, unbuffered):
    with DEV_FULL.open("w") as full:
        p = subprocess.run(
            [sys.executable, "-m", "ctl_cli", *args], cwd=ROOT, env=env(PYTHONUNBUFFERED=unbuffered),
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    assert p.returncode == 2, p.stderr
    assert p.stderr == "ctl: " + phrase("msg.write.stdout", "en", reason=why("full")) + "\n"


@pytest.mark.parametrize("output", ["", " "])
def test_an_empty_output_path_is_a_usage_error_not_the_current_folder(ctl, output):
    r = ctl("export", "--format", "json", "-o", output)
    assert r.exit_code == 2 and "-o is empty" in r.stderr


@pytest.mark.parametrize("fmt", ["yaml", "json", "sqlite"])
def test_a_folder_given_as_the_file_is_said_before_force(ctl, tmp_path, fmt):
    for extra in ([], ["--force"]):
        r = export(ctl, fmt, tmp_path, *extra)
        assert r.exit_code == 2 and "is a directory" in r.stderr, r.stderr
