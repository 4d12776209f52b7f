"""Installing shell completion (issue 14, kind 4): `ctl --install-completion [SHELL]` takes the
shell's name (or path), else the shell ctl runs under when completion is known for it, else
$SHELL's; it says what it wrote where. A shell it cannot complete in is exit 2 naming the shells.
Every test writes into a home of its own, never the user's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from ctl_cli.commands import complete
from ctl_cli.phrases import phrase

from .test_process import ROOT, env


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(complete, "detected_shell", lambda: "sh")  # as under `sh -c`: no completion for sh
    monkeypatch.delenv("SHELL", raising=False)
    return home


def files(home) -> list[str]:
    return sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "args, shell_env, installed",
    [
        (["--install-completion"], "/bin/bash", "bash"),  # the issue's example: sh runs ctl, $SHELL is bash
        (["--install-completion", "bash"], "", "bash"),  # the issue's other example
        (["--install-completion", "zsh"], "/bin/bash", "zsh"),  # a name wins over $SHELL
        (["--install-completion", "/usr/bin/zsh"], "", "zsh"),  # a path, as $SHELL is written
        (["--install-completion=fish"], "", "fish"),
        (["--install-completion", "Bash"], "", "bash"),
        (["--lang", "it", "--install-completion", "bash"], "", "bash"),
    ],
)
def test_the_shell_is_named_or_taken_from_shell(ctl, home, monkeypatch, args, shell_env, installed):
    if shell_env:
        monkeypatch.setenv("SHELL", shell_env)
    r = ctl(*args)
    assert r.exit_code == 0, r.stderr
    lang = "it" if "it" in args else "en"
    expected = {
        "bash": [".bash_completions/ctl.sh", ".bashrc"],
        "zsh": [".zfunc/_ctl", ".zshrc"],
        "fish": [".config/fish/completions/ctl.fish"],
    }[installed]
    assert files(home) == sorted(expected)
    script = home / expected[0]
    rc = home / expected[1] if len(expected) > 1 else None
    key = "msg.completion.installed_rc" if rc else "msg.completion.installed"
    said = phrase(key, lang, shell=installed, path=str(script), rc=str(rc))
    assert r.stderr.splitlines() == [said, phrase("msg.completion.new_terminal", lang)]
    assert "_CTL_COMPLETE=complete_" in script.read_text(encoding="utf-8")
    if rc:  # bash sources the script, zsh finds it in ~/.zfunc
        assert (str(script) if installed == "bash" else "fpath+=~/.zfunc") in rc.read_text(encoding="utf-8")


def test_the_detected_shell_comes_before_shell(ctl, home, monkeypatch):
    monkeypatch.setattr(complete, "detected_shell", lambda: "zsh")
    monkeypatch.setenv("SHELL", "/bin/bash")
    assert ctl("--install-completion").exit_code == 0
    assert files(home) == [".zfunc/_ctl", ".zshrc"]


def test_installing_twice_adds_one_line(ctl, home):
    for _ in range(2):
        assert ctl("--install-completion", "bash").exit_code == 0
    assert (home / ".bashrc").read_text(encoding="utf-8").count("ctl.sh") == 1


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_shell_ctl_cannot_complete_in_is_exit_2_naming_the_shells(ctl, home, lang):
    r = ctl("--lang", lang, "--install-completion", "tcsh")
    assert r.exit_code == 2
    assert "tcsh" in r.stderr and "bash, zsh, fish, powershell, pwsh" in r.stderr
    assert files(home) == []


def test_no_shell_found_is_exit_2_asking_for_its_name(ctl, home, monkeypatch):
    monkeypatch.setenv("SHELL", "/bin/dash")
    r = ctl("--install-completion")
    assert r.exit_code == 2
    assert "found: sh, dash" in r.stderr and "ctl --install-completion bash" in r.stderr
    assert files(home) == []


@pytest.mark.parametrize(
    "shell, marker", [("bash", "complete_bash"), ("zsh", "#compdef ctl"), ("fish", "complete_fish")]
)
def test_show_completion_takes_the_shell_too(ctl, home, shell, marker):
    r = ctl("--show-completion", shell)
    assert r.exit_code == 0 and marker in r.stdout
    assert files(home) == []


def test_a_home_that_cannot_be_written_is_exit_2(ctl, home, monkeypatch):
    monkeypatch.setenv("HOME", str(home / ".bashrc" / "under-a-file"))
    (home / ".bashrc").write_text("# mine\n", encoding="utf-8")
    r = ctl("--install-completion", "bash")
    assert r.exit_code == 2 and "cannot write" in r.stderr and "Traceback" not in r.stderr


def test_the_option_after_a_command_is_not_taken(ctl, home):
    r = ctl("search", "--install-completion")  # a command's arguments are its own: Click says no such option
    assert r.exit_code == 2 and files(home) == []


@pytest.mark.skipif(shutil.which("sh") is None, reason="no sh")
def test_the_example_of_the_issue_as_a_real_process(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    command = f'"{sys.executable}" -m ctl_cli --install-completion'
    r = subprocess.run(
        ["sh", "-c", command], cwd=ROOT, env=env(SHELL="/bin/bash", HOME=str(home)),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    assert (home / ".bash_completions" / "ctl.sh").is_file()
    assert str(home / ".bash_completions" / "ctl.sh") in r.stderr
    assert os.path.isfile(home / ".bashrc")
