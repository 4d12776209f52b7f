"""Figures that keep their meaning (issue 12): published totals keep their qualifier and as-of date
in every format, an unknown total is written one way, and the pending cluster follows the rule of
DESIGN.md in search, match, list and stats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .expected import NINE


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def totals(ctl) -> dict[str, dict]:
    return {c["id"]: c["member_count"] for c in json.loads(ctl("list", "--all", "-f", "json").stdout)}


# --------------------------------------------------------------------------- qualifier and as-of date


def test_stats_csv_keeps_qualifier_and_as_of_date_as_list_csv_does(ctl):
    stats = {r["cluster_id"]: r for r in rows(ctl("stats", "-f", "csv").stdout)}
    listed = {r["id"]: r for r in rows(ctl("list", "-f", "csv").stdout)}
    assert stats.keys() == listed.keys() == NINE
    for cid, r in stats.items():
        for col in ("member_count", "member_count_qualifier", "member_count_as_of"):
            assert r[col] == listed[cid][col], (cid, col)
    assert stats["agrifood"]["member_count_qualifier"] == "over"  # "over 70", not 70
    assert stats["smart-factory"]["member_count_qualifier"] == "about"
    assert stats["smart-factory"]["member_count_as_of"] == totals(ctl)["smart-factory"]["as_of"]


def test_stats_markdown_keeps_qualifier_and_as_of_date(ctl):
    md = ctl("stats", "-f", "markdown").stdout
    mc = totals(ctl)
    assert "| over 70 |" in md and "| about 150 |" in md
    for cid in ("aerospace", "smart-factory", "mobility"):
        assert f"{cid} {mc[cid]['as_of']}" in md
    it = ctl("--lang", "it", "stats", "-f", "markdown").stdout
    assert "| oltre 70 |" in it and "Totali dichiarati, alla data:" in it


# --------------------------------------------------------------------------- an unknown total, one way


@pytest.mark.parametrize("lang, word", [("en", "unknown"), ("it", "non noto")])
def test_an_unknown_total_is_written_one_way_everywhere(ctl, lang, word):
    assert totals(ctl)["living-environments"] is None
    pages = {
        "list": ctl("--lang", lang, "list").stdout,
        "list markdown": ctl("--lang", lang, "list", "-f", "markdown").stdout,
        "show": ctl("--lang", lang, "show", "living-environments").stdout,
        "stats": ctl("--lang", lang, "stats").stdout,
        "stats markdown": ctl("--lang", lang, "stats", "-f", "markdown").stdout,
        "compare": ctl("--lang", lang, "compare", "energy", "living-environments").stdout,
        "search note": ctl("--lang", lang, "search", "-c", "living-environments", "-t", "startup").stderr,
    }
    for name, text in pages.items():
        assert word in text, name
    for other in ("| 7 listed |", "| 7 elencati |", "unknown; 7", "totale non disponibile", "non disponibile; "):
        assert not any(other in text for text in pages.values()), other
    for name in ("stats", "stats markdown"):  # the total's cell, not "?"
        row = next(line for line in pages[name].splitlines() if "living-environments" in line)
        assert row.rstrip(" |█").endswith(word), row
    for table in ("list", "stats"):
        row = next(r for r in rows(ctl(table, "-f", "csv").stdout) if "living-environments" in r.values())
        assert row["member_count"] == "" and row["member_count_qualifier"] == "unknown"


# --------------------------------------------------------------------------- the pending cluster


def search_ids(ctl, *args: str) -> set[str]:
    r = ctl("search", *args, "-f", "json")
    assert r.exit_code == 0, r.stderr
    return {h["id"] for h in json.loads(r.stdout)}


def test_search_leaves_the_pending_cluster_out_unless_all_or_named(ctl):
    everyone = json.loads(ctl("search", "--all", "-f", "json").stdout)
    only_pending = {h["id"] for h in everyone if all(c["status"] == "pending" for c in h["clusters"])}
    assert only_pending  # cosmetics has members of its own
    plain = json.loads(ctl("search", "-f", "json").stdout)
    assert not only_pending & {h["id"] for h in plain}
    assert all(c["status"] == "recognised" for h in plain for c in h["clusters"])
    assert only_pending <= search_ids(ctl, "--cluster", "cosmetics")  # naming it always works
    assert only_pending <= search_ids(ctl, "--all")


def test_search_note_counts_what_search_searched(ctl):
    plain = ctl("search", "-f", "json", "zzzz")
    with_all = ctl("search", "--all", "-f", "json", "zzzz")
    listed = {c["id"]: c["members_listed"] for c in json.loads(ctl("list", "--all", "-f", "json").stdout)}
    assert f"names {sum(v for k, v in listed.items() if k != 'cosmetics')} memberships" in plain.stderr
    assert f"names {sum(listed.values())} memberships" in with_all.stderr


def test_search_by_cluster_lists_every_cluster_of_each_organisation(ctl):
    hits = json.loads(ctl("search", "--cluster", "energy", "-f", "json").stdout)
    polimi = next(h for h in hits if h["id"] == "politecnico-di-milano")
    assert len(polimi["clusters"]) > 1 and "energy" in {c["id"] for c in polimi["clusters"]}
    org = json.loads(ctl("org", "politecnico-di-milano", "-f", "json").stdout)
    recognised = [c["id"] for c in org["clusters"] if c["status"] == "recognised"]
    assert [c["id"] for c in polimi["clusters"]] == recognised


def test_match_does_not_rank_the_pending_cluster_unless_all(ctl):
    plain = ctl("match", "cosmetics", "-f", "json")
    assert "cosmetics" not in {m["id"] for m in json.loads(plain.stdout)}
    table = ctl("match", "cosmetics")
    assert "cosmetics" in table.stderr and "--all" in table.stderr  # says what was left out
    with_all = json.loads(ctl("match", "cosmetics", "--all", "-f", "json").stdout)
    assert with_all[0]["id"] == "cosmetics" and with_all[0]["status"] == "pending"


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_list_all_marks_the_pending_cluster(ctl, fmt):
    out = ctl("list", "--all", "-f", fmt).stdout
    assert "cosmetics (pending" in out and "recognition)" in out  # a squeezed table may wrap the mark
    assert "aerospace (pending" not in out
    assert "cosmetics (in attesa" in ctl("--lang", "it", "list", "--all", "-f", fmt).stdout


def test_list_all_marks_the_pending_cluster_in_data_formats(ctl):
    by_id = {r["id"]: r for r in rows(ctl("list", "--all", "-f", "csv").stdout)}
    assert by_id["cosmetics"]["status"] == "pending" and by_id["energy"]["status"] == "recognised"
    assert {c["id"]: c["status"] for c in json.loads(ctl("list", "--all", "-f", "json").stdout)}[
        "cosmetics"
    ] == "pending"
    stats = {r["cluster_id"]: r for r in rows(ctl("stats", "--all", "-f", "csv").stdout)}
    assert stats["cosmetics"]["status"] == "pending"


def test_stats_leave_the_pending_cluster_out_of_every_section(ctl):
    rec = json.loads(ctl("stats", "-f", "json").stdout)
    assert {c["id"] for c in rec["clusters"]} == NINE
    assert all("cosmetics" not in o["clusters"] for o in rec["in_several_clusters"])
    everyone = json.loads(ctl("search", "-f", "json").stdout)  # search, too, leaves it out
    assert sum(p["organisations"] for p in rec["by_province"]) == len(everyone)


def test_compare_says_a_member_count_without_a_date_is_undated_as_show_does(ctl):
    en = ctl("compare", "energy", "aerospace", "--lang", "en").stdout
    assert "140, undated" in en and "110 (as of 2023-11)" in en
    assert "140, senza data" in ctl("compare", "energy", "aerospace", "--lang", "it").stdout
