"""NACE Rev. 2.1 in English (titles and explanatory notes), which lets an English description meet the
classification.

ATECO 2025 is ISTAT's national version of NACE Rev. 2.1: its sections, divisions, groups and classes are
NACE Rev. 2.1's, with the same codes (the first four digits of an ATECO 2025 code are the NACE class), so
the English title and notes of NACE class 10.51 are those of ATECO 2025 entry 10.51. They come from
Eurostat's NACE Rev. 2.1 structure with its English explanatory notes (URIs under
data.europa.eu/ux2/nace2.1), shipped trimmed in this folder as `nace21_en.csv.gz` (BUNDLED): code, level,
title, and the Includes and Includes-also notes, never the Excludes notes (what an entry is not). Its
provenance, Eurostat's reuse terms and the checks made are in docs/nace.md; trim() makes the file from
Eurostat's CSV. It is read only when an index is built, and its hash is part of the index's key
(stamp). Nothing here prints.
"""

from __future__ import annotations

import functools
from pathlib import Path

BUNDLED = Path(__file__).with_name("nace21_en.csv.gz")
LEVELS = ("1", "2", "3", "4")  # sections, divisions, groups, classes: NACE Rev. 2.1 proper
CLASSIFICATION = "NACE Rev. 2.1"  # as match reasons name it
LANG = "en"  # the language of the titles and notes (records.terms.LANGS): their words get English stems
COLUMNS = ("code", "level", "title", "includes", "includes_also")  # of the bundled file, after its '#' lines
_EUROSTAT = ("NACE_CODE", "LEVEL_Depth", "NAME", "Includes", "Includes_Also")  # the same, in Eurostat's CSV


def stamp() -> str:
    """The first 16 hex digits of the blake2b hash of the bundled file's bytes (part of the index's key:
    another file builds a new index); '' if the file is missing or unreadable. Read once per process."""
    return _hash(BUNDLED)


@functools.lru_cache(maxsize=4)
def _hash(path: Path) -> str:
    try:
        from _blake2 import blake2b  # as cache.store.key: importing hashlib costs more start-up time
    except ImportError:  # pragma: no cover - other Pythons
        from hashlib import blake2b
    try:
        return blake2b(path.read_bytes(), digest_size=8).hexdigest()
    except OSError:
        return ""


def entries(text: str | None = None) -> dict[str, tuple[str, str]]:
    """NACE Rev. 2.1 code ('C', '10', '10.5', '10.51') -> (English title, Includes and Includes-also notes
    joined by a blank line, '' if none), for levels 1-4 of the bundled file (`text`: a file's content,
    read from the bundled gzip file if not given; {} when that file is missing). Lines starting with '#'
    before the header are the file's provenance and are skipped. Raises ValueError on a file without the
    COLUMNS."""
    import csv  # only when an index is built
    import io
    import itertools

    if text is None:
        import gzip

        try:
            text = gzip.decompress(BUNDLED.read_bytes()).decode("utf-8")
        except OSError:
            return {}
    lines = io.StringIO(text)
    header = next((line for line in lines if not line.startswith("#")), "")  # after the '#' lines
    rows = csv.DictReader(itertools.chain([header], lines))
    if not set(COLUMNS) <= set(rows.fieldnames or ()):
        raise ValueError(f"{BUNDLED.name}: not the columns {', '.join(COLUMNS)}")
    out = {}
    for r in rows:
        code, title = (r["code"] or "").strip(), (r["title"] or "").strip()
        if code and title and (r["level"] or "").strip() in LEVELS:
            notes = (n.strip() for n in (r["includes"] or "", r["includes_also"] or ""))
            out[code] = (title, "\n\n".join(n for n in notes if n))
    return out


def titles(text: str | None = None) -> dict[str, str]:
    """NACE Rev. 2.1 code -> its English title, for levels 1-4 (see entries(); {} without the file)."""
    return {code: title for code, (title, _) in entries(text).items()}


@functools.lru_cache(maxsize=1)
def bundled_titles() -> dict[str, str]:
    """titles() of the bundled file, read once per process (a cluster's detail record asks per row)."""
    return titles()


def trim(eurostat_csv: str, header: str) -> bytes:
    """The bundled file made from Eurostat's NACE Rev. 2.1 CSV with English notes (`eurostat_csv`: its
    text, columns URI, IDENTIFIER, PARENT_IDENTIFIER, NACE_CODE, PARENT_CODE, NAME, LEVEL, LEVEL_Depth,
    Includes, Includes_Also, Excludes, Case_Law_if_applicable): `header` as '#' lines, then COLUMNS for
    levels 1-4, the title without its leading code ('10.51 Manufacture of dairy products' -> 'Manufacture
    of dairy products'); Excludes and the rest are dropped. Gzip-compressed with no timestamp, so the same
    input gives the same bytes. Raises ValueError when a column is missing."""
    import csv
    import gzip
    import io

    rows = csv.DictReader(io.StringIO(eurostat_csv))
    if not set(_EUROSTAT) <= set(rows.fieldnames or ()):
        raise ValueError(f"not Eurostat's NACE Rev. 2.1 CSV: no {', '.join(_EUROSTAT)} columns")
    out = io.StringIO()
    out.writelines(f"# {line}\n".replace("# \n", "#\n") for line in header.splitlines())
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in rows:
        code, name = r["NACE_CODE"].strip(), r["NAME"].strip()
        if r["LEVEL_Depth"].strip() in LEVELS:
            title = name[len(code) :].strip() if name.startswith(code + " ") else name
            w.writerow((code, r["LEVEL_Depth"].strip(), title, r["Includes"].strip(), r["Includes_Also"].strip()))
    return gzip.compress(out.getvalue().encode("utf-8"), compresslevel=9, mtime=0)
