"""The Region's calls for the clusters (issue 15): the `calls` list of a dataset, validated; shown on
`ctl show` for a recognised cluster (never for a pending one), its sources numbered and listed by
`ctl sources CLUSTER`; in the exports, `ctl diff` and the site."""

from __future__ import annotations

import json
import re

import pytest

from ctl_cli.dataset import validate
from tests.conftest import MINI
from tests.test_bounds import problems  # every problem of a text, in English; [] when it is valid

CALL = """calls:
  - id: call-2025
    title: "Call for Clusters – Edition 2025"
    publisher: Regione Test
    code: RLF0001
    published: "2026-01-15"
    opens: "2026-01-20"
    closes: "2026-03-05"
    budget_eur: 1000000
    eligible: recognised
    note: {it: "Un bando di prova.", en: "A test call."}
    sources: [src-b, src-a]
"""
TEXT = MINI.read_text(encoding="utf-8") + CALL


@pytest.fixture
def with_call(write_yaml) -> str:
    return write_yaml(TEXT)


# --------------------------------------------------------------------------- schema and validate


def test_a_call_loads_as_a_typed_record():
    ds = validate.parse(TEXT, "d.yaml")
    [call] = ds.calls
    assert (call.id, call.code, call.opens, call.closes, call.budget_eur) == (
        "call-2025",
        "RLF0001",
        "2026-01-20",
        "2026-03-05",
        1_000_000,
    )
    assert call.sources == ("src-b", "src-a") and call.note.en == "A test call."
    assert [c.id for c in ds.clusters if call.open_to(c)] == ["alpha-tech", "beta-green"]  # not the pending one


def test_calls_are_optional_and_code_and_budget_too():
    assert validate.parse(MINI.read_text(encoding="utf-8"), "d.yaml").calls == ()
    text = TEXT.replace("    code: RLF0001\n", "").replace("    budget_eur: 1000000\n", "")
    [call] = validate.parse(text, "d.yaml").calls
    assert call.code is None and call.budget_eur is None


@pytest.mark.parametrize(
    "old, new, message",
    [
        ('closes: "2026-03-05"', 'closes: "2026-01-19"', "closes '2026-01-19' is before opens '2026-01-20'"),
        ('published: "2026-01-15"', 'published: "2026-01-21"', "opens '2026-01-20' is before published '2026-01-21'"),
        ('published: "2026-01-15"', 'published: "2026-02"', "opens '2026-01-20' is before published '2026-02'"),
        ("sources: [src-b, src-a]", "sources: [src-b, nosuch]", "source 'nosuch' is not in the dataset's sources"),
        ("sources: [src-b, src-a]", "sources: []", "needs at least one source"),
        ("eligible: recognised", "eligible: pending", "'pending' is not one of: recognised"),
        ("eligible: recognised", "eligible: everyone", "'everyone' is not one of: recognised"),
        ('opens: "2026-01-20"', 'opens: "2026-01-20 10:00"', "has an hour: write the date only, '2026-01-20'"),
        ('opens: "2026-01-20"', 'opens: "2026-01"', "'2026-01' must be a whole date written YYYY-MM-DD"),
        ('closes: "2026-03-05"', 'closes: "2026-02-30"', "'2026-02-30' is not a real date"),
        ("budget_eur: 1000000", "budget_eur: 0", "0 is not a plausible sum of euros (from 1 to 100,000,000,000)"),
        ("budget_eur: 1000000", "budget_eur: 1000000.5", "must be a whole number"),
        ("budget_eur: 1000000", 'budget_eur: "1 milione"', "must be a whole number"),
        ("    code: RLF0001", "    codes: RLF0001", "unknown field 'codes'"),
    ],
)
def test_a_wrong_call_is_refused_with_its_place(old, new, message):
    assert TEXT.count(old) == 1, old
    found = problems(TEXT.replace(old, new))
    assert len(found) == 1 and re.match(r"d\.yaml:\d+:\d+: calls\.0", found[0]), found
    assert message in found[0], found


def test_a_call_may_close_after_today_but_not_be_published_after_it():
    future = TEXT.replace('closes: "2026-03-05"', 'closes: "2999-03-05"')
    assert problems(future) == []
    assert "is in the future" in problems(future.replace('published: "2026-01-15"', 'published: "2999-01-01"'))[0]


def test_two_calls_with_one_id_are_refused():
    text = TEXT + CALL.split("\n", 1)[1]
    [found] = problems(text)
    assert "duplicate call id 'call-2025'" in found


def test_a_call_needs_its_required_fields():
    found = problems(TEXT.replace("    eligible: recognised\n", "").replace("    note: {it", "    nota: {it"))
    assert any("missing required field 'eligible'" in p for p in found), found
    assert any("unknown field 'nota'" in p for p in found), found


def test_ctl_schema_declares_the_call(ctl):
    schema = json.loads(ctl("schema").stdout)
    call = schema["definitions"]["call"]
    assert set(call["required"]) == {
        "id", "title", "publisher", "published", "opens", "closes", "eligible", "note", "sources"
    }  # fmt: skip
    assert call["properties"]["eligible"]["enum"] == ["recognised"]
    budget = call["properties"]["budget_eur"]["anyOf"][0]
    assert (budget["minimum"], budget["maximum"]) == (1, 100_000_000_000)
    assert call["properties"]["opens"]["pattern"] == r"^\d{4}-\d{2}-\d{2}$"
    assert schema["properties"]["calls"]["anyOf"][0]["items"] == {"$ref": "#/definitions/call"}


# --------------------------------------------------------------------------- ctl show and ctl sources


def test_show_json_lists_the_calls_open_to_a_recognised_cluster(ctl, with_call):
    record = json.loads(ctl("--data", with_call, "show", "alpha", "--format", "json").stdout)
    [call] = record["calls"]
    assert call == {
        "id": "call-2025",
        "title": "Call for Clusters – Edition 2025",
        "publisher": "Regione Test",
        "code": "RLF0001",
        "published": "2026-01-15",
        "opens": "2026-01-20",
        "closes": "2026-03-05",
        "budget_eur": 1000000,
        "eligible": "recognised",
        "note": {"it": "Un bando di prova.", "en": "A test call."},
        "sources": ["src-b", "src-a"],
    }
    assert {"src-a", "src-b"} <= {s["id"] for s in record["sources"]}


def test_the_pending_cluster_has_no_call(ctl, with_call):
    record = json.loads(ctl("--data", with_call, "show", "waiting", "--format", "json").stdout)
    assert record["calls"] == []
    for lang, heading in (("en", "Regional calls"), ("it", "Bandi regionali")):
        page = ctl("--data", with_call, "--lang", lang, "show", "waiting").stdout
        assert heading not in page and "Call for Clusters" not in page


@pytest.mark.parametrize(
    "lang, heading, line",
    [
        ("en", "Regional calls", "by the recognised clusters from 2026-01-20 to 2026-03-05; budget €1,000,000 [3][1]"),
        ("it", "Bandi regionali", "cluster riconosciuti dal 2026-01-20 al 2026-03-05; dotazione 1.000.000 € [3][1]"),
    ],
)
def test_show_has_a_section_of_calls_at_80_columns(ctl, write_yaml, lang, heading, line):
    # src-c is the call's page: a source only the call cites, numbered after the cluster's own ones
    text = TEXT.replace("sources: [src-b, src-a]", "sources: [src-c, src-a]").replace(
        "sources:\n", 'sources:\n  - {id: src-c, url: "https://example.org/call", publisher: example.org}\n', 1
    )
    path = write_yaml(text)
    page = ctl("--data", path, "--lang", lang, "show", "alpha", env={"COLUMNS": "80"}).stdout
    assert heading in page
    block = page[page.index(heading) :].split("\n\n")[0]
    assert max(len(x) for x in block.splitlines()) <= 80
    assert line in " ".join(block.split()), block
    assert "Call for Clusters – Edition 2025 (RLF0001) —" in block
    sources = page[page.rindex("[3]") :]
    assert "https://example.org/call" in sources
    md = ctl("--data", path, "--lang", lang, "show", "alpha", "--format", "markdown").stdout
    assert f"## {heading}\n\n- Call for Clusters – Edition 2025 (RLF0001) — " in md


def test_a_call_without_code_or_budget_says_neither(ctl, write_yaml):
    path = write_yaml(TEXT.replace("    code: RLF0001\n", "").replace("    budget_eur: 1000000\n", ""))
    page = " ".join(ctl("--data", path, "show", "alpha").stdout.split())
    window = "applications by the recognised clusters from 2026-01-20 to 2026-03-05 [2][1]"
    assert f"Call for Clusters – Edition 2025 — {window}" in page
    assert "budget" not in page and "closed" not in page  # the dataset's date (2026-01-01) is before it closes


@pytest.mark.parametrize("lang, closed", [("en", "to 2026-03-05 (closed)"), ("it", "al 2026-03-05 (chiuso)")])
def test_a_call_that_closed_before_the_dataset_s_date_says_so(ctl, write_yaml, lang, closed):
    path = write_yaml(TEXT.replace('as_of: "2026-01-01"', 'as_of: "2026-11-25"', 1))
    page = " ".join(ctl("--data", path, "--lang", lang, "show", "alpha").stdout.split())
    assert closed in page


@pytest.mark.parametrize("lang, used", [("en", "call: Call for Clusters"), ("it", "bando: Call for Clusters")])
def test_sources_of_a_cluster_say_they_are_used_for_the_call(ctl, with_call, lang, used):
    records = json.loads(ctl("--data", with_call, "sources", "beta", "--format", "json").stdout)
    facts = {r["id"]: [u["fact"] for u in r["used_for"]] for r in records}
    assert "call: Call for Clusters – Edition 2025" in facts["src-a"] and facts["src-b"]
    assert used in ctl("--data", with_call, "--lang", lang, "sources", "beta").stdout
    pending = json.loads(ctl("--data", with_call, "sources", "waiting", "--format", "json").stdout)
    assert not any(u["fact"].startswith("call:") for r in pending for u in r["used_for"])


# --------------------------------------------------------------------------- exports


def test_csv_and_sqlite_export_the_calls_and_their_sources(ctl, with_call, tmp_path):
    import csv
    import sqlite3

    r = ctl("--data", with_call, "export", "--format", "csv", "-o", str(tmp_path / "csv"))
    assert r.exit_code == 0, r.stderr
    with open(tmp_path / "csv" / "calls.csv", encoding="utf-8", newline="") as f:
        [row] = list(csv.DictReader(f))
    assert row == {
        "id": "call-2025", "title": "Call for Clusters – Edition 2025", "publisher": "Regione Test",
        "code": "RLF0001", "published": "2026-01-15", "opens": "2026-01-20", "closes": "2026-03-05",
        "budget_eur": "1000000", "eligible": "recognised", "note_it": "Un bando di prova.", "note_en": "A test call.",
    }  # fmt: skip
    assert ctl("--data", with_call, "export", "-f", "csv", "--table", "call_sources").stdout.splitlines() == [
        "call_id,position,source_id",
        "call-2025,1,src-b",
        "call-2025,2,src-a",
    ]
    db = tmp_path / "c.db"
    assert ctl("--data", with_call, "export", "--format", "sqlite", "-o", str(db)).exit_code == 0
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = ON")
    assert con.execute("SELECT budget_eur, typeof(budget_eur) FROM calls").fetchall() == [(1000000, "integer")]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    refs = {(r[3], r[2]) for r in con.execute("PRAGMA foreign_key_list(call_sources)")}
    assert refs == {("call_id", "calls"), ("source_id", "sources")}


def test_the_data_package_describes_the_calls_and_validates(ctl, with_call, tmp_path):
    from frictionless import validate as validate_package

    out = tmp_path / "pkg"
    assert ctl("--data", with_call, "export", "--format", "datapackage", "-o", str(out)).exit_code == 0
    assert validate_package(str(out / "datapackage.json")).flatten(["type", "note"]) == []
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {r["name"]: r["schema"] for r in package["resources"]}
    fields = {f["name"]: f for f in schemas["calls"]["fields"]}
    assert fields["eligible"]["constraints"] == {"required": True, "enum": ["recognised"]}
    assert fields["budget_eur"]["type"] == "integer"
    assert (fields["budget_eur"]["constraints"]["minimum"], fields["budget_eur"]["constraints"]["maximum"]) == (
        1,
        100_000_000_000,
    )
    assert "pattern" in fields["opens"]["constraints"] and "pattern" in fields["published"]["constraints"]
    assert schemas["call_sources"]["primaryKey"] == ["call_id", "position"]
    # and frictionless sees a call that breaks the schema (the test could fail)
    calls_csv = out / "calls.csv"
    calls_csv.write_text(calls_csv.read_text(encoding="utf-8").replace(",recognised,", ",everyone,"), encoding="utf-8")
    assert validate_package(str(out / "datapackage.json")).flatten(["type"]) == [["constraint-error"]]


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_the_document_export_carries_the_calls(ctl, with_call, fmt, tmp_path):
    import yaml

    text = ctl("--data", with_call, "export", "--format", fmt).stdout
    document = json.loads(text) if fmt == "json" else yaml.safe_load(text)
    assert [c["id"] for c in document["calls"]] == ["call-2025"]
    copy = tmp_path / f"copy.{fmt}"
    copy.write_text(text, encoding="utf-8")
    if fmt == "yaml":  # the YAML export is a dataset again, calls and all
        assert validate.parse(text, "copy.yaml").calls == validate.parse(TEXT, "d.yaml").calls


# --------------------------------------------------------------------------- ctl diff


def test_diff_says_which_calls_were_added_removed_and_changed(ctl, write_yaml):
    later = TEXT.replace("budget_eur: 1000000", "budget_eur: 2000000") + (
        '  - {id: call-2026, title: "Call 2026", publisher: Regione Test, published: "2026-06-01",'
        ' opens: "2026-06-02", closes: "2026-07-01", eligible: recognised, note: {en: "Next."}, sources: [src-a]}\n'
    )
    old, new = write_yaml(TEXT, "old.yaml"), write_yaml(later, "new.yaml")
    record = json.loads(ctl("diff", old, new, "--format", "json").stdout)
    assert record["calls"] == {
        "added": [{"id": "call-2026", "title": "Call 2026"}],
        "removed": [],
        "changed": [
            {
                "id": "call-2025",
                "title": "Call for Clusters – Edition 2025",
                "fields": [{"field": "budget_eur", "old": 1000000, "new": 2000000}],
            }
        ],
    }
    assert not record["same"]
    back = json.loads(ctl("diff", new, old, "--format", "json").stdout)["calls"]
    assert back["removed"] == [{"id": "call-2026", "title": "Call 2026"}]
    assert "calls,changed,call-2025,budget_eur,1000000,2000000" in ctl("diff", old, new, "-f", "csv").stdout
    for lang, heading in (("en", "Regional calls — added: 1, changed: 1"), ("it", "Bandi regionali — aggiunti: 1")):
        assert heading in ctl("--lang", lang, "diff", old, new).stdout
    none = json.loads(ctl("diff", str(MINI), str(MINI), "--format", "json").stdout)
    assert none["calls"] == {"added": [], "removed": [], "changed": []} and none["same"]


# --------------------------------------------------------------------------- the site


def test_the_site_page_of_a_recognised_cluster_has_its_calls(ctl, with_call, tmp_path):
    from tests.sitecheck import broken_links, parse

    out = tmp_path / "site"
    r = ctl("--data", with_call, "site", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    for lang, heading in (("en", "Regional calls"), ("it", "Bandi regionali")):
        page = out / lang / "clusters" / "alpha-tech.html"
        parse(page)  # strict HTML
        html = page.read_text(encoding="utf-8")
        section = html[html.index('<h2 id="h-calls">') : html.index('<h2 id="h-members">')]
        assert heading in section and "Call for Clusters – Edition 2025 (RLF0001)" in section
        assert '<a href="#s2">[2]</a><a href="#s1">[1]</a>' in section  # the call's sources, linked
        assert 'id="h-calls"' not in (out / lang / "clusters" / "waiting.html").read_text(encoding="utf-8")
    assert broken_links(out) == []


# --------------------------------------------------------------------------- the bundled data


def test_the_bundled_data_has_the_2025_call_for_every_recognised_cluster(ctl):
    records = {c["id"]: c for c in json.loads(ctl("list", "--all", "--format", "json").stdout)}
    for cid, summary in records.items():
        calls = json.loads(ctl("show", cid, "--format", "json").stdout)["calls"]
        if summary["status"] != "recognised":
            assert calls == [], cid
            continue
        [call] = calls
        assert (call["code"], call["opens"], call["closes"], call["budget_eur"]) == (
            "RLF12025051244",
            "2026-01-20",
            "2026-03-05",
            1_000_000,
        )
        assert call["sources"][0] == "bandi-servizirl-2026-01-15"  # the publisher's page first
    assert "pending" in {s["status"] for s in records.values()}
