"""ROR, the Research Organization Registry (CC0): its data dump in schema v2, as JSON (the format of
record: an array of organisation records; one record, as in ror-community/ror-records, is read too) or
as the dump's CSV (a subset of the fields, flattened: id, names.types.ror_display, names.types.label,
names.types.alias, locations.geonames_details.name / .country_code, external_ids.type.wikidata.all,
admin.last_modified.date, status...). Documented at ror.readme.io (docs/data-dump, v2/docs/data-structure).
The JSON is read incrementally with ijson, one record at a time.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..errors import BadRequest
from .rows import Row, iso_date

ROR_URL = "https://ror.org/"
HEAD = 4096


def json_rows(stream, path: Path) -> Iterator[Row]:
    """The Rows of a ROR v2 JSON file (an array of records, or one record) read from the binary stream
    `stream` with ijson, one record at a time. BadRequest (exit 2) if it is not JSON or breaks off."""
    import io

    import ijson

    buffered = io.BufferedReader(stream, buffer_size=1 << 16)
    first = buffered.peek(HEAD).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    try:
        for n, record in enumerate(ijson.items(buffered, "item" if first == b"[" else "", use_float=True), start=1):
            row = record_row(n, record) if isinstance(record, dict) else None
            if row is not None:
                yield row
    except ijson.JSONError as e:
        raise BadRequest("msg.reconcile.malformed", path=str(path), row="?", reason=str(e)) from None


def record_row(n: int, record: dict) -> Row | None:
    """The Row of one ROR v2 record (a dict as in the dump), or None if it has no ROR id or ROR withdrew
    it (an inactive record, of an organisation that ended, is still its id). ids: ror (the
    id without https://ror.org/), wikidata (the preferred Wikidata id, else the only one). city: the first
    location's GeoNames name (often the English one: 'Milan')."""
    rid = str(record.get("id") or "")
    if not rid.startswith(ROR_URL) or record.get("status") == "withdrawn":  # withdrawn: an id not to use
        return None
    if "names" not in record and "name" in record:
        return _v1_row(n, record, rid)
    names = [x for x in record.get("names") or () if isinstance(x, dict)]
    display = next((x["value"] for x in names if "ror_display" in (x.get("types") or ())), None)
    display = display or next((x.get("value") for x in names), "") or ""
    others = tuple(x["value"] for x in names if x.get("value") != display and "acronym" not in (x.get("types") or ()))
    ids = {"ror": rid[len(ROR_URL) :]}
    for ext in record.get("external_ids") or ():
        if ext.get("type") == "wikidata":
            every = ext.get("all") or []
            qid = ext.get("preferred") or (every[0] if len(every) == 1 else None)
            if qid:
                ids["wikidata"] = qid
    where = next(iter(record.get("locations") or ()), {}).get("geonames_details") or {}
    modified = ((record.get("admin") or {}).get("last_modified") or {}).get("date")
    return Row(
        row=n,
        name=display,
        names=others,
        city=where.get("name"),
        country=(where.get("country_code") or "").upper() or None,
        ids=ids,
        date=iso_date(modified),
        url=rid,
        title=f"ROR: {display}",
    )


def _v1_row(n: int, record: dict, rid: str) -> Row:
    """The Row of a record in ROR's schema v1 (older releases of ror-community/ror-records): name,
    labels [{label}], aliases, addresses [{city}], country {country_code}, external_ids {Wikidata:
    {preferred, all}}; it has no date of its own."""
    others = [x.get("label") for x in record.get("labels") or () if isinstance(x, dict)]
    others += [a for a in record.get("aliases") or () if isinstance(a, str)]
    wikidata = (record.get("external_ids") or {}).get("Wikidata") or {}
    every = wikidata.get("all") or []
    every = [every] if isinstance(every, str) else every
    qid = wikidata.get("preferred") or (every[0] if len(every) == 1 else None)
    ids = {"ror": rid[len(ROR_URL) :], **({"wikidata": qid} if qid else {})}
    city = next(iter(record.get("addresses") or ()), {}).get("city")
    return Row(
        row=n,
        name=str(record["name"]),
        names=tuple(x for x in others if x),
        city=city,
        country=((record.get("country") or {}).get("country_code") or "").upper() or None,
        ids=ids,
        url=rid,
        title=f"ROR: {record['name']}",
    )


def _names(cell: str) -> list[str]:
    """'en: Example U; it: Università Esempio' -> ['Example U', 'Università Esempio'] (the CSV writes a
    language code, or no_lang_code, before each name, and ';' between them)."""
    out = []
    for part in (cell or "").split(";"):
        head, sep, tail = part.partition(": ")
        name = tail if sep and (len(head.strip()) <= 3 or head.strip() == "no_lang_code") else part
        if name.strip():
            out.append(name.strip())
    return out


def csv_rows(text, path: Path, first: int = 2) -> Iterator[Row]:
    """The Rows of the ROR data dump's CSV (schema v2) read from the text stream `text`, one at a time
    (first: the number of the first data row).
    BadRequest (exit 2) if it is malformed."""
    reader = csv.DictReader(text)
    try:
        for n, cells in enumerate(reader, start=first):
            get = lambda key, cells=cells: (cells.get(key) or "").strip()  # noqa: E731
            wikidata = get("external_ids.type.wikidata.preferred") or get("external_ids.type.wikidata.all")
            record = {
                "id": get("id"),
                "names": [{"value": get("names.types.ror_display"), "types": ["ror_display"]}]
                + [{"value": v, "types": ["label"]} for v in _names(get("names.types.label"))]
                + [{"value": v, "types": ["alias"]} for v in _names(get("names.types.alias"))],
                "external_ids": [{"type": "wikidata", "all": [w.strip() for w in wikidata.split(";") if w.strip()]}]
                if wikidata
                else [],
                "locations": [
                    {
                        "geonames_details": {
                            "name": get("locations.geonames_details.name").split(";")[0].strip(),
                            "country_code": get("locations.geonames_details.country_code").split(";")[0].strip(),
                        }
                    }
                ],
                "admin": {"last_modified": {"date": get("admin.last_modified.date")}},
            }
            row = record_row(n, record)
            if row is not None:
                yield row
    except csv.Error as e:
        raise BadRequest("msg.reconcile.malformed", path=str(path), row=reader.line_num, reason=str(e)) from None
