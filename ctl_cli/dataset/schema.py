"""The shape of a ctl dataset, declared once.

RECORDS says which fields each record has, which are required and what kind each holds. The
validator is driven by it (validate.py, with one checker per kind in kinds.py), and json_schema.py
turns it into the JSON Schema that ships as data/clusters.schema.json. Rules a JSON Schema cannot
say (a source id must exist, dates not in the future, no organisation twice) are rules.py's alone.

After changing RECORDS:  python -m ctl_cli.dataset.json_schema > data/clusters.schema.json
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .call_schema import ELIGIBLE, call_fields  # noqa: F401 - the regional calls (issue 15)
from .project_schema import project_fields  # an organisation's EU projects (issue 16)
from .provinces import CODES

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SNAKE_PATTERN = r"^[a-z][a-z0-9_]*$"
DATE_PATTERN = r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$"
DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
URL_PATTERN = r"^https?://[^\s/$.?#][^\s]*$"
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
ROR_PATTERN = r"^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$"  # ror.org's form: 0, 6 of Crockford base32, 2 check digits
QID_PATTERN = r"^Q[1-9][0-9]*$"
PIC_PATTERN = r"^[0-9]{9}$"
PROJECT_PATTERN = r"^[0-9]{1,12}$"  # a CORDIS projectID (grant agreement number)

ID_RE = re.compile(ID_PATTERN)
ROR_RE = re.compile(ROR_PATTERN)
QID_RE = re.compile(QID_PATTERN)
PIC_RE = re.compile(PIC_PATTERN)
PROJECT_RE = re.compile(PROJECT_PATTERN)
SNAKE_RE = re.compile(SNAKE_PATTERN)
DATE_RE = re.compile(DATE_PATTERN)
URL_RE = re.compile(URL_PATTERN, re.IGNORECASE)
EMAIL_RE = re.compile(EMAIL_PATTERN)

# The bounds of every number a dataset holds, by field kind: (least, most), declared once. The
# validator (scalars.py) checks them, the JSON Schema (json_schema.py) states them, so that nothing
# downstream (an SQLite INTEGER, a table column) meets a number it cannot hold. A founding year is
# also never after the year of the dataset's as_of date (rules.py: a JSON Schema cannot compare two
# fields), and the years of dates have four digits (DATE_PATTERN).
BOUNDS = {"count": (0, 1_000_000), "year": (1800, 9999), "euros": (1, 100_000_000_000)}

STATUSES = ("recognised", "pending")
BASES = ("member_list", "founder", "board", "own_statement", "event", "inferred")
ROLES = ("president", "vice_president", "director", "cluster_manager", "secretary_general", "coordinator")
QUALIFIERS = ("exact", "about", "over")
# What an ATECO -> cluster row rests on: a source that shows the cluster covers the activity, or the
# project's own judgement (then a one-line reason, in both languages).
ATECO_BASES = ("source", "editorial")
# Where an organisation stands today (issue 15): renamed and merged name a successor where one is known.
ORG_STATUSES = ("active", "renamed", "merged", "in_liquidation", "dissolved")
# Licences a dataset's data may carry, by SPDX id (spdx.org/licenses): the open-data ones, each with
# its title and the page of its legal text (the data package's `licenses` names them so).
LICENCES = {
    "CC-BY-4.0": ("Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": (
        "Creative Commons Attribution Share Alike 4.0 International",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    "CC0-1.0": ("Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "ODbL-1.0": ("Open Data Commons Open Database License v1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
    "ODC-By-1.0": ("Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1-0/"),
    "PDDL-1.0": (
        "Open Data Commons Public Domain Dedication & License 1.0",
        "https://opendatacommons.org/licenses/pddl/1-0/",
    ),
}
# Identifiers of an organisation (issue 15): field -> the kind that checks its value.
IDENTIFIERS = {"ror": "ror", "wikidata": "qid", "vat": "vat", "codice_fiscale": "codice_fiscale", "pic": "pic"}
# Italian province codes: dataset/provinces.py (ISTAT's list, with the Sardinian reform of 2025-2026).
PROVINCES = CODES
# Cluster fields that must name their sources in field_sources (name and aliases may).
CITED_FIELDS = (
    "name",
    "aliases",
    "acronym",
    "managing_body",
    "founded",
    "website",
    "contacts",
    "national_cluster",
    "s3_link",
    "description",
    "focus",
    "working_groups",
    "services",
    "networks",
    "keywords",
)


@dataclass(frozen=True)
class F:
    """One field. kind: string, id, snake, url, email, date, province, year, count, text ({it, en}),
    prose (our own words: {it, en}; a plain string is still read, as English, with a warning),
    prose_list (a list of prose), strings, words (a list of strings per language), source (a source id),
    sources (a list of them), ref (an id defined elsewhere), enum, record, list, counts (snake_case name ->
    count), field_sources, day (a whole YYYY-MM-DD date, which may be in the future), euros (a whole number
    of euros within BOUNDS), and the identifiers' own (ror, qid, pic, vat, codice_fiscale, project_id)."""

    kind: str
    required: bool = False
    doc: str = ""
    of: str = ""  # the record name for record/list
    choices: tuple[str, ...] = ()


RECORDS: dict[str, dict[str, F]] = {
    "document": {
        "dataset": F("record", True, "What this file is: title, version, date.", of="dataset"),
        "member_types": F("list", True, "The taxonomy of member types.", of="member_type"),
        "clusters": F("list", True, "One entry per cluster.", of="cluster"),
        "organisations": F("list", True, "Every member organisation, once.", of="organisation"),
        "national_clusters": F("list", False, "The Italian national technology clusters.", of="national_cluster"),
        "calls": F("list", False, "The Region's calls (bandi) open to the clusters.", of="call"),
        "sources": F("list", True, "Every source once; facts refer to them by id.", of="source"),
    },
    "dataset": {
        "title": F("string", True),
        "version": F("string", True),
        "as_of": F("date", True, "The date the facts were last checked."),
        "licence": F("prose"),
        "licence_id": F(
            "enum",
            False,
            "The SPDX id of the data's licence (CC-BY-4.0), one of the open-data licences.",
            choices=tuple(LICENCES),
        ),
        "notes": F("prose_list"),
        "total_members": F("record", False, "Members of all clusters together, as published.", of="member_count"),
    },
    "member_type": {
        "id": F("snake", True),
        "label": F("text", True),
    },
    "source": {
        "id": F("id", True),
        "url": F("url", True),
        "publisher": F("string", True, "Who published it, usually the web domain."),
        "date": F("date", False, "Publication date; leave out when the page is undated."),
        "title": F("string"),
        "supports": F("prose", False, "What this source shows, in a few words."),
        "locator": F("string", False, "Where in a downloaded file: its name and row ('organization.csv, row 5')."),
    },
    "national_cluster": {
        "id": F("id", True),
        "name": F("string", True),
        "area": F("text", True),
        "sources": F("sources", True),
        "acronym": F("string"),
        "website": F("url"),
        "note": F("prose"),
    },
    "call": call_fields(F),
    "organisation": {
        "id": F("id", True),
        "name": F("string", True),
        "type": F("snake", True, "A member type id (see member_types)."),
        "city": F("string"),
        "province": F("province", False, "Italian province code, quoted: 'MI', 'NO'."),
        "city_source": F("source", False, "The source that shows the city (its seat, or the site named in note)."),
        "aliases": F("list", False, "Short names, acronyms and spellings, each with its source.", of="alias"),
        "former_names": F(
            "former_names",
            False,
            "Earlier names after a real renaming (spellings are aliases): {name, until, source}; a plain string is"
            " still read, undated and unsourced.",
        ),
        "type_source": F("source", False, "The source that shows the type, where the name does not."),
        "note": F("prose"),
        "status": F("record", False, "Where it stands today: active, renamed, merged...", of="org_status"),
        "successor": F("record", False, "The organisation it became (renamed, merged).", of="org_link"),
        "parent": F("record", False, "The organisation it is part of (a CNR institute: CNR).", of="org_link"),
        "retired_ids": F("strings", False, "Ids this organisation had in earlier versions of the dataset."),
        **{key: F("record", False, f"Its {key} identifier, with its source.", of=key) for key in IDENTIFIERS},
        "eu_projects": F("list", False, "EU research projects it takes part in (CORDIS).", of="eu_project"),
    },
    "eu_project": project_fields(F),
    "former_name": {
        "name": F("string", True, "The earlier name, as written then."),
        "until": F("date", False, "When the name stopped being used."),
        "source": F("source", False, "A source that shows the renaming."),
    },
    "org_status": {
        "value": F("enum", True, choices=ORG_STATUSES),
        "since": F("date"),
        "source": F("source", True),
    },
    "org_link": {
        "org": F("ref", True, "An organisations id."),
        "source": F("source", True),
    },
    **{
        key: {
            "value": F(kind, True, "As the source shows it (a VAT number with or without IT)."),
            "source": F("source", True),
        }
        for key, kind in IDENTIFIERS.items()
    },
    "alias": {
        "name": F("string", True, "The name as the source writes it."),
        "source": F("source", True, "A source that names the organisation so."),
    },
    "cluster": {
        "id": F("id", True, "Short kebab-case slug, e.g. agrifood."),
        "status": F("enum", True, choices=STATUSES),
        "name": F("text", True),
        "theme": F("text", True),
        "description": F("text", True, "In the project's own words, never copied."),
        "acronym": F("string"),
        "aliases": F("strings"),
        "managing_body": F("record", of="managing_body"),
        "founded": F("year"),
        "founded_note": F("prose"),
        "website": F("url"),
        "contacts": F("record", of="contacts"),
        "people": F("list", of="person"),
        "national_cluster": F("ref", False, "A national_clusters id."),
        "national_cluster_note": F("prose"),
        "s3_link": F("text"),
        "focus": F("prose_list"),
        "working_groups": F("prose_list"),
        "services": F("prose_list"),
        "networks": F("prose_list"),
        "keywords": F("words", False, "Words for `ctl match`: terms its sources use, in Italian and English."),
        "ateco": F(
            "list", False, "ATECO 2025 codes of the activities the cluster covers (`ctl match`).", of="ateco_row"
        ),
        "member_count": F("record", False, "The total the cluster publishes.", of="member_count"),
        "member_breakdown": F("record", False, "The published totals by kind.", of="member_breakdown"),
        "members": F("list", False, "Memberships shown by public sources.", of="membership"),
        "members_note": F("prose", False, "Why the list and member_count differ (required then)."),
        "notes": F("prose_list"),
        "field_sources": F("field_sources", False, "The source ids behind each cited field."),
    },
    "managing_body": {
        "name": F("string"),
        "legal_form": F("prose"),
        "legal_form_note": F("prose"),
    },
    "contacts": {
        "email": F("email"),
        "phone": F("string"),
        "address": F("prose"),
    },
    "person": {
        "name": F("string", True),
        "role": F("enum", True, choices=ROLES),
        "source": F("source", True),
        "as_of": F("date"),
        "as_of_note": F("prose"),
        "role_note": F("prose"),
    },
    "member_count": {
        "value": F("count", True),
        "qualifier": F("enum", True, choices=QUALIFIERS),
        "source": F("source", True),
        "as_of": F("date"),
        "as_of_note": F("prose", False, "Why there is no as_of date, or what it means."),
        "note": F("prose"),
    },
    "member_breakdown": {
        "counts": F("counts", True),
        "source": F("source", True),
        "as_of": F("date"),
        "as_of_note": F("prose"),
    },
    "ateco_row": {
        "code": F("string", True, "An ATECO 2025 code: section A, division 10, group 10.5, class 10.51..."),
        "basis": F("enum", False, "source (the default) or editorial.", choices=ATECO_BASES),
        "source": F("source", False, "A source showing that the cluster covers the activity."),
        "reason": F("prose", False, "Why, in one line of our own words (required when editorial)."),
    },
    "membership": {
        "org": F("ref", True, "An organisations id."),
        "basis": F("enum", True, "What the source shows.", choices=BASES),
        "source": F("source", True),
        "as_of": F("date", False, "When the source showed the membership; its source's date when left out."),
        "note": F("prose"),
    },
}

# The mappings inside a record that are not records of their own, checked by the same walker.
INNER: dict[str, dict[str, F]] = {
    "text": {"it": F("string"), "en": F("string")},  # schema: definitions.text
    "words": {"it": F("strings"), "en": F("strings")},
    "field_sources": {key: F("sources") for key in CITED_FIELDS},
}


def keys(record: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(required, optional) field names of a record."""
    fields = RECORDS[record]
    return tuple(k for k, f in fields.items() if f.required), tuple(k for k, f in fields.items() if not f.required)
