"""The data formats: records (records/, query/) as JSON, YAML, CSV and markdown tables, and `emit`,
which prints one result in the format the user chose (the table format is drawn by terminal.py).

Renderers never filter or look anything up beyond what they are given; every data string in a
CSV or markdown cell goes through text.safe().
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..text import UNSAFE_PATTERN, safe
from .output import write

Row = Sequence[Any]


# --------------------------------------------------------------------------- plain formats


def to_json(record: Any) -> str:
    """JSON with the data unchanged: json escapes C0 controls itself; C1 controls and bidi marks,
    which it would write raw, become \\uXXXX escapes too, so the output still parses to the same values."""
    text = json.dumps(record, ensure_ascii=False, indent=2)
    return _UNSAFE_ANY.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


_UNSAFE_ANY = re.compile(UNSAFE_PATTERN)


def to_yaml(record: Any) -> str:
    """YAML that parses back to the same values, with no anchors, and no control or bidi
    character written raw: a string that has one is double-quoted with the character escaped."""
    import yaml

    if not _has_unsafe(record):

        class Fast(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
            def ignore_aliases(self, data):
                return True

        return yaml.dump(record, Dumper=Fast, allow_unicode=True, sort_keys=False, width=100)
    return yaml.dump(record, Dumper=_escaping_dumper(), allow_unicode=True, sort_keys=False, width=100)


def _has_unsafe(value: Any) -> bool:
    if isinstance(value, str):
        return _UNSAFE_ANY.search(value) is not None
    if isinstance(value, dict):
        return any(_has_unsafe(k) or _has_unsafe(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_unsafe(v) for v in value)
    return False


def _escaping_dumper():
    import yaml

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

        def choose_scalar_style(self):
            if self.event.value and _UNSAFE_ANY.search(self.event.value):
                return '"'
            return super().choose_scalar_style()

        def write_double_quoted(self, text, split=True):
            if not _UNSAFE_ANY.search(text):
                return super().write_double_quoted(text, split)
            saved, self.allow_unicode = self.allow_unicode, False  # escape every non-ASCII character
            try:
                return super().write_double_quoted(text, split)
            finally:
                self.allow_unicode = saved

    return Dumper


# What a spreadsheet reads as the start of a formula (OWASP's list: = + - @, and a tab or a carriage return).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_csv(headers: Sequence[str], rows: Iterable[Row], excel: bool = False) -> str:
    """CSV with a header row: every value exactly as stored (a phone number stays "+39 ..."), except
    that control and bidi characters are shown escaped (text.safe: CSV cannot escape them).

    excel: the spreadsheet form (`--excel`): a byte-order mark first, so that Excel reads UTF-8
    (Università, not UniversitÃ), and a cell that begins with = + - @ (which a spreadsheet would run
    as a formula) prefixed with an apostrophe, which shows it as text. Not for data packages."""
    import csv
    import io

    buf = io.StringIO()
    if excel:
        buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        cells = ["" if v is None else safe(str(v)) for v in row]
        if excel:
            cells = ["'" + c if c.startswith(FORMULA_START) else c for c in cells]
        writer.writerow(cells)
    return buf.getvalue()


def emit(
    fmt: str,
    record: Any,
    table: tuple[Sequence[str], Iterable[Row]],
    blocks: Callable[[], list],
    markdown: Callable[[], str] | None = None,
) -> None:
    """Print one result in the chosen format.

    fmt: json, yaml, csv, excel (CSV for a spreadsheet, see to_csv), markdown or table.
    record: the JSON/YAML record; table: (csv headers, rows) for csv (rows may be a generator: made
    only for csv); blocks: makes the page of the table format (see terminal.py), which the markdown
    format writes too (markdown.py), unless `markdown` makes a richer document. Raises PipeClosed
    when the reader has gone.
    """
    if fmt == "json":
        write(to_json(record))
    elif fmt == "yaml":
        write(to_yaml(record))
    elif fmt in ("csv", "excel"):  # excel: --format csv --excel, for a spreadsheet
        write(to_csv(*table, excel=fmt == "excel"))
    elif fmt == "markdown":
        from .markdown import from_blocks

        write(markdown() if markdown else from_blocks(blocks()))
    else:
        from .terminal import page

        page(blocks())
