"""The page of `ctl sources`: each source with its date, title, URL and the facts it supports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..phrases import phrase, phrase_n
from .common import both, prose, word
from .formats import emit

if TYPE_CHECKING:
    from ..records.sources import Use

CSV_HEADERS = ["number", "id", "date", "publisher", "title", "url", "supports_it", "supports_en", "used_for", "locator"]


def uses_csv(record: dict, per_cluster: bool) -> str:
    """What a source supports, in CSV (English, like the JSON record's facts): the facts for one
    cluster, or the clusters across the dataset."""
    if per_cluster:
        return "; ".join(u["fact"] for u in record["used_for"])
    clusters = dict.fromkeys(u["cluster"] or u["fact"].split(":")[0] for u in record["used_for"])
    return ", ".join(clusters)


def use_text(use: Use, lang: str) -> str:
    """One fact a source supports, in `lang`: "Website", "President: Ada Rossi", "member: X"."""
    if use.kind == "field":
        return word("label.field", use.name, lang)
    if use.kind == "person":
        return phrase("msg.sources.use.role", lang, role=word("label.role", use.role or "", lang), name=use.name)
    return phrase(f"msg.sources.use.{use.kind}", lang, name=use.name)


def uses_text(uses: Sequence[Use], per_cluster: bool, lang: str) -> str:
    """What a source supports, in `lang`: the facts for one cluster, or the clusters across the
    dataset (a dataset-wide fact by its field: national cluster, total members; an organisation's
    alias, former name, status, successor, parent or identifier by the field and the organisation)."""
    if per_cluster:
        return "; ".join(use_text(u, lang) for u in uses)

    def where(u: Use) -> str:
        if u.cluster:
            return u.cluster
        return word("label.field", "national_cluster" if u.kind == "national_cluster" else u.name, lang)

    parts = list(dict.fromkeys(where(u) for u in uses if u.kind not in ("alias_of", "org_fact")))
    about: dict[str, list[str]] = {}  # an organisation's field -> the organisations whose field it supports
    for u in uses:
        if u.kind in ("alias_of", "org_fact"):
            about.setdefault("aliases" if u.kind == "alias_of" else u.role or "", []).append(u.name)
    parts += [f"{word('label.field', key, lang)} ({', '.join(dict.fromkeys(names))})" for key, names in about.items()]
    return ", ".join(parts)


def footer(records: Sequence[dict], lang: str) -> str:
    """How many sources are listed and how many are undated; a list of sources that all lack a title
    (`ctl sources --untitled`) says so."""
    undated = sum(1 for r in records if not r["date"])
    untitled = bool(records) and not any(r["title"] for r in records)
    key = "msg.sources.footer.untitled" if untitled else "msg.sources.footer"
    return phrase_n(key, len(records), lang, undated=undated)


def show(fmt: str, records: Sequence[dict], uses: Sequence[Sequence[Use]], per_cluster: bool, lang: str) -> None:
    """Print source-use records (query/reports.source_use) in format `fmt`; `uses`: each record's
    facts in parts (records/sources.Use), to word them in `lang`; `per_cluster`: the
    sources of one cluster, numbered as `ctl show` numbers them."""
    rows = (  # made only for CSV
        [
            r["number"],
            r["id"],
            r["date"],
            r["publisher"],
            r["title"],
            r["url"],
            *both(r["supports"]),
            uses_csv(r, per_cluster),
            r.get("locator"),
        ]  # fmt: skip
        for r in records
    )

    def blocks() -> list:
        from .terminal import Line, Table

        keys = ("number", "date", "source", "url", "supports", "used_for")
        headers = [phrase(f"label.col.{k}", lang) for k in keys]
        no_date = phrase("label.no_date", lang)
        body = []
        for r, u in zip(records, uses, strict=True):
            title = f"{r['publisher']}: {r['title']}" if r["title"] else r["publisher"]
            title += f" ({r['locator']})" if r.get("locator") else ""  # where in a downloaded file
            body.append([f"[{r['number']}]", r["date"] or no_date, title, r["url"], prose(r["supports"], lang),
                         uses_text(u, per_cluster, lang)])  # fmt: skip
        kinds = ["id", "id", "text", "url", "text", "text"]
        return [Table(headers, body, ["dim", "", "", "", "", "cyan"], kinds), Line(footer(records, lang), "dim")]

    emit(fmt, list(records), (CSV_HEADERS, rows), blocks)


STALE_HEADERS = ["cluster", "fact", "date", "state", "sources"]


def show_stale(fmt: str, found: Sequence[tuple[dict, Use]], limits: dict, pending: Sequence[str], lang: str) -> None:
    """Print the records of `ctl sources --stale` (query/freshness.stale_facts: (record, its Use)) in
    format `fmt`; `limits`: {as_of, years, cutoff}, for the footer; `pending`: the ids of the clusters
    pending recognition, marked so in the table. JSON and YAML: the records."""
    records = [r for r, _ in found]
    rows = [[r["cluster"], r["fact"], r["date"], r["state"], " ".join(r["sources"])] for r in records]
    undated = sum(1 for r in records if r["state"] == "undated")
    footer = phrase_n("msg.sources.stale.footer", len(records), lang, undated=undated, **limits)

    def blocks() -> list:
        from .terminal import Line, Table

        headers = [phrase(f"label.col.{k}", lang) for k in ("cluster", "fact", "date", "sources")]
        no_date = phrase("label.undated", lang)
        mark = phrase("label.status.pending", lang)

        def where(cid: str | None) -> str:
            return f"{cid} ({mark})" if cid in pending else cid or ""

        body = [
            [where(r["cluster"]), use_text(u, lang), r["date"] or no_date, ", ".join(r["sources"])] for r, u in found
        ]
        table = Table(headers, body, ["cyan", "", "", "dim"], ["id", "text", "id", "text"])
        return [table, Line(footer, "dim")]

    emit(fmt, records, (STALE_HEADERS, rows), blocks)
