"""What each field kind of schema.RECORDS accepts: one checker per kind, in one table (KINDS).

A kind is Kind(check, accepts):
- `check(c, value, path, key, f) -> checked value | None`: `value` is the field's non-null plain
  value at `path + (key,)`, `f` its schema.F, `c` the walker (builder.Checker), through which a
  checker reports a problem (`c.err`) or checks a nested record (`c.record`). None means "not
  valid, reported". The checked value may differ from the plain one (a list becomes a tuple).
- `accepts(f)`: None, or a fast test of the common valid case, usually a C function (a regex's
  match, a set's __contains__): true means valid and kept as written, false (or TypeError, for a
  value of another type) means "ask check". So the walker calls no Python function for most fields.
References (a source id must exist...) are resolved after the walk, by rules.py.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable
from typing import Any, NamedTuple

from .schema import CITED_FIELDS, DATE_RE, EMAIL_RE, ID_RE, PROVINCES, RECORDS, SNAKE_RE, URL_RE, F

PROVINCE_SET = frozenset(PROVINCES)
FIRST_YEAR = 1800  # the earliest plausible founding year (the JSON Schema's minimum)

# The mappings inside a record that are not records of their own, checked by the same walker.
INNER: dict[str, dict[str, F]] = {
    "text": {"it": F("string"), "en": F("string")},  # schema: definitions.text
    "words": {"it": F("strings"), "en": F("strings")},
    "field_sources": {key: F("sources") for key in CITED_FIELDS},
}

Check = Callable[[Any, Any, tuple, str, F], Any]
Accepts = Callable[[F], Callable[[Any], Any] | None]


def _no_test(f: F) -> None:
    return None


class Kind(NamedTuple):
    check: Check
    accepts: Accepts = _no_test


_NEVER = frozenset().__contains__  # the fast test of a kind without one: always ask check


class Spec(NamedTuple):
    """A record compiled for the walker: key -> (fast test, checker, F), required keys, the allowed list."""

    declared: dict[str, F]  # as schema.RECORDS (or INNER) has it
    fields: dict[str, tuple[Callable[[Any], Any], Check, F]]
    required: tuple[str, ...]
    required_set: frozenset[str]
    allowed: str  # for the "unknown field" message


def compile_specs() -> dict[str, Spec]:
    """Every record of schema.RECORDS (and INNER) compiled for the walker. Read at each build, so
    a field added to RECORDS at run time counts. ValueError for a kind KINDS does not have."""
    out = {}
    for name, fields in {**RECORDS, **INNER}.items():
        for key, f in fields.items():
            if f.kind not in KINDS:  # pragma: no cover - a typo in RECORDS
                raise ValueError(f"{name}.{key}: unknown field kind {f.kind!r}")
        required = tuple(key for key, f in fields.items() if f.required)
        accepts = {key: KINDS[f.kind].accepts(f) or _NEVER for key, f in fields.items()}
        out[name] = Spec(
            fields,
            {key: (accepts[key], KINDS[f.kind].check, f) for key, f in fields.items()},
            required,
            frozenset(required),
            ", ".join(sorted(fields)),
        )
    return out


def got(value: Any) -> str:
    """What a value is, for a message: 'mapping', 'list', 'number'... (catalogue: check.got.*)."""
    return "nothing" if value is None else _GOT.get(type(value), type(value).__name__)


_GOT = {dict: "mapping", list: "list", str: "string", bool: "boolean", int: "number", float: "number"}


def date_problem(value: str, today: _dt.date) -> tuple[str, dict] | None:
    """None if value is a real date in YYYY[-MM[-DD]] form, not after today; else (message code, its values)."""
    m = DATE_RE.match(value)
    if not m:
        return "date_form", {}
    try:
        first = _dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return "date_unreal", {"value": value}
    if first > today:
        return "date_future", {"value": value}
    return None


# --------------------------------------------------------------------------- scalars


def string(c, v, path, key, f):
    if not isinstance(v, str):
        c.err(path + (key,), "not_string", got=got(v))
        return None
    if not v.strip():
        c.err(path + (key,), "empty")
        return None
    return v


def _pattern(regex, code: str) -> Check:
    def check(c, v, path, key, f):
        v = string(c, v, path, key, f)
        if v is None or regex.match(v):
            return v
        c.err(path + (key,), code, value=v)
        return None

    return check


def date(c, v, path, key, f):
    v = string(c, v, path, key, f)
    if v is not None:
        problem = date_problem(v, c.today)
        if problem:
            c.err(path + (key,), problem[0], **problem[1])
            return None
    return v


def province(c, v, path, key, f):
    if not isinstance(v, str):
        c.err(path + (key,), "province_type", got=got(v))
    elif v in PROVINCE_SET:
        return v
    else:
        c.err(path + (key,), "province", value=v)
    return None


def enum(c, v, path, key, f):
    v = string(c, v, path, key, f)
    if v is None or v in f.choices:
        return v
    c.err(path + (key,), "not_choice", value=v, choices=", ".join(f.choices))
    return None


def count(c, v, path, key, f):
    if type(v) is int and v >= 0:
        return v
    if isinstance(v, bool) or not isinstance(v, int):
        c.err(path + (key,), "not_whole", got=got(v))
        return None
    if v < 0:
        c.err(path + (key,), "negative")
        return None
    return v


def year(c, v, path, key, f):
    v = count(c, v, path, key, f)
    if v is not None and not FIRST_YEAR <= v <= c.today.year:
        c.err(path + (key,), "founding_year", value=v)
        return None
    return v


# --------------------------------------------------------------------------- containers


def strings(c, v, path, key, f):
    """A list of non-blank strings, as a tuple; None if any item is not one (each reported)."""
    if type(v) is list:
        for item in v:
            if type(item) is not str or not item or item.isspace():
                break
        else:
            return tuple(v)
    if not isinstance(v, list):
        c.err(path + (key,), "not_strings", got=got(v))
        return None
    ok = True
    for i, item in enumerate(v):
        if not isinstance(item, str) or not item.strip():
            c.err(path + (key, i), "not_string_item", got=got(item))
            ok = False
    return tuple(v) if ok else None


def record(c, v, path, key, f):
    return c.record(v, path + (key,), f.of)


def records(c, v, path, key, f):
    """A list of records `f.of`: the checked mappings of the items that are mappings."""
    if not isinstance(v, list):
        c.err(path + (key,), "not_list", got=got(v))
        return None
    path += (key,)
    of = f.of
    spec = c.specs[of]
    fields, required, keep = spec.fields, spec.required_set, c.records[of].extend
    out = []
    for i, item in enumerate(v):
        # The common case, tested inline (a list may hold 20,000 records): a mapping whose every
        # field is declared, not null and passes its kind's fast test; then it is its own checked
        # form. Otherwise c.record checks it field by field, and reports.
        if type(item) is dict and item.keys() >= required:
            for k, x in item.items():
                field = fields.get(k)
                if field is None or x is None:
                    break
                try:
                    if not field[0](x):
                        break
                except TypeError:  # a value of another type
                    break
            else:
                keep((path, i, item, item))
                out.append(item)
                continue
        d = c.record(item, path, of, i)
        if d is not None:
            out.append(d)
    return out


def text(c, v, path, key, f):
    t = c.record(v, path + (key,), "text")
    if t is not None and not t and f.required:
        c.err(path + (key,), "needs_text")
        return None
    return t


def words(c, v, path, key, f):
    return c.record(v, path + (key,), "words")


def field_sources(c, v, path, key, f):
    return c.record(v, path + (key,), "field_sources")


def counts(c, v, path, key, f):
    """snake_case name -> count, as a mapping in the order written."""
    path += (key,)
    if not isinstance(v, dict):
        c.err(path, "not_mapping", got=got(v))
        return None
    out = {}
    for name, n in v.items():
        if not (isinstance(name, str) and SNAKE_RE.match(name)):
            c.err(path + (name,), "not_category", field=name)
            out = None
        if n is not None:
            n = count(c, n, path, name, f)
            if n is None:
                out = None
            elif out is not None:
                out[name] = n
    return out


# Ids repeat (a membership names an organisation's id, 17,000 organisations have 9 types): remember
# the ones that matched, in C, rather than run the regex again.
ID_MATCH = functools.lru_cache(maxsize=1 << 16)(ID_RE.match)
SNAKE_MATCH = functools.lru_cache(maxsize=1 << 10)(SNAKE_RE.match)


def _is(test: Callable[[Any], Any]) -> Accepts:
    return lambda f: test


KINDS: dict[str, Kind] = {
    "string": Kind(string, _is(str.strip)),  # str.strip: falsy if blank, TypeError if not a string
    "id": Kind(_pattern(ID_RE, "not_id"), _is(ID_MATCH)),
    "snake": Kind(_pattern(SNAKE_RE, "not_snake"), _is(SNAKE_MATCH)),
    "url": Kind(_pattern(URL_RE, "not_url"), _is(URL_RE.match)),
    "email": Kind(_pattern(EMAIL_RE, "not_email"), _is(EMAIL_RE.match)),
    "date": Kind(date),
    "province": Kind(province, _is(PROVINCE_SET.__contains__)),
    "year": Kind(year),
    "count": Kind(count),
    "text": Kind(text),
    "strings": Kind(strings),
    "words": Kind(words),
    "source": Kind(string, _is(str.strip)),  # rules.py checks that it names a source
    "sources": Kind(strings),  # (likewise each item)
    "ref": Kind(_pattern(ID_RE, "not_id"), _is(ID_MATCH)),  # rules.py checks what it refers to
    "enum": Kind(enum, lambda f: frozenset(f.choices).__contains__),
    "record": Kind(record),
    "list": Kind(records),
    "counts": Kind(counts),
    "field_sources": Kind(field_sources),
}
