"""Parser jargon (issue 14, kind 6): under the YAML parser's own message, one line of advice in the
reader's language for the common mistakes: a tab, an indentation, an unclosed quote or bracket, a
bracket that closes nothing, a value with ": " in it. The parser's message and its place stay."""

from __future__ import annotations

import pytest

from ctl_cli.dataset import validate
from ctl_cli.errors import DatasetError
from ctl_cli.phrases import phrase

from .conftest import MINI

TEXT = MINI.read_text(encoding="utf-8")
TITLE = "  title: Test dataset\n"

# name: (the mistake in mini.yaml: old -> new), the hint's key, its values
CASES = {
    "tab-indent": ((TITLE, "\ttitle: Test dataset\n"), "tab", {"line": 3}),
    "tab-after-indent": ((TITLE, "  title: Test dataset\n \t version: x\n"), "tab", {"line": 4}),
    "tab-after-dash": (("  - {id: sme,", "  -\t{id: sme,"), "tab", {"line": 8}),
    "indent-less": ((TITLE, TITLE + ' version: "x"\n'), "indent", {"line": 4}),
    "indent-more": ((TITLE, TITLE + '     version: "x"\n'), "colon", {"line": 4}),
    "colon-in-value": ((TITLE, "  title: Test: dataset\n"), "colon", {"line": 3}),
    "missing-colon": ((TITLE, "  title Test dataset\n"), "colon", {"line": 4}),
    "unclosed-double": ((TITLE, '  title: "Test dataset\n'), "quote", {"quote": '"', "line": 3, "column": 10}),
    "unclosed-single": ((TITLE, "  title: 'Test dataset\n"), "quote", {"quote": "'", "line": 3, "column": 10}),
    "unclosed-after-escape": ((TITLE, "  title: 'Test''s dataset\n"), "quote", {"quote": "'", "line": 3, "column": 10}),
    "unclosed-bracket": (("aliases: [Alpha]", "aliases: [Alpha"), "bracket",
                         {"bracket": "[", "closing": "]", "line": 25, "column": 14}),
    "unclosed-brace": (("{it: PMI, en: SME}}", "{it: PMI, en: SME}"), "bracket",
                       {"bracket": "{", "closing": "}", "line": 8, "column": 5}),
    "stray-bracket": (("aliases: [Alpha]", "aliases: [Alpha]]"), "stray", {"char": "]", "line": 25}),
}  # fmt: skip


def broken(case: str) -> str:
    (old, new), _, _ = CASES[case]
    assert old in TEXT
    return TEXT.replace(old, new, 1)


@pytest.mark.parametrize("case", list(CASES))
def test_each_mistake_gets_its_advice(case):
    _, key, values = CASES[case]
    with pytest.raises(DatasetError) as caught:
        validate.parse(broken(case), "d.yaml")
    first = caught.value.problems[0]
    assert first.hint == (f"msg.yaml.hint.{key}", values)


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("case", ["tab-indent", "unclosed-double", "unclosed-bracket", "indent-less"])
def test_the_advice_is_the_line_under_the_parsers_message(ctl, write_yaml, case, lang):
    path = write_yaml(broken(case))
    r = ctl("--lang", lang, "validate", path)
    assert r.exit_code == 3
    lines = r.stderr.splitlines()
    _, key, values = CASES[case]
    assert lines[0].startswith(f"{path}:")  # the parser's message, with its place, as before
    assert lines[1] == phrase("msg.yaml.hint", lang, hint=phrase(f"msg.yaml.hint.{key}", lang, **values))
    assert len(lines) == 3  # and the summary


def test_the_example_of_the_issue_says_tab(ctl, write_yaml):
    r = ctl("--data", write_yaml(broken("tab-indent")), "list")
    assert r.exit_code == 3
    assert "found character that cannot start any token" in r.stderr and "tab" in r.stderr.splitlines()[1]


def test_a_problem_that_is_not_the_parsers_has_no_advice(ctl, write_yaml):
    r = ctl("validate", write_yaml(TEXT.replace('province: "VA"', 'province: "XX"')))
    assert r.exit_code == 3 and "hint:" not in r.stderr


@pytest.mark.parametrize(
    "line, column",
    [
        ('a: "x"', None), ("a: 'it''s'", None), ('a: "q \\" q"', None), ("a: it's", None), ("- 'x", 2),
        ('a: "x', 3), ("a: x # 'y", None), ('[a, "b', 4), ("  key: '", 7), ('a: b "c', None),
    ],
)  # fmt: skip
def test_open_quote(line, column):
    from ctl_cli.dataset.yaml_hints import open_quote

    assert open_quote(line) == column
