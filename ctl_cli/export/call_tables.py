"""The tables of the Region's calls (issue 15) in the CSV and SQLite export: one row per call, and
its sources in order (the first is the publisher's page of the call). Pure: no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .rows import bilingual as _v

if TYPE_CHECKING:
    from ..dataset.model import Dataset


def call_tables(ds: Dataset, table: Any, c: Any) -> list[Any]:
    """The `calls` and `call_sources` tables, made with the export's Table class `table` and column
    maker `c` (export/tables.py); they refer to `sources`, so they come after it."""
    return [
        table(
            "calls",
            (
                c("id", not_null=True),
                c("title", not_null=True),
                c("publisher", not_null=True),
                c("code"),
                c("published", not_null=True),
                c("opens", not_null=True),
                c("closes", not_null=True),
                c("budget_eur", "INTEGER"),
                c("eligible", not_null=True),
                c("note_it"),
                c("note_en"),
            ),
            ("id",),
            [
                (
                    k.id,
                    k.title,
                    k.publisher,
                    k.code,
                    k.published,
                    k.opens,
                    k.closes,
                    k.budget_eur,
                    k.eligible,
                    *_v(k.note),
                )
                for k in ds.calls
            ],
            "the Region's calls (bandi) open to the clusters: dates of publication and of the window of applications"
            " (YYYY-MM-DD), budget in euros, who may apply (recognised: every recognised cluster)",
        ),
        table(
            "call_sources",
            (
                c("call_id", not_null=True, ref="calls(id)"),
                c("position", "INTEGER", not_null=True),
                c("source_id", not_null=True, ref="sources(id)"),
            ),
            ("call_id", "position"),
            [(k.id, i, sid) for k in ds.calls for i, sid in enumerate(k.sources, 1)],
            "the sources of each call, in order: the first is the publisher's page of the call",
        ),
    ]
