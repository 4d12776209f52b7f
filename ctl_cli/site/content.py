"""What the site shows, gathered once from the dataset's index: the very records that the JSON output
of `ctl list`, `ctl show`, `ctl org`, `ctl sources` and `ctl stats` is built from. Pure data, no I/O
beyond the index, nothing printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..dataset.provinces import NAMES
from ..query.freshness import mark
from ..query.reports import source_use, sources, stats_record
from ..records.orgs import org_record

# Lombardy's twelve provinces (ISTAT codes) on a tile grid: (code, row, column), placed as they lie
# on the map (Sondrio north-east, Pavia south-west, Mantova south-east). No boundary is drawn.
LOMBARDY = (
    ("CO", 1, 2), ("LC", 1, 3), ("SO", 1, 4),
    ("VA", 2, 1), ("MB", 2, 2), ("BG", 2, 3), ("BS", 2, 4),
    ("MI", 3, 2), ("LO", 3, 3), ("CR", 3, 4), ("MN", 3, 5),
    ("PV", 4, 2),
)  # fmt: skip


@dataclass
class Content:
    """Everything the site shows, as records (stable English keys, texts as {it, en}).

    summaries: records.clusters.cluster_summary per cluster, in the dataset's order; details: cluster
    id -> records.clusters.cluster_detail with members, marked by query.freshness.mark (as `ctl show
    --format json`); orgs: organisation id -> records.orgs.org_record (as `ctl org --format json`), for
    every organisation that is a member of a cluster; hits: Index.search() with no filter, every
    cluster included (each organisation with its memberships, as `ctl search --all --format json`);
    sources: the records of `ctl sources --format json` (numbered, with used_for), with `uses` their
    records.sources.Use tuples; member_types: the taxonomy; stats: query.reports.stats_record over the
    recognised clusters; provinces: code -> official name; as_of: the dataset's date; title: its title."""

    summaries: list[dict[str, Any]]
    details: dict[str, dict[str, Any]]
    orgs: dict[str, dict[str, Any]]
    hits: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    uses: list[tuple[Any, ...]]
    member_types: list[dict[str, Any]]
    stats: dict[str, Any]
    provinces: dict[str, str]
    as_of: str
    title: str
    bases: list[str] = field(default_factory=list)


def gather(idx: Any) -> Content:
    """The Content of the dataset behind `idx` (cache.index.Index). Raises cache.index.Broken as the
    index does (the caller rebuilds it)."""
    ds = idx.dataset()
    as_of = idx.as_of()
    summaries = idx.summaries()
    details = {s["id"]: mark(idx.detail(s["id"]), as_of) for s in summaries}
    hits = idx.search()
    orgs = {h["id"]: org_record(ds, ds.organisations[h["id"]]) for h in hits}
    found = sources(idx.sources())
    numbered = [source_use(i, record, uses) for i, (record, uses) in enumerate(found, 1)]
    member_types = idx.member_types()
    recognised = [s for s in summaries if s["status"] == "recognised"]
    stats = stats_record(recognised, hits, [t["id"] for t in member_types])
    bases = list(dict.fromkeys(c["basis"] for h in hits for c in h["clusters"]))
    return Content(
        summaries=summaries,
        details=details,
        orgs=orgs,
        hits=hits,
        sources=numbered,
        uses=[uses for _, uses in found],
        member_types=member_types,
        stats=stats,
        provinces={code: names[1] for code, names in NAMES.items()},
        as_of=as_of,
        title=ds.info.title,
        bases=bases,
    )


def province_counts(content: Content) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """The map's numbers, from stats' by_province (organisations in the recognised clusters): the twelve
    Lombard tiles [{code, name, row, col, count}], the other provinces [{code, name, count}] most first,
    and the organisations of unknown place."""
    counts = {p["province"]: p["organisations"] for p in content.stats["by_province"]}
    tiles = [
        {"code": code, "name": content.provinces.get(code, code), "row": row, "col": col, "count": counts.get(code, 0)}
        for code, row, col in LOMBARDY
    ]
    lombard = {code for code, _, _ in LOMBARDY}
    outside = [
        {"code": p, "name": content.provinces.get(p, p), "count": n}
        for p, n in counts.items()
        if p is not None and p not in lombard
    ]
    return tiles, outside, counts.get(None, 0)
