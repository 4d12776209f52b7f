"""The tables of the per-dataset SQLite index (cache/index.py), as SQL. Change FORMAT in index.py
when they change."""

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE clusters (
  pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
  keys TEXT NOT NULL, summary TEXT NOT NULL, detail TEXT NOT NULL
);
CREATE TABLE orgs (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, city TEXT, province TEXT,
  sort TEXT NOT NULL, city_f TEXT NOT NULL, province_u TEXT NOT NULL, words TEXT NOT NULL, nuts3 TEXT NOT NULL,
  now TEXT
);
CREATE TABLE org_clusters (
  org_id TEXT NOT NULL, pos INTEGER NOT NULL, cluster_id TEXT NOT NULL, status TEXT NOT NULL,
  basis TEXT NOT NULL, source TEXT NOT NULL, note_it TEXT, note_en TEXT, rank INTEGER NOT NULL, as_of TEXT,
  PRIMARY KEY (org_id, pos)
);
CREATE TABLE org_records (id TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE source_records (id TEXT PRIMARY KEY, record TEXT NOT NULL);
"""
# Made after the rows are in: faster than keeping them up to date row by row.
INDEXES = """
CREATE INDEX orgs_type ON orgs(type);
CREATE INDEX orgs_province ON orgs(province_u);
CREATE INDEX orgs_city ON orgs(city_f);
CREATE INDEX orgs_nuts3 ON orgs(nuts3);
CREATE INDEX orgs_sort ON orgs(sort, id);
CREATE INDEX org_clusters_cluster ON org_clusters(cluster_id, basis);
"""

INSERT = {
    "clusters": "INSERT INTO clusters VALUES (?, ?, ?, ?, ?, ?)",
    "orgs": "INSERT INTO orgs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "org_clusters": "INSERT INTO org_clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "org_records": "INSERT INTO org_records VALUES (?, ?)",
    "source_records": "INSERT INTO source_records VALUES (?, ?)",
}
