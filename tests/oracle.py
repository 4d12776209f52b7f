"""The reference search: plain Python over the typed dataset, what `ctl search` means.

ctl has one search, SQL in the index (cache/index.py, Index.search); this slow, obvious version is
its oracle: a property test (test_cache.py) checks that the two always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ctl_cli.dataset.model import Cluster, Dataset, Membership, Organisation
from ctl_cli.dataset.provinces import canonical
from ctl_cli.query.clusters import check_choices, resolve_cluster, search_terms
from ctl_cli.records.orgs import add_cluster, hit_record, org_names
from ctl_cli.text import fold


@dataclass(frozen=True)
class OrgHit:
    """One organisation found by search, with every cluster it belongs to."""

    org: Organisation
    memberships: tuple[tuple[Cluster, Membership], ...]


def search(
    ds: Dataset,
    text: str | None = None,
    types: Sequence[str] = (),
    clusters: Sequence[str] = (),
    city: str | None = None,
    province: str | None = None,
    bases: Sequence[str] = (),
    everything: bool = False,
) -> list[OrgHit]:
    """Member organisations matching every filter given; sorted by name; each with every cluster
    it belongs to.

    text: every word must begin a word of the name, an alias or a former name (case and accents
    ignored; articles, prepositions and legal forms are not words: text.search_words).
    clusters: references resolved like `ctl show` (an unknown one raises NotFoundError).
    A pending cluster counts only when `everything` (--all) or when named in `clusters`.
    """
    check_choices("--type", types, [t.id for t in ds.member_types])
    wanted_clusters = {resolve_cluster(ds, c).id for c in clusters}
    words, city_f, province_u = search_terms(text, city, province)
    hits = []
    for org in ds.organisations.values():
        memberships = tuple(
            (c, m)
            for c, m in ds.memberships_of(org.id)
            if everything or c.status == "recognised" or c.id in wanted_clusters
        )
        if not memberships:
            continue
        if types and org.type not in types:
            continue
        if city_f is not None and fold(org.city or "") != city_f:
            continue
        if province_u is not None and canonical(org.province) != province_u:
            continue
        if (wanted_clusters or bases) and not any(
            (not wanted_clusters or c.id in wanted_clusters) and (not bases or m.basis in bases) for c, m in memberships
        ):
            continue
        if words:
            haystack = " " + " ".join(fold(n) for n in org_names(org).names) + " "
            if not all(" " + w in haystack for w in words):
                continue
        hits.append(OrgHit(org, memberships))
    hits.sort(key=lambda h: (fold(h.org.name), h.org.id))
    return hits


def hit(h: OrgHit, ds: Dataset) -> dict[str, Any]:
    """The record Index.search returns for the same hit of the dataset `ds`: an organisation that is no
    longer active carries its status {value, since} and successor {id, name}, read straight from the model."""
    o = h.org
    now = None
    if o.status is not None and o.status.value != "active":
        successor = (
            None if o.successor is None else {"id": o.successor.org, "name": ds.organisations[o.successor.org].name}
        )
        now = {"status": {"value": o.status.value, "since": o.status.since}, "successor": successor}
    record = hit_record(o.id, o.name, o.type, o.city, o.province, now)
    for c, m in h.memberships:
        add_cluster(record, c.id, c.status, m.basis, m.source)
    return record
