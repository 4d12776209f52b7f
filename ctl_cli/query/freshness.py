"""How fresh the facts are: which facts are more than a number of years older than the dataset's as_of
date (stale), and which have no date at all (undated). `ctl show` marks them; `ctl sources --stale`
lists them for whoever maintains the data. Pure functions, no printing.

A fact's date is its own as_of where the dataset gives one (people, member counts and breakdowns,
memberships), else the newest date of the sources it cites; a fact with neither is undated. A date
given only to the year or month counts as its last day ("2023" is 2023-12-31), so that a fact is
called stale only when it surely is.
"""

from __future__ import annotations

from typing import Any

from ..records.sources import Use, latest_day, newest

YEARS = 3  # the default: facts more than three years older than the dataset's as_of date are stale


def cutoff(as_of: str, years: int) -> str:
    """The date `years` years before the date `as_of` (YYYY, YYYY-MM or YYYY-MM-DD), as YYYY-MM-DD:
    facts dated before it are stale. 29 February falls back to the 28th."""
    y, m, d = (as_of.split("-") + ["01", "01"])[:3]
    day = "28" if (m, d) == ("02", "29") else d
    return f"{int(y) - years:04d}-{m}-{day}"


def state(date: str | None, limit: str) -> str:
    """ "undated" (no date), "stale" (before the cutoff date `limit`) or "current"."""
    if not date:
        return "undated"
    return "stale" if latest_day(date) < limit else "current"


def mark(record: dict[str, Any], as_of: str, years: int = YEARS) -> dict[str, Any]:
    """`ctl show`'s detail record (records.clusters.cluster_detail) with freshness added: each person,
    the member count, the breakdown and each member get "freshness": {"date", "state"} (state:
    current, stale or undated, see state()), and the record gets "freshness": {"as_of", "years",
    "cutoff", "contacts": {"date", "state"}}. Dates: the fact's own as_of, else its source's (the
    record's "sources" give them). The record is changed in place and returned."""
    limit = cutoff(as_of, years)
    dates = {s["id"]: s["date"] for s in record["sources"]}

    def fresh(own: str | None, source_ids: list[str]) -> dict[str, Any]:
        date = own or newest([dates.get(s) for s in source_ids])
        return {"date": date, "state": state(date, limit)}

    for p in record["people"]:
        p["freshness"] = fresh(p["as_of"], [p["source"]])
    for key in ("member_count", "member_breakdown"):
        if record[key]:
            record[key]["freshness"] = fresh(record[key]["as_of"], [record[key]["source"]])
    for m in record["members"]:
        m["freshness"] = fresh(m["as_of"], [m["source"]])
    contacts = fresh(None, record["field_sources"].get("contacts", [])) if record["contacts"] else None
    record["freshness"] = {"as_of": as_of, "years": years, "cutoff": limit, "contacts": contacts}
    return record


def stale_facts(
    facts: list[tuple[Use, str | None, list[str]]],
    as_of: str,
    years: int = YEARS,
    cluster: str | None = None,
    hidden: tuple[str, ...] | list[str] = (),
) -> list[tuple[dict[str, Any], Use]]:
    """Of `facts` (records.sources.dated_facts, as the index stores them: Index.dated_facts), those whose
    date is more than `years` years before the dataset's date `as_of`, or that are undated; only those of
    the cluster id `cluster` if given; none of the cluster
    ids `hidden` (the pending ones without --all: query.scope.hidden). Undated ones first,
    then oldest first. Each as (record, its Use for wording): the record of `ctl sources --stale`,
    {cluster, fact (in English, stable), date, state (stale or undated), sources: [ids]}."""
    limit = cutoff(as_of, years)
    found = []
    for use, date, ids in facts:
        if (cluster is not None and use.cluster != cluster) or use.cluster in hidden:
            continue
        s = state(date, limit)
        if s != "current":
            record = {"cluster": use.cluster, "fact": use.fact, "date": date, "state": s, "sources": ids}
            found.append((record, use))
    return sorted(found, key=lambda ru: (ru[0]["date"] is not None, latest_day(ru[0]["date"] or "")))
