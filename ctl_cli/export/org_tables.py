"""The organisation tables of the CSV and SQLite export: organisations (with status and identifiers),
their aliases, former names, links (successor, parent) and EU projects. Pure: no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records.orgs import place
from .rows import bilingual as _v

if TYPE_CHECKING:
    from ..dataset.model import Dataset, Organisation

ID_FIELDS = ("ror", "wikidata", "vat", "codice_fiscale", "pic")
LINKS = ("successor", "parent")


def _identifiers(o: Organisation) -> list[Any]:
    out: list[Any] = []
    for key in ID_FIELDS:
        i = getattr(o, key)
        out += [i.value, i.source] if i is not None else [None, None]
    return out


def org_tables(ds: Dataset, table: Any, c: Any) -> list[Any]:
    """The organisation tables, made with the export's Table class `table` and column maker `c`
    (export/tables.py), in an order where a table comes after those it refers to."""
    orgs = list(ds.organisations.values())
    ids = [col for key in ID_FIELDS for col in (c(key), c(f"{key}_source_id", ref="sources(id)"))]
    return [
        table(
            "organisations",
            (
                c("id", not_null=True),
                c("name", not_null=True),
                c("type", not_null=True, ref="member_types(id)"),
                c("city"),
                c("province"),
                c("city_source_id", ref="sources(id)"),
                c("istat_code"),
                c("nuts3"),
                c("former_names"),
                c("type_source_id", ref="sources(id)"),
                c("note_it"),
                c("note_en"),
                c("status"),
                c("status_since"),
                c("status_source_id", ref="sources(id)"),
                c("retired_ids"),
                *ids,
            ),
            ("id",),
            [
                (
                    o.id,
                    o.name,
                    o.type,
                    o.city,
                    o.province,
                    o.city_source,
                    *place(o).values(),
                    "; ".join(f.name for f in o.former_names) or None,
                    o.type_source,
                    *_v(o.note),
                    *((o.status.value, o.status.since, o.status.source) if o.status else (None, None, None)),
                    " ".join(o.retired_ids) or None,
                    *_identifiers(o),
                )
                for o in orgs
            ],
        ),
        table(
            "organisation_aliases",
            (
                c("org_id", not_null=True, ref="organisations(id)"),
                c("position", "INTEGER", not_null=True),
                c("name", not_null=True),
                c("source_id", not_null=True, ref="sources(id)"),
            ),
            ("org_id", "position"),
            [(o.id, i, a.name, a.source) for o in orgs for i, a in enumerate(o.aliases, 1)],
            "short names, acronyms and spellings of an organisation, each with the source that writes it so",
        ),
        table(
            "organisation_former_names",
            (
                c("org_id", not_null=True, ref="organisations(id)"),
                c("position", "INTEGER", not_null=True),
                c("name", not_null=True),
                c("until"),
                c("source_id", ref="sources(id)"),
            ),
            ("org_id", "position"),
            [(o.id, i, f.name, f.until, f.source) for o in orgs for i, f in enumerate(o.former_names, 1)],
            "earlier names of an organisation after a real renaming, until when, and the source",
        ),
        table(
            "organisation_links",
            (
                c("org_id", not_null=True, ref="organisations(id)"),
                c("link", not_null=True),
                c("target_id", not_null=True, ref="organisations(id)"),
                c("source_id", not_null=True, ref="sources(id)"),
            ),
            ("org_id", "link"),
            [(o.id, key, link.org, link.source) for o in orgs for key in LINKS if (link := getattr(o, key))],
            "successor: the organisation it became; parent: the organisation it is part of",
        ),
        table(
            "organisation_eu_projects",
            (
                c("org_id", not_null=True, ref="organisations(id)"),
                c("project_id", not_null=True),
                c("acronym", not_null=True),
                c("programme"),
                c("source_id", not_null=True, ref="sources(id)"),
            ),
            ("org_id", "project_id"),
            [(o.id, p.id, p.acronym, p.programme, p.source) for o in orgs for p in o.eu_projects],
            "EU research projects an organisation takes part in: the CORDIS projectID and acronym, the framework"
            " programme when its source says it, and the source",
        ),
    ]
