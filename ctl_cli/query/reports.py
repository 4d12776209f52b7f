"""Whole-dataset reports: the sources and the facts they support, the national clusters, two
clusters compared, statistics. Each returns the stable record its command prints as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records.clusters import member_count, prose
from ..records.sources import Use
from ..text import fold

if TYPE_CHECKING:
    from ..dataset.model import Cluster, Dataset, NationalCluster, Organisation


def sources(
    every: dict[str, tuple[dict[str, Any], tuple[Use, ...]]], cluster: str | None = None, order: list[str] = ()
) -> list[tuple[dict[str, Any], tuple[Use, ...]]]:
    """(source record, its uses) of the whole dataset, by id; or, with `cluster` (its id) and `order`
    (its source ids in `ctl show`'s numbering), of that cluster, only its uses. `every` is what the
    index stores (Index.sources)."""
    if cluster is None:
        return [every[sid] for sid in sorted(every)]
    return [(every[sid][0], tuple(u for u in every[sid][1] if u.cluster == cluster)) for sid in order]


def national_clusters(ds: Dataset) -> list[tuple[NationalCluster, list[Cluster]]]:
    """Each national cluster with the Lombard clusters that correspond to it."""
    return [(n, [c for c in ds.clusters if c.national_cluster == n.id]) for n in ds.national_clusters]


def members_by_type_counts(ds: Dataset, cluster: Cluster) -> dict[str, int]:
    counts = {t.id: 0 for t in ds.member_types}
    for m in cluster.members:
        t = ds.organisations[m.org].type
        counts[t] = counts.get(t, 0) + 1
    return counts


def members_by_province(ds: Dataset, clusters: list[Cluster]) -> list[tuple[str | None, int]]:
    """Organisations that belong to one of `clusters`, by province (None: not known), most first."""
    counts: dict[str | None, int] = {}
    scope = {c.id for c in clusters}
    for org in ds.organisations.values():
        if any(c.id in scope for c, _ in ds.memberships_of(org.id)):
            counts[org.province] = counts.get(org.province, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] or "~"))


def in_several_clusters(
    ds: Dataset, clusters: list[Cluster], minimum: int = 2
) -> list[tuple[Organisation, list[Cluster]]]:
    """Organisations in at least `minimum` of `clusters`, with those clusters; most clusters first."""
    out = []
    scope = {c.id for c in clusters}
    for org in ds.organisations.values():
        theirs = [c for c, _ in ds.memberships_of(org.id) if c.id in scope]
        if len(theirs) >= minimum:
            out.append((org, theirs))
    return sorted(out, key=lambda t: (-len(t[1]), fold(t[0].name)))


def source_use(number: int, record: dict[str, Any], uses: tuple[Use, ...]) -> dict[str, Any]:
    """The record of `ctl sources`: {number, id, url, publisher, date, title, supports {it,en},
    used_for: [{cluster, fact}]}."""
    return {"number": number, **record, "used_for": [{"cluster": u.cluster, "fact": u.fact} for u in uses]}


def national_record(n: NationalCluster, clusters: list[Cluster]) -> dict[str, Any]:
    return {
        "id": n.id,
        "acronym": n.acronym,
        "name": n.name,
        "area": n.area.as_dict(),
        "website": n.website,
        "lombard_clusters": [
            {"id": c.id, "status": c.status, "note": prose(c.national_cluster_note)} for c in clusters
        ],
        "note": prose(n.note),
        "sources": list(n.sources),
    }


COMPARED = (
    "name", "acronym", "status", "theme", "managing_body", "founded", "website", "national_cluster",
    "member_count", "members_listed", "member_breakdown", "people", "focus", "keywords",
)  # fmt: skip


def compare_record(da: dict[str, Any], db: dict[str, Any]) -> dict[str, Any]:
    """The record of `ctl compare` from two clusters' detail records (records.clusters.cluster_detail,
    as the index stores them): {a, b, fields: [{field, a, b}], shared_members: [{id, name, type,
    basis_a, basis_b}] sorted by folded name, only_a, only_b}."""
    in_b = {m["id"]: m for m in db["members"]}
    shared = sorted((m for m in da["members"] if m["id"] in in_b), key=lambda m: fold(m["name"]))
    return {
        "a": da["id"],
        "b": db["id"],
        "fields": [{"field": f, "a": da[f], "b": db[f]} for f in COMPARED],
        "shared_members": [
            {
                "id": m["id"],
                "name": m["name"],
                "type": m["type"],
                "basis_a": m["basis"],
                "basis_b": in_b[m["id"]]["basis"],
            }
            for m in shared
        ],
        "only_a": len(da["members"]) - len(shared),
        "only_b": len(db["members"]) - len(shared),
    }


def stats_record(ds: Dataset, clusters: list[Cluster]) -> dict[str, Any]:
    """The record of `ctl stats` over `clusters` (the recognised ones, or all with --all): members by
    type per cluster, organisations by province, organisations in several of them."""
    return {
        "clusters": [
            {
                "id": c.id,
                "status": c.status,
                "members_listed": len(c.members),
                "member_count": member_count(c),
                "by_type": members_by_type_counts(ds, c),
            }
            for c in clusters
        ],
        "by_province": [{"province": p, "organisations": n} for p, n in members_by_province(ds, clusters)],
        "in_several_clusters": [
            {"id": o.id, "name": o.name, "type": o.type, "clusters": [c.id for c in cs]}
            for o, cs in in_several_clusters(ds, clusters)
        ],
    }
