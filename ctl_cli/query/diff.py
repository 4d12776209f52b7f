"""What changed between two datasets (`ctl diff OLD NEW`): pure functions over two typed Datasets,
giving one JSON-ready record with stable English keys (the README's JSON section documents it).

Records are compared as the dataset files write them (Dataset.raw, the validated plain data), so a
field added to the schema is compared without a line here. Organisations are matched by id, and an
id that the new file lists among an organisation's `retired_ids` matches that organisation (it was
renamed or merged into it). Memberships are matched by (cluster, organisation), through the same ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..dataset.model import Dataset

# The sections of the record that list records by id, with the dataset key each comes from.
LISTS = ("clusters", "organisations", "member_types", "national_clusters", "calls", "sources")
# Cluster fields compared on their own (people, memberships) rather than as one value.
OWN_SECTIONS = ("members", "people")
# The organisation field compared item by item (projects added, removed) rather than as one value.
PROJECTS = "eu_projects"


def changes(old: dict[str, Any], new: dict[str, Any], skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """[{field, old, new}] for each key of either mapping whose value differs (a missing key is
    null), in the order of `old`'s keys then `new`'s new ones; keys in `skip` are left out."""
    keys = [k for k in dict.fromkeys([*old, *new]) if k not in skip]
    return [{"field": k, "old": old.get(k), "new": new.get(k)} for k in keys if old.get(k) != new.get(k)]


def _by_id(items: list[dict[str, Any]] | None) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items or ()}


def _renamed_ids(old: dict[str, dict], new: dict[str, dict]) -> dict[str, str]:
    """old id -> new id, for each old organisation id gone from `new` that a new organisation lists
    among its retired_ids."""
    retired = {rid: o["id"] for o in new.values() for rid in o.get("retired_ids") or ()}
    return {oid: retired[oid] for oid in old if oid not in new and oid in retired}


def _listed(
    old: dict[str, dict], new: dict[str, dict], brief, skip: tuple[str, ...] = (), renamed: dict[str, str] | None = None
) -> dict[str, list]:
    """{added, removed, changed} of two id -> record mappings: `brief(record)` says which one (a small
    record); changed: [{id, ...brief, fields: changes()}]; `renamed`: old id -> new id pairs
    compared as one record."""
    renamed = renamed or {}
    gone_to = set(renamed.values())
    pairs = [(i, i) for i in old if i in new] + list(renamed.items())
    changed = []
    for oid, nid in pairs:
        fields = changes(old[oid], new[nid], ("id", *skip))
        if fields:
            changed.append({**brief(new[nid]), "fields": fields})
    return {
        "added": [brief(r) for i, r in new.items() if i not in old and i not in gone_to],
        "removed": [brief(r) for i, r in old.items() if i not in new and i not in renamed],
        "changed": changed,
    }


def _org_brief(o: dict[str, Any]) -> dict[str, Any]:
    return {"id": o["id"], "name": o["name"], "type": o.get("type"), "city": o.get("city")}


def _cluster_brief(c: dict[str, Any]) -> dict[str, Any]:
    return {"id": c["id"], "name": c.get("name"), "status": c.get("status")}


def _source_brief(s: dict[str, Any]) -> dict[str, Any]:
    return {"id": s["id"], "url": s.get("url"), "title": s.get("title")}


def _call_brief(r: dict[str, Any]) -> dict[str, Any]:
    return {"id": r["id"], "title": r.get("title")}


def _plain_brief(r: dict[str, Any]) -> dict[str, Any]:
    return {"id": r["id"], "name": r.get("name") or r.get("label")}


def _org_changes(old: dict[str, dict], new: dict[str, dict], renamed: dict[str, str]) -> dict[str, list]:
    """The organisations section: added, removed, changed (fields, and the EU projects added and removed:
    eu_projects_added, eu_projects_removed, each a list of project records as the files write them; a
    project whose record changed is removed as it was and added as it is)."""
    out = _listed(old, new, _org_brief, ("name", PROJECTS), renamed)
    changed = {c["id"]: c for c in out["changed"]}
    pairs = [(i, i) for i in old if i in new] + list(renamed.items())
    for oid, nid in pairs:
        was, now = old[oid].get(PROJECTS) or [], new[nid].get(PROJECTS) or []
        extra = {
            "eu_projects_added": [p for p in now if p not in was],
            "eu_projects_removed": [p for p in was if p not in now],
        }
        if nid not in changed and (extra["eu_projects_added"] or extra["eu_projects_removed"]):
            changed[nid] = {**_org_brief(new[nid]), "fields": []}
        if nid in changed:
            changed[nid].update(extra)
    out["changed"] = [changed[nid] for nid in dict.fromkeys(nid for _, nid in pairs) if nid in changed]
    return out


def _people(c: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p["name"], p["role"]) for p in c.get("people") or ()]


def _cluster_changes(old: dict[str, dict], new: dict[str, dict]) -> dict[str, list]:
    """The clusters section: added, removed, changed (fields, people added and removed, and the
    number of members listed when it changed)."""
    out = _listed(old, new, _cluster_brief, OWN_SECTIONS)
    changed = {c["id"]: c for c in out["changed"]}
    for cid in (i for i in old if i in new):
        was, now = _people(old[cid]), _people(new[cid])
        listed = (len(old[cid].get("members") or ()), len(new[cid].get("members") or ()))
        extra = {
            "people_added": [{"name": n, "role": r} for n, r in now if (n, r) not in was],
            "people_removed": [{"name": n, "role": r} for n, r in was if (n, r) not in now],
            "members_listed": {"old": listed[0], "new": listed[1]} if listed[0] != listed[1] else None,
        }
        if cid not in changed and (extra["people_added"] or extra["people_removed"] or extra["members_listed"]):
            changed[cid] = {**_cluster_brief(new[cid]), "fields": []}
        if cid in changed:
            changed[cid].update(extra)
    out["changed"] = [changed[i] for i in new if i in changed]
    return out


def _memberships(
    old: dict[str, dict], new: dict[str, dict], orgs_old: dict, orgs_new: dict, renamed: dict[str, str]
) -> dict[str, list]:
    """The memberships section, cluster by cluster: added, removed, changed (basis, source, as_of,
    note), each as {cluster, org, name, basis, source[, fields]}; an organisation whose id was retired
    keeps its memberships under its new id."""

    def rows(clusters: dict[str, dict], mapping: dict[str, str]) -> dict[tuple[str, str], dict]:
        return {
            (cid, mapping.get(m["org"], m["org"])): m for cid, c in clusters.items() for m in c.get("members") or ()
        }

    was, now = rows(old, renamed), rows(new, {})

    def brief(key: tuple[str, str], m: dict, orgs: dict) -> dict[str, Any]:
        org = orgs.get(m["org"]) or {}
        return {"cluster": key[0], "org": key[1], "name": org.get("name"), "basis": m["basis"], "source": m["source"]}

    changed = []
    for key in (k for k in now if k in was):
        fields = changes(was[key], now[key], ("org",))
        if fields:
            changed.append({**brief(key, now[key], orgs_new), "fields": fields})
    return {
        "added": [brief(k, m, orgs_new) for k, m in now.items() if k not in was],
        "removed": [brief(k, m, orgs_old) for k, m in was.items() if k not in now],
        "changed": changed,
    }


def _side(ds: Dataset) -> dict[str, Any]:
    return {"path": ds.path, "title": ds.info.title, "version": ds.info.version, "as_of": ds.info.as_of}


def diff(old: Dataset, new: Dataset) -> dict[str, Any]:
    """The differences from `old` to `new` (validated typed datasets, read from their .raw):

    {old: {path, title, version, as_of}, new: {...}, same: bool,
     dataset: [{field, old, new}],
     clusters: {added: [{id, name {it,en}, status}], removed: [...], changed: [{id, name, status,
       fields: [{field, old, new}], people_added: [{name, role}], people_removed: [...],
       members_listed: {old, new} or null}]},
     organisations: {added: [{id, name, type, city}], removed: [...], renamed: [{old_id, id,
       old_name, name}], changed: [{id, name, type, city, fields, eu_projects_added: [{id, acronym,
       programme?, source}], eu_projects_removed: [...]}]},
     memberships: {added: [{cluster, org, name, basis, source}], removed: [...], changed: [{...,
       fields}]},
     member_types, national_clusters: {added: [{id, name}], removed, changed: [{id, name, fields}]},
     calls: {added: [{id, title}], removed, changed: [{id, title, fields}]},
     sources: {added: [{id, url, title}], removed, changed: [{id, url, title, fields}]}}

    Field values are as the files write them (strings, numbers, {it, en}, lists, records); null
    where a field is missing. Raises nothing on valid datasets."""
    a, b = old.raw, new.raw
    lists = {key: (_by_id(a.get(key)), _by_id(b.get(key))) for key in LISTS}
    orgs_old, orgs_new = lists["organisations"]
    renamed = _renamed_ids(orgs_old, orgs_new)
    organisations = _org_changes(orgs_old, orgs_new, renamed)
    organisations["renamed"] = [
        {"old_id": oid, "id": nid, "old_name": orgs_old[oid]["name"], "name": orgs_new[nid]["name"]}
        for oid, nid in [(i, i) for i in orgs_old if i in orgs_new] + list(renamed.items())
        if oid != nid or orgs_old[oid]["name"] != orgs_new[nid]["name"]
    ]
    record = {
        "old": _side(old),
        "new": _side(new),
        "dataset": changes(a.get("dataset") or {}, b.get("dataset") or {}),
        "clusters": _cluster_changes(*lists["clusters"]),
        "organisations": organisations,
        "memberships": _memberships(*lists["clusters"], orgs_old, orgs_new, renamed),
        "member_types": _listed(*lists["member_types"], _plain_brief),
        "national_clusters": _listed(*lists["national_clusters"], _plain_brief),
        "calls": _listed(*lists["calls"], _call_brief),
        "sources": _listed(*lists["sources"], _source_brief),
    }
    record["same"] = is_empty(record)
    return record


def is_empty(record: dict[str, Any]) -> bool:
    """True if a diff record (diff()) finds no difference at all."""
    if record["dataset"]:
        return False
    return not any(items for key in (*LISTS, "memberships") for items in record[key].values())


def counts(record: dict[str, Any]) -> dict[str, dict[str, int]]:
    """How many of each kind of change a diff record holds: {section: {kind: n}}, kinds with n > 0 only."""
    return {
        key: {kind: len(items) for kind, items in record[key].items() if items}
        for key in (*LISTS, "memberships")
        if any(record[key].values())
    }


def changed_fields(changed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The changed records of one section (a diff record's `changed` list) by field: [{field, ids}],
    fields in order of first appearance, ids in the records' order ("cluster / org" for a
    membership); a cluster's people added or removed count as the field `people`, an organisation's EU
    projects added or removed as `eu_projects`, a new number of
    members listed as `members_listed`."""
    by_field: dict[str, list[str]] = {}
    for c in changed:
        rid = c.get("id") or f"{c['cluster']} / {c['org']}"
        names = [f["field"] for f in c["fields"]]
        if c.get("people_added") or c.get("people_removed"):
            names.append("people")
        if c.get("members_listed"):
            names.append("members_listed")
        if c.get("eu_projects_added") or c.get("eu_projects_removed"):
            names.append(PROJECTS)
        for name in names:
            by_field.setdefault(name, []).append(rid)
    return [{"field": k, "ids": v} for k, v in by_field.items()]
