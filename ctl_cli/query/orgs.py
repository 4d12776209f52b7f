"""Find organisations by what a user typed: id, full name, alias, former name or words of the names.
The organisations are given as records.orgs.OrgNames by id (the index's Index.org_names, or
records.orgs.org_names of each organisation of a typed dataset), in the dataset's order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..text import MINOR_WORDS, compact, fold, search_words, word_starts

if TYPE_CHECKING:
    from ..records.orgs import OrgNames


def find_orgs(every: Mapping[str, OrgNames], ref: str) -> list[OrgNames]:
    """The organisations `ref` names (case, accents and punctuation ignored), best first: one when it
    names one, several when it is ambiguous, [] when nothing matches. From `every` (id -> OrgNames).

    The first rule that finds something decides: 1. its id (with or without the dashes), or an id it
    had before (retired_ids); 2. its name
    in full; 3. an alias or a former name in full (also when written without its spaces and
    punctuation); 4. every organisation whose names together have a word beginning with each of ref's words
    (text.search_words: articles, prepositions and legal forms are not words). Of those,
    the one whose name (or an alias, or a former name) the words cover best wins: covered means each
    of its words, but articles, prepositions and legal forms (MINOR_WORDS), starts with a word of
    ref that is not one of those either. Only one organisation covered wholly is a clear winner;
    otherwise every match is returned, the best covered first, then by name."""
    wanted = fold(ref)
    if not wanted:
        return []
    if ref in every:
        return [every[ref]]
    short = compact(ref)
    orgs = list(every.values())
    exact = [o for o in orgs if wanted == fold(o.name) or short == o.id.replace("-", "")]
    if exact:
        return exact
    retired = [o for o in orgs if any(short == r.replace("-", "") for r in o.retired_ids)]
    if retired:
        return retired
    names = {o.id: [fold(n) for n in o.names] for o in orgs}
    other = [o for o in orgs if any(wanted == n or short == n.replace(" ", "") for n in names[o.id][1:])]
    if other:
        return sorted(other, key=lambda o: fold(o.name))
    words = search_words(ref)  # as `ctl search` reads text: legal forms are not words of a name
    if not words:  # 'S.p.A.' alone names no organisation (but the id 'a-l-a' did, above)
        return []
    # as `ctl search` matches: each word begins a word of one of its names
    haystacks = {oid: word_starts(" ".join(ns)) for oid, ns in names.items()}
    found = [o for o in orgs if all(f" {w}" in haystacks[o.id] for w in words)]
    if len(found) < 2:
        return found
    telling = [w for w in words if w not in MINOR_WORDS]  # 'di' alone names no organisation
    share = {o.id: max(_covered(n, telling) for n in names[o.id]) for o in found}
    whole = [o for o in found if share[o.id] == 1]
    if len(whole) == 1:
        return whole
    return sorted(found, key=lambda o: (-share[o.id], fold(o.name), o.id))


def found_as(org: OrgNames, ref: str) -> dict[str, str] | None:
    """How `ref` found `org` when it is not its id or name today: {kind: retired_id, value} for an id
    it had before, {kind: former_name, value} for a name it had before; None otherwise."""
    short, wanted = compact(ref), fold(ref)
    if ref == org.id or short == org.id.replace("-", "") or wanted == fold(org.name):
        return None
    if ref.strip().lower() in org.retired_ids:
        return {"kind": "retired_id", "value": ref.strip().lower()}
    for f in org.former_names:
        if wanted == fold(f):
            return {"kind": "former_name", "value": f}
    for rid in org.retired_ids:
        if short == rid.replace("-", ""):
            return {"kind": "retired_id", "value": rid}
    for f in org.former_names:
        if short == compact(f):
            return {"kind": "former_name", "value": f}
    return None


def _covered(name: str, words: list[str]) -> float:
    """The share of a folded name's words, but MINOR_WORDS, that start with one of `words`."""
    own = [w for w in name.split() if w not in MINOR_WORDS] or name.split()
    return sum(1 for w in own if any(w.startswith(q) for q in words)) / len(own) if own else 0.0


def suggest_orgs(every: Mapping[str, OrgNames], ref: str, limit: int = 3) -> list[str]:
    """Up to `limit` names of organisations whose names (or aliases, or former names) have words close
    to ref's, closest first (query.suggest.closest: rapidfuzz, rare words count more, the first
    suggest.MAX_COMPARED characters of ref compared); [] when none is close."""
    from .suggest import closest

    names = [(o.name, o.names) for o in every.values()]
    return closest(names, ref, limit)
