"""The page of `ctl sources`: each source with its date, title, URL and the facts it supports."""

from __future__ import annotations

from collections.abc import Sequence

from ..labels import label
from .formats import emit

CSV_HEADERS = ["number", "id", "date", "publisher", "title", "url", "supports", "used_for"]


def uses_text(record: dict, per_cluster: bool) -> str:
    """What a source supports: the facts for one cluster, or the clusters across the dataset."""
    if per_cluster:
        return "; ".join(u["fact"] for u in record["used_for"])
    clusters = dict.fromkeys(u["cluster"] or u["fact"].split(":")[0] for u in record["used_for"])
    return ", ".join(clusters)


def footer(records: Sequence[dict], lang: str) -> str:
    undated = sum(1 for r in records if not r["date"])
    if lang == "it":
        return f"{len(records)} fonti; {undated} senza data (n.d.)."
    return f"{len(records)} sources; {undated} undated (n.d.)."


def show(fmt: str, records: Sequence[dict], per_cluster: bool, lang: str) -> None:
    """Print source-use records (query/reports.source_use) in format `fmt`; `per_cluster`: the
    sources of one cluster, numbered as `ctl show` numbers them."""
    rows = [
        [
            r["number"],
            r["id"],
            r["date"],
            r["publisher"],
            r["title"],
            r["url"],
            r["supports"],
            uses_text(r, per_cluster),
        ]  # fmt: skip
        for r in records
    ]

    def blocks() -> list:
        from .terminal import Line, Table

        headers = [label(k, lang) for k in ("#", "date", "source", "supports", "used_for")]
        body = []
        for r in records:
            title = f"{r['publisher']}: {r['title']}" if r["title"] else r["publisher"]
            body.append([f"[{r['number']}]", r["date"] or "n.d.", f"{title}\n{r['url']}", r["supports"],
                         uses_text(r, per_cluster)])  # fmt: skip
        return [Table(headers, body, ["dim", "", "", "", "cyan"]), Line(footer(records, lang), "dim")]

    emit(fmt, list(records), (CSV_HEADERS, rows), blocks)
