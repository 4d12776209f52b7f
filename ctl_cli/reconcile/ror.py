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
from .rows import BadCsv, NotUtf8, Row, iso_date

ROR_URL = "https://ror.org/"
HEAD = 4096


def json_rows(stream, path: Path) -> Iterator[Row]:
    """The Rows of a ROR v2 JSON file (an array of records, or one record) read from the binary stream
    `stream` with ijson, one record at a time. BadRequest (exit 2): msg.reconcile.json_cut (the file ends
    before its JSON does), msg.reconcile.json_bad (not JSON, or not UTF-8, after `records` records read),
    msg.reconcile.bad_record (record `record` is not an object, or a field has the wrong type),
    msg.reconcile.not_utf8 (a byte that is not UTF-8)."""
    import io

    import ijson

    buffered = io.BufferedReader(stream, buffer_size=1 << 16)
    first = buffered.peek(HEAD).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    n = 0
    try:
        for n, record in enumerate(ijson.items(buffered, "item" if first == b"[" else "", use_float=True), start=1):
            try:
                row = record_row(n, record)
            except WrongShape as e:
                raise BadRecord(str(path), n, e) from None
            if row is not None:
                yield row
    except (ijson.JSONError, UnicodeDecodeError) as e:  # yajl's own words (English, with a caret) are not shown
        said = str(e)
        if isinstance(e, UnicodeDecodeError) or "UTF8" in said:
            raise NotUtf8(path, "record", n + 1) from None  # the record being read
        key = "msg.reconcile.json_cut" if "premature EOF" in said else "msg.reconcile.json_bad"
        raise BadRequest(key, path=str(path), records=n) from None


class WrongShape(Exception):
    """A field of a ROR record that has the wrong type: field (dotted path), kind (what it should be: text,
    list, object)."""

    def __init__(self, field: str, kind: str):
        super().__init__(f"{field} should be {kind}")
        self.field, self.kind = field, kind


class BadRecord(BadRequest):
    """Record `record` of the JSON file at `path` has the wrong shape (WrongShape): exit 2, its message
    names the file, the record's number and the field, and what the field should be, in the reader's
    language (msg.reconcile.bad_record, msg.reconcile.kind.*)."""

    def __init__(self, path: str, record: int, shape: WrongShape):
        self.shape = shape
        super().__init__("msg.reconcile.bad_record", path=path, record=record, field=shape.field or "-")

    def values_in(self, lang: str) -> dict:
        from ..phrases import phrase

        return {**self.values, "kind": phrase(f"msg.reconcile.kind.{self.shape.kind}", lang)}


KINDS = {str: "text", list: "list", dict: "object"}


def _get(obj: dict, key: str, kind: type, where: str):
    """obj[key] if it is of `kind`; None (absent, or JSON null) as the empty value of `kind` (None for text);
    WrongShape otherwise."""
    value = obj.get(key)
    if value is None:
        return None if kind is str else kind()
    if not isinstance(value, kind) or isinstance(value, bool):
        raise WrongShape(f"{where}{key}", KINDS[kind])
    return value


def _objects(obj: dict, key: str, where: str) -> list[dict]:
    """obj[key], a list of objects (JSON nulls in it left out); WrongShape if it is anything else."""
    items = [x for x in _get(obj, key, list, where) if x is not None]
    if not all(isinstance(x, dict) for x in items):
        raise WrongShape(f"{where}{key}", "objects")
    return items


def record_row(n: int, record) -> Row | None:
    """The Row of one ROR v2 record (a dict as in the dump), or None if it has no ROR id or ROR withdrew
    it (an inactive record, of an organisation that ended, is still its id). ids: ror (the
    id without https://ror.org/), wikidata (the preferred Wikidata id, else the only one). city: the first
    location's GeoNames name (often the English one: 'Milan'). A JSON null is an absent field; WrongShape
    if the record is not an object or a field it reads has another type."""
    if not isinstance(record, dict):
        raise WrongShape("", "object")
    rid = _get(record, "id", str, "") or ""
    if not rid.startswith(ROR_URL) or _get(record, "status", str, "") == "withdrawn":  # withdrawn: not to use
        return None
    if "names" not in record and "name" in record:
        return _v1_row(n, record, rid)
    names = [(_get(x, "value", str, "names.") or "", _get(x, "types", list, "names."))
             for x in _objects(record, "names", "")]  # fmt: skip
    display = next((v for v, types in names if "ror_display" in types), None)
    display = display or next((v for v, _ in names), "") or ""
    others = tuple(v for v, types in names if v and v != display and "acronym" not in types)
    ids = {"ror": rid[len(ROR_URL) :]}
    for ext in _objects(record, "external_ids", ""):
        if _get(ext, "type", str, "external_ids.") == "wikidata":
            every = [x for x in _get(ext, "all", list, "external_ids.") if isinstance(x, str)]
            qid = _get(ext, "preferred", str, "external_ids.") or (every[0] if len(every) == 1 else None)
            if qid:
                ids["wikidata"] = qid
    where = _get(next(iter(_objects(record, "locations", "")), {}), "geonames_details", dict, "locations.")
    modified = _get(_get(_get(record, "admin", dict, ""), "last_modified", dict, "admin."), "date", str,
                    "admin.last_modified.")  # fmt: skip
    return Row(
        row=n,
        name=display,
        names=others,
        city=_get(where, "name", str, "locations.geonames_details."),
        country=(_get(where, "country_code", str, "locations.geonames_details.") or "").upper() or None,
        ids=ids,
        date=iso_date(modified),
        url=rid,
        title=f"ROR: {display}",
    )


def _v1_row(n: int, record: dict, rid: str) -> Row:
    """The Row of a record in ROR's schema v1 (older releases of ror-community/ror-records): name,
    labels [{label}], aliases, addresses [{city}], country {country_code}, external_ids {Wikidata:
    {preferred, all}}; it has no date of its own. WrongShape if a field it reads has another type."""
    name = _get(record, "name", str, "") or ""
    others = [_get(x, "label", str, "labels.") for x in _objects(record, "labels", "")]
    others += [a for a in _get(record, "aliases", list, "") if isinstance(a, str)]
    wikidata = _get(_get(record, "external_ids", dict, ""), "Wikidata", dict, "external_ids.")
    every = wikidata.get("all") or []
    every = [every] if isinstance(every, str) else every  # v1 writes one id as a string
    every = [x for x in every if isinstance(x, str)] if isinstance(every, list) else []
    qid = _get(wikidata, "preferred", str, "external_ids.Wikidata.") or (every[0] if len(every) == 1 else None)
    ids = {"ror": rid[len(ROR_URL) :], **({"wikidata": qid} if qid else {})}
    city = _get(next(iter(_objects(record, "addresses", "")), {}), "city", str, "addresses.")
    return Row(
        row=n,
        name=name,
        names=tuple(x for x in others if x),
        city=city,
        country=(_get(_get(record, "country", dict, ""), "country_code", str, "country.") or "").upper() or None,
        ids=ids,
        url=rid,
        title=f"ROR: {name}",
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
        raise BadCsv(path, reader.line_num, e) from None
