"""The register of innovative start-ups: the list the Italian business register (registro delle imprese,
InfoCamere for the chambers of commerce) publishes at startup.registroimprese.it, as an xlsx workbook
(earlier as a '|'-separated CSV). A few title lines come before the header row; the columns used are
'denominazione', 'codice fiscale', 'pv' (province code), 'comune' and 'data iscrizione alla sezione delle
startup' (the date it entered the special section), matched by name in any case, and 'stato' when the
file has it (the 2025 lists: 'attiva' or 'in liquidazione'; a company in liquidation is left out). Only
the start-up status and its date are taken from it, and the identifiers and place that find the
organisation. The list of certified incubators has the same layout with 'data iscrizione alla sezione
degli incubatori': it is refused (no start-up section date), not read as start-ups. The older CSV is
UTF-8 or, as earlier lists were written, Latin-1 (Windows-1252).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import BadRequest
from .rows import Row, iso_date

SCAN_ROWS = 30  # the header is within the first rows
REQUIRED = "denominazione, codice fiscale, data iscrizione alla sezione delle startup"


def _text(cells, at: int | None) -> str:
    return str(cells[at] or "").strip() if at is not None and at < len(cells) else ""


def header_columns(cells) -> dict[str, int] | None:
    """Column positions by role when `cells` is the header row: name, cf, pv, comune, since, stato; else
    None (also for the incubators' list, whose section date is not the start-up section's)."""
    heads = [str(c or "").strip().lower() for c in cells]
    find = lambda test: next((i for i, h in enumerate(heads) if test(h)), None)  # noqa: E731
    at = {
        "name": find(lambda h: h == "denominazione"),
        "cf": find(lambda h: h.startswith("codice fiscale")),
        "pv": find(lambda h: h in ("pv", "provincia", "prov.")),
        "comune": find(lambda h: h == "comune"),
        "since": find(lambda h: h.startswith("data iscrizione") and "sezione" in h and "startup" in h.replace("-", "")),
        "stato": find(lambda h: h == "stato"),
    }
    return at if None not in (at["name"], at["cf"], at["since"]) else None


def is_startup_workbook(path: Path) -> bool:
    """Whether the xlsx at `path` has, in its first sheet's first SCAN_ROWS rows, the register's header."""
    from openpyxl import load_workbook

    with path.open("rb") as f:  # a file object: openpyxl judges a path by its extension, ctl by the content
        try:
            book = load_workbook(f, read_only=True, data_only=True)
        except Exception:  # not a workbook openpyxl can read (a zip of something else)
            return False
        try:
            sheet = book.worksheets[0]
            return any(header_columns(r) for r in sheet.iter_rows(max_row=SCAN_ROWS, values_only=True))
        finally:
            book.close()


def _date(value) -> str | None:
    if isinstance(value, _dt.datetime | _dt.date):
        return value.strftime("%Y-%m-%d")
    return iso_date(str(value or ""))


def _rows(cells_iter, path: Path) -> Iterator[Row]:
    at = None
    for n, cells in enumerate(cells_iter, start=1):
        if at is None:
            at = header_columns(cells)
            if at is None and n >= SCAN_ROWS:
                raise BadRequest("msg.reconcile.missing_columns", path=str(path), columns=REQUIRED)
            continue
        get = lambda role, cells=cells, at=at: _text(cells, at[role])  # noqa: E731
        name, cf = get("name"), get("cf").replace(" ", "")
        if not name or get("stato").lower() not in ("", "attiva", "attivo"):  # in liquidation: no status to give
            continue
        yield Row(
            row=n,
            name=name,
            city=get("comune").title() if get("comune").isupper() else get("comune") or None,
            country="IT",
            province=get("pv").upper() or None,
            ids={"codice_fiscale": cf} if cf else {},
            startup_since=_date(cells[at["since"]]) if at["since"] is not None and at["since"] < len(cells) else None,
            title=f"Registro delle imprese, start-up innovative: {name}",
        )


def rows(path: Path, tick: Callable[[int], None] | None = None) -> Iterator[Row]:
    """The Rows of the start-up register's list at `path` (xlsx, or the older '|'-separated CSV), one at a
    time (openpyxl's read-only mode streams the sheet); tick(rows read) every 1,000 rows. ids:
    codice_fiscale. BadRequest (exit 2) if the header is not found."""
    with path.open("rb") as f:
        zipped = f.read(4) == b"PK\x03\x04"
    if not zipped:
        data = path.read_bytes()  # the old lists are a few MB
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:  # the lists of 2017-2020 were written in Latin-1 (Windows-1252)
            text = data.decode("cp1252", errors="replace")
        yield from _rows(csv.reader(io.StringIO(text, newline=""), delimiter="|"), path)
        return
    from openpyxl import load_workbook

    with path.open("rb") as f:
        book = load_workbook(f, read_only=True, data_only=True)
        try:
            yield from _rows(_ticking(book.worksheets[0].iter_rows(values_only=True), tick), path)
        finally:
            book.close()


def _ticking(it, tick):
    for n, item in enumerate(it, start=1):
        if tick is not None and n % 1000 == 0:
            tick(n)
        yield item
