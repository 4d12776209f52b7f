"""Every command reads at a real terminal's width (DESIGN.md, "Who reads the output"): at 60, 80
and 120 columns, in both languages, drawn with rich (FORCE_COLOR) and as plain text (COLUMNS), no
line is wider than the width except one holding a lone id or URL; ids and URLs are never cut;
headers never split inside a word; bars are never wrapped."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len as cells
from typer.testing import CliRunner

from ctl_cli.commands import app
from ctl_cli.phrases import LANGS, labels
from ctl_cli.records.orgs import ID_LINKS
from ctl_cli.render import layout

from .conftest import older_bundled

BUNDLED = __import__("pathlib").Path(__file__).parent.parent / "data" / "clusters.yaml"
DATA = BUNDLED.read_text(encoding="utf-8")
SGR = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
WIDTHS = (60, 80, 120)
NO_TABLE = {"export", "validate", "schema", "site", "reconcile"}  # they write files, messages or YAML, no table

# realistic arguments for each command that draws for a person; a new command must be added here
ARGS = {
    "list": [["list"], ["list", "--all"]],
    "show": [["show", "agrifood"], ["show", "energy"], ["show", "smart-communities"], ["show", "living-environments"]],
    "search": [["search", "--type", "university"], ["search", "politecnico"]],
    "org": [["org", "Politecnico di Milano"]],
    "compare": [["compare", "aerospace", "mobility"]],
    "stats": [["stats"]],
    "sources": [["sources", "mobility"], ["sources"], ["sources", "--stale"]],
    "national": [["national"]],
    "match": [["match", "pannelli fotovoltaici per aziende agricole"]],
    "diff": [["diff", str(older_bundled()), str(BUNDLED)], ["diff", "--summary", str(BUNDLED), str(older_bundled())]],
}
COMMANDS = [c.name for c in app.registered_commands]


def cases():
    for name in COMMANDS:
        if name in NO_TABLE:
            continue
        yield from ARGS[name]


CLUSTER_IDS = [c["id"] for c in json.loads(CliRunner().invoke(app, ["list", "--all", "--format", "json"]).stdout)]
URLS = set(re.findall(r"https?://[^\s\"'<>]+", DATA))
# ...and the links ctl makes of identifiers (ror: 01nffqt88 -> https://ror.org/01nffqt88)
URLS |= {ID_LINKS[key].format(value) for key, value in re.findall(r"\n  (ror|wikidata):\n    value: '?(\w+)", DATA)}
HEADER_WORDS = sorted({w for k, pair in labels.PHRASES.items() if k.startswith("label.col.") for t in pair
                       for w in re.sub(r"\{[a-z_]+\}", "", t).split() if len(w) > 1})  # fmt: skip


def test_the_lists_are_real():
    assert "living-environments" in CLUSTER_IDS and "green-chemistry" in CLUSTER_IDS
    assert len(URLS) > 100 and "Associazioni" in HEADER_WORDS and "https://ror.org/01nffqt88" in URLS
    assert all(name in ARGS or name in NO_TABLE for name in COMMANDS), "give the new command arguments here"


@cache
def run(args: tuple[str, ...], lang: str, width: int, rich: bool) -> str:
    env = {"COLUMNS": str(width), "CTL_LANG": lang, "FORCE_COLOR": "1" if rich else None, "NO_COLOR": None}
    r = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return SGR.sub("", r.stdout)


# --------------------------------------------------------------------------- the checks


def too_wide(text: str, width: int) -> list[str]:
    """Lines wider than `width`, except one holding a single token (a long URL or id) and indentation."""
    return [line for line in text.splitlines() if cells(line.rstrip()) > width and len(line.split()) != 1]


def _tokens(line: str) -> list[tuple[int, str]]:
    """The words of a line with the column each starts at, without the punctuation around them."""
    return [(m.start() + len(m.group()) - len(m.group().lstrip(",;:()[]")), m.group().strip(",;:()[]"))
            for m in re.finditer(r"\S+", line)]  # fmt: skip


def cut_words(text: str, words: list[str], aligned: bool = False) -> list[str]:
    """Words of `words` drawn in pieces: a token that is the word's head on one line, and on the next
    (below it in a column, or anywhere unless `aligned`) a token that begins the rest of it."""
    lines = text.splitlines()
    heads = {w[:k] for w in words for k in range(1, len(w))}
    out = []
    for a, b in zip(lines, lines[1:], strict=False):
        nxt = _tokens(b)
        for col, t in _tokens(a):
            if t not in heads:
                continue
            for w in [x for x in words if x.startswith(t) and x != t]:
                rest = w[len(t) :]
                below = [u for c, u in nxt if c == col or not aligned]
                # a one-letter piece is too likely a word of its own ('Un' over 'i laboratori' is no 'Uni')
                if any(len(u) > 1 and (u == rest or rest.startswith(u)) for u in below):
                    out.append(f"{w!r}: {a.strip()!r} / {b.strip()!r}")
    return out


def cut_urls(text: str) -> list[str]:
    """URL-looking tokens that are not a whole URL of the dataset."""
    found = re.findall(r"https?://\S+", text)
    return [u for u in found if u not in URLS and u.rstrip(".,;:)]") not in URLS]


def bar_lines(text: str) -> list[str]:
    """Lines that hold only bar characters: a bar wrapped onto a line of its own."""
    return [line for line in text.splitlines() if line.strip() and set(line.strip()) == {"█"}]


# --------------------------------------------------------------------------- the test


@pytest.mark.parametrize("rich", [False, True], ids=["plain", "rich"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("args", list(cases()), ids=" ".join)
def test_fits_the_width(args, lang, width, rich):
    text = run(tuple(args), lang, width, rich)
    assert text.strip()
    assert too_wide(text, width) == []
    assert cut_words(text, CLUSTER_IDS) == []
    assert cut_urls(text) == []
    assert cut_words(text, HEADER_WORDS, aligned=True) == []
    assert bar_lines(text) == []


# Click wraps help itself except a "\\b" paragraph, kept as written: in phrases/help.py only the
# examples are one, with lines of at most 56 characters (tests/test_catalogue.py).
def help_cases():
    for width in WIDTHS:
        for name in ["", *COMMANDS]:
            yield pytest.param(name, width, id=f"{name}-{width}")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name,width", list(help_cases()))
def test_help_fits_the_width(name, width, lang):
    """Help as a real process prints it (the test runner forces Click to 80 columns)."""
    env = {**os.environ, "COLUMNS": str(width), "CTL_LANG": lang}
    args = [sys.executable, "-m", "ctl_cli", *([name] if name else []), "--help"]
    text = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    assert text.strip()
    assert too_wide(text, width) == []
    assert cut_words(text, CLUSTER_IDS) == []


# --------------------------------------------------------------------------- the checks can fail


def test_the_checks_catch_what_they_look_for():
    assert too_wide("x" * 61 + " y", 60) and not too_wide("   " + "x" * 90, 60)
    assert cut_words("aeros  7\npace   2", CLUSTER_IDS)
    assert cut_words("a, green-chemist\nry", CLUSTER_IDS)
    assert not cut_words("aerospace\npace", CLUSTER_IDS)
    assert cut_words("Univ  PMI\nersi\nty", HEADER_WORDS, aligned=True)
    assert not cut_words("Not found\n  a", HEADER_WORDS, aligned=True)
    assert cut_urls("see https://www.ae\nrospacelombardia.it") and not cut_urls(f"({sorted(URLS)[0]})")
    assert bar_lines("a  ██\n    ██ \n")


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(st.text(alphabet=" ab\t\r\x0b\x0c\n\u00e9\u00a0\u2003-", max_size=16), st.integers(0, 12), st.booleans())
def test_layout_wrap_is_textwrap_paragraph_by_paragraph(text, width, fold):
    # layout.wrap skips textwrap for a paragraph that fits as it is: the lines must be the same
    # (a wide letter such as 漢 is wrapped by cells, not as textwrap counts it: test_emoji_width.py)
    expected = []
    for paragraph in text.split("\n"):
        expected += textwrap.wrap(paragraph, max(1, width), break_long_words=fold, break_on_hyphens=False) or [""]
    assert layout.wrap(text, width, fold) == expected


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(
    st.lists(st.text(alphabet="ab\u00e9\u00a0-.", min_size=0, max_size=9), max_size=14).map(" ".join),
    st.integers(0, 24),
    st.booleans(),
)
def test_layout_wrap_of_prose_is_textwrap(text, width, fold):
    # words one space apart (layout fills them itself, without textwrap): the same lines as textwrap
    expected = textwrap.wrap(text, max(1, width), break_long_words=fold, break_on_hyphens=False) or [""]
    assert layout.wrap(text, width, fold) == expected


def test_a_squeezed_table_wraps_long_names_not_short_labels():
    """One long label in a column of short ones (a type 'Other (type not stated by sources)') must
    not make the table squeeze every column alike: the narrowing goes where it costs fewest lines."""
    from ctl_cli.render.layout import widths

    names = [f"Organisation number {i:02d} of Lombardy"[:30] for i in range(10)]
    types = ["Large company"] * 9 + ["Other (type not stated by sources)"]
    grid = [[n, t, "Castellanza"] for n, t in zip(names, types, strict=True)]
    got = widths(["Name", "Type", "City"], grid, ["text", "text", "text"], 60)
    assert got is not None and sum(got) + 2 * 2 <= 60
    assert got[0] == max(len(n) for n in names)  # no name wraps
    assert got[1] >= len("Large company") and got[2] == len("Castellanza")  # nor the common labels


def test_a_message_on_a_terminal_breaks_between_words_and_whole_elsewhere(monkeypatch):
    """ctl's stderr at a terminal fits each line to its width, never cutting a word (a URL stays
    whole); in a pipe or a file every message stays on one line, for grep."""
    import io

    from ctl_cli.__main__ import _SafeStderr

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setenv("COLUMNS", "40")
    url = "https://www.example.org/" + "x" * 40
    text = "ctl: no cluster matches that name; run 'ctl list' to see every cluster, or read " + url + "\n"
    tty, pipe = Tty(), io.StringIO()
    _SafeStderr(tty, []).write(text)
    _SafeStderr(pipe, []).write(text)
    assert pipe.getvalue() == text
    lines = tty.getvalue().rstrip("\n").split("\n")
    assert len(lines) > 2 and all(len(line) <= 40 for line in lines if "https" not in line)
    assert url in lines and " ".join(lines).split() == text.split()


def test_a_table_that_would_cut_a_word_is_drawn_as_records():
    """At 60 columns ctl match's Why column cut 'manufacturing' ('advanced man' / 'ufacturing'): a table is a
    table only when every word of every cell stays whole, else records."""
    from ctl_cli.render.layout import widths

    why = "28.25.00 Fabbricazione di apparecchiature di climatizzazione per uso non domestico"
    grid = [
        ["1", "smart-factory", "Smart factory / advanced manufacturing", "100", why],
        ["3", "living-environments", "Technologies for living environments", "1", "96 Attività di servizi"],
    ]
    headers, kinds = ["#", "id", "Theme", "Score", "Why"], ["number", "id", "text", "number", "text"]
    assert widths(headers, grid, kinds, 60) is None  # 19 + 13 + 5 + 15 ('apparecchiature') + gaps > 60
    fits = widths(headers, grid, kinds, 80)
    assert fits is not None and fits[2] >= len("manufacturing") and sum(fits) + 4 * 2 <= 80
    text = run(("match", "pompe", "di", "calore"), "en", 60, False)
    assert "advanced manufacturing" in text  # as a record: the theme on one line, whole


def test_a_table_that_wraps_a_cell_far_taller_than_a_record_would_is_drawn_as_records():
    """At 80 columns ctl match's reasons, squeezed beside its Members column, took 16 lines a row (about two
    words a line, so not cramped); as a record's value they take 5. A table whose cell is over TALL[0] lines
    and TALL[1] times its lines as a record is records; a cell a little taller in the table is not."""
    from ctl_cli.render.layout import TALL, widths

    why = ("plastica; 20.30.00 Fabbricazione di pitture, vernici e smalti, inchiostri da stampa e adesivi sintetici;"
           " 20.1 Fabbricazione di prodotti chimici di base, di fertilizzanti e composti azotati, di materie"
           " plastiche e gomma sintetica in forme primarie")  # fmt: skip
    headers = ["#", "id", "Tema", "Punteggio", "Perché", "Soci affini"]
    kinds = ["number", "id", "text", "number", "text", "text"]
    grid = [["1", "green-chemistry", "Chimica verde", "100", why, ""],
            ["2", "smart-factory", "Fabbrica intelligente", "58", "stampa", "Co. Stamp"]]  # fmt: skip
    assert widths(headers, grid, kinds, 80) is None
    assert widths(headers, grid, kinds, 200) is not None  # room enough: a table
    short = [[*row[:4], "stampa; 25.63.20 Fabbricazione di stampi", row[5]] for row in grid]
    assert widths(headers, short, kinds, 80) is not None  # a few lines: still a table
    assert TALL[0] >= 8 and TALL[1] >= 2
    page = run(("match", "stampi", "per", "plastica"), "it", 80, False)
    assert "  Perché" in page and "Soci affini  Co. Stamp" in page  # records: label, then value


@pytest.mark.parametrize("rich", [False, True], ids=["plain", "rich"])
def test_a_long_name_over_a_cluster_page_is_wrapped_whole_not_cut(rich):
    """`ctl show` heads the page with the cluster's name: at 80 columns smart communities' is 81 cells long.
    Plain, it was one line the terminal folded ('(SCC' / ')'); in rich's panel border it was cut ('...
    Ambienti di ─╮', without 'Vita (TAV)')."""
    for cid, tail in (("smart-communities", "(SCC)"), ("living-environments", "Vita (TAV)")):
        text = run(("show", cid), "it" if cid == "living-environments" else "en", 80, rich)
        head = text.split("\n\n")[0] if not rich else text.split("╭")[0] + text.split("╭")[1].split("\n")[0]
        assert tail in head.replace("\n", " ") and too_wide(text, 80) == [], head
