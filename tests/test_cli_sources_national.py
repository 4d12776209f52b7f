"""ctl sources and ctl national."""

from __future__ import annotations

import csv
import io
import json
import re

from .expected import NINE


def test_sources_of_a_cluster_use_the_numbers_of_show(ctl):
    show = json.loads(ctl("show", "agrifood", "--format", "json").stdout)
    r = ctl("sources", "CAT.AL", "--format", "json")
    assert r.exit_code == 0, r.stderr
    records = json.loads(r.stdout)
    assert [s["id"] for s in records] == [s["id"] for s in show["sources"]]
    assert [s["number"] for s in records] == list(range(1, len(records) + 1))
    # every membership's source says which member it supports
    for m in show["members"]:
        src = next(s for s in records if s["id"] == m["source"])
        assert {"cluster": "agrifood", "fact": f"member: {m['name']}"} in src["used_for"]


def test_show_marks_facts_with_source_numbers_that_sources_explains(ctl):
    page = ctl("show", "energy").stdout
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", page)}
    listed = json.loads(ctl("sources", "energy", "--format", "json").stdout)
    assert marks and marks <= {s["number"] for s in listed}
    for s in listed:
        assert f"[{s['number']}] {s['publisher']}" in page


def test_all_sources_each_used_for_something(ctl):
    records = json.loads(ctl("sources", "--format", "json").stdout)
    assert len(records) == len({s["id"] for s in records}) > 200
    assert all(s["used_for"] for s in records)
    assert all(s["url"].startswith(("http://", "https://")) for s in records)
    clusters = {u["cluster"] for s in records for u in s["used_for"]}
    assert NINE <= clusters


def test_sources_table_and_csv(ctl):
    r = ctl("sources", "mobility")
    assert r.exit_code == 0
    assert "[1]" in r.stdout and "sources;" in r.stdout
    rows = list(csv.DictReader(io.StringIO(ctl("sources", "mobility", "--format", "csv").stdout)))
    assert rows and set(rows[0]) >= {"number", "id", "date", "url", "supports_it", "supports_en", "used_for"}


def test_sources_unknown_cluster_exits_1(ctl):
    r = ctl("sources", "agrifod")
    assert r.exit_code == 1
    assert "Did you mean: agrifood?" in r.stderr


def test_national_lists_the_twelve_with_their_lombard_cluster(ctl):
    r = ctl("national", "--format", "json")
    assert r.exit_code == 0, r.stderr
    records = json.loads(r.stdout)
    assert len(records) == 12
    lombard = {c["id"]: n["id"] for n in records for c in n["lombard_clusters"]}
    assert NINE <= set(lombard)
    clusters = {c["id"]: c for c in json.loads(ctl("list", "--all", "--format", "json").stdout)}
    for cid, nid in lombard.items():
        detail = json.loads(ctl("show", cid, "--format", "json").stdout)
        assert detail["national_cluster"]["id"] == nid
        assert cid in clusters
    unmatched = [n["acronym"] for n in records if not n["lombard_clusters"]]
    assert len(unmatched) == 12 - len(set(lombard.values()))


def test_national_table_in_italian(ctl):
    r = ctl("national", "--lang", "it")
    assert r.exit_code == 0
    assert "In Lombardia" in r.stdout and "CTNA" in r.stdout and "https://www.ctna.it" in r.stdout


def test_a_national_cluster_with_no_acronym_is_headed_by_its_name_not_its_id(ctl):
    records = json.loads(ctl("national", "--format", "json").stdout)
    bare = [n for n in records if not n["acronym"]]
    assert bare  # the bundled data has two (ctn-energia, smartcommunitiestech)
    narrow = ctl("national", env={"COLUMNS": "80"}).stdout
    wide = ctl("national", env={"COLUMNS": "200"}).stdout
    for n in bare:
        assert f"\n{n['id']}" not in narrow and f"\n{n['id']} " not in wide  # no row begins with it
        block = narrow.split("\n\n")[records.index(n)]
        assert block.splitlines()[0] == n["name"] and "Name" not in block  # the name heads it, once
    md = ctl("national", "--format", "markdown").stdout
    assert all(f"|  | {n['name']} |" in md for n in bare)


def test_national_on_the_mini_dataset(ctl, mini):
    records = json.loads(ctl("--data", mini, "national", "--format", "json").stdout)
    assert [(n["id"], [c["id"] for c in n["lombard_clusters"]]) for n in records] == [("nat-one", ["alpha-tech"])]


def test_where_in_a_downloaded_file_a_source_points_is_shown_everywhere(ctl):
    """A source that a registry's file gives (ctl reconcile) has a locator: ctl sources prints it in
    every format, and the export's sources table has it."""
    records = json.loads(ctl("sources", "--format", "json").stdout)
    located = [r for r in records if r["locator"]]
    assert located and all(re.search(r", (row|record) \d+$", r["locator"]) for r in located)
    one = located[0]
    rows = list(csv.DictReader(io.StringIO(ctl("sources", "--format", "csv").stdout)))
    assert {r["id"]: r["locator"] for r in rows}[one["id"]] == one["locator"]
    assert f"({one['locator']})" in " ".join(ctl("sources").stdout.split())
    table = list(csv.DictReader(io.StringIO(ctl("export", "--format", "csv", "--table", "sources").stdout)))
    assert {r["id"]: r["locator"] for r in table}[one["id"]] == one["locator"]
    located_ids = {r["id"] for r in located}
    assert all(r["locator"] == "" for r in table if r["id"] not in located_ids)


def test_untitled_lists_the_sources_with_no_title_keeping_their_numbers(ctl):
    every = json.loads(ctl("sources", "--format", "json").stdout)
    r = ctl("sources", "--untitled", "--format", "json")
    assert r.exit_code == 0, r.stderr
    listed = json.loads(r.stdout)
    assert listed and [s for s in every if not s["title"]] == listed  # the same records, numbers kept
    assert len(listed) < len(every)
    mine = json.loads(ctl("sources", "agrifood", "--format", "json").stdout)
    untitled = json.loads(ctl("sources", "agrifood", "--untitled", "--format", "json").stdout)
    assert untitled == [s for s in mine if not s["title"]]  # numbered as in `ctl show agrifood`
    assert f"{len(listed)} sources with no title" in ctl("sources", "--untitled").stdout
    r = ctl("sources", "--untitled", "--stale")
    assert r.exit_code == 2 and "--untitled and --stale" in r.stderr


def test_a_warm_national_answers_from_the_index_without_the_typed_model():
    """`ctl national` reads its records from the index (records.clusters.national_records): a warm run
    neither parses the dataset nor imports the model."""
    from .test_process import cold_then_warm

    runs = cold_then_warm("national", "--format", "json")
    assert runs[0].stderr.split()[-2:] == ["0", "True"]  # cold: parsed and checked
    assert runs[1].stderr.split()[-2:] == ["0", "False"]  # warm: the index's records only
    assert json.loads(runs[1].stdout) == json.loads(runs[0].stdout)
