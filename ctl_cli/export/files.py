"""Writers for `ctl export`: the whole dataset as JSON, YAML, CSV files or an SQLite database.

JSON and YAML are the dataset document itself (what the loader read), so the YAML export
is a dataset that `ctl --data` accepts unchanged. CSV and SQLite hold the tables of export/tables.py.
Files are written next to their final name and renamed into place, so an interrupted export
never leaves half a file; an existing file is replaced only with force.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import BadRequest, WriteError
from ..render.formats import to_csv, to_json, to_yaml
from .tables import Table

if TYPE_CHECKING:
    from ..dataset.model import Dataset

YAML_HEADER = (
    "# A ctl dataset (exported by ctl {version}): the Lombardy Technology Clusters, every fact with its source.\n"
    "# Use it with `ctl --data FILE ...`; check it with `ctl validate FILE`; `ctl schema` prints its JSON Schema.\n"
)


def json_document(ds: Dataset) -> str:
    return to_json(ds.raw)


def yaml_document(ds: Dataset) -> str:
    return YAML_HEADER.format(version=__version__) + to_yaml(ds.raw)


def csv_document(table: Table, excel: bool = False) -> str:
    return to_csv(table.headers, table.rows, excel=excel)


def pick(tables: Sequence[Table], name: str | None) -> list[Table]:
    if name is None:
        return list(tables)
    chosen = [t for t in tables if t.name == name]
    if not chosen:
        from ..query.choices import resolve

        return [t for t in tables if t.name == resolve("--table", name, {t.name: [t.name] for t in tables})]
    return chosen


# --------------------------------------------------------------------------- files


def _refuse_existing(path: Path, force: bool) -> None:
    if _special(path):  # /dev/stdout, /dev/null, a named pipe: written into, never replaced
        return
    if path.is_dir():  # said first: --force would not help
        raise BadRequest("msg.export.is_dir", path=str(path))
    if path.exists() and not force:
        raise BadRequest("msg.export.exists", path=str(path))


def _special(path: Path) -> bool:
    """True if path is there and is neither a regular file nor a folder (a device, a named pipe)."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_whole(jobs: Sequence[tuple[Path, Callable[[Path], None]]]) -> None:
    """Each (path, fill): fill(tmp) writes a temporary file beside path; once every one has been
    written, each is renamed onto its path. A path that is a device or a pipe is filled directly.
    Raises WriteError (exit 2) naming the path that failed and why (a missing folder, no
    permission, a full disk...), and then no temporary file is left: written whole or not at all."""
    made: list[Path] = []
    current = jobs[0][0] if jobs else Path()
    try:
        for path, fill in jobs:
            current = path
            if _special(path):
                fill(path)
                continue
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            made.append(tmp)
            fill(tmp)
        for path, _ in jobs:
            current = path
            if not _special(path):
                os.replace(path.with_name(f".{path.name}.{os.getpid()}.tmp"), path)
    except (OSError, sqlite3.Error) as e:
        raise WriteError(str(current), e) from None
    finally:
        for tmp in made:
            with contextlib.suppress(OSError):
                tmp.unlink()


def write_text(path: Path, text: str, force: bool) -> int:
    """Write text (UTF-8) to path, whole or not at all. Returns the bytes written. BadRequest when
    path exists (without force) or is a folder; WriteError when it cannot be written."""
    _refuse_existing(path, force)
    data = text.encode("utf-8")
    _write_whole([(path, lambda p: p.write_bytes(data))])
    return len(data)


def write_csv_dir(
    folder: Path,
    tables: Sequence[Table],
    force: bool,
    excel: bool = False,
    extra: Sequence[tuple[str, str]] = (),
    what: str = "csv",
) -> list[Path]:
    """One CSV file per table (NAME.csv) in folder, made if missing (the folder above it must exist, as
    for every other export and `ctl site`: a mistyped path creates nothing), and each (file name, text)
    of `extra` (a data package's datapackage.json): every file written or none (and a folder made for
    them removed again). excel: the spreadsheet form (to_csv). what: "csv" or "datapackage", the
    export that a folder that is a file is named for. Returns the paths. BadRequest when
    folder is a file or one of the files exists (without force); WriteError when they cannot be written."""
    if folder.exists() and not folder.is_dir():
        key = "msg.export.datapackage_not_a_folder" if what == "datapackage" else "msg.export.not_a_folder"
        raise BadRequest(key, path=str(folder))
    targets = [(folder / f"{t.name}.csv", t) for t in tables]
    others = [(folder / name, text) for name, text in extra]
    for path, _ in [*targets, *others]:
        _refuse_existing(path, force)
    missing = [folder] if not folder.exists() else []
    try:
        folder.mkdir(exist_ok=True)
    except OSError as e:
        raise WriteError(str(folder), e, "msg.export.cannot_create") from None

    def filler(t: Table) -> Callable[[Path], None]:
        return lambda p: p.write_text(csv_document(t, excel), encoding="utf-8", newline="")

    def text_filler(text: str) -> Callable[[Path], None]:
        return lambda p: p.write_text(text, encoding="utf-8", newline="")

    try:
        _write_whole([(path, filler(t)) for path, t in targets] + [(path, text_filler(x)) for path, x in others])
    except WriteError:
        for d in missing:  # the folders made for this export, innermost first, if still empty
            with contextlib.suppress(OSError):
                d.rmdir()
        raise
    return [p for p, _ in [*targets, *others]]


INDEXES = (
    ("organisations", "type"),
    ("organisations", "province"),
    ("memberships", "org_id"),
    ("memberships", "source_id"),
    ("people", "source_id"),
)


def write_sqlite(path: Path, tables: Sequence[Table], force: bool) -> None:
    """An SQLite database of the tables at path, whole or not at all. BadRequest when path exists
    (without force), is a folder or is not a regular file; WriteError when it cannot be written."""
    if _special(path):
        raise BadRequest("msg.export.not_a_file", path=str(path))
    _refuse_existing(path, force)

    def fill(tmp: Path) -> None:
        tmp.open("xb").close()  # a missing folder or no permission: an OSError that says which
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = MEMORY")  # no journal file beside it to leave behind
            con.execute("PRAGMA foreign_keys = ON")
            with con:
                for t in tables:
                    con.execute(create_table_sql(t))
                    marks = ", ".join("?" for _ in t.columns)
                    con.executemany(f"INSERT INTO {t.name} VALUES ({marks})", t.rows)
                for table, column in INDEXES:
                    con.execute(f"CREATE INDEX {table}_{column} ON {table}({column})")
        finally:
            con.close()

    _write_whole([(path, fill)])


def create_table_sql(t: Table) -> str:
    lines = []
    for c in t.columns:
        line = f"{c.name} {c.type}"
        if c.not_null:
            line += " NOT NULL"
        if c.references:
            line += f" REFERENCES {c.references}"
        lines.append(line)
    lines.append(f"PRIMARY KEY ({', '.join(t.primary_key)})")
    return f"CREATE TABLE {t.name} (\n  " + ",\n  ".join(lines) + "\n)"
