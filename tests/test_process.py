"""ctl as a real process: the installed script, python -m, pipes, and a wheel in a fresh venv."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CTL = shutil.which("ctl", path=str(BIN)) or shutil.which("ctl")


def env(**extra: str) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("CTL_", "NO_COLOR", "PYTEST"))}
    e.update({"LANG": "C.UTF-8", "CTL_CACHE_DIR": os.environ["CTL_CACHE_DIR"], **extra})
    return e


def shell(python_args: str) -> subprocess.CompletedProcess:
    """Run `python ARGS` through a shell, for pipes and redirections."""
    return subprocess.run(
        f'"{sys.executable}" {python_args}', shell=True, cwd=ROOT, capture_output=True, text=True, env=env(), timeout=60
    )


def run(*args: str, cwd: Path | str | None = None, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env(**extra), timeout=60)


def cold_then_warm(*args: str) -> list[subprocess.CompletedProcess]:
    """`ctl ARGS` run twice in fresh processes (on an empty cache, then on the index the first made),
    each printing on its last stderr line its exit code and whether it imported the typed model."""
    code = (
        f"import sys\nfrom ctl_cli.__main__ import main\ncode = main({list(args)!r})\n"
        "print(code, 'ctl_cli.dataset.model' in sys.modules, file=sys.stderr)"
    )
    return [
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env(), capture_output=True, text=True, timeout=60)
        for _ in range(2)
    ]


@pytest.mark.skipif(CTL is None, reason="ctl is not installed in this environment")
def test_installed_script_runs_from_another_folder(tmp_path):
    r = run(CTL, "list", "--format", "json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) == 9


def test_python_dash_m(tmp_path):
    r = run(sys.executable, "-m", "ctl_cli", "show", "agrifood", "--format", "json", cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["acronym"] == "CAT.AL"


def test_closed_pipe_ends_quietly():
    p = subprocess.Popen(
        [sys.executable, "-m", "ctl_cli", "search"], cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    p.stdout.close()  # like `| head` that has stopped reading
    err = p.stderr.read().decode()
    code = p.wait(timeout=60)
    assert err == ""
    assert code in (0, 141)


def test_a_closed_pipe_on_stderr_too_ends_quietly_with_141():
    """`ctl search ... 2>&1 | head -1`: the note ctl writes on stderr after the table meets the closed
    pipe; that is the reader gone (141), not "not found" (1, which Click would make of it)."""
    p = subprocess.Popen(
        [sys.executable, "-m", "ctl_cli", "search", "--city", "milano", "--type", "university"],
        cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    p.stderr.close()  # gone before ctl (a second of start-up) writes its note
    assert p.stdout.read().startswith(b"Name")  # the table, whole
    assert p.wait(timeout=60) == 141


def test_head_dash_1_in_a_shell():
    r = shell("-m ctl_cli search --format csv | head -1")
    assert r.stdout == "id,name,type,city,province,clusters,status,successor_id\n"
    assert r.stderr == ""


def test_no_color_and_no_escapes_when_piped():
    r = run(sys.executable, "-m", "ctl_cli", "show", "energy", cwd=ROOT, NO_COLOR="1")
    assert r.returncode == 0
    assert "\x1b" not in r.stdout


def test_errors_go_to_stderr_with_exit_codes():
    r = run(sys.executable, "-m", "ctl_cli", "show", "nosuch", cwd=ROOT)
    assert (r.returncode, r.stdout) == (1, "")
    assert "Traceback" not in r.stderr
    r = run(sys.executable, "-m", "ctl_cli", "search", "--type", "bogus", cwd=ROOT)
    assert r.returncode == 2


def test_wheel_installs_into_a_fresh_venv_and_runs_anywhere(tmp_path):
    """The newcomer's path: build the wheel, install it (not editable) in a new venv, run from elsewhere."""
    wheels = tmp_path / "wheels"
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    [wheel] = wheels.glob("ctl-*.whl")
    names = zipfile.ZipFile(wheel).namelist()  # ctl site's templates and assets are package files
    assert "ctl_cli/site/templates/base.html" in names and "ctl_cli/site/templates/search.js" in names
    assert "ctl_cli/records/nace21_en.csv.gz" in names  # NACE Rev. 2.1 in English (ctl match), a package file
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = venv / "bin" / "pip"
    r = subprocess.run([str(pip), "install", "-q", str(wheel)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = run(str(venv / "bin" / "ctl"), "list", cwd=elsewhere)
    assert r.returncode == 0, r.stderr
    assert "aerospace" in r.stdout and "living-environments" in r.stdout
    r = run(str(venv / "bin" / "ctl"), "show", "agrifood", "--format", "json", cwd=elsewhere)
    assert json.loads(r.stdout)["id"] == "agrifood"
    r = run(str(venv / "bin" / "ctl"), "match", "we", "make", "cheese", "--format", "json", cwd=elsewhere)
    ateco = json.loads(r.stdout)[0]["ateco"]  # found through NACE 10.51's notes, read from the wheel's file
    dairy = {"code": "10.51", "title": "Manufacture of dairy products", "classification": "NACE Rev. 2.1"}
    assert dairy in [{k: a[k] for k in dairy} for a in ateco]
    r = run(str(venv / "bin" / "ctl"), "validate", cwd=elsewhere)
    assert r.returncode == 0 and "valid" in r.stdout
    r = run(str(venv / "bin" / "ctl"), "site", "-o", "www", cwd=elsewhere)  # the templates found in the wheel
    assert r.returncode == 0, r.stderr
    assert (elsewhere / "www" / "en" / "clusters" / "agrifood.html").is_file()


def test_a_locale_that_cannot_encode_the_data_does_not_crash():
    r = run(
        sys.executable, "-m", "ctl_cli", "search", "universita", "--format", "csv", cwd=ROOT, PYTHONIOENCODING="ascii"
    )
    assert r.returncode == 0, r.stderr
    assert "Universit\\xe0" in r.stdout


def test_closed_stdout_is_reported_not_a_traceback():
    r = shell("-m ctl_cli list >&-")
    assert r.returncode == 4
    assert "standard output is closed" in r.stderr and "Traceback" not in r.stderr


def test_ctrl_c_exits_130_quietly():
    code = (
        "import os, signal, sys\n"
        "from ctl_cli import __main__ as m, cache\n"
        "real = cache.answer\n"
        "def interrupted(data, question):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    return real(data, question)\n"
        "cache.answer = interrupted\n"
        "sys.exit(m.main(['list']))\n"
    )
    r = run(sys.executable, "-c", code, cwd=ROOT)
    assert r.returncode == 130
    assert "interrupted" in r.stderr and "Traceback" not in r.stderr and "Aborted" not in r.stderr


def test_processes_racing_on_a_cold_cache_all_answer_the_same(tmp_path):
    """Several ctl processes at once, each writing the cache: none reads a half-written file."""
    cache_dir = tmp_path / "cache"
    cmd = [sys.executable, "-m", "ctl_cli", "search", "--format", "json"]
    procs = [
        subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(CTL_CACHE_DIR=str(cache_dir))
        )
        for _ in range(6)
    ]
    results = [p.communicate(timeout=60) + (p.returncode,) for p in procs]
    assert all(code == 0 for _, _, code in results), [err for _, err, _ in results]
    outputs = {out for out, _, _ in results}
    assert len(outputs) == 1 and json.loads(outputs.pop())
    assert [p.suffix for p in cache_dir.iterdir()] == [".sqlite"]  # one index, no temporary file left


@pytest.mark.skipif(CTL is None, reason="ctl is not installed in this environment")
def test_a_cold_run_ends_at_once_and_loses_no_output(tmp_path):
    """A run that reads its dataset ends without freeing it (__main__.run): what it wrote to a pipe and
    its exit code are all there."""
    cases = ((("list", "--format", "json"), 0), (("show", "nosuch"), 1), (("org", "politecnico-di-milano"), 0))
    for args, code in cases:
        cache = tmp_path / "-".join(args)
        r = run(CTL, *args, CTL_CACHE_DIR=str(cache))
        assert r.returncode == code, r.stderr
        assert any(cache.glob("index-*")), "the run was cold and indexed its dataset"
        if code == 0:
            assert r.stdout.endswith("\n") and len(r.stdout) > 100
        else:
            assert "nosuch" in r.stderr and r.stderr.endswith("\n")
    assert len(json.loads(run(CTL, "list", "--format", "json", CTL_CACHE_DIR=str(tmp_path / "again")).stdout)) == 9


@pytest.mark.skipif(CTL is None, reason="ctl is not installed in this environment")
def test_a_warm_run_ends_at_once_and_loses_no_output(tmp_path):
    """A run answered from the index ends at once too (__main__.run, os._exit): its whole page, its
    messages and its exit code are there, a page larger than a pipe's buffer included."""
    cache = str(tmp_path / "cache")
    assert run(CTL, "list", CTL_CACHE_DIR=cache).returncode == 0  # cold: builds the index
    page = run(CTL, "search", "--format", "json", CTL_CACHE_DIR=cache)
    assert page.returncode == 0 and len(page.stdout) > 65536 and page.stdout.endswith("\n")
    assert json.loads(page.stdout)
    missing = run(CTL, "show", "nosuch", CTL_CACHE_DIR=cache)
    assert missing.returncode == 1 and "nosuch" in missing.stderr and missing.stderr.endswith("\n")
    assert run(CTL, "--help", CTL_CACHE_DIR=cache).stdout.endswith("options and examples.\n")
