"""The `ctl show` view: one cluster in full, as a rich page or as a markdown document."""

from __future__ import annotations

from typing import Any

from ..labels import label
from .common import localised, published_total, ref_marks, type_labels
from .formats import emit, md_cell


class ShowPage:
    """Builds the lines of one cluster page once; rich and markdown draw them."""

    def __init__(self, record: dict, type_labels: dict[str, str], lang: str):
        self.r = record
        self.lang = lang
        self.type_labels = type_labels
        self.numbers = {s["id"]: i for i, s in enumerate(record["sources"], 1)}

    def refs(self, field: str) -> str:
        return ref_marks(self.r["field_sources"].get(field, []), self.numbers)

    def ref(self, source_id: str | None) -> str:
        return ref_marks([source_id] if source_id else [], self.numbers)

    def title(self) -> str:
        r = self.r
        name = localised(r["name"], self.lang) or r["id"]
        return f"{name} ({r['acronym']})" if r["acronym"] else name

    def facts(self) -> list[tuple[str, str]]:
        """(label, value) pairs of the cluster's single-valued facts; unknown ones say so."""
        r, lang = self.r, self.lang
        unknown = label("unknown", lang)
        other = "en" if lang == "it" else "it"
        rows: list[tuple[str, str]] = [
            ("id", r["id"]),
            (label("status", lang), label(r["status"], lang)),
            (label("theme", lang), localised(r["theme"], lang) or unknown),
        ]
        if r["name"].get(other) and r["name"].get(other) != r["name"].get(lang):
            rows.append((f"{label('name', lang)} ({other})", r["name"][other]))
        if r["aliases"]:
            rows.append((label("aliases", lang), ", ".join(r["aliases"])))
        mb = r["managing_body"]
        rows.append((label("managing_body", lang), f"{mb['name'] or unknown} {self.refs('managing_body')}".strip()))
        if mb["legal_form"]:
            rows.append((label("legal_form", lang), mb["legal_form"]))
        founded = str(r["founded"]) if r["founded"] else unknown
        if r["founded_note"]:
            founded += f" ({r['founded_note']})"
        rows.append((label("founded", lang), f"{founded} {self.refs('founded')}".strip()))
        rows.append((label("website", lang), f"{r['website'] or unknown} {self.refs('website')}".strip()))
        contacts = r["contacts"]
        for key in ("email", "phone", "address"):
            if key in contacts:
                rows.append((label(key, lang), f"{contacts[key]} {self.refs('contacts')}".strip()))
        if not contacts:
            rows.append((label("email", lang), unknown))
        for p in r["people"]:
            as_of = f", {label('as_of', lang)} {p['as_of']}" if p["as_of"] else ""
            note = f" ({p['role_note']})" if p["role_note"] else ""
            rows.append((label(p["role"], lang), f"{p['name']}{note}{as_of} {self.ref(p['source'])}"))
        nc = r["national_cluster"]
        if nc:
            value = nc["name"] + (f" ({nc['acronym']})" if nc["acronym"] else "")
            if nc["website"]:
                value += f" {nc['website']}"
            if nc["note"]:
                value += f"; {nc['note']}"
            rows.append((label("national_cluster", lang), f"{value} {self.refs('national_cluster')}".strip()))
        else:
            rows.append((label("national_cluster", lang), unknown))
        s3 = localised(r["s3_link"], lang)
        if s3:
            rows.append((label("s3_link", lang), f"{s3} {self.refs('s3_link')}".strip()))
        rows.append((label("member_count", lang), self.count_line()))
        bd = r["member_breakdown"]
        if bd:
            parts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in bd["counts"].items())
            as_of = f" ({label('as_of', lang)} {bd['as_of']})" if bd["as_of"] else ""
            rows.append((label("member_breakdown", lang), f"{parts}{as_of} {self.ref(bd['source'])}"))
        return rows

    def count_line(self) -> str:
        r, lang = self.r, self.lang
        mc = r["member_count"]
        listed = r["members_listed"]
        if mc is None:
            return f"{label('unknown', lang)}; {listed} {label('listed', lang)}"
        as_of = f" ({label('as_of', lang)} {mc['as_of']})" if mc["as_of"] else ""
        if lang == "it":
            line = f"{listed} elencati qui, su {published_total(mc, lang)} pubblicati{as_of}"
        else:
            line = f"{listed} listed here, of {published_total(mc, lang)} published{as_of}"
        return f"{line} {self.ref(mc['source'])}"

    def lists(self) -> list[tuple[str, list[str]]]:
        out = []
        for key in ("focus", "working_groups", "services", "networks"):
            if self.r[key]:
                out.append((f"{label(key, self.lang)} {self.refs(key)}".strip(), self.r[key]))
        keywords = localised(self.r["keywords"], self.lang)
        if keywords:
            out.append((f"{label('keywords', self.lang)} {self.refs('keywords')}".strip(), [", ".join(keywords)]))
        return out

    def member_groups(self) -> list[tuple[str, list[str]]]:
        groups: dict[str, list[str]] = {}
        for m in self.r["members"]:
            where = ", ".join(x for x in (m["city"], m["province"]) if x)
            line = m["name"] + (f" ({where})" if where else "")
            line += f" — {label(m['basis'], self.lang)} {self.ref(m['source'])}"
            groups.setdefault(m["type"], []).append(line)
        return [(f"{self.type_labels.get(t, t)} ({len(lines)})", lines) for t, lines in groups.items()]

    def source_lines(self) -> list[str]:
        out = []
        for s in self.r["sources"]:
            date = s["date"] or "n.d."
            out.append(f"[{self.numbers[s['id']]}] {s['publisher']}, {date}: {s['url']}")
        return out


def blocks(page: ShowPage) -> Any:
    """The page's blocks for the table format (terminal.py draws them)."""

    def make() -> list:
        from .terminal import Bullets, Facts, Line, Panel

        r, lang = page.r, page.lang
        desc = localised(r["description"], lang) or ""
        out: list = [Panel(page.title(), f"{desc} {page.refs('description')}".strip()), Facts(page.facts())]
        for heading, items in page.lists():
            out += [Line(), Bullets(items, heading)]
        out += [Line(), Line(f"{label('members', lang)}: {page.count_line()}", "bold underline")]
        if r["members_note"]:
            out.append(Line(r["members_note"], "italic"))
        for heading, lines in page.member_groups():
            out.append(Bullets(lines, f" {heading}", "bold"))
        if r["notes"]:
            out += [Line(), Bullets(r["notes"], label("notes", lang))]
        out += [Line(), Line(label("sources", lang), "bold underline")]
        out += [Line(f"  {line}", "dim") for line in page.source_lines()]
        return out

    return make


def to_markdown(page: ShowPage) -> str:
    r, lang = page.r, page.lang
    out = [f"# {md_cell(page.title())}", ""]
    desc = localised(r["description"], lang)
    if desc:
        out += [md_cell(f"{desc} {page.refs('description')}".strip()), ""]
    out += [f"| {label('name', lang)} | |", "| --- | --- |"]
    out += [f"| {md_cell(k)} | {md_cell(v)} |" for k, v in page.facts()]
    out.append("")
    for heading, items in page.lists():
        out += [f"## {md_cell(heading)}", ""] + [f"- {md_cell(i)}" for i in items] + [""]
    out += [f"## {label('members', lang)}", "", md_cell(page.count_line()), ""]
    if r["members_note"]:
        out += [f"_{md_cell(r['members_note'])}_", ""]
    for heading, lines in page.member_groups():
        out += [f"### {md_cell(heading)}", ""] + [f"- {md_cell(x)}" for x in lines] + [""]
    if r["notes"]:
        out += [f"## {label('notes', lang)}", ""] + [f"- {md_cell(n)}" for n in r["notes"]] + [""]
    out += [f"## {label('sources', lang)}", ""] + [f"- {md_cell(x)}" for x in page.source_lines()]
    return "\n".join(out) + "\n"


CSV_HEADERS = ["cluster_id", "org_id", "name", "type", "city", "province", "basis", "source"]


def show(fmt: str, record: dict, member_types: list[dict], lang: str) -> None:
    """Print one cluster's detail record (records/clusters.cluster_detail) in format `fmt`: CSV has
    one row per member."""
    page = ShowPage(record, type_labels(member_types, lang), lang)
    rows = [
        [record["id"], m["id"], m["name"], m["type"], m["city"], m["province"], m["basis"], m["source"]]
        for m in record["members"]
    ]
    emit(fmt, record, (CSV_HEADERS, rows), blocks(page), markdown=lambda: to_markdown(page))
