"""What an organisation is now, when it is no longer as it was: the mark search and a cluster's member
list carry beside its name (`ctl org` gives the whole story, with sources). Pure functions, no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..dataset.model import Dataset, Organisation

ACTIVE = {"status": None, "successor": None}  # what standing() gives, as fields, for an organisation as it was


def standing(ds: Dataset, org: Organisation) -> dict[str, Any] | None:
    """{status {value, since}, successor {id, name} | None} of an organisation that is no longer as it was
    (renamed, merged, in_liquidation, dissolved: the dataset's `status` and `successor`), or None for one
    that is active or has no status."""
    if org.status is None or org.status.value == "active":
        return None
    link = link_record(ds, org.successor)
    return {
        "status": {"value": org.status.value, "since": org.status.since},
        "successor": None if link is None else {"id": link["id"], "name": link["name"]},
    }


def link_record(ds: Dataset, link: Any) -> dict[str, Any] | None:
    """{id, name, source} of a successor or parent link (model.OrgLink), or None (`ctl org`'s record;
    standing() keeps its id and name)."""
    if link is None:
        return None
    return {"id": link.org, "name": ds.organisations[link.org].name, "source": link.source}
