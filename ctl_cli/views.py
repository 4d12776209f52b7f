"""Plain, language-independent records of query results: what --format json/yaml print.

Field names are English snake_case and stable; texts that exist in two languages are
objects {"it": ..., "en": ...}. The table, csv and markdown renderers read these records too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # kept light: `ctl search` imports this module on its fast path
    from .model import Cluster, Dataset, Membership, NationalCluster, Organisation, Source
    from .query import Match, OrgHit, SourceUse


def member_count(c: Cluster) -> dict[str, Any] | None:
    mc = c.member_count
    if mc is None:
        return None
    return {"value": mc.value, "qualifier": mc.qualifier, "as_of": mc.as_of, "source": mc.source, "note": mc.note}


def cluster_summary(c: Cluster) -> dict[str, Any]:
    return {
        "id": c.id,
        "acronym": c.acronym,
        "status": c.status,
        "name": c.name.as_dict(),
        "theme": c.theme.as_dict(),
        "member_count": member_count(c),
        "members_listed": len(c.members),
        "website": c.website,
    }


def source_record(s: Source) -> dict[str, Any]:
    return {
        "id": s.id,
        "url": s.url,
        "publisher": s.publisher,
        "date": s.date,
        "title": s.title,
        "supports": s.supports,
    }


def member_record(org: Organisation, m: Membership) -> dict[str, Any]:
    return {
        "id": org.id,
        "name": org.name,
        "type": org.type,
        "city": org.city,
        "province": org.province,
        "basis": m.basis,
        "source": m.source,
        "note": m.note,
    }


def cluster_detail(ds: Dataset, c: Cluster) -> dict[str, Any]:
    from . import query

    nc = ds.national(c.national_cluster)
    bd = c.member_breakdown
    return {
        **cluster_summary(c),
        "aliases": list(c.aliases),
        "description": c.description.as_dict(),
        "managing_body": {
            "name": c.managing_body.name,
            "legal_form": c.managing_body.legal_form,
            "legal_form_note": c.managing_body.legal_form_note,
        },
        "founded": c.founded,
        "founded_note": c.founded_note,
        "contacts": dict(c.contacts),
        "people": [
            {"name": p.name, "role": p.role, "role_note": p.role_note, "as_of": p.as_of, "source": p.source}
            for p in c.people
        ],
        "national_cluster": (
            {
                "id": nc.id,
                "acronym": nc.acronym,
                "name": nc.name,
                "website": nc.website,
                "note": c.national_cluster_note,
            }
            if nc
            else None
        ),
        "s3_link": c.s3_link.as_dict(),
        "focus": list(c.focus),
        "working_groups": list(c.working_groups),
        "services": list(c.services),
        "networks": list(c.networks),
        "keywords": {lang: list(words) for lang, words in c.keywords},
        "member_breakdown": ({"as_of": bd.as_of, "source": bd.source, "counts": dict(bd.counts)} if bd else None),
        "members_note": c.members_note,
        "members": [member_record(org, m) for _, group in query.members_by_type(ds, c) for org, m in group],
        "notes": list(c.notes),
        "field_sources": {k: list(v) for k, v in c.field_sources},
        "sources": [source_record(ds.sources[s]) for s in query.cluster_sources(ds, c)],
    }


def org_hit(hit: OrgHit) -> dict[str, Any]:
    o = hit.org
    record = hit_record(o.id, o.name, o.type, o.city, o.province)
    for c, m in hit.memberships:
        add_cluster(record, c.id, c.status, m.basis, m.source)
    return record


def hit_record(oid: str, name: str, otype: str, city: str | None, province: str | None) -> dict[str, Any]:
    """The record of one organisation found by search (`clusters` filled by add_cluster)."""
    return {"id": oid, "name": name, "type": otype, "city": city, "province": province, "clusters": []}


def add_cluster(record: dict[str, Any], cluster_id: str, status: str, basis: str, source: str) -> None:
    record["clusters"].append({"id": cluster_id, "status": status, "basis": basis, "source": source})


def source_use(number: int, su: SourceUse) -> dict[str, Any]:
    return {
        "number": number,
        **source_record(su.source),
        "used_for": [{"cluster": c, "fact": f} for c, f in su.uses],
    }


def national_record(n: NationalCluster, clusters: list[Cluster]) -> dict[str, Any]:
    return {
        "id": n.id,
        "acronym": n.acronym,
        "name": n.name,
        "area": n.area.as_dict(),
        "website": n.website,
        "lombard_clusters": [{"id": c.id, "status": c.status, "note": c.national_cluster_note} for c in clusters],
        "note": n.note,
        "sources": list(n.sources),
    }


def match_record(rank: int, m: Match) -> dict[str, Any]:
    c = m.cluster
    return {
        "rank": rank,
        "id": c.id,
        "status": c.status,
        "name": c.name.as_dict(),
        "theme": c.theme.as_dict(),
        "score": m.score,
        "matched": list(m.matched),
        "members": [{"id": o.id, "name": o.name, "type": o.type} for o in m.members],
    }


def org_record(ds: Dataset, org: Organisation) -> dict[str, Any]:
    from .query import org_sources

    return {
        "id": org.id,
        "name": org.name,
        "type": org.type,
        "type_source": org.type_source,
        "city": org.city,
        "province": org.province,
        "former_names": list(org.former_names),
        "note": org.note,
        "clusters": [
            {
                "id": c.id,
                "status": c.status,
                "name": c.name.as_dict(),
                "basis": m.basis,
                "source": m.source,
                "note": m.note,
            }
            for c, m in ds.memberships_of(org.id)
        ],
        "sources": [source_record(ds.sources[s]) for s in org_sources(ds, org)],
    }


def compare_record(ds: Dataset, a: Cluster, b: Cluster) -> dict[str, Any]:
    from .query import shared_members

    da, db = cluster_detail(ds, a), cluster_detail(ds, b)
    fields = [
        "name", "acronym", "status", "theme", "managing_body", "founded", "website", "national_cluster",
        "member_count", "members_listed", "member_breakdown", "people", "focus", "keywords",
    ]  # fmt: skip
    shared = shared_members(ds, a, b)
    return {
        "a": a.id,
        "b": b.id,
        "fields": [{"field": f, "a": da[f], "b": db[f]} for f in fields],
        "shared_members": [
            {"id": o.id, "name": o.name, "type": o.type, "basis_a": ma.basis, "basis_b": mb.basis}
            for o, ma, mb in shared
        ],
        "only_a": len(a.members) - len(shared),
        "only_b": len(b.members) - len(shared),
    }


def stats_record(ds: Dataset, clusters: list[Cluster]) -> dict[str, Any]:
    from .query import in_several_clusters, members_by_province, members_by_type_counts

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
        "by_province": [{"province": p, "organisations": n} for p, n in members_by_province(ds)],
        "in_several_clusters": [
            {"id": o.id, "name": o.name, "type": o.type, "clusters": [c.id for c in cs]}
            for o, cs in in_several_clusters(ds)
        ],
    }
