"""ISTAT's list of Italian municipalities, shipped as data (comuni.csv, next to this file): for a city
and its province, the ISTAT municipality code and the NUTS-3 region. The file's header says where it
comes from, its date and its licence (ISTAT, CC BY 3.0 or later). Read only when a place is looked
up (validate, building the index), never at import; no network, ever.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

FILE = Path(__file__).with_name("comuni.csv")


class Comune(NamedTuple):
    """One municipality: ISTAT code ('015146'), name ('Milano'; 'Bolzano/Bozen' where it has two),
    province code ('MI'), NUTS-3 2021 code ('ITC4C')."""

    istat: str
    name: str
    province: str
    nuts3: str


def _key(name: str) -> str:
    """A name as compared: case and spacing aside, the typographic apostrophe as the plain one ('Cantù'
    and 'Cantu' still differ: a misspelling gets a "did you mean")."""
    return " ".join(name.casefold().replace("’", "'").split())


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str], Comune]:
    """(folded name, province code) -> Comune, for every municipality and each of its names (both halves
    of a bilingual one). Reads comuni.csv (OSError if it is missing: a broken install)."""
    out: dict[tuple[str, str], Comune] = {}
    with FILE.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        next(rows)  # header
        for istat, name, province, nuts3 in rows:
            c = Comune(istat, name, province, nuts3)
            for n in {name, *name.split("/")}:
                out[(_key(n), province)] = c
    return out


LOOKUPS = 16  # places looked up one line at a time before the whole table is read (~0.1 s) and used instead
_asked: set[tuple[str, str]] = set()


def named(city: str) -> list[Comune]:
    """Every municipality called `city` (compared as table() does), in any province: one dictionary
    look-up once the list is read (a registry row with a city and no province asks this per row)."""
    return _by_name().get(_key(city), [])


@lru_cache(maxsize=1)
def _by_name() -> dict[str, list[Comune]]:
    out: dict[str, list[Comune]] = {}
    for (name, _), c in table().items():
        if c not in out.setdefault(name, []):
            out[name].append(c)
    return out


def find(city: str, province: str) -> Comune | None:
    """The municipality called `city` in province `province` (a code, 'MI'), or None if there is none.
    The first LOOKUPS different places are searched for in the file's text, one line each (~3 ms, not
    ~100 to read every row), so that `ctl org` and the exports can afford it; past that (validating or
    indexing a large dataset: 17,000 places at 100x) the table is read once and asked instead."""
    _asked.add((city, province))
    if len(_asked) > LOOKUPS:
        return table().get((_key(city), province.upper()))
    return _find_line(city, province)


def find_many(places: Collection[tuple[str, str]]) -> dict[tuple[str, str], Comune | None]:
    """find() of every (city, province code) of `places`: more than LOOKUPS of them are looked up in the
    table read once, at once, rather than first one line at a time (validating a large dataset)."""
    if len(places) <= LOOKUPS:
        return {(city, province): find(city, province) for city, province in places}
    found = table()
    return {(city, province): found.get((_key(city), province.upper())) for city, province in places}


@lru_cache(maxsize=LOOKUPS)
def _find_line(city: str, province: str) -> Comune | None:
    """find(), by a search of the file's text for the one line."""
    name = re.escape(" ".join(city.replace("’", "'").split()))  # case: re.IGNORECASE
    pattern = rf"^(\d{{6}}),((?:[^,\n]*/)?{name}(?:/[^,\n]*)?),({re.escape(province.upper())}),(\w+)$"
    m = re.search(pattern, _text(), re.MULTILINE | re.IGNORECASE)
    return Comune(*m.groups()) if m else None


@lru_cache(maxsize=1)
def _text() -> str:
    """comuni.csv as one string, typographic apostrophes made plain (OSError if it is missing)."""
    return FILE.read_text(encoding="utf-8").replace("’", "'")


@lru_cache(maxsize=1)
def provinces() -> frozenset[str]:
    """The province codes the list knows: not the Sardinian ones of 2026 (OT, OG, VS, CI...), which
    came after the copy shipped, so a city of those provinces cannot be judged by it."""
    return frozenset(re.findall(r",([A-Z]{2}),IT[A-Z0-9]{3}$", _text(), re.MULTILINE))


def nuts3_codes() -> frozenset[str]:
    """Every NUTS-3 code of ISTAT's list ('ITC4C', 'ITC15', ...): the values `ctl search --nuts` takes."""
    return frozenset(re.findall(r",(IT[A-Z0-9]{3})$", _text(), re.MULTILINE))


def closest_in(city: str, province: str) -> str | None:
    """The name of the municipality of `province` closest to `city`, when close enough for a "did you
    mean" (rapidfuzz, imported only here); None otherwise."""
    from .scalars import closest

    names = sorted({c.name for (_, p), c in table().items() if p == province.upper()})
    return closest(city, names) if names else None
