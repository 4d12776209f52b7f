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

import functools
from collections.abc import Callable
from typing import Any, NamedTuple

from .containers import counts, field_sources, prose, prose_list, prose_ok, record, records, strings, text, words
from .orgfields import codice_fiscale, former_names, vat
from .scalars import PROVINCE_SET, count, date, day, enum, euros, pattern, province, string, year
from .schema import EMAIL_RE, ID_RE, INNER, PIC_RE, PROJECT_RE, QID_RE, RECORDS, ROR_RE, SNAKE_RE, URL_RE, F

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


# Ids repeat (a membership names an organisation's id, 17,000 organisations have 9 types): remember
# the ones that matched, in C, rather than run the regex again.
ID_MATCH = functools.lru_cache(maxsize=1 << 16)(ID_RE.match)
SNAKE_MATCH = functools.lru_cache(maxsize=1 << 10)(SNAKE_RE.match)


def _is(test: Callable[[Any], Any]) -> Accepts:
    return lambda f: test


KINDS: dict[str, Kind] = {
    "string": Kind(string, _is(str.strip)),  # str.strip: falsy if blank, TypeError if not a string
    "id": Kind(pattern(ID_RE, "not_id"), _is(ID_MATCH)),
    "snake": Kind(pattern(SNAKE_RE, "not_snake"), _is(SNAKE_MATCH)),
    "url": Kind(pattern(URL_RE, "not_url"), _is(URL_RE.match)),
    "email": Kind(pattern(EMAIL_RE, "not_email"), _is(EMAIL_RE.match)),
    "date": Kind(date),
    "province": Kind(province, _is(PROVINCE_SET.__contains__)),
    "year": Kind(year),
    "count": Kind(count),
    "text": Kind(text),
    "prose": Kind(prose, _is(prose_ok)),
    "prose_list": Kind(prose_list),
    "strings": Kind(strings),
    "words": Kind(words),
    "source": Kind(string, _is(str.strip)),  # rules.py checks that it names a source
    "sources": Kind(strings),  # (likewise each item)
    "ref": Kind(pattern(ID_RE, "not_id"), _is(ID_MATCH)),  # rules.py checks what it refers to
    "enum": Kind(enum, lambda f: frozenset(f.choices).__contains__),
    "record": Kind(record),
    "list": Kind(records),
    "counts": Kind(counts),
    "field_sources": Kind(field_sources),
    "former_names": Kind(former_names),
    "ror": Kind(pattern(ROR_RE, "not_ror"), _is(ROR_RE.match)),
    "qid": Kind(pattern(QID_RE, "not_qid"), _is(QID_RE.match)),
    "pic": Kind(pattern(PIC_RE, "not_pic"), _is(PIC_RE.match)),
    "project_id": Kind(pattern(PROJECT_RE, "not_project_id"), _is(PROJECT_RE.match)),
    "vat": Kind(vat),
    "codice_fiscale": Kind(codice_fiscale),
    "day": Kind(day),  # (a regex match alone would let 2026-02-30 through)
    "euros": Kind(euros),
}
