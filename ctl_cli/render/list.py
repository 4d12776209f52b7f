"""The page of `ctl list`: one row per cluster."""

from __future__ import annotations

from collections.abc import Sequence

from ..phrases import phrase
from .common import cluster_id, count_csv, count_text, localised
from .formats import emit

CSV_HEADERS = [
    "id", "acronym", "name", "theme", "status", "members_listed",
    "member_count", "member_count_qualifier", "member_count_as_of", "website",
]  # fmt: skip


def csv_rows(records: Sequence[dict], lang: str) -> list[list]:
    """One CSV row per cluster summary, in CSV_HEADERS order."""
    rows = []
    for r in records:
        count = count_csv(r["member_count"])
        rows.append(
            [
                r["id"],
                r["acronym"],
                localised(r["name"], lang),
                localised(r["theme"], lang),
                r["status"],
                r["members_listed"],
                *count,
                r["website"],
            ]  # fmt: skip
        )
    return rows


def footer(pending: Sequence[str], lang: str) -> list[str]:
    """The lines under the table: what the members column means, and which clusters --all adds."""
    lines = [phrase("msg.list.members_note", lang)]
    if pending:
        lines.append(phrase("msg.list.pending", lang, ids=", ".join(pending)))
    return lines


def show(fmt: str, records: Sequence[dict], pending: Sequence[str], lang: str) -> None:
    """Print the cluster summaries (records/clusters.cluster_summary) in format `fmt`; `pending`:
    the ids of clusters left out for want of --all."""

    def blocks() -> list:
        from .terminal import Line, Table

        headers = [phrase(f"label.col.{k}", lang) for k in ("id", "acronym", "name", "theme", "members", "website")]
        body = [
            [
                cluster_id(r["id"], r["status"], lang),
                r["acronym"],
                localised(r["name"], lang),
                localised(r["theme"], lang),
                count_text(r, lang),
                r["website"],
            ]  # fmt: skip
            for r in records
        ]
        return [
            Table(headers, body, ["bold cyan", "", "", "", "", ""], kinds=["id", "id", "text", "text", "number", "url"])
        ] + [Line(f, "dim") for f in footer(pending, lang)]

    emit(fmt, list(records), (CSV_HEADERS, csv_rows(records, lang)), blocks)
