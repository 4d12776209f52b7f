"""Resolve what a user typed into clusters, and check option values against the dataset."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..errors import NotFoundError, UsageError
from ..records.clusters import cluster_keys
from ..text import compact, fold

if TYPE_CHECKING:  # the model is only needed to type-check: `show` and `search` run without importing it
    from ..dataset.model import Cluster, Dataset


def resolve_cluster(ds: Dataset, ref: str) -> Cluster:
    """Find one cluster by id, alias, acronym, name or theme; any case, accents optional."""
    return ds.cluster(resolve_ref([(c.id, cluster_keys(c)) for c in ds.clusters], ref))


def resolve_ref(keyed: Sequence[tuple[str, Sequence[str]]], ref: str) -> str:
    """The id of the cluster that `ref` names, given each cluster's id and keys (cluster_keys)."""
    wanted = compact(ref)
    if wanted:
        for cid, keys in keyed:
            if any(compact(k) == wanted for k in keys):
                return cid
    raise NotFoundError("cluster", ref, suggest(keyed, ref))


def suggest(keyed: Sequence[tuple[str, Sequence[str]]], ref: str, limit: int = 3) -> list[str]:
    """Cluster ids whose names look like ref: close spellings first, then containment."""
    import difflib

    wanted = compact(ref)
    scored: dict[str, float] = {}
    for cid, keys in keyed:
        best = 0.0
        for key in keys:
            k = compact(key)
            if not k or not wanted:
                continue
            ratio = difflib.SequenceMatcher(None, wanted, k).ratio()
            if len(wanted) >= 3 and (wanted in k or k in wanted):
                ratio = max(ratio, 0.8)
            best = max(best, ratio)
        if best >= 0.6:
            scored[cid] = best
    return [cid for cid, _ in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))][:limit]


def check_choices(option: str, values: Iterable[str], valid: Sequence[str]) -> None:
    """Raises UsageError (exit 2, listing `valid`) for the first of `values` that is not valid."""
    for value in values:
        if value not in valid:
            raise UsageError(option, value, list(valid))


def search_terms(text: str | None, city: str | None, province: str | None) -> tuple[list[str], str | None, str | None]:
    """How search compares: folded words of TEXT, the folded city, the province's code (given by
    code or name: query.choices.province; UsageError if it is no Italian province)."""
    from .choices import province as province_code

    words = fold(text).split() if text else []
    return words, (fold(city) if city else None), (province_code(province) if province is not None else None)
