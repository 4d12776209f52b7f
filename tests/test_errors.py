"""Errors that say what happened (issue 12): a missing file is not found, advice about --data and
CTL_DATA only when they chose the file, one mistake one message in line order, "did you mean" for a
mistyped type, province or choice in a dataset, and `show --web` with no browser."""

from __future__ import annotations

import re
import webbrowser
from pathlib import Path

import pytest

from ctl_cli.dataset import validate
from ctl_cli.errors import DatasetError

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
BAD = MINI.replace("{org: uni-alpha, basis: member_list, source: src-a}", "{org: uni-alpha, basis: member_list}")


def problems(text: str) -> list[str]:
    with pytest.raises(DatasetError) as e:
        validate.parse(text, "x.yaml")
    return [str(p) for p in e.value.problems]


# --------------------------------------------------------------------------- a file that is not there


@pytest.mark.parametrize("how", ["validate", "--data", "CTL_DATA"])
def test_a_missing_file_is_not_found_not_invalid(ctl, tmp_path, how):
    path = str(tmp_path / "nosuch.yaml")
    r = {
        "validate": lambda: ctl("validate", path),
        "--data": lambda: ctl("--data", path, "list"),
        "CTL_DATA": lambda: ctl("list", env={"CTL_DATA": path}),
    }[how]()
    assert r.exit_code == 3 and r.stdout == ""
    assert f"ctl: dataset file not found: {path}" in r.stderr
    assert "not valid" not in r.stderr and "problem" not in r.stderr
    hint = r.stderr.splitlines()[-1]
    assert {"validate": "Check the path", "--data": "leave --data out", "CTL_DATA": "unset CTL_DATA"}[how] in hint


def test_a_relative_missing_path_is_shown_with_where_it_was_looked_for(ctl, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = ctl("--lang", "it", "validate", "nosuch.yaml")
    assert r.exit_code == 3
    assert f"file del dataset non trovato: nosuch.yaml ({tmp_path / 'nosuch.yaml'})" in r.stderr


def test_a_folder_is_said_to_be_a_folder(ctl, tmp_path):
    r = ctl("--data", str(tmp_path), "list")
    assert r.exit_code == 3 and f"{tmp_path} is a folder, not a dataset file" in r.stderr
    assert "not valid" not in r.stderr


# --------------------------------------------------------------------------- advice about --data and CTL_DATA


def test_advice_to_drop_data_or_ctl_data_only_when_they_chose_the_file(ctl, write_yaml):
    path = write_yaml(BAD)
    checked = ctl("validate", path)
    assert checked.exit_code == 3 and checked.stderr.splitlines()[-1] == "ctl: the dataset is not valid (1 problem)."
    given = ctl("--data", path, "list")
    assert given.exit_code == 3 and "drop --data to use the bundled one" in given.stderr
    assert "CTL_DATA" not in given.stderr
    env = ctl("list", env={"CTL_DATA": path})
    assert env.exit_code == 3 and "unset CTL_DATA to use the bundled one" in env.stderr
    assert "--data" not in env.stderr
    env_validate = ctl("validate", env={"CTL_DATA": path})  # no PATH: CTL_DATA chose it
    assert "unset CTL_DATA" in env_validate.stderr
    it = ctl("--lang", "it", "validate", path)
    assert it.stderr.splitlines()[-1] == "ctl: il dataset non è valido (1 problema)."


# --------------------------------------------------------------------------- one mistake, one message


@pytest.mark.parametrize(
    "old, new, expected",
    [
        # a source with no id, a bad id, or not a mapping: its citations are not reported as dangling
        ("- {id: src-a, url:", "- {url:", "sources.0: missing required field 'id'"),
        ("- {id: src-a, url:", "- {id: Src A, url:", "sources.0.id: 'Src A' is not a kebab-case id"),
        (
            '- {id: src-a, url: "https://example.org/a", publisher: example.org, date: "2025-05"}',
            '- "https://example.org/a"',
            "sources.0: must be a mapping, got a string",
        ),
        # the same for an organisation (its memberships) and a member type (organisations' types)
        (
            "- {id: uni-alpha, name:",
            "- {id: Uni_Alpha, name:",
            "organisations.0.id: 'Uni_Alpha' is not a kebab-case id",
        ),
        ("- {id: sme, label:", "- {label:", "member_types.1: missing required field 'id'"),
        # a field's sources written wrong: not also "has no source"
        (
            "field_sources: {description: [src-b]}\n  - id: waiting",
            "field_sources: {description: src-b}\n  - id: waiting",
            "clusters.1.field_sources.description: must be a list of strings, got a string",
        ),
        (
            "field_sources: {acronym: [src-a], website: [src-a], description: [src-a], national_cluster: [src-b]}",
            "field_sources: [src-a]",
            "clusters.0.field_sources: must be a mapping, got a list",
        ),
    ],
)
def test_one_mistake_is_one_message(old, new, expected):
    assert old in MINI
    found = problems(MINI.replace(old, new, 1))
    assert len(found) == 1 and expected in found[0], found


def test_without_sources_no_citation_is_reported():
    start = MINI.index("sources:\n")
    text = MINI[:start] + MINI[MINI.index("national_clusters:") :]
    assert problems(text) == ["x.yaml:2:1: missing required field 'sources'"]  # line 2: the document's first key


def test_a_dangling_citation_is_still_reported_when_the_sources_are_sound():
    found = problems(
        MINI.replace(
            "{org: gamma, basis: member_list, source: src-a}", "{org: gamma, basis: member_list, source: src-z}"
        )
    )
    assert len(found) == 1 and "source 'src-z' is not in the dataset's sources" in found[0]


def test_problems_are_in_line_order():
    text = (
        MINI.replace(
            "{org: gamma, basis: member_list, source: src-a}", "{org: gamma, basis: member_list, source: src-z}"
        )
        .replace('url: "https://example.org/b"', 'url: "example.org/b"')
        .replace("type: startup, type_source: src-a,", "type: startp, type_source: src-a,")
        .replace('province: "VA"', 'province: "va"')
    )
    found = problems(text)
    assert len(found) == 4
    lines = [int(re.match(r"x\.yaml:(\d+):", p).group(1)) for p in found]
    assert lines == sorted(lines)


# --------------------------------------------------------------------------- did you mean


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "type: startup, type_source",
            "type: startp, type_source",
            "'startp' is not a member type; did you mean 'startup'?",
        ),
        ('province: "MI"', 'province: "mi"', "'mi' is not an Italian province code; did you mean 'MI'?"),
        ('province: "VA"', 'province: " Va"', "did you mean 'VA'?"),
        ("basis: member_list, source: src-a}", "basis: memberlist, source: src-a}", "did you mean 'member_list'?"),
        ("status: pending", "status: Pending", "'Pending' is not one of: recognised, pending; did you mean 'pending'?"),
    ],
)
def test_a_mistyped_value_gets_a_did_you_mean(old, new, expected):
    assert old in MINI
    found = problems(MINI.replace(old, new, 1))
    assert any(expected in p for p in found), found


@pytest.mark.parametrize(
    "old, new",
    [("type: sme, type_source", "type: quango, type_source"), ('province: "MI"', 'province: "XX"')],
)
def test_nothing_close_gets_no_did_you_mean(old, new):
    found = problems(MINI.replace(old, new, 1))
    assert found and not any("did you mean" in p for p in found), found


def test_did_you_mean_in_italian(ctl, write_yaml):
    r = ctl("--lang", "it", "validate", write_yaml(MINI.replace('province: "MI"', 'province: "mi"')))
    assert r.exit_code == 3 and "forse 'MI'?" in r.stderr


def test_a_long_wrong_value_is_compared_by_its_start():
    found = problems(MINI.replace("type: startup, type_source", "type: " + "startp" * 20000 + ", type_source"))
    assert len(found) == 1 and "did you mean" not in found[0]


# --------------------------------------------------------------------------- show --web


def test_show_web_with_no_browser_says_so_and_exits_1(ctl, monkeypatch):
    def none(using=None):
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", none)
    monkeypatch.setattr(webbrowser, "open", lambda url: pytest.fail("nothing to open with"))
    r = ctl("show", "afil", "--web")
    assert r.exit_code == 1 and r.stdout == ""
    assert "no web browser was found to open the website of smart-factory: https://www.afil.it" in r.stderr
    assert "Opening" not in r.stderr


def test_show_web_when_the_browser_does_not_start_says_so_and_exits_1(ctl, monkeypatch):
    monkeypatch.setattr(webbrowser, "get", lambda using=None: object())
    monkeypatch.setattr(webbrowser, "open", lambda url: False)
    r = ctl("--lang", "it", "show", "afil", "--web")
    assert r.exit_code == 1
    assert "il browser web non ha aperto il sito di smart-factory: https://www.afil.it" in r.stderr


@pytest.mark.parametrize("args", [["validate", ""], ["--data", "", "list"], ["search", "x", "--data", " "]])
def test_an_empty_path_is_not_the_bundled_dataset(ctl, args):
    """`ctl validate "$UNSET"` or `--data "$UNSET"`: an empty path is said to be empty, not read as no path."""
    r = ctl(*args)
    assert r.exit_code == 3 and r.stdout == ""
    assert "ctl: the dataset path is empty" in r.stderr
