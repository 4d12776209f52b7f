"""The `ctl show` view: one cluster in full, as a rich page or as a markdown document."""

from __future__ import annotations

from typing import Any

from ..phrases import phrase, phrase_n
from .common import (
    breakdown_text,
    grouped,
    localised,
    other_lang,
    prose,
    published_total,
    ref_marks,
    standing,
    type_labels,
)
from .formats import emit
from .markdown import md_cell


def current(freshness: dict | None) -> bool:
    """Whether a fact is not marked stale or undated (query/freshness.mark; no mark: current)."""
    return (freshness or {}).get("state", "current") == "current"


class ShowPage:
    """Builds the lines of one cluster page once; rich and markdown draw them."""

    def __init__(self, record: dict, type_labels: dict[str, str], lang: str):
        self.r = record
        self.lang = lang
        self.type_labels = type_labels
        self.numbers = {s["id"]: i for i, s in enumerate(record["sources"], 1)}

    def say(self, key: str, **values) -> str:
        """The catalogue's phrase `key` in the page's language."""
        return phrase(key, self.lang, **values)

    def field(self, name: str) -> str:
        """The label of a field (label.field.NAME)."""
        return phrase(f"label.field.{name}", self.lang)

    def refs(self, field: str) -> str:
        return ref_marks(self.r["field_sources"].get(field, []), self.numbers)

    def ref(self, source_id: str | None) -> str:
        return ref_marks([source_id] if source_id else [], self.numbers)

    def dated(self, text: str, freshness: dict | None) -> str:
        """`text` with its freshness mark (query/freshness.mark): ", as of 2019" when stale, ", undated"
        when no date is known, nothing when current or not known."""
        state = (freshness or {}).get("state")
        if state == "stale":
            return self.say("msg.fresh.stale", value=text, year=freshness["date"][:4])
        return self.say("msg.fresh.undated", value=text) if state == "undated" else text

    def standing(self, member: dict) -> str | None:
        """What a member is now when it is not as it was (render.common.standing): 'merged since 2016-01,
        now Leonardo'; None otherwise."""
        return standing(member, self.lang)

    def legend(self) -> str | None:
        """What the freshness marks mean, for this dataset's date; None if the record has none."""
        f = self.r.get("freshness")
        return self.say("msg.fresh.legend", years=f["years"], as_of=f["as_of"]) if f else None

    def title(self) -> str:
        r = self.r
        name = localised(r["name"], self.lang) or r["id"]
        return f"{name} ({r['acronym']})" if r["acronym"] else name

    def facts(self) -> list[tuple[str, str]]:
        """(label, value) pairs of the cluster's single-valued facts; unknown ones say so."""
        r, lang, field = self.r, self.lang, self.field
        unknown = self.say("label.unknown")
        other = other_lang(lang)
        rows: list[tuple[str, str]] = [
            (field("id"), r["id"]),
            (field("status"), self.say(f"label.status.{r['status']}")),
            (field("theme"), localised(r["theme"], lang) or unknown),
        ]
        if r["name"].get(other) and r["name"].get(other) != r["name"].get(lang):
            rows.append((self.say("label.field.name_other", other_lang=other), r["name"][other]))
        if r["aliases"]:
            rows.append((field("aliases"), ", ".join(r["aliases"])))
        mb = r["managing_body"]
        rows.append((field("managing_body"), f"{mb['name'] or unknown} {self.refs('managing_body')}".strip()))
        if mb["legal_form"]:
            rows.append((field("legal_form"), prose(mb["legal_form"], lang)))
        founded = str(r["founded"]) if r["founded"] else unknown
        if r["founded_note"]:
            founded += f" ({prose(r['founded_note'], lang)})"
        rows.append((field("founded"), f"{founded} {self.refs('founded')}".strip()))
        rows.append((field("website"), f"{r['website'] or unknown} {self.refs('website')}".strip()))
        contacts = r["contacts"]
        for key in ("email", "phone", "address"):
            if key in contacts:
                value = prose(contacts[key], lang) if key == "address" else contacts[key]
                value = self.dated(value, (r.get("freshness") or {}).get("contacts"))
                rows.append((field(key), f"{value} {self.refs('contacts')}".strip()))
        if not contacts:
            rows.append((field("email"), unknown))
        for p in r["people"]:
            name, fresh = p["name"], p.get("freshness")
            if p["as_of"] and current(fresh):
                name = self.say("msg.show.person.as_of", name=name, date=p["as_of"])
            else:
                name = self.dated(name, fresh)
            name = f"{name} {self.ref(p['source'])}"
            if p["role_note"]:  # a sentence of its own after the name, its date and its source
                name = f"{name} — {prose(p['role_note'], lang)}"
            rows.append((self.say(f"label.role.{p['role']}"), name))
        nc = r["national_cluster"]
        if nc:
            value = nc["name"] + (f" ({nc['acronym']})" if nc["acronym"] else "")
            if nc["website"]:
                value += f" {nc['website']}"
            if nc["note"]:
                value += f"; {prose(nc['note'], lang)}"
            rows.append((field("national_cluster"), f"{value} {self.refs('national_cluster')}".strip()))
        else:
            rows.append((field("national_cluster"), unknown))
        s3 = localised(r["s3_link"], lang)
        if s3:
            rows.append((field("s3_link"), f"{s3} {self.refs('s3_link')}".strip()))
        rows.append((field("member_count"), self.count_line()))
        bd = r["member_breakdown"]
        if bd:
            parts = breakdown_text(bd["counts"], lang)
            if bd["as_of"] and current(bd.get("freshness")):
                parts = self.say("msg.value.as_of", value=parts, date=bd["as_of"])
            else:
                parts = self.dated(parts, bd.get("freshness"))
            rows.append((field("member_breakdown"), f"{parts} {self.ref(bd['source'])}"))
        return rows

    def count_line(self) -> str:
        r, lang = self.r, self.lang
        mc = r["member_count"]
        listed = r["members_listed"]
        if mc is None:
            return phrase_n("msg.count.line.no_total", listed, lang, total=published_total(None, lang))
        total = published_total(mc, lang)
        fresh = mc.get("freshness")
        if mc["as_of"] and current(fresh):
            line = phrase_n("msg.count.line.as_of", listed, lang, total=total, date=mc["as_of"])
        else:
            line = self.dated(phrase_n("msg.count.line", listed, lang, total=total), fresh)
        return f"{line} {self.ref(mc['source'])}"

    def lists(self) -> list[tuple[str, list[str]]]:
        out = []
        for key in ("focus", "working_groups", "services", "networks"):
            if self.r[key]:
                items = [prose(t, self.lang) for t in self.r[key]]
                out.append((f"{self.field(key)} {self.refs(key)}".strip(), items))
        keywords = localised(self.r["keywords"], self.lang)
        if keywords:
            out.append((f"{self.field('keywords')} {self.refs('keywords')}".strip(), [", ".join(keywords)]))
        rows = []
        for a in self.r.get("ateco") or ():
            title = localised({"it": a["title"], "en": a.get("title_en")}, self.lang)  # ISTAT's, NACE's in English
            line = f"{a['code']} {title or ''}".strip()
            if a["basis"] == "editorial":
                line += f" — {self.say('label.ateco.editorial')}: {prose(a['reason'], self.lang)}"
            else:
                line += f" {self.ref(a['source'])}"
            rows.append(line)
        if rows:
            heading = self.field("ateco")
            titles = [{"it": a["title"], "en": a.get("title_en")} for a in self.r["ateco"]]
            if any(not t.get(self.lang) for t in titles):  # some shown in ISTAT's Italian: say why
                heading += " " + self.say("label.ateco.istat_titles")
            out.append((heading, rows))
        return out

    def calls(self) -> list[str]:
        """One line per regional call open to the cluster (the record's "calls"): its title and code,
        who may apply and the window of applications ("closed" when it closed before the dataset's date),
        the budget when published, and its source marks."""
        out = []
        as_of = (self.r.get("freshness") or {}).get("as_of") or ""
        for call in self.r.get("calls") or ():
            title = call["title"] + (f" ({call['code']})" if call["code"] else "")
            line = self.say("msg.show.call.window", title=title, opens=call["opens"], closes=call["closes"])
            if as_of and call["closes"] < as_of[:10]:
                line = self.say("msg.show.call.closed", window=line)
            if call["budget_eur"] is not None:
                line += "; " + self.say("msg.show.call.budget", amount=grouped(call["budget_eur"], self.lang))
            out.append(f"{line} {''.join(self.ref(s) for s in call['sources'])}".strip())
        return out

    def member_groups(self) -> list[tuple[str, list[str]]]:
        groups: dict[str, list[str]] = {}
        for m in self.r["members"]:
            where = ", ".join(x for x in (m["city"], m["province"]) if x)
            line = m["name"] + (f" ({where})" if where else "")
            basis = self.dated(self.say(f"label.basis.{m['basis']}"), m.get("freshness"))
            line += f" — {basis} {self.ref(m['source'])}"
            if now := self.standing(m):
                line += f"; {now}"
            groups.setdefault(m["type"], []).append(line)
        return [(f"{self.type_labels.get(t, t)} ({len(lines)})", lines) for t, lines in groups.items()]

    def source_lines(self) -> list[str]:
        out = []
        for s in self.r["sources"]:
            date = s["date"] or self.say("label.no_date")
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
        if page.calls():
            out += [Line(), Bullets(page.calls(), page.field("calls"))]
        out += [Line(), Line(page.say("msg.show.members_heading", count=page.count_line()), "bold underline")]
        if r["members_note"]:
            out.append(Line(prose(r["members_note"], lang), "italic"))
        for heading, lines in page.member_groups():
            out.append(Bullets(lines, f" {heading}", "bold"))
        if r["notes"]:
            out += [Line(), Bullets([prose(n, lang) for n in r["notes"]], page.field("notes"))]
        out += [Line(), Line(page.field("sources"), "bold underline")]
        if page.legend():
            out.append(Line(page.legend(), "italic", indent=2))
        out += [Line(line, "dim", indent=2) for line in page.source_lines()]
        return out

    return make


def to_markdown(page: ShowPage) -> str:
    r, lang = page.r, page.lang
    out = [f"# {md_cell(page.title())}", ""]
    desc = localised(r["description"], lang)
    if desc:
        out += [md_cell(f"{desc} {page.refs('description')}".strip()), ""]
    out += [f"| {page.say('label.col.field')} | {page.say('label.col.value')} |", "| --- | --- |"]
    out += [f"| {md_cell(k)} | {md_cell(v)} |" for k, v in page.facts()]
    out.append("")
    for heading, items in page.lists():
        out += [f"## {md_cell(heading)}", ""] + [f"- {md_cell(i)}" for i in items] + [""]
    if page.calls():
        out += [f"## {page.field('calls')}", ""] + [f"- {md_cell(i)}" for i in page.calls()] + [""]
    out += [f"## {page.field('members')}", "", md_cell(page.count_line()), ""]
    if r["members_note"]:
        out += [f"_{md_cell(prose(r['members_note'], lang))}_", ""]
    for heading, lines in page.member_groups():
        out += [f"### {md_cell(heading)}", ""] + [f"- {md_cell(x)}" for x in lines] + [""]
    if r["notes"]:
        out += [f"## {page.field('notes')}", ""] + [f"- {md_cell(prose(n, lang))}" for n in r["notes"]] + [""]
    out += [f"## {page.field('sources')}", ""]
    if page.legend():
        out += [f"_{md_cell(page.legend())}_", ""]
    out += [f"- {md_cell(x)}" for x in page.source_lines()]
    return "\n".join(out) + "\n"


CSV_HEADERS = ["cluster_id", "org_id", "name", "type", "city", "province", "basis", "source", "status", "successor_id"]


def show(fmt: str, record: dict, member_types: list[dict], lang: str) -> None:
    """Print one cluster's detail record (records/clusters.cluster_detail) in format `fmt`: CSV has
    one row per member."""
    page = ShowPage(record, type_labels(member_types, lang), lang)
    rows = [
        [
            record["id"],
            m["id"],
            m["name"],
            m["type"],
            m["city"],
            m["province"],
            m["basis"],
            m["source"],
            (m["status"] or {}).get("value"),
            (m["successor"] or {}).get("id"),
        ]
        for m in record["members"]
    ]
    emit(fmt, record, (CSV_HEADERS, rows), blocks(page), markdown=lambda: to_markdown(page))
