"""ctl reconcile's page: the summary on stderr, in the reader's language, and the progress bar on the
terminal while a file is read (only on a terminal)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from ..phrases import phrase
from .terminal import Table, console, draw

HOW = ("identifier", "name_city", "name")


def summary_lines(counts: dict, width: int = 80) -> list[str]:
    """The summary table as lines of text. counts: rows, matched {how: n}, ambiguous, proposals,
    organisations, conflicts (ints), lang."""
    lang = counts["lang"]
    rows = [(phrase("label.reconcile.rows", lang), counts["rows"])]
    rows += [(phrase(f"label.reconcile.{how}", lang), counts["matched"].get(how, 0)) for how in HOW]
    rows += [(phrase(f"label.reconcile.{key}", lang), counts[key]) for key in
             ("ambiguous", "proposals", "organisations", "conflicts")]  # fmt: skip
    headers = [phrase("label.col.reconcile_what", lang), phrase("label.col.reconcile_n", lang)]
    table = Table(headers, [(what, str(n)) for what, n in rows], kinds=["text", "number"])
    return ["".join(text for text, _ in line).rstrip() for line in draw(table, width, table_width=width)]


def summary(counts: dict) -> None:
    """Write the summary table to stderr."""
    width = console(stderr=True).width
    sys.stderr.write("\n".join(summary_lines(counts, width)) + "\n")


@contextlib.contextmanager
def progress(total: int | None, what: str) -> Iterator:
    """A progress bar while the body runs, when the process's own stderr (sys.__stderr__) is a terminal:
    yields tick(done), where done is bytes (or rows, when total is None) read so far; elsewhere it yields
    None. The bar is drawn on sys.__stderr__ with a Console of its own, as ctl site does: ctl's sys.stderr
    makes control characters inert (text.safe), which would print the bar's escape codes as text."""
    terminal = sys.__stderr__
    if terminal is None or not terminal.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    columns = [TextColumn("{task.description}"), BarColumn()]
    columns += [DownloadColumn(), TimeRemainingColumn()] if total else [TextColumn("{task.completed:,}")]
    with Progress(*columns, console=Console(file=terminal), transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda done: bar.update(task, completed=done)
