"""Find organisations by what a user typed: id, full name, former name or words of the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import compact, fold

if TYPE_CHECKING:
    from ..dataset.model import Dataset, Organisation


def find_orgs(ds: Dataset, ref: str) -> list[Organisation]:
    """Organisations that `ref` names: its id, or its name (or a former name) in full, else every
    organisation whose name contains all of ref's words; case and accents ignored."""
    wanted = fold(ref)
    if not wanted:
        return []
    if ref in ds.organisations:
        return [ds.organisations[ref]]
    names = {o.id: [fold(n) for n in (o.name, *o.former_names)] for o in ds.organisations.values()}
    exact = [ds.organisations[i] for i, ns in names.items() if wanted in ns or compact(ref) == i.replace("-", "")]
    if exact:
        return exact
    words = wanted.split()
    found = [ds.organisations[i] for i, ns in names.items() if any(all(w in n for w in words) for n in ns)]
    return sorted(found, key=lambda o: fold(o.name))


def suggest_orgs(ds: Dataset, ref: str, limit: int = 3) -> list[str]:
    """Up to `limit` names of organisations whose names (or former names) have words close to ref's,
    closest first (query.suggest.closest: rapidfuzz, rare words count more, the first
    suggest.MAX_COMPARED characters of ref compared); [] when none is close."""
    from .suggest import closest

    return closest([(o.name, (o.name, *o.former_names)) for o in ds.organisations.values()], ref, limit)
