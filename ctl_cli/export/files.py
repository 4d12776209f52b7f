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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import BadRequest
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


def csv_document(table: Table) -> str:
    return to_csv(table.headers, table.rows)


def pick(tables: Sequence[Table], name: str | None) -> list[Table]:
    if name is None:
        return list(tables)
    chosen = [t for t in tables if t.name == name]
    if not chosen:
        from ..errors import UsageError

        raise UsageError("--table", name, [t.name for t in tables])
    return chosen


# --------------------------------------------------------------------------- files


def _refuse_existing(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise BadRequest("msg.export.exists", path=str(path))
    if path.is_dir():
        raise BadRequest("msg.export.is_dir", path=str(path))


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed onto it when the block ends without error."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as e:
        raise BadRequest("msg.export.cannot_write", path=str(path), reason=str(e.strerror or e)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_text(path: Path, text: str, force: bool) -> int:
    _refuse_existing(path, force)
    data = text.encode("utf-8")
    with _atomic(path) as tmp:
        tmp.write_bytes(data)
    return len(data)


def write_csv_dir(folder: Path, tables: Sequence[Table], force: bool) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise BadRequest("msg.export.not_a_folder", path=str(folder))
    targets = [(folder / f"{t.name}.csv", t) for t in tables]
    for path, _ in targets:
        _refuse_existing(path, force)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BadRequest("msg.export.cannot_create", path=str(folder), reason=str(e.strerror or e)) from None
    for path, t in targets:
        with _atomic(path) as tmp:
            tmp.write_text(csv_document(t), encoding="utf-8", newline="")
    return [p for p, _ in targets]


INDEXES = (
    ("organisations", "type"),
    ("organisations", "province"),
    ("memberships", "org_id"),
    ("memberships", "source_id"),
    ("people", "source_id"),
)


def write_sqlite(path: Path, tables: Sequence[Table], force: bool) -> None:
    _refuse_existing(path, force)
    with _atomic(path) as tmp:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA foreign_keys = ON")
            with con:
                for t in tables:
                    con.execute(create_table_sql(t))
                    marks = ", ".join("?" for _ in t.columns)
                    con.executemany(f"INSERT INTO {t.name} VALUES ({marks})", t.rows)
                for table, column in INDEXES:
                    con.execute(f"CREATE INDEX {table}_{column} ON {table}({column})")
        except sqlite3.Error as e:
            raise BadRequest("msg.export.cannot_write", path=str(path), reason=str(e)) from None
        finally:
            con.close()


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
