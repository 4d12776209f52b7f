"""The rules on organisations' history (issue 15): a successor or a parent is another organisation of
the dataset, following successors or parents never comes back to where it started, and a retired id
names one organisation only and no current one. Rules as rules.py has them: `rule(c) -> None`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .walk import Checker

LINKS = ("successor", "parent")


def _orgs(c: Checker) -> list[tuple[tuple, dict]]:
    """(path, checked mapping) of every organisation that has a valid id: made once for the rules
    here, which all ask (17,300 organisations at 100x)."""
    if "orgs" not in c.memo:
        c.memo["orgs"] = [(c.path(base, i), d) for base, i, _, d in c.each("organisation") if "id" in d]
    return c.memo["orgs"]


def _ids(c: Checker) -> set[str]:
    """The ids of the organisations of _orgs, made once."""
    if "ids" not in c.memo:
        c.memo["ids"] = {d["id"] for _, d in _orgs(c)}
    return c.memo["ids"]


def links_exist(c: Checker) -> None:
    """successor.org and parent.org name another organisation of the dataset."""
    # as rules.known_ids: a lost organisation record leaves its links unjudged
    known = None if "organisation" in c.lost else _ids(c)
    for path, d in _orgs(c):
        for key in LINKS:
            target = (d.get(key) or {}).get("org")
            if target is None:
                continue
            if target == d["id"]:
                c.err(path + (key, "org"), "link_to_itself", field=key, value=target)
            elif known is not None and target not in known:
                c.err(path + (key, "org"), "unknown_link", field=key, value=target)


def no_cycles(c: Checker) -> None:
    """Following successors (or parents) from any organisation ends: no organisation is its own
    successor's successor, or its own parent's parent, however long the chain. Reported once per
    cycle, at the organisation of the cycle that comes first in the file."""
    orgs = _orgs(c)
    where = {d["id"]: path for path, d in orgs}
    for key in LINKS:
        # a link to itself is links_exist's to report
        step = {d["id"]: d[key]["org"] for _, d in orgs if (d.get(key) or {}).get("org", d["id"]) != d["id"]}
        done: set[str] = set()
        for start in step:  # in the file's order; an organisation with no link starts no chain
            trail: list[str] = []
            node = start
            while node in step and node not in done and node not in trail:
                trail.append(node)
                node = step[node]
            if node in trail:  # came back: the cycle is trail[trail.index(node):]
                cycle = trail[trail.index(node) :]
                first = min(cycle, key=lambda oid: list(where).index(oid))
                c.err(where[first] + (key, "org"), "link_cycle", field=key, value=" → ".join([*cycle, node]))
            done.update(trail)


def retired_ids_free(c: Checker) -> None:
    """A retired id is a kebab-case id, is no current organisation's id, and only one organisation retired it."""
    from .schema import ID_RE

    orgs = _orgs(c)
    current = _ids(c)
    first: dict[str, str] = {}
    for path, d in orgs:
        for j, rid in enumerate(d.get("retired_ids") or ()):
            at = path + ("retired_ids", j)
            if not ID_RE.match(rid):
                c.err(at, "not_id", value=rid)
            elif rid in current:
                c.err(at, "retired_is_current", value=rid)
            elif first.setdefault(rid, d["id"]) != d["id"]:
                c.err(at, "retired_twice", value=rid, other=first[rid])


def city_in_province(c: Checker) -> None:
    """A city with a province is a municipality of that province in ISTAT's list (comuni.py), with a
    "did you mean" when a municipality of the province is spelt close to it. A province the list does
    not know (Sardinia's of 2026, newer than the list) is not judged."""
    from .comuni import closest_in, find_many, provinces

    known = provinces()
    placed = [(path, (d["city"], d["province"])) for path, d in _orgs(c) if d.get("city") and d.get("province")]
    found = find_many({place for _, place in placed if place[1].upper() in known})  # each place looked up once
    for path, (city, province) in placed:
        if found.get((city, province), True) is not None:  # a municipality, or a province the list lacks
            continue
        close = closest_in(city, province)
        if close:
            c.err(path + ("city",), "not_a_comune_close", value=city, province=province, close=close)
        else:
            c.err(path + ("city",), "not_a_comune", value=city, province=province)


def projects_once(c: Checker) -> None:
    """An organisation lists an EU project (its CORDIS id) once."""
    for path, d in _orgs(c):
        seen: dict[str, int] = {}
        for j, project in enumerate(d.get("eu_projects") or ()):
            pid = (project or {}).get("id")
            if pid is None:
                continue
            if pid in seen:
                first = c.line(path + ("eu_projects", seen[pid]))
                c.err(path + ("eu_projects", j, "id"), "project_twice", value=pid, line=first)
            else:
                seen[pid] = j
