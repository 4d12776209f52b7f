"""NACE Rev. 2.1's English titles, which let an English description meet the classification.

ATECO 2025 is ISTAT's national version of NACE Rev. 2.1: its sections, divisions, groups and classes are
NACE Rev. 2.1's, with the same codes (the first four digits of an ATECO 2025 code are the NACE class), so
the English title of NACE class 10.51 is the English title of ATECO 2025 entry 10.51. The titles come from
the `naceconverter` package (MIT), whose `nacecodes.csv` is Statistics Norway's KLASS classification 6
(SN2025, NLOD 2.0) in English: its levels 1-4 are NACE Rev. 2.1's (1,047 codes, the same set as ATECO
2025's; 1,020 titles letter for letter Eurostat's, sections in capitals there, three worded slightly
apart). Its fifth level is Norway's own subclasses and is not used. The research behind this:
shared/research/turn5/nace-en.md. The package is never imported (it builds a search index when it is):
its CSV is read as a file, and only when an index is built. Nothing here prints.
"""

from __future__ import annotations

import re
from pathlib import Path

LEVELS = ("1", "2", "3", "4")  # sections, divisions, groups, classes: NACE Rev. 2.1 proper
CLASSIFICATION = "NACE Rev. 2.1"  # as match reasons name it
LANG = "en"  # the language of the titles (records.terms.LANGS): their words get English stems
# KLASS's CSV is Latin-1, which has no typographic apostrophe (’): it became '?' ("builders? carpentry").
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=\s)")


def _csv() -> Path | None:
    """The package's `nacecodes.csv`, found without importing the package; None if it is not installed."""
    import importlib.util

    spec = importlib.util.find_spec("naceconverter")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "nacecodes.csv"
    return path if path.is_file() else None


def stamp() -> str:
    """The `naceconverter` package's version (from its dist-info folder's name) and the size of its CSV,
    read without importing it: part of the index's key, so another version of the titles builds a new
    index. '' if it is not installed."""
    path = _csv()
    if path is None:
        return ""
    found = sorted(path.parent.parent.glob("naceconverter-*.dist-info"))
    version = found[-1].name[len("naceconverter-") : -len(".dist-info")] if found else "?"
    try:
        return f"{version} {path.stat().st_size}"
    except OSError:
        return ""


def titles(text: str | None = None) -> dict[str, str]:
    """NACE Rev. 2.1 code ('C', '10', '10.5', '10.51') -> its English title, for levels 1-4 of the package's
    CSV (`text`: the CSV's content, read from the package if not given; {} when the package is missing).
    The CSV is ';'-separated with a header (code, parentCode, level, name, ...). A '?' standing for a lost
    apostrophe is given back ("builders? carpentry" -> "builders' carpentry"). Raises ValueError on a CSV
    without those columns."""
    import csv  # only when an index is built
    import io

    if text is None:
        path = _csv()
        if path is None:
            return {}
        text = path.read_text("utf-8", errors="replace")
    rows = csv.DictReader(io.StringIO(text), delimiter=";")
    if not {"code", "level", "name"} <= set(rows.fieldnames or ()):
        raise ValueError("nacecodes.csv: no code, level and name columns")
    return {
        r["code"].strip(): _LOST_APOSTROPHE.sub("'", r["name"].strip())
        for r in rows
        if (r.get("level") or "").strip() in LEVELS and (r.get("code") or "").strip() and (r.get("name") or "").strip()
    }
