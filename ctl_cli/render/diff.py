"""The page of `ctl diff`: what changed between two datasets (query/diff.diff's record), as tables in
the reader's language, as markdown for release notes (the same blocks, with headings), JSON or YAML.

Field names stay as the dataset files write them (`city_source`, `member_count`): a diff is read by
whoever keeps the file. Values are shown in one line of text each; texts in two languages in the
reader's language first.
"""

from __future__ import annotations

from typing import Any

from ..phrases import LANGS, has, phrase, phrase_n
from ..query.diff import changed_fields
from .common import prose
from .formats import emit

SECTIONS = ("clusters", "organisations", "memberships", "member_types", "national_clusters", "calls", "sources")
KINDS = ("added", "removed", "renamed", "changed")
HEADING = "bold underline"


SHOWN_IDS = 12  # --summary names the records a field changed in, up to this many


def show(fmt: str, record: dict[str, Any], lang: str, summary: bool = False) -> None:
    """Print a diff record in `fmt` (table, markdown, json, yaml; csv: one row per change, see rows()).
    summary (table and markdown): changed records as one row per field (how many, which) instead of
    every value before and after."""
    table = (["section", "kind", "id", "field", "old", "new"], rows(record, lang))
    emit(fmt, record, table, lambda: blocks(record, lang, summary), lambda: markdown(record, lang, summary))


def value_text(v: Any, lang: str, empty: str = "—") -> str:
    """A field's value as one line: null (or an empty list or record) as `empty` ("—" for people, ""
    for CSV), {it, en} in `lang` (else the other language's, marked as such), a record as
    "key: value" pairs, a list joined with "; "."""
    if v is None or v == [] or v == {}:
        return empty
    if isinstance(v, dict):
        if set(v) <= set(LANGS):
            return prose(v, lang) or empty
        return ", ".join(f"{k}: {value_text(x, lang, empty)}" for k, x in v.items())
    if isinstance(v, list):
        return "; ".join(value_text(x, lang, empty) for x in v)
    return str(v)


def _id(item: dict[str, Any]) -> str:
    return item.get("id") or f"{item['cluster']} / {item['org']}"


def _cell(v: Any, lang: str) -> str:
    """A value in a CSV cell: as value_text, a missing value an empty cell (never a dash)."""
    return value_text(v, lang, "")


def rows(record: dict[str, Any], lang: str) -> list[list[str]]:
    """One row per change: [section, kind, id, field, old, new] (CSV: the kinds and field names in
    English, values as value_text shows them, a missing value an empty cell)."""
    out = [["dataset", "changed", "", f["field"], _cell(f["old"], lang), _cell(f["new"], lang)]
           for f in record["dataset"]]  # fmt: skip
    for section in SECTIONS:
        part = record[section]
        for kind in ("added", "removed"):
            out += [[section, kind, _id(i), "", "", ""] for i in part[kind]]
        for r in part.get("renamed", ()):
            out.append([section, "renamed", r["id"], "name", r["old_name"], r["name"]])
            if r["old_id"] != r["id"]:
                out.append([section, "renamed", r["id"], "id", r["old_id"], r["id"]])
        for c in part["changed"]:
            for f in c["fields"]:
                out.append([section, "changed", _id(c), f["field"], _cell(f["old"], lang), _cell(f["new"], lang)])
            out += [[section, "changed", c["id"], "people", _cell(p, lang), ""] for p in c.get("people_removed", ())]
            out += [[section, "changed", c["id"], "people", "", _cell(p, lang)] for p in c.get("people_added", ())]
            for key, at in (("eu_projects_removed", 4), ("eu_projects_added", 5)):
                for p in c.get(key, ()):
                    row = [section, "changed", c["id"], "eu_projects", "", ""]
                    row[at] = _cell(p, lang)
                    out.append(row)
            if c.get("members_listed"):
                n = c["members_listed"]
                out.append([section, "changed", c["id"], "members_listed", str(n["old"]), str(n["new"])])
    return out


def _agreeing(key: str, section: str) -> str:
    """KEY.SECTION where the catalogue has it (an Italian participle agreeing with a feminine noun:
    Organizzazioni, Adesioni, Fonti), else KEY."""
    return f"{key}.{section}" if has(f"{key}.{section}") else key


def _counts_line(section: str, part: dict[str, list], lang: str) -> str:
    """A section's counts ("Organisations — added: 2, changed: 3"), each agreeing with its noun."""
    done = [phrase(_agreeing(f"msg.diff.kind.{k}", section), lang, n=len(part[k])) for k in KINDS if part.get(k)]
    return f"{phrase(f'msg.diff.section.{section}', lang)} — " + ", ".join(done)


def _name(item: dict[str, Any], lang: str) -> str:
    return value_text(item.get("name") or item.get("title") or item.get("url"), lang)


def blocks(record: dict[str, Any], lang: str, summary: bool = False) -> list:
    """The page: a title line, then for each section that changed a heading with its counts, a table
    of what was added or removed (+ / −), of renamings, and of changed fields (one row per field)."""
    from .terminal import Bullets, Line, Table

    old, new = record["old"], record["new"]
    title = phrase("msg.diff.title", lang, old=old["path"], new=new["path"], old_version=old["version"],
                   old_as_of=old["as_of"], new_version=new["version"], new_as_of=new["as_of"])  # fmt: skip
    out: list = [Line(title, "bold")]
    field_headers = [phrase(f"label.col.{k}", lang) for k in ("id", "field", "old", "new")]
    if record["dataset"]:
        out += [Line(), Line(phrase_n("msg.diff.section.dataset", len(record["dataset"]), lang), HEADING)]
        rows_ = [[f["field"], value_text(f["old"], lang), value_text(f["new"], lang)] for f in record["dataset"]]
        out.append(Table(field_headers[1:], rows_, ["bold", "", ""], ["id", "text", "text"], prose=True))
    for section in SECTIONS:
        part = record[section]
        if not any(part.values()):
            continue
        out += [Line(), Line(_counts_line(section, part, lang), HEADING)]
        for kind in ("added", "removed"):
            if part[kind]:
                items = [f"{_id(i)} — {_name(i, lang)}" if _name(i, lang) != "—" else _id(i) for i in part[kind]]
                out.append(Bullets(items, phrase(_agreeing(f"label.diff.{kind}", section), lang), "bold"))
        if part.get("renamed"):
            headers = [phrase("label.col.id", lang), phrase("label.col.old_name", lang), phrase("label.col.name", lang)]
            renamed = [[r["id"] if r["old_id"] == r["id"] else f"{r['old_id']} → {r['id']}", r["old_name"], r["name"]]
                       for r in part["renamed"]]  # fmt: skip
            out.append(Table(headers, renamed, ["bold", "", ""], ["id", "text", "text"], prose=True))
        if summary and part["changed"]:
            out.append(_summary_table(part["changed"], lang))
            continue
        for c in part["changed"]:  # each changed record: its id and name, then a row per field
            name = _name(c, lang) if section != "memberships" else c.get("name") or ""
            out.append(Line(f"~ {_id(c)}" + (f" ({name})" if name and name != _id(c) else ""), "bold"))
            out.append(
                Table(field_headers[1:], _changed_rows(c, lang), ["", "", ""], ["id", "text", "text"], prose=True)
            )
    return out


def _summary_table(changed: list[dict[str, Any]], lang: str) -> Any:
    """The changed records of a section as a table: field, how many records, which (or how many
    more than SHOWN_IDS)."""
    from .terminal import Table

    headers = [phrase(f"label.col.{k}", lang) for k in ("field", "records", "which")]
    rows_ = [
        [f["field"], str(len(f["ids"])), ", ".join(f["ids"]) if len(f["ids"]) <= SHOWN_IDS
         else phrase("msg.diff.many", lang, n=SHOWN_IDS)]
        for f in changed_fields(changed)
    ]  # fmt: skip
    return Table(headers, rows_, ["", "", ""], ["id", "number", "text"], prose=True)


def _changed_rows(c: dict[str, Any], lang: str) -> list[list[str]]:
    """Rows [field, before, after] of a changed record: its fields, people removed and added, EU projects
    removed and added, and the number of members listed."""
    rows_ = [[f["field"], value_text(f["old"], lang), value_text(f["new"], lang)] for f in c["fields"]]
    people = phrase("label.diff.people_removed", lang), phrase("label.diff.people_added", lang)
    rows_ += [[people[0], value_text(p, lang), "—"] for p in c.get("people_removed", ())]
    rows_ += [[people[1], "—", value_text(p, lang)] for p in c.get("people_added", ())]
    projects = phrase("label.diff.eu_projects_removed", lang), phrase("label.diff.eu_projects_added", lang)
    rows_ += [[projects[0], value_text(p, lang), "—"] for p in c.get("eu_projects_removed", ())]
    rows_ += [[projects[1], "—", value_text(p, lang)] for p in c.get("eu_projects_added", ())]
    if c.get("members_listed"):
        n = c["members_listed"]
        rows_.append([phrase("label.diff.members_listed", lang), str(n["old"]), str(n["new"])])
    return rows_


def markdown(record: dict[str, Any], lang: str, summary: bool = False) -> str:
    """The page as markdown for release notes: the title and each section's heading as headings
    (## and ###), tables as markdown tables."""
    from .markdown import from_blocks, md_cell
    from .terminal import Line

    parts: list[str] = []
    for i, b in enumerate(blocks(record, lang, summary)):
        if isinstance(b, Line) and b.text and i == 0:
            parts.append(f"### {md_cell(b.text)}\n")
        elif isinstance(b, Line) and b.style == HEADING:
            parts.append(f"#### {md_cell(b.text)}\n")
        elif isinstance(b, Line) and b.text:  # a changed record's id and name
            parts.append(f"**{md_cell(b.text)}**\n")
        elif not (isinstance(b, Line) and not b.text):
            parts.append(from_blocks([b]))
    return "\n".join(parts)
