"""A large dataset is read in two halves at once (dataset/halves.py): the value is what reading the whole
text gives, and anything doubtful is read whole."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ctl_cli.dataset import halves, locate, strict_yaml

BUNDLED = locate.bundled_path().read_text(encoding="utf-8")


@pytest.fixture
def split(monkeypatch):
    """halves.load_value with any text large enough and a processor always free; the list it yields
    holds what each attempt to read in halves gave (None: read whole)."""
    monkeypatch.setattr(halves, "HALVES_FROM", 0)
    monkeypatch.setattr(halves, "free_processor", lambda: True)
    tried: list = []
    real = halves._in_halves

    def counted(text, at, meanwhile=None):
        tried.append(real(text, at, meanwhile))
        return tried[-1]

    monkeypatch.setattr(halves, "_in_halves", counted)
    return tried


def test_the_bundled_dataset_read_in_halves_is_what_reading_it_whole_gives(split):
    done = []
    value = halves.load_value(BUNDLED, meanwhile=lambda: done.append("prepared"))
    assert split and split[0] is not None  # it was read in halves
    assert done == ["prepared"]  # what was to be done meanwhile, once
    assert value == strict_yaml.load(BUNDLED, with_marks=False)[0]
    assert list(value) == list(strict_yaml.load(BUNDLED, with_marks=False)[0])  # sections in the file's order


def test_the_cut_is_the_top_level_key_nearest_the_middle():
    text = "a:\n  x: 1\nb:\n" + "  - y\n" * 50 + "c:\n  z: 2\nd: 4\n"
    at = halves.cut_at(text)
    assert text[at:].startswith(("b:\n", "c:\n")) and abs(at - len(text) // 2) == min(
        abs(i - len(text) // 2) for i in (text.index("\nb:") + 1, text.index("\nc:") + 1)
    )
    assert halves.cut_at("a:\n  x: 1\n---\nb:\n  y: 2\n") is None  # a second document: read whole
    assert halves.cut_at("a: 1\nb: 2\n") is None  # no key with its value below it


def _cut_by_line_starts(text: str) -> int | None:
    """cut_at as first written, with ^ under re.M (tried at every character): the reference its faster
    patterns, written from the newline, must agree with."""
    import re

    if re.search(r"^(?:---|\.\.\.|%)", text, re.M):
        return None
    middle = len(text) // 2
    cuts = [m.start() for m in re.finditer(r"^[A-Za-z_][A-Za-z0-9_-]*:[ \t]*$", text, re.M) if m.start() > 0]
    return min(cuts, key=lambda at: abs(at - middle)) if cuts else None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a:", "b:\n", "x_1:  \n", "-", "--", "---", "...", "%", " ", "\n", "\r\n", "k", ":"]),
        max_size=40,
    )
)
def test_the_cut_is_where_a_line_start_pattern_puts_it(pieces):
    text = "".join(pieces)
    assert halves.cut_at(text) == _cut_by_line_starts(text)


@pytest.mark.parametrize(
    "text",
    [
        'a: "an open quote\nb:\n  still the quote"\n',  # the cut (the one key line) inside a quoted scalar
        "a: [1,\nb:\n  2]\n",  # inside a flow list
        "a:\n  x: 1\nb:\n  y: 2\na:\n  z: 3\n",  # a key of the first half again in the second
        "a:\n  x: 1\nb:\n  y: &anchor 2\n",  # an anchor, refused, in the second half
        "a:\n  x: 1\nb:\n  - 1\n c: 2\n",  # bad indentation in the second half
        "- a\nb:\n  y: 2\n",  # the first half is a list
    ],
)
def test_a_doubtful_text_reads_as_the_whole_does(split, text):
    try:
        whole = strict_yaml.load(text, with_marks=False)[0]
    except strict_yaml.YamlProblem as e:
        with pytest.raises(strict_yaml.YamlProblem) as got:
            halves.load_value(text)
        assert (got.value.message, got.value.line, got.value.column) == (e.message, e.line, e.column)
    else:
        assert halves.load_value(text) == whole
    assert split == [None]  # tried in halves, then read whole


def test_what_is_done_meanwhile_may_fail_without_changing_the_value(split):
    def fails():
        raise OSError("a broken install")

    assert halves.load_value(BUNDLED, meanwhile=fails) == strict_yaml.load(BUNDLED, with_marks=False)[0]
    assert split[0] is not None


def test_each_half_may_be_the_larger(split):
    short_head = "a:\n  x: 1\nb:\n" + "  - a longer list item\n" * 40
    long_head = "a:\n" + "  - a longer list item\n" * 40 + "b:\n  y: 2\n"
    for text in (short_head, long_head):
        assert list(halves.load_value(text)) == ["a", "b"] and halves.load_value(text) == strict_yaml.load(text)[0]
    assert all(v is not None for v in split)


def test_without_a_free_processor_or_under_the_size_the_text_is_read_whole(monkeypatch):
    calls = []
    monkeypatch.setattr(halves, "_in_halves", lambda text, at, meanwhile=None: calls.append(at))
    monkeypatch.setattr(halves, "free_processor", lambda: False)
    halves.load_value("a:\n  x: 1\nb:\n  y: 2\n" * 1)
    monkeypatch.setattr(halves, "HALVES_FROM", 0)
    assert halves.load_value("a:\n  x: 1\nb:\n  y: 2\n") == {"a": {"x": 1}, "b": {"y": 2}}
    assert calls == []


def test_free_processor_answers_without_failing():
    assert halves.free_processor() in (True, False)


_scalars = st.one_of(st.text(max_size=12), st.integers(), st.booleans(), st.none())
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), _values, min_size=2, max_size=5))
def test_any_mapping_read_in_halves_is_what_reading_it_whole_gives(document):
    text = yaml.safe_dump(document, allow_unicode=True, default_flow_style=False, sort_keys=False)
    try:
        whole = strict_yaml.load(text, with_marks=False)[0]
    except strict_yaml.YamlProblem:
        return  # (a key or text the strict reader refuses: not what this is about)
    at = halves.cut_at(text)
    got = halves._in_halves(text, at) if at is not None else None
    assert got is None or got == whole


def test_prepare_loads_what_the_rules_look_up():
    import sys

    from ateco import _load

    from ctl_cli.dataset import comuni
    from ctl_cli.dataset.rules import prepare

    comuni.table.cache_clear()
    _load._edition_nodes.pop("2025", None)
    prepare()
    assert comuni.table.cache_info().currsize == 1 and "2025" in _load._edition_nodes
    assert {"stdnum.it.iva", "stdnum.it.codicefiscale"} <= set(sys.modules)
