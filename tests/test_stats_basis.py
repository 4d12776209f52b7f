"""`ctl stats` says how many of the members it lists are known only from an event appearance (basis
`event`), so that a reader does not count stands at a trade fair as members: in the table, in JSON
(`by_basis`) and in CSV (`basis_<basis>` columns)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

BASES = ("member_list", "founder", "board", "own_statement", "event", "inferred")


def memberships(ctl, *flags: str) -> Counter:
    """(cluster, basis) -> memberships, counted from `ctl search --all` (every member organisation)."""
    out: Counter = Counter()
    for h in json.loads(ctl("search", "--all", "-f", "json", *flags).stdout):
        for c in h["clusters"]:
            out[c["id"], c["basis"]] += 1
    return out


def test_json_counts_each_clusters_members_by_basis_as_search_finds_them(ctl):
    rec = json.loads(ctl("stats", "--all", "-f", "json").stdout)
    seen = memberships(ctl)
    for c in rec["clusters"]:
        assert tuple(c["by_basis"]) == BASES
        assert sum(c["by_basis"].values()) == c["members_listed"]
        assert c["by_basis"] == {b: seen[c["id"], b] for b in BASES}, c["id"]
    assert any(c["by_basis"]["event"] for c in rec["clusters"])  # the bundled data has event appearances


def test_csv_has_a_column_per_basis_after_the_published_total(ctl):
    rows = list(csv.DictReader(io.StringIO(ctl("stats", "-f", "csv").stdout)))
    rec = {c["id"]: c for c in json.loads(ctl("stats", "-f", "json").stdout)["clusters"]}
    names = list(rows[0])
    assert names[names.index("member_count_as_of") + 1 :] == [f"basis_{b}" for b in BASES]
    for r in rows:
        assert {b: int(r[f"basis_{b}"]) for b in BASES} == rec[r["cluster_id"]]["by_basis"]


@pytest.mark.parametrize(
    "lang, words", [("en", "known only from an event appearance"), ("it", "noti solo da una presenza a un evento")]
)
def test_the_table_names_the_event_only_members_of_each_cluster_that_has_them(ctl, lang, words):
    page = " ".join(ctl("--lang", lang, "stats", env={"COLUMNS": "200"}).stdout.split())
    rec = json.loads(ctl("stats", "-f", "json").stdout)["clusters"]
    counts = ", ".join(f"{c['id']} {c['by_basis']['event']}" for c in rec if c["by_basis"]["event"])
    assert words in page and counts in page and "--basis event" in page
    assert "mobility 0" not in page  # a cluster with none is not named


def test_no_line_when_no_member_is_known_from_an_event_only(ctl, mini, write_yaml):
    text = open(mini, encoding="utf-8").read()
    assert "basis: event" in text and "event appearance" in " ".join(ctl("--data", mini, "stats").stdout.split())
    none = write_yaml(text.replace("basis: event", "basis: member_list"))
    rec = json.loads(ctl("--data", none, "stats", "-f", "json").stdout)
    assert all(c["by_basis"]["event"] == 0 for c in rec["clusters"])
    assert "event appearance" not in ctl("--data", none, "stats").stdout
