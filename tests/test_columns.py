"""A terminal width that is no width (issue 14, kind 5): COLUMNS (and LINES) that is zero, negative,
not a number or absurdly large means the default, as if unset, on both paths (rich, plain text);
so does a terminal that reports a size of 0. `COLUMNS=0 FORCE_COLOR=1 ctl list` printed nothing."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctl_cli.render import terminal

NOT_A_WIDTH = ["0", "00", "-5", "-0", "abc", "²", "٣", "1e3", "80.5", "", " ", "99999999999", "10001"]
PATHS = {"rich": {"FORCE_COLOR": "1"}, "plain": {"FORCE_COLOR": None}}
COMMANDS = [["list"], ["show", "agrifood"], ["stats"]]


def page(ctl, args, path: str, **env) -> str:
    r = ctl(*args, env={"NO_COLOR": None, **PATHS[path], **env})
    assert r.exit_code == 0, r.stderr
    assert "Traceback" not in r.stderr
    return r.stdout


@pytest.mark.parametrize("path", list(PATHS))
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("columns", NOT_A_WIDTH)
def test_a_width_that_is_no_width_means_the_default(ctl, path, args, columns):
    default = page(ctl, args, path, COLUMNS=None)
    assert default.strip()
    assert page(ctl, args, path, COLUMNS=columns) == default


@pytest.mark.parametrize("path", list(PATHS))
def test_a_real_width_still_counts(ctl, path):
    assert page(ctl, ["show", "agrifood"], path, COLUMNS="60") != page(ctl, ["show", "agrifood"], path, COLUMNS=None)
    assert page(ctl, ["list"], path, COLUMNS=" 80 ") == page(ctl, ["list"], path, COLUMNS="80")


@pytest.mark.parametrize("lines", ["0", "²", "-1", "x"])
def test_lines_that_are_no_height_are_ignored_too(ctl, lines):
    assert page(ctl, ["list"], "rich", LINES=lines) == page(ctl, ["list"], "rich", LINES=None)


def test_a_terminal_that_reports_a_size_of_zero_means_the_default(ctl, monkeypatch):
    expected = {p: page(ctl, ["show", "energy"], p, COLUMNS=None) for p in PATHS}
    monkeypatch.setattr(os, "get_terminal_size", lambda fd=None: os.terminal_size((0, 0)))
    for p in PATHS:
        assert page(ctl, ["show", "energy"], p, COLUMNS=None) == expected[p]


@pytest.mark.parametrize("value, size", [("80", 80), (" 120\n", 120), ("1", 1), ("10000", 10_000)])
def test_env_size_reads_whole_numbers_only(monkeypatch, value, size):
    monkeypatch.setenv("COLUMNS", value)
    assert terminal.env_size("COLUMNS") == size


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=8))
def test_any_columns_gives_a_page(ctl, columns):
    for path in PATHS:
        out = page(ctl, ["list"], path, COLUMNS=columns)
        assert "aerospace" in out


def test_piped_tables_keep_one_row_per_line_whatever_terminal_stderr_is_on(ctl, monkeypatch):
    """`ctl list | grep energy` at an 80-column terminal: stdout is a pipe, stderr the terminal. The
    table is not fitted to the terminal (that gave one block of lines per cluster): a row a line."""
    alone = page(ctl, ["list"], "plain", COLUMNS=None)
    monkeypatch.setattr(terminal, "_terminal_size", lambda stream: (80, 24))  # stderr (any stream) at a terminal
    beside = page(ctl, ["list"], "plain", COLUMNS=None)
    assert beside == alone
    rows = [line for line in beside.splitlines() if line.startswith(("agrifood ", "energy "))]
    assert len(rows) == 2 and "Lombardy Energy Cleantech Cluster" in rows[1]  # the whole row on one line
    assert page(ctl, ["list"], "plain", COLUMNS="80") != beside  # COLUMNS, given, still fits the table
    shown = page(ctl, ["show", "energy"], "plain", COLUMNS=None)  # prose: wrapped to that terminal
    assert max(len(line) for line in shown.split("\n\n")[0].splitlines()) <= 80
    monkeypatch.setattr(terminal, "_terminal_size", lambda stream: None)
    assert max(len(line) for line in page(ctl, ["show", "energy"], "plain", COLUMNS=None).splitlines()) > 80


def test_a_narrow_table_cuts_no_word_when_every_word_fits_whole():
    from ctl_cli.render.layout import widths

    headers = ["Cluster", "Basis", "Note"]
    grid = [["agrifood", "dichiarazione propria", "a note " * 30], ["energy", "elenco dei soci", "short"]]
    got = widths(headers, grid, ["id", "text", "text"], 60)
    assert got is not None and got[1] >= len("dichiarazione") and sum(got) + 4 <= 60


def test_a_number_cell_is_one_value_never_wrapped():
    from ctl_cli.render.layout import widths, wrap

    headers = ["Cluster", "Name", "Members"]
    grid = [["smart-factory", "Associazione Fabbrica Intelligente Lombardia " * 2, "41 / circa 150"]]
    for width in range(50, 120):
        got = widths(headers, grid, ["id", "text", "number"], width)
        assert got is None or len(wrap("41 / circa 150", got[2])) == 1, width


def test_a_column_squeezed_to_one_word_a_line_makes_records():
    from ctl_cli.render.layout import _cramped, widths

    assert _cramped(["Cluster di", "Alta", "Tecnologia", "Agrofood", "Lombardia"])
    assert not _cramped(["Fondazione Cluster", "Tecnologie per le", "Smart Cities &", "Communities –"])
    assert not _cramped(["Lombardia", "Aerospace", "Cluster"])  # three lines are still a table
    headers = ["id", "Name", "Website"]
    grid = [["agrifood", "Cluster di Alta Tecnologia Agrofood Lombardia", "https://" + "x" * 60]]
    assert widths(headers, grid, ["id", "text", "url"], 90) is None  # the name would stand a word a line
    assert widths(headers, grid, ["id", "text", "url"], 200) is not None


@pytest.mark.parametrize("columns", ["100", "110"])
def test_the_italian_list_at_mid_widths_keeps_member_counts_whole(ctl, columns):
    out = ctl("--lang", "it", "list", env={"COLUMNS": columns}).stdout
    assert "41 / circa 150" in out and "Associazione Fabbrica Intelligente Lombardia" in out


def test_a_key_whose_value_has_a_word_too_long_for_its_column_goes_below_it_whole():
    """`ctl --lang it show mobility` at 60 columns: the e-mail address is longer than the value column, so the
    whole value ('address, al 2021 [3]') is drawn below the key at LONE_INDENT; its end was under the value
    column, further right than its beginning."""
    from ctl_cli.render.layout import LONE_INDENT, hang

    address = "segreteria@clusterlombardomobilita.it"
    value = f"{address}, al 2021 [3]"
    for width in (40, 50, 57):  # the value column (width - 20) is narrower than the address
        rows = [("Anno di fondazione  ", "2013"), ("E-mail  ", value)]
        lines = ["".join(t for t, _ in line) for line in hang(rows, width)]
        assert lines[1] == "E-mail", width
        below = lines[2:]
        assert all(x.startswith(" " * LONE_INDENT) and x[LONE_INDENT] != " " for x in below), (width, lines)
        assert " ".join(x.strip() for x in below) == value
    assert ["".join(t for t, _ in x) for x in hang(rows, 80)][1] == f"E-mail              {value}"
    # a bullet's lead is no wider than the indent: a long word still goes on a line of its own under it
    bullet = ["".join(t for t, _ in line) for line in hang([("  • ", f"see {address}x{address}")], 40)]
    assert bullet[0] == "  • see" and bullet[1].startswith(" " * 4 + address)


def test_a_table_that_fits_narrower_is_not_drawn_as_records_wider(ctl):
    """`ctl --lang it compare energy mobility` was side by side at 190 and 210 columns and records at 200: the
    squeeze gave one cluster 70 columns and the other 105, wrapping a focus list on 9 lines (tall). Lines past
    TALL[0] now cost double in the squeeze, so the room is shared as at 190."""

    def side_by_side(width: int) -> bool:
        r = ctl("--lang", "it", "compare", "energy", "mobility", env={"NO_COLOR": None, "COLUMNS": str(width)})
        assert r.exit_code == 0, r.stderr
        first = r.stdout.splitlines()[0]
        return "energy" in first and "mobility" in first

    assert all(side_by_side(w) for w in (180, 190, 200, 210, 220))
