"""CORDIS organization.csv: the participants of EU research projects (Horizon Europe, Horizon 2020).

The layout is the one CORDIS publishes on data.europa.eu (CC BY 4.0): semicolon-separated, quoted with
double quotes, UTF-8, one row per participation of an organisation in a project, with the columns
projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;postCode;city;
country;nutsCode;geolocation;organizationURL;contactForm;contentUpdateDate;rcn;order;role;ecContribution;
netEcContribution;totalCost;endOfParticipation;active. organisationID is the participant's PIC; projectID and
projectAcronym name the project. The file has no column for the framework programme: CORDIS publishes one
dataset per programme (cordis-HORIZONprojects-csv.zip, cordis-h2020projects-csv.zip), so the programme is
taken from a frameworkProgramme column if a file has one, else from the file's name when it says it.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from ..dataset.schema import PROJECT_RE
from ..errors import BadRequest
from .rows import BadCsv, Row, iso_date

NEEDED = ("projectID", "organisationID", "name")
# What a file's name says of its framework programme: the names CORDIS gives its downloads (HORIZON, h2020).
PROGRAMMES = (("HORIZON", re.compile(r"horizon", re.I)), ("H2020", re.compile(r"h2020", re.I)))


def programme_of(name: str) -> str | None:
    """The framework programme a file's name states ('cordis-h2020-organization.csv' -> 'H2020'), or None."""
    found = [p for p, pattern in PROGRAMMES if pattern.search(name)]
    return found[0] if len(found) == 1 else None


def rows(text, path: Path, first: int = 2) -> Iterator[Row]:
    """The Rows of a CORDIS organization.csv read from the text stream `text`, one at a time. ids: pic
    (organisationID, 9 digits), vat (vatNumber, as written: 'IT01234567890'). first: the number of the
    first data row (the header's plus one). BadRequest (exit 2) if a
    column of NEEDED is missing or the CSV is malformed."""
    reader = csv.reader(text, delimiter=";")
    try:
        header = next(reader, [])
        at = {name.strip(): i for i, name in enumerate(header)}
        missing = [c for c in NEEDED if c not in at]
        if missing:
            raise BadRequest("msg.reconcile.missing_columns", path=str(path), columns=", ".join(missing))
        named = programme_of(path.name)
        for n, cells in enumerate(reader, start=first):
            yield _row(n, cells, at, named)
    except csv.Error as e:
        raise BadCsv(path, reader.line_num, e) from None


def _cell(cells: list[str], at: dict[str, int], name: str) -> str:
    i = at.get(name)
    return cells[i].strip() if i is not None and i < len(cells) else ""


def _project(get, programme: str | None) -> dict[str, str] | None:
    """{id, acronym, programme?} of the row's project, or None without a well-formed id and an acronym."""
    pid, acronym = get("projectID"), get("projectAcronym")
    if not PROJECT_RE.match(pid) or not acronym:
        return None
    out = {"id": pid, "acronym": acronym}
    programme = get("frameworkProgramme") or programme
    if programme:
        out["programme"] = programme
    return out


def _row(n: int, cells: list[str], at: dict[str, int], programme: str | None = None) -> Row:
    get = lambda name: _cell(cells, at, name)  # noqa: E731
    ids = {}
    if get("organisationID").isdigit():
        ids["pic"] = get("organisationID")
    if get("vatNumber"):
        ids["vat"] = get("vatNumber").replace(" ", "")
    project = f"{get('projectAcronym')} ({get('projectID')})".strip()
    return Row(
        row=n,
        name=get("name"),
        city=get("city") or None,
        country=get("country").upper() or None,
        nuts3=get("nutsCode").upper() or None,
        ids=ids,
        date=iso_date(get("contentUpdateDate")),
        title=f"CORDIS: {get('name')}, {project}",
        project=_project(get, programme),
    )
