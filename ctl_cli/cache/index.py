"""The per-dataset SQLite index, built once from a validated dataset.

Each dataset (by the hash of its bytes and the ctl version) gets one index file in the user
cache directory. It holds what the frequent commands answer with, computed once by the query
layer's records (records/): each cluster's summary (`ctl list`) and full record (`ctl show`; its
members are the org_clusters rows, in their rank order, not a second copy as JSON), one row per
organisation with the columns `ctl search` filters on, indexed, and its result record; every
organisation's `ctl org` record and the names it is found by; and the whole document as JSON for every
other command. A query reads only the rows it returns, so
`ctl` stays fast when the dataset grows a hundredfold, and never parses YAML on a cache hit.

Nothing here prints. `Index.search` is ctl's one search; a property test compares it with a
plain-Python reference over the typed dataset (tests/oracle.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import partial
from typing import Any

from .tables import INDEXES, INSERT, SCHEMA  # the index's tables, as SQL

FORMAT = "45"  # change when the tables change (cache/tables.py): old index files are then simply not used

# opens (or makes) an index's classification tables; its second argument, when given, is held while it makes them
Ateco = Callable[..., sqlite3.Connection]
# Words of a search checked by SQLite itself; any more are checked on the rows it returns (SQLite
# refuses an expression more than 1000 deep, and a pasted paragraph has more words than that).
SQL_WORDS = 64


class Broken(Exception):
    """The index file cannot be read (truncated, corrupt, foreign): rebuild it."""


def write(con: sqlite3.Connection, ds: Any, key: str) -> None:
    """Fill the empty database `con` with the index of the validated dataset `ds` (a dataset.model.Dataset),
    stamped with its cache `key` (the rows: cache/rows.py). Raises sqlite3.Error if the database cannot
    be written."""
    from .rows import cluster_rows, meta_values, org_record_rows, org_rows, source_record_rows

    con.execute("PRAGMA journal_mode = OFF")  # a new file, renamed into place only when complete
    con.execute("PRAGMA synchronous = OFF")
    with con:
        con.executescript(SCHEMA)
        meta = {"format": FORMAT, "key": key, **{k: make() for k, make in meta_values(ds).items()}}
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.executemany(INSERT["clusters"], cluster_rows(ds))
        rows, links = org_rows(ds)
        con.executemany(INSERT["orgs"], rows)
        con.executemany(INSERT["org_clusters"], links)
        con.executemany(INSERT["org_records"], org_record_rows(ds))
        con.executemany(INSERT["source_records"], source_record_rows(ds))
        con.executescript(INDEXES)


class Index:
    """Read access to one dataset's index."""

    def __init__(self, con: sqlite3.Connection, name: str, dataset: Any = None, ateco: Ateco | None = None):
        self.con = con
        self.path = name  # the dataset file this run reads (the same bytes may live elsewhere too)
        self._dataset = dataset  # the typed dataset, when this run built the index from it
        self._ateco_source = ateco  # cache/store.classification; None: made in memory when first asked for
        self._ateco: sqlite3.Connection | None = None

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        return rows_of(self.con, sql, args)

    def meta(self, key: str) -> str | None:
        """The meta value stored under key (format, key, as_of, raw, member_types...), or None. Raises Broken."""
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def check(self, key: str) -> None:
        """Raises Broken unless this index was written by this index FORMAT for the dataset key `key`."""
        if self.meta("format") != FORMAT or self.meta("key") != key:
            raise Broken("index of another dataset or another ctl")

    def sources(self) -> dict[str, tuple[dict, tuple[Any, ...]]]:
        """Every source id -> (its record, records.clusters.source_record; the facts it supports, as
        records.sources.Use), as `ctl sources` shows them."""
        from ..records.sources import Use

        stored = _json(self.meta("sources") or "{}")
        return {sid: (record, tuple(Use(*u) for u in uses)) for sid, (record, uses) in stored.items()}

    def national(self) -> list[dict]:
        """The records of `ctl national` (records.clusters.national_records), in order."""
        return _json(self.meta("national") or "[]")

    def dated_facts(self) -> list[tuple[Any, str | None, list[str]]]:
        """Every dated fact (records.sources.dated_facts): (its records.sources.Use, its date or None, the
        source ids it cites), in order, for `ctl sources --stale`. Raises Broken."""
        from ..records.sources import Use

        try:
            return [(Use(*use), date, ids) for use, date, ids in _json(self.meta("dated_facts") or "[]")]
        except (TypeError, ValueError) as e:
            raise Broken(f"bad record: {e!r}") from None

    def org_names(self) -> dict[str, Any]:
        """Organisation id -> what it is found by (records.orgs.OrgNames), every organisation of the
        dataset, in its order. Raises Broken."""
        from ..records.orgs import OrgNames

        try:
            return {entry[0]: OrgNames(*entry) for entry in _json(self.meta("org_names") or "[]")}
        except (TypeError, IndexError, KeyError) as e:
            raise Broken(f"bad record: {e!r}") from None

    def org(self, org_id: str, found_as: dict[str, str] | None = None) -> dict:
        """The record of `ctl org` (records.orgs.org_record) of the organisation `org_id`, with `found_as`
        (how the text typed found it, or None); ValueError if no such id. Raises Broken."""
        [(stored,)] = self._rows("SELECT record FROM org_records WHERE id = ?", (org_id,))
        from ..records.orgs import unpacked, with_sources

        try:
            entry = unpacked(_json(stored))
            ids = list(entry["sources"])
            cited = self._rows(f"SELECT id, record FROM source_records WHERE id IN ({_marks(ids)})", ids)
            return with_sources(entry, {sid: _json(record) for sid, record in cited}, found_as)
        except (KeyError, TypeError, AttributeError) as e:
            raise Broken(f"bad record: {e!r}") from None

    def match_entries(self) -> list[dict]:
        """Every cluster's match entry (records/match.match_entry), in order."""
        return _json(self.meta("match") or "[]")

    def classification(self, busy: Callable[[], AbstractContextManager] | None = None) -> Any:
        """The classification's tables (cache/ateco.Classification): ATECO entries, codes, stems. Made from
        the dataset and the `ateco` package the first time they are asked for (a few seconds), then read
        from their own file. `busy`, when given, is entered while they are being made, and only then (the
        command's "preparing..." on a terminal: this layer prints nothing). Raises Broken if that file
        cannot be read."""
        from .ateco import Classification, in_memory

        if self._ateco is None:
            if self._ateco_source:
                self._ateco = self._ateco_source(self, busy)
            else:
                with busy() if busy else nullcontext():
                    self._ateco = in_memory(self.dataset())
        return Classification(partial(rows_of, self._ateco))

    def as_of(self) -> str:
        """The dataset's as_of date (the date its facts were last checked). Raises Broken."""
        value = self.meta("as_of")
        if value is None:
            raise Broken("no as_of date in the index")
        return value

    def member_types(self) -> list[dict]:
        """The taxonomy: [{"id", "label": {"it", "en"}}], in the dataset's order."""
        return _json(self.meta("member_types") or "[]")

    def cluster_keys(self) -> list[tuple[str, list[str]]]:
        """(cluster id, every name a user may give it) per cluster, in order (records.clusters.cluster_keys)."""
        return [(cid, _json(keys)) for cid, keys in self._rows("SELECT id, keys FROM clusters ORDER BY pos")]

    def cluster_hints(self) -> dict[str, list[str]]:
        """Cluster id -> its keywords (records.clusters.cluster_hints), the weaker keys of a "did you mean"."""
        return _json(self.meta("hints") or "{}")

    def provinces(self) -> list[str]:
        """The codes of the provinces that organisations in the dataset are in, sorted."""
        return [p for (p,) in self._rows("SELECT DISTINCT province_u FROM orgs WHERE province_u != '' ORDER BY 1")]

    def cities(self) -> list[str]:
        """The cities of the organisations in the dataset, as the data writes them, each once, sorted."""
        return [c for (c,) in self._rows("SELECT DISTINCT city FROM orgs WHERE city IS NOT NULL ORDER BY 1")]

    def summaries(self) -> list[dict]:
        """Every cluster's summary record (records.clusters.cluster_summary), in order."""
        return [_json(s) for (s,) in self._rows("SELECT summary FROM clusters ORDER BY pos")]

    def detail(self, cluster_id: str) -> dict:
        """The detail record of one cluster (records.clusters.cluster_detail); ValueError if no such id."""
        [(detail,)] = self._rows("SELECT detail FROM clusters WHERE id = ?", (cluster_id,))
        record = _json(detail)
        from ..records.clusters import member_row

        sql = (
            "SELECT o.id, o.name, o.type, o.city, o.province, m.basis, m.source, m.note_it, m.note_en, m.as_of, o.now"
            " FROM org_clusters m JOIN orgs o ON o.id = m.org_id WHERE m.cluster_id = ? ORDER BY m.rank"
        )
        rows = self._rows(sql, (cluster_id,))
        record["members"] = [
            member_row(
                *row[:7], {"it": row[7], "en": row[8]} if row[7] or row[8] else None, row[9], _json(row[10] or "null")
            )
            for row in rows
        ]
        return record

    def search(
        self,
        words: Sequence[str] = (),
        types: Sequence[str] = (),
        clusters: Sequence[str] = (),
        city: str | None = None,
        province: str | None = None,
        bases: Sequence[str] = (),
        hidden: Sequence[str] = (),
        nuts3: str | None = None,
    ) -> list[dict]:
        """org_hit records of the organisations matching every filter (already folded/normalised
        by the caller: query.clusters.search_terms; each of `words` must begin a word of the name, an
        alias or a former name), sorted by name, each with every cluster it
        belongs to. Memberships of the `hidden` clusters (the pending ones, unless asked for) are
        left out: they neither find an organisation nor are listed."""
        where, args = [], []
        if types:
            where.append(f"o.type IN ({_marks(types)})")
            args += types
        if province is not None:
            where.append("o.province_u = ?")
            args.append(province)
        if city is not None:
            where.append("o.city_f = ?")
            args.append(city)
        if nuts3 is not None:
            where.append("o.nuts3 = ?")
            args.append(nuts3)
        words = list(dict.fromkeys(words))
        for w in words[:SQL_WORDS]:
            where.append("instr(o.words, ?) > 0")  # the beginning of a word: ' universita' not 'interuniversitario'
            args.append(f" {w}")
        more = words[SQL_WORDS:]
        if clusters or bases:
            sub = ["m.org_id = o.id"]
            if clusters:
                sub.append(f"m.cluster_id IN ({_marks(clusters)})")
                args += clusters
            if bases:
                sub.append(f"m.basis IN ({_marks(bases)})")
                args += bases
            if hidden:
                sub.append(f"m.cluster_id NOT IN ({_marks(hidden)})")
                args += hidden
            where.append(f"EXISTS (SELECT 1 FROM org_clusters m WHERE {' AND '.join(sub)})")
        shown = f" AND m.cluster_id NOT IN ({_marks(hidden)})" if hidden else ""
        sql = (
            "SELECT o.id, o.name, o.type, o.city, o.province, m.cluster_id, m.status, m.basis, m.source, o.words, o.now"
            f" FROM orgs o JOIN org_clusters m ON m.org_id = o.id{shown}"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY o.sort, o.id, m.pos"
        )
        from ..records.orgs import add_cluster, hit_record

        hits: list[dict] = []
        for oid, name, otype, city_, prov, cid, status, basis, source, owords, now in self._rows(sql, [*hidden, *args]):
            if more and not all(f" {w}" in owords for w in more):
                continue
            if not hits or hits[-1]["id"] != oid:
                hits.append(hit_record(oid, name, otype, city_, prov, _json(now or "null")))
            add_cluster(hits[-1], cid, status, basis, source)
        return hits

    def dataset(self) -> Any:
        """The whole typed dataset, made from the document stored when the index was written. That
        document passed validation then (only a valid dataset is indexed), so it is not checked
        again: dataset.assemble.from_valid (no validator imported, no rule run)."""
        if self._dataset is None:
            from ..dataset.assemble import from_valid

            raw = _json(self.meta("raw") or "null")
            if not isinstance(raw, dict):
                raise Broken("no dataset in the index")
            self._dataset = from_valid(raw, self.path)
        return self._dataset


def rows_of(con: sqlite3.Connection, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
    """The rows of one query on `con`. Raises Broken if the database cannot be read."""
    try:
        return con.execute(sql, args).fetchall()
    except sqlite3.Error as e:
        raise Broken(str(e)) from None


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as e:
        raise Broken(f"bad record: {e}") from None
