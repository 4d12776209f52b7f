"""Help: every registered command has it, with examples, in the reader's language (--lang,
CTL_LANG, the locale), from the phrase catalogue; an invalid CTL_LANG is a usage error."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.main import get_command

from ctl_cli.commands import app, help_words, localise

REGISTERED = [c.name for c in app.registered_commands]
EXAMPLES = {"en": "Examples:", "it": "Esempi:"}


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("cmd", [*REGISTERED, None])
def test_every_command_has_help_with_examples(ctl, cmd, lang):
    r = ctl(*([cmd] if cmd else []), "--help", env={"CTL_LANG": lang})
    assert r.exit_code == 0, r.stderr
    assert EXAMPLES[lang] in r.stdout, cmd
    assert "\x08" not in r.stdout  # Click's no-rewrap marker must not leak into the text


@pytest.mark.parametrize("lang", ["en", "it"])
def test_every_option_and_argument_has_help(lang):
    group = get_command(app)
    localise(group, lang)
    assert group.help and group.epilog
    for name, command in group.commands.items():
        missing = [p.name for p in command.params if not p.help]
        assert missing == [], f"{name} ({lang}): no help for {missing}"
        assert command.help and command.short_help and command.epilog, name


def test_help_follows_the_language(ctl):
    assert "Esempi:" in ctl("--help", env={"CTL_LANG": "it"}).stdout
    it = ctl("search", "--help", env={"CTL_LANG": "it"}).stdout
    en = ctl("search", "--help", env={"CTL_LANG": "en"}).stdout
    assert it != en and "Esempi:" in it and "Examples:" in en
    assert "Esempi:" in ctl("search", "--help", env={"LANG": "it_IT.UTF-8"}).stdout  # the locale
    assert "Esempi:" in ctl("--lang", "it", "search", "--help").stdout  # --lang, before the command
    assert "Esempi:" in ctl("search", "--help", "--lang", "it", env={"CTL_LANG": "en"}).stdout  # --lang wins


@pytest.mark.parametrize("value", ["xx", "fr", "ita"])  # "IT" and "Italiano" are Italian: test_cli_choices.py
def test_an_invalid_ctl_lang_is_a_usage_error(ctl, value):
    r = ctl("list", env={"CTL_LANG": value})
    assert r.exit_code == 2
    assert "CTL_LANG" in r.stderr or "--lang" in r.stderr
    assert "it" in r.stderr and "en" in r.stderr  # names the valid values


def test_lang_on_the_command_wins_over_ctl_lang(ctl, mini):
    assert "Tema" in ctl("--data", mini, "list", "--lang", "it", env={"CTL_LANG": "en"}).stdout
    assert "Theme" in ctl("--data", mini, "--lang", "en", "list", env={"CTL_LANG": "it"}).stdout


ENGLISH_WORDS = ("Options:", "Arguments:", "Commands:", "[required]", "default: ")


@pytest.mark.parametrize("cmd", [*REGISTERED, None])
def test_typer_s_own_words_follow_the_language_too(ctl, cmd):
    """Usage:, Options, Arguments, Commands, [required] and [default: ...], which Typer and Click write
    themselves, are Italian under --lang it and English under --lang en, one run after the other."""
    args = [*([cmd] if cmd else []), "--help"]
    it = ctl(*args, env={"CTL_LANG": "it"}).stdout
    en = ctl(*args, env={"CTL_LANG": "en"}).stdout
    assert [w for w in ENGLISH_WORDS if w in it] == [], cmd
    assert "Opzioni:" in it and "Options:" in en, cmd
    assert it.startswith("Uso: ctl") and en.startswith("Usage: ctl"), cmd
    if cmd == "site":
        assert "[obbligatorio]" in it and "[required]" in en
    if cmd == "match":
        assert "predefinito: " in it and "default: " in en


def test_command_modules_give_typer_annotations_it_need_not_evaluate_from_strings():
    # a postponed annotation is a string Typer has typing eval() (552 of them for `ctl --help`)
    import ast
    from pathlib import Path

    import ctl_cli.commands as commands

    for path in sorted(Path(commands.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "__future__"]
        future = [a.name for n in imports for a in n.names]
        assert "annotations" not in future, path.name


def test_placeholders_follow_the_language_and_come_back(ctl):
    """A help page's placeholders are named in the reader's language ([TESTO], CODICE, PERCORSO), and in
    English again on the next run in the same process; names with no Italian form stay (CLUSTER, N)."""
    from ctl_cli.phrases import placeholder

    assert placeholder("COMMAND [ARGS]...", "it") == "COMANDO [ARGOMENTI]..." and placeholder("N", "it") == "N"
    assert placeholder("YYYY-MM-DD", "it") == "AAAA-MM-GG" and placeholder("[TEXT]...", "en") == "[TEXT]..."
    it = ctl("match", "--help", env={"CTL_LANG": "it"}).stdout
    en = ctl("match", "--help", env={"CTL_LANG": "en"}).stdout
    assert it.splitlines()[0] == "Uso: ctl match [OPZIONI] [TESTO]..." and "--ateco CODICE" in it
    assert en.splitlines()[0] == "Usage: ctl match [OPTIONS] [TEXT]..." and "--ateco CODE" in en
    assert "ctl [OPZIONI] COMANDO [ARGOMENTI]..." in ctl("--help", env={"CTL_LANG": "it"}).stdout


@pytest.mark.parametrize("lang", ["it", "en"])
def test_a_bare_ctl_shows_the_help_page_not_an_error_made_of_it(lang):
    """`ctl` alone: the help page on stderr, exit 2 (Click's no-arguments help); not 'ctl: Usage: ...',
    the whole page taken for an error's sentence."""
    env = {**os.environ, "COLUMNS": "80", "CTL_LANG": lang}
    r = subprocess.run([sys.executable, "-m", "ctl_cli"], env=env, capture_output=True, text=True)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("Uso: ctl" if lang == "it" else "Usage: ctl") and "ctl: " not in r.stderr
    assert ("Comandi:" if lang == "it" else "Commands:") in r.stderr and "match" in r.stderr


@pytest.mark.parametrize(
    ("cmd", "args", "says", "column"),
    [
        ("compare", ["energy", "aerospace"], "The CSV has the shared members", "basis_aerospace"),
        ("stats", [], "The CSV has the per-cluster table only", "members_listed"),
        ("show", ["energy"], "The CSV has a row per member", "org_id"),
    ],
)
def test_a_help_page_says_what_its_csv_holds_and_the_csv_holds_it(ctl, cmd, args, says, column):
    assert says in " ".join(ctl(cmd, "--help").stdout.split())
    assert column in ctl(cmd, *args, "--format", "csv").stdout.splitlines()[0].split(",")


def test_help_in_the_place_of_a_command_asks_for_help_as_git_and_pip_take_it():
    assert help_words(["help"]) == ["--help"] and help_words(["help", "match"]) == ["match", "--help"]
    assert help_words(["--lang", "it", "help", "show", "energy"]) == ["--lang", "it", "show", "--help"]
    assert help_words(["search", "help"]) == ["search", "help"]  # an organisation's name searched for
    assert help_words(["--data", "help"]) == ["--data", "help"]  # a root option's value
    env = {**os.environ, "COLUMNS": "80", "CTL_LANG": "it"}
    r = subprocess.run([sys.executable, "-m", "ctl_cli", "help", "match"], env=env, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("Uso: ctl match") and "Esempi:" in r.stdout
    bare = subprocess.run([sys.executable, "-m", "ctl_cli", "help"], env=env, capture_output=True, text=True)
    assert bare.returncode == 0 and "Comandi:" in bare.stdout and bare.stderr == ""


@pytest.mark.parametrize("typed,command", [("cerca", "search"), ("mostra", "show"), ("lista", "list"),
                                           ("confronta", "compare"), ("esporta", "export")])  # fmt: skip
def test_a_command_asked_for_by_its_italian_name_is_named(ctl, typed, command):
    """`ctl --lang it cerca politecnico` said only that 'cerca' does not exist: it now names `search`, in the
    reader's language, and runs nothing (exit 2)."""
    it = ctl("--lang", "it", typed, "politecnico")
    assert it.exit_code == 2 and f"il comando '{typed}' non esiste. Forse cercavi '{command}'?" in it.stderr
    en = ctl("--lang", "en", typed, "politecnico")
    assert en.exit_code == 2 and f"Did you mean '{command}'?" in en.stderr


def test_every_italian_name_leads_to_a_command():
    from ctl_cli.commands import COMMANDS, ITALIAN_NAMES

    assert set(ITALIAN_NAMES.values()) <= {*COMMANDS, "help"}
    assert not set(ITALIAN_NAMES) & set(COMMANDS)
