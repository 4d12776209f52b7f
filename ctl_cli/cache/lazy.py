"""An index in memory, made a part at a time as the questions of one run ask for it.

A run that has just parsed and checked a dataset answers from it, rather than first making every
row and record of the index: `ctl list` needs the clusters' rows only, not the 17,000 organisations
of a large dataset, their memberships or every cluster's match entry. The same rows and records as
an index file (cache/rows.py) and the same queries (index.Index), so the answers are the same;
the file itself is written in memory's stead, or by a process of its own (store.build_index).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from .index import FORMAT, Index, rows_of
from .tables import INDEXES, INSERT, SCHEMA

_TABLE = re.compile(r"\b(clusters|orgs|org_clusters|org_records|source_records)\b")  # the tables a query reads
_DETAIL = re.compile(r"\bdetail\b")  # a query of the clusters' detail column (made apart: `list` needs none)


class LazyIndex(Index):
    """Index over an in-memory database whose tables are filled the first time a query reads them, and
    whose meta values are made the first time they are asked for."""

    def __init__(self, ds: Any, key: str, name: str, ateco: Any = None):
        """ds: the validated dataset (dataset.model.Dataset); key: its cache key (store.key); name: the
        file it was read from; ateco: as Index's (None: the classification made in memory)."""
        from .rows import meta_values

        con = sqlite3.connect(":memory:", check_same_thread=False)
        con.executescript(SCHEMA)
        super().__init__(con, name, ds, ateco)
        self._makers = {"format": lambda: FORMAT, "key": lambda: key, **meta_values(ds)}
        self._meta: dict[str, str | None] = {}
        self._filled: set[str] = set()

    def meta(self, key: str) -> str | None:
        """The meta value stored under key, made now if it was not yet (None for an unknown key)."""
        if key not in self._meta:
            make = self._makers.get(key)
            self._meta[key] = make() if make else None
        return self._meta[key]

    def org(self, org_id: str, found_as: dict[str, str] | None = None) -> dict:
        """As Index.org, made for this one organisation only (records.orgs.org_record: the same record)
        rather than the records of all of them. ValueError if no such id."""
        from ..records.orgs import org_record

        ds = self.dataset()
        if org_id not in ds.organisations:
            raise ValueError(f"no organisation {org_id!r}")
        return org_record(ds, ds.organisations[org_id], found_as)

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        for table in set(_TABLE.findall(sql)):
            self._fill("orgs" if table == "org_clusters" else table)
        if _DETAIL.search(sql):
            self._fill("detail")
        return rows_of(self.con, sql, args)

    def _fill(self, table: str) -> None:
        """Put in the rows of `table` (clusters, without their detail; the clusters' detail; the
        organisations' and the sources' records; orgs, with org_clusters and their indexes) once."""
        if table in self._filled:
            return
        from .rows import cluster_details, cluster_rows, org_record_rows, org_rows, source_record_rows

        ds = self.dataset()
        with self.con:
            if table == "clusters":
                self.con.executemany(INSERT["clusters"], cluster_rows(ds, details=False))
            elif table == "detail":
                self.con.executemany("UPDATE clusters SET detail = ? WHERE id = ?",
                                     [(d, cid) for cid, d in cluster_details(ds)])  # fmt: skip
            elif table == "org_records":
                self.con.executemany(INSERT["org_records"], org_record_rows(ds))
            elif table == "source_records":
                self.con.executemany(INSERT["source_records"], source_record_rows(ds))
            else:
                rows, links = org_rows(ds)
                self.con.executemany(INSERT["orgs"], rows)
                self.con.executemany(INSERT["org_clusters"], links)
                self.con.executescript(INDEXES)
        self._filled.add(table)
