"""The classification's part of a dataset's index: the tables records/classification.py computes, written
once into a file of their own beside the index (cache/store.classification) the first time `ctl match`
needs them, and read one query at a time (only the rows of the words and codes asked about)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

SCHEMA = """
CREATE TABLE ateco_nodes (
  code TEXT PRIMARY KEY, level TEXT NOT NULL, title TEXT NOT NULL, clusters TEXT NOT NULL, title_en TEXT
);
CREATE TABLE ateco_codes (
  edition TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL, targets TEXT NOT NULL, PRIMARY KEY (edition, code)
);
CREATE TABLE ateco_terms (
  stem TEXT NOT NULL, code TEXT NOT NULL, weight REAL NOT NULL, lang TEXT NOT NULL, word TEXT NOT NULL
);
CREATE TABLE ateco_idf (stem TEXT PRIMARY KEY, idf REAL NOT NULL);
CREATE TABLE vocab (word TEXT PRIMARY KEY, stems TEXT NOT NULL);
CREATE TABLE lexicon (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE nb (stem TEXT NOT NULL, cluster TEXT NOT NULL, logp REAL NOT NULL);
CREATE TABLE nb_unseen (cluster TEXT PRIMARY KEY, logp REAL NOT NULL);
CREATE TABLE ateco_key (key TEXT NOT NULL);
"""
INDEXES = "CREATE INDEX ateco_terms_stem ON ateco_terms(stem); CREATE INDEX nb_stem ON nb(stem);"


def write(con: sqlite3.Connection, ds: Any, key: str) -> None:
    """Fill the empty database `con` with the classification tables of the validated dataset `ds`
    (records/classification), stamped with the dataset's cache `key`. Raises sqlite3.Error."""
    from ..records.classification import build

    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    built = build(ds)
    con.execute("PRAGMA journal_mode = OFF")  # a new file, renamed into place only when complete
    con.execute("PRAGMA synchronous = OFF")
    con.executescript(SCHEMA)
    con.execute("INSERT INTO ateco_key VALUES (?)", (key,))
    nodes = [(*n[:3], dump(n[3]), n[4]) for n in built["nodes"]]
    con.executemany("INSERT INTO ateco_nodes VALUES (?, ?, ?, ?, ?)", nodes)
    con.executemany("INSERT INTO ateco_codes VALUES (?, ?, ?, ?)", [(*c[:3], dump(c[3])) for c in built["codes"]])
    con.executemany("INSERT INTO ateco_terms VALUES (?, ?, ?, ?, ?)", built["terms"])
    con.executemany("INSERT INTO ateco_idf VALUES (?, ?)", built["idf"])
    con.executemany("INSERT INTO vocab VALUES (?, ?)", built["vocab"])
    con.executemany("INSERT INTO lexicon VALUES (?)", ((w,) for w in built["lexicon"]))
    con.executemany("INSERT INTO nb VALUES (?, ?, ?)", built["nb"])
    con.executemany("INSERT INTO nb_unseen VALUES (?, ?)", built["nb_unseen"])
    con.executescript(INDEXES)
    con.commit()


def in_memory(ds: Any, key: str = "") -> sqlite3.Connection:
    """The classification tables of the validated dataset `ds` in a new in-memory database (no cache, or
    an unwritable one)."""
    con = sqlite3.connect(":memory:", check_same_thread=False)
    write(con, ds, key)
    return con


def key_of(con: sqlite3.Connection) -> str | None:
    """The dataset key the classification tables in `con` were written for, or None. Raises sqlite3.Error."""
    rows = con.execute("SELECT key FROM ateco_key").fetchall()
    return rows[0][0] if len(rows) == 1 else None


class Classification:
    """Read access to the classification tables; `rows(sql, args)` is the index's query (raises Broken)."""

    def __init__(self, rows: Callable[[str, Sequence[Any]], list[tuple]]):
        self.rows = rows
        self._top_idf: float | None = None

    def known_stems(self, words: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """word -> its stems (records.terms.query_stems), for the words the index has seen."""
        words = list(words)
        sql = f"SELECT word, stems FROM vocab WHERE word IN ({_marks(words)})"
        return {w: tuple(s.split()) for w, s in self.rows(sql, words)} if words else {}

    def similar(self, word: str, off: int) -> list[str]:
        """The vocabulary's words that begin with the same letter as `word` and whose length differs from
        its by at most `off`: the words a misspelling of at most `off` letters may stand for (query.reading).
        [] for an empty word."""
        if not word:
            return []
        sql = "SELECT word FROM vocab WHERE word >= ? AND word < ? AND length(word) BETWEEN ? AND ?"
        return [w for (w,) in self.rows(sql, (word[0], chr(ord(word[0]) + 1), len(word) - off, len(word) + off))]

    def in_dictionary(self, words: Iterable[str]) -> set[str]:
        """Those of the given folded words that the Italian or English dictionary has (records.classification
        .dictionary_words): real words, never read as misspellings."""
        words = list(words)
        sql = f"SELECT word FROM lexicon WHERE word IN ({_marks(words)})"
        return {w for (w,) in self.rows(sql, words)} if words else set()

    def likelihoods(self, stems: Iterable[str]) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
        """({stem: {cluster: log P(stem | cluster)}} for the given stems a cluster's text has, {cluster: log P
        of a stem its text lacks}): the naive Bayes model of records/bayes.py."""
        stems = list(stems)
        sql = f"SELECT stem, cluster, logp FROM nb WHERE stem IN ({_marks(stems)})"
        found: dict[str, dict[str, float]] = {}
        for s, cid, logp in self.rows(sql, stems) if stems else []:
            found.setdefault(s, {})[cid] = logp
        return found, dict(self.rows("SELECT cluster, logp FROM nb_unseen", ()))

    def hits(self, stems: Iterable[str]) -> list[tuple[str, str, float, float, str, str]]:
        """(stem, ATECO 2025 code, weight of the stem in the entry, idf of the stem, language of the text it
        stands in: 'it' for ISTAT's Italian title and notes, 'en' for the NACE Rev. 2.1 English title and
        notes of the same code, the word as that text writes it (folded)) for the given stems."""
        stems = list(stems)
        sql = (
            "SELECT t.stem, t.code, t.weight, i.idf, t.lang, t.word"
            " FROM ateco_terms t JOIN ateco_idf i ON i.stem = t.stem"
            f" WHERE t.stem IN ({_marks(stems)})"
        )
        return self.rows(sql, stems) if stems else []

    def idf(self, stems: Iterable[str]) -> dict[str, float]:
        """stem -> its idf across ATECO 2025 entries (log(entries / entries having it)), for the stems the
        classification has; with the key '' -> the largest idf (a stem found in one entry only)."""
        stems = list(stems)
        sql = f"SELECT stem, idf FROM ateco_idf WHERE stem IN ({_marks(stems)})"
        found = dict(self.rows(sql, stems)) if stems else {}
        if self._top_idf is None:  # one scan of the table per process
            self._top_idf = self.rows("SELECT max(idf) FROM ateco_idf", ())[0][0] or 0.0
        found[""] = self._top_idf
        return found

    def nodes(self, codes: Iterable[str]) -> dict[str, tuple[str, str, list[list[Any]], str | None]]:
        """ATECO 2025 code -> (level, title as ISTAT publishes it, [[cluster, weight, via code]], the English
        title of the NACE Rev. 2.1 entry of the same code, or None below class level)."""
        codes = list(codes)
        sql = f"SELECT code, level, title, clusters, title_en FROM ateco_nodes WHERE code IN ({_marks(codes)})"
        return {c: (lv, t, json.loads(cl), en) for c, lv, t, cl, en in self.rows(sql, codes)} if codes else {}

    def code(self, code: str) -> list[tuple[str, str, list[str]]]:
        """(edition, title, [ATECO 2025 codes]) of a code in each edition that has it, 2025 first."""
        sql = "SELECT edition, title, targets FROM ateco_codes WHERE code = ? ORDER BY edition DESC"
        return [(e, t, json.loads(x)) for e, t, x in self.rows(sql, (code,))]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)
