"""The YAML parser's words in the reader's language: libyaml's messages (what is wrong, and what it was reading)
and the strict loader's own refusals come from the phrase catalogue, so `ctl --lang it validate` reads Italian
throughout; in English they stay exactly as libyaml and the loader wrote them."""

from __future__ import annotations

import pytest
import yaml

from ctl_cli.dataset import validate, yaml_words
from ctl_cli.errors import DatasetError
from ctl_cli.phrases import has, phrase

from .conftest import MINI

TEXT = MINI.read_text(encoding="utf-8")
TITLE = "  title: Test dataset\n"


def problem(text: str):
    with pytest.raises(DatasetError) as e:
        validate.parse(text, "x.yaml")
    [p] = e.value.problems
    return p


def libyaml_error(text: str) -> yaml.MarkedYAMLError:
    with pytest.raises(yaml.MarkedYAMLError) as e:
        list(yaml.parse(text, Loader=yaml.CSafeLoader))
    return e.value


# a mistake in mini.yaml (old -> new): libyaml's problem and context, as its own words
MISTAKES = {
    "colon-in-value": (TITLE, "  title: Test: dataset\n"),
    "unclosed-quote": (TITLE, '  title: "Test dataset\n'),
    "unclosed-bracket": ("aliases: [Alpha]", "aliases: [Alpha"),
    "tab": (TITLE, "\ttitle: Test dataset\n"),
    "bad-escape": (TITLE, '  title: "Test \\q dataset"\n'),
    "stray-bracket": ("aliases: [Alpha]", "aliases: [Alpha]]"),
}


@pytest.mark.parametrize("case", MISTAKES)
def test_libyaml_words_are_italian_and_english_unchanged(case):
    old, new = MISTAKES[case]
    assert old in TEXT
    text = TEXT.replace(old, new, 1)
    raw = libyaml_error(text)
    p = problem(text)
    english = raw.problem + (f" ({raw.context})" if raw.context else "")
    assert p.message("en") == english  # what libyaml says, word for word
    italian = p.message("it")
    assert italian != english and raw.problem not in italian
    if raw.context:
        assert raw.context not in italian and italian.endswith(")")


@pytest.mark.parametrize("words", sorted(yaml_words.LIBYAML_PROBLEMS.items()))
def test_every_libyaml_problem_listed_has_both_languages(words):
    libyaml, key = words
    assert phrase(f"check.yaml_problem.{key}", "en") == libyaml
    assert phrase(f"check.yaml_problem.{key}", "it") != libyaml


@pytest.mark.parametrize("words", sorted(yaml_words.LIBYAML_CONTEXTS.items()))
def test_every_libyaml_context_listed_has_both_languages(words):
    libyaml, key = words
    assert phrase(f"check.yaml_context.{key}", "en") == libyaml
    assert phrase(f"check.yaml_context.{key}", "it") != libyaml


def test_words_libyaml_has_that_the_catalogue_lacks_are_shown_as_written():
    key, values = yaml_words.libyaml_words("found something new", "while doing something")
    assert (key, values) == ("found something new (while doing something)", {})
    assert not has(key)
    # a known problem in an unknown context is not half translated
    assert yaml_words.libyaml_words("found unexpected end of stream", "while doing something")[1] == {}


def test_the_loaders_own_refusals_are_italian_too():
    dup = problem(TEXT.replace(TITLE, TITLE + "  title: Again\n"))
    assert dup.message("en") == "duplicate key 'title'"
    assert dup.message("it") == "chiave ripetuta 'title'"
    anchor = problem(TEXT.replace("  title: Test dataset", "  title: &t Test dataset\n  licence: *t"))
    assert anchor.message("en") == "YAML anchor &t is not allowed (write the value out)"
    assert "ancora YAML &t" in anchor.message("it")
    two = problem(TEXT + "---\ndataset: {}\n")
    assert two.message("en") == "only one YAML document is allowed in a dataset file"
    assert "un solo documento" in two.message("it")
