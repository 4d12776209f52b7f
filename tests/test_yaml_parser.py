"""One YAML parser, one verdict (issue 14, kind 7): PyYAML's pure-Python parser refuses files that
libyaml accepts (a tab before a comment), so ctl reads datasets with libyaml only, and says so
clearly (exit 4, with how to get it) on an installation whose PyYAML was built without it."""

from __future__ import annotations

import pytest
import yaml

from ctl_cli.dataset import strict_yaml, validate
from ctl_cli.phrases import phrase

from .conftest import MINI

TAB_BEFORE_COMMENT = MINI.read_text(encoding="utf-8").replace('version: "test-1"', 'version: "test-1"\t# a comment')


def test_the_two_parsers_differ_on_a_tab_before_a_comment():
    assert "\t#" in TAB_BEFORE_COMMENT
    assert yaml.load(TAB_BEFORE_COMMENT, Loader=yaml.CSafeLoader)["dataset"]["version"] == "test-1"
    with pytest.raises(yaml.YAMLError):
        yaml.load(TAB_BEFORE_COMMENT, Loader=yaml.SafeLoader)


def test_ctl_reads_with_libyaml_and_accepts_it():
    assert validate.parse(TAB_BEFORE_COMMENT, "d.yaml").raw["dataset"]["version"] == "test-1"


@pytest.fixture
def no_libyaml(monkeypatch):
    monkeypatch.delattr(yaml, "CSafeLoader")


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("args", [["list"], ["validate"]])
def test_without_libyaml_a_dataset_is_not_read_and_ctl_says_why(ctl, write_yaml, no_libyaml, lang, args):
    path = write_yaml(TAB_BEFORE_COMMENT)
    r = ctl("--lang", lang, "--data", path, *args)
    assert r.exit_code == 4, r.stderr
    said = phrase("msg.install.no_libyaml", lang, version=yaml.__version__)
    assert r.stderr.splitlines() == ["ctl: " + said, phrase("msg.install.no_libyaml.hint", lang)]
    assert r.stdout == ""


def test_without_libyaml_an_index_already_made_still_answers(ctl, mini, monkeypatch):
    first = ctl("--data", mini, "list", "--format", "json")
    monkeypatch.delattr(yaml, "CSafeLoader")
    again = ctl("--data", mini, "list", "--format", "json")
    assert (again.exit_code, again.stdout) == (0, first.stdout)


def test_strict_yaml_names_the_missing_loader(no_libyaml):
    from ctl_cli.errors import NotInstalled

    with pytest.raises(NotInstalled):
        strict_yaml.load("a: 1\n")
