"""What each source supports: the facts that cite it, in parts (so that a page can word them in the
reader's language). Computed once per dataset, stored by the index, read by `ctl sources`."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..dataset.model import Dataset


class Use(NamedTuple):  # a tuple, not a dataclass: made 1,090 times a `ctl sources`, and no dataclasses import
    """One fact a source supports, in parts, so that a page can word it in the reader's language.

    cluster: the cluster's id, None for a dataset-wide fact. kind: "field" (name: the field, e.g.
    "member_count"), "person" (name: the person, role: the role id), "member" and "type_of" (name:
    the organisation), "national_cluster" (name: its acronym or name), "alias_of" (cluster None, name:
    the organisation whose alias the source writes), "city_of" and "identifier_of" (cluster None, name:
    the organisation; role, for identifier_of: the identifier's field, e.g. "vat"), "org_fact"
    (cluster None, name: the organisation, role: the field the source supports: former_names,
    status, successor, parent or eu_projects), "call" (name: the title of a regional call open to the cluster).
    """

    cluster: str | None
    kind: str
    name: str
    role: str | None = None

    @property
    def fact(self) -> str:
        """The fact in English, as the JSON record's "fact" has it (a stable field)."""
        if self.kind == "field":
            return self.name
        return _FACTS[self.kind].format(name=self.name, role=self.role)


_FACTS = {  # Use.fact of each kind: only its own string is made (1,090 a `ctl sources`)
    "person": "{role}: {name}",
    "member": "member: {name}",
    "type_of": "type of {name}",
    "national_cluster": "national cluster: {name}",
    "alias_of": "alias of {name}",
    "city_of": "city of {name}",
    "identifier_of": "{role} of {name}",
    "org_fact": "{role} of {name}",
    "call": "call: {name}",
}


def source_uses(ds: Dataset) -> dict[str, list[Use]]:
    """Every source id -> the facts it supports, in the order the dataset cites them."""
    from ..dataset.schema import IDENTIFIERS  # only here: a warm `ctl sources` reads Use without the schema

    uses: dict[str, list[Use]] = {sid: [] for sid in ds.sources}
    seen: set[tuple[str, Use]] = set()  # a set, not `in` on the lists: one source may support 20,000 facts

    def add(sid: str | None, use: Use) -> None:
        if sid in uses and (sid, use) not in seen:
            seen.add((sid, use))
            uses[sid].append(use)

    for c in ds.clusters:
        for name, ids in c.field_sources:
            for sid in ids:
                add(sid, Use(c.id, "field", name))
        for p in c.people:
            add(p.source, Use(c.id, "person", p.name, p.role))
        if c.member_count:
            add(c.member_count.source, Use(c.id, "field", "member_count"))
        if c.member_breakdown:
            add(c.member_breakdown.source, Use(c.id, "field", "member_breakdown"))
        for m in c.members:
            org = ds.organisations[m.org]
            add(m.source, Use(c.id, "member", org.name))
            add(org.type_source, Use(c.id, "type_of", org.name))
        for row in c.ateco:
            add(row.source, Use(c.id, "field", "ateco"))
        for call in ds.calls:
            if call.open_to(c):
                for sid in call.sources:
                    add(sid, Use(c.id, "call", call.title))
    for org in ds.organisations.values():
        for a in org.aliases:
            add(a.source, Use(None, "alias_of", org.name))
        add(org.city_source, Use(None, "city_of", org.name))
        for key in IDENTIFIERS:
            if (i := getattr(org, key)) is not None:
                add(i.source, Use(None, "identifier_of", org.name, key))
        for f in org.former_names:
            add(f.source, Use(None, "org_fact", org.name, "former_names"))
        for key in ("status", "successor", "parent"):
            if (fact := getattr(org, key)) is not None:
                add(fact.source, Use(None, "org_fact", org.name, key))
        for project in org.eu_projects:
            add(project.source, Use(None, "org_fact", org.name, "eu_projects"))
    for n in ds.national_clusters:
        for sid in n.sources:
            add(sid, Use(None, "national_cluster", n.acronym or n.name))
    if ds.info.total_members:
        add(ds.info.total_members.source, Use(None, "field", "total_members"))
    return uses


def latest_day(date: str) -> str:
    """A date to the day, taking a year or month as its last day ("2023" -> "2023-12-31")."""
    parts = date.split("-")
    return "-".join(parts + ["12", "31"][len(parts) - 1 :]) if len(parts) < 3 else date


def newest(dates: list[str | None]) -> str | None:
    """The newest of the dates given (YYYY, YYYY-MM or YYYY-MM-DD), None if none is."""
    known = [d for d in dates if d]
    return max(known, key=latest_day) if known else None


def dated_facts(ds: Dataset) -> list[tuple[Use, str | None, list[str]]]:
    """Every fact of every cluster, and the dataset's published total, with its date and the source
    ids it cites: (Use, date or None, source ids), in the dataset's order (`ctl sources --stale` picks
    the stale ones: query.freshness.stale_facts). A cited field (website,
    contacts...), a person, the member count and breakdown, each membership, the ATECO rows."""
    src = ds.sources
    out: list[tuple[Use, str | None, list[str]]] = []

    def add(use: Use, own: str | None, ids: list[str]) -> None:
        out.append((use, own or newest([src[s].date for s in ids if s in src]), ids))

    for c in ds.clusters:
        for name, ids in c.field_sources:
            add(Use(c.id, "field", name), None, list(ids))
        for p in c.people:
            add(Use(c.id, "person", p.name, p.role), p.as_of, [p.source])
        for key in ("member_count", "member_breakdown"):
            fact = getattr(c, key)
            if fact:
                add(Use(c.id, "field", key), fact.as_of, [fact.source])
        for m in c.members:
            add(Use(c.id, "member", ds.organisations[m.org].name), m.as_of, [m.source])
        ateco = [row.source for row in c.ateco if row.source]
        if ateco:
            add(Use(c.id, "field", "ateco"), None, list(dict.fromkeys(ateco)))
    if ds.info.total_members:
        add(Use(None, "field", "total_members"), ds.info.total_members.as_of, [ds.info.total_members.source])
    return out
