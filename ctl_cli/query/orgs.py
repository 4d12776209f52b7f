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
    """Up to `limit` organisation names close to ref (difflib ratio >= 0.6 on folded names), closest first."""
    import difflib

    names = {fold(o.name): o.name for o in ds.organisations.values()}
    return [names[n] for n in difflib.get_close_matches(fold(ref), list(names), n=limit, cutoff=0.6)]
