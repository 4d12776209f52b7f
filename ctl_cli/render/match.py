"""The page of `ctl match`: the clusters ranked for a description, with the words that matched."""

from __future__ import annotations

from collections.abc import Sequence

from ..labels import label
from .common import localised, pending_mark
from .formats import emit

CSV_HEADERS = ["rank", "id", "score", "matched", "members"]


def no_match(lang: str) -> str:
    if lang == "it":
        return (
            "Nessun cluster ha parole in comune con questa descrizione: prova con altre parole, in italiano o inglese."
        )
    return "No cluster's texts share a word with this description: try other words, in Italian or English."


def show(fmt: str, records: Sequence[dict], lang: str) -> None:
    """Print match records (query/match.match_record), best first, in format `fmt`."""
    rows = [[r["rank"], r["id"], r["score"], " ".join(r["matched"]), " ".join(m["id"] for m in r["members"])]
            for r in records]  # fmt: skip

    def blocks() -> list:
        from .terminal import Table

        headers = [label(k, lang) for k in ("#", "id", "theme", "score", "matched", "close_members")]
        body = [
            [
                r["rank"],
                r["id"] + pending_mark(r["status"], lang),
                localised(r["theme"], lang),
                f"{r['score']:.0f}",
                ", ".join(r["matched"]),
                "; ".join(m["name"] for m in r["members"]),
            ]  # fmt: skip
            for r in records
        ]
        return [Table(headers, body, ["dim", "bold cyan", "", "bold", "", ""])]

    emit(fmt, list(records), (CSV_HEADERS, rows), blocks)
