"""The rules a per-field table cannot say: run after the walk, on the records it checked.

Each rule is `rule(c) -> None`: it reads c.each(name), the (base path, list index, raw mapping,
checked mapping) of every record of that name the walker saw, and reports through c.err at
c.path(base, index) + (field,). RULES runs them in order. Most rules first test the whole dataset
at once and look for the record at fault only when that fails.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import fold, org_key
from .scalars import closest
from .schema import CITED_FIELDS

if TYPE_CHECKING:
    from .walk import Checker

# Types that say how big an organisation is: only a source may say so.
SIZED_TYPES = ("large_company", "sme", "startup")
# Cited fields a cluster may state without a source (its own name).
UNCITED = ("name", "aliases")
# An ATECO code as ISTAT writes it: a section letter, or a division with its group, class, category...
ATECO_CODE = re.compile(r"^(?:[A-V]|\d{2}(?:\.\d(?:\d(?:\.\d\d?)?)?)?)$")


def known_ids(c: Checker, name: str) -> set[str] | None:
    """The ids of the records `name`, to judge the references to them; None when they cannot be
    judged: a record of that name was lost (not a mapping, its list missing or not a list) or has
    no valid id. Its problem is reported where it is written; a reference that names it would
    only repeat that one mistake (one message each, far from it), so no reference to that kind is
    reported until it is fixed."""
    if name in c.lost:
        return None
    out = set()
    for _, _, _, d in c.each(name):
        rid = d.get("id")
        if rid is None:
            return None
        out.add(rid)
    return out


# Records whose id names something outside the dataset, which several records may share (a project
# two organisations take part in): unique per organisation only (org_rules.projects_once).
SHARED_IDS = frozenset({"eu_project"})


def unique_ids(c: Checker) -> None:
    """No two records of one kind (cluster, organisation, source...) have the same id."""
    for name, spec in c.specs.items():
        if "id" not in spec.declared or name in SHARED_IDS:
            continue
        every = [d["id"] for _, _, _, d in c.each(name) if "id" in d]
        if len(set(every)) == len(every):
            continue
        first: dict[str, tuple] = {}
        for base, i, _, d in c.each(name):
            rid = d.get("id")
            if rid is None:
                continue
            path = c.path(base, i)
            if first.setdefault(rid, path) is not path:
                line = c.line(first[rid])
                c.err(path + ("id",), "duplicate_id", kind=name, value=rid, line=line)


def sources_exist(c: Checker) -> None:
    """Every source id a field names (kinds source and sources) is one of the dataset's sources."""
    known = known_ids(c, "source")
    if known is None:
        return
    for name, spec in c.specs.items():
        for key, f in spec.declared.items():
            if f.kind == "source":
                named = [d[key] for _, _, _, d in c.each(name) if key in d]
            elif f.kind == "sources":
                named = [sid for _, _, _, d in c.each(name) for sid in d.get(key, ())]
            else:
                continue
            if known.issuperset(named):
                continue
            for base, i, _, d in c.each(name):
                if f.kind == "source":
                    sid = d.get(key)
                    if sid is not None and sid not in known:
                        c.err(c.path(base, i) + (key,), "unknown_source", value=sid)
                    continue
                for j, sid in enumerate(d.get(key, ())):
                    if sid not in known:
                        c.err(c.path(base, i) + (key, j), "unknown_source", value=sid)


def types_exist(c: Checker) -> None:
    """An organisation's type is a member type; a type that tells its size names its source."""
    known = known_ids(c, "member_type")
    for base, i, raw, d in c.each("organisation"):
        otype = d.get("type")
        if otype is None:
            continue
        if known is not None and otype not in known:
            where, types = c.path(base, i) + ("type",), ", ".join(sorted(known))
            close = closest(otype, known)
            if close:
                c.err(where, "unknown_type_close", value=otype, close=close, types=types)
            else:
                c.err(where, "unknown_type", value=otype, types=types)
        if otype in SIZED_TYPES and raw.get("type_source") is None:
            c.err(c.path(base, i) + ("type",), "needs_type_source", value=otype)


def national_clusters_exist(c: Checker) -> None:
    """A cluster's national_cluster is one of national_clusters."""
    known = known_ids(c, "national_cluster")
    if known is None:
        return
    for base, i, _, d in c.each("cluster"):
        nid = d.get("national_cluster")
        if nid is not None and nid not in known:
            c.err(c.path(base, i) + ("national_cluster",), "unknown_national", value=nid)


def members_exist_once(c: Checker) -> None:
    """A membership names one of organisations, and a cluster lists an organisation once."""
    known = known_ids(c, "organisation")
    for cbase, ci, _, cluster in c.each("cluster"):
        orgs = [m.get("org") for m in cluster.get("members", ())]
        if (known is None or known.issuperset(orgs)) and len(set(orgs)) == len(orgs):
            continue
        members = c.path(cbase, ci) + ("members",)
        seen: set[str] = set()
        for base, i, _, m in c.each("membership"):
            org = m.get("org")
            if base != members or org is None:
                continue
            if known is not None and org not in known:
                c.err(base + (i, "org"), "unknown_org", value=org)
            elif org in seen:
                c.err(base + (i, "org"), "org_twice", value=org)
            else:
                seen.add(org)


def no_organisation_twice(c: Checker) -> None:
    """The same organisation is not written twice under two spellings of its name (text.org_key)."""
    first: dict[str, tuple[str, tuple]] = {}
    ids_seen: set[str] = set()
    for base, i, _, d in c.each("organisation"):
        oid, name = d.get("id"), d.get("name")
        if oid is None or name is None or oid in ids_seen:  # a repeated id is unique_ids' to report
            continue
        ids_seen.add(oid)
        key = org_key(name)
        if key not in first:
            first[key] = (oid, base, i)
            continue
        other, obase, oi = first[key]
        line = c.line(c.path(obase, oi))
        code = "same_name_line" if line else "same_name"
        c.err(c.path(base, i) + ("name",), code, value=name, other=other, line=line)


def names_differ(c: Checker) -> None:
    """An alias or former name of an organisation is not its name again, nor another alias or former
    name, once case, accents and punctuation are ignored (text.fold): a warning, as it adds nothing."""
    for base, i, _, d in c.each("organisation"):
        aliases, former = d.get("aliases") or (), d.get("former_names") or ()
        if not (aliases or former) or "name" not in d:
            continue
        seen = {fold(d["name"]): None}
        where = c.path(base, i)
        others = [(where + ("aliases", j, "name"), a["name"]) for j, a in enumerate(aliases) if "name" in a]
        others += [(where + ("former_names", j), n["name"]) for j, n in enumerate(former)]
        for path, name in others:
            key = fold(name)
            if key not in seen:
                seen[key] = name
            elif seen[key] is None:
                c.warn(path, "same_as_name", value=name)
            else:
                c.warn(path, "same_as_other", value=name, other=seen[key])


def member_count_agrees(c: Checker) -> None:
    """A cluster's member list and its member_count agree, or members_note says why not."""
    for base, i, raw, d in c.each("cluster"):
        listed = len(d.get("members") or ())
        if listed == 0 or raw.get("members_note") is not None:
            continue
        count = d.get("member_count")
        if raw.get("member_count") is None:
            c.err(c.path(base, i) + ("members",), "no_member_count", listed=listed)
        elif count and "value" in count and "qualifier" in count:
            value, qualifier = count["value"], count["qualifier"]
            if qualifier != "exact" or value != listed:
                where = c.path(base, i) + ("member_count",)
                c.err(where, f"count_differs_{qualifier}", value=value, listed=listed)


def cited_fields_have_sources(c: Checker) -> None:
    """Every cited field a cluster fills (schema.CITED_FIELDS) names its sources in field_sources."""
    for base, i, raw, d in c.each("cluster"):
        written = raw.get("field_sources")
        if written is not None and not isinstance(written, dict):
            continue  # field_sources itself is wrong, and reported: every field would repeat it
        written = written or {}
        cited = d.get("field_sources") or {}
        for key in CITED_FIELDS:
            if written.get(key) is not None and key not in cited:
                continue  # its sources are written but wrong, and reported there
            value = raw.get(key)
            if value is not None and value != [] and value != {} and key not in UNCITED and not cited.get(key):
                c.err(c.path(base, i) + (key,), "no_source", field=key)


def founded_by_as_of(c: Checker) -> None:
    """No cluster was founded after the year of the dataset's as_of date (today's, when that date
    is not valid: it is reported where it is written)."""
    as_of = next((d.get("as_of") for _, _, _, d in c.each("dataset")), None)
    latest = int(as_of[:4]) if as_of else c.today.year
    for base, i, _, d in c.each("cluster"):
        founded = d.get("founded")
        if founded is not None and founded > latest:
            c.err(c.path(base, i) + ("founded",), "founded_after_as_of", value=founded, year=latest)


def ateco_rows_have_a_basis(c: Checker) -> None:
    """An ATECO row is a code of ATECO 2025 (the `ateco` package's tables) and names its source, or says
    basis: editorial with a reason in both languages."""
    rows = list(c.each("ateco_row"))
    if not rows:
        return
    import ateco

    for base, i, raw, d in rows:
        where = c.path(base, i)
        code = d.get("code")
        if code is not None and (not ATECO_CODE.match(code) or ateco.lookup(code, edition="2025") is None):
            c.err(where + ("code",), "unknown_ateco", value=code)
        reason = d.get("reason") or {}
        if d.get("basis") == "editorial":
            if not (reason.get("it") and reason.get("en")):
                c.err(where + ("basis",), "editorial_needs_reason")
        elif raw.get("source") is None:
            c.err(where + ("code",), "ateco_needs_source", value=code)


def prepare() -> None:
    """Load now what the rules and field checks look things up in: ISTAT's municipalities
    (comuni.table, provinces), ATECO 2025's codes (the `ateco` package's tables) and python-stdnum's
    check digits. validate.parse has it done while a large dataset's other half is being read
    (halves.load_value); each is loaded once per process, so nothing is done twice. Raises what
    loading raises (NotInstalled, OSError for a broken install)."""
    import importlib

    from .comuni import provinces, table

    provinces()
    table()
    for module in ("iva", "codicefiscale"):
        importlib.import_module(f"stdnum.it.{module}")
    import ateco

    ateco.lookup("01", edition="2025")


def at_least_one_cluster(c: Checker) -> None:
    """A dataset lists at least one cluster (said only when nothing else is wrong)."""
    if not c.problems and not c.records["cluster"]:  # (records: see Checker.each)
        c.err(("clusters",), "no_cluster")


from .call_rules import calls_in_order  # noqa: E402 - the regional calls (issue 15)
from .org_rules import city_in_province, links_exist, no_cycles, projects_once, retired_ids_free  # noqa: E402 - issue 15

RULES = (
    unique_ids,
    sources_exist,
    types_exist,
    national_clusters_exist,
    members_exist_once,
    no_organisation_twice,
    names_differ,
    links_exist,
    no_cycles,
    retired_ids_free,
    city_in_province,
    projects_once,
    member_count_agrees,
    cited_fields_have_sources,
    founded_by_as_of,
    ateco_rows_have_a_basis,
    calls_in_order,
    at_least_one_cluster,
)
