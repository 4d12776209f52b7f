"""Rows of the export tables that are built field by field: the dataset's key/value rows and one
row per cluster (export/tables.py declares their columns)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..dataset.model import Cluster, Dataset


def bilingual(t: Any) -> tuple[Any, Any]:
    """The (it, en) values of a model Text, or (None, None)."""
    return (t.it, t.en) if t is not None else (None, None)


def dataset_rows(ds: Dataset) -> Iterator[tuple[str, Any]]:
    """(key, value) rows of the dataset table: title, version, as_of, licence (its SPDX id, its words in both
    languages), notes in both languages, the total."""
    info = ds.info
    yield from (("title", info.title), ("version", info.version), ("as_of", info.as_of))
    yield ("licence_id", info.licence_id)
    yield from zip(("licence_it", "licence_en"), bilingual(info.licence), strict=True)
    for i, note in enumerate(info.notes, 1):
        yield from zip((f"note_{i}_it", f"note_{i}_en"), bilingual(note), strict=True)
    tm = info.total_members
    if tm:
        yield from (
            ("total_members", str(tm.value)),
            ("total_members_qualifier", tm.qualifier),
            ("total_members_as_of", tm.as_of),
            ("total_members_source_id", tm.source),
        )
        yield from zip(("total_members_note_it", "total_members_note_en"), bilingual(tm.note), strict=True)


def cluster_row(c: Cluster) -> tuple[Any, ...]:
    """The row of one cluster in the clusters table, in its column order."""
    mb, mc, contacts = c.managing_body, c.member_count, dict(c.contacts)
    return (
        c.id,
        c.status,
        c.acronym,
        c.name.it,
        c.name.en,
        c.theme.it,
        c.theme.en,
        c.description.it,
        c.description.en,
        mb.name,
        *bilingual(mb.legal_form),
        *bilingual(mb.legal_form_note),
        c.founded,
        *bilingual(c.founded_note),
        c.website,
        contacts.get("email"),
        contacts.get("phone"),
        *bilingual(contacts.get("address")),
        c.national_cluster,
        *bilingual(c.national_cluster_note),
        c.s3_link.it,
        c.s3_link.en,
        mc.value if mc else None,
        mc.qualifier if mc else None,
        mc.as_of if mc else None,
        *bilingual(mc.as_of_note if mc else None),
        mc.source if mc else None,
        *bilingual(mc.note if mc else None),
        len(c.members),
        *bilingual(c.members_note),
    )
