"""What a registry's row says about an organisation (Row), and the helpers the readers share: a byte
counter for the progress bar, dates as ISO, comment lines before a header."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BadRequest


@dataclass
class Row:
    """One organisation as a registry's file gives it.

    row: where it is in the file (CSV and xlsx: the spreadsheet row, the header being row 1; JSON: the
    record's position, from 1). ids: identifier field (schema.IDENTIFIERS: vat, codice_fiscale, pic, ror,
    wikidata) -> value as the file writes it. names: other names (labels, aliases) besides `name`.
    country: ISO 3166 alpha-2 or None. province: an Italian province code when the file gives one.
    nuts3: the NUTS-3 code when the file gives one. startup_since: ISO date of entry in the start-up
    register's special section. date: the date the publisher gives this record (ISO), if any.
    url: the record's own page (ROR), if any. title: how the evidence is titled. project: the EU project
    of a CORDIS participation, {id (projectID, digits), acronym, programme (only when the file or its name
    says it)}, or None."""

    row: int
    name: str
    names: tuple[str, ...] = ()
    city: str | None = None
    country: str | None = None
    province: str | None = None
    nuts3: str | None = None
    ids: dict[str, str] = field(default_factory=dict)
    startup_since: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    project: dict[str, str] | None = None


class Counting(io.RawIOBase):
    """A binary file that counts the bytes read through it (`done`) and calls `tick(done)` every `every`
    bytes and at the end of the file, so that a progress bar can follow a file read in a stream."""

    def __init__(self, raw, tick: Callable[[int], None] | None = None, every: int = 1 << 20):
        self.raw, self.tick, self.every, self.done, self._next = raw, tick, every, 0, every

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.raw.readinto(buffer)
        self.done += n or 0
        if self.tick is not None and (self.done >= self._next or n == 0):  # and at the end: the bar fills
            self._next = self.done + self.every
            self.tick(self.done)
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


def uncommented(lines, skipped: list | None = None) -> Iterator[str]:
    """The lines, without the comment lines ('#...') before the first other one; those are appended to
    `skipped`. A fixture cites the page that documents its layout there; a publisher's file has none."""
    lines = iter(lines)
    for line in lines:
        if not line.startswith("#"):
            yield line
            break
        if skipped is not None:
            skipped.append(line)
    yield from lines


def iso_date(text: str | None) -> str | None:
    """'2024-03-12 10:11:12' or '2024-03-12' -> '2024-03-12'; '12/03/2024' -> '2024-03-12'; else None."""
    text = (text or "").strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        return text[:10]
    parts = text.split(" ")[0].split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        return f"{parts[2]}-{int(parts[1]):02d}-{int(parts[0]):02d}"
    return None


class NotUtf8(BadRequest):
    """The registry's file at `path` is not UTF-8 text: exit 2, naming the file and where (`unit` "line" or
    "record", number `n`), saying UTF-8 is expected and how to convert it (msg.reconcile.not_utf8)."""

    def __init__(self, path: Path, unit: str, n: int):
        self.unit, self.n = unit, n
        super().__init__("msg.reconcile.not_utf8", path=str(path), name=path.name)

    def values_in(self, lang: str) -> dict:
        from ..phrases import phrase

        return {**self.values, "where": phrase(f"msg.reconcile.where.{self.unit}", lang, n=self.n)}


def first_bad_line(path: Path) -> int:
    """The number (from 1) of the first line of the file at `path` that is not UTF-8, read line by line;
    0 if every line is."""
    with path.open("rb") as f:
        for n, line in enumerate(f, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return n
    return 0


class BadCsv(BadRequest):
    """Row `row` of the CSV file at `path` cannot be read (Python's csv.Error `error`): exit 2, the reason
    said in the reader's language (msg.reconcile.csv.*: a NUL byte, a field over the csv module's limit,
    else 'not valid CSV'), never the csv module's English."""

    def __init__(self, path: Path, row: int, error: Exception):
        said = str(error)
        self.reason = "nul" if "NUL" in said else "too_long" if "field limit" in said else "invalid"
        super().__init__("msg.reconcile.malformed", path=str(path), row=row)

    def values_in(self, lang: str) -> dict:
        from ..phrases import phrase

        return {**self.values, "reason": phrase(f"msg.reconcile.csv.{self.reason}", lang)}
