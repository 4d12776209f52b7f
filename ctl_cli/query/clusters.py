"""Resolve what a user typed into clusters, and check option values against the dataset."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..errors import AmbiguousError, NotFoundError, UsageError
from ..records.clusters import cluster_hints, cluster_keys
from ..text import compact, fold, search_words

if TYPE_CHECKING:  # the model is only needed to type-check: `show` and `search` run without importing it
    from ..dataset.model import Cluster, Dataset


def resolve_cluster(ds: Dataset, ref: str) -> Cluster:
    """Find one cluster by id, alias, acronym, name or theme; any case, accents optional."""
    keyed = [(c.id, cluster_keys(c)) for c in ds.clusters]
    return ds.cluster(resolve_ref(keyed, ref, lambda: {c.id: cluster_hints(c) for c in ds.clusters}))


TWO_NAMES = 200  # characters: two_clusters() reads no longer reference (the longest name has about 80)
MIN_PREFIX = 3  # a shorter beginning of a name does not resolve on its own (see resolve_ref)


def resolve_ref(
    keyed: Sequence[tuple[str, Sequence[str]]],
    ref: str,
    hints: Callable[[], Mapping[str, Sequence[str]]] | None = None,
) -> str:
    """The id of the cluster that `ref` names, given each cluster's id and keys (cluster_keys): a key
    written any way (case, accents, spaces and punctuation ignored), else the beginning (MIN_PREFIX
    characters or more) of a key or of one of its later words, when one cluster alone has it
    ('fabbrica' -> smart-factory, 'life science' -> life-sciences).

    Raises AmbiguousError (exit 1) with (id, a name that begins so) when several clusters have that
    beginning ('smart'); NotFoundError with suggest.clusters' suggestions when none has. `hints`, called
    only then, gives each cluster's keywords (records.clusters.cluster_hints) as weaker keys of those
    suggestions."""
    found = _named(keyed, ref)
    if found:
        return found
    from . import suggest

    raise NotFoundError("cluster", ref, suggest.clusters(keyed, ref, hints=hints() if hints else None))


def _named(keyed: Sequence[tuple[str, Sequence[str]]], ref: str) -> str | None:
    """resolve_ref without suggestions: the id `ref` names, or None; raises AmbiguousError as it does."""
    wanted = compact(ref)
    if wanted:
        for cid, keys in keyed:
            if any(compact(k) == wanted for k in keys):
                return cid
    if len(wanted) >= MIN_PREFIX:
        begun = {}  # cluster id -> the name shown for it: the first key that begins so, else its last
        for cid, keys in keyed:
            if _begins(cid, wanted) or any(_begins(k, wanted) for k in keys):
                begun[cid] = next((k for k in keys if _begins(k, wanted) and k != cid), keys[-1] if keys else cid)
        if len(begun) == 1:
            return next(iter(begun))
        if begun:
            raise AmbiguousError("cluster", ref, list(begun.items()))
    return None


def two_clusters(keyed: Sequence[tuple[str, Sequence[str]]], ref: str, failed: NotFoundError) -> NotFoundError:
    """What to raise when `ref` names no cluster (`failed`, from resolve_ref): when its words, split in
    two, name two different clusters ('energy mobility', 'fabbrica intelligente energia'), the same
    NotFoundError without suggestions and with the hint to compare them (ctl compare A B); else `failed`,
    as for a reference longer than two clusters' longest names (TWO_NAMES characters: a 100 kB argument is
    not split 20,000 ways)."""
    words = ref.split() if len(ref) <= TWO_NAMES else []
    for i in range(1, len(words)):
        try:
            a, b = (_named(keyed, " ".join(half)) for half in (words[:i], words[i:]))
        except AmbiguousError:
            continue
        if a and b and a != b:
            return NotFoundError(failed.kind, ref, [], hint=("msg.show.compare", {"a": a, "b": b}))
    return failed


def _begins(key: str, wanted: str) -> bool:
    """Whether `key`, or the rest of it from one of its words on, written as one word begins with `wanted`."""
    words = fold(key).split()
    return any("".join(words[i:]).startswith(wanted) for i in range(len(words)))


def check_choices(option: str, values: Iterable[str], valid: Sequence[str]) -> None:
    """Raises UsageError (exit 2, listing `valid`) for the first of `values` that is not valid."""
    for value in values:
        if value not in valid:
            raise UsageError(option, value, list(valid))


def search_terms(text: str | None, city: str | None, province: str | None) -> tuple[list[str], str | None, str | None]:
    """How search compares: the words of TEXT (folded, legal forms left out: text.search_words), the
    folded city, the province's code (given by code or name: query.choices.province; UsageError if
    it is no Italian province)."""
    from .choices import province as province_code

    words = search_words(text) if text else []
    return words, (fold(city) if city else None), (province_code(province) if province is not None else None)
