"""The descriptor of `ctl export --format datapackage`: a Frictionless Data Package (v2,
https://datapackage.org/standard/data-package/) over the CSV tables of export/tables.py.

Each table is a tabular resource (its CSV file), with a Table Schema: fields and their types,
`required` for NOT NULL columns, the allowed values of the dataset's fixed choices (`enum`), the
pattern of dates, the primary key and the foreign keys the SQLite export declares. The package names
the data's licence (the dataset's `licence_id`, an SPDX id), its version, title, creation time and
the sources every fact cites. Pure: no I/O.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..dataset.schema import BASES, BOUNDS, DATE_PATTERN, ELIGIBLE, LICENCES, ORG_STATUSES, QUALIFIERS, ROLES, STATUSES

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..dataset.model import Dataset
    from .tables import Table

PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json"
TYPES = {"TEXT": "string", "INTEGER": "integer"}
# Columns that hold one of the dataset's fixed choices: (table, column) -> the choices.
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("clusters", "status"): STATUSES,
    ("clusters", "member_count_qualifier"): QUALIFIERS,
    ("memberships", "basis"): BASES,
    ("people", "role"): ROLES,
    ("organisations", "status"): ORG_STATUSES,
    ("organisation_links", "link"): ("successor", "parent"),
    ("cluster_ateco", "basis"): ("source", "editorial"),
    ("calls", "eligible"): ELIGIBLE,
}
# Columns that hold a bounded number (dataset/schema.BOUNDS): (table, column) -> (least, most).
RANGES: dict[tuple[str, str], tuple[int, int]] = {("calls", "budget_eur"): BOUNDS["euros"]}
DATE_COLUMNS = ("date", "as_of", "until", "status_since", "member_count_as_of", "published", "opens", "closes")
REFERENCE = re.compile(r"^(\w+)\((\w+)\)$")


def field(table: str, column: Any) -> dict[str, Any]:
    """The Table Schema field of a column (export/tables.Column) of `table`."""
    out: dict[str, Any] = {"name": column.name, "type": TYPES[column.type]}
    constraints: dict[str, Any] = {}
    if column.not_null:
        constraints["required"] = True
    if (table, column.name) in ENUMS:
        constraints["enum"] = list(ENUMS[table, column.name])
    if (table, column.name) in RANGES:
        constraints["minimum"], constraints["maximum"] = RANGES[table, column.name]
    if column.name in DATE_COLUMNS:
        out["description"] = "A date as YYYY, YYYY-MM or YYYY-MM-DD."
        constraints["pattern"] = DATE_PATTERN.strip("^$")
    if constraints:
        out["constraints"] = constraints
    return out


def foreign_keys(table: Table) -> list[dict[str, Any]]:
    """The foreign keys of a table: one per column that refers to another table's column."""
    out = []
    for c in table.columns:
        m = REFERENCE.match(c.references or "")
        if m:
            out.append({"fields": [c.name], "reference": {"resource": m.group(1), "fields": [m.group(2)]}})
    return out


def resource(table: Table) -> dict[str, Any]:
    """The tabular resource of one exported table, its CSV file named NAME.csv."""
    schema: dict[str, Any] = {
        "fields": [field(table.name, c) for c in table.columns],
        "primaryKey": list(table.primary_key),
    }
    if foreign_keys(table):
        schema["foreignKeys"] = foreign_keys(table)
    out = {
        "$schema": RESOURCE_PROFILE,
        "name": table.name,
        "type": "table",
        "path": f"{table.name}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }
    if table.doc:
        out["description"] = table.doc
    return out


def created() -> str:
    """Now, in UTC, as ISO 8601 (the package's `created`); SOURCE_DATE_EPOCH (seconds), when set,
    fixes it, for a reproducible package."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = (
        _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
        if epoch.isdigit()
        else _dt.datetime.now(_dt.timezone.utc)
    )
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def descriptor(ds: Dataset, tables: Sequence[Table]) -> dict[str, Any]:
    """datapackage.json as a dict: name, title, version, created, licenses (the dataset's licence_id,
    with its title and URL; none when the dataset has no licence_id), sources (every source the
    facts cite: title and URL, once per URL), and a resource per table (resource())."""
    info = ds.info
    out: dict[str, Any] = {
        "$schema": PACKAGE_PROFILE,
        "name": "lombardy-technology-clusters",
        "title": info.title,
        "description": (
            "The Lombardy Technology Clusters (Cluster Tecnologici Lombardi), their members and the sources of every "
            f"fact, as of {info.as_of}. Exported by ctl {__version__}."
        ),
        "version": info.version,
        "created": created(),
    }
    if info.licence_id:
        title, url = LICENCES[info.licence_id]
        out["licenses"] = [{"name": info.licence_id, "path": url, "title": title}]
    seen: dict[str, dict[str, str]] = {}
    for s in ds.sources.values():
        seen.setdefault(s.url, {"title": s.title or s.publisher, "path": s.url})
    out["sources"] = list(seen.values())
    out["resources"] = [resource(t) for t in tables]
    return out
