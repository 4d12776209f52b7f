"""Whole-dataset reports: the sources and the facts they support, two clusters compared,
statistics (the national clusters' records are the index's: records.clusters.national_records).
Each returns the stable record its command prints as JSON."""

from __future__ import annotations

from typing import Any

from ..records.sources import Use
from ..text import fold


def sources(
    every: dict[str, tuple[dict[str, Any], tuple[Use, ...]]], cluster: str | None = None, order: list[str] = ()
) -> list[tuple[dict[str, Any], tuple[Use, ...]]]:
    """(source record, its uses) of the whole dataset, by id; or, with `cluster` (its id) and `order`
    (its source ids in `ctl show`'s numbering), of that cluster, only its uses. `every` is what the
    index stores (Index.sources)."""
    if cluster is None:
        return [every[sid] for sid in sorted(every)]
    return [(every[sid][0], tuple(u for u in every[sid][1] if u.cluster == cluster)) for sid in order]


def untitled(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The `ctl sources` records (source_use) whose source has no title, keeping their numbers: what
    `ctl sources --untitled` lists for whoever maintains the data (a title is the page's own, never
    made up, so one that no copy of the page shows stays empty and is listed here)."""
    return [r for r in records if not r.get("title")]


def source_use(number: int, record: dict[str, Any], uses: tuple[Use, ...]) -> dict[str, Any]:
    """The record of `ctl sources`: {number, id, url, publisher, date, title, supports {it,en},
    used_for: [{cluster, fact}]}."""
    return {"number": number, **record, "used_for": [{"cluster": u.cluster, "fact": u.fact} for u in uses]}


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


def stats_record(summaries: list[dict[str, Any]], hits: list[dict[str, Any]], type_ids: list[str]) -> dict[str, Any]:
    """The record of `ctl stats` over the clusters of `summaries` (records.clusters.cluster_summary:
    the recognised ones, or all with --all), from every member organisation (`hits`: Index.search
    with no filter, sorted by name) and the member type ids in taxonomy order: {clusters: [{id,
    status, members_listed, member_count, by_type, by_basis}], by_province: [{province, organisations}]
    most first, in_several_clusters: [{id, name, type, clusters}] most clusters first}. `by_basis` counts a
    cluster's members listed by the basis of their membership (schema.BASES, in its order, 0 where none):
    `event` is an appearance with the cluster at an event only, the weakest."""
    from ..dataset.schema import BASES

    scope = {c["id"] for c in summaries}
    by_type: dict[str, dict[str, int]] = {c["id"]: dict.fromkeys(type_ids, 0) for c in summaries}
    by_basis: dict[str, dict[str, int]] = {c["id"]: dict.fromkeys(BASES, 0) for c in summaries}
    provinces: dict[str | None, int] = {}
    several = []
    for h in hits:
        theirs = [c["id"] for c in h["clusters"] if c["id"] in scope]
        for cid in theirs:
            by_type[cid][h["type"]] = by_type[cid].get(h["type"], 0) + 1
        for m in h["clusters"]:
            if m["id"] in scope:
                by_basis[m["id"]][m["basis"]] = by_basis[m["id"]].get(m["basis"], 0) + 1
        if theirs:
            provinces[h["province"]] = provinces.get(h["province"], 0) + 1
        if len(theirs) >= 2:
            several.append({"id": h["id"], "name": h["name"], "type": h["type"], "clusters": theirs})
    return {
        "clusters": [
            {
                "id": c["id"],
                "status": c["status"],
                "members_listed": c["members_listed"],
                "member_count": c["member_count"],
                "by_type": by_type[c["id"]],
                "by_basis": by_basis[c["id"]],
            }
            for c in summaries
        ],
        "by_province": [
            {"province": p, "organisations": n}
            for p, n in sorted(provinces.items(), key=lambda kv: (-kv[1], kv[0] or "~"))
        ],
        "in_several_clusters": sorted(several, key=lambda o: -len(o["clusters"])),  # stable: by name within
    }
