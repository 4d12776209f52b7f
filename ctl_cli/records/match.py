"""What `ctl match` compares a description with: each cluster's own texts, with the weight of the
field they stand in, and its members' names. Built once per dataset; the index stores it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..dataset.model import Cluster, Dataset

# How much a word counts, by where it stands in a cluster's record.
MATCH_FIELDS = (
    ("theme", 3.0),
    ("name", 2.0),
    ("aliases", 2.0),
    ("focus", 2.0),
    ("keywords", 2.0),
    ("description", 1.0),
    ("working_groups", 1.0),
    ("services", 0.5),
)


def cluster_texts(c: Cluster) -> list[tuple[float, str]]:
    """(weight, text) for every text of a cluster that match compares with, by MATCH_FIELDS."""
    out: list[tuple[float, str]] = []
    for name, weight in MATCH_FIELDS:
        value = getattr(c, name)
        if name == "keywords":
            out += [(weight, w) for _, words in value for w in words]
        elif hasattr(value, "as_dict"):
            out += [(weight, t) for t in value.as_dict().values() if t]
        else:  # a list: of strings (aliases) or of prose in both languages (focus, working groups...)
            for item in value:
                texts = item.as_dict().values() if hasattr(item, "as_dict") else (item,)
                out += [(weight, t) for t in texts if t]
    return out


def match_entry(ds: Dataset, c: Cluster) -> dict[str, Any]:
    """{id, status, name {it,en}, theme {it,en}, texts: [[weight, text]], members: [[id, name, type]]}
    of one cluster, in the dataset's member order."""
    orgs = [ds.organisations[m.org] for m in c.members]
    return {
        "id": c.id,
        "status": c.status,
        "name": c.name.as_dict(),
        "theme": c.theme.as_dict(),
        "texts": [[w, t] for w, t in cluster_texts(c)],
        "members": [[o.id, o.name, o.type] for o in orgs],
    }
