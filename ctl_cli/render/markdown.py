"""The `markdown` format of a page: the same blocks the table format draws (so the same words, in
the reader's language), written as markdown. Bars are left out: they are for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..text import safe
from .terminal import Block, Bullets, Facts, Line, Panel, Table

Row = Sequence[Any]


def md_cell(value: Any) -> str:
    """A value as one markdown table cell: made inert (text.safe), pipes and backslashes escaped, one line."""
    text = "" if value is None else safe(str(value))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown_table(headers: Sequence[str], rows: Sequence[Row]) -> str:
    """A markdown table: a header row, the rule, a row per row."""
    lines = ["| " + " | ".join(md_cell(h) for h in headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(md_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def from_blocks(blocks: Sequence[Block]) -> str:
    """A markdown document of a page's blocks (terminal.py): tables as tables, facts as a two-column
    table, lists as bulleted lists under their heading in bold, lines as paragraphs."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Table):
            keep = [i for i, kind in enumerate(b.kinds) if kind != "bar"]
            out.append(to_markdown_table([b.headers[i] for i in keep], [[r[i] for i in keep] for r in b.rows]))
        elif isinstance(b, Panel):
            out.append(f"# {md_cell(b.title)}\n\n{md_cell(b.body)}\n")
        elif isinstance(b, Facts):
            out.append(to_markdown_table(["", ""], b.rows))
        elif isinstance(b, Bullets):
            head = [f"**{md_cell(b.heading.strip())}**", ""] if b.heading.strip() else []
            out.append("\n".join([*head, *(f"- {md_cell(item)}" for item in b.items)]) + "\n")
        elif isinstance(b, Line) and b.text.strip():
            out.append(md_cell(b.text.strip()) + "\n")
    return "\n".join(out)
