"""The `table` format: a page of blocks (tables, panels, facts, lists, lines), drawn with rich on
a terminal and as plain text elsewhere.

The page modules (one per command) describe what to show as blocks once; this module draws them. On a terminal (or with
FORCE_COLOR) rich draws them with colour and boxes. Anywhere else (a pipe, a file, a script) the
same blocks become plain text: tables one row per line with aligned columns (easy to grep), prose
wrapped to the width. Rich is imported only on the first path: it is most of ctl's start-up time.

Every string goes through text.safe() on both paths, and rich never parses markup in it.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from ..text import safe


class Table:
    """Columns with headers; `styles` gives a rich style per column ("" for none). In plain text a
    table keeps one row per line (easy to grep) unless `wrap` asks to fit long cells to the width."""

    def __init__(
        self, headers: Sequence[str], rows: Sequence[Sequence[Any]], styles: Sequence[str] = (), wrap: bool = False
    ):
        self.headers = list(headers)
        self.rows = [["" if v is None else str(v) for v in row] for row in rows]
        self.styles = list(styles) or [""] * len(self.headers)
        self.wrap = wrap


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
    def __init__(self, text: str = "", style: str = ""):
        self.text, self.style = text, style


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
    if terminal():
        _rich(blocks)
    else:
        from .output import write

        width = _width()
        write("".join(line + "\n" for b in blocks for line in _plain(b, width)))


# --------------------------------------------------------------------------- plain text


def _width() -> int:
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return 100


def cells(s: str) -> int:
    """Terminal cells a string takes: wide (CJK, most emoji) count 2, combining marks 0."""
    if s.isascii():
        return len(s)
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def hang(rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    """Each (lead, text): the lead, then the text wrapped so continuation lines sit under it."""
    import textwrap

    lead_width = max((cells(lead) for lead, _ in rows), default=0)
    room = max(20, width - lead_width)
    out = []
    for lead, value in rows:
        lines: list[str] = []
        for paragraph in safe(value).split("\n"):
            lines += textwrap.wrap(paragraph, room, break_on_hyphens=False) or [""]
        lead = safe(lead)
        out.append((lead + " " * (lead_width - cells(lead)) + lines[0]).rstrip())
        out += [(" " * lead_width + line).rstrip() for line in lines[1:]]
    return out


def _plain(block: Block, width: int) -> list[str]:
    if isinstance(block, Table):
        grid = [[safe(h) for h in block.headers]] + [[safe(v).replace("\n", " ") for v in row] for row in block.rows]
        widths = [max(cells(row[i]) for row in grid) for i in range(len(block.headers))]
        if block.wrap:
            return _wrapped(grid, widths, width)
        return ["  ".join(v + " " * (w - cells(v)) for v, w in zip(row, widths, strict=True)).rstrip() for row in grid]
    if isinstance(block, Panel):
        title = safe(block.title)
        return [title, "=" * min(cells(title), width), *hang([("", block.body)], width), ""]
    if isinstance(block, Facts):
        return hang([(f"{k}  ", v) for k, v in block.rows], width)
    if isinstance(block, Bullets):
        head = [safe(block.heading)] if block.heading else []
        return head + hang([("  • ", item) for item in block.items], width)
    return [safe(block.text)]


def _wrapped(grid: list[list[str]], widths: list[int], width: int) -> list[str]:
    """A table whose widest columns are narrowed (their cells wrapped) until it fits the width."""
    import textwrap

    room = width - 2 * (len(widths) - 1)
    while sum(widths) > room and max(widths) > 12:
        widths[widths.index(max(widths))] -= 1
    out = []
    for row in grid:
        cols = [textwrap.wrap(v, w, break_on_hyphens=False) or [""] for v, w in zip(row, widths, strict=True)]
        for i in range(max(len(c) for c in cols)):
            parts = [(c[i] if i < len(c) else "") for c in cols]
            out.append("  ".join(p + " " * (w - cells(p)) for p, w in zip(parts, widths, strict=True)).rstrip())
    return out


# --------------------------------------------------------------------------- rich


def console(stderr: bool = False):
    """A rich Console that never parses markup or emoji codes in what it prints."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:  # let main() end quietly with 141, not rich's exit 1
            from ..errors import PipeClosed

            raise PipeClosed

    stream = sys.stderr if stderr else sys.stdout
    return _Console(file=stream, highlight=False, soft_wrap=False, emoji=False, markup=False)


def _text(value: str, style: str = ""):
    from rich.text import Text

    return Text(safe(value), style=style)


def _hanging(con, rows: Sequence[tuple[str, str]], style: str = "") -> None:
    """hang() on a rich console, the leads (labels) in `style`."""
    from rich.text import Text

    lead_width = max((cells(safe(lead)) for lead, _ in rows), default=0)
    out = Text()
    for lead, value in rows:
        padded = safe(lead) + " " * (lead_width - cells(safe(lead)))
        lines = hang([(padded, value)], con.width)
        out.append(padded, style=style)
        out.append(lines[0][len(padded) :] + "\n")
        for line in lines[1:]:
            out.append(line + "\n")
    out.rstrip()
    con.print(out, soft_wrap=True)


def _rich(blocks: Sequence[Block]) -> None:
    con = console()
    for b in blocks:
        if isinstance(b, Table):
            from rich.table import Table as RichTable

            t = RichTable(show_header=True, header_style="bold", box=None, pad_edge=False)
            for h in b.headers:
                t.add_column(_text(h), overflow="fold")
            for row in b.rows:
                t.add_row(*(_text(v, s) for v, s in zip(row, b.styles, strict=True)))
            con.print(t)
        elif isinstance(b, Panel):
            from rich.panel import Panel as RichPanel

            con.print(RichPanel(_text(b.body), title=_text(b.title, "bold"), title_align="left", expand=True))
        elif isinstance(b, Facts):
            _hanging(con, [(f"{k}  ", v) for k, v in b.rows], style="bold")
        elif isinstance(b, Bullets):
            if b.heading:
                con.print(_text(b.heading, b.heading_style))
            if b.items:
                _hanging(con, [("  • ", item) for item in b.items])
        else:
            con.print(_text(b.text, b.style))
