"""What the index's tables hold (cache/tables.py), made from a validated dataset: the meta values,
one row per cluster, one per organisation and one per membership, and every organisation's record.

index.write puts all of it in a new index file; lazy.LazyIndex makes only the parts that the
questions of one run ask for (a cold run answers from it while the file is written elsewhere).
Never prints, never writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_NO_NOTE = (None, None)
_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def meta_values(ds: Any) -> dict[str, Callable[[], str]]:
    """The meta values the dataset `ds` (a dataset.model.Dataset) gives, each made only when called:
    as_of, raw (the whole document as JSON), member_types, match (each cluster's match entry), hints,
    sources (each source's record and what it supports), national (the national clusters' records) and
    org_names (every organisation's records.orgs.OrgNames, as lists, in order) and dated_facts (every
    dated fact: records.sources.dated_facts, its Use as a list), as JSON text but as_of.
    The index adds its format and key."""
    from ..records.clusters import cluster_hints, member_types, national_records
    from ..records.match import match_entry
    from ..records.orgs import org_names
    from ..records.sources import dated_facts

    return {
        "as_of": lambda: ds.info.as_of,
        "raw": lambda: _dump(ds.raw),
        "member_types": lambda: _dump(member_types(ds)),
        "match": lambda: _dump([match_entry(ds, c) for c in ds.clusters]),
        "hints": lambda: _dump({c.id: cluster_hints(c) for c in ds.clusters}),
        "sources": lambda: _sources(ds),
        "national": lambda: _dump(national_records(ds)),
        "org_names": lambda: _dump([org_names(o) for o in ds.organisations.values()]),
        "dated_facts": lambda: _dump([[[u.cluster, u.kind, u.name, u.role], d, ids] for u, d, ids in dated_facts(ds)]),
    }


def _sources(ds: Any) -> str:
    from ..records.clusters import source_record
    from ..records.sources import source_uses

    uses = source_uses(ds)
    return _dump(
        {
            sid: [source_record(src), [[u.cluster, u.kind, u.name, u.role] for u in uses[sid]]]
            for sid, src in ds.sources.items()
        }
    )


def cluster_rows(ds: Any, details: bool = True) -> list[tuple]:
    """The rows of the clusters table: (pos, id, status, keys, summary, detail), keys, summary and
    detail as JSON (the detail without its members: they are org_clusters rows). details=False leaves
    each detail '' (cluster_details makes them: a cold `ctl list` needs none)."""
    from ..records.clusters import cluster_keys, cluster_summary

    made = dict(cluster_details(ds)) if details else {}
    return [
        (i, c.id, c.status, _dump(cluster_keys(c)), _dump(cluster_summary(c)), made.get(c.id, ""))
        for i, c in enumerate(ds.clusters)
    ]


def cluster_details(ds: Any) -> list[tuple[str, str]]:
    """(cluster id, its detail record as JSON, without its members) for every cluster, in order."""
    from ..records.clusters import cluster_detail

    return [(c.id, _dump(cluster_detail(ds, c, members=False))) for c in ds.clusters]


def org_rows(ds: Any) -> tuple[list[tuple], list[tuple]]:
    """(the rows of the orgs table, the rows of org_clusters): every organisation that is a member of
    a cluster, with its folded name, city and words, province code and NUTS-3 code; every membership
    with its note, its rank in its cluster's `ctl show` list and its as_of date."""
    from ..dataset.provinces import canonical
    from ..records.clusters import members_by_type, membership_as_of
    from ..records.orgs import place
    from ..records.standing import standing
    from ..text import fold, word_starts

    rank: dict[tuple[str, str], int] = {}  # (cluster, organisation) -> its place in `ctl show`'s list
    for c in ds.clusters:
        ranked = (org.id for _, group in members_by_type(ds, c) for org, _ in group)
        rank.update(((c.id, oid), r) for r, oid in enumerate(ranked))
    rows, links = [], []
    nuts3_of: dict[tuple, str] = {}  # (city, province) -> its NUTS-3 code: each place looked up once
    for org in ds.organisations.values():
        memberships = ds.memberships_of(org.id)
        if not memberships:
            continue
        name = fold(org.name)
        # ' name alias former ': a word of a search is looked for as ' word', at the start of a word
        words = word_starts(
            " ".join([name, *(fold(a.name) for a in org.aliases), *(fold(n.name) for n in org.former_names)])
        )
        city_f = fold(org.city) if org.city else ""
        province_u = canonical(org.province) or ""  # the one code of its province: CI is SU
        where = (org.city, org.province)
        if where not in nuts3_of:
            nuts3_of[where] = place(org)["nuts3"] or ""  # derived from the city (records.orgs.place)
        nuts3 = nuts3_of[where]
        now = standing(ds, org)
        now_json = None if now is None else _dump(now)
        rows.append(
            (org.id, org.name, org.type, org.city, org.province, name, city_f, province_u, words, nuts3, now_json)
        )
        for i, (c, m) in enumerate(memberships):
            note = _NO_NOTE if m.note is None else (m.note.it, m.note.en)
            as_of = membership_as_of(ds, m)
            links.append((org.id, i, c.id, c.status, m.basis, m.source, *note, rank[c.id, org.id], as_of))
    return rows, links


def source_record_rows(ds: Any) -> list[tuple[str, str]]:
    """The rows of the source_records table: (id, records.clusters.source_record as JSON) of every
    source, so that `ctl org` reads the few it cites rather than the whole `sources` meta value."""
    from ..records.clusters import source_record

    return [(sid, _dump(source_record(src))) for sid, src in ds.sources.items()]


def org_record_rows(ds: Any) -> list[tuple[str, str]]:
    """The rows of the org_records table: (id, the record of `ctl org` as stored: records.orgs.org_entry,
    packed (its empty values left out), as JSON) for every organisation, members of a cluster or not."""
    from ..records.orgs import org_entries, packed

    return [(oid, _dump(packed(entry))) for oid, entry in org_entries(ds)]
