"""Records of clusters: the plain, language-independent dicts that `ctl list` and `ctl show` print
as JSON, and that the index (cache/index.py) stores, computed once per dataset.

Field names are English snake_case and stable (the README documents them); texts that exist in
two languages are objects {"it": ..., "en": ...}. Pure functions of the typed model: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..text import fold
from .calls import call_record, call_sources, calls_for
from .standing import ACTIVE, standing

if TYPE_CHECKING:  # kept light: the fast paths import this module without the model
    from ..dataset.model import Cluster, Dataset, Membership, Organisation, Source, Text


def member_types(ds: Dataset) -> list[dict[str, Any]]:
    """The taxonomy as records: [{"id", "label": {it, en}}], in the dataset's order."""
    return [{"id": t.id, "label": t.label.as_dict()} for t in ds.member_types]


def prose(t: Text | None) -> dict[str, str | None] | None:
    """Our own words as a record: {"it": ..., "en": ...} (either may be null), or None."""
    return None if t is None else t.as_dict()


def prose_list(ts: tuple[Text, ...]) -> list[dict[str, str | None]]:
    """A list of prose as records."""
    return [t.as_dict() for t in ts]


def cluster_keys(cluster: Cluster) -> list[str]:
    """Every way a user may name a cluster: id, aliases, acronym, names and themes in both languages."""
    keys = [cluster.id, *cluster.aliases]
    if cluster.acronym:
        keys.append(cluster.acronym)
    for text in (cluster.name, cluster.theme):
        keys.extend(t for t in (text.it, text.en) if t)
    return keys


def cluster_hints(cluster: Cluster) -> list[str]:
    """The cluster's sourced keywords in both languages, each once: weaker keys that a "did you mean"
    may go by ('salute' -> life-sciences) but that never name the cluster on their own."""
    return list(dict.fromkeys(w for _, words in cluster.keywords for w in words))


def members_by_type(ds: Dataset, cluster: Cluster) -> list[tuple[str, list[tuple[Organisation, Membership]]]]:
    """A cluster's members grouped by type id, in taxonomy order, names sorted (folded)."""
    groups: dict[str, list[tuple[Organisation, Membership]]] = {t.id: [] for t in ds.member_types}
    for m in cluster.members:
        org = ds.organisations[m.org]
        groups.setdefault(org.type, []).append((org, m))
    return [(t, sorted(g, key=lambda om: fold(om[0].name))) for t, g in groups.items() if g]


def cluster_sources(ds: Dataset, cluster: Cluster) -> list[str]:
    """Every source id behind a cluster's facts, in order of first use: `ctl show` numbers them so."""
    ids: list[str] = []
    for _, srcs in cluster.field_sources:
        ids.extend(srcs)
    ids.extend(p.source for p in cluster.people)
    if cluster.member_count:
        ids.append(cluster.member_count.source)
    if cluster.member_breakdown:
        ids.append(cluster.member_breakdown.source)
    for m in cluster.members:
        ids.append(m.source)
        type_source = ds.organisations[m.org].type_source
        if type_source:
            ids.append(type_source)
    ids.extend(row.source for row in cluster.ateco if row.source)
    ids.extend(call_sources(ds, cluster))
    return list(dict.fromkeys(ids))


def member_count(c: Cluster) -> dict[str, Any] | None:
    """{value, qualifier (exact/about/over), as_of, source, note}: the total the cluster published; None if unknown."""
    mc = c.member_count
    if mc is None:
        return None
    return {
        "value": mc.value,
        "qualifier": mc.qualifier,
        "as_of": mc.as_of,
        "source": mc.source,
        "note": prose(mc.note),
    }


def cluster_summary(c: Cluster) -> dict[str, Any]:
    """The record of `ctl list`: {id, acronym, status, name {it,en}, theme {it,en}, member_count, members_listed,
    website}."""
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
    """{id, url, publisher, date, title, supports, locator} of one source; locator: where in a downloaded
    file (its name and row), for a source a registry's file gives (ctl reconcile), else None."""
    return {
        "id": s.id,
        "url": s.url,
        "publisher": s.publisher,
        "date": s.date,
        "title": s.title,
        "supports": prose(s.supports),
        "locator": s.locator,
    }


def membership_as_of(ds: Dataset, m: Membership) -> str | None:
    """The date a membership is known at: its own as_of, else its source's date, else None (undated)."""
    return m.as_of or ds.sources[m.source].date


def member_record(ds: Dataset, org: Organisation, m: Membership) -> dict[str, Any]:
    """{id, name, type, city, province, status {value, since} | None, successor {id, name} | None, basis,
    source, note, as_of}: one member of a cluster; as_of is membership_as_of, status and successor
    records.standing.standing (None for an organisation that is active or has no status)."""
    note = prose(m.note)
    return member_row(
        org.id, org.name, org.type, org.city, org.province, m.basis, m.source, note, membership_as_of(ds, m),
        standing(ds, org),
    )  # fmt: skip


def member_row(
    oid: str,
    name: str,
    otype: str,
    city: str | None,
    province: str | None,
    basis: str,
    source: str,
    note: dict | None,
    as_of: str | None = None,
    now: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """member_record from its values (the index keeps a cluster's members as rows, not as JSON; `now`:
    records.standing.standing's record, or None)."""
    return {
        "id": oid,
        "name": name,
        "type": otype,
        "city": city,
        "province": province,
        **(now or ACTIVE),
        "basis": basis,
        "source": source,
        "note": note,
        "as_of": as_of,
    }


def ateco_row(r: Any) -> dict[str, Any]:
    """{code, title, title_en, basis, source, reason {it,en}}: one row of a cluster's ATECO 2025 mapping
    (dataset.model.AtecoRow), with the code's title as ISTAT publishes it (the `ateco` package; Italian) and
    the English title of the NACE Rev. 2.1 entry of the same code (records/nace.py; None below NACE's class
    level, where only ISTAT publishes one)."""
    import ateco

    from .nace import bundled_titles

    node = ateco.lookup(r.code, edition="2025")
    title = node.title if node else None
    return {"code": r.code, "title": title, "title_en": bundled_titles().get(r.code), "basis": r.basis,
            "source": r.source, "reason": prose(r.reason)}  # fmt: skip


def cluster_detail(ds: Dataset, c: Cluster, members: bool = True) -> dict[str, Any]:
    """The record of `ctl show`: the summary plus every fact, members grouped by type, field_sources and
    the sources (in `ctl show`'s numbering order). Fields are listed in the README (JSON output).
    members=False leaves "members" None (the index stores them as rows, in members_by_type order)."""
    nc = ds.national(c.national_cluster)
    bd = c.member_breakdown
    return {
        **cluster_summary(c),
        "aliases": list(c.aliases),
        "description": c.description.as_dict(),
        "managing_body": {
            "name": c.managing_body.name,
            "legal_form": prose(c.managing_body.legal_form),
            "legal_form_note": prose(c.managing_body.legal_form_note),
        },
        "founded": c.founded,
        "founded_note": prose(c.founded_note),
        "contacts": {k: prose(v) if k == "address" else v for k, v in c.contacts},
        "people": [
            {"name": p.name, "role": p.role, "role_note": prose(p.role_note), "as_of": p.as_of, "source": p.source}
            for p in c.people
        ],
        "national_cluster": (
            {
                "id": nc.id,
                "acronym": nc.acronym,
                "name": nc.name,
                "website": nc.website,
                "note": prose(c.national_cluster_note),
            }
            if nc
            else None
        ),
        "s3_link": c.s3_link.as_dict(),
        "focus": prose_list(c.focus),
        "working_groups": prose_list(c.working_groups),
        "services": prose_list(c.services),
        "networks": prose_list(c.networks),
        "keywords": {lang: list(words) for lang, words in c.keywords},
        "ateco": [ateco_row(r) for r in sorted(c.ateco, key=lambda r: r.code)],  # in code order, as ISTAT lists them
        "member_breakdown": ({"as_of": bd.as_of, "source": bd.source, "counts": dict(bd.counts)} if bd else None),
        "members_note": prose(c.members_note),
        "members": [member_record(ds, org, m) for _, group in members_by_type(ds, c) for org, m in group]
        if members
        else None,
        "notes": prose_list(c.notes),
        "calls": [call_record(call) for call in calls_for(ds, c)],
        "field_sources": {k: list(v) for k, v in c.field_sources},
        "sources": [source_record(ds.sources[s]) for s in cluster_sources(ds, c)],
    }


def national_records(ds: Dataset) -> list[dict[str, Any]]:
    """The records of `ctl national`, one per national cluster (CTN) in the dataset's order: {id,
    acronym, name, area {it, en}, website, lombard_clusters: [{id, status, note}], note, sources}, the
    Lombard clusters being those whose national_cluster it is."""
    return [
        {
            "id": n.id,
            "acronym": n.acronym,
            "name": n.name,
            "area": n.area.as_dict(),
            "website": n.website,
            "lombard_clusters": [
                {"id": c.id, "status": c.status, "note": prose(c.national_cluster_note)}
                for c in ds.clusters
                if c.national_cluster == n.id
            ],
            "note": prose(n.note),
            "sources": list(n.sources),
        }
        for n in ds.national_clusters
    ]
