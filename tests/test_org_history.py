"""Organisations with history and identifiers (issue 15, items 1 and 2): former names with dates,
status, successor and parent, retired ids; ROR, Wikidata, VAT, codice fiscale and PIC, each with its
source. Checked by `ctl validate`, found and shown by `ctl org` (every format, both languages),
carried by the exports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from ctl_cli.dataset.json_schema import json_schema

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
GAMMA = '  - {id: gamma, name: "Gamma Start", type: startup, type_source: src-a, city: "Novara", province: "NO"}'
DELTA = """
  - id: delta-institute
    name: "Delta Institute"
    type: other
    parent: {org: uni-alpha, source: src-a}
    former_names: [{name: "Old Delta Lab", until: "2016", source: src-b}, "Delta Lab"]
    retired_ids: [delta-lab]
    status: {value: renamed, since: "2016-01", source: src-b}
    successor: {org: beta-srl, source: src-b}
    ror: {value: "01nffqt88", source: src-a}
    wikidata: {value: Q1415, source: src-a}
    vat: {value: "IT80057930150", source: src-a}
    codice_fiscale: {value: "80057930150", source: src-a}
    pic: {value: "999879881", source: src-a}"""


def history(delta: str = DELTA, extra_org: str = "") -> str:
    """The mini dataset with Delta Institute (a part of Università Alpha, renamed into Beta Srl) as a
    member of beta-green, and any `extra_org` YAML lines appended to the organisations."""
    text = MINI.replace(GAMMA, GAMMA + delta + extra_org)
    member = "      - {org: gamma, basis: member_list, source: src-a}"
    return text.replace(member, member + "\n      - {org: delta-institute, basis: member_list, source: src-a}")


@pytest.fixture
def hist(write_yaml):
    return write_yaml(history())


def problems(ctl, write_yaml, text: str) -> str:
    r = ctl("validate", write_yaml(text))
    assert r.exit_code == 3, r.stdout + r.stderr
    return r.stderr


# --------------------------------------------------------------------------- validate


def test_the_history_fixture_is_valid_and_plain_former_names_still_load(ctl, hist):
    r = ctl("validate", hist)
    assert r.exit_code == 0, r.stderr
    assert "organisations: 4" in r.stdout


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("successor: {org: beta-srl,", "successor: {org: nobody,", "successor: 'nobody' is not an organisation"),
        ("parent: {org: uni-alpha,", "parent: {org: delta-institute,", "parent names the organisation itself"),
        ("retired_ids: [delta-lab]", "retired_ids: [gamma]", "the retired id 'gamma' is the id of a current"),
        ("retired_ids: [delta-lab]", "retired_ids: [Delta Lab]", "'Delta Lab' is not a kebab-case id"),
        ('value: "01nffqt88"', 'value: "https://ror.org/01nffqt88"', "is not a ROR id"),
        ("value: Q1415", 'value: "Wikidata 1415"', "is not a Wikidata id"),
        ('value: "IT80057930150"', 'value: "IT80057930151"', "'IT80057930151' is not a valid partita IVA"),
        ('value: "80057930150"', 'value: "80057930152"', "'80057930152' is not a valid codice fiscale"),
        ('value: "999879881"', 'value: "99987988"', "is not an EU PIC"),
        ("status: {value: renamed,", "status: {value: sold,", "'sold'"),
        ("until: \"2016\"", "until: \"2099\"", "organisations.3.former_names.0.until"),
    ],
    ids=["unknown-successor", "self-parent", "retired-current", "retired-not-id", "ror", "qid", "vat", "cf",
         "pic", "status", "future-date"],
)  # fmt: skip
def test_validate_checks_every_link_and_identifier(ctl, write_yaml, old, new, message):
    err = problems(ctl, write_yaml, history(DELTA.replace(old, new)))
    assert message in err and "1 problem" in err


def test_validate_refuses_a_cycle_of_successors_once_however_long(ctl, write_yaml):
    ring = """
  - {id: e1, name: E One, type: other, successor: {org: e2, source: src-a}}
  - {id: e2, name: E Two, type: other, successor: {org: e3, source: src-a}}
  - {id: e3, name: E Three, type: other, successor: {org: e1, source: src-a}}"""
    err = problems(ctl, write_yaml, history(extra_org=ring))
    assert "following successor comes back to where it started: e1 → e2 → e3 → e1" in err
    assert err.count("comes back") == 1 and "organisations.4.successor.org" in err


def test_validate_refuses_a_cycle_of_parents_and_a_retired_id_held_twice(ctl, write_yaml):
    two = """
  - {id: e1, name: E One, type: other, parent: {org: delta-institute, source: src-a}, retired_ids: [delta-lab]}"""
    err = problems(ctl, write_yaml, history(DELTA.replace("parent: {org: uni-alpha,", "parent: {org: e1,"), two))
    assert "following parent comes back to where it started" in err
    assert "the retired id 'delta-lab' is already retired by 'delta-institute'" in err


def test_a_link_or_a_source_cited_by_history_must_exist(ctl, write_yaml):
    err = problems(ctl, write_yaml, history(DELTA.replace("source: src-b}", "source: nosuch}", 1)))
    assert "former_names.0.source" in err and "nosuch" in err


def test_validate_speaks_italian_too(ctl, write_yaml):
    path = write_yaml(history(DELTA.replace('"IT80057930150"', '"IT80057930151"')))
    r = ctl("--lang", "it", "validate", path)
    assert r.exit_code == 3 and "non è una partita IVA valida" in r.stderr


def test_the_json_schema_declares_the_new_fields_once():
    schema = json_schema()
    org = schema["definitions"]["organisation"]["properties"]
    for key in ("status", "successor", "parent", "retired_ids", "ror", "wikidata", "vat", "codice_fiscale", "pic"):
        assert key in org, key
    assert "former_name" in schema["definitions"]
    shipped = json.loads((Path(__file__).parent.parent / "data" / "clusters.schema.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(schema))


# --------------------------------------------------------------------------- ctl org


@pytest.mark.parametrize(
    "typed, kind, value",
    [("delta-lab", "retired_id", "delta-lab"), ("old delta lab", "former_name", "Old Delta Lab"),
     ("Delta Lab", "former_name", "Delta Lab"), ("delta-institute", None, None)],
)  # fmt: skip
def test_a_retired_id_or_a_former_name_finds_the_organisation_and_says_so(ctl, hist, typed, kind, value):
    r = ctl("--data", hist, "org", typed, "--format", "json")
    assert r.exit_code == 0, r.stderr
    org = json.loads(r.stdout)
    assert org["id"] == "delta-institute"
    assert org["found_as"] == ({"kind": kind, "value": value} if kind else None)


def test_org_says_what_it_is_now_with_every_identifier_as_a_link(ctl, hist):
    org = json.loads(ctl("--data", hist, "org", "delta-lab", "--format", "json").stdout)
    assert org["status"] == {"value": "renamed", "since": "2016-01", "source": "src-b"}
    assert org["successor"] == {"id": "beta-srl", "name": "Beta Srl", "source": "src-b"}
    assert org["parent"] == {"id": "uni-alpha", "name": "Università Alpha", "source": "src-a"}
    assert org["former_names"][0] == {"name": "Old Delta Lab", "until": "2016", "source": "src-b"}
    assert org["former_names"][1] == {"name": "Delta Lab", "until": None, "source": None}
    ids = org["identifiers"]
    assert ids["ror"]["url"] == "https://ror.org/01nffqt88"
    assert ids["wikidata"]["url"] == "https://www.wikidata.org/wiki/Q1415"
    assert ids["vat"] == {"value": "IT80057930150", "url": None, "source": "src-a"}
    assert {s["id"] for s in org["sources"]} == {"src-a", "src-b"}
    page = ctl("--data", hist, "org", "delta-lab").stdout.replace("\u00a0", " ")
    assert "'delta-lab' is a former id of this organisation" in page
    assert "\nNow " in page and "Beta Srl (beta-srl) [2]" in page
    assert "https://ror.org/01nffqt88 [1]" in page and "https://www.wikidata.org/wiki/Q1415 [1]" in page
    assert "Old Delta Lab (until 2016) [2], Delta Lab" in page
    it = ctl("--data", hist, "--lang", "it", "org", "delta-lab").stdout
    assert "ha cambiato nome, dal 2016-01" in it and "Fa parte di" in it and "Partita IVA" in it


def test_org_of_a_parent_shows_its_institutes_and_their_clusters(ctl, hist):
    org = json.loads(ctl("--data", hist, "org", "uni-alpha", "--format", "json").stdout)
    assert org["parts"] == [
        {"id": "delta-institute", "name": "Delta Institute", "type": "other",
         "clusters": [{"id": "beta-green", "status": "recognised"}]}
    ]  # fmt: skip
    page = ctl("--data", hist, "--lang", "it", "org", "uni-alpha", env={"COLUMNS": "80"}).stdout
    assert "Articolazioni e istituti" in page and "delta-institute" in page
    successor = json.loads(ctl("--data", hist, "org", "beta-srl", "--format", "json").stdout)
    assert [p["id"] for p in successor["predecessors"]] == ["delta-institute"]
    # memberships stay with the organisation that held them
    assert [c["id"] for c in successor["clusters"]] == ["alpha-tech"]


def test_org_csv_carries_status_links_and_identifiers(ctl, hist):
    rows = list(csv.DictReader(io.StringIO(ctl("--data", hist, "org", "delta-lab", "--format", "csv").stdout)))
    assert len(rows) == 1
    row = rows[0]
    assert (row["status"], row["successor_id"], row["parent_id"]) == ("renamed", "beta-srl", "uni-alpha")
    assert (row["ror"], row["wikidata"], row["vat"], row["pic"]) == ("01nffqt88", "Q1415", "IT80057930150", "999879881")
    assert row["former_names"] == "Old Delta Lab; Delta Lab"


def test_search_and_show_mark_an_organisation_that_is_no_longer_as_it_was(ctl, hist):
    # search: the record carries what it is now, the table and CSV say it beside the name
    hits = json.loads(ctl("--data", hist, "search", "delta", "--format", "json").stdout)
    assert [h["id"] for h in hits] == ["delta-institute"]
    assert hits[0]["status"] == {"value": "renamed", "since": "2016-01"}
    assert hits[0]["successor"] == {"id": "beta-srl", "name": "Beta Srl"}
    page = ctl("--data", hist, "search", "delta", env={"COLUMNS": "200"}).stdout
    assert "Delta Institute (renamed since 2016-01, now Beta Srl)" in page
    it = ctl("--data", hist, "--lang", "it", "search", "delta", env={"COLUMNS": "200"}).stdout
    assert "Delta Institute (ha cambiato nome dal 2016-01, ora Beta Srl)" in it
    row = next(csv.DictReader(io.StringIO(ctl("--data", hist, "search", "delta", "--format", "csv").stdout)))
    assert (row["status"], row["successor_id"]) == ("renamed", "beta-srl")
    # show: the member line, the member record and the CSV row
    shown = ctl("--data", hist, "show", "beta-green", env={"COLUMNS": "200"}).stdout
    line = next(x for x in shown.splitlines() if "Delta Institute" in x)
    assert line.rstrip().endswith("; renamed since 2016-01, now Beta Srl")
    record = json.loads(ctl("--data", hist, "show", "beta-green", "--format", "json").stdout)
    by_id = {m["id"]: m for m in record["members"]}
    assert by_id["delta-institute"]["successor"] == {"id": "beta-srl", "name": "Beta Srl"}
    assert by_id["gamma"]["status"] is None and by_id["gamma"]["successor"] is None
    rows = {
        r["org_id"]: r
        for r in csv.DictReader(io.StringIO(ctl("--data", hist, "show", "beta-green", "-f", "csv").stdout))
    }
    assert (rows["delta-institute"]["status"], rows["delta-institute"]["successor_id"]) == ("renamed", "beta-srl")
    assert (rows["gamma"]["status"], rows["gamma"]["successor_id"]) == ("", "")


def test_an_active_organisation_is_not_marked(ctl, write_yaml):
    active = DELTA.replace("value: renamed", "value: active").replace(
        "    successor: {org: beta-srl, source: src-b}\n", ""
    )
    data = write_yaml(history(active))
    hit = json.loads(ctl("--data", data, "search", "delta", "--format", "json").stdout)[0]
    assert (hit["status"], hit["successor"]) == (None, None)
    assert "(renamed" not in ctl("--data", data, "search", "delta").stdout


def test_an_organisation_without_history_has_null_fields(ctl, mini):
    org = json.loads(ctl("--data", mini, "org", "gamma", "--format", "json").stdout)
    assert (org["status"], org["successor"], org["parent"], org["found_as"]) == (None, None, None, None)
    assert org["retired_ids"] == [] and org["parts"] == [] and org["predecessors"] == []
    assert set(org["identifiers"]) == {"ror", "wikidata", "vat", "codice_fiscale", "pic"}
    assert all(v is None for v in org["identifiers"].values())


# --------------------------------------------------------------------------- exports


def test_sqlite_export_carries_identifiers_former_names_and_links(ctl, hist, tmp_path):
    db = tmp_path / "x.db"
    r = ctl("--data", hist, "export", "--format", "sqlite", "-o", str(db))
    assert r.exit_code == 0, r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT ror, wikidata, vat, codice_fiscale, pic, status FROM organisations"
                       " WHERE id = 'delta-institute'").fetchone() == (
        "01nffqt88", "Q1415", "IT80057930150", "80057930150", "999879881", "renamed")  # fmt: skip
    links = con.execute("SELECT link, target_id, source_id FROM organisation_links ORDER BY link").fetchall()
    assert links == [("parent", "uni-alpha", "src-a"), ("successor", "beta-srl", "src-b")]
    former = con.execute("SELECT name, until, source_id FROM organisation_former_names ORDER BY position").fetchall()
    assert former == [("Old Delta Lab", "2016", "src-b"), ("Delta Lab", None, None)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_csv_and_json_exports_carry_them(ctl, hist, tmp_path):
    out = tmp_path / "csv"
    assert ctl("--data", hist, "export", "--format", "csv", "-o", str(out)).exit_code == 0
    rows = {r["id"]: r for r in csv.DictReader((out / "organisations.csv").open(encoding="utf-8"))}
    assert rows["delta-institute"]["ror"] == "01nffqt88" and rows["delta-institute"]["ror_source_id"] == "src-a"
    assert (out / "organisation_links.csv").exists()
    doc = json.loads(ctl("--data", hist, "export", "--format", "json").stdout)
    delta = next(o for o in doc["organisations"] if o["id"] == "delta-institute")
    assert delta["vat"] == {"value": "IT80057930150", "source": "src-a"} and delta["retired_ids"] == ["delta-lab"]


def test_an_institutes_clusters_are_separated_by_commas_as_in_search(ctl):
    page = ctl("org", "CNR").stdout  # ITIA is in two clusters
    row = next(line for line in page.splitlines() if line.startswith("itia-"))
    assert "smart-factory, living-environments" in row
