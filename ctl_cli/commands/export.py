"""ctl export: the whole dataset as YAML, JSON, CSV tables or an SQLite database."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from .options import DataOpt, settings


class ExportFormat(str, Enum):
    yaml = "yaml"
    json = "json"
    csv = "csv"
    sqlite = "sqlite"


def run(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.yaml,
    output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="PATH")] = None,
    table: Annotated[Optional[str], typer.Option("--table", metavar="TABLE")] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    data: DataOpt = None,
) -> None:
    from pathlib import Path

    from ..cache import load
    from ..errors import BadRequest
    from ..export import files
    from ..export.tables import tables
    from ..render.output import write
    from .failures import err

    data, _ = settings(ctx, data)
    if table is not None and fmt is not ExportFormat.csv:
        raise BadRequest("--table works with --format csv only.")
    to_stdout = output in (None, "-")
    if fmt is ExportFormat.sqlite and to_stdout:
        raise BadRequest(
            "an SQLite database is a binary file: give it a name with -o.",
            "Example: ctl export --format sqlite -o ctl.db",
        )
    ds = load(data)
    if fmt is ExportFormat.csv:
        chosen = files.pick(tables(ds), table)
        if not to_stdout:
            written = files.write_csv_dir(Path(output), chosen, force)
            err(f"Wrote {len(written)} CSV files to {output}: " + ", ".join(p.name for p in written))
        elif len(chosen) == 1:
            write(files.csv_document(chosen[0]))
        else:
            raise BadRequest(
                "csv export writes one file per table: give a folder with -o, or one table with --table.",
                "Tables: " + ", ".join(t.name for t in chosen),
            )
    elif fmt is ExportFormat.sqlite:
        all_tables = tables(ds)
        files.write_sqlite(Path(output), all_tables, force)
        err(f"Wrote {output}: {len(all_tables)} tables, {sum(len(t.rows) for t in all_tables)} rows.")
    else:
        text = files.yaml_document(ds) if fmt is ExportFormat.yaml else files.json_document(ds)
        if to_stdout:
            write(text)
        else:
            err(f"Wrote {output} ({files.write_text(Path(output), text, force):,} bytes).")
