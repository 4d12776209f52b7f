"""Records of the Region's calls (issue 15): the plain dicts that `ctl show --format json` gives in
its "calls" list and that the index stores within a cluster's detail record. Pure functions of the
typed model: no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # kept light, as records/clusters.py
    from ..dataset.model import Call, Cluster, Dataset


def calls_for(ds: Dataset, cluster: Cluster) -> list[Call]:
    """The calls `cluster` may apply to (Call.open_to: every recognised cluster, never a pending one),
    in the dataset's order."""
    return [call for call in ds.calls if call.open_to(cluster)]


def call_sources(ds: Dataset, cluster: Cluster) -> list[str]:
    """The source ids of the calls open to `cluster`, in order, each call's publisher's page first."""
    return [sid for call in calls_for(ds, cluster) for sid in call.sources]


def call_record(call: Call) -> dict[str, Any]:
    """{id, title, publisher, code, published, opens, closes, budget_eur, eligible, note {it,en},
    sources}: one call. Dates are ISO strings (opens and closes YYYY-MM-DD, published possibly YYYY-MM),
    budget_eur a whole number of euros or null, sources a list of source ids (the first is the
    publisher's page of the call)."""
    return {
        "id": call.id,
        "title": call.title,
        "publisher": call.publisher,
        "code": call.code,
        "published": call.published,
        "opens": call.opens,
        "closes": call.closes,
        "budget_eur": call.budget_eur,
        "eligible": call.eligible,
        "note": call.note.as_dict(),
        "sources": list(call.sources),
    }
