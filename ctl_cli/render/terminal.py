"""The `table` format: a page of blocks (tables, panels, facts, lists, lines), drawn with rich on
a terminal and as plain text elsewhere.

The page modules (one per command) describe what to show as blocks once, declaring what each table
column holds; layout.py decides how they fit the width, once for both paths. On a terminal (or with
FORCE_COLOR) rich prints those lines in colour; anywhere else (a pipe, a file, a script) they are
plain text, fitted to COLUMNS when it is set. Rich is imported only on the first path: it is most
of ctl's start-up time.

Every string goes through text.safe() on both paths, and rich never parses markup in it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from ..text import safe
from .layout import Drawn, grid_lines, hang, record_lines, widths
from .measure import cells


class Table:
    """Columns with headers. `kinds` says what each column holds (layout.KINDS: "text" prose that
    may wrap, "id", "number", "url" never cut, "bar" dropped when there is no room; default text);
    `styles` gives a rich style per column ("" for none). `short`: shorter headers to try when the
    table does not fit with its own, and `legend`, the line that explains them, shown only then.
    `prose`: its cells are sentences (compare's fields, org's notes), so it is fitted to the page's
    width even where nothing gives one (a pipe, a file), instead of one row per line for grep."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        styles: Sequence[str] = (),
        kinds: Sequence[str] = (),
        short: Sequence[str] = (),
        legend: str = "",
        prose: bool = False,
    ):
        self.headers = list(headers)
        self.rows = [["" if v is None else str(v) for v in row] for row in rows]
        self.styles = list(styles) or [""] * len(self.headers)
        self.kinds = list(kinds) or ["text"] * len(self.headers)
        self.short, self.legend, self.prose = list(short), legend, prose


class Panel:
    def __init__(self, title: str, body: str):
        self.title, self.body = title, body


class Facts:
    """Label and value pairs, values wrapped and indented under themselves."""

    def __init__(self, rows: Sequence[tuple[str, str]]):
        self.rows = list(rows)


class Bullets:
    def __init__(self, items: Sequence[str], heading: str = "", heading_style: str = "bold underline"):
        self.items, self.heading, self.heading_style = list(items), heading, heading_style


class Line:
    """A paragraph, wrapped to the width; `indent` cells before each of its lines."""

    def __init__(self, text: str = "", style: str = "", indent: int = 0):
        self.text, self.style, self.indent = text, style, indent


Block = Table | Panel | Facts | Bullets | Line


def terminal() -> bool:
    """Draw with rich: stdout is a terminal, or FORCE_COLOR asks for it (as rich itself honours)."""
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def page(blocks: Sequence[Block]) -> None:
    """Draw the blocks: with rich on a terminal (at its width), as plain text elsewhere: fitted to
    COLUMNS when it is set; else (a pipe, a file, a script) tables keep one row per line, whole for
    grep and cut, and prose (and a table of prose) wraps to the terminal stderr is on (`ctl show
    energy | less`), else at 100."""
    if terminal():
        _rich(blocks)
        return
    from .output import write

    width = _width()
    prose = width or max(40, (_terminal_size(sys.stderr) or (100,))[0])
    lines = [line for b in blocks for line in draw(b, prose, table_width=width)]
    write("".join("".join(text for text, _ in line) + "\n" for line in lines))


MAX_CELLS = 10_000  # no terminal is wider or taller: a larger COLUMNS or LINES is nonsense, not a width


def env_size(name: str) -> int | None:
    """COLUMNS or LINES (`name`) when it is a size: a whole number from 1 to MAX_CELLS, in ASCII
    digits, spaces around it aside. None when it is unset, empty, zero, negative, not a number
    (`COLUMNS=0`, `-5`, `abc`, `²`) or absurdly large: then the default applies, as if unset."""
    value = os.environ.get(name, "").strip()
    if value.isascii() and value.isdigit() and 0 < int(value) <= MAX_CELLS:
        return int(value)
    return None


def _terminal_size(stream) -> tuple[int, int] | None:
    """(columns, lines) of the terminal `stream` is on, or None (not a terminal, or one that reports 0)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError):
        return None
    return (size.columns, size.lines) if size.columns > 0 and size.lines > 0 else None


def _width() -> int | None:
    """The width of plain text: COLUMNS, at least 40; None when it is not set (or no width, env_size)."""
    width = env_size("COLUMNS")
    return max(40, width) if width else None


def draw(block: Block, width: int, table_width: int | None = 0) -> list[Drawn]:
    """A block as drawn lines of (text, style) segments, fitted to `width` (tables to
    `table_width` when given: None for no limit)."""
    if isinstance(block, Table):
        return _table(block, width if table_width == 0 or block.prose else table_width)
    if isinstance(block, Panel):
        heading = hang([("", safe(block.title))], width, style="bold")  # a long name wrapped between words
        rule = "=" * min(max((cells("".join(t for t, _ in line)) for line in heading), default=0), width)
        return [*heading, [(rule, "")], *hang([("", block.body)], width), []]
    if isinstance(block, Facts):
        return hang([(f"{k}  ", v) for k, v in block.rows], width, lead_style="bold")
    if isinstance(block, Bullets):
        head = hang([("", block.heading)], width, style=block.heading_style) if block.heading else []
        return head + hang([("  • ", item) for item in block.items], width)
    if not block.text:
        return [[]]
    return hang([(" " * block.indent, block.text)], width, style=block.style)


def _table(t: Table, width: int | None) -> list[Drawn]:
    """The table in the shape that fits: one row per line, squeezed, with short headers and their
    legend, or as records."""
    grid = [[safe(v) for v in row] for row in t.rows]
    headers = [safe(h).replace("\n", " ") for h in t.headers]
    col_widths = widths(headers, grid, t.kinds, width)
    if col_widths is not None:
        return grid_lines(headers, grid, t.kinds, t.styles, col_widths)
    if t.short:
        short = [safe(h) for h in t.short]
        col_widths = widths(short, grid, t.kinds, width)
        if col_widths is not None:
            legend = hang([("", t.legend)], width or 100, style="dim") if t.legend else []
            return grid_lines(short, grid, t.kinds, t.styles, col_widths) + legend
    return record_lines(headers, grid, t.kinds, t.styles, width or 100)


# --------------------------------------------------------------------------- rich


def console(stderr: bool = False):
    """A rich Console that never parses markup or emoji codes in what it prints."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:  # let main() end quietly with 141, not rich's exit 1
            from ..errors import PipeClosed

            raise PipeClosed

    stream = sys.stderr if stderr else sys.stdout
    # The size is given, never left to rich, which takes COLUMNS=0 as a width of 0 (and prints
    # nothing) and fails on COLUMNS=²: a sane COLUMNS (LINES), else the terminal's, else 80 (25).
    size = _terminal_size(stream) or (80, 25)
    width, height = env_size("COLUMNS") or size[0], env_size("LINES") or size[1]
    return _Console(
        file=stream, highlight=False, soft_wrap=False, emoji=False, markup=False, width=width, height=height
    )


def _rich(blocks: Sequence[Block]) -> None:
    """The blocks in colour: laid out as on the plain path, printed with their styles and never
    wrapped or cropped again by rich (a lone long URL stays whole, the terminal folds it)."""
    from rich.text import Text

    con = console()
    for b in blocks:
        if isinstance(b, Panel):
            from rich.panel import Panel as RichPanel

            body = Text("\n".join("".join(t for t, _ in line) for line in hang([("", b.body)], con.width - 4)))
            title = Text(safe(b.title), style="bold")
            if cells(title.plain) > con.width - 6:  # rich would cut a long name in the border: above it, whole
                heading = hang([("", title.plain)], con.width, style="bold")
                con.print(Text("\n".join("".join(t for t, _ in line) for line in heading), style="bold"))
                title = None
            con.print(RichPanel(body, title=title, title_align="left", expand=True))
            continue
        lines = draw(b, con.width)
        if _REWRITTEN.search("".join(text for line in lines for text, _ in line)):
            out = Text()  # a tab (or a control code) that rich's Text expands (or drops): printed as a Text
            for line in lines:
                for text, style in line:
                    out.append(text, style=style or None)
                out.append("\n")
            con.print(out, soft_wrap=True, end="")
        else:
            con.print(_Segments(lines), soft_wrap=True, end="")


# What rich's Text would change in a drawn line: a tab (expanded), a newline (a line of its own) and the
# control codes it strips. safe() makes the control codes visible escapes, so none of them is expected.
_REWRITTEN = re.compile("[\t\n\x07\x08\x0b\x0c\r]")


class _Segments:
    """Drawn lines as rich segments, each in its style: what printing them as one Text (each segment
    appended in its style, a newline after each line, soft-wrapped) gives, without rich dividing that
    Text into lines and spans again (most of the time of a long page: 428 sources as records)."""

    def __init__(self, lines: Sequence[Drawn]):
        self.lines = lines

    def __rich_console__(self, console, options):
        from rich.segment import Segment

        styles = {"": None}
        newline = Segment("\n")
        for line in self.lines:
            for text, name in line:
                if text:
                    style = styles.get(name)
                    if style is None and name:
                        style = styles[name] = console.get_style(name)
                    yield Segment(text, style)
            yield newline
