"""Plain, language-independent records of query results: what --format json/yaml print.

Field names are English snake_case and stable; texts that exist in two languages are
objects {"it": ..., "en": ...}. The table, csv and markdown renderers read these records too.
"""

from __future__ import annotations

from typing import Any

from .model import Cluster, Dataset, Membership, NationalCluster, Organisation, Source
from .query import OrgHit, SourceUse, cluster_sources, members_by_type


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
        "members": [member_record(org, m) for _, group in members_by_type(ds, c) for org, m in group],
        "notes": list(c.notes),
        "field_sources": {k: list(v) for k, v in c.field_sources},
        "sources": [source_record(ds.sources[s]) for s in cluster_sources(ds, c)],
    }


def org_hit(hit: OrgHit) -> dict[str, Any]:
    o = hit.org
    return {
        "id": o.id,
        "name": o.name,
        "type": o.type,
        "city": o.city,
        "province": o.province,
        "clusters": [
            {"id": c.id, "status": c.status, "basis": m.basis, "source": m.source} for c, m in hit.memberships
        ],
    }


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
