"""Records of organisations: a search hit (which the index builds for the rows it returns) and the
full record of `ctl org`. Plain dicts with stable English keys; pure functions, no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .clusters import prose, source_record

if TYPE_CHECKING:
    from ..dataset.model import Dataset, Organisation


def hit_record(oid: str, name: str, otype: str, city: str | None, province: str | None) -> dict[str, Any]:
    """The record of one organisation found by search (`clusters` filled by add_cluster)."""
    return {"id": oid, "name": name, "type": otype, "city": city, "province": province, "clusters": []}


def add_cluster(record: dict[str, Any], cluster_id: str, status: str, basis: str, source: str) -> None:
    """Append {id, status, basis, source} of one membership to a hit record's `clusters`."""
    record["clusters"].append({"id": cluster_id, "status": status, "basis": basis, "source": source})


def org_sources(ds: Dataset, org: Organisation) -> list[str]:
    """The source ids behind an organisation: each membership's, then its type's, then its aliases'; no repeats."""
    ids = [m.source for _, m in ds.memberships_of(org.id)]
    if org.type_source:
        ids.append(org.type_source)
    ids += [a.source for a in org.aliases]
    return list(dict.fromkeys(ids))


def org_record(ds: Dataset, org: Organisation) -> dict[str, Any]:
    """The record of `ctl org`: {id, name, type, type_source, city, province, aliases: [{name, source}],
    former_names, note, clusters: [{id, status, name {it,en}, basis, source, note}], sources: [source
    records]}. From the typed dataset (its organisations, memberships and sources)."""
    return {
        "id": org.id,
        "name": org.name,
        "type": org.type,
        "type_source": org.type_source,
        "city": org.city,
        "province": org.province,
        "aliases": [{"name": a.name, "source": a.source} for a in org.aliases],
        "former_names": list(org.former_names),
        "note": prose(org.note),
        "clusters": [
            {
                "id": c.id,
                "status": c.status,
                "name": c.name.as_dict(),
                "basis": m.basis,
                "source": m.source,
                "note": prose(m.note),
            }
            for c, m in ds.memberships_of(org.id)
        ],
        "sources": [source_record(ds.sources[s]) for s in org_sources(ds, org)],
    }
