"""The page of `ctl org`: one organisation, what it is now (status, successor, parent), its
identifiers as links, its clusters with the basis of each membership, its institutes, its sources."""

from __future__ import annotations

from collections.abc import Callable

from ..phrases import phrase
from .common import cluster_id, prose
from .formats import emit

ID_FIELDS = ("ror", "wikidata", "vat", "codice_fiscale", "pic")
CSV_HEADERS = [
    "org_id", "name", "type", "city", "province", "istat_code", "nuts3", "cluster_id", "basis", "source", "aliases",
    "former_names", "status", "successor_id", "parent_id", *ID_FIELDS, "eu_projects",
]  # fmt: skip


def show(fmt: str, record: dict, type_labels: dict[str, str], lang: str) -> None:
    """Print an organisation record (records/orgs.org_record) in format `fmt`: CSV has one row per
    membership, then the aliases and former names (separated by '; '), status, successor and parent
    ids, the identifiers' values and the EU projects' ids (separated by '; ')."""
    r = record
    names = ["; ".join(a["name"] for a in r["aliases"]), "; ".join(f["name"] for f in r["former_names"])]
    now = [(r["status"] or {}).get("value"), (r["successor"] or {}).get("id"), (r["parent"] or {}).get("id")]
    ids = [(r["identifiers"][k] or {}).get("value") for k in ID_FIELDS] + ["; ".join(p["id"] for p in r["eu_projects"])]
    place = [r["city"], r["province"], r["istat_code"], r["nuts3"]]
    rows = [[r["id"], r["name"], r["type"], *place, c["id"], c["basis"], c["source"], *names, *now, *ids]
            for c in r["clusters"]]  # fmt: skip
    emit(fmt, record, (CSV_HEADERS, rows), page(record, type_labels, lang))


def _history(r: dict, field: Callable[[str], str], cite: Callable[[str | None], str], lang: str) -> list:
    """The facts rows of where the organisation stands: status, successor, parent, former names and ids."""
    facts = []
    if r["former_names"]:
        names = []
        for f in r["former_names"]:
            until = f" ({phrase('label.until', lang, date=f['until'])})" if f["until"] else ""
            names.append(f"{f['name']}{until}{cite(f['source'])}")
        facts.append((field("former_names"), ", ".join(names)))
    if r["status"]:
        s = r["status"]
        since = f", {phrase('label.since', lang, date=s['since'])}" if s["since"] else ""
        facts.append((field("status"), phrase(f"label.org_status.{s['value']}", lang) + since + cite(s["source"])))
    for key in ("successor", "parent"):
        if r[key]:
            facts.append((field(key), f"{r[key]['name']} ({r[key]['id']}){cite(r[key]['source'])}"))
    if r["retired_ids"]:
        facts.append((field("retired_ids"), ", ".join(r["retired_ids"])))
    for key in ID_FIELDS:
        i = r["identifiers"][key]
        if i:
            facts.append((field(key), (i["url"] or i["value"]) + cite(i["source"])))
    return facts


def page(r: dict, type_labels: dict[str, str], lang: str) -> Callable[[], list]:
    from .terminal import Bullets, Facts, Line, Table

    def blocks() -> list:
        numbers = {s["id"]: i for i, s in enumerate(r["sources"], 1)}

        def field(key: str) -> str:
            return phrase(f"label.field.{key}", lang)

        def cite(source: str | None) -> str:
            # a no-break space keeps a name's last word with its source's number when the cell wraps
            return f"\u00a0[{numbers[source]}]" if source else ""

        unknown = phrase("label.unknown", lang)
        kind = type_labels.get(r["type"], r["type"])
        if r["type_source"]:
            kind += f" [{numbers[r['type_source']]}]"
        facts = [
            (field("name"), r["name"]),
            (field("id"), r["id"]),
            (field("type"), kind),
            (field("city"), _city(r, cite, lang) or unknown),
            (field("province"), r["province"] or unknown),
        ]
        if r["aliases"]:
            facts.append((field("aliases"), ", ".join(f"{a['name']}{cite(a['source'])}" for a in r["aliases"])))
        facts += _history(r, field, cite, lang)
        if r["note"]:
            facts.append((field("note"), prose(r["note"], lang)))
        out: list = []
        if r["found_as"]:
            out += [Line(phrase(f"label.found_as.{r['found_as']['kind']}", lang, value=r["found_as"]["value"]), "dim")]
        rows = [
            [
                cluster_id(c["id"], c["status"], lang),
                phrase(f"label.basis.{c['basis']}", lang),
                f"[{numbers[c['source']]}]",
                prose(c["note"], lang) or "",
            ]
            for c in r["clusters"]
        ]
        headers = [phrase(f"label.col.{k}", lang) for k in ("clusters", "basis", "source", "note")]
        out += [Facts(facts), Line()]
        if rows:
            kinds = ["id", "text", "id", "text"]
            out += [Table(headers, rows, ["bold cyan", "", "dim", ""], kinds, prose=True), Line()]
        if r["eu_projects"]:
            out += _projects(r["eu_projects"], field, numbers, lang)
        for key in ("parts", "predecessors"):
            if r[key]:
                related = [
                    [o["id"], o["name"], ", ".join(cluster_id(c["id"], c["status"], lang) for c in o["clusters"])
                     or phrase("label.no_cluster", lang)]
                    for o in r[key]
                ]  # fmt: skip
                heads = [phrase(f"label.col.{k}", lang) for k in ("id", "name", "clusters")]
                table = Table(heads, related, ["bold cyan", "", ""], ["id", "text", "text"])
                out += [Line(field(key), "bold"), table, Line()]  # its own title: as records, rows have none
        no_date = phrase("label.no_date", lang)
        sources = [f"[{numbers[s['id']]}] {s['publisher']}, {s['date'] or no_date}: {s['url']}" for s in r["sources"]]
        out.append(Bullets(sources, field("sources")))
        return out

    return blocks


def _city(r: dict, cite: Callable[[str | None], str], lang: str) -> str:
    """The city with its source's number, ISTAT code and NUTS-3 region: 'Stezzano [3] · ISTAT 016207 ·
    NUTS-3 ITC46'; '' when the city is unknown."""
    if not r["city"]:
        return ""
    parts = [r["city"] + cite(r["city_source"])]
    if r["istat_code"]:
        parts.append(phrase("label.istat_code", lang, value=r["istat_code"]))
    if r["nuts3"]:
        parts.append(phrase("label.nuts3", lang, value=r["nuts3"]))
    return " · ".join(parts)


def _projects(projects: list[dict], field: Callable[[str], str], numbers: dict[str, int], lang: str) -> list:
    """The organisation's EU projects under their heading: a table of 'ACRONYM (id)', the programme when any
    is known, the project's page on CORDIS (never cut) and its source's number."""
    from .terminal import Line, Table

    extra = [field("programme")] if any(p["programme"] for p in projects) else []  # a column only when known
    heads = [phrase("label.col.project", lang), *extra, "CORDIS", phrase("label.col.source", lang)]
    rows = []
    for p in projects:
        programme = [p["programme"] or ""] if extra else []
        rows.append([f"{p['acronym']} ({p['id']})", *programme, p["url"], f"[{numbers[p['source']]}]"])
    kinds = ["text", *["id"] * len(extra), "url", "id"]
    table = Table(heads, rows, ["bold", *[""] * len(extra), "", "dim"], kinds)
    return [Line(field("eu_projects"), "bold underline"), table, Line()]
