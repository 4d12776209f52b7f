"""The dataset as flat tables, for CSV and SQLite export. Pure: no I/O.

Every table has a primary key; references between tables are declared so SQLite can
enforce them. Lists that belong to a cluster (aliases, focus topics, notes...) go to
cluster_items, one row per item, in their order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..phrases import LANGS
from ..records.clusters import membership_as_of
from .call_tables import call_tables
from .org_tables import org_tables
from .rows import bilingual as _v
from .rows import cluster_row, dataset_rows

if TYPE_CHECKING:
    from ..dataset.model import Dataset


@dataclass(frozen=True)
class Column:
    """A column of an exported table: name, SQL type, NOT NULL, and the table(column) it refers to."""

    name: str
    type: str = "TEXT"  # TEXT or INTEGER
    not_null: bool = False
    references: str | None = None  # "table(column)"


@dataclass(frozen=True)
class Table:
    """An exported table: columns, primary key and rows (tuples in column order)."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    doc: str = ""

    @property
    def headers(self) -> list[str]:
        """The column names, in order."""
        return [c.name for c in self.columns]


def _c(name: str, type_: str = "TEXT", not_null: bool = False, ref: str | None = None) -> Column:
    return Column(name, type_, not_null, ref)


def _bi(name: str) -> tuple[Column, Column]:
    """The two columns of a text in our own words: NAME_it and NAME_en."""
    return _c(f"{name}_it"), _c(f"{name}_en")


CLUSTER_LISTS = ("focus", "working_groups", "services", "networks", "notes")  # prose; aliases are names


def tables(ds: Dataset) -> list[Table]:
    """Every table, in an order where a table comes after those it refers to."""
    return [
        Table(
            "dataset",
            (_c("key", not_null=True), _c("value")),
            ("key",),
            list(dataset_rows(ds)),
            "title, version, as_of, licence, notes and the published total of members",
        ),
        Table(
            "sources",
            (
                _c("id", not_null=True),
                _c("url", not_null=True),
                _c("publisher", not_null=True),
                _c("date"),
                _c("title"),
                *_bi("supports"),
                _c("locator"),
            ),
            ("id",),
            [(s.id, s.url, s.publisher, s.date, s.title, *_v(s.supports), s.locator) for s in ds.sources.values()],
        ),
        Table(
            "member_types",
            (_c("id", not_null=True), _c("label_it"), _c("label_en")),
            ("id",),
            [(t.id, t.label.it, t.label.en) for t in ds.member_types],
        ),
        Table(
            "national_clusters",
            (
                _c("id", not_null=True),
                _c("acronym"),
                _c("name", not_null=True),
                _c("area_it"),
                _c("area_en"),
                _c("website"),
                *_bi("note"),
            ),
            ("id",),
            [(n.id, n.acronym, n.name, n.area.it, n.area.en, n.website, *_v(n.note)) for n in ds.national_clusters],
        ),
        Table(
            "national_cluster_sources",
            (
                _c("national_cluster_id", not_null=True, ref="national_clusters(id)"),
                _c("source_id", not_null=True, ref="sources(id)"),
            ),
            ("national_cluster_id", "source_id"),
            [(n.id, s) for n in ds.national_clusters for s in n.sources],
        ),
        *call_tables(ds, Table, _c),
        Table(
            "clusters",
            (
                _c("id", not_null=True),
                _c("status", not_null=True),
                _c("acronym"),
                _c("name_it"),
                _c("name_en"),
                _c("theme_it"),
                _c("theme_en"),
                _c("description_it"),
                _c("description_en"),
                _c("managing_body"),
                *_bi("legal_form"),
                *_bi("legal_form_note"),
                _c("founded", "INTEGER"),
                *_bi("founded_note"),
                _c("website"),
                _c("email"),
                _c("phone"),
                *_bi("address"),
                _c("national_cluster_id", ref="national_clusters(id)"),
                *_bi("national_cluster_note"),
                _c("s3_link_it"),
                _c("s3_link_en"),
                _c("member_count", "INTEGER"),
                _c("member_count_qualifier"),
                _c("member_count_as_of"),
                *_bi("member_count_as_of_note"),
                _c("member_count_source_id", ref="sources(id)"),
                *_bi("member_count_note"),
                _c("members_listed", "INTEGER", not_null=True),
                *_bi("members_note"),
            ),
            ("id",),
            [cluster_row(c) for c in ds.clusters],
        ),
        *org_tables(ds, Table, _c),
        Table(
            "memberships",
            (
                _c("cluster_id", not_null=True, ref="clusters(id)"),
                _c("org_id", not_null=True, ref="organisations(id)"),
                _c("basis", not_null=True),
                _c("source_id", not_null=True, ref="sources(id)"),
                *_bi("note"),
                _c("as_of"),  # its own as_of, else its source's date (records.clusters.membership_as_of)
            ),
            ("cluster_id", "org_id"),
            [
                (c.id, m.org, m.basis, m.source, *_v(m.note), membership_as_of(ds, m))
                for c in ds.clusters
                for m in c.members
            ],
        ),
        Table(
            "people",
            (
                _c("cluster_id", not_null=True, ref="clusters(id)"),
                _c("position", "INTEGER", not_null=True),
                _c("name", not_null=True),
                _c("role", not_null=True),
                *_bi("role_note"),
                _c("as_of"),
                *_bi("as_of_note"),
                _c("source_id", not_null=True, ref="sources(id)"),
            ),
            ("cluster_id", "position"),
            [
                (c.id, i, p.name, p.role, *_v(p.role_note), p.as_of, *_v(p.as_of_note), p.source)
                for c in ds.clusters
                for i, p in enumerate(c.people, 1)
            ],
        ),
        Table(
            "member_breakdowns",
            (
                _c("cluster_id", not_null=True, ref="clusters(id)"),
                _c("category", not_null=True),
                _c("count", "INTEGER", not_null=True),
                _c("as_of"),
                *_bi("as_of_note"),
                _c("source_id", not_null=True, ref="sources(id)"),
            ),
            ("cluster_id", "category"),
            [
                (c.id, k, v, b.as_of, *_v(b.as_of_note), b.source)
                for c in ds.clusters
                if (b := c.member_breakdown)
                for k, v in b.counts
            ],
        ),
        Table(
            "cluster_items",
            (
                _c("cluster_id", not_null=True, ref="clusters(id)"),
                _c("list", not_null=True),
                _c("position", "INTEGER", not_null=True),
                *_bi("text"),
            ),
            ("cluster_id", "list", "position"),
            [(c.id, "aliases", i, alias, alias) for c in ds.clusters for i, alias in enumerate(c.aliases, 1)]
            + [
                (c.id, name, i, *_v(item))
                for c in ds.clusters
                for name in CLUSTER_LISTS
                for i, item in enumerate(getattr(c, name), 1)
            ]
            + [
                (c.id, f"keywords_{lang}", i, *(word if x == lang else None for x in LANGS))
                for c in ds.clusters
                for lang, words in c.keywords
                for i, word in enumerate(words, 1)
            ],
        ),
        Table(
            "cluster_ateco",
            (
                _c("cluster_id", not_null=True, ref="clusters(id)"),
                _c("code", not_null=True),
                _c("basis", not_null=True),
                _c("source_id", ref="sources(id)"),
                *_bi("reason"),
            ),
            ("cluster_id", "code"),
            [(c.id, r.code, r.basis, r.source, *_v(r.reason)) for c in ds.clusters for r in c.ateco],
        ),
        Table(
            "fact_sources",
            (
                _c("cluster_id", not_null=True, ref="clusters(id)"),
                _c("field", not_null=True),
                _c("source_id", not_null=True, ref="sources(id)"),
            ),
            ("cluster_id", "field", "source_id"),
            [(c.id, f, s) for c in ds.clusters for f, ids in c.field_sources for s in ids],
        ),
    ]
