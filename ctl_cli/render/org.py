"""The page of `ctl org`: one organisation, its clusters with the basis of each membership, its sources."""

from __future__ import annotations

from collections.abc import Callable

from ..phrases import phrase
from .common import cluster_id, prose
from .formats import emit

CSV_HEADERS = ["org_id", "name", "type", "city", "province", "cluster_id", "basis", "source", "aliases", "former_names"]


def show(fmt: str, record: dict, type_labels: dict[str, str], lang: str) -> None:
    """Print an organisation record (records/orgs.org_record) in format `fmt`: CSV has one row per
    membership, the aliases and former names in the last two columns, separated by '; '."""
    r = record
    names = ["; ".join(a["name"] for a in r["aliases"]), "; ".join(r["former_names"])]
    rows = [[r["id"], r["name"], r["type"], r["city"], r["province"], c["id"], c["basis"], c["source"], *names]
            for c in r["clusters"]]  # fmt: skip
    emit(fmt, record, (CSV_HEADERS, rows), page(record, type_labels, lang))


def page(r: dict, type_labels: dict[str, str], lang: str) -> Callable[[], list]:
    from .terminal import Bullets, Facts, Line, Table

    def blocks() -> list:
        numbers = {s["id"]: i for i, s in enumerate(r["sources"], 1)}

        def field(key: str) -> str:
            return phrase(f"label.field.{key}", lang)

        unknown = phrase("label.unknown", lang)
        kind = type_labels.get(r["type"], r["type"])
        if r["type_source"]:
            kind += f" [{numbers[r['type_source']]}]"
        facts = [
            (field("name"), r["name"]),
            (field("id"), r["id"]),
            (field("type"), kind),
            (field("city"), r["city"] or unknown),
            (field("province"), r["province"] or unknown),
        ]
        if r["aliases"]:
            # a no-break space keeps each alias's last word with its source's number when the cell wraps
            names = [f"{a['name']}\u00a0[{numbers[a['source']]}]" for a in r["aliases"]]
            facts.append((field("aliases"), ", ".join(names)))
        if r["former_names"]:
            facts.append((field("former_names"), ", ".join(r["former_names"])))
        if r["note"]:
            facts.append((field("note"), prose(r["note"], lang)))
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
        out: list = [
            Facts(facts),
            Line(),
            Table(headers, rows, ["bold cyan", "", "dim", ""], ["id", "text", "id", "text"], prose=True),
            Line(),
        ]
        no_date = phrase("label.no_date", lang)
        sources = [f"[{numbers[s['id']]}] {s['publisher']}, {s['date'] or no_date}: {s['url']}" for s in r["sources"]]
        out.append(Bullets(sources, field("sources")))
        return out

    return blocks
