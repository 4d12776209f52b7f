"""The page of `ctl national`: the Italian national technology clusters (CTN)."""

from __future__ import annotations

from collections.abc import Sequence

from ..phrases import phrase
from .common import both, localised
from .formats import emit

CSV_HEADERS = ["id", "acronym", "name", "area", "website", "lombard_clusters", "note_it", "note_en"]


def show(fmt: str, records: Sequence[dict], lang: str) -> None:
    """Print national-cluster records (records.clusters.national_records) in format `fmt`."""
    rows = [
        [
            r["id"],
            r["acronym"],
            r["name"],
            localised(r["area"], lang),
            r["website"],
            " ".join(c["id"] for c in r["lombard_clusters"]),
            *both(r["note"]),
        ]  # fmt: skip
        for r in records
    ]

    def blocks() -> list:
        from .terminal import Table

        keys = ("acronym", "name", "area", "website", "lombard_clusters")
        headers = [phrase(f"label.col.{k}", lang) for k in keys]
        body = [
            [
                r["acronym"] or "",  # none: the record is headed by the name
                r["name"],
                localised(r["area"], lang),
                r["website"] or phrase("label.unknown", lang),
                ", ".join(c["id"] for c in r["lombard_clusters"]) or "—",
            ]  # fmt: skip
            for r in records
        ]
        return [Table(headers, body, ["bold cyan", "", "", "", ""], kinds=["id", "text", "text", "url", "id"])]

    emit(fmt, list(records), (CSV_HEADERS, rows), blocks)
