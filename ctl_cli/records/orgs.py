"""Records of organisations: a search hit (which the index builds for the rows it returns) and the
full record of `ctl org`. Plain dicts with stable English keys; pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .clusters import prose, source_record
from .standing import ACTIVE, link_record

if TYPE_CHECKING:
    from ..dataset.model import Dataset, Organisation


class OrgNames(NamedTuple):
    """What an organisation is found by (query.orgs.find_orgs): its id, its name today, its aliases'
    and former names' texts and its retired ids, each in the dataset's order. Stored in the index as a
    JSON list in this order (cache/rows.py)."""

    id: str
    name: str
    aliases: list[str]
    former_names: list[str]
    retired_ids: list[str]

    @property
    def names(self) -> tuple[str, ...]:
        """Every name: the name, then the aliases, then the former names."""
        return (self.name, *self.aliases, *self.former_names)


def org_names(org: Organisation) -> OrgNames:
    """The names an organisation (a dataset.model.Organisation) is found by."""
    return OrgNames(
        org.id, org.name, [a.name for a in org.aliases], [f.name for f in org.former_names], list(org.retired_ids)
    )


def hit_record(
    oid: str, name: str, otype: str, city: str | None, province: str | None, now: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The record of one organisation found by search: {id, name, type, city, province, status {value, since}
    | None, successor {id, name} | None, clusters} (`clusters` filled by add_cluster; status and successor
    from `now`, records.standing.standing()'s record or None)."""
    return {"id": oid, "name": name, "type": otype, "city": city, "province": province, **(now or ACTIVE),
            "clusters": []}  # fmt: skip


def add_cluster(record: dict[str, Any], cluster_id: str, status: str, basis: str, source: str) -> None:
    """Append {id, status, basis, source} of one membership to a hit record's `clusters`."""
    record["clusters"].append({"id": cluster_id, "status": status, "basis": basis, "source": source})


# Identifiers that have a page of their own: field -> the address of its page.
ID_LINKS = {"ror": "https://ror.org/{}", "wikidata": "https://www.wikidata.org/wiki/{}"}
ID_FIELDS = ("ror", "wikidata", "vat", "codice_fiscale", "pic")
# A project's page on CORDIS, by its projectID.
PROJECT_URL = "https://cordis.europa.eu/project/id/{}"


def org_sources(ds: Dataset, org: Organisation) -> list[str]:
    """The source ids behind an organisation, no repeats: each membership's, then its type's, its city's, its
    aliases', its former names', its status', successor's and parent's, its identifiers', its EU projects'."""
    ids = [m.source for _, m in ds.memberships_of(org.id)]
    if org.type_source:
        ids.append(org.type_source)
    if org.city_source:
        ids.append(org.city_source)
    ids += [a.source for a in org.aliases]
    ids += [f.source for f in org.former_names if f.source]
    ids += [x.source for x in (org.status, org.successor, org.parent) if x is not None]
    ids += [i.source for key in ID_FIELDS if (i := getattr(org, key)) is not None]
    ids += [p.source for p in org.eu_projects]
    return list(dict.fromkeys(ids))


def eu_projects(org: Organisation) -> list[dict[str, Any]]:
    """[{id, acronym, programme (or None), url (the project's page on CORDIS), source}] of the EU projects
    the organisation takes part in, as the dataset lists them."""
    return [
        {"id": p.id, "acronym": p.acronym, "programme": p.programme, "url": PROJECT_URL.format(p.id),
         "source": p.source}
        for p in org.eu_projects
    ]  # fmt: skip


def place(org: Organisation) -> dict[str, str | None]:
    """{istat_code, nuts3}: the ISTAT municipality code and NUTS-3 region of the organisation's city in
    its province, derived from ISTAT's list of municipalities (dataset/comuni.py), never stored by hand;
    both None when the city or the province is unknown (a validated dataset has no other case)."""
    from ..dataset.comuni import find

    found = find(org.city, org.province) if org.city and org.province else None
    return {"istat_code": found.istat if found else None, "nuts3": found.nuts3 if found else None}


def _related(ds: Dataset, orgs: list[Organisation]) -> list[dict[str, Any]]:
    """[{id, name, type, clusters: [{id, status}]}] of organisations (its parts, its predecessors)."""
    return [
        {
            "id": o.id,
            "name": o.name,
            "type": o.type,
            "clusters": [{"id": c.id, "status": c.status} for c, _ in ds.memberships_of(o.id)],
        }
        for o in orgs
    ]


def identifiers(org: Organisation) -> dict[str, dict[str, Any] | None]:
    """Every identifier field -> {value, url (its page, or null), source}, or None when unknown."""
    out: dict[str, dict[str, Any] | None] = {}
    for key in ID_FIELDS:
        i = getattr(org, key)
        url = ID_LINKS[key].format(i.value) if i is not None and key in ID_LINKS else None
        out[key] = None if i is None else {"value": i.value, "url": url, "source": i.source}
    return out


def org_record(ds: Dataset, org: Organisation, found_as: dict[str, str] | None = None) -> dict[str, Any]:
    """The record of `ctl org`: {id, name, type, type_source, city, province, city_source, istat_code,
    nuts3 (from ISTAT's list: place()), aliases: [{name, source}],
    former_names: [{name, until, source}], status {value, since, source} | null, successor and parent
    {id, name, source} | null, retired_ids, identifiers {ror, wikidata, vat, codice_fiscale, pic: {value,
    url, source} | null}, eu_projects: [{id, acronym, programme, url, source}], found_as {kind: retired_id |
    former_name, value} | null (how the text typed
    found it), note, clusters: [{id, status, name {it,en}, basis, source, note}], parts and predecessors:
    [{id, name, type, clusters: [{id, status}]}] (the organisations whose parent, or successor, it is),
    sources: [source records]}. From the typed dataset (its organisations, memberships and sources):
    the stored record (org_entry) with its sources' records."""
    others = list(ds.organisations.values())
    parts = [o for o in others if o.parent is not None and o.parent.org == org.id]
    predecessors = [o for o in others if o.successor is not None and o.successor.org == org.id]
    entry = org_entry(ds, org, parts, predecessors, place(org))
    return with_sources(entry, {s: source_record(ds.sources[s]) for s in entry["sources"]}, found_as)


def org_entry(
    ds: Dataset, org: Organisation, parts: list[Organisation], predecessors: list[Organisation], where: dict
) -> dict[str, Any]:
    """The record of `ctl org` as the index keeps it (packed, its empty values left out): org_record's,
    with found_as None and `sources` the source ids (org_sources), whose records the index holds once
    (with_sources puts them in).
    parts, predecessors: the organisations whose parent, or successor, it is, in the dataset's order;
    where: its place() ({istat_code, nuts3})."""
    return {
        "id": org.id,
        "name": org.name,
        "type": org.type,
        "type_source": org.type_source,
        "city": org.city,
        "province": org.province,
        "city_source": org.city_source,
        **where,
        "aliases": [{"name": a.name, "source": a.source} for a in org.aliases],
        "former_names": [{"name": f.name, "until": f.until, "source": f.source} for f in org.former_names],
        "status": None
        if org.status is None
        else {"value": org.status.value, "since": org.status.since, "source": org.status.source},
        "successor": link_record(ds, org.successor),
        "parent": link_record(ds, org.parent),
        "retired_ids": list(org.retired_ids),
        "identifiers": identifiers(org),
        "eu_projects": eu_projects(org),
        "found_as": None,
        "note": prose(org.note),
        "clusters": [
            {
                "id": c.id,
                "status": c.status,
                "name": c.name.as_dict(),
                "basis": m.basis,
                "source": m.source,
                "note": prose(m.note),
            }
            for c, m in ds.memberships_of(org.id)
        ],
        "parts": _related(ds, parts),
        "predecessors": _related(ds, predecessors),
        "sources": org_sources(ds, org),
    }


def org_entries(ds: Dataset) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, org_entry) of every organisation of the dataset, in its order; its parts and predecessors
    found in one pass, each place looked up once (for the index: cache/rows.py)."""
    parts: dict[str, list[Organisation]] = {}
    predecessors: dict[str, list[Organisation]] = {}
    for o in ds.organisations.values():
        if o.parent is not None:
            parts.setdefault(o.parent.org, []).append(o)
        if o.successor is not None:
            predecessors.setdefault(o.successor.org, []).append(o)
    places: dict[tuple, dict] = {}  # (city, province) -> place()
    for org in ds.organisations.values():
        where = places.get((org.city, org.province))
        if where is None:
            where = places[org.city, org.province] = place(org)
        yield org.id, org_entry(ds, org, parts.get(org.id, []), predecessors.get(org.id, []), dict(where))


def with_sources(
    entry: dict[str, Any], sources: Mapping[str, dict[str, Any]], found_as: dict[str, str] | None = None
) -> dict[str, Any]:
    """The record of `ctl org` (org_record) from its stored form (org_entry, changed in place): its source
    ids replaced by their records (`sources`: source id -> records.clusters.source_record; KeyError for
    an id it lacks) and found_as set, the keys in the same order."""
    entry["found_as"] = found_as
    entry["sources"] = [sources[s] for s in entry["sources"]]
    return entry


# org_entry's keys in order, and those whose empty value is a list (the others' is None).
ENTRY_KEYS = (
    "id", "name", "type", "type_source", "city", "province", "city_source", "istat_code", "nuts3", "aliases",
    "former_names", "status", "successor", "parent", "retired_ids", "identifiers", "eu_projects", "found_as", "note",
    "clusters", "parts", "predecessors", "sources",
)  # fmt: skip
_LISTS = frozenset(
    {"aliases", "former_names", "retired_ids", "eu_projects", "clusters", "parts", "predecessors", "sources"}
)


def packed(entry: dict[str, Any]) -> dict[str, Any]:
    """An org_entry as the index stores it: without its empty values (None, [], unknown identifiers),
    which most organisations have (about half of a record); unpacked() gives the entry back."""
    out = {k: v for k, v in entry.items() if v is not None and v != [] and k != "identifiers"}
    known = {k: i for k, i in entry["identifiers"].items() if i is not None}
    if known:
        out["identifiers"] = known
    return out


def unpacked(stored: dict[str, Any]) -> dict[str, Any]:
    """The org_entry that packed() made `stored` from, its keys in org_entry's order. AttributeError or
    TypeError when `stored` is not such a record."""
    entry = {k: stored.get(k, [] if k in _LISTS else None) for k in ENTRY_KEYS}
    known = entry["identifiers"] or {}
    entry["identifiers"] = {k: known.get(k) for k in ID_FIELDS}
    return entry
