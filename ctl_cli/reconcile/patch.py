"""A Result as a reviewer reads it: a YAML fragment of the dataset (the organisations' new fields and the
new sources, each organisation under a comment that says how it was matched and where the evidence is;
the conflicts as comments at the end), or JSON for scripts. And changes(): what --write applies.
"""

from __future__ import annotations

from ..dataset.schema import IDENTIFIERS
from ..phrases import phrase
from .propose import PROJECTS, Proposal, Result

# What --write applies without being asked: matches by an identifier, or by name and municipality.
ALWAYS = ("identifier", "name_city")


def changes(result: Result, accept: tuple[str, ...] = ALWAYS) -> tuple[dict[str, dict], list[dict]]:
    """(org id -> {field: value in the dataset's shape}, the source records they cite) for the proposals
    matched in one of the ways `accept`. An identifier is {value, source}; a city brings its city_source;
    eu_projects is the list of the projects to add, each {id, acronym, programme?, source}."""
    out: dict[str, dict] = {}
    cited: list[str] = []
    for p in result.proposals:
        if p.how not in accept:
            continue
        fields = out.setdefault(p.org, {})
        if p.field == PROJECTS:  # one item of the list, with its evidence
            fields.setdefault(PROJECTS, []).append({**p.value, "source": p.source})
        elif p.field in IDENTIFIERS:
            fields[p.field] = {"value": p.value, "source": p.source}
        else:
            fields[p.field] = p.value
            if p.field in ("city", "type"):  # their evidence: city_source, type_source
                fields[f"{p.field}_source"] = p.source
        if p.source not in cited:
            cited.append(p.source)
    return out, [result.sources[s] for s in cited]


def written(result: Result, accept: tuple[str, ...] = ALWAYS) -> int:
    """How many changes --write applies for `accept`: the proposals matched in one of those ways (a city
    and its city_source are one change)."""
    return sum(1 for p in result.proposals if p.how in accept)


def _record(result: Result) -> str:
    """'.record' when the file's rows are JSON records (the comments say 'record N', as the locator does)."""
    return ".record" if result.fmt == "ror_json" else ""


def _how(p: Proposal, lang: str, unit: str = "") -> str:
    how = phrase(f"msg.reconcile.how.{p.how}", lang, field=p.detail)
    return phrase(f"msg.reconcile.comment.org{unit}", lang, org=p.org, how=how, row=p.row)


def fragment(result: Result, lang: str) -> str:
    """The YAML fragment of every proposal (name-only matches too, marked), with comments in `lang`; ''
    when there is nothing to propose and no conflict."""
    import yaml

    if not result.proposals and not result.conflicts:
        return ""
    kind = phrase(f"msg.reconcile.format.{result.fmt}", lang)
    lines = [f"# {phrase('msg.reconcile.comment.head', lang, file=result.file, format=kind)}"]
    orgs, sources = changes(result, ("identifier", "name_city", "name"))
    if orgs:
        lines.append("organisations:")
        first = {}
        for p in result.proposals:
            first.setdefault(p.org, p)
        for org, fields in orgs.items():
            lines.append(f"# {_how(first[org], lang, _record(result))}")
            if first[org].how == "name":
                lines.append(f"# {phrase('msg.reconcile.comment.name_only', lang)}")
            lines.append(_dump(yaml, [{"id": org, **fields}]))
        lines.append("sources:")
        lines.append(_dump(yaml, sources))
    if result.conflicts:
        lines.append(f"# {phrase('msg.reconcile.comment.conflicts', lang)}")
        key = f"msg.reconcile.comment.conflict{_record(result)}"
        for c in result.conflicts:
            text = phrase(key, lang, org=c.org, field=c.field, dataset=c.dataset, file=c.file, row=c.row)
            lines.append(f"#   {text}")
    return "\n".join(lines) + "\n"


def _dump(yaml, value) -> str:
    return yaml.safe_dump(value, sort_keys=False, allow_unicode=True, default_flow_style=False, width=120).rstrip("\n")


def as_json(result: Result) -> dict:
    """The Result for --format json: file, format, rows, matched {how: rows}, ambiguous, proposals
    [{org, field, value, how, detail, row, source}], conflicts [{org, field, dataset, file, how, row}],
    sources [the new source records]."""
    return {
        "file": result.file,
        "format": result.fmt,
        "rows": result.rows,
        "matched": result.matched,
        "ambiguous": result.ambiguous,
        "proposals": [vars(p) for p in result.proposals],
        "conflicts": [vars(c) for c in result.conflicts],
        "sources": list(result.sources.values()),
    }
