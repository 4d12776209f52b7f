"""The page of `ctl search`: one row per organisation, and the note that member lists are partial."""

from __future__ import annotations

from collections.abc import Sequence

from ..labels import label
from .common import pending_mark, published_total
from .formats import emit

CSV_HEADERS = ["id", "name", "type", "city", "province", "clusters"]
FEW = 5  # below this many hits, search reminds the reader that member lists are partial


def csv_rows(hits: Sequence[dict]) -> list[list]:
    """One row per hit; the cluster ids space-separated."""
    return [[h["id"], h["name"], h["type"], h["city"], h["province"], " ".join(c["id"] for c in h["clusters"])]
            for h in hits]  # fmt: skip


def show(fmt: str, hits: Sequence[dict], type_labels: dict[str, str], lang: str) -> None:
    """Print search hits (records/orgs.hit_record) in format `fmt`."""

    def blocks() -> list:
        from .terminal import Table

        headers = [label(k, lang) for k in ("name", "type", "city", "province", "clusters")]
        body = [
            [
                h["name"],
                type_labels.get(h["type"], h["type"]),
                h["city"],
                h["province"],
                ", ".join(c["id"] + pending_mark(c["status"], lang) for c in h["clusters"]),
            ]  # fmt: skip
            for h in hits
        ]
        return [Table(headers, body, ["bold", "", "", "", "cyan"])]

    emit(fmt, list(hits), (CSV_HEADERS, csv_rows(hits)), blocks)


def partial_note(summaries: list[dict], hits: int, types: list[str], wanted: list[str], lang: str) -> str:
    """Why a search found few or no organisations: "N listed of about M" for the clusters searched
    (the --cluster ones, else the recognised ones)."""
    scope = (
        [s for s in summaries if s["id"] in wanted] if wanted else [s for s in summaries if s["status"] == "recognised"]
    )
    it = lang == "it"
    parts = []
    if hits == 0:
        parts.append(
            "Nessuna organizzazione corrisponde ai filtri." if it else "No organisation matches these filters."
        )
        if "startup" in types:
            ids = [s["id"] for s in scope]
            joined = ", ".join(ids[:-1]) + (" o " if it else " or ") + ids[-1] if len(ids) > 1 else ids[0]
            where = joined if wanted else ("nessun cluster" if it else "any cluster")
            parts.append(
                f"Nessuna fonte pubblica consultata nomina una start-up socia di {where}."
                if it
                else f"No public source seen names a start-up member of {where}."
            )
    if len(scope) <= 3:
        counts = []
        for s in scope:
            mc, listed = s["member_count"], s["members_listed"]
            total = published_total(mc, lang) if mc else None
            if it:
                counts.append(f"{s['id']}: {listed} elencati qui" + (f" su {total} pubblicati" if total else ""))
            else:
                counts.append(f"{s['id']}: {listed} listed here" + (f" of {total} published" if total else ""))
        head = "Gli elenchi dei soci sono parziali" if it else "Member lists are partial"
        parts.append(f"{head} ({'; '.join(counts)}).")
    else:
        listed = sum(s["members_listed"] for s in scope)
        published = sum(s["member_count"]["value"] for s in scope if s["member_count"])
        parts.append(
            f"Gli elenchi dei soci sono parziali: il dataset ne nomina {listed} su almeno {published} dichiarati."
            if it
            else f"Member lists are partial: the dataset names {listed} memberships of at least {published}"
            " that the clusters report."
        )
    return " ".join(parts)
