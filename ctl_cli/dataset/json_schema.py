"""The JSON Schema (draft-07) of a dataset file, generated from the one declaration in schema.py.

It ships as data/clusters.schema.json (the bundled clusters.yaml names it on its first line, so an
editor with a YAML language server checks the file while someone writes it) and `ctl schema`
prints it. Regenerate the shipped file after changing schema.py:

    python -m ctl_cli.dataset.json_schema > data/clusters.schema.json
"""

from __future__ import annotations

from typing import Any

from .schema import (
    BOUNDS,
    CITED_FIELDS,
    DATE_PATTERN,
    DAY_PATTERN,
    EMAIL_PATTERN,
    ID_PATTERN,
    PIC_PATTERN,
    PROJECT_PATTERN,
    PROVINCES,
    QID_PATTERN,
    RECORDS,
    ROR_PATTERN,
    SNAKE_PATTERN,
    URL_PATTERN,
    F,
)

TITLES = {"document": "ctl dataset: the Lombardy Technology Clusters"}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07, which editors support best) of a dataset file, made from RECORDS."""
    defs = {name: _record(name) for name in RECORDS if name != "document"}
    defs["text"] = {
        "type": "object",
        "description": "A text in Italian and/or English.",
        "properties": {"it": _nonempty(), "en": _nonempty()},
        "additionalProperties": False,
        "minProperties": 1,
    }
    top = _record("document")
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": TITLES["document"],
        "description": (
            "Generated from ctl_cli/dataset/schema.py; `ctl validate` checks more (references, dates, duplicates)."
        ),
        **{k: v for k, v in top.items() if k != "description"},
        "definitions": defs,
    }


def _nonempty(**extra: Any) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, **extra}


def _record(name: str) -> dict[str, Any]:
    fields = RECORDS[name]
    out: dict[str, Any] = {
        "type": "object",
        "properties": {k: _field(f) for k, f in fields.items()},
        "additionalProperties": False,
    }
    required = [k for k, f in fields.items() if f.required]
    if required:
        out["required"] = required
    return out


def _whole(kind: str) -> dict[str, Any]:
    """A whole number within schema.BOUNDS[kind]."""
    least, most = BOUNDS[kind]
    return {"type": "integer", "minimum": least, "maximum": most}


def _field(f: F) -> dict[str, Any]:
    kind = f.kind
    if kind in ("string", "ref"):
        s = _nonempty()
        if kind == "ref":
            s["pattern"] = ID_PATTERN
    elif kind in ("id", "source"):
        s = _nonempty(pattern=ID_PATTERN)
    elif kind == "snake":
        s = _nonempty(pattern=SNAKE_PATTERN)
    elif kind == "url":
        s = _nonempty(pattern=URL_PATTERN, format="uri")
    elif kind == "email":
        s = _nonempty(pattern=EMAIL_PATTERN)
    elif kind == "date":
        s = _nonempty(pattern=DATE_PATTERN)
    elif kind == "day":  # a whole date, which may be in the future
        s = _nonempty(pattern=DAY_PATTERN)
    elif kind == "province":
        s = {"type": "string", "enum": list(PROVINCES)}
    elif kind == "enum":
        s = {"type": "string", "enum": list(f.choices)}
    elif kind in BOUNDS:  # count, year, euros
        s = _whole(kind)
    elif kind in ("text", "prose"):  # prose written as a plain string still loads, with a warning
        s = {"$ref": "#/definitions/text"}
    elif kind == "prose_list":
        s = {"type": "array", "items": {"$ref": "#/definitions/text"}}
    elif kind == "strings":
        s = {"type": "array", "items": _nonempty()}
    elif kind == "words":
        words = {"type": "array", "items": _nonempty()}
        s = {"type": "object", "properties": {"it": words, "en": words}, "additionalProperties": False}
    elif kind == "sources":
        s = {"type": "array", "items": _nonempty(pattern=ID_PATTERN)}
    elif kind == "record":
        s = {"$ref": f"#/definitions/{f.of}"}
    elif kind == "list":
        s = {"type": "array", "items": {"$ref": f"#/definitions/{f.of}"}}
    elif kind == "counts":
        s = {
            "type": "object",
            "propertyNames": {"pattern": SNAKE_PATTERN},
            "additionalProperties": _whole("count"),
        }
    elif kind == "field_sources":
        s = {
            "type": "object",
            "properties": {k: {"type": "array", "items": _nonempty(pattern=ID_PATTERN)} for k in CITED_FIELDS},
            "additionalProperties": False,
        }
    elif kind in ("ror", "qid", "pic"):
        s = _nonempty(pattern={"ror": ROR_PATTERN, "qid": QID_PATTERN, "pic": PIC_PATTERN}[kind])
    elif kind == "project_id":
        s = _nonempty(pattern=PROJECT_PATTERN)
    elif kind == "vat":  # check digits: ctl validate
        s = _nonempty(pattern=r"^(IT)?[0-9]{11}$")
    elif kind == "codice_fiscale":
        s = _nonempty(pattern=r"^([0-9]{11}|[A-Za-z0-9]{16})$")
    elif kind == "former_names":  # a plain string is an undated, unsourced former name
        s = {"type": "array", "items": {"anyOf": [_nonempty(), {"$ref": "#/definitions/former_name"}]}}
    else:  # pragma: no cover - a typo in RECORDS
        raise ValueError(f"unknown field kind {kind!r}")
    if f.doc:  # draft-07 ignores siblings of $ref, so a described reference goes through allOf
        s = {"description": f.doc, **s} if "$ref" not in s else {"description": f.doc, "allOf": [s]}
    if not f.required:  # the loader reads an optional field set to null as absent
        s = {"anyOf": [s, {"type": "null"}]}
    return s


def main() -> None:
    import json
    import sys

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
