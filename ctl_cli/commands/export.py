"""ctl export: the whole dataset as YAML, JSON, CSV tables, a Frictionless data package or an SQLite database."""

from enum import Enum
from typing import Annotated, Optional

import typer

from .options import DataOpt, ExcelOpt, LangOpt, choice_option, settings


class ExportFormat(str, Enum):
    yaml = "yaml"
    json = "json"
    csv = "csv"
    sqlite = "sqlite"
    datapackage = "datapackage"


def run(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, choice_option(ExportFormat, "--format", "-f")] = ExportFormat.yaml,
    output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="PATH")] = None,
    table: Annotated[Optional[str], typer.Option("--table", metavar="TABLE")] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from pathlib import Path

    from ..cache import load
    from ..errors import BadRequest
    from ..export import files
    from ..export.tables import tables
    from ..phrases import phrase, phrase_n
    from ..render.output import write
    from .failures import err

    data, lang = settings(ctx, data, lang)
    if table is not None and fmt is not ExportFormat.csv:
        raise BadRequest("msg.export.table_needs_csv")
    if excel and fmt is not ExportFormat.csv:
        raise BadRequest("msg.usage.excel_needs_csv", format=fmt.value)
    if output is not None and not output.strip():  # -o "$UNSET": not the current folder
        # sqlite and datapackage cannot go to standard output: their message does not offer -
        own = fmt in (ExportFormat.sqlite, ExportFormat.datapackage)
        raise BadRequest(f"msg.export.empty_path.{fmt.value}" if own else "msg.export.empty_path")
    to_stdout = output in (None, "-")
    if fmt is ExportFormat.sqlite and to_stdout:
        raise BadRequest("msg.export.sqlite_needs_output")
    if fmt is ExportFormat.datapackage and to_stdout:
        raise BadRequest("msg.export.datapackage_needs_output")
    ds = load(data)
    if fmt is ExportFormat.csv:
        chosen = files.pick(tables(ds), table)
        path = Path(output) if not to_stdout else None  # a file's name in a folder that is there, not a folder
        a_file = path is not None and path.suffix.lower() == ".csv" and path.parent.is_dir() and not path.is_dir()
        if a_file and len(chosen) == 1:  # --table T -o T.csv: that one file, not a folder named T.csv
            size = files.write_text(path, files.csv_document(chosen[0], excel), force)
            err(phrase("msg.export.wrote_file", lang, path=output, size=size))
        elif a_file:  # every table into a folder named like a file: say so rather than make it
            example = next((t.name for t in chosen if t.name == "clusters"), chosen[0].name)
            raise BadRequest("msg.export.csv_file_for_all", path=output, table=example)
        elif not to_stdout:
            written = files.write_csv_dir(Path(output), chosen, force, excel=excel)
            names = ", ".join(p.name for p in written)
            err(phrase_n("msg.export.wrote_csv", len(written), lang, folder=output, files=names))
        elif len(chosen) == 1:
            write(files.csv_document(chosen[0], excel))
        else:
            raise BadRequest("msg.export.csv_needs_folder", tables=", ".join(t.name for t in chosen))
    elif fmt is ExportFormat.datapackage:
        from ..export.datapackage import descriptor
        from ..render.formats import to_json

        all_tables = tables(ds)
        package = ("datapackage.json", to_json(descriptor(ds, all_tables)))
        files.write_csv_dir(Path(output), all_tables, force, extra=[package], what="datapackage")
        err(phrase("msg.export.wrote_datapackage", lang, folder=output, tables=len(all_tables)))
    elif fmt is ExportFormat.sqlite:
        all_tables = tables(ds)
        files.write_sqlite(Path(output), all_tables, force)
        rows = sum(len(t.rows) for t in all_tables)
        err(phrase("msg.export.wrote_sqlite", lang, path=output, tables=len(all_tables), rows=rows))
    else:
        text = files.yaml_document(ds) if fmt is ExportFormat.yaml else files.json_document(ds)
        if to_stdout:
            write(text)
        else:
            size = files.write_text(Path(output), text, force)
            err(phrase("msg.export.wrote_file", lang, path=output, size=size))
