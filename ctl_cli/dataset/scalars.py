"""The checkers of the scalar field kinds (string, patterns, date, province, enum, count, year):
each `check(c, value, path, key, f) -> checked value | None`, reporting through the walker `c`
(see kinds.py)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from .schema import BOUNDS, DATE_RE, PROVINCES

PROVINCE_SET = frozenset(PROVINCES)
MAX_COMPARED = 64  # a longer value is compared by its start: a suggestion costs what a word costs
COUNTS, YEARS, EUROS = BOUNDS["count"], BOUNDS["year"], BOUNDS["euros"]
DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# A date with an hour after it, as a call's page writes its window ("2026-01-20 10:00", "2026-01-20T10:00").
DAY_TIME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}[:.]\d{2}")


def got(value: Any) -> str:
    """What a value is, for a message: 'mapping', 'list', 'number'... (catalogue: check.got.*)."""
    return "nothing" if value is None else _GOT.get(type(value), type(value).__name__)


_GOT = {dict: "mapping", list: "list", str: "string", bool: "boolean", int: "number", float: "number"}


def closest(value: str, choices: Iterable[str]) -> str | None:
    """The choice closest to value (case, spaces and dashes aside), if one is close enough to be
    worth a "did you mean"; None otherwise. rapidfuzz, imported only when a value is wrong."""
    from rapidfuzz import fuzz, process

    def fold(s: str) -> str:
        return s.strip().lower().replace("-", "_").replace(" ", "_")

    best = process.extractOne(value[:MAX_COMPARED], list(choices), scorer=fuzz.WRatio, processor=fold, score_cutoff=75)
    return best[0] if best else None


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


def string(c, v, path, key, f):
    if not isinstance(v, str):
        c.err(path + (key,), "not_string", got=got(v))
        return None
    if not v.strip():
        c.err(path + (key,), "empty")
        return None
    return v


def pattern(regex, code: str) -> Callable[..., Any]:
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


def day(c, v, path, key, f):
    """A whole date, YYYY-MM-DD, that exists; it may be in the future (a call's window). A date with
    an hour after it is refused with the date alone to write instead."""
    v = string(c, v, path, key, f)
    if v is None:
        return None
    m = DAY_RE.match(v)
    if m is None:
        timed = DAY_TIME_RE.match(v)
        if timed:
            c.err(path + (key,), "day_time", value=v, day=timed.group(1))
        else:
            c.err(path + (key,), "day_form", value=v)
        return None
    try:
        _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        c.err(path + (key,), "date_unreal", value=v)
        return None
    return v


def euros(c, v, path, key, f):
    """A whole number of euros within BOUNDS["euros"]."""
    if type(v) is int and EUROS[0] <= v <= EUROS[1]:
        return v
    if isinstance(v, bool) or not isinstance(v, int):
        c.err(path + (key,), "not_whole", got=got(v))
    else:
        c.err(path + (key,), "euros_bounds", value=shown(v), least=EUROS[0], most=EUROS[1])
    return None


def province(c, v, path, key, f):
    if not isinstance(v, str):
        c.err(path + (key,), "province_type", got=got(v))
    elif v in PROVINCE_SET:
        return v
    elif "".join(v.split()).upper() in PROVINCE_SET:  # 'mi', ' Mi ': the code, written otherwise
        c.err(path + (key,), "province_case", value=v, close="".join(v.split()).upper())
    else:
        c.err(path + (key,), "province", value=v)
    return None


def enum(c, v, path, key, f):
    v = string(c, v, path, key, f)
    if v is None or v in f.choices:
        return v
    close = closest(v, f.choices)
    if close:
        c.err(path + (key,), "not_choice_close", value=v, close=close, choices=", ".join(f.choices))
    else:
        c.err(path + (key,), "not_choice", value=v, choices=", ".join(f.choices))
    return None


def count(c, v, path, key, f):
    if type(v) is int and COUNTS[0] <= v <= COUNTS[1]:
        return v
    if isinstance(v, bool) or not isinstance(v, int):
        c.err(path + (key,), "not_whole", got=got(v))
    elif v < COUNTS[0]:
        c.err(path + (key,), "negative")
    else:
        c.err(path + (key,), "count_too_large", value=shown(v), most=COUNTS[1])
    return None


def year(c, v, path, key, f):
    if isinstance(v, bool) or not isinstance(v, int):
        c.err(path + (key,), "not_whole", got=got(v))
        return None
    if not YEARS[0] <= v <= YEARS[1]:
        c.err(path + (key,), "founding_year", value=shown(v), least=YEARS[0])
        return None
    return v  # and not after the dataset's as_of year: rules.founded_by_as_of


def shown(n: int) -> str:
    """A whole number for a message: written out, or its first and last digits when it is long."""
    text = str(n)
    return text if len(text) <= 24 else f"{text[:10]}…{text[-4:]}"
