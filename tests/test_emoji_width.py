"""Display width measured by a well-kept library (issue 14, kind 9): the plain table renderer counts
terminal cells with rich's cell width, so an emoji with a skin-tone modifier is two cells (it was
counted four, and its row came out misaligned), and so are CJK letters; prose with such letters
wraps by cells, not by characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from ctl_cli.render import layout, measure

from .conftest import MINI

SAMPLES = ["👍🏽", "👍", "🇮🇹", "❤️", "東京", "e\u0301", "Caffè 👍🏿 Srl", "ａｂｃ", "Łukasiewicz", "x\u200by"]


@pytest.mark.parametrize("text", SAMPLES)
def test_cells_are_richs_cell_width(text):
    assert layout.cells(text) == cell_len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x340, exclude_characters="\x7f"), max_size=30))
def test_cells_skips_rich_only_where_rich_counts_one_cell_each(text):
    # below U+0300 (Latin-1, Latin Extended, IPA, spacing modifiers) every character but a C1 control is
    # one cell, and cells() counts them without rich; past it, and for C1, rich is asked. (ASCII is
    # counted by len() as before: its one control, DEL, is made a visible escape by safe() first.)
    assert layout.cells(text) == cell_len(text)
    assert measure._uneven(text) == any(cell_len(ch) != 1 for ch in text if not ch.isascii())


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(min_codepoint=0x1FF0, max_codepoint=0x20D0), max_size=30))
def test_cells_skips_rich_for_punctuation_and_currency_signs_rich_counts_one_cell_each(text):
    # dashes, quotes, the ellipsis, primes and the euro (U+2010-U+2027, U+2030-U+205E, U+20A0-U+20C0) are
    # counted without rich, one cell each; the spaces, zero-width and bidi marks around them are rich's
    assert layout.cells(text) == cell_len(text)
    assert measure._uneven(text) == any(cell_len(ch) != 1 for ch in text if not ch.isascii())


def test_the_one_cell_signs_are_one_cell_for_rich_too():
    signs = [chr(c) for a, b in ((0x2010, 0x2027), (0x2030, 0x205E), (0x20A0, 0x20C0)) for c in range(a, b + 1)]
    assert all(measure._one_cell_each(ch) and cell_len(ch) == 1 for ch in signs)
    assert not any(measure._one_cell_each(ch) for ch in "\u200b\u200f\u2028\u202e\u2060\u2066\x85\u0301")


def test_an_emoji_with_a_skin_tone_is_two_cells():
    assert layout.cells("👍🏽") == 2 and layout.cells("Beta 👍🏽 Srl") == 11


NAMES = {"Beta Srl": "Beta 👍🏽 Srl", "Gamma Start": "Gamma 東京 Lab", "Università Alpha": "Università Alpha\u0301"}
TYPES = ("SME", "Start-up", "University")


@pytest.fixture
def emoji_data(write_yaml):
    text = MINI.read_text(encoding="utf-8")
    for old, new in NAMES.items():
        assert f'"{old}"' in text
        text = text.replace(f'"{old}"', f'"{new}"', 1)
    return write_yaml(text)


@pytest.mark.parametrize("columns", ["200", "80"])
def test_a_plain_table_with_emoji_keeps_its_columns_aligned(ctl, emoji_data, columns):
    r = ctl("--data", emoji_data, "search", env={"COLUMNS": columns, "FORCE_COLOR": None})
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    rows = [line for line in lines if any(f"  {t}  " in line for t in TYPES)]
    assert len(rows) == 3
    starts = {cell_len(line[: line.index(next(f"  {t}  " for t in TYPES if f"  {t}  " in line))]) for line in rows}
    header = next(line for line in lines if "Type" in line)
    assert starts == {cell_len(header[: header.index("Type")]) - 2}  # every row's type starts under "Type"


def test_prose_with_wide_letters_wraps_by_cells():
    text = " ".join(["東京大学"] * 20)
    lines = layout.wrap(text, 20)
    assert len(lines) > 1 and all(cell_len(line) <= 20 for line in lines)
    assert " ".join(lines) == text
    folded = layout.wrap("東" * 30, 10, fold=True)
    assert all(cell_len(line) <= 10 for line in folded) and "".join(folded) == "東" * 30
    assert layout.wrap("東" * 30, 10) == ["東" * 30]  # not folded: a word stays whole on its line


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(["東京", "👍🏽", "Caffè", "ａｂ", "x", "lungo-nome", "e\u0301"]), max_size=15),
    st.integers(4, 40),
)
def test_wrapped_lines_never_pass_the_width_unless_one_word_is_wider(words, width):
    text = " ".join(words)
    for line in layout.wrap(text, width, fold=True):
        assert cell_len(line) <= width
    for line in layout.wrap(text, width):
        assert cell_len(line) <= width or len(line.split()) == 1


@pytest.mark.parametrize(
    "text, width, lines",
    [
        (" 漢", 3, [" 漢"]),
        (" 漢", 2, ["漢"]),
        ("  東京 x", 10, ["  東京 x"]),
        ("東京 東京", 4, ["東京", "東京"]),
        ("", 5, [""]),
        ("  ", 5, [""]),
    ],
)
def test_wrapping_by_cells_keeps_a_paragraphs_indentation_as_textwrap_does(text, width, lines):
    assert layout.wrap(text, width) == lines
