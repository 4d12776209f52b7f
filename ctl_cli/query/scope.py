"""The pending cluster rule (DESIGN.md, "Rules that every command shares"): a cluster whose
recognition is pending is left out of lists, totals, statistics, search results and match rankings
unless --all is given; naming it explicitly (`--cluster cosmetics`) always works."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def hidden(clusters: Iterable[Mapping[str, Any]], named: Iterable[str] = (), everything: bool = False) -> list[str]:
    """The ids of the clusters to leave out: those of `clusters` (records with "id" and "status":
    summaries, match entries) that are not recognised, unless `everything` (--all) or `named`
    (cluster ids the user gave) has them."""
    if everything:
        return []
    keep = set(named)
    return [c["id"] for c in clusters if c["status"] != "recognised" and c["id"] not in keep]
