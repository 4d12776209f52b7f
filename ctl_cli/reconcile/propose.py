"""From matched rows to proposals: the identifiers, place and start-up status a registry's file gives for
organisations of the dataset, and the EU projects a CORDIS participation names, each with its evidence (a
new source record: the publisher's page, the date, a title, and the file's name and row as its locator).
Never a membership; never an existing value
overwritten: a value that differs from the dataset's is a Conflict, reported and not patched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..dataset import comuni
from ..dataset.model import Dataset, Organisation
from ..dataset.schema import PIC_RE, QID_RE, ROR_RE
from ..phrases import LANGS, phrase
from ..text import fold
from .match import Matcher, tax_number
from .rows import Row

# Per format: the publisher's download page (the source's URL unless the record has its own page, as a
# ROR record has) and the publisher's name.
PUBLISHERS = {
    "cordis": ("https://data.europa.eu/data/datasets/cordis-eu-research-projects-under-horizon-europe-2021-2027",
               "cordis.europa.eu"),
    "ror_json": ("https://ror.org/", "ror.org"),
    "ror_csv": ("https://ror.org/", "ror.org"),
    "startups": ("https://startup.registroimprese.it/", "registroimprese.it"),
}  # fmt: skip
PROJECTS = "eu_projects"  # a list: one proposal per project the organisation does not list yet
PREFIX = {"cordis": "cordis", "ror_json": "ror", "ror_csv": "ror", "startups": "registro-startup"}


@dataclass
class Proposal:
    """One field to add to one organisation: org (id), field (a schema field: pic, city...), value (for an
    identifier the bare value; the source is `source`; for eu_projects one project to add to the list,
    {id, acronym, programme?}), how/detail (match.Match), row, source (a source id)."""

    org: str
    field: str
    value: str | dict
    how: str
    detail: str
    row: int
    source: str


@dataclass
class Conflict:
    """A value the file gives that differs from the dataset's: reported, never applied."""

    org: str
    field: str
    dataset: str
    file: str
    how: str
    row: int


@dataclass
class Result:
    """What a file proposes. fmt: rows.FORMATS; file: its name; rows: rows read; matched: how -> rows;
    sources: id -> the new source record (a dict in the schema's order)."""

    fmt: str
    file: str
    rows: int = 0
    matched: dict[str, int] = field(default_factory=dict)
    ambiguous: int = 0
    proposals: list[Proposal] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    sources: dict[str, dict] = field(default_factory=dict)


def _valid(kind: str, value: str) -> bool:
    """Whether `value` is a well-formed identifier of `kind`, as the dataset's validator would accept it."""
    if kind == "pic":
        return bool(PIC_RE.match(value))
    if kind == "ror":
        return bool(ROR_RE.match(value))
    if kind == "wikidata":
        return bool(QID_RE.match(value))
    from stdnum.it import codicefiscale, iva

    return (iva if kind == "vat" else codicefiscale).is_valid(value)


def _place(row: Row) -> comuni.Comune | None:
    """The ISTAT municipality the row names (city plus its province, or its NUTS-3 code), or None when it
    is not one, or not only one: a city is proposed only when ISTAT's list confirms it."""
    if not row.city or (row.country or "IT") != "IT":
        return None
    if row.province:
        return comuni.find(row.city, row.province)
    found = {c for c in comuni.named(row.city) if not row.nuts3 or c.nuts3 == row.nuts3}
    return found.pop() if len(found) == 1 else None


def _existing(org: Organisation, name: str) -> str | None:
    value = getattr(org, name)
    return None if value is None else getattr(value, "value", value)


def facts(row: Row, org: Organisation) -> list[tuple[str, str | dict]]:
    """(field, value) pairs the row gives for `org`: identifiers, city and province, and the row's EU
    project (eu_projects, {id, acronym, programme?}); from the start-up register only type 'startup'
    (applied only over 'other' with no type_source, the type of an organisation no source typed; a different
    type, or 'other' that a source gave, is a conflict), its date in the source's `supports`."""
    if row.startup_since:  # the start-up register: its status only (the terms), found by its other columns
        return [("type", "startup")]
    out = [(k, v) for k, v in row.ids.items() if _valid(k, v)]
    place = _place(row)
    if place is not None:
        out += [("city", place.name), ("province", place.province)]
    if row.project is not None:
        out.append((PROJECTS, row.project))
    return out


def _same(name: str, a: str, b: str) -> bool:
    if name in ("vat", "codice_fiscale"):
        return tax_number(a) == tax_number(b)
    return fold(a) == fold(b)


def source_record(fmt: str, row: Row, file: str, date: str | None, taken: set[str]) -> dict:
    """The source record that shows what `row` says: id (unique against `taken`, which it joins), url,
    publisher, date (the record's own, else `date`), title, supports (the start-up's date, in both
    languages), locator ('FILE, row N')."""
    page, publisher = PUBLISHERS[fmt]
    key = row.ids.get("ror") or row.ids.get("pic") or row.ids.get("codice_fiscale") or f"row-{row.row}"
    base = re.sub(r"[^a-z0-9]+", "-", f"{PREFIX[fmt]}-{key}".lower()).strip("-")
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    taken.add(sid)
    record = {"id": sid, "url": row.url or page, "publisher": publisher}
    if row.date or date:
        record["date"] = row.date or date
    record["title"] = row.title or row.name
    if row.startup_since:
        since = row.startup_since
        record["supports"] = {lang: phrase("msg.reconcile.supports.startup", lang, date=since) for lang in LANGS}
    where = "msg.reconcile.locator.record" if fmt == "ror_json" else "msg.reconcile.locator"  # JSON has records
    record["locator"] = phrase(where, "en", file=file, row=row.row)
    return record


def propose(ds: Dataset, fmt: str, rows: Iterable[Row], path: Path, date: str | None) -> Result:
    """Read `rows` (of the file at `path`, format `fmt`) against the dataset `ds`: the Result. date: the
    file's date, for records that carry none. The first row that gives a field for an organisation is its
    evidence; a later row that gives another value for it is a conflict."""
    result = Result(fmt, path.name)
    matcher = Matcher(ds)
    taken = set(ds.sources)
    given: dict[tuple[str, str], str] = {}
    for row in rows:
        result.rows += 1
        match = matcher.find(row)
        if match is None:
            continue
        result.matched[match.how] = result.matched.get(match.how, 0) + 1
        org, source = match.org, None
        for name, value in facts(row, org):
            slot = (org.id, name if name != PROJECTS else f"{name}.{value['id']}")  # a project: by its id
            if name == "type" and org.type == "other" and not org.type_source and slot not in given:
                had = None  # 'other' with no source: no source gave a type, so no value to keep
            elif name == "type":
                had = given.get(slot) or org.type
            elif name == PROJECTS:
                had = given.get(slot) or next((p.acronym for p in org.eu_projects if p.id == value["id"]), None)
            else:
                had = given.get(slot) or _existing(org, name)
            if had is not None:
                said = value["acronym"] if name == PROJECTS else value
                if not _same(name, had, said):  # a project: the same id under another acronym
                    shown = (f"{had} ({value['id']})", f"{said} ({value['id']})") if name == PROJECTS else (had, said)
                    result.conflicts.append(Conflict(org.id, name, *shown, match.how, row.row))
                continue
            if source is None:
                source = source_record(fmt, row, path.name, date, taken)
                result.sources[source["id"]] = source
            given[slot] = value["acronym"] if name == PROJECTS else value
            result.proposals.append(Proposal(org.id, name, value, match.how, match.detail, row.row, source["id"]))
    result.ambiguous = matcher.ambiguous
    return result
