"""The page of `ctl search`: one row per organisation, and the note that member lists are partial."""

from __future__ import annotations

from collections.abc import Sequence

from ..phrases import phrase, phrase_n
from .common import cluster_id, published_total, standing
from .formats import emit

CSV_HEADERS = ["id", "name", "type", "city", "province", "clusters", "status", "successor_id"]
FEW = 5  # below this many hits, search reminds the reader that member lists are partial


def csv_rows(hits: Sequence[dict]) -> list[list]:
    """One row per hit; the cluster ids space-separated; then, for an organisation that is no longer as it
    was (records.standing.standing), its status and its successor's id, as `ctl org`'s CSV has them."""
    return [[h["id"], h["name"], h["type"], h["city"], h["province"], " ".join(c["id"] for c in h["clusters"]),
             (h["status"] or {}).get("value"), (h["successor"] or {}).get("id")] for h in hits]  # fmt: skip


def show(fmt: str, hits: Sequence[dict], type_labels: dict[str, str], lang: str) -> None:
    """Print search hits (records/orgs.hit_record) in format `fmt`."""

    def blocks() -> list:
        from .terminal import Table

        headers = [phrase(f"label.col.{k}", lang) for k in ("name", "type", "city", "province", "clusters")]
        body = [
            [
                h["name"] + (f" ({now})" if (now := standing(h, lang)) else ""),
                type_labels.get(h["type"], h["type"]),
                h["city"],
                h["province"],
                ", ".join(cluster_id(c["id"], c["status"], lang) for c in h["clusters"]),
            ]  # fmt: skip
            for h in hits
        ]
        return [Table(headers, body, ["bold", "", "", "", "cyan"], kinds=["text", "text", "text", "id", "id"])]

    emit(fmt, list(hits), (CSV_HEADERS, csv_rows(hits)), blocks)


def partial_note(
    summaries: list[dict],
    hits: int,
    types: list[str],
    wanted: list[str],
    lang: str,
    everything: bool = False,
    name: str | None = None,
) -> str:
    """Why a search found few or no organisations: "N listed of about M" for the clusters searched
    (the --cluster ones, else the recognised ones, or all of them with `everything`: --all); with no
    hit, that nothing matches the filters, or the `name` searched for when it was the only one."""
    if wanted:
        scope = [s for s in summaries if s["id"] in wanted]
    else:
        scope = [s for s in summaries if everything or s["status"] == "recognised"]
    parts = []
    if hits == 0:
        parts.append(phrase("msg.search.none_name", lang, name=name) if name else phrase("msg.search.none", lang))
        if "startup" in types:
            ids = [s["id"] for s in scope]
            if not wanted:
                parts.append(phrase("msg.search.no_startup.any", lang))
            else:
                joined = (
                    phrase("msg.join.or", lang, items=", ".join(ids[:-1]), last=ids[-1]) if len(ids) > 1 else ids[0]
                )
                parts.append(phrase("msg.search.no_startup.in", lang, clusters=joined))
    if len(scope) <= 3:
        counts = []
        for s in scope:
            mc, listed = s["member_count"], s["members_listed"]
            if mc:
                total = published_total(mc, lang)
                counts.append(phrase_n("msg.search.partial.count.total", listed, lang, id=s["id"], total=total))
            else:
                counts.append(
                    phrase_n("msg.search.partial.count", listed, lang, id=s["id"], total=published_total(None, lang))
                )
        parts.append(phrase("msg.search.partial.few", lang, counts="; ".join(counts)))
    else:
        listed = sum(s["members_listed"] for s in scope)
        published = sum(s["member_count"]["value"] for s in scope if s["member_count"])
        parts.append(phrase("msg.search.partial.many", lang, listed=listed, published=published))
    return " ".join(parts)
